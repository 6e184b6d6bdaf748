package web

import (
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// TestBillLawFailedEdit: an edit of the bill read but not applied to the
// law in force (the words it replaces are not in the article) is shown on
// the law comparison with the bill's article, the code article it edits,
// why in plain French or English (its class), the instruction as written,
// and the engine's detail marked as English; the same on the law with a
// chosen amendment (one that does not touch the failing edit's words).
func TestBillLawFailedEdit(t *testing.T) {
	b := projections.NewBills()
	bill := domain.BillID("ppl-f")
	t0 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	const ins = "À l'article L. 1 du code civil, le mot : « zèbre » est remplacé par le mot : « cheval »."
	for i, ev := range []domain.Event{
		&domain.BillIntroduced{Bill: bill, Type: domain.BillProposition, Title: "Proposition de loi d'essai"},
		&domain.StageTabled{Bill: bill, Stage: "depot", Label: "Texte déposé", HasText: true, Articles: 1, Date: t0},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 0, Number: "3", Part: 1, Parts: 1, Alineas: []string{ins}},
		&domain.CodeArticleRecorded{Code: "code civil", Article: "l1", Heading: "L1", Part: 1, Parts: 1, Alineas: []string{"Le juge statue."}},
		&domain.AmendmentTabled{Bill: bill, Stage: "depot", Tabled: t0, Part: 1, Parts: 1, Amendment: "A1", Number: "1", Article: "3", Subject: "Article 3",
			Dispositif: "Remplacer le mot : « cheval » par le mot : « chien »."},
	} {
		if err := b.Apply(uint64(i), domain.Envelope{Event: ev}); err != nil {
			t.Fatal(err)
		}
	}
	lc, _ := b.Law(bill, "")
	if len(lc.Failed) != 1 {
		t.Fatalf("failed: %+v", lc.Failed)
	}
	if f := lc.Failed[0]; f.Article != "3" || f.Text != ins || f.Code != "code civil" || f.Target != "l1" || f.Class != "words-not-found" || !strings.Contains(f.Reason, `"zèbre" not found`) {
		t.Errorf("failed edit: %+v", f)
	}
	srv := siteServer(t, b)
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"fr", []string{"Modifications comprises mais non appliquées", "1 modification comprise mais non appliquée, expliquée plus bas.", "Article modifié\u00a0: Article L1 (Code civil)", "Les mots qu&#39;elle vise ne figurent pas dans le texte en vigueur",
			"<blockquote lang=\"fr\">À l&#39;article L. 1 du code civil, le mot : « zèbre »", "Détail technique, en anglais\u00a0: <span lang=\"en\">words &#34;zèbre&#34; not found"}},
		{"en", []string{"Changes understood but not applied", "1 change understood but not applied, explained below.", "Article changed: Article L1 (Code civil)", "The words it targets are not in the law in force"}},
	} {
		for _, path := range []string{"/textes/ppl-f/loi", "/textes/ppl-f/loi-amendee?amendement=A1"} {
			code, body := get(t, srv.URL+path+sep(path)+"lang="+c.lang)
			if code != 200 {
				t.Fatalf("%s %s: status %d", path, c.lang, code)
			}
			for _, w := range c.want {
				if !strings.Contains(body, w) {
					t.Errorf("%s %s: page lacks %q", path, c.lang, w)
				}
			}
		}
	}
}

// sep is the separator before a query parameter added to path.
func sep(path string) string {
	if strings.Contains(path, "?") {
		return "&"
	}
	return "?"
}
