package projections

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// feed is a Source whose entries are pushed by the test, one at a time.
type feed struct {
	entries chan []byte
}

func (f *feed) SubscribeAll(ctx context.Context, from uint64, fn func(pos uint64, entry []byte) error) error {
	for pos := from; ; pos++ {
		select {
		case e := <-f.entries:
			if err := fn(pos, e); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func billEntry(t *testing.T, i int) []byte {
	t.Helper()
	b, err := domain.MarshalEntry(domain.Envelope{
		Stream: domain.StreamID(fmt.Sprintf("bill-b%d", i)), Time: time.Unix(1e9, 0).UTC(),
		Event: &domain.BillIntroduced{Bill: domain.BillID(fmt.Sprintf("b%d", i)), Type: 1, Title: "Titre"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWaitFor: a waiter returns once its own event is applied, not before,
// whatever the events applied before it; many waiters at once each see
// their event folded.
func TestWaitFor(t *testing.T) {
	counts := NewCounts()
	r := NewRunner(counts)
	f := &feed{entries: make(chan []byte)}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go r.Run(ctx, f)

	const n = 200
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := n - 1; i >= 0; i-- {
		wg.Add(1)
		go func(pos uint64) {
			defer wg.Done()
			if err := r.WaitFor(ctx, pos); err != nil {
				errs <- err
				return
			}
			var total uint64
			r.View(func() { total = counts.Total })
			if total <= pos {
				errs <- fmt.Errorf("WaitFor(%d) returned with %d events folded", pos, total)
			}
		}(uint64(i))
	}
	// One waiter checked by hand: still blocked while the events before it
	// are applied.
	done := make(chan error, 1)
	go func() { done <- r.WaitFor(ctx, n-1) }()
	for i := 0; i < n-1; i++ {
		f.entries <- billEntry(t, i)
	}
	select {
	case err := <-done:
		t.Fatalf("WaitFor(%d) returned (%v) with %d events applied", n-1, err, r.Position())
	case <-time.After(20 * time.Millisecond):
	}
	f.entries <- billEntry(t, n-1)
	if err := <-done; err != nil {
		t.Fatalf("WaitFor(%d): %v", n-1, err)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := r.Position(); got != n {
		t.Errorf("Position: got %d, want %d", got, n)
	}
	// Already applied: at once.
	if err := r.WaitFor(ctx, 0); err != nil {
		t.Errorf("WaitFor(0) after the fold: %v", err)
	}
}

// TestWaitForStops: a waiter for an event that will not come returns when
// its context ends, and every waiter returns the fold's error when Run
// stops on an event it refuses (so is every later one).
func TestWaitForStops(t *testing.T) {
	r := NewRunner(NewCounts())
	f := &feed{entries: make(chan []byte)}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stopped := make(chan error, 1)
	go func() { stopped <- r.Run(ctx, f) }()

	short, cancelShort := context.WithCancel(ctx)
	cancelShort()
	if err := r.WaitFor(short, 5); !errors.Is(err, context.Canceled) {
		t.Errorf("WaitFor with a cancelled context: got %v, want context.Canceled", err)
	}
	waiting := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func() { waiting <- r.WaitFor(ctx, 10) }()
	}
	f.entries <- []byte("not an entry")
	if err := <-stopped; err == nil {
		t.Fatal("Run accepted a malformed entry")
	}
	for i := 0; i < 3; i++ {
		if err := <-waiting; err == nil {
			t.Error("a waiter returned nil after the fold stopped")
		}
	}
	if err := r.WaitFor(ctx, 10); err == nil || r.Err() == nil {
		t.Errorf("WaitFor after the fold stopped: got %v (Err %v), want the fold's error", err, r.Err())
	}
}

// entryRecorder records what the Runner hands an EntryProjection.
type entryRecorder struct {
	entries [][]byte
	kinds   []domain.Kind
	applied int // calls to Apply, which the Runner must not make
}

func (e *entryRecorder) Apply(uint64, domain.Envelope) error { e.applied++; return nil }
func (e *entryRecorder) ApplyEntry(_ uint64, env domain.Envelope, entry []byte) error {
	e.entries = append(e.entries, append([]byte(nil), entry...))
	e.kinds = append(e.kinds, env.Event.Kind())
	return nil
}

// TestEntryProjection: an EntryProjection gets, with each event, the very
// bytes it was parsed from, which MarshalEntry of the event gives back;
// plain projections beside it still get Apply.
func TestEntryProjection(t *testing.T) {
	rec := &entryRecorder{}
	counts := NewCounts()
	r := NewRunner(counts, rec)
	const n = 5
	var want [][]byte
	for i := range n {
		want = append(want, billEntry(t, i))
	}
	src := SourceFunc(func(ctx context.Context, from uint64, fn func(uint64, []byte) error) error {
		for i, e := range want {
			if err := fn(uint64(i), e); err != nil {
				return err
			}
		}
		return errors.New("end of the test's log")
	})
	if err := r.Run(context.Background(), src); err == nil || err.Error() != "end of the test's log" {
		t.Fatalf("Run: %v", err)
	}
	if rec.applied != 0 {
		t.Errorf("Apply called %d times on an EntryProjection", rec.applied)
	}
	if len(rec.entries) != n || counts.Total != n {
		t.Fatalf("%d entries given, %d counted, want %d", len(rec.entries), counts.Total, n)
	}
	for i, e := range rec.entries {
		if string(e) != string(want[i]) {
			t.Errorf("entry %d: got %x, want %x", i, e, want[i])
		}
		env, err := domain.ParseEntry(e)
		if err != nil {
			t.Fatal(err)
		}
		again, err := domain.MarshalEntry(env)
		if err != nil || string(again) != string(e) {
			t.Errorf("entry %d: MarshalEntry of its event differs (%v)", i, err)
		}
		if rec.kinds[i] != env.Event.Kind() {
			t.Errorf("entry %d: kind %s, want %s", i, rec.kinds[i], env.Event.Kind())
		}
	}
}

// TestStateGivenEntries: the state folded by the Runner (its tree fed the
// entries' bytes) has the same root, position by position, as a state
// that encodes each event again (Apply, as the verifier folds).
func TestStateGivenEntries(t *testing.T) {
	byRunner, byEvent := domain.NewState(), domain.NewState()
	r := NewRunner(byRunner)
	const n = 7
	var entries [][]byte
	for i := range n {
		entries = append(entries, billEntry(t, i))
	}
	src := SourceFunc(func(ctx context.Context, from uint64, fn func(uint64, []byte) error) error {
		for i, e := range entries {
			if err := fn(uint64(i), e); err != nil {
				return err
			}
			env, err := domain.ParseEntry(e)
			if err != nil {
				return err
			}
			if err := byEvent.Apply(uint64(i), env); err != nil {
				return err
			}
			if byRunner.Root() != byEvent.Root() {
				return fmt.Errorf("roots differ after event %d", i)
			}
		}
		return errors.New("end of the test's log")
	})
	if err := r.Run(context.Background(), src); err == nil || err.Error() != "end of the test's log" {
		t.Fatalf("Run: %v", err)
	}
	if r.Position() != n {
		t.Fatalf("position %d, want %d", r.Position(), n)
	}
}
