package law

import "testing"

// TestLeft2BecomesThenSame: a renumbering whose second clause names the
// place by "même" and the new number, "Le 3° devient le 4° et, au même
// 4°, …", "Le II devient le III et, au premier alinéa du même III, …",
// "L'article L. 2 devient l'article L. 5 et, au premier alinéa du même
// article, …": the renumbering, then the edit under the new number (they
// were refused, and the article's edit sought in the L. 2 it left).
// "même" with the old label, or a list renumbered, stay refused.
func TestLeft2BecomesThenSame(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	items := one("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet.")
	parts := one("I. – Le juge part.", "Il revient.", "II. – Le maire signe.", "Il part.")
	two := map[string][]string{"L2": {"Le maire signe.", "Il part."}}
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "au même 4°", arts: items, text: []string{ctx, "1° Le 3° devient le 4° et, au même 4°, le mot : « préfet » est remplacé par le mot : « ministre » ;"},
			want: one("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "4° Le ministre.")},
		{name: "au premier alinéa du même III", arts: parts, text: []string{ctx, "1° Le II devient le III et, au premier alinéa du même III, le mot : « maire » est remplacé par le mot : « préfet » ;"},
			want: one("I. – Le juge part.", "Il revient.", "III. – Le préfet signe.", "Il part.")},
		{name: "with its article", arts: parts, text: []string{"Le II de l'article L. 1 du code civil devient le III et, au second alinéa du même III, le mot : « part » est remplacé par le mot : « reste »."},
			want: one("I. – Le juge part.", "Il revient.", "III. – Le maire signe.", "Il reste.")},
		{name: "du même article", arts: two, text: []string{"L'article L. 2 du code civil devient l'article L. 5 et, au premier alinéa du même article, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L2": nil, "L5": {"Le préfet signe.", "Il part."}}},
		{name: "au même article", arts: two, text: []string{"L'article L. 2 du code civil devient l'article L. 5 et, au même article, le mot : « part » est remplacé par le mot : « reste »."},
			want: map[string][]string{"L2": nil, "L5": {"Le maire signe.", "Il reste."}}},
		{name: "the old label: refused", arts: items, text: []string{ctx, "1° Le 3° devient le 4° et, au même 3°, le mot : « préfet » est remplacé par le mot : « ministre » ;"}},
		{name: "another label: refused", arts: items, text: []string{ctx, "1° Le 3° devient le 4° et, au même 2°, le mot : « maire » est remplacé par le mot : « ministre » ;"}},
		{name: "a list: refused", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent les 3° et 4° et, au même 4°, le mot : « préfet » est remplacé par le mot : « ministre » ;"}},
	})
}

// TestLeft2PlacesRenumberedInLocator: several items renumbered in the
// locator of the edit made there, "Aux 2° et 3°, qui deviennent
// respectivement les 3° et 4°, le mot : « A » est remplacé …", and "Les
// 2° et 3° deviennent respectivement les 3° et 4° et, aux 3° et 4°, …":
// the relabellings, then the edit in each item under its new label (they
// were refused: a second clause after several places). Items of two
// lists, or the second clause naming the old labels, stay refused.
func TestLeft2PlacesRenumberedInLocator(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	items := one("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet.")
	parts := one("I. – Sont exclus :", "1° Le juge ;", "2° Le maire ;", "II. – Sont admis :", "1° Le préfet.")
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	want := one("Sont exclus :", "1° Le juge ;", "3° Un maire ;", "4° Un préfet.")
	runLaw3(t, []law3Case{
		{name: "aux, qui deviennent respectivement", arts: items, text: []string{ctx, "1° Aux 2° et 3°, qui deviennent respectivement les 3° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"}, want: want},
		{name: "deviennent et, aux", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent respectivement les 3° et 4° et, aux 3° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"}, want: want},
		{name: "of the I", arts: parts, text: []string{ctx, "1° Au I, les 1° et 2° deviennent respectivement les 2° et 3° et, aux 2° et 3°, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: one("I. – Sont exclus :", "2° Un juge ;", "3° Un maire ;", "II. – Sont admis :", "1° Le préfet.")},
		{name: "the old labels: refused", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent respectivement les 3° et 4° et, aux 2° et 3°, le mot : « Le » est remplacé par le mot : « Un » ;"}},
		{name: "two lists: refused", arts: parts, text: []string{ctx, "1° Le 2° du I et le 1° du II deviennent respectivement le 3° du I et le 2° du II et, aux mêmes 3° et 2°, le mot : « Le » est remplacé par le mot : « Un » ;"}},
	})
}
