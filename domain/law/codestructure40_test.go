package law

import (
	"strings"
	"testing"
)

// code5NewArticles parses one bill article and returns the articles its
// single create-articles edit creates, failing the test otherwise.
func code5NewArticles(t *testing.T, text []string) []CodeArticle {
	t.Helper()
	ins := ParseInstructions([]Article{{Number: "1", Alineas: text}})
	if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || ins[0].Edits[0].Kind != EditCreateArticles {
		t.Fatalf("%q: %+v", text[0], ins)
	}
	return ins[0].Edits[0].NewArticles
}

// TestCode5ArticleFirstHeading: a law's first article is "article 1er",
// and the text creating it opens with "Art. 1er. – " (the ordinal "er"
// is the number's): the heading was not read ("no Art. … in the new
// text").
func TestCode5ArticleFirstHeading(t *testing.T) {
	for _, tc := range []struct{ head, line, art string }{
		{"Avant l'article 2 de la loi n° 2000-321 du 12 avril 2000, il est rétabli un article 1er ainsi rédigé :", "« Art. 1er. – Le contrat est écrit. »", "1"},
		{"Avant l'article 2 de la loi n° 2000-321 du 12 avril 2000, il est inséré un article 1er A ainsi rédigé :", "« Art. 1er A. – Le contrat est écrit. »", "1 a"},
		{"Avant l'article 2 de la loi n° 2000-321 du 12 avril 2000, il est rétabli un article 1er ainsi rédigé :", "« Article 1er. – Le contrat est écrit. »", "1"},
	} {
		arts := code5NewArticles(t, []string{tc.head, tc.line})
		if len(arts) != 1 || arts[0].Ref.Article != tc.art || strings.Join(arts[0].Alineas, "\n") != "Le contrat est écrit." {
			t.Errorf("%s: got %+v, want article %s", tc.line, arts, tc.art)
		}
	}
}
