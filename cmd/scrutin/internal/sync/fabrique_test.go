package sync

import (
	"bytes"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/sync/synctest"
	"github.com/scrutin/scrutin/domain"
)

// TestSyncFabrique syncs an archive of a La Fabrique de la loi dossier
// (the Hadopi bill: its text at each stage, its amendments), cut in
// batches of 3 files that never split the dossier; then the same dossier
// republished with one stage's article reworded: the stage is tabled
// again with its whole new text, a new version, the earlier one kept; a
// third sync of the same text appends nothing.
func TestSyncFabrique(t *testing.T) {
	pub := &synctest.Publisher{}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	day1 := synctest.FabriqueFiles(t)
	pub.Publish(synctest.Zip(t, day1), time.Date(2025, 6, 1, 18, 0, 0, 0, time.UTC))
	l := newMemLedger()
	sy := newTestSyncer(t, srv.URL+"/archive.zip", t.TempDir(), l.append, l, nil)
	sy.cfg.BatchFiles = 3
	r := runOne(t, sy)
	if r.Status != Imported || r.Batches != 1 || r.Changes.NewBills != 1 || r.Changes.NewStages != 17 || r.Changes.NewArticles != 329 || r.Changes.NewAmendments != 898 || len(r.Changes.TextsChanged) != 0 {
		t.Fatalf("day 1: %v", r)
	}
	const bill, stage = "pjl07-405", "00_1erelecture_senat_depot"
	var before []domain.StageArticle
	l.view(func(s *domain.State) { before = s.Law().Stage(bill, stage).Articles })

	// Day 2: the tabled text's first article reworded upstream.
	day2 := map[string][]byte{}
	for p, b := range day1 {
		day2[p] = b
	}
	p := "fabrique/pjl07-405/procedure/" + stage + "/texte/texte.json"
	old := []byte("Le code de la propriété intellectuelle est modifié conformément aux dispositions suivantes :")
	if !bytes.Contains(day2[p], old) {
		t.Fatalf("%s lacks the sentence to reword", p)
	}
	day2[p] = bytes.Replace(day2[p], old, []byte("Le code de la propriété intellectuelle est ainsi modifié :"), 1)
	pub.Publish(synctest.Zip(t, day2), time.Date(2025, 6, 2, 18, 0, 0, 0, time.UTC))
	r = runOne(t, sy)
	if r.Status != Imported || r.Changes.RevisedTexts != 1 || r.Events != 1+len(before) || len(r.Changes.TextsChanged) != 0 {
		t.Fatalf("day 2: %v", r)
	}
	if !strings.Contains(r.String(), "stage texts republished 1") {
		t.Errorf("the report does not count the republished text: %s", r)
	}
	l.view(func(s *domain.State) {
		st := s.Law().Stage(bill, stage)
		if st.Version != 1 || !st.Complete() || st.Articles[0].Alineas[0] != "Le code de la propriété intellectuelle est ainsi modifié :" ||
			len(st.Previous) != 1 || st.Previous[0].Articles[0].Alineas[0] != before[0].Alineas[0] {
			t.Errorf("after the revision: version %d, first alinéa %q", st.Version, st.Articles[0].Alineas[0])
		}
	})
	// The same texts in another archive (one more file): nothing to do.
	day2["fabrique/LISEZMOI.txt"] = []byte("Dossiers de La Fabrique de la loi.")
	pub.Publish(synctest.Zip(t, day2), time.Date(2025, 6, 3, 18, 0, 0, 0, time.UTC))
	size := len(l.log)
	if r = runOne(t, sy); r.Status != Imported || r.Events != 0 || len(l.log) != size {
		t.Fatalf("day 3: %v", r)
	}
}
