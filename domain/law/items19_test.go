package law

import "testing"

// TestGrammarNewItemTakesAPlaceholder: a new item whose label a repealed
// item's placeholder keeps ("2° (Abrogé) ;") takes its place — "il est
// rétabli un 2°", "Après le 1°, il est inséré un 2°", "Avant le 3°, il est
// inséré un 2°" — as a renumbering onto it does; before, the list held the
// placeholder and the new 2° both. A placeholder of another label stays.
func TestGrammarNewItemTakesAPlaceholder(t *testing.T) {
	I := []string{"Le maire :", "1° Décide ;", "2° (Abrogé) ;", "3° Rend compte."}
	L := " de l'article L. 1 du code civil"
	N := "« 2° Exécute ; »."
	want := []string{I[0], I[1], "2° Exécute ;", I[3]}
	runGrammar(t, []grammarCase{
		{name: "il est rétabli un 2°", before: I, text: []string{"À l'article L. 1 du code civil, il est rétabli un 2° ainsi rédigé :", N}, want: want},
		{name: "après le 1°, il est rétabli un 2°", before: I, text: []string{"Après le 1°" + L + ", il est rétabli un 2° ainsi rédigé :", N}, want: want},
		{name: "après le 1°, il est inséré un 2°", before: I, text: []string{"Après le 1°" + L + ", il est inséré un 2° ainsi rédigé :", N}, want: want},
		{name: "avant le 3°, il est inséré un 2°", before: I, text: []string{"Avant le 3°" + L + ", il est inséré un 2° ainsi rédigé :", N}, want: want},
		{name: "le 2° est ainsi rétabli", before: I, text: []string{"Le 2°" + L + " est ainsi rétabli :", N}, want: want},
		{name: "a 1° bis: the placeholder of the 2° stays", before: I, text: []string{"Après le 1°" + L + ", il est inséré un 1° bis ainsi rédigé :", "« 1° bis Exécute ; »."}, want: []string{I[0], I[1], "1° bis Exécute ;", I[2], I[3]}},
	})
}
