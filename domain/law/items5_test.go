package law

import "testing"

// TestGrammarListsAndClosingAlineas: items added to a list an alinéa
// closes, and words after a quoted name.
func TestGrammarListsAndClosingAlineas(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "words after a quoted name go after its closing guillemet", before: []string{"Il est créé un fonds dénommé « Fonds national »."}, text: []string{"L'article L. 1 du code civil est complété par les mots : « , géré par l'État »."}, want: []string{"Il est créé un fonds dénommé « Fonds national », géré par l'État."}},
		{name: "an alinéa completing an article that ends with a list", before: []string{"Le maire agit :", "1° Seul ;", "2° Vite."}, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Il rend compte. »"}, want: []string{"Le maire agit :", "1° Seul ;", "2° Vite.", "Il rend compte."}},
		{name: "complété par un 3°: the 2° takes a semicolon", before: []string{"Le maire agit :", "1° Seul ;", "2° Vite."}, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Bien. »"}, want: []string{"Le maire agit :", "1° Seul ;", "2° Vite ;", "3° Bien."}},
		{name: "après le 2°, a 3° before the closing alinéa", before: []string{"Le maire agit :", "1° Seul ;", "2° Vite.", "Il rend compte."}, text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Bien. »"}, want: []string{"Le maire agit :", "1° Seul ;", "2° Vite ;", "3° Bien.", "Il rend compte."}},
		{name: "complété par un 3° where an alinéa closes the list: after the list's last item", before: []string{"Le maire agit :", "1° Seul ;", "2° Vite.", "Il rend compte."}, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Bien. »"}, want: []string{"Le maire agit :", "1° Seul ;", "2° Vite ;", "3° Bien.", "Il rend compte."}},
	})
}
