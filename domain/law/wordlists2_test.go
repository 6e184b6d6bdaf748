package law

import "testing"

// TestGrammarCommasAndConjunctions: lists edited with their commas and
// conjunctions.
func TestGrammarCommasAndConjunctions(t *testing.T) {
	B := []string{"Le maire, le juge et le préfet agissent.", "B."}
	runGrammar(t, []grammarCase{
		{name: "après le mot, le mot « et » remplacé par une virgule", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « juge », le mot : « et » est remplacé par le signe : « , »."}, want: []string{"Le maire, le juge, le préfet agissent.", "B."}},
		{name: "après le mot, la virgule remplacée par « et »", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « maire », le signe : « , » est remplacé par le mot : « et »."}, want: []string{"Le maire et le juge et le préfet agissent.", "B."}},
		{name: "words with their leading comma replaced", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « , le juge » sont remplacés par les mots : « , le greffier »."}, want: []string{"Le maire, le greffier et le préfet agissent.", "B."}},
		{name: "words with a leading comma inserted after a word", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « juge », sont insérés les mots : « , le greffier »."}, want: []string{"Le maire, le juge, le greffier et le préfet agissent.", "B."}},
		{name: "words before a comma deleted", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « le juge et » sont supprimés."}, want: []string{"Le maire, le préfet agissent.", "B."}},
	})
}
