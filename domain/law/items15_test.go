package law

import "testing"

// TestGrammarItemsInsertedAround: items inserted after the last (the list's
// end moves), before the first ("1° A"), and a sentence completing the last.
func TestGrammarItemsInsertedAround(t *testing.T) {
	L := []string{"Il agit :", "1° Seul ;", "2° Avec le préfet."}
	runGrammar(t, []grammarCase{
		{name: "il est ajouté un 3° (at the end: the 2° ends with ;)", before: L, text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Avec le juge. »"}, want: []string{"Il agit :", "1° Seul ;", "2° Avec le préfet ;", "3° Avec le juge."}},
		{name: "avant le 1°, il est inséré un 1° A", before: L, text: []string{"Avant le 1° de l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Toujours ; »"}, want: []string{"Il agit :", "1° A Toujours ;", "1° Seul ;", "2° Avec le préfet."}},
		{name: "le 1° est complété par une phrase", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il rend compte. »"}, want: []string{"Il agit :", "1° Seul ;", "2° Avec le préfet. Il rend compte."}},
	})
}
