package app_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
	"golang.org/x/mod/sumdb/note"
)

// plainStore hides the embedded store's multi-stream appends, as
// EventStoreDB has none.
type plainStore struct{ eventstore.Store }

// newAppWith opens an embedded ledger in a temporary directory with its
// projections running; plain hides the store's multi-stream appends.
func newAppWith(t *testing.T, plain bool) (*app.App, *embedded.DB, *domain.State) {
	t.Helper()
	db, err := embedded.Open(filepath.Join(t.TempDir(), "ledger.db"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	skey, _, err := note.GenerateKey(nil, "test.local/log")
	if err != nil {
		t.Fatal(err)
	}
	var store eventstore.Store = db
	if plain {
		store = plainStore{db}
	}
	l, err := ledger.New(store, db.Log(), skey)
	if err != nil {
		t.Fatal(err)
	}
	state := domain.NewState()
	state.DeferBallots = true
	runner := projections.NewRunner(state)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		runner.Run(ctx, projections.SourceFunc(func(ctx context.Context, from uint64, fn func(uint64, []byte) error) error {
			return db.SubscribeAll(ctx, from, func(r eventstore.Recorded) error { return fn(r.Position, r.Entry) })
		}))
	}()
	a := app.New(app.Config{Ledger: l, Runner: runner, State: state})
	t.Cleanup(func() {
		a.Close()
		cancel()
		<-done
		db.Close()
	})
	return a, db, state
}

func TestAppendBatch(t *testing.T) {
	t.Run("one commit", func(t *testing.T) { testAppendBatch(t, false) })
	t.Run("a store without multi-stream appends", func(t *testing.T) { testAppendBatch(t, true) })
}

func testAppendBatch(t *testing.T, plain bool) {
	a, db, state := newAppWith(t, plain)
	ctx := context.Background()
	b1, b2 := domain.BillID("ppl26-001"), domain.BillID("ppl26-002")
	amend := func(b domain.BillID, id, text string) app.StreamEvent {
		return app.StreamEvent{Stream: domain.BillStream(b), Event: &domain.AmendmentTabled{Bill: b, Stage: "s", Amendment: id, Number: id, Part: 1, Parts: 1, Dispositif: text}}
	}
	bill := func(b domain.BillID) app.StreamEvent {
		return app.StreamEvent{Stream: domain.BillStream(b), Event: &domain.BillIntroduced{Bill: b, Type: domain.BillProposition, Title: string(b)}}
	}
	scrutin := app.StreamEvent{Stream: domain.ScrutinStream("VT1"), Event: &domain.ParliamentVoteRecorded{Scrutin: "VT1", Bill: b1, Title: "l'ensemble", Part: 1, Parts: 1}}
	// Two bills, their amendments and a vote on the first, interleaved
	// across streams: each checked against the ones before it.
	batch := []app.StreamEvent{
		bill(b1), amend(b1, "1", "Supprimer."), scrutin, bill(b2), amend(b2, "1", "Rédiger."),
		amend(b1, "2", "Compléter."), amend(b1, "1", "Supprimer, corrigé."),
		{Stream: domain.BillStream(b1), Event: &domain.AmendmentDecided{Bill: b1, Amendment: "1", Outcome: "adopted"}},
	}
	recs, err := a.AppendBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(batch) {
		t.Fatalf("%d records, want %d", len(recs), len(batch))
	}
	for i, r := range recs {
		if r.Position != uint64(i) {
			t.Fatalf("record %d at position %d: the batch is not written in order", i, r.Position)
		}
		env, err := r.Envelope()
		if err != nil || env.Event.Kind() != batch[i].Event.Kind() || env.Stream != batch[i].Stream {
			t.Fatalf("record %d is %v on %s, want %s on %s", i, env.Event, env.Stream, batch[i].Event.Kind().Name, batch[i].Stream)
		}
	}
	// Read your writes: folded when AppendBatch returns.
	var am *domain.AmendmentState
	a.View(func(s *domain.State) { am = s.Law().Amendments[b1]["1"] })
	if am == nil || am.Version != 1 || am.Outcome != "adopted" || am.Dispositif != "Supprimer, corrigé." {
		t.Fatalf("amendment 1 folded as %+v", am)
	}

	// A batch with one event refused writes nothing and names it.
	size, _ := db.Head()
	bad := []app.StreamEvent{
		amend(b2, "2", "Nouveau."),
		bill(domain.BillID("ppl26-003")),
		{Stream: domain.BillStream(b2), Event: &domain.AmendmentDecided{Bill: b2, Amendment: "9", Outcome: "adopted"}},
		amend(b2, "3", "Encore."),
	}
	_, err = a.AppendBatch(ctx, bad)
	var be *app.BatchError
	if !errors.As(err, &be) || be.Index != 2 || be.Rule != domain.RuleAmendmentDecided || !errors.Is(err, app.ErrRefused) {
		t.Fatalf("got %v, want event 2 refused under amendment-decided", err)
	}
	if after, _ := db.Head(); after != size {
		t.Fatalf("a refused batch wrote %d events", after-size)
	}
	// The same duplicate as the fold sees it: two identical decisions.
	dec := app.StreamEvent{Stream: domain.BillStream(b2), Event: &domain.AmendmentDecided{Bill: b2, Amendment: "1", Outcome: "rejected"}}
	if _, err := a.AppendBatch(ctx, []app.StreamEvent{dec, dec}); !errors.As(err, &be) || be.Index != 1 {
		t.Fatalf("got %v, want the second decision refused", err)
	}
	// Not a batch kind.
	if _, err := a.AppendBatch(ctx, []app.StreamEvent{{Stream: domain.VoteStream("v"), Event: &domain.VoteClosed{Vote: "v"}}}); !errors.Is(err, domain.ErrNotBatchable) {
		t.Fatalf("got %v, want ErrNotBatchable", err)
	}
	// The fold accepted everything written: a fresh fold of the log agrees.
	fresh := domain.NewState()
	all, err := db.ReadAll(ctx, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		env, _ := r.Envelope()
		if err := fresh.Apply(r.Position, env); err != nil {
			t.Fatal(err)
		}
	}
	if fresh.Root() != state.Root() || fresh.Position() != uint64(len(batch)) {
		t.Fatalf("fresh fold at %d, want %d", fresh.Position(), len(batch))
	}
}

// TestAppendBatchRace appends batches on one stream from several
// goroutines: exact revisions make the losers check again, and none writes
// what the fold refuses.
func TestAppendBatchRace(t *testing.T) {
	t.Run("one commit", func(t *testing.T) { testAppendBatchRace(t, false) })
	t.Run("a store without multi-stream appends", func(t *testing.T) { testAppendBatchRace(t, true) })
}

func testAppendBatchRace(t *testing.T, plain bool) {
	a, _, _ := newAppWith(t, plain)
	ctx := context.Background()
	b := domain.BillID("ppl26-001")
	if _, err := a.AppendBatch(ctx, []app.StreamEvent{{Stream: domain.BillStream(b), Event: &domain.BillIntroduced{Bill: b, Type: domain.BillProposition, Title: "x"}}}); err != nil {
		t.Fatal(err)
	}
	const n = 8
	errs := make(chan error, n)
	for i := range n {
		go func() {
			var evs []app.StreamEvent
			for j := range 20 {
				id := string(rune('a'+i)) + string(rune('a'+j))
				evs = append(evs, app.StreamEvent{Stream: domain.BillStream(b), Event: &domain.AmendmentTabled{Bill: b, Stage: "s", Amendment: id, Part: 1, Parts: 1}})
			}
			_, err := a.AppendBatch(ctx, evs)
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	var got int
	a.View(func(s *domain.State) { got = len(s.Law().Amendments[b]) })
	if got != n*20 {
		t.Fatalf("%d amendments, want %d", got, n*20)
	}
}
