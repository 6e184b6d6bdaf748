// Package storetest is the conformance suite of the event-store port. Every
// backend's test is one line:
//
//	func TestConformance(t *testing.T) { storetest.Run(t, newStore) }
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// Run runs the suite; newStore returns an empty store, closed by the caller's
// t.Cleanup.
func Run(t *testing.T, newStore func(t *testing.T) eventstore.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s eventstore.Store)
	}{
		{"AppendAndReadStream", testAppendAndReadStream},
		{"ExpectedRevision", testExpectedRevision},
		{"ConflictWritesNothing", testConflictWritesNothing},
		{"ReadStreamMissing", testReadStreamMissing},
		{"ReadAllOrder", testReadAllOrder},
		{"BadEventRefused", testBadEventRefused},
		{"ConcurrentExact", testConcurrentExact},
		{"ConcurrentAny", testConcurrentAny},
		{"SubscribeCatchUpThenLive", testSubscribe},
		{"SubscribeFromMiddle", testSubscribeFromMiddle},
		{"SlowSubscriber", testSlowSubscriber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newStore(t)) })
	}
}

// Bill returns a valid event for tests, distinct for each n.
func Bill(n int) domain.Event {
	return &domain.BillIntroduced{
		Bill:  domain.BillID(fmt.Sprintf("test-%d", n)),
		Type:  domain.BillProposition,
		Title: fmt.Sprintf("Proposition de loi n° %d", n),
	}
}

func stream(name string) domain.StreamID { return domain.NewStreamID("test", name) }

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

func mustAppend(t *testing.T, s eventstore.Store, st domain.StreamID, exp eventstore.Expected, evs ...domain.Event) eventstore.Appended {
	t.Helper()
	a, err := s.Append(ctx(t), st, exp, evs...)
	if err != nil {
		t.Fatalf("Append(%s, %s): %v", st, exp, err)
	}
	return a
}

func readAll(t *testing.T, s eventstore.Store) []eventstore.Recorded {
	t.Helper()
	var all []eventstore.Recorded
	var from uint64
	for {
		rs, err := s.ReadAll(ctx(t), from, 100)
		if err != nil {
			t.Fatalf("ReadAll(%d): %v", from, err)
		}
		if len(rs) == 0 {
			return all
		}
		all = append(all, rs...)
		from = rs[len(rs)-1].Position + 1
	}
}

func envelope(t *testing.T, r eventstore.Recorded) domain.Envelope {
	t.Helper()
	env, err := r.Envelope()
	if err != nil {
		t.Fatalf("entry at %d does not parse: %v", r.Position, err)
	}
	return env
}

