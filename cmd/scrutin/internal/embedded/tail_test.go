package embedded_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/domain"
)

// TestSubscribeAcrossTail follows the log with a subscriber that keeps up
// (served from the entries kept in memory) and one that starts only once
// the log is several tails long (served from the file, then from memory),
// across appends that trim the tail: both see every entry once, in order,
// byte for byte as ReadAll reads it back from the file.
func TestSubscribeAcrossTail(t *testing.T) {
	db := open(t, embedded.Options{NoSync: true})
	const calls, per = 250, 100 // 25,000 entries, three times the tail
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	follow := func(from uint64, got chan<- eventstore.Recorded) chan error {
		errc := make(chan error, 1)
		go func() {
			errc <- db.SubscribeAll(ctx, from, func(r eventstore.Recorded) error {
				got <- r
				return nil
			})
		}()
		return errc
	}
	fast := make(chan eventstore.Recorded, calls*per)
	fastErr := follow(0, fast)
	for c := range calls {
		evs := make([]domain.Event, per)
		for i := range evs {
			evs[i] = storetest.Bill(c*per + i)
		}
		st := domain.NewStreamID("test", fmt.Sprintf("s%d", c))
		if _, err := db.Append(ctx, st, eventstore.NoStream, evs...); err != nil {
			t.Fatal(err)
		}
	}
	slow := make(chan eventstore.Recorded, calls*per)
	slowErr := follow(7, slow)
	want, err := db.ReadAll(ctx, 0, calls*per+1)
	if err != nil || len(want) != calls*per {
		t.Fatalf("ReadAll: %d entries, %v", len(want), err)
	}
	check := func(name string, got <-chan eventstore.Recorded, from int) {
		for _, w := range want[from:] {
			r := <-got
			if r.Position != w.Position || !bytes.Equal(r.Entry, w.Entry) {
				t.Fatalf("%s: got position %d, want %d (or other bytes)", name, r.Position, w.Position)
			}
		}
	}
	check("fast", fast, 0)
	check("slow", slow, 7)
	cancel()
	for _, errc := range []chan error{fastErr, slowErr} {
		if err := <-errc; err != context.Canceled {
			t.Fatalf("subscription ended with %v", err)
		}
	}
	if len(fast)+len(slow) != 0 {
		t.Fatalf("%d entries more than appended", len(fast)+len(slow))
	}
}
