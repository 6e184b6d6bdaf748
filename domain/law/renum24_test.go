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
