package law

import "testing"

// TestGrammarCommaListConjunction: "1° A,", "2° B, ou", "3° C." get a
// 4°: the 3° takes the list's comma and the conjunction that joins the
// last item ("3° C, ou"), the 2° keeps its comma ("2° B,"). It gave "2°
// B, ou", "3° C ;": the list read as one of semicolons.
func TestGrammarCommaListConjunction(t *testing.T) {
	L := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "après le 3°, un 4°", before: []string{"Sont punis :", "1° A,", "2° B, ou", "3° C."}, text: []string{"Après le 3°" + L + ", il est inséré un 4° ainsi rédigé :", "« 4° D. »"}, want: []string{"Sont punis :", "1° A,", "2° B,", "3° C, ou", "4° D."}},
		{name: "complété par un 4°, et", before: []string{"Sont punis :", "1° A,", "2° B, et", "3° C.", "La peine est doublée."}, text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "« 4° D. »"}, want: []string{"Sont punis :", "1° A,", "2° B,", "3° C, et", "4° D.", "La peine est doublée."}},
		{name: "a list of commas without conjunction", before: []string{"Sont punis :", "1° A,", "2° B,", "3° C."}, text: []string{"Après le 3°" + L + ", il est inséré un 4° ainsi rédigé :", "« 4° D. »"}, want: []string{"Sont punis :", "1° A,", "2° B,", "3° C,", "4° D."}},
	})
}
