package law

import "testing"

// TestRenum24ParenItemAfterComma: an item numbered with a parenthesis
// named after a locator and a comma — "À l'article L. 1 du code civil, le
// 2) est supprimé" — is that item of the place (it was dropped: the
// whole article, or the whole 1°, was repealed). A label of a shape no
// path reads ("le 2°)") is refused, never the whole article.
func TestRenum24ParenItemAfterComma(t *testing.T) {
	paren := "L1: Premier :|1) Un ;|2) Deux ;|3) Trois."
	degrees := "L1: Premier :|1° Un ;|2° Deux ;|3° Trois."
	runRenum22(t, []renum22Case{
		{"the item of the article", []string{paren}, []string{"À l'article L. 1 du code civil, le 2) est supprimé."}, "l1: Premier :|1) Un ;|2) (Abrogé) ;|3) Trois.", nil},
		{"the item of an item", []string{"L1: Premier :|1° Un :|1) x ;|2) y ;|2° Deux."}, []string{"Au 1° de l'article L. 1 du code civil, le 2) est supprimé."}, "l1: Premier :|1° Un :|1) x ;|2) (Abrogé) ;|2° Deux.", nil},
		{"a label of no shape read", []string{degrees}, []string{"À l'article L. 1 du code civil, le 2°) est supprimé."}, "l1: Premier :|1° Un ;|2° Deux ;|3° Trois.", errPlaceUnread22},
	})
}

// TestRenum24SeveralRelabelledAfterWords: words edited in several items
// of one list, then items relabelled in a last clause — "aux 2° et 3°,
// les mots : « a » sont remplacés par les mots : « b » et les 2° et 3°
// deviennent respectivement les 3° et 4°", or by a pronoun, "… et ils
// deviennent respectivement les 3° et 4°" — are read in the list that
// holds those items, in the text's order, each label freed before it is
// given (they were refused: "a second clause naming no article after a
// first naming several places", "renumbering after another verb"). A
// pronoun after items with a place of their own, lists that do not count
// alike, a swap, stay refused.
func TestRenum24SeveralRelabelledAfterWords(t *testing.T) {
	three := "L1: Premier :|1° Un a ;|2° Deux a ;|3° Trois a."
	divs := "L1: I. – Intro :|1° Un a ;|2° Deux a ;|3° Trois a ;|II. – Fin :|1° Autre a."
	runRenum22(t, []renum22Case{
		{"the items named again", []string{three}, []string{"À l'article L. 1 du code civil, aux 2° et 3°, les mots : « a » sont remplacés par les mots : « b » et les 2° et 3° deviennent respectivement les 3° et 4°."}, "l1: Premier :|1° Un a ;|3° Deux b ;|4° Trois b.", nil},
		{"a pronoun", []string{three}, []string{"À l'article L. 1 du code civil, aux 2° et 3°, les mots : « a » sont remplacés par les mots : « b » et ils deviennent respectivement les 3° et 4°."}, "l1: Premier :|1° Un a ;|3° Deux b ;|4° Trois b.", nil},
		{"in a division", []string{divs}, []string{"À l'article L. 1 du code civil, aux 2° et 3° du I, les mots : « a » sont remplacés par les mots : « b » et les 2° et 3° deviennent respectivement les 3° et 4°."}, "l1: I. – Intro :|1° Un a ;|3° Deux b ;|4° Trois b ;|II. – Fin :|1° Autre a.", nil},
		{"letters of an item", []string{"L1: Premier :|1° Un :|a) x a ;|b) y a ;|2° Deux."}, []string{"À l'article L. 1 du code civil, aux a et b du 1°, les mots : « a » sont remplacés par les mots : « b » et les a et b deviennent respectivement les b et c."}, "l1: Premier :|1° Un :|b) x b ;|c) y b ;|2° Deux.", nil},
		{"a pronoun after items with their place", []string{divs}, []string{"À l'article L. 1 du code civil, aux 2° et 3° du I, les mots : « a » sont remplacés par les mots : « b » et ils deviennent respectivement les 3° et 4°."}, "l1: I. – Intro :|1° Un a ;|2° Deux a ;|3° Trois a ;|II. – Fin :|1° Autre a.", errRenumberingUnread22},
		{"lists that do not count alike", []string{three}, []string{"À l'article L. 1 du code civil, aux 2° et 3°, les mots : « a » sont remplacés par les mots : « b » et ils deviennent les 4°."}, "l1: Premier :|1° Un a ;|2° Deux a ;|3° Trois a.", errClausesUnread},
		{"a swap", []string{three}, []string{"À l'article L. 1 du code civil, aux 1° et 2°, les mots : « a » sont remplacés par les mots : « b » et ils deviennent respectivement les 2° et 1°."}, "l1: Premier :|1° Un a ;|2° Deux a ;|3° Trois a.", errRelabelCycle22},
		{"two articles", []string{three, "L2: Premier :|1° Un a ;|2° Deux a."}, []string{"Aux articles L. 1 et L. 2 du code civil, les mots : « a » sont remplacés par les mots : « b » et le 2° devient le 4°."}, "l1: Premier :|1° Un a ;|2° Deux a ;|3° Trois a. / l2: Premier :|1° Un a ;|2° Deux a.", errClausesUnread},
	})
}
