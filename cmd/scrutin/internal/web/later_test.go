package web

import (
	"html"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/domain/law"
	"github.com/scrutin/scrutin/projections"
)

// TestLawLaterRendered: the law page shows the changes a bill defers to
// a day, under that day written as each language writes it, with the
// bill's words and the article the day before and that day.
func TestLawLaterRendered(t *testing.T) {
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	ops := law.DiffWords("Le maire lit.", "Le juge lit.")
	d := lawData{Law: projections.LawComparison{Stage: "s", Later: []projections.LawOnDay{{
		Day:          "2030-01-01",
		Instructions: []projections.RawInstruction{{Article: "1er", Text: "III. – À compter du 1er janvier 2030, à l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}},
		Articles:     []projections.LawArticle{{Code: "code civil", Article: "l1", Heading: "L1", Status: "modified", Before: []string{"Le maire lit."}, After: []string{"Le juge lit."}, Ops: ops}},
	}}}}
	for lang, want := range map[string][]string{
		"fr": {"Modifications qui prennent effet plus tard", "À partir du 1er janvier 2030", "Ce que dit le texte", "La veille", "Ce jour-là", "À compter du 1er janvier 2030, à l'article L. 1", "juge"},
		"en": {"Changes that take effect later", "From 1 January 2030", "The day before", "That day"},
	} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/textes/b/loi?lang="+lang, nil)
		s.render(w, r, 200, "bill_law.html", "law.title", d)
		body := html.UnescapeString(w.Body.String())
		for _, x := range want {
			if !strings.Contains(body, x) {
				t.Errorf("%s: %q missing", lang, x)
			}
		}
	}
	if got := calendarDay("fr", "2030-03-15"); got != "15 mars 2030" {
		t.Errorf("%q", got)
	}
	if got := calendarDay("fr", "2030-08-01"); got != "1er août 2030" {
		t.Errorf("%q", got)
	}
	if got := calendarDay("fr", "bad"); got != "bad" {
		t.Errorf("%q", got)
	}
}
