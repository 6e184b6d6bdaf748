// Package app is Scrutin's command side: every write goes through it, is
// checked against the domain rules (domain.State, the same fold the
// verifier runs) and appended so that the log never holds an event that
// breaks a rule, even under concurrency.
//
// Concurrency: each append checks the state and writes with the stream's
// exact revision, so a check and its write are atomic per stream. Rules
// across streams are guarded by a gate: ballots hold it shared while they
// are checked and written; events that could invalidate a ballot being
// checked (VoteClosed, CredentialRevoked) hold it exclusively, after every
// ballot in flight is written.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// Config is what the app writes to and reads from.
type Config struct {
	Ledger *ledger.Ledger
	Runner *projections.Runner
	// State is a projection fed by Runner (with DeferBallots set: the app
	// verifies ballots before they are written).
	State *domain.State
	// Now is the clock. Optional: time.Now.
	Now func() time.Time
	Log *slog.Logger
	// Workers verifies ballots. Optional: the number of CPUs.
	Workers int
	// Head returns how many events the store holds, counting writes
	// acknowledged by other replicas (read-your-writes across replicas).
	// Optional: the log's size (embedded mode, where store and log are one).
	Head func(context.Context) (uint64, error)
	// Writable reports why writes are paused (a *PausedError), or nil.
	// Optional: always writable.
	Writable func() error
	// CloseDelay is how long after a vote's closing time CloseDue closes
	// it. Optional: 0, right away (embedded mode: the gate orders ballots
	// in flight before the close). In distributed mode replicas check
	// ballots against their own clocks and write them without a common
	// gate, so the close waits until no ballot checked in time can still
	// be on its way: CloseGrace plus twice the clock skew.
	CloseDelay time.Duration
	// MaxBatch and BatchWait bound the ballots verified together.
	// Optional: 512 and 2ms.
	MaxBatch  int
	BatchWait time.Duration
}

// App is the command side.
type App struct {
	cfg  Config
	gate sync.RWMutex

	// commitMu makes ballot commits one at a time; unfolded holds, in log
	// order, the ballots this app wrote that the projections may not have
	// folded yet: a commit checks its ballots against the state and these,
	// instead of waiting for the fold of the commit before it.
	commitMu sync.Mutex
	unfolded []writtenBallot

	casts chan *castRequest
	stop  chan struct{}
	wg    sync.WaitGroup
}

// New starts the app's ballot batcher; Close stops it.
func New(cfg Config) *App {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 512
	}
	if cfg.BatchWait <= 0 {
		cfg.BatchWait = 2 * time.Millisecond
	}
	a := &App{cfg: cfg, casts: make(chan *castRequest, 4096), stop: make(chan struct{})}
	a.wg.Add(1)
	go a.batcher()
	return a
}

// Close stops the batcher.
func (a *App) Close() {
	close(a.stop)
	a.wg.Wait()
}

// ErrRefused wraps a command that breaks a rule: nothing was appended. The
// error says which rule. Use errors.Is.
var ErrRefused = errors.New("refused")

// PausedError says why writes are paused: in distributed mode, when the
// Merkle log takes no events (its server or database is down, or it has
// not advanced for too long), the ledger refuses new events rather than
// acknowledge more than it can log. It wraps eventstore.ErrUnavailable.
type PausedError struct{ Reason string }

func (e *PausedError) Error() string {
	return "writes are paused: " + e.Reason + "; try again in a moment"
}

func (e *PausedError) Unwrap() error { return eventstore.ErrUnavailable }

// FoldStoppedError says that the projections stopped on a stored event
// they refuse: a bug, since the app writes only what the fold accepts.
// Reads go on serving the state before that event; every write is
// refused at once (none waits for a fold that will not come). It wraps
// eventstore.ErrUnavailable.
type FoldStoppedError struct{ Err error }

func (e *FoldStoppedError) Error() string {
	return "writes are stopped: the ledger's fold refused a stored event (a bug; see the server's log): " + e.Err.Error()
}

func (e *FoldStoppedError) Unwrap() []error { return []error{eventstore.ErrUnavailable, e.Err} }

func (a *App) writable() error {
	if err := a.cfg.Runner.Err(); err != nil {
		return &FoldStoppedError{Err: err}
	}
	if a.cfg.Writable == nil {
		return nil
	}
	return a.cfg.Writable()
}

// View runs fn on a consistent state.
func (a *App) View(fn func(s *domain.State)) {
	a.cfg.Runner.View(func() { fn(a.cfg.State) })
}

// exclusive reports whether ev can invalidate the check of a ballot in
// flight, and so must wait for every one of them.
func exclusive(ev domain.Event) bool {
	switch ev.(type) {
	case *domain.VoteClosed, *domain.CredentialRevoked:
		return true
	}
	return false
}

// Append checks ev against the rules and appends it to stream, then waits
// until the projections have applied it (read your writes).
func (a *App) Append(ctx context.Context, stream domain.StreamID, ev domain.Event) (eventstore.Recorded, error) {
	if err := a.writable(); err != nil {
		return eventstore.Recorded{}, err
	}
	if b, ok := ev.(*domain.BallotCast); ok {
		// A ballot is written only once its signature and proofs verify.
		if stream != domain.VoteStream(b.Vote) {
			return eventstore.Recorded{}, fmt.Errorf("%w: %w", ErrRefused, &domain.RuleError{Kind: b.Kind(), Rule: domain.RuleStream, Err: fmt.Errorf("a ballot goes on stream %s", domain.VoteStream(b.Vote))})
		}
		return a.Cast(ctx, b)
	}
	ex := exclusive(ev)
	if ex {
		a.gate.Lock()
		defer a.gate.Unlock()
	} else {
		a.gate.RLock()
		defer a.gate.RUnlock()
	}
	if err := a.catchUp(ctx); err != nil {
		return eventstore.Recorded{}, err
	}
	var rev uint64
	var exists bool
	var err error
	a.View(func(s *domain.State) {
		rev, exists = s.Revision(stream)
		err = s.Check(stream, ev, a.cfg.Now().UnixMicro())
	})
	if err != nil {
		return eventstore.Recorded{}, fmt.Errorf("%w: %w", ErrRefused, err)
	}
	exp := eventstore.NoStream
	if exists {
		exp = eventstore.Exact(rev)
	}
	res, err := a.cfg.Ledger.Store.Append(ctx, stream, exp, ev)
	if err != nil {
		return eventstore.Recorded{}, err
	}
	rec := res.Events[0]
	wait := ctx
	if ex {
		// Ballot commits check against the state without waiting for the
		// store's head (cast.go): the gate opens only once the event that
		// may refuse them is folded, even if the caller has gone.
		wait = context.WithoutCancel(ctx)
	}
	if err := a.cfg.Runner.WaitFor(wait, rec.Position); err != nil {
		return rec, err
	}
	return rec, nil
}

// CatchUp waits until the projections hold every event the store held when
// it was called, writes acknowledged by other replicas included: reads
// after it see the reader's own earlier writes, whichever replica took them.
func (a *App) CatchUp(ctx context.Context) error { return a.catchUp(ctx) }

// head returns how many events the store holds.
func (a *App) head(ctx context.Context) (uint64, error) {
	if a.cfg.Head != nil {
		return a.cfg.Head(ctx)
	}
	return a.cfg.Ledger.Log.Size(ctx)
}

// catchUp waits until the projections hold every event in the store.
func (a *App) catchUp(ctx context.Context) error {
	size, err := a.head(ctx)
	if err != nil {
		return err
	}
	if size == 0 {
		return nil
	}
	return a.cfg.Runner.WaitFor(ctx, size-1)
}
