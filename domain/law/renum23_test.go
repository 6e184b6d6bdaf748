package law

import "testing"

// TestRenum23RelabelAfterWords: items relabelled after words edited in a
// place, in one sentence, are read in the part that holds that place —
// "il devient le 3°" after "au 2°, …" as the 2° relabelled (the pronoun
// is the item located last before the words), "le 2° du I devient le 3°"
// after "au 1° du I, …" (the place named is the head's), "le 2° devient
// le 4° et le 3° devient le 5°" (two relabellings) — they were refused
// ("renumbering after another verb"). A pronoun after a place not one
// item (an alinéa, a sentence of the item), or a place other than the
// head's, stays refused.
func TestRenum23RelabelAfterWords(t *testing.T) {
	two := "L1: Premier :|1° Un ;|2° Deux."
	divs := "L1: I. – Intro :|1° Un ;|2° Deux ;|II. – Fin :|1° Autre."
	three := "L1: Premier :|1° Un ;|2° Deux ;|3° Trois."
	runRenum22(t, []renum22Case{
		{"a pronoun", []string{two}, []string{"À l'article L. 1 du code civil, au 2°, le mot : « Deux » est remplacé par le mot : « Dos » et il devient le 3°."}, "l1: Premier :|1° Un ;|3° Dos.", nil},
		{"a pronoun, words deleted, the article after the item", []string{"L1: Premier :|1° Un ;|2° Deux fois."}, []string{"Au 2° de l'article L. 1 du code civil, le mot : « fois » est supprimé et il devient le 3°."}, "l1: Premier :|1° Un ;|3° Deux.", nil},
		{"a pronoun, a letter in an item", []string{"L1: Premier :|1° Un :|a) aa ;|b) bb."}, []string{"À l'article L. 1 du code civil, au b du 1°, le mot : « bb » est remplacé par le mot : « zz » et il devient le c."}, "l1: Premier :|1° Un :|a) aa ;|c) zz.", nil},
		{"a pronoun, in a division", []string{divs}, []string{"À l'article L. 1 du code civil, au 2° du I, le mot : « Deux » est remplacé par le mot : « Dos » et il devient le 3°."}, "l1: I. – Intro :|1° Un ;|3° Dos ;|II. – Fin :|1° Autre.", nil},
		{"the head's place carried", []string{divs}, []string{"À l'article L. 1 du code civil, au 1° du I, le mot : « Un » est remplacé par le mot : « Uno » et le 2° du I devient le 3°."}, "l1: I. – Intro :|1° Uno ;|3° Deux ;|II. – Fin :|1° Autre.", nil},
		{"two relabellings", []string{three}, []string{"À l'article L. 1 du code civil, au 1°, le mot : « Un » est remplacé par le mot : « Uno » et le 2° devient le 4° et le 3° devient le 5°."}, "l1: Premier :|1° Uno ;|4° Deux ;|5° Trois.", nil},
		{"two relabellings, onto each other's label", []string{three}, []string{"À l'article L. 1 du code civil, au 1°, le mot : « Un » est remplacé par le mot : « Uno » et le 3° devient le 4° et le 2° devient le 3°."}, "l1: Premier :|1° Uno ;|3° Deux ;|4° Trois.", nil},
		{"a pronoun after an alinéa", []string{two}, []string{"À l'article L. 1 du code civil, au premier alinéa, le mot : « Premier » est remplacé par le mot : « Primo » et il devient le 3°."}, "l1: Premier :|1° Un ;|2° Deux.", errRenumberingUnread22},
		{"a pronoun after a sentence of the item", []string{two}, []string{"À l'article L. 1 du code civil, au 2°, à la première phrase, le mot : « Deux » est remplacé par le mot : « Dos » et il devient le 3°."}, "l1: Premier :|1° Un ;|2° Deux.", errRenumberingUnread22},
		{"another place than the head's", []string{divs}, []string{"À l'article L. 1 du code civil, au 1° du I, le mot : « Un » est remplacé par le mot : « Uno » et le 1° du II devient le 2°."}, "l1: I. – Intro :|1° Un ;|2° Deux ;|II. – Fin :|1° Autre.", errRenumberingUnread22},
	})
}

// TestRenum23TypedRefusals: a swap of articles ("Les articles L. 1 et L.
// 2 deviennent respectivement les articles L. 2 et L. 1") is refused with
// errArticleCycle23 (it was, with the same reason, of the general kind
// only); "les références au 3° sont remplacées par des références au 4°"
// with errReferencesReplaced23 (it was "no known instruction form").
func TestRenum23TypedRefusals(t *testing.T) {
	runRenum22(t, []renum22Case{
		{"a swap of articles", []string{"L1: Un.", "L2: Deux."}, []string{"Les articles L. 1 et L. 2 du code civil deviennent respectivement les articles L. 2 et L. 1."}, "l1: Un. / l2: Deux.", errArticleCycle23},
		{"a cycle of three, a range onto a list", []string{"L1: Un.", "L2: Deux.", "L3: Trois."}, []string{"Les articles L. 1 à L. 3 du code civil deviennent respectivement les articles L. 2, L. 3 et L. 1."}, "l1: Un. / l2: Deux. / l3: Trois.", errArticleCycle23},
		{"references replaced", []string{"L1: Premier :|1° Un ;|2° Deux, voir le 1°."}, []string{"À l'article L. 1 du code civil, les références au 1° sont remplacées par des références au 3°."}, "l1: Premier :|1° Un ;|2° Deux, voir le 1°.", errReferencesReplaced23},
		{"a reference replaced, of an article", []string{"L1: Voir l'article L. 2."}, []string{"À l'article L. 1 du code civil, la référence à l'article L. 2 est remplacée par une référence à l'article L. 3."}, "l1: Voir l'article L. 2.", errReferencesReplaced23},
	})
}
