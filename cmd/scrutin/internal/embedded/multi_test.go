package embedded

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// TestAppendParts: parts on several streams are written in order and
// contiguous, or none is.
func TestAppendParts(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "l.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	dep := func(id string) domain.Event { return &domain.DeputyRecorded{Deputy: id, LastName: id} }
	a, b := domain.DeputyStream("PA1"), domain.DeputyStream("PA2")
	res, err := db.AppendParts(ctx, []eventstore.Part{
		{Stream: a, Expected: eventstore.NoStream, Events: []domain.Event{dep("PA1")}},
		{Stream: b, Expected: eventstore.NoStream, Events: []domain.Event{dep("PA2"), dep("PA2")}},
		{Stream: a, Expected: eventstore.Exact(0), Events: []domain.Event{dep("PA1")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var pos []uint64
	for _, r := range res {
		for _, e := range r.Events {
			pos = append(pos, e.Position)
		}
	}
	if len(pos) != 4 || pos[0] != 0 || pos[3] != 3 || res[2].LastRevision != 1 || res[1].LastRevision != 1 {
		t.Fatalf("positions %v, results %+v", pos, res)
	}
	// A conflict in the last part writes none of the parts.
	_, err = db.AppendParts(ctx, []eventstore.Part{
		{Stream: domain.DeputyStream("PA3"), Expected: eventstore.NoStream, Events: []domain.Event{dep("PA3")}},
		{Stream: a, Expected: eventstore.Exact(0), Events: []domain.Event{dep("PA1")}},
	})
	var pe *eventstore.PartError
	if !errors.As(err, &pe) || pe.Index != 1 || !errors.Is(err, eventstore.ErrConflict) {
		t.Fatalf("got %v, want a conflict in part 1", err)
	}
	if size, _ := db.Head(); size != 4 {
		t.Fatalf("size %d after a refused append, want 4", size)
	}
	if _, err := db.ReadStream(ctx, domain.DeputyStream("PA3"), 0, 10); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("the refused append wrote its first part: %v", err)
	}
}
