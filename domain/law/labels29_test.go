package law

import "testing"

// TestCapitalsPlaced29: "il est inséré un 1° A" with no place said goes
// before the 1° by its label (it was put after the 1° and refused: its
// place and its label disagreed).
func TestCapitalsPlaced29(t *testing.T) {
	degrees := "L1: Le juge statue :|1° Un ;|2° Deux."
	runRenum22(t, []renum22Case{
		{"1° A", []string{degrees}, []string{"À l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Zéro ; »"}, "l1: Le juge statue :|1° A Zéro ;|1° Un ;|2° Deux.", nil},
		{"1° bis A", []string{"L1: Le juge statue :|1° Un ;|1° bis Bis ;|2° Deux."}, []string{"À l'article L. 1 du code civil, il est inséré un 1° bis A ainsi rédigé :", "« 1° bis A Zéro ; »"}, "l1: Le juge statue :|1° Un ;|1° bis A Zéro ;|1° bis Bis ;|2° Deux.", nil},
		{"II A", []string{"L1: I. – Le juge statue.|II. – Le juge signe."}, []string{"À l'article L. 1 du code civil, il est inséré un II A ainsi rédigé :", "« II A. – Le juge lit. »"}, "l1: I. – Le juge statue.|II A. – Le juge lit.|II. – Le juge signe.", nil},
		{"in a part", []string{"L1: I. – Le juge statue :|1° Un ;|2° Deux.|II. – Le juge signe."}, []string{"Au I de l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Zéro ; »"}, "l1: I. – Le juge statue :|1° A Zéro ;|1° Un ;|2° Deux.|II. – Le juge signe.", nil},
		{"a 1° in each part", []string{"L1: I. – Le juge statue :|1° Un ;|2° Deux.|II. – Le juge signe :|1° Un ;|2° Deux."}, []string{"À l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Zéro ; »"}, "l1: I. – Le juge statue :|1° Un ;|2° Deux.|II. – Le juge signe :|1° Un ;|2° Deux.", errApplyItemList26},
		{"a A: refused", []string{"L1: Le juge statue :|a) Un ;|b) Deux."}, []string{"À l'article L. 1 du code civil, il est inséré un a A ainsi rédigé :", "« a A) Zéro ; »"}, "l1: Le juge statue :|a) Un ;|b) Deux.", errAdditionPlaceUnsaid22},
		{"complété, as before", []string{degrees}, []string{"L'article L. 1 du code civil est complété par un 1° A ainsi rédigé :", "« 1° A Zéro ; »"}, "l1: Le juge statue :|1° Un ;|2° Deux.", errApplyItemLabel26},
	})
}

// TestAdverbRanges29: a range one of whose bounds carries a Latin adverb
// stops at its bound: "Les 1° à 3° bis" keep the 3° ter, "Les 1° bis à
// 3°" the 1° and the 3° bis (both were refused).
func TestAdverbRanges29(t *testing.T) {
	degrees := "L1: Le juge statue :|1° Un ;|1° bis Bis ;|1° ter Ter ;|2° Deux ;|3° Trois ;|3° bis TB ;|3° ter TT ;|4° Q."
	runRenum22(t, []renum22Case{
		{"last bound", []string{degrees}, []string{"Les 1° à 3° bis de l'article L. 1 du code civil sont abrogés."}, "l1: Le juge statue :|1° (Abrogé) ;|1° bis (Abrogé) ;|1° ter (Abrogé) ;|2° (Abrogé) ;|3° (Abrogé) ;|3° bis (Abrogé) ;|3° ter TT ;|4° Q.", nil},
		{"first bound", []string{degrees}, []string{"Les 1° bis à 3° de l'article L. 1 du code civil sont abrogés."}, "l1: Le juge statue :|1° Un ;|1° bis (Abrogé) ;|1° ter (Abrogé) ;|2° (Abrogé) ;|3° (Abrogé) ;|3° bis TB ;|3° ter TT ;|4° Q.", nil},
		{"both bounds", []string{degrees}, []string{"À l'article L. 1 du code civil, les 1° ter à 3° bis sont abrogés."}, "l1: Le juge statue :|1° Un ;|1° bis Bis ;|1° ter (Abrogé) ;|2° (Abrogé) ;|3° (Abrogé) ;|3° bis (Abrogé) ;|3° ter TT ;|4° Q.", nil},
		{"letters", []string{"L1: Le juge statue :|a) Un ;|a bis) Deux ;|b) Trois ;|c) Quatre ;|c bis) Cinq."}, []string{"Les a bis à c de l'article L. 1 du code civil sont abrogés."}, "l1: Le juge statue :|a) Un ;|a bis) (Abrogé) ;|b) (Abrogé) ;|c) (Abrogé) ;|c bis) Cinq.", nil},
		{"romans", []string{"L1: I. – Un.|I bis. – Deux.|II. – Trois.|III. – Quatre."}, []string{"Les I bis à II de l'article L. 1 du code civil sont abrogés."}, "l1: I. – Un.|I bis. – (Abrogé)|II. – (Abrogé)|III. – Quatre.", nil},
		{"words", []string{"L1: Le juge statue :|1° Le juge ;|2° Le juge ;|2° bis Le juge ;|2° ter Le juge."}, []string{"Aux 1° à 2° bis de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « X »."}, "l1: Le juge statue :|1° Le X ;|2° Le X ;|2° bis Le X ;|2° ter Le juge.", nil},
		{"capitals after: refused", []string{degrees}, []string{"Les 1° à 3° bis A de l'article L. 1 du code civil sont abrogés."}, "l1: " + degrees[4:], errPlaceUnread22},
		{"one number: refused", []string{degrees}, []string{"Les 3° bis à 3° ter de l'article L. 1 du code civil sont abrogés."}, "l1: " + degrees[4:], errRangeFirstBound22},
	})
}
