package projections

import (
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// TestPending10AmendedLawSameCode: the law with chosen amendments, an
// amendment deleting article 2 (on the code civil) of a bill whose
// article 3 repeals "l'article L. 2 du même code" and whose article 1er
// is on the code de commerce. The code de commerce's L. 2 was repealed
// (article 3 read after article 1er); now article 3 is not understood
// ("Non lue"), and no code article but the code de commerce's L. 1
// changes.
func TestPending10AmendedLawSameCode(t *testing.T) {
	b := NewBills()
	bill := domain.BillID("ppl-9")
	t0 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, ev := range []domain.Event{
		&domain.BillIntroduced{Bill: bill, Type: domain.BillProposition, Title: "Proposition de loi d'essai"},
		&domain.StageTabled{Bill: bill, Stage: "depot", Label: "Texte déposé", HasText: true, Articles: 3, Date: t0},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{"L'article L. 1 du code de commerce est abrogé."}},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 1, Number: "2", Part: 1, Parts: 1, Alineas: []string{"L'article L. 1 du code civil est abrogé."}},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 2, Number: "3", Part: 1, Parts: 1, Alineas: []string{"L'article L. 2 du même code est abrogé."}},
		&domain.AmendmentTabled{Bill: bill, Stage: "depot", Amendment: "A1", Number: "1", Article: "2", Subject: "Article 2", Tabled: t0, Part: 1, Parts: 1, Dispositif: "Supprimer cet article."},
		&domain.CodeArticleRecorded{Code: "code de commerce", Article: "l1", Heading: "L1", Part: 1, Parts: 1, Alineas: []string{"Le commerçant tient registre."}},
		&domain.CodeArticleRecorded{Code: "code de commerce", Article: "l2", Heading: "L2", Part: 1, Parts: 1, Alineas: []string{"Le registre est public."}},
		&domain.CodeArticleRecorded{Code: "code civil", Article: "l1", Heading: "L1", Part: 1, Parts: 1, Alineas: []string{"Le délai est de trois jours."}},
		&domain.CodeArticleRecorded{Code: "code civil", Article: "l2", Heading: "L2", Part: 1, Parts: 1, Alineas: []string{"Le juge statue."}},
	} {
		if err := b.Apply(uint64(i), domain.Envelope{Event: ev}); err != nil {
			t.Fatal(err)
		}
	}
	// As tabled: the code de commerce's L. 1, the code civil's L. 1 and L. 2.
	if l, _ := b.Law(bill, "depot"); len(l.Articles) != 3 {
		t.Fatalf("as tabled: %+v", l.Articles)
	}
	v, _, err := b.AmendedLaw(bill, []string{"A1"}, false)
	if err != nil || len(v.Amendments) != 1 || v.Amendments[0].Status != "applied" {
		t.Fatal(err, v.Amendments)
	}
	if len(v.Articles) != 1 || !strings.Contains(v.Articles[0].Code, "commerce") || v.Articles[0].Article != "l1" {
		t.Fatalf("code articles changed: %+v", v.Articles)
	}
	if len(v.Unparsed) != 1 || v.Unparsed[0].Article != "3" {
		t.Fatalf("article 3 not reported: %+v", v.Unparsed)
	}
}
