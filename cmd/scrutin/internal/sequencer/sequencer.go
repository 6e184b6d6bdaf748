// Package sequencer copies the event store's global order into the Merkle
// log, the distributed mode's bridge between EventStoreDB and Trillian
// (ARCHITECTURE.md, "The ledger").
//
// Event number i of the store's global order becomes leaf i of the log. The
// log is the sequencer's only state: after a crash it resumes from the log's
// size, having checked that the log's last leaf is the store's event at
// that place, so the log never holds an event the store does not and never
// skips or repeats one.
//
// Exactly one sequencer is active at a time: each instance waits for a
// Lease (a row in MariaDB, see SQLLease) and works only while it holds it.
// The lease keeps the instances from racing for nothing; correctness does not
// rest on it, because leaf i is a function of the store alone: two active
// sequencers would write the same leaves at the same indices, and the log
// refuses a leaf at an index it already has (merklelog.ErrWrongIndex).
package sequencer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/domain"
)

// Lease is the right to be the active sequencer, held for a time to live
// and renewed while working.
type Lease interface {
	// Acquire takes the lease if it is free or expired, or renews it if
	// this holder has it, and reports whether this holder now has it.
	Acquire(ctx context.Context) (bool, error)
	// Release gives the lease up, if this holder has it.
	Release(ctx context.Context) error
	// TTL is how long the lease lasts after each Acquire.
	TTL() time.Duration
}

// Config configures a Sequencer.
type Config struct {
	// Store is the event store whose global order is copied. Required.
	Store eventstore.Store
	// Log is the Merkle log it is copied into. Required; nothing else may
	// append to it.
	Log merklelog.Log
	// Lease makes this instance the only active one. Optional: nil means
	// the operator guarantees a single instance (tests, one machine).
	Lease Lease
	// MaxBatch caps the events appended to the log at once. Optional: 1000.
	MaxBatch int
	// Logger receives the sequencer's messages. Optional: slog.Default().
	Logger *slog.Logger
	// Now is the clock of Lag. Optional: time.Now.
	Now func() time.Time
}

// Sequencer copies events from a store into a log. Create it with New and
// run it with Run.
type Sequencer struct {
	cfg Config
	log *slog.Logger

	active    atomic.Bool
	sequenced atomic.Uint64 // log size after the last append

	mu      sync.Mutex
	pending []time.Time // stamps of events read from the store, not yet in the log
}

// ErrDiverged is returned by Run when the log's last leaf is not the
// store's event at that place: the log holds something the store does not
// (wrong store, wrong tree, or a restored store older than the log). The
// sequencer stops rather than write on; an operator must look. Use errors.Is.
var ErrDiverged = errors.New("the log and the event store have diverged")

// New checks cfg and returns a sequencer.
func New(cfg Config) (*Sequencer, error) {
	if cfg.Store == nil || cfg.Log == nil {
		return nil, errors.New("couldn't create sequencer: Store and Log are required")
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 1000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Sequencer{cfg: cfg, log: cfg.Logger.With("component", "sequencer")}, nil
}

// Lag reports how far the log is behind the store: the number of events
// read from the store and not yet in the log, and the age of the oldest of
// them (0 when caught up). The count is a lower bound when the store is
// ahead of the sequencer's read buffer; the age is exact, as the oldest
// event is always the first one read.
func (s *Sequencer) Lag() (events int, age time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) == 0 {
		return 0, 0
	}
	return len(s.pending), max(0, s.cfg.Now().Sub(s.pending[0]))
}

// Active reports whether this instance holds the lease and is sequencing.
func (s *Sequencer) Active() bool { return s.active.Load() }

// Sequenced returns the log's size as of this instance's last append.
func (s *Sequencer) Sequenced() uint64 { return s.sequenced.Load() }

// Run waits for the lease, then copies events until ctx is done (it
// returns ctx.Err()) or the log and the store diverge (ErrDiverged). It
// stops working, and waits again, when the lease is lost. Failures of the
// store or the log are logged and retried: each retry resumes from the
// log's size.
func (s *Sequencer) Run(ctx context.Context) error {
	if s.cfg.Lease == nil {
		s.active.Store(true)
		defer s.active.Store(false)
		return s.work(ctx)
	}
	ttl := s.cfg.Lease.TTL()
	for {
		ok, err := s.cfg.Lease.Acquire(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			s.log.Warn("couldn't take the lease", "err", err)
		}
		if !ok {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(ttl / 3):
			}
			continue
		}
		s.log.Info("took the lease: sequencing")
		err = s.holding(ctx, ttl)
		if ctx.Err() != nil {
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			if err := s.cfg.Lease.Release(rctx); err != nil {
				s.log.Warn("couldn't release the lease", "err", err)
			}
			cancel()
			return ctx.Err()
		}
		if errors.Is(err, ErrDiverged) {
			return err
		}
		s.log.Warn("lost the lease: stopped sequencing", "err", err)
	}
}

