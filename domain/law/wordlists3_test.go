package law

import "testing"

// TestGrammarNumbersWhole: a quoted number is never a part of a larger
// one — "le chiffre : « 3 »" changed "L. 331-3" into "L. 331-4" — nor a
// quoted reference the start of a longer one ("L. 331-3" in "L. 331-3-1").
func TestGrammarNumbersWhole(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "le chiffre 3, and an article number ending in -3", before: []string{"Le maire désigne 3 membres selon l'article L. 331-3."}, text: []string{"À l'article L. 1 du code civil, le chiffre : « 3 » est remplacé par le chiffre : « 4 »."}, want: []string{"Le maire désigne 4 membres selon l'article L. 331-3."}},
		{name: "le mot L inside references", before: []string{"Le maire applique le 1° de l'article L. 2."}, text: []string{"À l'article L. 1 du code civil, la référence : « 1° » est remplacée par la référence : « 2° »."}, want: []string{"Le maire applique le 2° de l'article L. 2."}},
		{name: "the reference L. 331-3, not L. 331-3-1", before: []string{"Selon les articles L. 331-3-1 et L. 331-3, il agit."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 331-3 » est remplacée par la référence : « L. 331-4 »."}, want: []string{"Selon les articles L. 331-3-1 et L. 331-4, il agit."}},
		{name: "a rate 3,5 %, not the 3", before: []string{"Le taux est de 3,5 % pour 3 ans."}, text: []string{"À l'article L. 1 du code civil, le chiffre : « 3 » est remplacé par le chiffre : « 4 »."}, want: []string{"Le taux est de 3,5 % pour 4 ans."}},
		{name: "le chiffre 3, not the 3 of 3°", before: []string{"Selon le 3° de l'article L. 2, 3 membres siègent."}, text: []string{"À l'article L. 1 du code civil, le chiffre : « 3 » est remplacé par le chiffre : « 4 »."}, want: []string{"Selon le 3° de l'article L. 2, 4 membres siègent."}},
	})
}
