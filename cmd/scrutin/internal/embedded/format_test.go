package embedded

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
	bolt "go.etcd.io/bbolt"
)

func bill(id string) domain.Event {
	return &domain.BillIntroduced{Bill: domain.BillID(id), Type: domain.BillProposition, Title: "t " + id}
}

// TestOpenEventsV1 opens a file of the former layout (mode "events", with
// the heads bucket): Open drops heads and moves the mode to "events-v2", and
// every stream keeps its head (read from the streams index).
func TestOpenEventsV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	ctx := context.Background()
	a, b := domain.NewStreamID("test", "a"), domain.NewStreamID("test", "a-b")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []domain.StreamID{a, b, a} {
		if _, err := db.Append(ctx, st, eventstore.Any, bill("x"), bill("y")); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	// Make it a v1 file, as the former code wrote it.
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		heads, err := tx.CreateBucket(bucketHeads)
		if err != nil {
			return err
		}
		heads.Put([]byte(a), putU64(3))
		heads.Put([]byte(b), putU64(1))
		return tx.Bucket(bucketMeta).Put(keyMode, []byte(modeEventsV1))
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Append(ctx, a, eventstore.Exact(2), bill("z")); !errors.As(err, new(*eventstore.ConflictError)) {
		t.Fatalf("append at a stale revision: %v, want a conflict", err)
	}
	res, err := db.Append(ctx, a, eventstore.Exact(3), bill("z"))
	if err != nil || res.LastRevision != 4 {
		t.Fatalf("append after revision 3: %+v, %v", res, err)
	}
	if rs, err := db.ReadStream(ctx, b, 0, 10); err != nil || len(rs) != 2 {
		t.Fatalf("stream a-b: %d events, %v", len(rs), err)
	}
	if _, err := db.ReadStream(ctx, domain.NewStreamID("test", "c"), 0, 10); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("missing stream: %v", err)
	}
	db.bolt.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketHeads) != nil {
			t.Error("heads bucket kept")
		}
		if m := string(tx.Bucket(bucketMeta).Get(keyMode)); m != modeEvents {
			t.Errorf("mode %q, want %q", m, modeEvents)
		}
		return nil
	})
	db.Close()
	if _, err := Open(path, Options{LogOnly: true}); err == nil {
		t.Fatal("an event file opened as a log")
	}
}
