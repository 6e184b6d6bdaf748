package law

import "testing"

// TestCode5ArticlesAndFollowing: "les articles L. 1 et suivants" does not
// say which article ends the series: refused (article L. 1 alone was
// edited, or abrogated); the words quoted are only words.
func TestCode5ArticlesAndFollowing(t *testing.T) {
	more := map[string][]string{"L2": {"Un."}}
	runGrammar(t, []grammarCase{
		{name: "aux articles L. 1 et suivants", before: []string{"Un."}, more: more, text: []string{"Aux articles L. 1 et suivants du code civil, le mot : « Un » est remplacé par le mot : « Zéro »."}},
		{name: "sont abrogés", before: []string{"Un."}, more: more, text: []string{"Les articles L. 1 et suivants du code civil sont abrogés."}},
		{name: "à l'article L. 1 et suivants", before: []string{"Un."}, more: more, text: []string{"À l'article L. 1 et suivants du code civil, le mot : « Un » est remplacé par le mot : « Zéro »."}},
		{name: "ainsi modifiés", before: []string{"Un."}, more: more, text: []string{"Les articles L. 1 et suivants du code civil sont ainsi modifiés :", "1° Le mot : « Un » est remplacé par le mot : « Zéro »."}},
		{name: "quoted words", before: []string{"Voir les articles 5 et suivants."}, text: []string{"À l'article L. 1 du code civil, les mots : « articles 5 et suivants » sont remplacés par les mots : « articles 5 à 9 »."}, want: []string{"Voir les articles 5 à 9."}},
	})
}
