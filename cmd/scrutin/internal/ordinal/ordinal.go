// Package ordinal numbers the events of an event store densely, 0, 1, 2, …,
// in the store's global order: the numbering of the Merkle log, where
// event i of the store is leaf i (the sequencer's invariant).
//
// EventStoreDB's positions in $all are byte offsets: they increase but
// skip. Scrutin's projections, rules and receipts speak of ordinals (the
// rules check that event n comes after event n-1, a receipt names its leaf
// index before the log holds it). A Store wraps a store with sparse
// positions and serves the same events with ordinal positions. It follows
// the inner store with its own catch-up subscription from the start and
// keeps the position of every event (8 bytes each: 8 MB for a million
// events); every replica computes the same numbering because every replica
// reads the same $all.
//
// Read-your-writes: Append returns once the subscription has seen the
// appended events, so their ordinals are known. Head asks the inner store
// for its newest event and waits until the subscription has numbered it, so
// a replica can catch up with writes made through another replica.
package ordinal

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// Inner is a store with sparse, increasing positions that can name its
// newest event.
type Inner interface {
	eventstore.Store
	// Last returns the position of the newest event; ok is false when it
	// cannot say (no events, or none recent enough to find).
	Last(ctx context.Context) (pos uint64, ok bool, err error)
}

// Store is an eventstore.Store with dense positions. Create it with New.
type Store struct {
	inner Inner
	log   *slog.Logger

	mu      sync.Mutex
	pos     []uint64      // pos[i] is the inner position of event i
	changed chan struct{} // closed and replaced when pos grows or err is set
	err     error         // why the subscription stopped

	cancel context.CancelFunc
	done   chan struct{}
}

var _ eventstore.Store = (*Store)(nil)

// New starts numbering inner's events; Close stops it.
func New(inner Inner, logger *slog.Logger) *Store {
	if logger == nil {
		logger = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Store{inner: inner, log: logger, changed: make(chan struct{}), cancel: cancel, done: make(chan struct{})}
	go s.follow(ctx)
	return s
}

// Close stops the subscription. It does not close inner.
func (s *Store) Close() error {
	s.cancel()
	<-s.done
	return nil
}

func (s *Store) follow(ctx context.Context) {
	defer close(s.done)
	err := s.inner.SubscribeAll(ctx, 0, func(r eventstore.Recorded) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		if n := len(s.pos); n > 0 && r.Position <= s.pos[n-1] {
			return fmt.Errorf("the store's subscription went back: position %d after %d", r.Position, s.pos[n-1])
		}
		s.pos = append(s.pos, r.Position)
		close(s.changed)
		s.changed = make(chan struct{})
		return nil
	})
	if ctx.Err() != nil {
		err = errors.New("ordinal store closed")
	} else {
		s.log.Error("numbering the event store's events stopped", "err", err)
	}
	s.mu.Lock()
	s.err = err
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

// Count returns how many events have been numbered.
func (s *Store) Count() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return uint64(len(s.pos))
}

// Err returns why numbering stopped, or nil while it runs.
func (s *Store) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// wait blocks until ok (called with s.mu held) holds, s.mu held on return.
func (s *Store) wait(ctx context.Context, ok func() bool) error {
	s.mu.Lock()
	for !ok() {
		if s.err != nil {
			err := s.err
			s.mu.Unlock()
			return fmt.Errorf("%w: %w", eventstore.ErrUnavailable, err)
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
		s.mu.Lock()
	}
	return nil
}

// ordinal waits until the event at inner position p is numbered and
// returns its ordinal.
func (s *Store) ordinal(ctx context.Context, p uint64) (uint64, error) {
	if err := s.wait(ctx, func() bool { n := len(s.pos); return n > 0 && s.pos[n-1] >= p }); err != nil {
		return 0, err
	}
	defer s.mu.Unlock()
	i := sort.Search(len(s.pos), func(i int) bool { return s.pos[i] >= p })
	if s.pos[i] != p {
		return 0, fmt.Errorf("position %d is not an event's in the store's order", p)
	}
	return uint64(i), nil
}

func (s *Store) number(ctx context.Context, rs []eventstore.Recorded) error {
	for i := range rs {
		o, err := s.ordinal(ctx, rs[i].Position)
		if err != nil {
			return err
		}
		rs[i].Position = o
	}
	return nil
}

// Append implements eventstore.Store. It returns once the appended events
// are numbered.
func (s *Store) Append(ctx context.Context, stream domain.StreamID, expected eventstore.Expected, events ...domain.Event) (eventstore.Appended, error) {
	res, err := s.inner.Append(ctx, stream, expected, events...)
	if err != nil {
		return res, err
	}
	return res, s.number(ctx, res.Events)
}

// ReadStream implements eventstore.Store.
func (s *Store) ReadStream(ctx context.Context, stream domain.StreamID, from uint64, max int) ([]eventstore.Recorded, error) {
	rs, err := s.inner.ReadStream(ctx, stream, from, max)
	if err != nil {
		return nil, err
	}
	return rs, s.number(ctx, rs)
}

// ReadAll implements eventstore.Store over the events numbered so far.
func (s *Store) ReadAll(ctx context.Context, from uint64, max int) ([]eventstore.Recorded, error) {
	s.mu.Lock()
	n := uint64(len(s.pos))
	if from >= n || max <= 0 {
		s.mu.Unlock()
		return nil, nil
	}
	start := s.pos[from]
	max = int(min(uint64(max), n-from))
	s.mu.Unlock()
	rs, err := s.inner.ReadAll(ctx, start, max)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range rs {
		o := from + uint64(i)
		if s.pos[o] != rs[i].Position {
			return nil, fmt.Errorf("the store's order changed: event %d at position %d, now %d", o, s.pos[o], rs[i].Position)
		}
		rs[i].Position = o
	}
	return rs, nil
}

// SubscribeAll implements eventstore.Store: fn sees events from ordinal
// from on, in order, with their ordinals, through a subscription of its own.
func (s *Store) SubscribeAll(ctx context.Context, from uint64, fn func(eventstore.Recorded) error) error {
	if err := s.wait(ctx, func() bool { return uint64(len(s.pos)) >= from }); err != nil {
		return err
	}
	var start uint64
	switch {
	case from < uint64(len(s.pos)):
		start = s.pos[from]
	case from > 0:
		start = s.pos[from-1] + 1
	}
	s.mu.Unlock()
	next := from
	return s.inner.SubscribeAll(ctx, start, func(r eventstore.Recorded) error {
		s.mu.Lock()
		if next < uint64(len(s.pos)) && s.pos[next] != r.Position {
			s.mu.Unlock()
			return fmt.Errorf("the store's order changed: event %d at position %d, now %d", next, s.pos[next], r.Position)
		}
		s.mu.Unlock()
		r.Position = next
		next++
		return fn(r)
	})
}

// Head returns the number of events in the store now: the newest event's
// ordinal plus one, once numbered. A write acknowledged by any replica
// before Head is called is counted.
func (s *Store) Head(ctx context.Context) (uint64, error) {
	p, ok, err := s.inner.Last(ctx)
	if err != nil {
		return 0, err
	}
	if !ok {
		return s.Count(), nil
	}
	o, err := s.ordinal(ctx, p)
	if err != nil {
		return 0, err
	}
	return o + 1, nil
}