var errLeaseLost = errors.New("lease lost")

// holding sequences while renewing the lease every ttl/3; it stops when a
// renewal says another holder has it, or when no renewal has succeeded for
// 2/3 of ttl (so this instance stops before another may start).
func (s *Sequencer) holding(ctx context.Context, ttl time.Duration) error {
	wctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		last := time.Now()
		t := time.NewTicker(ttl / 3)
		defer t.Stop()
		for {
			select {
			case <-wctx.Done():
				return
			case <-t.C:
			}
			ok, err := s.cfg.Lease.Acquire(wctx)
			switch {
			case err == nil && ok:
				last = time.Now()
			case err == nil:
				cancel(errLeaseLost)
				return
			case time.Since(last) > 2*ttl/3:
				cancel(fmt.Errorf("%w: couldn't renew it: %w", errLeaseLost, err))
				return
			}
		}
	}()
	s.active.Store(true)
	defer s.active.Store(false)
	err := s.work(wctx)
	if c := context.Cause(wctx); c != nil && ctx.Err() == nil {
		return c
	}
	return err
}

// work runs passes until ctx is done or the logs diverge.
func (s *Sequencer) work(ctx context.Context) error {
	backoff := 50 * time.Millisecond
	for {
		err := s.pass(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, ErrDiverged) {
			s.log.Error("stopped", "err", err)
			return err
		}
		s.log.Warn("sequencing interrupted; resuming from the log's size", "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

// Resume returns the store position to copy from so that the log, of size
// n, continues without a gap or a repeat: 0 for an empty log, else the
// position after the store's event whose entry is the log's last leaf.
func Resume(ctx context.Context, store eventstore.Store, log merklelog.Log) (next uint64, n uint64, err error) {
	n, err = log.Size(ctx)
	if err != nil || n == 0 {
		return 0, n, err
	}
	last, err := log.Entries(ctx, n-1, n)
	if err != nil {
		return 0, n, err
	}
	env, err := domain.ParseEntry(last[0])
	if err != nil {
		return 0, n, fmt.Errorf("%w: leaf %d is not an event: %v", ErrDiverged, n-1, err)
	}
	rs, err := store.ReadStream(ctx, env.Stream, env.Revision, 1)
	if errors.Is(err, eventstore.ErrStreamNotFound) || err == nil && len(rs) == 0 {
		return 0, n, fmt.Errorf("%w: leaf %d is %s@%d, which the store does not have", ErrDiverged, n-1, env.Stream, env.Revision)
	}
	if err != nil {
		return 0, n, err
	}
	if !bytes.Equal(rs[0].Entry, last[0]) {
		return 0, n, fmt.Errorf("%w: leaf %d differs from the store's %s@%d", ErrDiverged, n-1, env.Stream, env.Revision)
	}
	return rs[0].Position + 1, n, nil
}

// pass resumes from the log's size and copies events until an error.
func (s *Sequencer) pass(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	from, n, err := Resume(ctx, s.cfg.Store, s.cfg.Log)
	if err != nil {
		return fmt.Errorf("couldn't resume: %w", err)
	}
	s.sequenced.Store(n)
	s.log.Info("resuming", "log_size", n, "store_position", from)
	s.mu.Lock()
	s.pending = s.pending[:0]
	s.mu.Unlock()

	ch := make(chan eventstore.Recorded, 2*s.cfg.MaxBatch)
	subErr := make(chan error, 1)
	// The subscription must have stopped before the next pass resets
	// pending, or it could count an event twice.
	subDone := false
	defer func() {
		cancel()
		if !subDone {
			<-subErr
		}
	}()
	go func() {
		subErr <- s.cfg.Store.SubscribeAll(ctx, from, func(r eventstore.Recorded) error {
			var stamp time.Time
			if env, err := domain.ParseEntry(r.Entry); err == nil {
				stamp = env.Time
			} else {
				stamp = s.cfg.Now()
			}
			s.mu.Lock()
			s.pending = append(s.pending, stamp)
			s.mu.Unlock()
			select {
			case ch <- r:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	leaves := make([][]byte, 0, s.cfg.MaxBatch)
	for {
		leaves = leaves[:0]
		select {
		case r := <-ch:
			leaves = append(leaves, r.Entry)
		case err := <-subErr:
			subDone = true
			return fmt.Errorf("couldn't read the store: %w", err)
		case <-ctx.Done():
			return ctx.Err()
		}
	fill:
		for len(leaves) < s.cfg.MaxBatch {
			select {
			case r := <-ch:
				leaves = append(leaves, r.Entry)
			default:
				break fill
			}
		}
		if err := s.cfg.Log.Append(ctx, n, leaves); err != nil {
			return fmt.Errorf("couldn't append %d leaves at %d: %w", len(leaves), n, err)
		}
		n += uint64(len(leaves))
		s.sequenced.Store(n)
		s.mu.Lock()
		s.pending = s.pending[len(leaves):]
		s.mu.Unlock()
	}
}
