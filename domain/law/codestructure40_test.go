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

// TestCode5DivisionTitlesBetweenArticles: the quoted text of new
// divisions gives each division's heading, then its title, then its
// articles; the title is not an alinéa of the article before it ("«
// Section 4 », « Autres dispositions »" ended article L. 9), whether the
// heading has a latin ordinal ("Chapitre IV bis"), an ordinal ("Paragraphe
// 1er") or its title on the same line ("Section 4 : Autres").
func TestCode5DivisionTitlesBetweenArticles(t *testing.T) {
	for _, lines := range [][]string{
		{"« Section 3", "« Dispositions diverses", "« Art. L. 9. – Neuf.", "« Section 4", "« Autres dispositions", "« Art. L. 10. – Dix. »"},
		{"« Section 3 : Dispositions diverses", "« Art. L. 9. – Neuf.", "« Section 4 : Autres", "« Art. L. 10. – Dix. »"},
		{"« Section 3. – Dispositions diverses", "« Art. L. 9. – Neuf.", "« SECTION 4", "« Autres", "« Art. L. 10. – Dix. »"},
		{"« Section 3", "« Dispositions diverses", "« Sous-section 1", "« Principes", "« Art. L. 9. – Neuf.", "« Sous-section 2", "« Exceptions", "« Art. L. 10. – Dix. »"},
		{"« Section 3", "« Dispositions diverses", "« Paragraphe 1er", "« Principes", "« Art. L. 9. – Neuf.", "« Paragraphe 2", "« Exceptions", "« Art. L. 10. – Dix. »"},
		{"« Chapitre IV bis", "« Divers", "« Art. L. 9. – Neuf.", "« Chapitre IV ter", "« Autres", "« Art. L. 10. – Dix. »"},
	} {
		text := append([]string{"Le chapitre Ier du titre Ier du livre Ier du code civil est complété par des sections 3 et 4 ainsi rédigées :"}, lines...)
		arts := code5NewArticles(t, text)
		if len(arts) != 2 || strings.Join(arts[0].Alineas, "|") != "Neuf." || strings.Join(arts[1].Alineas, "|") != "Dix." {
			t.Errorf("%q: got %+v", lines, arts)
		}
	}
}
