package law

import "testing"

// TestGrammarCapitalAfterNewWords: words put before a sentence's first word
// take its capital, and a function word ("Le", "Avec", "Selon", …) loses it —
// after an item's label too ("2° Le cas échéant, Avec …" kept it).
func TestGrammarCapitalAfterNewWords(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "new words at a sentence's start take its capital", before: []string{"Le maire agit. Le maire rend compte."}, text: []string{"À l'article L. 1 du code civil, les mots : « le maire » sont remplacés par les mots : « le préfet »."}, want: []string{"Le préfet agit. Le préfet rend compte."}},
		{name: "words inserted before the first word", before: []string{"Le maire agit."}, text: []string{"Au début de l'article L. 1 du code civil, sont ajoutés les mots : « Sauf urgence, »."}, want: []string{"Sauf urgence, le maire agit."}},
		{name: "words inserted at the start of an item", before: []string{"Il agit :", "1° Seul ;", "2° Avec le préfet."}, text: []string{"Au début du 2° de l'article L. 1 du code civil, sont ajoutés les mots : « Le cas échéant, »."}, want: []string{"Il agit :", "1° Seul ;", "2° Le cas échéant, avec le préfet."}},
	})
}
