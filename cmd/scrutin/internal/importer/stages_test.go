package importer

import (
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain/law"
)

// TestDiffImportedStages diffs each Hadopi stage with the previous one that
// has a text, and checks that the chain of diffs accounts for every article.
func TestDiffImportedStages(t *testing.T) {
	r, err := Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	var prev *law.Stage
	for i := range r.Stages {
		s := &r.Stages[i]
		if s.Bill != "pjl07-405" || !s.HasText || len(s.Articles) == 0 {
			continue
		}
		if prev != nil {
			d := law.Diff(*prev, *s)
			c := d.Counts()
			t.Logf("%s → %s: %v", prev.ID, s.ID, c)
			live := 0
			for _, a := range s.Articles {
				if a.Status != law.ArticleDeleted {
					live++
				}
			}
			if got := c[law.Unchanged] + c[law.Modified] + c[law.Added] + c[law.Renumbered]; got < live {
				t.Errorf("%s → %s: %d rows for %d live articles", prev.ID, s.ID, got, live)
			}
		}
		prev = s
	}
}
