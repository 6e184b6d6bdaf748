package importer

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain"
)

// hadopiCodes is the law in force before the Hadopi law: the code articles
// it modifies, from domain/law's coverage sample.
const hadopiCodes = "../../../../domain/law/testdata/hadopi/avant"

// foldLedger is a ledger in memory: a State that events are applied to,
// rules checked, as App.Append does.
type foldLedger struct{ s *domain.State }

func (f *foldLedger) append(_ context.Context, stream domain.StreamID, ev domain.Event) error {
	rev, ok := f.s.Revision(stream)
	env := domain.Envelope{Stream: stream, Event: ev, Time: time.Unix(1795599000, 0).UTC()}
	if ok {
		env.Revision = rev + 1
	}
	if _, err := domain.MarshalEntry(env); err != nil {
		return err
	}
	return f.s.Apply(f.s.Position(), env)
}

func (f *foldLedger) view(fn func(*domain.State)) { fn(f.s) }

// TestAppendAllDemoData imports the demo data as events, rule-checked, and
// checks the counts; a second import appends nothing.
func TestAppendAllDemoData(t *testing.T) {
	r, err := Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if n, err := LinkScrutins(demodata.FS(), ".", r); err != nil || n != 4 {
		t.Fatalf("linked %d votes to bills (%v), want 4", n, err)
	}
	for _, s := range r.Scrutins {
		t.Logf("vote %s → bill %s", s.ID, s.Bill)
	}
	codes, probs, err := ReadCodes(os.DirFS(hadopiCodes), ".")
	if err != nil || len(probs) > 0 {
		t.Fatal(err, probs)
	}
	c := r.Count(codes)
	t.Log(c)
	want := Counts{Bills: 5, Stages: 24, Articles: 347, Amendments: 938, Decisions: c.Decisions, Deputies: 577, Groups: 21, Scrutins: 4, Ballots: 719, Codes: len(codes)}
	if c != want {
		t.Errorf("counts: got %v, want %v", c, want)
	}
	l := &foldLedger{domain.NewState()}
	ctx := context.Background()
	appended, skipped, err := AppendAll(ctx, l.append, l.view, r, codes...)
	if err != nil {
		t.Fatal(err)
	}
	if skipped != 0 || appended != len(Events(r, codes)) {
		t.Errorf("first import: appended %d, skipped %d", appended, skipped)
	}
	t.Logf("first import: %d events appended", appended)
	law := l.s.Law()
	nStages, nArticles, nAmend := 0, 0, 0
	for _, ss := range law.Stages {
		for _, st := range ss {
			nStages++
			nArticles += len(st.Articles)
			if !st.Complete() {
				t.Errorf("stage %s incomplete", st.Tabled.Stage)
			}
		}
	}
	for _, as := range law.Amendments {
		nAmend += len(as)
	}
	if len(l.s.Bills) != 5 || nStages != 24 || nArticles != 347 || nAmend != 938 || len(law.Deputies) != 577 || len(law.Scrutins) != 4 {
		t.Errorf("folded: bills %d stages %d articles %d amendments %d deputies %d scrutins %d", len(l.s.Bills), nStages, nArticles, nAmend, len(law.Deputies), len(law.Scrutins))
	}
	appended, skipped, err = AppendAll(ctx, l.append, l.view, r, codes...)
	if err != nil || appended != 0 {
		t.Errorf("second import: appended %d (err %v), want 0", appended, err)
	}
	t.Logf("second import: %d appended, %d skipped", appended, skipped)
}
