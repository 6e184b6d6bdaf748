package law

import (
	"strings"
	"testing"
)

// TestGrammarNewArticleHeadings: the heading a new article's text opens
// with — "Art. L. 1-1. – " (any dash, tight or spaced), "Article L. 1-1
// –", alone on its line ("Art. L. 1-1." then its text) — names the
// article; the dash of "1-1" is the number's ("Art. L. 1-1." alone was
// read as article L. 1 with the text "1.").
func TestGrammarNewArticleHeadings(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		art   string
		text  []string
	}{
		{[]string{"« Art. L. 1-1. – I. – Le contrat est écrit.", "« II. – Il est daté. »"}, "l1-1", []string{"I. – Le contrat est écrit.", "II. – Il est daté."}},
		{[]string{"« Art. L. 1-1.", "« Le contrat est écrit. »"}, "l1-1", []string{"Le contrat est écrit."}},
		{[]string{"« Article L. 1-1 – Le contrat est écrit. »"}, "l1-1", []string{"Le contrat est écrit."}},
		{[]string{"« Art. L. 1-1.-Le contrat est écrit. »"}, "l1-1", []string{"Le contrat est écrit."}},
		{[]string{"« Art. 1 bis. – Le contrat est écrit. »"}, "1 bis", []string{"Le contrat est écrit."}},
	} {
		al := append([]string{"Après l'article L. 1 du code civil, il est inséré un article ainsi rédigé :"}, tc.lines...)
		ins := ParseInstructions([]Article{{Number: "1", Alineas: al}})
		if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || len(ins[0].Edits[0].NewArticles) != 1 {
			t.Fatalf("%q: %+v", tc.lines, ins)
		}
		a := ins[0].Edits[0].NewArticles[0]
		if a.Ref.Article != tc.art || strings.Join(a.Alineas, "\n") != strings.Join(tc.text, "\n") {
			t.Errorf("%q: got %s %q, want %s %q", tc.lines, a.Ref.Article, a.Alineas, tc.art, tc.text)
		}
	}
}
