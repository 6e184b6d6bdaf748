package projections

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// p11Bills is a bill of three articles (the code de commerce's L. 1, the
// code civil's L. 1, "L'article L. 2 du même code") and amendments to
// it, with the code articles.
func p11Bills(t *testing.T, ams ...*domain.AmendmentTabled) (*Bills, domain.BillID) {
	t.Helper()
	b := NewBills()
	bill := domain.BillID("ppl-11")
	t0 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	evs := []domain.Event{
		&domain.BillIntroduced{Bill: bill, Type: domain.BillProposition, Title: "Proposition de loi d'essai"},
		&domain.StageTabled{Bill: bill, Stage: "depot", Label: "Texte déposé", HasText: true, Articles: 3, Date: t0},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{"L'article L. 1 du code de commerce est abrogé."}},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 1, Number: "2", Part: 1, Parts: 1, Alineas: []string{"L'article L. 1 du code civil est abrogé."}},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 2, Number: "3", Part: 1, Parts: 1, Alineas: []string{"L'article L. 2 du même code est abrogé."}},
	}
	for _, a := range ams {
		a.Bill, a.Stage, a.Tabled, a.Part, a.Parts = bill, "depot", t0, 1, 1
		evs = append(evs, a)
	}
	for _, c := range []string{"code de commerce", "code civil", "code de la route"} {
		for _, n := range []string{"1", "2", "3", "4"} {
			evs = append(evs, &domain.CodeArticleRecorded{Code: c, Article: "l" + n, Heading: "L" + n, Part: 1, Parts: 1, Alineas: []string{"Texte de " + c + " L. " + n + "."}})
		}
	}
	for i, ev := range evs {
		if err := b.Apply(uint64(i), domain.Envelope{Event: ev}); err != nil {
			t.Fatal(err)
		}
	}
	return b, bill
}

// p11Changed is the code articles a view changes, "code article".
func p11Changed(v AmendedLaw) string {
	var out []string
	for _, a := range v.Articles {
		out = append(out, a.Code+" "+a.Article)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// TestPending11AdditionalArticle: an amendment inserting an article
// additionnel ("Après l'article 2, insérer un article additionnel ainsi
// rédigé : « L'article L. 1 du code de la route … est abrogé. »") was shown
// "additional" and its article left out of the law as the amendments
// leave it. Its new article is now read among the bill's, at its place:
// its instructions applied, a chosen sub-amendment to it first composed
// with it, and an article after it reading "du même code" the code it
// names refused as after an article rewritten (ParseAmendedInstructions).
// A dispositif that is more than the announcement and the quoted text
// ("II. – En conséquence, …"), or announces another place than the one
// it was tabled at, is left "additional".
func TestPending11AdditionalArticle(t *testing.T) {
	add := func(num, art, disp string) *domain.AmendmentTabled {
		return &domain.AmendmentTabled{Amendment: "A" + num, Number: num, Article: art, Additional: true, Position: "après", Subject: "Après l'article " + art, Dispositif: disp}
	}
	for _, tc := range []struct {
		name     string
		ams      []*domain.AmendmentTabled
		status   []string
		changed  string
		unparsed []string // bill articles with an instruction not read
	}{
		{"after article 1er, on the code civil",
			[]*domain.AmendmentTabled{add("2", "1er", "Après l'article 1er, insérer un article additionnel ainsi rédigé :\n« L'article L. 3 du code civil est abrogé. »")},
			[]string{"applied"}, "code civil l1, code civil l2, code civil l3, code de commerce l1", nil},
		{"the AN's « l'article suivant », quoted on its line",
			[]*domain.AmendmentTabled{add("2", "1er", "Après l'article 1er, insérer l'article suivant : « L'article L. 3 du code civil est abrogé. »")},
			[]string{"applied"}, "code civil l1, code civil l2, code civil l3, code de commerce l1", nil},
		{"after article 2, on the code de la route: article 3's « même code » refused",
			[]*domain.AmendmentTabled{add("2", "2", "Après l'article 2, insérer un article additionnel ainsi rédigé :\n« L'article L. 1 du code de la route est abrogé. »")},
			[]string{"applied"}, "code civil l1, code de commerce l1, code de la route l1", []string{"3"}},
		{"a sub-amendment to it",
			[]*domain.AmendmentTabled{
				add("2", "1er", "Après l'article 1er, insérer un article additionnel ainsi rédigé :\n« L'article L. 3 du code civil est abrogé. »"),
				add("5", "1er", "Amendement n° 2, alinéa 2, remplacer la référence : « L. 3 » par la référence : « L. 4 »."),
			},
			[]string{"applied", "applied"}, "code civil l1, code civil l2, code civil l4, code de commerce l1", nil},
		{"before article 1er",
			[]*domain.AmendmentTabled{{Amendment: "A2", Number: "2", Article: "1er", Additional: true, Position: "avant", Subject: "Avant l'article 1er", Dispositif: "Avant l'article 1er, insérer un article additionnel ainsi rédigé :\n« L'article L. 3 du code civil est abrogé. »"}},
			[]string{"applied"}, "code civil l1, code civil l2, code civil l3, code de commerce l1", nil},
		{"more than its text",
			[]*domain.AmendmentTabled{add("2", "1er", "I. – Après l'article 1er, insérer un article additionnel ainsi rédigé :\n« L'article L. 3 du code civil est abrogé. »\nII. – En conséquence, supprimer l'article 3.")},
			[]string{"additional"}, "code civil l1, code civil l2, code de commerce l1", nil},
		{"another place announced",
			[]*domain.AmendmentTabled{add("2", "1er", "Après l'article 2, insérer un article additionnel ainsi rédigé :\n« L'article L. 3 du code civil est abrogé. »")},
			[]string{"additional"}, "code civil l1, code civil l2, code de commerce l1", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, bill := p11Bills(t, tc.ams...)
			var ids []string
			for _, a := range tc.ams {
				ids = append(ids, a.Amendment)
			}
			v, _, err := b.AmendedLaw(bill, ids, false)
			if err != nil || len(v.Amendments) != len(tc.status) {
				t.Fatal(err, v.Amendments)
			}
			for i, s := range tc.status {
				if v.Amendments[i].Status != s {
					t.Fatalf("amendment %s: %q %q, want %q", v.Amendments[i].Number, v.Amendments[i].Status, v.Amendments[i].Unparsed, s)
				}
			}
			if got := p11Changed(v); got != tc.changed {
				t.Errorf("code articles changed: %s\nwant %s (failed %q, not recorded %+v)", got, tc.changed, v.Failed, v.NotRecorded)
			}
			var un []string
			for _, u := range v.Unparsed {
				un = append(un, string(u.Article))
			}
			if strings.Join(un, ",") != strings.Join(tc.unparsed, ",") {
				t.Errorf("not read: %+v, want articles %v", v.Unparsed, tc.unparsed)
			}
			if tc.status[0] == "applied" && (len(v.BillArticles) != 1 || len(v.BillArticles[0].Before) != 0 || len(v.BillArticles[0].After) != 1) {
				t.Errorf("bill articles: %+v", v.BillArticles)
			}
		})
	}
}
