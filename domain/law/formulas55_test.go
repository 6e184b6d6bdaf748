package law

import "testing"

// TestGrammarBill5InsertedThenRelabelled: an item inserted under a label
// an item bears, then the items from it relabelled, in the same bill
// article — "1° Après le 2°, il est inséré un 3° … ; 2° Les 3° et 4°
// deviennent les 4° et 5°" — relabels the items as the bill article
// found them, the new one taking its place (the insertion was refused as
// out of order, the items relabelled leaving a gap); an edit of the
// article between the two, or an insertion placed after an item
// relabelled, keeps the order written: refused.
func TestGrammarBill5InsertedThenRelabelled(t *testing.T) {
	L := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires ;", "4° Les aéronefs."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	ins := []string{"1° Après le 2°, il est inséré un 3° ainsi rédigé :", "« 3° Les caves ; »"}
	want := []string{L[0], L[1], L[2], "3° Les caves ;", "4° Les navires ;", "5° Les aéronefs."}
	P := []string{"I. – Un.", "II. – Deux.", "III. – Trois."}
	runGrammar(t, []grammarCase{
		{name: "inserted, then relabelled", before: L, text: append(append([]string{head}, ins...), "2° Les 3° et 4° deviennent respectivement les 4° et 5°."), want: want},
		{name: "relabelled, then inserted", before: L, text: []string{head, "1° Les 3° et 4° deviennent les 4° et 5° ;", ins[0], ins[1]}, want: want},
		{name: "parts", before: P, text: []string{head, "1° Après le I, il est inséré un II ainsi rédigé :", "« II. – Bis. »", "2° Les II et III deviennent les III et IV."}, want: []string{P[0], "II. – Bis.", "III. – Deux.", "IV. – Trois."}},
		{name: "an edit between: refused", before: L, text: append(append([]string{head}, ins...), "2° Au 4°, le mot : « Les » est remplacé par le mot : « Des » ;", "3° Les 3° et 4° deviennent les 4° et 5°.")},
		{name: "placed after a relabelled item: refused", before: L, text: []string{head, "1° Après le 3°, il est inséré un 4° ainsi rédigé :", "« 4° Les caves ; »", "2° Les 3° et 4° deviennent les 4° et 5°."}},
	})
}
