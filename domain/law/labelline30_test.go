package law

import "testing"

// TestLabelLineDeleted30: the first alinéa of a labelled division, the
// one bearing its label, deleted by its rank while the division goes on
// is refused (errLabelLineDeleted30, a kind of errApplyItemList26): it
// left "Le maire décide ;" of no label, read as the 1°'s ("1° Un.",
// the period moved as if the 2° were gone). A later alinéa of the
// division, every alinéa of it ("les deux alinéas du 2°": the 2°), and
// the first rewritten (its label kept) are read as before.
func TestLabelLineDeleted30(t *testing.T) {
	list := "L1: Premier :|1° Un ;|2° Deux :|Le maire décide ;|3° Trois."
	parts := "L1: Premier :|I. – Un.|Le juge statue.|II. – Deux."
	runRenum22(t, []renum22Case{
		{"first alinéa of the 2°", []string{list},
			[]string{"Le premier alinéa du 2° de l'article L. 1 du code civil est supprimé."},
			"l1: Premier :|1° Un ;|2° Deux :|Le maire décide ;|3° Trois.", errLabelLineDeleted30},
		{"first alinéa of the last item", []string{"L1: Premier :|1° Un ;|2° Deux.|Le maire décide."},
			[]string{"Le premier alinéa du 2° de l'article L. 1 du code civil est supprimé."},
			"l1: Premier :|1° Un ;|2° Deux.|Le maire décide.", errLabelLineDeleted30},
		{"first alinéa of the I", []string{parts},
			[]string{"Le premier alinéa du I de l'article L. 1 du code civil est supprimé."},
			"l1: Premier :|I. – Un.|Le juge statue.|II. – Deux.", errLabelLineDeleted30},
		{"two first of three", []string{"L1: Premier :|1° Un ;|2° Deux :|Le maire décide ;|Le juge statue ;|3° Trois."},
			[]string{"Les deux premiers alinéas du 2° de l'article L. 1 du code civil sont supprimés."},
			"l1: Premier :|1° Un ;|2° Deux :|Le maire décide ;|Le juge statue ;|3° Trois.", errLabelLineDeleted30},
		{"second alinéa of the 2°", []string{list},
			[]string{"Le second alinéa du 2° de l'article L. 1 du code civil est supprimé."},
			"l1: Premier :|1° Un ;|2° Deux :|3° Trois.", nil},
		{"every alinéa of the 2°", []string{list},
			[]string{"Les deux alinéas du 2° de l'article L. 1 du code civil sont supprimés."},
			"l1: Premier :|1° Un ;|3° Trois.", nil},
		{"first alinéa of the I rewritten", []string{parts},
			[]string{"Le premier alinéa du I de l'article L. 1 du code civil est ainsi rédigé : « Zéro. »"},
			"l1: Premier :|I. – Zéro.|Le juge statue.|II. – Deux.", nil},
	})
}
