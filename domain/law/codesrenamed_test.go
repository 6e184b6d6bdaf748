package law

import "testing"

// TestCodesRenamed: a code renamed with its articles' numbers kept is
// the same code under either name — "l'article L. 1 du code rural" in a
// law passed before 2010 edits the article Légifrance files under the
// code rural et de la pêche maritime (it was out of sample); a code
// whose name only begins so ("code rural ancien") is another code.
func TestCodesRenamed(t *testing.T) {
	now := "code rural et de la peche maritime|L1"
	runLaw3(t, []law3Case{
		{name: "former name", arts: map[string][]string{now: {"Le mot a."}},
			text: []string{"L'article L. 1 du code rural est ainsi rédigé :", "« Art. L. 1. – Le mot b. »"},
			want: map[string][]string{now: {"Le mot b."}}},
		{name: "former name as the head", arts: map[string][]string{now: {"Le mot a.", "Autre."}},
			text: []string{"Le code rural est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « a » est remplacé par le mot : « b » ;", "2° Le dernier alinéa du même article est supprimé."},
			want: map[string][]string{now: {"Le mot b."}}},
		{name: "both names in one bill article are one code", arts: map[string][]string{now: {"Le mot a."}, "code rural et de la peche maritime|L2": {"Le mot c."}},
			text: []string{"I. – À l'article L. 1 du code rural, le mot : « a » est remplacé par le mot : « b ».", "II. – À l'article L. 2 du code rural et de la pêche maritime, le mot : « c » est remplacé par le mot : « d ».", "III. – L'article L. 2 précité est complété par les mots : « e »."},
			want: map[string][]string{now: {"Le mot b."}, "code rural et de la peche maritime|L2": {"Le mot d e."}}},
	})
	for in, want := range map[string]string{
		"code rural":                          "code rural et de la peche maritime",
		"Code rural et de la pêche maritime":  "code rural et de la peche maritime",
		"code-rural-et-de-la-peche-maritime":  "code rural et de la peche maritime",
		"Code rural (ancien)":                 "code rural ancien",
		"code de la propriété intellectuelle": "code de la propriete intellectuelle",
	} {
		if got := codeOf(in); got != want {
			t.Errorf("codeOf(%q) = %q, want %q", in, got, want)
		}
	}
}
