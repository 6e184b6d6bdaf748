package law

import (
	"strings"
	"testing"
)

// composeEveryOrder composes ams on a in every order and wants each
// amendment's outcome (applied) and the article left (want) the same in
// all of them.
func composeEveryOrder(t *testing.T, a Article, ams []Dispositif, applied []bool, want []string) {
	t.Helper()
	for _, p := range metaOrders(len(ams)) {
		ds := make([]Dispositif, len(p))
		for k, i := range p {
			ds[k] = ams[i]
		}
		got, rs := ComposeNumbered(a, ds)
		for k, i := range p {
			if rs[k].Applied != applied[i] {
				t.Errorf("order %v: amendment %s applied %v, want %v: %q", p, ams[i].Number, rs[k].Applied, applied[i], rs[k].Unparsed)
			}
		}
		if strings.Join(got.Alineas, "\n") != strings.Join(want, "\n") {
			t.Errorf("order %v: got %q, want %q", p, got.Alineas, want)
		}
	}
}

// TestMetaOrderSubAmendmentsAsTabled: the alinéas a sub-amendment names
// in its amendment ("Amendement n° 10, alinéa 4") are counted on the
// amendment as tabled, as an amendment's are on the article: another
// sub-amendment inserting an alinéa into it before does not move them.
// Before, the second sub-amendment counted on the amendment as the first
// left it and rewrote the wrong alinéa (the one before its own) when the
// insertion came first; now the result is the same in every order.
func TestMetaOrderSubAmendmentsAsTabled(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"Le maire signe le contrat."}}
	parent := Dispositif{Number: "10", Text: "Rédiger ainsi cet article :\n« I. – Le maire signe le contrat.\n« II. – Le préfet date le contrat.\n« III. – Le juge lit le contrat. »"}
	insert := Dispositif{Number: "12", Text: "Amendement n° 10, après l'alinéa 2\nInsérer un alinéa ainsi rédigé :\n« I bis. – Le greffier note le contrat. »"}
	rewrite := Dispositif{Number: "14", Text: "Amendement n° 10, alinéa 3\nRédiger ainsi cet alinéa :\n« II. – Le préfet vise le contrat. »"}
	composeEveryOrder(t, a, []Dispositif{parent, insert, rewrite}, []bool{true, true, true}, []string{
		"I. – Le maire signe le contrat.",
		"I bis. – Le greffier note le contrat.",
		"II. – Le préfet vise le contrat.",
		"III. – Le juge lit le contrat.",
	})
	// A sub-amendment naming the alinéa another one deleted is refused,
	// as an amendment's is (deleting the alinéa another rewrote deletes
	// it: the order matters there).
	del := Dispositif{Number: "16", Text: "Amendement n° 10, alinéa 3\nSupprimer cet alinéa."}
	if _, rs := ComposeNumbered(a, []Dispositif{parent, del, rewrite}); !rs[1].Applied || rs[2].Applied {
		t.Errorf("delete, then rewrite alinéa 3 of amendment 10: %v %v, want applied, refused", rs[1].Applied, rs[2].Applied)
	}
}

// TestMetaOrderDifferentPlaces: amendments editing different places of
// an article, alinéas named by their number as tabled, give the same
// article in every order: "À l'alinéa 3, supprimer le mot : « A »" after
// or before "Après l'alinéa 2, insérer un alinéa" (the insertion does not
// renumber what the other names), "Supprimer l'alinéa 1" (nor does the
// deletion), "Rédiger ainsi l'alinéa 4" and "Compléter l'alinéa 2 par les
// mots". (The relation TestMetaOrderDevSets checks on the development
// set; it held before.)
func TestMetaOrderDifferentPlaces(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{
		"Le maire signe le contrat.",
		"Le préfet date le contrat.",
		"Le juge lit le contrat original.",
		"Le greffier range le contrat.",
	}}
	ams := []Dispositif{
		{Number: "1", Text: "À l'alinéa 3, supprimer le mot : « original »."},
		{Number: "2", Text: "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« Le notaire vise le contrat. »"},
		{Number: "3", Text: "Supprimer l'alinéa 1."},
		{Number: "4", Text: "Rédiger ainsi l'alinéa 4 :\n« Le greffier conserve le contrat. »"},
		{Number: "5", Text: "Compléter l'alinéa 2 par les mots : « et le signe »."},
	}
	composeEveryOrder(t, a, ams, []bool{true, true, true, true, true}, []string{
		"Le préfet date le contrat et le signe.",
		"Le notaire vise le contrat.",
		"Le juge lit le contrat.",
		"Le greffier conserve le contrat.",
	})
}

// TestMetaOrderSamePlace: amendments editing the same place depend on
// their order, as the sitting adopts them, and the engine follows it or
// refuses — never a misreading: two insertions after the same alinéa come
// in the order adopted; an amendment replacing the words another inserts
// after is refused after it ("words not found") and applied before it;
// an edit of an alinéa another deleted is refused after the deletion.
func TestMetaOrderSamePlace(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"Le maire signe le contrat.", "Le préfet date le contrat."}}
	x := Dispositif{Number: "1", Text: "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n« Le juge lit le contrat. »"}
	y := Dispositif{Number: "2", Text: "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n« Le greffier range le contrat. »"}
	got, _ := ComposeNumbered(a, []Dispositif{x, y})
	if got.Alineas[1] != "Le juge lit le contrat." || got.Alineas[2] != "Le greffier range le contrat." {
		t.Errorf("x, y: %q", got.Alineas)
	}
	got, _ = ComposeNumbered(a, []Dispositif{y, x})
	if got.Alineas[1] != "Le greffier range le contrat." || got.Alineas[2] != "Le juge lit le contrat." {
		t.Errorf("y, x: %q", got.Alineas)
	}
	repl := Dispositif{Number: "3", Text: "À l'alinéa 1, substituer aux mots : « signe le » les mots : « paraphe le »."}
	after := Dispositif{Number: "4", Text: "À l'alinéa 1, après le mot : « signe », insérer les mots : « et date »."}
	if _, rs := ComposeNumbered(a, []Dispositif{repl, after}); !rs[0].Applied || rs[1].Applied {
		t.Errorf("replace, then insert after the replaced word: %v %v, want applied, refused", rs[0].Applied, rs[1].Applied)
	}
	del := Dispositif{Number: "5", Text: "Supprimer l'alinéa 2."}
	edit := Dispositif{Number: "6", Text: "À l'alinéa 2, substituer au mot : « date » le mot : « vise »."}
	if _, rs := ComposeNumbered(a, []Dispositif{del, edit}); !rs[0].Applied || rs[1].Applied {
		t.Errorf("delete, then edit the deleted alinéa: %v %v, want applied, refused", rs[0].Applied, rs[1].Applied)
	}
}
