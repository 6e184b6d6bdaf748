package law

import (
	"errors"
	"strings"
	"testing"
)

// TestGone12NamedAfterGone: an instruction naming an article an earlier
// instruction of the same text repealed or renumbered away ("1°
// L'article L. 4 est abrogé ; 2° Le premier alinéa de l'article L. 4
// est supprimé") is refused as such (errGoneInBill), not as an article
// "not in the corpus" (the law in force not supplied): the corpus given
// held it. An article the corpus never held stays "missing".
func TestGone12NamedAfterGone(t *testing.T) {
	head := "Le code civil est ainsi modifié :\n"
	for _, c := range []struct {
		name string
		arts []string
		ref  string
		want string // the reason; "" missing
	}{
		{"repealed, same bill article", []string{head + "1° L'article L. 4 est abrogé ;\n2° Le premier alinéa de l'article L. 4 est supprimé."}, "l4", "article l4 repealed earlier in this text"},
		{"repealed, later bill article", []string{"L'article L. 4 du code civil est abrogé.", "Le premier alinéa de l'article L. 4 du code civil est supprimé."}, "l4", "article l4 repealed earlier in this text"},
		{"repealed twice", []string{"L'article L. 4 du code civil est abrogé.", "L'article L. 4 du code civil est abrogé."}, "l4", "article l4 repealed earlier in this text"},
		{"renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", "Le premier alinéa de l'article L. 4 du code civil est supprimé."}, "l4", "article l4 renumbered l6 earlier in this text"},
		{"renumbered, then repealed", []string{"L'article L. 4 du code civil devient l'article L. 6.", "L'article L. 4 du code civil est abrogé."}, "l4", "article l4 renumbered l6 earlier in this text"},
		{"section repealed", []string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil est abrogée.", "Le premier alinéa de l'article L. 3 du code civil est supprimé."}, "l3", "article l3 repealed earlier in this text"},
		{"never held", []string{"Le premier alinéa de l'article L. 9 du code civil est supprimé."}, "l9", ""},
	} {
		_, _, errs := c11Apply(t, c.arts...)
		if len(errs) != 1 {
			t.Errorf("%s: errors %v, want one", c.name, errs)
			continue
		}
		e := errs[0]
		var g errGoneInBill
		if e.Ref.Article != c.ref || e.Missing != (c.want == "") || errors.As(e, &g) != (c.want != "") || (c.want != "" && e.Reason != c.want) {
			t.Errorf("%s: %s missing %v %q, want %q", c.name, e.Ref.Article, e.Missing, e.Reason, c.want)
		}
	}
}

// TestGone12AnchorGone: "Après l'article L. 4, il est inséré un article
// L. 4-1 …" after an earlier instruction made "L'article L. 4 devient
// l'article L. 6": the place L. 4 left or the article now L. 6 is not
// said — refused (it was applied, the new article filed in no
// division). The article re-established first, or one never
// renumbered, is the anchor as before; one repealed alone ("L'article
// L. 4 est abrogé") leaves its place to the new one (gone13: it was
// refused as the renumbered one, its place being the division it had).
func TestGone12AnchorGone(t *testing.T) {
	insert := "Après l'article L. 4 du code civil, il est inséré un article L. 4-1 ainsi rédigé :\n« Art. L. 4-1. – Le tribunal statue. »"
	for _, c := range []struct {
		name string
		arts []string
		want string // the reason; "" applied, filed in section 2
	}{
		{"renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", insert}, "new articles placed beside article l4, renumbered l6 earlier in this text: the place it left or the article under its new number is not said"},
		{"renumbered, same bill article", []string{"Le code civil est ainsi modifié :\n1° L'article L. 4 devient l'article L. 6 ;\n2° " + insert[:1] + strings.Replace(insert[1:], " du code civil", "", 1)}, "new articles placed beside article l4, renumbered l6 earlier in this text: the place it left or the article under its new number is not said"},
		// Repealed alone: no longer refused (gone13, besideGone) — a
		// repealed article keeps its place in the code's order, the new
		// one takes the place it left, in the section 2 it was filed in.
		{"repealed", []string{"L'article L. 4 du code civil est abrogé.", insert}, ""},
		{"untouched", []string{insert}, ""},
		{"re-established", []string{"L'article L. 4 du code civil est abrogé.", "L'article L. 4 du code civil est ainsi rétabli :\n« Art. L. 4. – Le greffier tranche. »", insert}, ""},
	} {
		out, got, errs := c11Apply(t, c.arts...)
		a, ok := out[CodeRef{Code: "code civil", Article: "l4-1"}]
		if c.want == "" {
			if len(errs) > 0 || got["l4-1"] != "Le tribunal statue." || strings.Join(a.Division, "/") != "livre-ier/titre-ier/chapitre-ier/section-2" {
				t.Errorf("%s: L. 4-1 %q in %q (%v), want inserted in section 2", c.name, got["l4-1"], a.Division, errs)
			}
			continue
		}
		var g errGoneInBill
		if ok || len(errs) != 1 || errs[0].Missing || !errors.As(errs[0], &g) || errs[0].Reason != c.want {
			t.Errorf("%s: L. 4-1 made %v, errors %v, want %q", c.name, ok, errs, c.want)
		}
	}
}
