package law

import "testing"

// TestRefuse87BetweenWordsThenPlace: words inserted between two others
// with the place after them, in the genitive — "Entre les mots : « A » et
// « B » du deuxième alinéa de l'article L. 1, sont insérés les mots : «
// C »", "… de l'article L. 1 …" — as "Au deuxième alinéa de l'article
// L. 1, entre les mots … " (they were refused: a form not read); two
// words that do not follow each other are not found: refused.
func TestRefuse87BetweenWordsThenPlace(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche.", "Le juge note."}
	runGrammar(t, []grammarCase{
		{name: "of an alinéa", before: A, text: []string{"Entre les mots : « juge » et « tranche » du deuxième alinéa de l'article L. 1 du code civil, sont insérés les mots : « bien »."}, want: []string{"Le juge signe.", "Le juge bien tranche.", "Le juge note."}},
		{name: "of the article, no colons", before: A, text: []string{"Entre les mots « juge » et « tranche » de l'article L. 1 du code civil, sont insérés les mots « bien »."}, want: []string{"Le juge signe.", "Le juge bien tranche.", "Le juge note."}},
		{name: "singular", before: A, text: []string{"Entre le mot : « juge » et le mot : « tranche » du deuxième alinéa de l'article L. 1 du code civil, est inséré le mot : « bien »."}, want: []string{"Le juge signe.", "Le juge bien tranche.", "Le juge note."}},
		{name: "of the first sentence", before: []string{"Le juge signe. Le juge tranche."}, text: []string{"Entre les mots : « juge » et « signe » de la première phrase de l'article L. 1 du code civil, sont insérés les mots : « bien »."}, want: []string{"Le juge bien signe. Le juge tranche."}},
		{name: "words apart: refused", before: A, text: []string{"Entre les mots : « juge » et « note » du deuxième alinéa de l'article L. 1 du code civil, sont insérés les mots : « bien »."}},
	})
}
