package law

import "testing"

// TestGrammarItemsAtTheirRank: an item added without an anchor goes at its
// rank in its list ("il est rétabli un 3°" before the 4°); items with
// their sub-items.
func TestGrammarItemsAtTheirRank(t *testing.T) {
	L := []string{"1° A ;", "2° B :", "a) x ;", "b) y ;", "c) z.", "3° C."}
	runGrammar(t, []grammarCase{
		{name: "le 2° complété par un d: the c takes a semicolon", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est complété par un d ainsi rédigé :", "« d) w ; »"}, want: []string{L[0], L[1], L[2], L[3], "c) z ;", "d) w ;", L[5]}},
		{name: "le 3° devient le 4°, then il est rétabli un 3°: at its rank", before: []string{"1° A ;", "2° B ;", "3° C."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 3° devient le 4° ;", "2° Il est rétabli un 3° ainsi rédigé :", "« 3° D ; »"}, want: []string{"1° A ;", "2° B ;", "3° D ;", "4° C."}},
		{name: "après le 2°, un 2° bis: after the 2°'s letters", before: L, text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 2° bis ainsi rédigé :", "« 2° bis E ; »"}, want: []string{L[0], L[1], L[2], L[3], L[4], "2° bis E ;", L[5]}},
		{name: "le b du 2° abrogé", before: L, text: []string{"Le b du 2° de l'article L. 1 du code civil est abrogé."}, want: []string{L[0], L[1], L[2], "b) (Abrogé) ;", L[4], L[5]}},
		{name: "au c du 2°", before: L, text: []string{"Au c du 2° de l'article L. 1 du code civil, le mot : « z » est remplacé par le mot : « t »."}, want: []string{L[0], L[1], L[2], L[3], "c) t.", L[5]}},
		{name: "le 2° ainsi rédigé: its letters go with it", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° F ; »"}, want: []string{L[0], "2° F ;", L[5]}},
		{name: "two lists of the same kind: no rank order, at the end, where a 2° after the 3° is refused (TestLegUnitNewItemAfterItsLabel)", before: []string{"1° A ;", "2° B.", "Texte.", "1° C ;", "3° D."}, text: []string{"L'article L. 1 du code civil est complété par un 2° ainsi rédigé :", "« 2° E. »"}, want: nil},
		{name: "two lists of the same kind: at the end of the last", before: []string{"1° A ;", "2° B.", "Texte.", "1° C ;", "2° D."}, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° E. »"}, want: []string{"1° A ;", "2° B.", "Texte.", "1° C ;", "2° D ;", "3° E."}},
	})
}
