package law

import "testing"

// TestGrammarWordsEveryOccurrence: words replaced or deleted at every
// occurrence, a phrase inside a longer one included.
func TestGrammarWordsEveryOccurrence(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "le mot A (twice) est supprimé", before: []string{"Le maire et le maire adjoint."}, text: []string{"À l'article L. 1 du code civil, le mot : « adjoint » est supprimé."}, want: []string{"Le maire et le maire."}},
		{name: "les mots (inside a longer word sequence)", before: []string{"Le président du conseil départemental et le président du conseil."}, text: []string{"À l'article L. 1 du code civil, les mots : « président du conseil » sont remplacés par les mots : « maire »."}, want: []string{"Le maire départemental et le maire."}},
	})
}
