package law

import "testing"

// TestRefuse84SubstituteWithComma: an amendment's "substituer à « A »,
// « B »" — a comma between the old and the new words, no noun — is
// "substituer aux mots : « A » les mots : « B »" as without the comma (it
// was refused); a third quotation after them is refused (which words are
// the new ones is not said).
func TestRefuse84SubstituteWithComma(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge lit. Il note.", "Le préfet vise."}
	runAmendments(t, []amCase{
		{"comma", A, "À l'alinéa 2, substituer à « lit », « voit ».", []string{A[0], "Le juge voit. Il note.", A[2]}},
		{"no comma", A, "À l'alinéa 2, substituer à « lit » « voit ».", []string{A[0], "Le juge voit. Il note.", A[2]}},
		{"nouns and comma", A, "À l'alinéa 2, substituer au mot : « lit », le mot : « voit ».", []string{A[0], "Le juge voit. Il note.", A[2]}},
		{"three quotations: refused", A, "À l'alinéa 2, substituer à « lit », « voit », « note ».", nil},
		{"two old words, one new: refused", A, "À l'alinéa 2, substituer à « lit » et « note », « voit ».", nil},
	})
}
