package law

import "testing"

// TestReview95DeletedDoubledLetter: an amendment deleting a bill's
// alinéas that are items leaves their labels, "a) et b) (Supprimé)"; a
// doubled letter among them keeps its own ("a), aa) et b) (Supprimé)",
// "aa) (Supprimé)") — it was dropped from the line, or deleted with no
// line at all, as a plain alinéa. So does "Supprimer le aa du 1°", as
// "Supprimer le b du 1°" leaves "b) (Supprimé)" (TestLang90DoubledLetters).
func TestReview95DeletedDoubledLetter(t *testing.T) {
	A := []string{"1° Le maire :", "a) Signe ;", "aa) Signe ;", "b) Signe ;", "2° Le juge tranche."}
	runAmendments(t, []amCase{
		{"alinéas 2 à 4", A, "Alinéas 2 à 4\n\nSupprimer ces alinéas.", []string{A[0], "a), aa) et b) (Supprimé)", A[4]}},
		{"alinéas 2 et 3", A, "Alinéas 2 et 3\n\nSupprimer ces alinéas.", []string{A[0], "a) et aa) (Supprimé)", A[3], A[4]}},
		{"alinéa 3", A, "Alinéa 3\n\nSupprimer cet alinéa.", []string{A[0], A[1], "aa) (Supprimé)", A[3], A[4]}},
	})
}
