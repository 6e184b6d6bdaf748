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
		{"complété, as before", []string{degrees}, []string{"L'article L. 1 du code civil est complété par un 1° A ainsi rédigé :", "« 1° A Zéro ; »"}, "l1: Le juge statue :|1° Un ;|2° Deux.", errApplyItemLabel26},
	})
}
