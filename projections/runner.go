// Package projections folds the ledger's events, in log order, into the
// read models the API and the pages serve: texts, diffs, amendments,
// turnout, tallies. The verifier rebuilds the same models with the same
// domain folds.
package projections

import (
	"context"
	"fmt"
	"sync"

	"github.com/scrutin/scrutin/domain"
)

// Source delivers the ledger's entries in global order, as the event
// store's catch-up subscription does: every entry from position from on,
// then each new one, until ctx is done.
type Source interface {
	SubscribeAll(ctx context.Context, from uint64, fn func(pos uint64, entry []byte) error) error
}

// SourceFunc adapts a function to Source.
type SourceFunc func(ctx context.Context, from uint64, fn func(pos uint64, entry []byte) error) error

// SubscribeAll implements Source.
func (f SourceFunc) SubscribeAll(ctx context.Context, from uint64, fn func(pos uint64, entry []byte) error) error {
	return f(ctx, from, fn)
}

// Projection is a read model folded from events. Apply is called once per
// event, in log order, never concurrently with itself or with readers that
// go through Runner.View.
type Projection interface {
	Apply(pos uint64, env domain.Envelope) error
}

// Runner feeds projections from a Source and reports its position.
type Runner struct {
	projections []Projection

	mu     sync.RWMutex
	next   uint64 // position after the last applied event
	err    error
	notify chan struct{}
}

// NewRunner returns a runner over ps.
func NewRunner(ps ...Projection) *Runner {
	return &Runner{projections: ps, notify: make(chan struct{})}
}

// Run applies every event from the start of the log, then follows it live,
// until ctx is done or an event fails to decode or apply (the error is
// kept and returned: a projection never silently skips an event).
func (r *Runner) Run(ctx context.Context, src Source) error {
	err := src.SubscribeAll(ctx, r.Position(), func(pos uint64, entry []byte) error {
		env, err := domain.ParseEntry(entry)
		if err != nil {
			return fmt.Errorf("couldn't decode event %d: %w", pos, err)
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		for _, p := range r.projections {
			if err := p.Apply(pos, env); err != nil {
				return fmt.Errorf("couldn't apply event %d (%s): %w", pos, env.Event.Kind(), err)
			}
		}
		r.next = pos + 1
		close(r.notify)
		r.notify = make(chan struct{})
		return nil
	})
	if ctx.Err() == nil && err != nil {
		r.mu.Lock()
		r.err = err
		// Wake every waiter: none waits for an event that will not come.
		close(r.notify)
		r.notify = make(chan struct{})
		r.mu.Unlock()
	}
	return err
}

// Position returns the position after the last event applied: the number
// of events folded when positions are dense.
func (r *Runner) Position() uint64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.next
}

// Err returns the error that stopped Run, if any.
func (r *Runner) Err() error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.err
}

// WaitFor blocks until the event at pos has been applied (read your writes).
func (r *Runner) WaitFor(ctx context.Context, pos uint64) error {
	for {
		r.mu.RLock()
		next, wake, err := r.next, r.notify, r.err
		r.mu.RUnlock()
		if next > pos {
			return nil
		}
		if err != nil {
			return err
		}
		select {
		case <-wake:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// View runs fn while no event is being applied, so fn sees a consistent
// state of every projection.
func (r *Runner) View(fn func()) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	fn()
}

// Counts is the simplest projection: how many events of each type.
type Counts struct {
	ByType map[string]uint64
	Total  uint64
}

// NewCounts returns an empty Counts.
func NewCounts() *Counts { return &Counts{ByType: map[string]uint64{}} }

// Apply implements Projection.
func (c *Counts) Apply(pos uint64, env domain.Envelope) error {
	c.ByType[env.Event.Kind().Name]++
	c.Total++
	return nil
}
