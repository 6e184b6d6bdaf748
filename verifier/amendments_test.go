package verifier_test

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

// amendmentsPage is /api/v1/bills/{id}/amendments as the server serves it
// (projections.Bills.Amendments): amendments grouped by target article.
func amendmentsPage(t *testing.T, bill string, ams ...map[string]any) []byte {
	t.Helper()
	byArticle := map[string][]map[string]any{}
	var order []string
	for _, a := range ams {
		art, _ := a["article"].(string)
		if _, ok := byArticle[art]; !ok {
			order = append(order, art)
		}
		byArticle[art] = append(byArticle[art], a)
	}
	var arts []map[string]any
	for _, art := range order {
		arts = append(arts, map[string]any{"article": art, "amendments": byArticle[art]})
	}
	b, err := json.Marshal(map[string]any{"bill": bill, "articles": arts})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAmendmentTexts: the amendments the API serves are compared with the
// log — text, exposé and outcome — and a served amendment that differs
// from the log, or one left out, is a failure of the texts check (exit 1).
func TestAmendmentTexts(t *testing.T) {
	l, err := ledgertest.Build(ledgertest.Options{Voters: 12, Seed: "amendments"})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	tabled := func(id, number, article string, part uint16, parts uint16, dispositif, expose string) *domain.AmendmentTabled {
		return &domain.AmendmentTabled{Bill: "b1", Stage: "depot", Amendment: id, Number: number, Authors: []string{"Mme Dupont"},
			Subject: "Article " + article, Article: article, Tabled: at, Part: part, Parts: parts, Dispositif: dispositif, Expose: expose}
	}
	for _, ev := range []domain.Event{
		// CL12 comes in two parts, whose texts concatenate.
		tabled("AMANR5L17PO1CL12", "CL12", "1", 1, 2, "À l'alinéa 1, substituer aux mots : « un » ", "Cet amendement précise "),
		tabled("AMANR5L17PO1CL12", "CL12", "1", 2, 2, "les mots : « deux ».", "le nombre."),
		tabled("AMANR5L17PO1CL13", "CL13", "2", 1, 1, "Supprimer cet article.", "L'article est inutile."),
		&domain.AmendmentDecided{Bill: "b1", Amendment: "AMANR5L17PO1CL12", Outcome: "adopted"},
	} {
		if err := l.Append(domain.BillStream("b1"), ev); err != nil {
			t.Fatal(err)
		}
	}
	h, err := l.Honest()
	if err != nil {
		t.Fatal(err)
	}
	cl12 := map[string]any{"id": "AMANR5L17PO1CL12", "stage": "depot", "number": "CL12", "article": "1",
		"dispositif": "À l'alinéa 1, substituer aux mots : « un » les mots : « deux ».", "expose": "Cet amendement précise le nombre.", "outcome": "adopted"}
	cl13 := map[string]any{"id": "AMANR5L17PO1CL13", "stage": "depot", "number": "CL13", "article": "2",
		"dispositif": "Supprimer cet article.", "expose": "L'article est inutile.", "outcome": ""}
	const path = "/api/v1/bills/b1/amendments"
	h.API[path] = amendmentsPage(t, "b1", cl12, cl13)

	r, err := verifier.Audit(context.Background(), h, verifier.Config{})
	if err != nil || r.Exit != 0 {
		t.Fatalf("honest: exit %d: %v\n%s", r.Exit, err, report(t, r))
	}
	if !strings.Contains(report(t, r), "amendments: 2 compared") {
		t.Errorf("the report does not say the 2 amendments were compared:\n%s", report(t, r))
	}

	edit := func(a map[string]any, k string, v any) map[string]any {
		a = maps.Clone(a)
		a[k] = v
		return a
	}
	for _, c := range []struct {
		name   string
		served []byte
		want   string // in the failure's message
		kind   string
	}{
		{"dispositif", amendmentsPage(t, "b1", edit(cl12, "dispositif", "À l'alinéa 1, substituer aux mots : « un » les mots : « trois »."), cl13),
			"amendment AMANR5L17PO1CL12: the API serves the dispositif", "AmendmentTabled"},
		{"expose", amendmentsPage(t, "b1", cl12, edit(cl13, "expose", "L'article est indispensable.")),
			"amendment AMANR5L17PO1CL13: the API serves the exposé", "AmendmentTabled"},
		{"outcome", amendmentsPage(t, "b1", edit(cl12, "outcome", "rejected"), cl13),
			`the API serves the outcome "rejected", the log says "adopted"`, "AmendmentDecided"},
		{"undecided served as decided", amendmentsPage(t, "b1", cl12, edit(cl13, "outcome", "adopted")),
			`the API serves the outcome "adopted", the log says ""`, "AmendmentDecided"},
		{"left out", amendmentsPage(t, "b1", cl12),
			"amendment AMANR5L17PO1CL13: the log holds it, the API leaves it out", "AmendmentTabled"},
		{"not in the log", amendmentsPage(t, "b1", cl12, cl13, edit(cl13, "id", "AMANR5L17PO1CL99")),
			"amendment AMANR5L17PO1CL99: the API serves it, the log does not hold it", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := &ledgertest.Source{Signed: h.Signed, Entries: h.Entries, API: maps.Clone(h.API)}
			src.API[path] = c.served
			r, err := verifier.Audit(context.Background(), src, verifier.Config{})
			expectFailure(t, r, err, verifier.CheckTexts, "")
			var me *verifier.MisbehaviorError
			if !errors.As(err, &me) {
				t.Fatal(err)
			}
			f := me.Failures[0]
			if !strings.Contains(f.Msg, c.want) || f.Kind != c.kind {
				t.Errorf("failure %s (kind %q); want %q, kind %q", f, f.Kind, c.want, c.kind)
			}
		})
	}
}
