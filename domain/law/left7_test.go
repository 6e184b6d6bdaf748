package law

import "testing"

// The seventh pass on the closing note's leftovers: subject lists and
// renumbering in bills, each rule on a short phrase.

// left7Ctx is the head the items of these probes hang under.
const left7Ctx = "L'article L. 1 du code civil est ainsi modifié :"

var left7Items = []string{"1° Un ;", "2° Deux ;", "3° Trois."}

// TestLeft7InsertedBeforeRanksAfterPrevious: a new item inserted before
// an item must rank after the item of its kind before it in the list —
// "Avant le 2°, il est inséré un 1°" where a 1° is in force gave two 1°,
// "Avant le 3°, il est inséré un 1° bis" a 1° bis after the 2°; at the
// start of the article, "Au début, il est inséré un 1°", likewise (it
// went before the 1° in force). Refused; the forms that rank right, a
// placeholder taken and the list renumbered first stay read.
func TestLeft7InsertedBeforeRanksAfterPrevious(t *testing.T) {
	grp := func(item string, lines ...string) []string {
		return append([]string{left7Ctx, item}, lines...)
	}
	runGrammar(t, []grammarCase{
		{name: "a 1° before the 2°: refused", before: left7Items,
			text: grp("1° Avant le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »")},
		{name: "a 2° before the 3°: refused", before: left7Items,
			text: grp("1° Avant le 3°, il est inséré un 2° ainsi rédigé :", "« 2° Nouveau ; »")},
		{name: "a 1° bis before the 3°: refused", before: left7Items,
			text: grp("1° Avant le 3°, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Nouveau ; »")},
		{name: "a 1° and a 1° bis before the 2°: refused", before: left7Items,
			text: grp("1° Avant le 2°, sont insérés des 1° et 1° bis ainsi rédigés :", "« 1° Nouveau ; »", "« 1° bis Nouveau ; »")},
		{name: "a letter: refused", before: []string{"Chapeau :", "a) Un ;", "b) Deux."},
			text: grp("1° Avant le b, il est inséré un a ainsi rédigé :", "« a) Nouveau ; »")},
		{name: "a roman: refused", before: []string{"I. – Un.", "II. – Deux."},
			text: grp("1° Avant le II, il est inséré un I ainsi rédigé :", "« I. – Nouveau. »")},
		{name: "at the start, a 1° before the 1°: refused", before: left7Items,
			text: grp("1° Au début, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »")},
		{name: "a 2° bis before the 3°", before: left7Items,
			text: grp("1° Avant le 3°, il est inséré un 2° bis ainsi rédigé :", "« 2° bis Nouveau ; »"),
			want: []string{"1° Un ;", "2° Deux ;", "2° bis Nouveau ;", "3° Trois."}},
		{name: "a 1° bis and a 1° ter before the 2°", before: left7Items,
			text: grp("1° Avant le 2°, sont insérés des 1° bis et 1° ter ainsi rédigés :", "« 1° bis Nouveau ; »", "« 1° ter Nouveau ; »"),
			want: []string{"1° Un ;", "1° bis Nouveau ;", "1° ter Nouveau ;", "2° Deux ;", "3° Trois."}},
		{name: "a 1° A before the 1°", before: left7Items,
			text: grp("1° Avant le 1°, il est inséré un 1° A ainsi rédigé :", "« 1° A Nouveau ; »"),
			want: []string{"1° A Nouveau ;", "1° Un ;", "2° Deux ;", "3° Trois."}},
		{name: "a 1° before the 2° where the 1° is a placeholder", before: []string{"1° (Abrogé) ;", "2° Deux ;", "3° Trois."},
			text: grp("1° Avant le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »"),
			want: []string{"1° Nouveau ;", "2° Deux ;", "3° Trois."}},
		{name: "a 1° before the 2° after the list is renumbered", before: left7Items,
			text: grp("1° Les 1° à 3° deviennent respectivement les 2° à 4° ;", "2° Avant le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »"),
			want: []string{"1° Nouveau ;", "2° Un ;", "3° Deux ;", "4° Trois."}},
		{name: "a 1° before the I's 2°, the II's list apart", before: []string{"I. – Un :", "1° Un ;", "2° Deux.", "II. – Deux :", "1° Autre."},
			text: grp("1° Avant le 2° du I, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Nouveau ; »"),
			want: []string{"I. – Un :", "1° Un ;", "1° bis Nouveau ;", "2° Deux.", "II. – Deux :", "1° Autre."}},
		{name: "at the start, an alinéa", before: left7Items,
			text: grp("1° Au début, il est inséré un alinéa ainsi rédigé :", "« Chapeau : »"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois."}},
	})
}
