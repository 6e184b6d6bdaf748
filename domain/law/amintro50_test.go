package law

import "testing"

// TestAm5IntroducingAlinea: an alinéa of the bill that introduces the
// text after it — quoted text after "II. – L'article L. 1 est ainsi
// rédigé :", or the items below an item whose line ends with ":" ("1°
// L'article L. 1 est ainsi modifié :" then "a) …", "b) …") — deleted by
// its number takes that text with it, as "Supprimer le 1°" does (a) and
// b) were left under "1° (Supprimé)"); rewritten so that it introduces
// nothing, it would leave that text alone: refused. A rewrite that still
// introduces it keeps it.
func TestAm5IntroducingAlinea(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le mot : « maire » est supprimé ;", "b) Le mot : « juge » est supprimé ;", "2° L'article L. 2 est abrogé."}
	Q := []string{"I. – Le code est modifié.", "II. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire signe. »", "III. – Le juge statue."}
	runAmendments(t, []amCase{
		{"the 1°'s line deleted: the 1°", A, "Supprimer l'alinéa 2.", []string{A[0], "1° (Supprimé)", A[4]}},
		{"Sénat: cet alinéa", A, "Alinéa 2\n\nSupprimer cet alinéa.", []string{A[0], "1° (Supprimé)", A[4]}},
		{"the 1°'s line rewritten to introduce nothing: refused", A, "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n1° L'article L. 1 est abrogé ;", nil},
		{"the 1°'s line rewritten, still introducing", A, "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n1° L'article L. 3 est ainsi modifié :", []string{A[0], "1° L'article L. 3 est ainsi modifié :", A[2], A[3], A[4]}},
		{"an item's line that introduces nothing", A, "Supprimer l'alinéa 3.", []string{A[0], A[1], "a) (Supprimé)", A[3], A[4]}},
		{"a quoted text's intro rewritten to introduce none: refused", Q, "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\nII. – L'article L. 1 est abrogé.", nil},
		{"a quoted text's intro deleted, as before", Q, "Supprimer l'alinéa 2.", []string{Q[0], "II. – (Supprimé)", Q[3]}},
	})
}
