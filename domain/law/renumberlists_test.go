package law

import (
	"sort"
	"strings"
	"testing"
)

// TestGrammarRenumberArticleLists: "les articles L. 2 et L. 3 deviennent
// respectivement les articles L. 4 et L. 5".
func TestGrammarRenumberArticleLists(t *testing.T) {
	for _, tc := range []struct {
		name string
		text []string
		want string
	}{
		{"deviennent respectivement", []string{"Les articles L. 2 et L. 3 du code civil deviennent respectivement les articles L. 4 et L. 5."}, "l1=Un. l4=Deux. l5=Trois."},
		{"shifting up: L. 3 first", []string{"Les articles L. 2 et L. 3 du code civil deviennent respectivement les articles L. 3 et L. 4."}, "l1=Un. l3=Deux. l4=Trois."},
		{"three, with commas", []string{"Les articles L. 1, L. 2 et L. 3 du code civil deviennent respectivement les articles L. 11, L. 12 et L. 13."}, "l11=Un. l12=Deux. l13=Trois."},
		{"lists that do not count alike: refused", []string{"Les articles L. 1 et L. 2 du code civil deviennent les articles L. 11, L. 12 et L. 13."}, ""},
		// The new numbers are read as any article number is (articleNumber):
		// every Latin ordinal, letters, "1er".
		{"quinquies in the list after", []string{"Les articles L. 2 et L. 3 du code civil deviennent respectivement les articles L. 1 quinquies et L. 1 sexies."}, "l1 quinquies=Deux. l1 sexies=Trois. l1=Un."},
		{"one article, quinquies", []string{"L'article L. 2 du code civil devient l'article L. 1 quinquies."}, "l1 quinquies=Deux. l1=Un. l3=Trois."},
		{"one article, letters", []string{"L'article L. 2 du code civil devient l'article L. 1 A."}, "l1 a=Deux. l1=Un. l3=Trois."},
		{"a cycle: refused", []string{"Les articles L. 2 et L. 3 du code civil deviennent respectivement les articles L. 3 et L. 2."}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			for h, a := range map[string]string{"L1": "Un.", "L2": "Deux.", "L3": "Trois."} {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{a}}
			}
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
			if tc.want == "" {
				for _, in := range ins {
					if in.Status == Parsed {
						t.Fatalf("parsed, want refused: %+v", in.Edits)
					}
				}
				return
			}
			got, errs := Apply(c, ins, ApplyOptions{})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			var keys []string
			for r, a := range got {
				keys = append(keys, string(r.Article)+"="+strings.Join(a.Alineas, "|"))
			}
			sort.Strings(keys)
			if g := strings.Join(keys, " "); g != tc.want {
				t.Errorf("got %s, want %s", g, tc.want)
			}
		})
	}
}
