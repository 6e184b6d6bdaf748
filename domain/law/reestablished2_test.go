package law

import "testing"

// TestGrammarReestablishedAndReplacedByArticles: articles and items
// re-established, and an article replaced by several.
func TestGrammarReestablishedAndReplacedByArticles(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "l'article est ainsi rétabli", before: []string{"(Abrogé)"}, text: []string{"L'article L. 1 du code civil est ainsi rétabli :", "« Art. L. 1. – Le maire agit. »"}, want: []string{"Le maire agit."}},
		{name: "le 3° est ainsi rétabli", before: []string{"1° A ;", "2° B ;", "3° (Abrogé) ;", "4° D."}, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rétabli :", "« 3° C ; »"}, want: []string{"1° A ;", "2° B ;", "3° C ;", "4° D."}},
		{name: "après le 2°, il est rétabli un 3°", before: []string{"1° A ;", "2° B."}, text: []string{"Après le 2° de l'article L. 1 du code civil, il est rétabli un 3° ainsi rédigé :", "« 3° C. »"}, want: []string{"1° A ;", "2° B ;", "3° C."}},
		{name: "ainsi rédigé with its Art. heading and I, II", before: []string{"A.", "B."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – I. – X.", "« II. – Y. »"}, want: []string{"I. – X.", "II. – Y."}},
		{name: "remplacé par deux articles L. 1 et L. 1-1: L. 1 takes its own", before: []string{"A."}, text: []string{"L'article L. 1 du code civil est remplacé par deux articles L. 1 et L. 1-1 ainsi rédigés :", "« Art. L. 1. – X.", "« Art. L. 1-1. – Y. »"}, want: []string{"X."}},
	})
}

// TestArticleReplacedByArticles: "L'article L. 1 est remplacé par deux
// articles … ainsi rédigés": each new article takes its block; the old
// one goes unless it is among them.
func TestArticleReplacedByArticles(t *testing.T) {
	c := Corpus{}
	ref := CodeRef{Code: "code civil", Article: "l1"}
	c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: []string{"A."}}
	for _, tc := range []struct {
		text []string
		want map[string]string
	}{
		{[]string{"L'article L. 1 du code civil est remplacé par deux articles L. 1 et L. 1-1 ainsi rédigés :", "« Art. L. 1. – X.", "« Art. L. 1-1. – Y. »"}, map[string]string{"l1": "X.", "l1-1": "Y."}},
		{[]string{"L'article L. 1 du code civil est remplacé par deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – X.", "« Art. L. 1-2. – Y. »"}, map[string]string{"l1-1": "X.", "l1-2": "Y."}},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("%v", errs)
		}
		n := 0
		for r, a := range got {
			n++
			if w, ok := tc.want[r.Article]; !ok || len(a.Alineas) != 1 || a.Alineas[0] != w {
				t.Errorf("%s: %q", r.Article, a.Alineas)
			}
		}
		if n != len(tc.want) {
			t.Errorf("got %d articles, want %d", n, len(tc.want))
		}
	}
}
