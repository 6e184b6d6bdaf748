package embedded

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
	bolt "go.etcd.io/bbolt"
	"golang.org/x/mod/sumdb/tlog"
)

func bill(id string) domain.Event {
	return &domain.BillIntroduced{Bill: domain.BillID(id), Type: domain.BillProposition, Title: "t " + id}
}

// TestOpenEventsV1 opens a file of the former layout (mode "events", with
// the heads bucket, one stored hash a key): Open drops heads and moves the
// mode to "events-v2", every stream keeps its head (read from the streams
// index), and the tree its hashes.
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
	want := db.Log().Tree()
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
		// One stored hash a key.
		var all []byte
		tx.Bucket(bucketHashes).ForEach(func(k, v []byte) error {
			all = append(all, v...)
			return nil
		})
		if len(all) != 32*int(tlog.StoredHashCount(6)) {
			return fmt.Errorf("%d bytes of stored hashes for 6 entries", len(all))
		}
		if err := tx.DeleteBucket(bucketHashes); err != nil {
			return err
		}
		hb, err := tx.CreateBucket(bucketHashes)
		if err != nil {
			return err
		}
		for i := 0; i < len(all); i += 32 {
			hb.Put(putU64(uint64(i/32)), all[i:i+32])
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
	if got := db.Log().Tree(); got != want {
		t.Fatalf("tree after reopening the v1 file: %v, want %v", got, want)
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
	// Reopened: the old hashes and the new batch's load together.
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Log().ConsistencyProof(ctx, uint64(want.N), 7); err != nil {
		t.Fatal(err)
	}
	if th, err := db.Log().TreeHash(ctx, uint64(want.N)); err != nil || th != want.Hash {
		t.Fatalf("tree of %d after reopening: %v, %v; want %v", want.N, th, err, want.Hash)
	}
	db.Close()
	if _, err := Open(path, Options{LogOnly: true}); err == nil {
		t.Fatal("an event file opened as a log")
	}
}
