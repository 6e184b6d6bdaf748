package law

import "testing"

// TestAmendmentSentenceOfOneDesignation: a sentence named just before one
// alinéa of several ("Supprimer la seconde phrase de l'alinéa 2 et
// l'alinéa 3", "À l'alinéa 1 et à la première phrase de l'alinéa 3, …")
// is that alinéa's sentence, the others whole — the sentence was taken in
// every alinéa named (the alinéa 3 kept, less its second sentence). A
// sentence named elsewhere as well, or sentences in the plural, with
// several designations: refused; a range with a sentence: refused.
func TestAmendmentSentenceOfOneDesignation(t *testing.T) {
	al := []string{"A b. C d.", "E f. G h.", "I j. K l.", "M n."}
	runAmendments(t, []amCase{
		{"a sentence, then a whole alinéa", al, "Supprimer la seconde phrase de l'alinéa 2 et l'alinéa 3.", []string{al[0], "E f.", al[3]}},
		{"a whole alinéa, then a sentence", al, "Supprimer l'alinéa 1 et la dernière phrase de l'alinéa 3.", []string{al[1], "I j.", al[3]}},
		{"two sentences of two alinéas", al, "Supprimer la seconde phrase de l'alinéa 1 et la première phrase de l'alinéa 3.", []string{"A b.", al[1], "K l.", al[3]}},
		{"words, a sentence then an alinéa", []string{"A b. C d.", "E f.", "C d. C e."}, "À la seconde phrase de l'alinéa 1 et à l'alinéa 3, remplacer le mot : « C » par le mot : « X ».", []string{"A b. X d.", "E f.", "X d. X e."}},
		{"words, an alinéa then a sentence", []string{"A b. C d.", "E f.", "C d. C e."}, "À l'alinéa 1 et à la première phrase de l'alinéa 3, remplacer le mot : « C » par le mot : « X ».", []string{"A b. X d.", "E f.", "X d. C e."}},
		{"a sentence after both: each one's, as before", al, "Aux alinéas 1 et 3, supprimer la seconde phrase.", []string{"A b.", al[1], "I j.", al[3]}},
		{"a sentence before a range: refused", al, "Supprimer la seconde phrase des alinéas 1 à 2 et l'alinéa 3.", nil},
		{"sentences in the plural: refused", al, "Supprimer les deux dernières phrases de l'alinéa 1 et l'alinéa 3.", nil},
	})
}
