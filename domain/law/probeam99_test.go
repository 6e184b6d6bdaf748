package law

import "testing"

// TestProbeAm99DeletingAPlaceholder: a deletion whose first line is a
// division deleted already ("II. – (Supprimé)", "2° (Supprimé)") leaves
// the placeholder of them all, as one beginning with a division in force
// does: "Supprimer les alinéas 2 et 3" where the 2 is "II. – (Supprimé)"
// gives "II et III. – (Supprimé)" (both lines went, the III's number with
// them), and "Supprimer le II" where it is keeps "II. – (Supprimé)" (the
// line went) — alone, or composed after an amendment that deleted it.
func TestProbeAm99DeletingAPlaceholder(t *testing.T) {
	A := []string{"I. – Le maire signe.", "II. – (Supprimé)", "III. – Le préfet vise.", "IV. – Le juge lit."}
	L := []string{"I. – Le code est ainsi modifié :", "1° Le maire signe ;", "2° (Supprimé)", "3° Le préfet vise ;", "4° Le juge lit."}
	runAmendments(t, []amCase{
		{"two alinéas", A, "Supprimer les alinéas 2 et 3.", []string{A[0], "II et III. – (Supprimé)", A[3]}},
		{"two paragraphs", A, "Supprimer les II et III.", []string{A[0], "II et III. – (Supprimé)", A[3]}},
		{"the II deleted again", A, "Supprimer le II.", A},
		{"items", L, "Supprimer les alinéas 3 et 4.", []string{L[0], L[1], "2° et 3° (Supprimé)", L[4]}},
		{"items from a live one, as before", L, "Supprimer les alinéas 2 à 4.", []string{L[0], "1°, 2° et 3° (Supprimé)", L[4]}},
	})
	B := []string{"I. – Le maire signe.", "II. – Le juge lit.", "III. – Le préfet vise."}
	runProbeAmComposed(t, []probeAmComposeCase{
		{"deleted twice", B, []string{"Supprimer le II.", "Alinéa 2\nSupprimer cet alinéa."}, []string{B[0], "II. – (Supprimé)", B[2]}, false},
	})
}
