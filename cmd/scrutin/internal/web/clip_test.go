package web

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/projections"
)

func TestClipTitle(t *testing.T) {
	for _, c := range []struct {
		max     int
		in, out string
	}{
		{20, "Projet de loi court", "Projet de loi court"},
		{20, "Projet de loi relatif aux ports, et à la mer", "Projet de loi…"},
		{24, "Projet de loi relatif, aux ports", "Projet de loi relatif…"},
		{10, "Anticonstitutionnellement dit", "Anticonstitutionnellement dit"}, // no word ends in reach: kept whole
		{12, "Loi à été é été", "Loi à été é…"},
	} {
		if got := clipTitle(c.max, c.in); got != c.out {
			t.Errorf("clipTitle(%d, %q) = %q, want %q", c.max, c.in, got, c.out)
		}
	}
}

// An article the site does not hold is named as people write it, not by
// its search key ("l331-5 (code de la propriete intellectuelle)").
func TestArticleName(t *testing.T) {
	for _, c := range []struct {
		code, article, want string
	}{
		{"code de la propriete intellectuelle", "l331-5", "Article L331-5 (Code de la propriété intellectuelle)"},
		{"code general des impots", "39 bis a", "Article 39 bis A (Code général des impôts)"},
		{"code de l education", "lo12", "Article LO12 (Code de l'éducation)"},
		{"loi 2004 575", "6", "Article 6 (loi n° 2004-575)"},
		{"loi 86 1067", "1", "Article 1er (loi n° 86-1067)"},
		{"ordonnance n 2000 1", "3", "Article 3 (ordonnance n° 2000-1)"},
		{"loi 96 299", "", "Loi n° 96-299"},
		{"loi du 29 juillet 1881", "24", "Article 24 (Loi du 29 juillet 1881)"},
		{"code general des impots", "1649 quater-0 b bis", "Article 1649 quater-0 B bis (Code général des impôts)"},
		{"code general des impots", "72 d aa", "Article 72 D AA (Code général des impôts)"},
	} {
		if got := articleName("fr", projections.ArticleName{Code: c.code, Article: c.article}); got != c.want {
			t.Errorf("%q %q: %q, want %q", c.code, c.article, got, c.want)
		}
	}
}

// TestArticleLabel: a bill's article numbers take the same capitals as a
// code's (numberCapitals): one or two letters after the number, never a
// Latin adverb, whatever case the source gave.
func TestArticleLabel(t *testing.T) {
	for in, want := range map[string]string{
		"1er a": "1er A", "2 bis aa": "2 bis AA", "10 bis A": "10 bis A",
		"7 quater": "7 quater", "3": "3", "1er  b": "1er B", "4 ter-1": "4 ter-1",
	} {
		if got := articleLabel(in); got != want {
			t.Errorf("articleLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestColonByLanguage: a label's colon as each language writes it — in
// French after a no-break space (a plain space let it start a line alone
// on a phone), in English tight (the English pages read "Bill id : ").
func TestColonByLanguage(t *testing.T) {
	srv, _ := billServer(t)
	if _, body := get(t, srv.URL+"/textes/pjl07-405"); !strings.Contains(body, "Identifiant du texte\u00a0: <code>") {
		t.Error("French: no no-break space before the colon")
	}
	if _, body := get(t, srv.URL+"/textes/pjl07-405?lang=en"); !strings.Contains(body, "Bill id: <code>") || strings.Contains(body, "Bill id : ") {
		t.Error("English: the colon is not tight")
	}
}

// TestRenderErrorIs500: a page whose template fails is a 500 with a
// message, never the half page written before the error under a 200 (an
// article additionnel's text broke the law-with-amendments page so, and
// the tests read the 200).
func TestRenderErrorIs500(t *testing.T) {
	site, err := New(Config{Bills: projections.NewBills()})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	site.render(rec, httptest.NewRequest("GET", "/x", nil), 200, "no-such-page.html", "error.generic", nil)
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "<html") || !strings.Contains(rec.Body.String(), "La page n'a pas pu être construite") {
		t.Fatalf("%d %q", rec.Code, rec.Body.String())
	}
}