func testAppendAndReadStream(t *testing.T, s eventstore.Store) {
	st := stream("a")
	a := mustAppend(t, s, st, eventstore.NoStream, Bill(1), Bill(2))
	if a.LastRevision != 1 || len(a.Events) != 2 {
		t.Fatalf("got last revision %d with %d events, want 1 with 2", a.LastRevision, len(a.Events))
	}
	a = mustAppend(t, s, st, eventstore.Exact(1), Bill(3))
	if a.LastRevision != 2 {
		t.Fatalf("got last revision %d, want 2", a.LastRevision)
	}
	rs, err := s.ReadStream(ctx(t), st, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 {
		t.Fatalf("got %d events, want 3", len(rs))
	}
	for i, r := range rs {
		env := envelope(t, r)
		if env.Stream != st || env.Revision != uint64(i) {
			t.Errorf("event %d: got %s@%d, want %s@%d", i, env.Stream, env.Revision, st, i)
		}
		want := fmt.Sprintf("Proposition de loi n° %d", i+1)
		if got := env.Event.(*domain.BillIntroduced).Title; got != want {
			t.Errorf("event %d: got title %q, want %q", i, got, want)
		}
		if env.Time.IsZero() || env.Time.Location() != time.UTC {
			t.Errorf("event %d: time %v is not a UTC stamp", i, env.Time)
		}
	}
	rs, err = s.ReadStream(ctx(t), st, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || envelope(t, rs[0]).Revision != 1 {
		t.Fatalf("ReadStream(from 1, max 1): got %d events, want revision 1 only", len(rs))
	}
	rs, err = s.ReadStream(ctx(t), st, 3, 10)
	if err != nil || len(rs) != 0 {
		t.Fatalf("ReadStream past the end: got %d events, %v; want none, no error", len(rs), err)
	}
}

func testExpectedRevision(t *testing.T, s eventstore.Store) {
	st := stream("b")
	cases := []struct {
		exp      eventstore.Expected
		conflict bool
	}{
		{eventstore.StreamExists, true},
		{eventstore.Exact(0), true},
		{eventstore.NoStream, false}, // now at 0
		{eventstore.NoStream, true},
		{eventstore.Exact(1), true},
		{eventstore.Exact(0), false},     // now at 1
		{eventstore.StreamExists, false}, // now at 2
		{eventstore.Any, false},          // now at 3
		{eventstore.Exact(2), true},
		{eventstore.Exact(3), false}, // now at 4
	}
	for i, c := range cases {
		_, err := s.Append(ctx(t), st, c.exp, Bill(100+i))
		var ce *eventstore.ConflictError
		switch {
		case c.conflict && !errors.As(err, &ce):
			t.Fatalf("case %d (%s): got %v, want a *ConflictError", i, c.exp, err)
		case c.conflict && !errors.Is(err, eventstore.ErrConflict):
			t.Fatalf("case %d: errors.Is(err, ErrConflict) is false for %v", i, err)
		case c.conflict && ce.Stream != st:
			t.Fatalf("case %d: conflict names stream %q, want %q", i, ce.Stream, st)
		case !c.conflict && err != nil:
			t.Fatalf("case %d (%s): %v", i, c.exp, err)
		}
	}
	rs, err := s.ReadStream(ctx(t), st, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 5 {
		t.Fatalf("got %d events, want 5", len(rs))
	}
	_, err = s.Append(ctx(t), st, eventstore.Exact(1), Bill(1))
	var ce *eventstore.ConflictError
	if !errors.As(err, &ce) || !ce.Exists || ce.Actual != 4 {
		t.Fatalf("conflict: got %+v, want actual revision 4", err)
	}
	if !strings.Contains(err.Error(), "revision 4") {
		t.Errorf("conflict message %q does not say the actual revision", err)
	}
}

func testConflictWritesNothing(t *testing.T, s eventstore.Store) {
	st := stream("c")
	mustAppend(t, s, st, eventstore.NoStream, Bill(1))
	before := readAll(t, s)
	if _, err := s.Append(ctx(t), st, eventstore.NoStream, Bill(2), Bill(3)); !errors.Is(err, eventstore.ErrConflict) {
		t.Fatalf("got %v, want a conflict", err)
	}
	after := readAll(t, s)
	if len(after) != len(before) {
		t.Fatalf("a refused append wrote %d events", len(after)-len(before))
	}
}

func testReadStreamMissing(t *testing.T, s eventstore.Store) {
	_, err := s.ReadStream(ctx(t), stream("missing"), 0, 10)
	if !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("got %v, want ErrStreamNotFound", err)
	}
}

func testReadAllOrder(t *testing.T, s eventstore.Store) {
	var want []string
	for i := 0; i < 30; i++ {
		st := stream(fmt.Sprintf("order-%d", i%3))
		mustAppend(t, s, st, eventstore.Any, Bill(i))
		want = append(want, fmt.Sprintf("Proposition de loi n° %d", i))
	}
	all := readAll(t, s)
	if len(all) != 30 {
		t.Fatalf("got %d events, want 30", len(all))
	}
	var last time.Time
	revs := map[domain.StreamID]uint64{}
	for i, r := range all {
		if i > 0 && r.Position <= all[i-1].Position {
			t.Fatalf("positions not increasing: %d then %d", all[i-1].Position, r.Position)
		}
		env := envelope(t, r)
		if got := env.Event.(*domain.BillIntroduced).Title; got != want[i] {
			t.Fatalf("event %d: got %q, want %q", i, got, want[i])
		}
		if env.Revision != revs[env.Stream] {
			t.Fatalf("event %d: %s revision %d, want %d", i, env.Stream, env.Revision, revs[env.Stream])
		}
		revs[env.Stream]++
		if env.Time.Before(last) {
			t.Fatalf("event %d: time %v before the previous event's %v", i, env.Time, last)
		}
		last = env.Time
	}
	// From a middle position, with a limit.
	rs, err := s.ReadAll(ctx(t), all[10].Position, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 5 || rs[0].Position != all[10].Position || rs[4].Position != all[14].Position {
		t.Fatalf("ReadAll(from %d, 5): got %d events", all[10].Position, len(rs))
	}
}

func testBadEventRefused(t *testing.T, s eventstore.Store) {
	st := stream("bad")
	before := readAll(t, s)
	huge := &domain.BillIntroduced{Bill: "huge", Type: domain.BillProjet, Title: strings.Repeat("x", domain.MaxEntrySize)}
	if _, err := s.Append(ctx(t), st, eventstore.Any, Bill(1), huge); !errors.Is(err, domain.ErrTooLarge) {
		t.Errorf("oversized event: got %v, want ErrTooLarge", err)
	}
	invalid := &domain.BillIntroduced{Bill: "bad id with spaces", Type: domain.BillProjet, Title: "t"}
	if _, err := s.Append(ctx(t), st, eventstore.Any, invalid); err == nil {
		t.Errorf("invalid event: accepted")
	}
	if _, err := s.Append(ctx(t), "Not A Stream", eventstore.Any, Bill(1)); err == nil {
		t.Errorf("invalid stream name: accepted")
	}
	if _, err := s.Append(ctx(t), st, eventstore.Any); err == nil {
		t.Errorf("append of no events: accepted")
	}
	if after := readAll(t, s); len(after) != len(before) {
		t.Fatalf("refused appends wrote %d events", len(after)-len(before))
	}
	if _, err := s.ReadStream(ctx(t), st, 0, 1); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Fatalf("stream of refused appends: got %v, want ErrStreamNotFound", err)
	}
}

// testConcurrentExact: writers race for each revision; exactly one wins each.
func testConcurrentExact(t *testing.T, s eventstore.Store) {
	st := stream("race")
	mustAppend(t, s, st, eventstore.NoStream, Bill(0))
	const writers, rounds = 8, 10
	var mu sync.Mutex
	wins := 0
	for r := 0; r < rounds; r++ {
		var wg sync.WaitGroup
		for w := 0; w < writers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := s.Append(ctx(t), st, eventstore.Exact(uint64(r)), Bill(1000+r*writers+w))
				if err == nil {
					mu.Lock()
					wins++
					mu.Unlock()
				} else if !errors.Is(err, eventstore.ErrConflict) {
					t.Errorf("round %d: %v", r, err)
				}
			}()
		}
		wg.Wait()
		if wins != r+1 {
			t.Fatalf("after round %d: %d winners, want %d", r, wins, r+1)
		}
	}
	rs, err := s.ReadStream(ctx(t), st, 0, 1000)
	if err != nil || len(rs) != rounds+1 {
		t.Fatalf("got %d events (%v), want %d", len(rs), err, rounds+1)
	}
}

