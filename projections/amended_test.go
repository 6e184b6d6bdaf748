package projections

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// amendedBills is the test bill with two pending amendments to article 1er
// of stage "depot" and one to stage "seance".
func amendedBills(t *testing.T) *Bills {
	b := newTestBills(t)
	t0 := time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)
	for i, ev := range []domain.Event{
		&domain.AmendmentTabled{Bill: "ppl-1", Stage: "depot", Amendment: "A10", Number: "10", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "À l'alinéa 2, substituer aux mots : « cinq ans » les mots : « sept ans »."},
		&domain.AmendmentTabled{Bill: "ppl-1", Stage: "depot", Amendment: "A9", Number: "9", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "Supprimer les alinéas 3 et 4."},
		&domain.AmendmentTabled{Bill: "ppl-1", Stage: "depot", Amendment: "A11", Number: "11", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "Réécrire le droit d'une manière que nul ne comprend."},
		&domain.AmendmentTabled{Bill: "ppl-1", Stage: "seance", Amendment: "S1", Number: "1", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "Supprimer cet article."},
	} {
		if err := b.Apply(uint64(100+i), domain.Envelope{Event: ev}); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func TestAmendedLaw(t *testing.T) {
	b := amendedBills(t)
	v, ok, err := b.AmendedLaw("ppl-1", []string{"A10", "A9"}, false)
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	if v.Stage != "depot" || len(v.Amendments) != 2 || v.Amendments[0].ID != "A9" || v.Amendments[1].ID != "A10" {
		t.Fatalf("amendments, in number order: %+v", v.Amendments)
	}
	for _, a := range v.Amendments {
		if a.Status != "applied" {
			t.Fatalf("%s: %s %v", a.ID, a.Status, a.Unparsed)
		}
	}
	// A9 deletes the 2° and its quoted alinéa: the bill keeps "2° (Supprimé)".
	if len(v.BillArticles) != 1 || len(v.BillArticles[0].After) != 3 || !strings.Contains(v.BillArticles[0].After[1], "« sept ans »") || v.BillArticles[0].After[2] != "2° (Supprimé)" {
		t.Fatalf("bill article as amended: %+v", v.BillArticles)
	}
	if len(v.Articles) != 1 || strings.Join(v.Articles[0].After, "\n") != "Le délai est de sept ans, et jamais plus." {
		t.Fatalf("law as amended: %+v", v.Articles)
	}
	// Without the amendments, the same stage's text gives the law as tabled.
	plain, _ := b.Law("ppl-1", "depot")
	if strings.Join(plain.Articles[0].After, "\n") == strings.Join(v.Articles[0].After, "\n") {
		t.Fatal("the amendments changed nothing")
	}

	// pending: every undecided amendment; they are on two stages.
	if _, _, err := b.AmendedLaw("ppl-1", nil, true); !errors.Is(err, ErrMixedStages) {
		t.Fatalf("pending on two stages: %v", err)
	}
	if _, _, err := b.AmendedLaw("ppl-1", []string{"nope"}, false); !errors.Is(err, ErrUnknownAmendment) {
		t.Fatalf("unknown amendment: %v", err)
	}
	if _, ok, _ := b.AmendedLaw("nope", nil, false); ok {
		t.Fatal("unknown bill found")
	}
	// One not understood leaves the article as the others left it and is
	// reported raw.
	v, _, err = b.AmendedLaw("ppl-1", []string{"A11", "A10"}, false)
	if err != nil || v.Amendments[1].ID != "A11" || v.Amendments[1].Status != "not-applied" || len(v.Amendments[1].Unparsed) == 0 || v.Amendments[0].Status != "applied" {
		t.Fatalf("%v %+v", err, v.Amendments)
	}
	if r := v.Amendments[1].Refusals; len(r) != len(v.Amendments[1].Unparsed) || r[0].Reason == "" || v.Amendments[0].Refusals != nil {
		t.Fatalf("refusals: %+v", v.Amendments)
	}
	// A deleted article gives no instruction: the law stays as in force.
	v, _, err = b.AmendedLaw("ppl-1", []string{"S1"}, false)
	if err != nil || v.Stage != "seance" || !v.BillArticles[0].Deleted || len(v.Articles) != 0 {
		t.Fatalf("%v %+v %+v", err, v.BillArticles, v.Articles)
	}
	// No amendment: the final stage, as Law.
	v, _, err = b.AmendedLaw("ppl-1", nil, false)
	if l, _ := b.Law("ppl-1", ""); err != nil || v.Stage != l.Stage || len(v.Articles) != len(l.Articles) {
		t.Fatalf("%v %+v", err, v)
	}
}

// A sub-amendment edits the amendment it names, which then applies as
// modified; alone, without that amendment, it is not applied.
func TestAmendedLawSubAmendment(t *testing.T) {
	b := amendedBills(t)
	t0 := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	ev := &domain.AmendmentTabled{Bill: "ppl-1", Stage: "depot", Amendment: "A12", Number: "12", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
		Dispositif: "Amendement n° 10, alinéa 1\nRemplacer le mot :\nsept\npar le mot :\nhuit"}
	if err := b.Apply(200, domain.Envelope{Event: ev}); err != nil {
		t.Fatal(err)
	}
	v, _, err := b.AmendedLaw("ppl-1", []string{"A12", "A10"}, false)
	if err != nil || len(v.Amendments) != 2 {
		t.Fatal(err, v.Amendments)
	}
	for _, a := range v.Amendments {
		if a.Status != "applied" {
			t.Fatalf("%s: %s %v", a.ID, a.Status, a.Unparsed)
		}
	}
	if len(v.Articles) != 1 || v.Articles[0].After[0] != "Le délai est de huit ans, et jamais plus." {
		t.Fatalf("law as amended through the sub-amendment: %+v", v.Articles)
	}
	v, _, err = b.AmendedLaw("ppl-1", []string{"A12"}, false)
	if err != nil || v.Amendments[0].Status != "not-applied" || len(v.Amendments[0].Unparsed) == 0 {
		t.Fatalf("a sub-amendment without its amendment: %v %+v", err, v.Amendments)
	}
	// Why, one refusal for each raw part, classed for the pages.
	if r := v.Amendments[0].Refusals; len(r) != len(v.Amendments[0].Unparsed) || r[0].Class != law.RefusalSubAmendment || r[0].Reason == "" {
		t.Fatalf("a sub-amendment without its amendment: refusals %+v", r)
	}
}
