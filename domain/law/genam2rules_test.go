package law

import "testing"

// The rules found while widening TestGenerativeAmendments (genam_test.go,
// second pass), each on a short phrase.

// TestGenAm2LastColonItems: "Au dernier alinéa :" ("À l'avant-dernier
// alinéa :") alone, then items: each item is that alinéa's instruction,
// as "Au dernier alinéa, substituer …" (it was refused); after an earlier
// part moved the alinéas after it, which alinéa is last is not said —
// refused, as the joined form is.
func TestGenAm2LastColonItems(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise le bail.", "Le préfet date l'acte."}
	runAmendments(t, []amCase{
		{"last", A, "Au dernier alinéa :\n1° Substituer au mot : « date » le mot : « vise » ;\n2° Supprimer le mot : « préfet ».", []string{A[0], A[1], "Le vise l'acte."}},
		{"second to last", A, "À l'avant-dernier alinéa :\n1° Substituer au mot : « vise » le mot : « lit » ;\n2° Supprimer les mots : « le bail ».", []string{A[0], "Le juge lit.", A[2]}},
		{"a part, then another", A, "I. – Au dernier alinéa :\n1° Supprimer le mot : « préfet » ;\n2° Supprimer le mot : « date ».\nII. – À l'alinéa 1, supprimer le mot : « maire ».", []string{"Le signe.", A[1], "Le l'acte."}},
		{"moved before: refused", A, "I. – Après l'alinéa 3, insérer l'alinéa suivant :\n« Le clerc lit. »\nII. – Au dernier alinéa :\n1° Supprimer le mot : « préfet » ;\n2° Supprimer le mot : « date ».", nil},
	})
}
