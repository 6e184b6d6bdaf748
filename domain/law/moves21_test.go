package law

import "testing"

// TestMoves21EditedThenRenumbered: an article edited and renumbered in
// one sentence, the renumbering last ("À l'article L. 1, le mot : « a »
// est remplacé par le mot : « b » et l'article devient l'article L. 2")
// is the edits, then the renumbering (it was refused: "renumbering after
// another verb"). Another article named in the renumbering, or in the
// edits, a new number in force, an item as the new number: refused.
func TestMoves21EditedThenRenumbered(t *testing.T) {
	arts := map[string][]string{"L1": {"Le maire signe.", "Il date."}}
	moved := map[string][]string{"L1": nil, "L2": {"Le préfet signe.", "Il date."}}
	for _, tc := range []struct{ name, text string }{
		{"à l'article, et l'article devient", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2."},
		{"et l'article L. 1 devient", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article L. 1 devient l'article L. 2."},
		{"et cet article devient", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et cet article devient l'article L. 2."},
		{"au premier alinéa", "Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2."},
		{"ainsi modifié ; il devient", "L'article L. 1 du code civil est ainsi modifié : le mot : « maire » est remplacé par le mot : « préfet » ; il devient l'article L. 2."},
	} {
		runUnits(t, tc.name, arts, []string{tc.text}, moved, false)
	}
	runUnits(t, "a deletion then the renumbering", arts,
		[]string{"À l'article L. 1 du code civil, le second alinéa est supprimé et l'article devient l'article L. 2."},
		map[string][]string{"L1": nil, "L2": {"Le maire signe."}}, false)
	runUnits(t, "under a context, the next item names the new number", arts,
		[]string{"Le code civil est ainsi modifié :", "1° À l'article L. 1, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2 ;", "2° Au second alinéa de l'article L. 2, le mot : « date » est remplacé par le mot : « signe »."},
		map[string][]string{"L1": nil, "L2": {"Le préfet signe.", "Il signe."}}, false)
	for _, tc := range []struct{ name, text string }{
		{"another article renumbered", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article L. 3 devient l'article L. 2."},
		{"another article named in the edits", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et, à l'article L. 3, le mot : « date » est supprimé et l'article devient l'article L. 2."},
		{"into an item", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient le 3° de l'article L. 2."},
	} {
		runUnits(t, tc.name, arts, []string{tc.text}, nil, true)
	}
	runUnits(t, "onto an article in force", map[string][]string{"L1": {"Le maire signe.", "Il date."}, "L2": {"Autre."}},
		[]string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2."}, nil, true)
}
