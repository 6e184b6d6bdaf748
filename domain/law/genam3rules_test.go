package law

import (
	"slices"
	"testing"
)

// TestGenAm3OthersFallAfterWholeRewrite: once an amendment deleting the
// article ("Supprimer cet article.") or rewriting it whole ("Rédiger
// ainsi cet article :") is adopted, the other amendments on the article
// fall — they were tabled on the text it replaced (composed before it,
// they apply and its text stands). Before, "Compléter cet article par un
// alinéa" re-created a deleted article, and "Après le mot : « juge »,
// insérer …" found its word in the new text and edited it. The same
// rewrite in other typography (identical amendments adopted jointly:
// "« … »" and unquoted) still applies.
func TestGenAm3OthersFallAfterWholeRewrite(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"Le maire signe le contrat.", "Le juge lit le contrat."}}
	del := Dispositif{Number: "1", Text: "Supprimer cet article."}
	rew := Dispositif{Number: "2", Text: "Rédiger ainsi cet article :\n« Le juge dit. »"}
	for _, c := range []struct {
		name   string
		ds     []Dispositif
		ok     []bool
		want   []string
		delete bool
	}{
		{"complete a deleted article", []Dispositif{del, {Number: "3", Text: "Compléter cet article par un alinéa ainsi rédigé :\n« Le greffier note. »"}}, []bool{true, false}, nil, true},
		{"rewrite a deleted article", []Dispositif{del, rew}, []bool{true, false}, nil, true},
		{"words found in the new text", []Dispositif{rew, {Number: "3", Text: "Après le mot : « juge », insérer le mot : « seul »."}}, []bool{true, false}, []string{"Le juge dit."}, false},
		{"complete a rewritten article", []Dispositif{rew, {Number: "3", Text: "Compléter cet article par un alinéa ainsi rédigé :\n« Le greffier note. »"}}, []bool{true, false}, []string{"Le juge dit."}, false},
		{"delete a rewritten article", []Dispositif{rew, del}, []bool{true, false}, []string{"Le juge dit."}, false},
		{"the edit first", []Dispositif{{Number: "3", Text: "À l'alinéa 2, remplacer le mot : « lit » par le mot : « vise »."}, rew}, []bool{true, true}, []string{"Le juge dit."}, false},
		{"the same rewrite, other typography", []Dispositif{rew, {Number: "3", Text: "Rédiger ainsi cet article :\nLe juge dit."}}, []bool{true, true}, []string{"Le juge dit."}, false},
	} {
		got, rs := ComposeNumbered(a, c.ds)
		for k := range rs {
			if rs[k].Applied != c.ok[k] {
				t.Errorf("%s: amendment %d applied %v, want %v (%q)", c.name, k+1, rs[k].Applied, c.ok[k], rs[k].Unparsed)
			}
		}
		deleted := false
		for _, r := range rs {
			deleted = deleted || (r.Applied && r.Deleted)
		}
		if deleted != c.delete || (!c.delete && !slices.Equal(got.Alineas, c.want)) {
			t.Errorf("%s: got %q (deleted %v), want %q (deleted %v)", c.name, got.Alineas, deleted, c.want, c.delete)
		}
	}
}

// TestGenAm3DivisionAlineaAsTabled: an alinéa named by its rank in a
// division ("au deuxième alinéa du I") is counted in the division as
// tabled when an earlier amendment of the folder gave the division other
// alinéas, as an amendment's "alinéa 3" is counted in the article as
// tabled: the amendments were tabled on the same text. Before, the rank
// was counted as the earlier amendment left the I, and the word was
// deleted from the alinéa it had inserted; now both orders give the same
// article.
func TestGenAm3DivisionAlineaAsTabled(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"I. – Le maire signe.", "Le juge lit le contrat.", "II. – Le préfet date."}}
	ins := Dispositif{Number: "1", Text: "Avant l'alinéa 2, insérer l'alinéa suivant :\n« Le greffier lit la note. »"}
	del := Dispositif{Number: "2", Text: "Au deuxième alinéa du I, supprimer le mot : « lit »."}
	want := []string{"I. – Le maire signe.", "Le greffier lit la note.", "Le juge le contrat.", "II. – Le préfet date."}
	for _, ds := range [][]Dispositif{{ins, del}, {del, ins}} {
		got, rs := ComposeNumbered(a, ds)
		if !rs[0].Applied || !rs[1].Applied || !slices.Equal(got.Alineas, want) {
			t.Errorf("%s then %s: got %q (%v %v), want %q", ds[0].Number, ds[1].Number, got.Alineas, rs[0].Applied, rs[1].Applied, want)
		}
	}
}

// TestGenAm3OthersFallAfterAlineaRewrite: an amendment rewriting an
// alinéa ("Rédiger ainsi l'alinéa 2 : …"), once adopted, leaves the others
// editing that alinéa's text without object (they fall): composed after
// it, "À l'alinéa 2, remplacer le mot : « préfet » …" is refused — it
// replaced the word the new text wrote again; before it, both apply and
// the rewrite stands. An insertion beside the alinéa ("Après l'alinéa 2,
// insérer …") is no edit of its text and applies; the same rewrite in
// other typography too.
func TestGenAm3OthersFallAfterAlineaRewrite(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"Le maire signe.", "Le préfet date le contrat.", "Le juge lit."}}
	rew := Dispositif{Number: "1", Text: "Rédiger ainsi l'alinéa 2 :\n« Le préfet vise le contrat. »"}
	for _, c := range []struct {
		name string
		ds   []Dispositif
		ok   []bool
		want []string
	}{
		{"words after", []Dispositif{rew, {Number: "2", Text: "À l'alinéa 2, remplacer le mot : « préfet » par le mot : « maire »."}}, []bool{true, false}, []string{"Le maire signe.", "Le préfet vise le contrat.", "Le juge lit."}},
		{"words before", []Dispositif{{Number: "2", Text: "À l'alinéa 2, remplacer le mot : « préfet » par le mot : « maire »."}, rew}, []bool{true, true}, []string{"Le maire signe.", "Le préfet vise le contrat.", "Le juge lit."}},
		{"deletion after", []Dispositif{rew, {Number: "2", Text: "Supprimer l'alinéa 2."}}, []bool{true, false}, []string{"Le maire signe.", "Le préfet vise le contrat.", "Le juge lit."}},
		{"insertion beside", []Dispositif{rew, {Number: "2", Text: "Après l'alinéa 2, insérer l'alinéa suivant :\n« Le greffier note. »"}}, []bool{true, true}, []string{"Le maire signe.", "Le préfet vise le contrat.", "Le greffier note.", "Le juge lit."}},
		{"same rewrite", []Dispositif{rew, {Number: "2", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet vise le contrat."}}, []bool{true, true}, []string{"Le maire signe.", "Le préfet vise le contrat.", "Le juge lit."}},
	} {
		got, rs := ComposeNumbered(a, c.ds)
		for k := range rs {
			if rs[k].Applied != c.ok[k] {
				t.Errorf("%s: amendment %d applied %v, want %v (%q)", c.name, k+1, rs[k].Applied, c.ok[k], rs[k].Unparsed)
			}
		}
		if !slices.Equal(got.Alineas, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got.Alineas, c.want)
		}
	}
}
