package importer

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// The demo's amendments-corpus bill: its article before the committee, the
// amendment adopted on it with its text, its article after; the amendment
// applied to the text it was tabled on gives the text adopted.
func TestImportCorpus(t *testing.T) {
	r, err := Import(demodata.FS(), "amendments-corpus")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Report.Skipped) != 0 {
		t.Fatalf("skipped: %v", r.Report.Skipped)
	}
	if len(r.Bills) != 2 || r.Bills[0].ID != "13-reforme_ports_outre-mer" || r.Bills[0].Kind != law.Projet || r.Bills[1].Kind != law.Proposition {
		t.Fatalf("bills: %+v", r.Bills)
	}
	// Gerland: one article, one amendment rewriting it.
	var stages []law.Stage
	for _, s := range r.Stages {
		if s.Bill == "14-securisation_transactions_ZAC_Gerland" {
			stages = append(stages, s)
		}
	}
	if len(stages) != 2 || stages[0].ID != "avant_01_1erelecture_assemblee_commission" || stages[1].ID != "01_1erelecture_assemblee_commission" || len(stages[0].Articles) != 1 {
		t.Fatalf("stages: %+v", stages)
	}
	for _, a := range r.Amendments {
		if a.Bill == "14-securisation_transactions_ZAC_Gerland" {
			got := law.ApplyAmendment(stages[0].Articles[0], a.Dispositif)
			if !got.Applied || len(got.Article.Alineas) != 1 || got.Article.Alineas[0] != stages[1].Articles[0].Alineas[0] {
				t.Fatalf("Gerland CL1: applied %v %v\n%q\nwant %q", got.Applied, got.Unparsed, got.Article.Alineas, stages[1].Articles[0].Alineas)
			}
		}
	}
	var ams []law.Amendment
	for _, a := range r.Amendments {
		if a.Bill == "13-reforme_ports_outre-mer" {
			if a.Stage != "avant_04_1erelecture_senat_commission" || a.Outcome != law.OutcomeAdopted || a.Dispositif == "" {
				t.Fatalf("amendment %+v", a)
			}
			ams = append(ams, a)
		}
	}
	if len(r.Amendments) != 15 || len(ams) != 14 {
		t.Fatalf("%d amendments, %d to the ports bill", len(r.Amendments), len(ams))
	}
	// Amendments of the ports bill that delete their article, applied,
	// give the article as adopted (deleted).
	deleted := 0
	for _, s := range r.Stages {
		if s.ID != "avant_04_1erelecture_senat_commission" {
			continue
		}
		for _, a := range ams {
			art, ok := s.Article(a.Article)
			if !ok {
				t.Fatalf("amendment %s: no article %s", a.Number, a.Article)
			}
			if got := law.ApplyAmendment(art, a.Dispositif); got.Applied && got.Deleted {
				deleted++
			}
		}
	}
	if deleted != 7 { // articles 3 to 9, as the Sénat's committee did
		t.Fatalf("%d deletions applied, want 7", deleted)
	}
	l := &foldLedger{domain.NewState()}
	if _, _, err := AppendAll(context.Background(), l.append, l.view, r); err != nil {
		t.Fatal(err)
	}

	// A folder of a bill corpus_bills.json does not name is reported.
	r, _ = Import(fstest.MapFS{"14-x__01_1erelecture_assemblee_commission__1er/article_avant": {Data: []byte("Texte.")}}, ".")
	if len(r.Bills) != 0 || len(r.Report.Skipped) != 1 {
		t.Fatalf("bills %+v, skipped %v", r.Bills, r.Report.Skipped)
	}
}
