package law

import "testing"

// TestProbeAm98ThisAlineaUnderASentence: the Sénat's line naming a
// sentence ("Alinéa 2, première phrase") then a head pointing at "cet
// alinéa" ("Supprimer cet alinéa.", "Rédiger ainsi cet alinéa :",
// "Compléter cet alinéa par les mots :"), or "À la première phrase de
// l'alinéa 2, supprimer cet alinéa": the sentence, or the alinéa? The
// readings differ — refused (the sentence was deleted, rewritten,
// completed). Words edited are read where both agree, found in that
// sentence only; "Après cet alinéa" is after the alinéa, "Compléter cet
// alinéa par une phrase" at its end, and "cette phrase" the sentence, as
// before.
func TestProbeAm98ThisAlineaUnderASentence(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date. Il remet.", "Il lit."}
	runAmendments(t, []amCase{
		{"deleted: refused", A, "Alinéa 2, première phrase\nSupprimer cet alinéa.", nil},
		{"the Assemblée's: refused", A, "À la première phrase de l'alinéa 2, supprimer cet alinéa.", nil},
		{"rewritten: refused", A, "Alinéa 2, première phrase\nRédiger ainsi cet alinéa :\nIl vise.", nil},
		{"completed by words: refused", A, "Alinéa 2, première phrase\nCompléter cet alinéa par les mots :\nen entier", nil},
		{"words outside the sentence: refused", A, "Alinéa 2, première phrase\nÀ cet alinéa, remplacer le mot :\nremet\npar le mot :\nvise", nil},
		{"words in the sentence only", A, "Alinéa 2, première phrase\nÀ cet alinéa, remplacer le mot :\ndate\npar le mot :\nvise", []string{A[0], "Il vise. Il remet.", A[2]}},
		{"after it", A, "Alinéa 2, première phrase\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\nIl vise.", []string{A[0], A[1], "Il vise.", A[2]}},
		{"a sentence at its end", A, "Alinéa 2, première phrase\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl vise.", []string{A[0], "Il date. Il remet. Il vise.", A[2]}},
		{"cette phrase", A, "Alinéa 2, première phrase\nSupprimer cette phrase.", []string{A[0], "Il remet.", A[2]}},
		{"cet alinéa, no sentence", A, "Alinéa 2\nSupprimer cet alinéa.", []string{A[0], A[2]}},
	})
}
