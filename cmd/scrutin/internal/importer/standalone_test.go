package importer

import (
	"context"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// A law's final text alone, without its procedure file, is a bill with one
// stage; it passes the ledger's rules.
func TestImportStandaloneText(t *testing.T) {
	b, err := os.ReadFile("testdata/fabrique_texte_seul/texte.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Import(fstest.MapFS{"loi/texte.json": {Data: b}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Report.Skipped) != 0 {
		t.Fatalf("skipped: %v", r.Report.Skipped)
	}
	if len(r.Bills) != 1 || r.Bills[0].ID != "A14-ta209" || r.Bills[0].Kind != law.Projet || !strings.Contains(r.Bills[0].Title, "transparence de la vie publique") {
		t.Fatalf("bills: %+v", r.Bills)
	}
	if len(r.Stages) != 1 || r.Stages[0].ID != standaloneStage || r.Stages[0].Step != law.StepFinal || !r.Stages[0].HasText || len(r.Stages[0].Articles) != 16 {
		t.Fatalf("stages: %+v", r.Stages)
	}
	if a := r.Stages[0].Articles[0]; a.Number != "1er" || len(a.Alineas) == 0 {
		t.Fatalf("first article: %+v", a)
	}
	// Every event passes the rules.
	l := &foldLedger{domain.NewState()}
	if _, _, err := AppendAll(context.Background(), l.append, l.view, r); err != nil {
		t.Fatal(err)
	}
	if h, ok := l.s.StageHash("A14-ta209", standaloneStage); !ok || h == ([32]byte{}) {
		t.Fatal("the stage is not complete")
	}

	// Without an id or a kind the title tells, the text is reported, not
	// guessed.
	r, _ = Import(fstest.MapFS{"a/texte.json": {Data: []byte(`{"titre": "Texte", "articles": []}`)}, "b/texte.json": {Data: []byte(`{"id": "X1", "titre": "Texte", "articles": []}`)}}, ".")
	if len(r.Bills) != 0 || len(r.Report.Skipped) != 2 {
		t.Fatalf("bills %+v, skipped %v", r.Bills, r.Report.Skipped)
	}
}

// Every status La Fabrique's texts carry maps to a ledger status.
func TestArticleStatuses(t *testing.T) {
	for in, want := range map[string]law.ArticleStatus{
		"none": law.ArticleInForce, "(Non modifié)": law.ArticleUnmodified, "non modifié": law.ArticleUnmodified, "Conforme": law.ArticleUnmodified,
		"(nouveau)": law.ArticleNew, "supprimé": law.ArticleDeleted, "(Suppression conforme)": law.ArticleDeleted,
		"suppression maintenue": law.ArticleDeleted, "censuré": law.ArticleCensored, "Non\u00a0modifié": law.ArticleUnmodified,
	} {
		if got, ok := law.FabriqueStatus(in); !ok || got != want {
			t.Errorf("%q: got %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := law.FabriqueStatus("irrecevable"); ok {
		t.Error("an unknown status is accepted")
	}
}
