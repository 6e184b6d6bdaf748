package law

import "testing"

// The rules found while widening TestGenerativeAmendments (genam_test.go,
// second pass), each on a short phrase.

// TestGenAm2LastColonItems: "Au dernier alinéa :" ("À l'avant-dernier
// alinéa :", the Sénat's line "Dernier alinéa") alone, then items: each item is that alinéa's instruction,
// as "Au dernier alinéa, substituer …" (it was refused); after an earlier
// part moved the alinéas after it, which alinéa is last is not said —
// refused, as the joined form is.
func TestGenAm2LastColonItems(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise le bail.", "Le préfet date l'acte."}
	runAmendments(t, []amCase{
		{"last", A, "Au dernier alinéa :\n1° Substituer au mot : « date » le mot : « vise » ;\n2° Supprimer le mot : « préfet ».", []string{A[0], A[1], "Le vise l'acte."}},
		{"second to last", A, "À l'avant-dernier alinéa :\n1° Substituer au mot : « vise » le mot : « lit » ;\n2° Supprimer les mots : « le bail ».", []string{A[0], "Le juge lit.", A[2]}},
		{"a part, then another", A, "I. – Au dernier alinéa :\n1° Supprimer le mot : « préfet » ;\n2° Supprimer le mot : « date ».\nII. – À l'alinéa 1, supprimer le mot : « maire ».", []string{"Le signe.", A[1], "Le l'acte."}},
		{"the Sénat's line", A, "Dernier alinéa\n1° Remplacer le mot :\ndate\npar le mot :\nvise\n2° Supprimer le mot :\npréfet", []string{A[0], A[1], "Le vise l'acte."}},
		{"the Sénat's line, one instruction", A, "Avant-dernier alinéa\nSupprimer les mots :\nle bail", []string{A[0], "Le juge vise.", A[2]}},
		{"moved before: refused", A, "I. – Après l'alinéa 3, insérer l'alinéa suivant :\n« Le clerc lit. »\nII. – Au dernier alinéa :\n1° Supprimer le mot : « préfet » ;\n2° Supprimer le mot : « date ».", nil},
	})
}

// TestGenAm2LastOfUntouchedDivision: "le dernier alinéa du I" after an
// earlier part of the amendment added or removed alinéas elsewhere (in
// the II): the I holds the alinéas it held as tabled, its last is known
// (it was refused); when the earlier part changed the I's alinéas, the
// last as tabled or as that part leaves it is not said — refused.
func TestGenAm2LastOfUntouchedDivision(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le juge vise le bail.", "II. – Le préfet date.", "Le greffier lit.", "Le notaire garde."}
	runAmendments(t, []amCase{
		{"deleted in the II", A, "I. – Supprimer l'alinéa 4.\nII. – Au dernier alinéa du I, supprimer le mot : « vise ».", []string{A[0], "Le juge le bail.", A[2], A[4]}},
		{"inserted in the II", A, "I. – Après l'alinéa 3, insérer l'alinéa suivant :\n« Le clerc note. »\nII. – Au dernier alinéa du I, supprimer le mot : « vise ».", []string{A[0], "Le juge le bail.", A[2], "Le clerc note.", A[3], A[4]}},
		{"added to the I: refused", A, "I. – Compléter le I par un alinéa ainsi rédigé :\n« Le clerc note. »\nII. – Au dernier alinéa du I, supprimer le mot : « vise ».", nil},
		{"deleted in the I: refused", A, "I. – Supprimer l'alinéa 2.\nII. – Au dernier alinéa du I, supprimer le mot : « maire ».", nil},
	})
}
