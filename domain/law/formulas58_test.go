package law

import "testing"

// TestGrammarBill5PlainNumbersRelabelled: paragraphs numbered "1.",
// "2." relabelled — "Les 1 à 3 deviennent les 2 à 4", "Les 1 et 2
// deviennent respectivement les 2 et 3", "Le 2 devient le 3" — as items
// are (they were refused: a plain number was read as no label); a kind
// changed ("les 1 et 2 deviennent les 1° et 2°") is still refused.
func TestGrammarBill5PlainNumbersRelabelled(t *testing.T) {
	N := []string{"Sont exclus :", "1. Les meubles ;", "2. Les immeubles ;", "3. Les navires."}
	art := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "a range", before: N, text: []string{"Les 1 à 3" + art + " deviennent les 2 à 4."}, want: []string{N[0], "2. Les meubles ;", "3. Les immeubles ;", "4. Les navires."}},
		{name: "a list", before: N, text: []string{"Les 2 et 3" + art + " deviennent respectivement les 3 et 4."}, want: []string{N[0], N[1], "3. Les immeubles ;", "4. Les navires."}},
		{name: "one, under a context", before: N, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 3 devient le 4 ;", "2° Après le 2, il est inséré un 3 ainsi rédigé :", "« 3. Les caves ; »"}, want: []string{N[0], N[1], N[2], "3. Les caves ;", "4. Les navires."}},
		{name: "a kind changed: refused", before: N, text: []string{"Les 1 et 2" + art + " deviennent respectivement les 1° et 2°."}},
	})
}
