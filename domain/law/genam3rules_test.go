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
