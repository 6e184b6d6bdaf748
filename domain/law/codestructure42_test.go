package law

import (
	"strings"
	"testing"
)

// TestCode5RewrittenArticleHeading: "L'article L. 1 est ainsi rédigé :"
// then a text headed "Art. L. 1-1. – …" names another article: which the
// law makes is not said, refused (L. 1 took L. 1-1's text); the text of
// the article itself ("Art. L. 1. – …", "Art. 1er. – …" for article 1,
// "Art. 302 bis ZA. – …") is read.
func TestCode5RewrittenArticleHeading(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "another article's heading", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1-1. – Nouveau. »"}},
		{name: "its own heading", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Nouveau. »"}, want: []string{"Nouveau."}},
		{name: "no heading", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Nouveau. »"}, want: []string{"Nouveau."}},
	})
	for _, tc := range []struct {
		code, heading, to string
		text              []string
	}{
		{"loi 2000 321", "1", "1", []string{"L'article 1er de la loi n° 2000-321 du 12 avril 2000 est ainsi rédigé :", "« Art. 1er. – Nouveau. »"}},
		{"code general des impots", "302 bis ZA", "302 bis ZA", []string{"L'article 302 bis ZA du code général des impôts est ainsi rédigé :", "« Art. 302 bis ZA. – Nouveau. »"}},
	} {
		ref := CodeRef{Code: tc.code, Article: ArticleKey(tc.heading)}
		c := Corpus{ref: {Ref: ref, Heading: tc.heading, Alineas: []string{"Ancien."}}}
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: tc.text}}), ApplyOptions{})
		to := CodeRef{Code: tc.code, Article: ArticleKey(tc.to)}
		if g := strings.Join(got[to].Alineas, "|"); g != "Nouveau." || len(errs) > 0 {
			t.Errorf("%s: got %q (%v)", tc.text[0], g, errs)
		}
	}
}
