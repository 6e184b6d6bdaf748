package embedded

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
	bolt "go.etcd.io/bbolt"
)

// TestTailBounds appends large entries: the tail stays within its bytes
// bound, contiguous, ending at the log's size, its byte count exact.
func TestTailBounds(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "ledger.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	big := strings.Repeat("x", 40_000)
	trimmed := false
	for c := range 60 {
		evs := make([]domain.Event, 10)
		for i := range evs {
			evs[i] = &domain.BillIntroduced{Bill: domain.BillID(fmt.Sprintf("b%d-%d", c, i)), Type: domain.BillProposition, Title: big}
		}
		if _, err := db.Append(context.Background(), domain.NewStreamID("test", fmt.Sprintf("s%d", c)), eventstore.Any, evs...); err != nil {
			t.Fatal(err)
		}
		db.mu.Lock()
		n := 0
		for i, r := range db.tail {
			n += len(r.Entry)
			if r.Position != db.size-uint64(len(db.tail)-i) {
				t.Fatalf("tail[%d] at position %d, size %d, %d kept", i, r.Position, db.size, len(db.tail))
			}
		}
		if n != db.tailBytes || n > tailMaxBytes || len(db.tail) == 0 {
			t.Fatalf("tail of %d entries, %d bytes, counted %d (bound %d)", len(db.tail), n, db.tailBytes, tailMaxBytes)
		}
		trimmed = trimmed || uint64(len(db.tail)) < db.size
		db.mu.Unlock()
	}
	if !trimmed {
		t.Fatal("the tail was never trimmed")
	}
}

// TestWriterSeesItsPuts: within one transaction (one group commit), the
// writer's stream cursor, kept from append to append, sees the revisions
// the appends before wrote, whichever streams came between.
func TestWriterSeesItsPuts(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "ledger.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ev := func(i int) []domain.Event {
		return []domain.Event{&domain.BillIntroduced{Bill: domain.BillID(fmt.Sprintf("b%d", i)), Type: domain.BillProposition, Title: "t"}}
	}
	a, b := domain.NewStreamID("test", "a"), domain.NewStreamID("test", "b")
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		w := newWriter(tx, 0, 0, hashes{})
		for i, step := range []struct {
			stream domain.StreamID
			exp    eventstore.Expected
			ok     bool
		}{
			{a, eventstore.NoStream, true},
			{a, eventstore.NoStream, false},
			{b, eventstore.NoStream, true},
			{a, eventstore.Exact(0), true},
			{b, eventstore.Exact(1), false},
			{a, eventstore.Exact(1), true},
			{b, eventstore.Exact(0), true},
			{a, eventstore.StreamExists, true},
		} {
			res, err := w.appendEvents(step.stream, step.exp, ev(i), time.Now)
			if w.err != nil {
				return w.err
			}
			if (err == nil) != step.ok {
				t.Errorf("step %d: append to %s expecting %v: %v", i, step.stream, step.exp, err)
			}
			if got, _ := w.lastRevision(step.stream); err == nil && got != res.LastRevision {
				t.Errorf("step %d: last revision %d, appended %d", i, got, res.LastRevision)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
