package law

import "testing"

// TestGrammarCompletedAtTheEnd: words completing a sentence, an alinéa, an
// item or an introduction go before its final punctuation.
func TestGrammarCompletedAtTheEnd(t *testing.T) {
	B := []string{"Le maire agit. Il rend compte.", "B."}
	runGrammar(t, []grammarCase{
		{name: "la première phrase est complétée par les mots", before: B, text: []string{"La première phrase du premier alinéa de l'article L. 1 du code civil est complétée par les mots : « sans délai »."}, want: []string{"Le maire agit sans délai. Il rend compte.", "B."}},
		{name: "à la fin de la première phrase, sont ajoutés les mots", before: B, text: []string{"À la fin de la première phrase du premier alinéa de l'article L. 1 du code civil, sont ajoutés les mots : « sans délai »."}, want: []string{"Le maire agit sans délai. Il rend compte.", "B."}},
		{name: "au début de la seconde phrase, sont ajoutés les mots", before: B, text: []string{"Au début de la seconde phrase du premier alinéa de l'article L. 1 du code civil, sont ajoutés les mots : « Chaque année, »."}, want: []string{"Le maire agit. Chaque année, il rend compte.", "B."}},
		{name: "l'alinéa of two sentences completed: at its end", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « au conseil »."}, want: []string{"Le maire agit. Il rend compte au conseil.", "B."}},
		{name: "item with ; completed at the end", before: []string{"Il agit :", "1° Seul ;", "2° Avec le préfet."}, text: []string{"Le 1° de l'article L. 1 du code civil est complété par les mots : « ou avec le juge »."}, want: []string{"Il agit :", "1° Seul ou avec le juge ;", "2° Avec le préfet."}},
		{name: "an alinéa ending with a colon completed", before: []string{"Il agit :", "1° Seul ;", "2° Avec le préfet."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « dans les cas suivants »."}, want: []string{"Il agit dans les cas suivants :", "1° Seul ;", "2° Avec le préfet."}},
	})
}
