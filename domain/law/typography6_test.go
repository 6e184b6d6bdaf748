package law

import "testing"

// TestGrammarInsertedPunctuation: words and signs inserted with their own
// punctuation (a leading comma, parentheses) meet the text with French
// spacing.
func TestGrammarInsertedPunctuation(t *testing.T) {
	B := []string{"Le maire agit seul."}
	runGrammar(t, []grammarCase{
		{name: "inserted words beginning with a comma", before: B, text: []string{"À l'article L. 1 du code civil, après le mot : « agit », sont insérés les mots : « , sauf urgence, »."}, want: []string{"Le maire agit, sauf urgence, seul."}},
		{name: "a sign inserted", before: B, text: []string{"À l'article L. 1 du code civil, après le mot : « agit », est inséré le signe : « , »."}, want: []string{"Le maire agit, seul."}},
		{name: "words in parentheses inserted", before: B, text: []string{"À l'article L. 1 du code civil, après le mot : « maire », sont insérés les mots : « (ou son adjoint) »."}, want: []string{"Le maire (ou son adjoint) agit seul."}},
		{name: "words inserted before the final period", before: B, text: []string{"À l'article L. 1 du code civil, après le mot : « seul », sont insérés les mots : « en cas d'urgence »."}, want: []string{"Le maire agit seul en cas d'urgence."}},
	})
}
