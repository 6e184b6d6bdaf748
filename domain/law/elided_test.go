package law

import "testing"

// TestGrammarElidedVerbs: a second operation whose verb the first gives
// ("… est remplacé par … et le mot : « C » par le mot : « D »", "… sont
// insérés … et, après le mot : « C », le mot : « D »"), and
// "respectivement" (pair by pair). Before, the second operation was
// silently dropped.
func TestGrammarElidedVerbs(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "elided verb: et le mot C par le mot D", before: []string{"Le maire agit vite."},
			text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et le mot : « vite » par le mot : « seul »."},
			want: []string{"Le préfet agit seul."}},
		{name: "respectivement remplacés", before: []string{"Le maire agit vite."},
			text: []string{"À l'article L. 1 du code civil, les mots : « maire » et « vite » sont respectivement remplacés par les mots : « préfet » et « seul »."},
			want: []string{"Le préfet agit seul."}},
		{name: "la référence … est remplacée par les références", before: []string{"Selon l'article L. 2."},
			text: []string{"À l'article L. 1 du code civil, la référence : « L. 2 » est remplacée par les références : « L. 2, L. 3 »."},
			want: []string{"Selon l'article L. 2, L. 3."}},
		{name: "elided verb for insertions", before: []string{"Le maire agit vite."},
			text: []string{"À l'article L. 1 du code civil, après le mot : « maire », sont insérés les mots : « du village » et, après le mot : « vite », le mot : « parfois »."},
			want: []string{"Le maire du village agit vite parfois."}},
	})
}

func TestGrammarElidedVerbsRefused(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "an elided form followed by its own verb is that operation", before: []string{"Le maire agit vite."},
			text: []string{"À l'article L. 1 du code civil, après le mot : « maire », sont insérés les mots : « du village » et, après le mot : « agit », le mot : « vite » est supprimé."},
			want: []string{"Le maire du village agit."}},
		{name: "respectivement with fewer new words: refused", before: []string{"Le maire agit vite."},
			text: []string{"À l'article L. 1 du code civil, les mots : « maire » et « vite » sont respectivement remplacés par les mots : « préfet »."},
			want: nil},
	})
}
