package law

import "testing"

// TestCompose2ItemOffItsList: "Compléter cet article par l'alinéa suivant
// : « 3° … »" on an article whose quoted list « 1° … » « 2° … » is
// followed by a plain alinéa an amendment added (or where a 3° was already
// added to the list) continues or repeats a list that ends elsewhere than
// at the article's end: in the list or after the alinéa is not said —
// refused (it was set after the alinéa, unquoted, a second 3° beside the
// list's). Right after the quoted list's last item it goes on the list,
// and an item that goes on the bill's own list (1°, 2° unquoted) stays
// read.
func TestCompose2ItemOffItsList(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{
		"Après l'article L. 1 du code civil, il est inséré un article L. 2 ainsi rédigé :",
		"« Art. L. 2. – Le mandat est incompatible avec :",
		"« 1° Les fonctions de maire ;",
		"« 2° Les fonctions de préfet. »",
	}}
	item := Dispositif{Number: "1", Text: "Compléter cet article par l'alinéa suivant :\n« 3° Les fonctions de juge. »"}
	plain := Dispositif{Number: "2", Text: "Compléter cet article par l'alinéa suivant :\n« L'élu ne perçoit qu'une indemnité. »"}
	other := Dispositif{Number: "3", Text: "Compléter cet article par l'alinéa suivant :\n« 3° Les fonctions de greffier. »"}
	for _, tc := range []struct {
		name  string
		order []Dispositif
		want  []bool
	}{
		{"after the plain alinéa: refused", []Dispositif{plain, item}, []bool{true, false}},
		{"a second 3° after the plain alinéa: refused", []Dispositif{item, plain, other}, []bool{true, true, false}},
		{"right after the list: on the list", []Dispositif{item, plain}, []bool{true, true}},
	} {
		got, rs := ComposeNumbered(a, tc.order)
		for i, r := range rs {
			if r.Applied != tc.want[i] {
				t.Errorf("%s: %s applied = %v, want %v (%q)", tc.name, tc.order[i].Number, r.Applied, tc.want[i], r.Unparsed)
			}
		}
		n := 0
		for _, l := range got.Alineas {
			if lab, _ := labelOf(l); lab == "3°" {
				n++
			}
		}
		if n > 1 {
			t.Errorf("%s: two 3°: %q", tc.name, got.Alineas)
		}
	}
	bill := []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Il est ajouté un alinéa ainsi rédigé :", "« Le juge statue. »"}
	runAmendments(t, []amCase{
		{"the bill's own list: read", bill, "Compléter cet article par l'alinéa suivant :\n« 3° Le dernier alinéa est supprimé. »", []string{bill[0], bill[1], bill[2], "« Le juge statue. » ;", "3° Le dernier alinéa est supprimé."}},
	})
}