func testConcurrentAny(t *testing.T, s eventstore.Store) {
	const writers, each = 8, 25
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				st := stream(fmt.Sprintf("any-%d", i%2))
				if _, err := s.Append(ctx(t), st, eventstore.Any, Bill(w*each+i)); err != nil {
					t.Errorf("writer %d: %v", w, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	all := readAll(t, s)
	if len(all) != writers*each {
		t.Fatalf("got %d events, want %d", len(all), writers*each)
	}
	seen := map[string]bool{}
	revs := map[domain.StreamID]uint64{}
	for _, r := range all {
		env := envelope(t, r)
		title := env.Event.(*domain.BillIntroduced).Title
		if seen[title] {
			t.Fatalf("%q stored twice", title)
		}
		seen[title] = true
		if env.Revision != revs[env.Stream] {
			t.Fatalf("%s: revision %d in global order, want %d", env.Stream, env.Revision, revs[env.Stream])
		}
		revs[env.Stream]++
	}
}

// collect subscribes from `from` and returns a channel of envelopes' titles.
func collect(t *testing.T, s eventstore.Store, from uint64, slow time.Duration) (<-chan eventstore.Recorded, context.CancelFunc, <-chan error) {
	c, cancel := context.WithCancel(ctx(t))
	out := make(chan eventstore.Recorded, 10000)
	done := make(chan error, 1)
	go func() {
		done <- s.SubscribeAll(c, from, func(r eventstore.Recorded) error {
			if slow > 0 {
				time.Sleep(slow)
			}
			out <- r
			return nil
		})
	}()
	return out, cancel, done
}

func expectTitles(t *testing.T, ch <-chan eventstore.Recorded, from, to int) {
	t.Helper()
	var lastPos uint64
	for i := from; i < to; i++ {
		select {
		case r := <-ch:
			env := envelope(t, r)
			want := fmt.Sprintf("Proposition de loi n° %d", i)
			if got := env.Event.(*domain.BillIntroduced).Title; got != want {
				t.Fatalf("subscription delivered %q, want %q", got, want)
			}
			if i > from && r.Position <= lastPos {
				t.Fatalf("subscription positions not increasing: %d then %d", lastPos, r.Position)
			}
			lastPos = r.Position
		case <-time.After(10 * time.Second):
			t.Fatalf("subscription: no event %d after 10s", i)
		}
	}
}

func testSubscribe(t *testing.T, s eventstore.Store) {
	for i := 0; i < 5; i++ {
		mustAppend(t, s, stream("sub"), eventstore.Any, Bill(i))
	}
	ch, cancel, done := collect(t, s, 0, 0)
	expectTitles(t, ch, 0, 5) // catch-up
	for i := 5; i < 12; i++ {
		mustAppend(t, s, stream("sub"), eventstore.Any, Bill(i))
	}
	expectTitles(t, ch, 5, 12) // live
	select {
	case r := <-ch:
		t.Fatalf("unexpected extra event at %d", r.Position)
	case <-time.After(50 * time.Millisecond):
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("SubscribeAll after cancel: got %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("SubscribeAll did not return after cancel")
	}
	// An error from fn stops the subscription and is returned.
	stop := errors.New("stop")
	err := s.SubscribeAll(ctx(t), 0, func(eventstore.Recorded) error { return stop })
	if !errors.Is(err, stop) {
		t.Fatalf("SubscribeAll with failing fn: got %v, want %v", err, stop)
	}
}

func testSubscribeFromMiddle(t *testing.T, s eventstore.Store) {
	var positions []uint64
	for i := 0; i < 10; i++ {
		a := mustAppend(t, s, stream("mid"), eventstore.Any, Bill(i))
		positions = append(positions, a.Events[0].Position)
	}
	ch, cancel, _ := collect(t, s, positions[6], 0)
	defer cancel()
	expectTitles(t, ch, 6, 10)
}

func testSlowSubscriber(t *testing.T, s eventstore.Store) {
	ch, cancel, _ := collect(t, s, 0, time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 300; i++ {
			if _, err := s.Append(ctx(t), stream("slow"), eventstore.Any, Bill(i)); err != nil {
				t.Errorf("append %d: %v", i, err)
				return
			}
		}
	}()
	expectTitles(t, ch, 0, 300)
	wg.Wait()
}
