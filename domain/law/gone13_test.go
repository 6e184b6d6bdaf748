package law

import (
	"errors"
	"strings"
	"testing"
)

// TestGone13BesideRepealedAlone: "Après l'article L. 4, il est inséré
// un article L. 4-1" after an instruction of the same text repealed
// L. 4 alone ("L'article L. 4 est abrogé", "Les articles L. 3 et L. 4
// sont abrogés", "Les articles L. 3 à L. 4 sont abrogés"): a repealed
// article keeps its place in the code's order, and the new one takes
// the place it left — the division the corpus given filed L. 4 in
// (section 2), as "Avant l'article L. 4". Refused still (errGoneInBill):
// L. 4 gone with its section, or its section repealed or renumbered
// since, or re-established and then gone with its section.
func TestGone13BesideRepealedAlone(t *testing.T) {
	const sec2 = "livre-ier/titre-ier/chapitre-ier/section-2"
	after := func(verb string) string {
		return "Après l'article L. 4 du code civil, il est " + verb + " un article L. 4-1 ainsi rédigé :\n« Art. L. 4-1. – Le tribunal statue. »"
	}
	insert := after("inséré")
	repeal := "L'article L. 4 du code civil est abrogé."
	before := "Avant l'article L. 4 du code civil, il est inséré un article L. 3-1 ainsi rédigé :\n« Art. L. 3-1. – Le tribunal statue. »"
	section := "La section 2 du chapitre Ier du titre Ier du livre Ier du code civil est abrogée."
	for _, c := range []struct {
		name string
		arts []string
		want map[string]string // new article: its folders; nil refused
	}{
		{"repealed", []string{repeal, insert}, map[string]string{"l4-1": sec2}},
		{"repealed, same bill article", []string{"Le code civil est ainsi modifié :\n1° L'article L. 4 est abrogé ;\n2° Après l'article L. 4, il est inséré un article L. 4-1 ainsi rédigé :\n« Art. L. 4-1. – Le tribunal statue. »"}, map[string]string{"l4-1": sec2}},
		{"two repealed", []string{"Les articles L. 3 et L. 4 du code civil sont abrogés.", insert}, map[string]string{"l4-1": sec2}},
		{"range repealed", []string{"Les articles L. 3 à L. 4 du code civil sont abrogés.", insert}, map[string]string{"l4-1": sec2}},
		{"before", []string{repeal, before}, map[string]string{"l3-1": sec2}},
		{"two inserted", []string{repeal, "Après l'article L. 4 du code civil, sont insérés deux articles L. 4-1 et L. 4-2 ainsi rédigés :\n« Art. L. 4-1. – Le tribunal statue. »\n« Art. L. 4-2. – Le juge tranche. »"}, map[string]string{"l4-1": sec2, "l4-2": sec2}},
		{"another re-established", []string{repeal, after("rétabli")}, map[string]string{"l4-1": sec2}},
		{"chapter", []string{"L'article L. 5 du code civil est abrogé.", "Après l'article L. 5 du code civil, il est inséré un article L. 5-1 ainsi rédigé :\n« Art. L. 5-1. – Le tribunal statue. »"}, map[string]string{"l5-1": "livre-ier/titre-ier/chapitre-ii"}},
		{"section repealed", []string{section, insert}, nil},
		{"repealed, then its section", []string{repeal, section, insert}, nil},
		{"both repealed, then their section", []string{"Les articles L. 3 et L. 4 du code civil sont abrogés.", section, insert}, nil},
		{"repealed, then its section renumbered", []string{repeal, "La section 2 du chapitre Ier du titre Ier du livre Ier du code civil devient la section 3.", insert}, nil},
		{"re-established, then its section repealed", []string{repeal, "L'article L. 4 du code civil est ainsi rétabli :\n« Art. L. 4. – Le greffier tranche. »", section, insert}, nil},
		{"renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", insert}, nil},
		{"before, renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", before}, nil},
		{"before, section repealed", []string{section, before}, nil},
	} {
		out, _, errs := c11Apply(t, c.arts...)
		if c.want == nil {
			var g errGoneInBill
			_, ok := out[CodeRef{Code: "code civil", Article: "l4-1"}]
			if _, b := out[CodeRef{Code: "code civil", Article: "l3-1"}]; b {
				ok = true
			}
			if ok || len(errs) == 0 || !errors.As(errs[len(errs)-1].Err, &g) || !g.anchor {
				t.Errorf("%s: new article made %v, errors %v, want refused (place not said)", c.name, ok, errs)
			}
			continue
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %v", c.name, errs)
		}
		for k, d := range c.want {
			a, ok := out[CodeRef{Code: "code civil", Article: ArticleKey(k)}]
			if !ok || strings.Join(a.Division, "/") != d {
				t.Errorf("%s: %s made %v in %q, want in %s", c.name, k, ok, a.Division, d)
			}
		}
	}
}
