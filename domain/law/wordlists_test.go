package law

import "testing"

// TestGrammarWordLists: lists of quoted words joined by "et", "ainsi
// que", "respectivement"; quoted words left before or between the word
// operations refuse the instruction — never a part of it applied.
func TestGrammarWordLists(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "les mots A ainsi que les mots B sont supprimés: both (one was dropped)", before: []string{"Le maire seul agit vite."}, text: []string{"À l'article L. 1 du code civil, les mots : « seul » ainsi que les mots : « vite » sont supprimés."}, want: []string{"Le maire agit."}},
		{name: "sont remplacés respectivement par", before: []string{"Le maire et le juge agissent."}, text: []string{"À l'article L. 1 du code civil, les mots : « maire » et « juge » sont remplacés respectivement par les mots : « préfet » et « greffier »."}, want: []string{"Le préfet et le greffier agissent."}},
		{name: "a word by words that hold it", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par les mots : « maire ou son adjoint »."}, want: []string{"Le maire ou son adjoint agit."}},
		{name: "les références by la référence", before: []string{"Selon les articles L. 2, L. 3 et L. 4."}, text: []string{"À l'article L. 1 du code civil, les références : « L. 2, L. 3 » sont remplacées par la référence : « L. 5 »."}, want: []string{"Selon les articles L. 5 et L. 4."}},
		{name: "l'année", before: []string{"Le maire agit en 2010."}, text: []string{"À l'article L. 1 du code civil, l'année : « 2010 » est remplacée par l'année : « 2012 »."}, want: []string{"Le maire agit en 2012."}},
		{name: "words with a leading comma inserted", before: []string{"Le maire, le juge et le préfet agissent."}, text: []string{"À l'article L. 1 du code civil, après le mot : « juge », sont insérés les mots : « , le greffier »."}, want: []string{"Le maire, le juge, le greffier et le préfet agissent."}},
		{name: "words in brackets deleted", before: []string{"Le maire agit (loi n° 2000-1)."}, text: []string{"À l'article L. 1 du code civil, les mots : « (loi n° 2000-1) » sont supprimés."}, want: []string{"Le maire agit."}},
		{name: "a capital changed", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « Maire »."}, want: []string{"Le Maire agit."}},
		{name: "quoted words before the operation, not read: refused, never a part", before: []string{"Le maire seul agit vite."}, text: []string{"À l'article L. 1 du code civil, les mots : « seul » sinon les mots : « vite » sont supprimés."}, want: nil},
	})
	runAmendments(t, []amCase{
		{"amendment: supprimer les mots A ainsi que les mots B", []string{"Le maire seul agit vite."}, "À l'alinéa 1, supprimer les mots : « seul » ainsi que les mots : « vite ».", []string{"Le maire agit."}},
	})
}
