// Package projections folds the ledger's events, in log order, into the
// read models the API and the pages serve: texts, diffs, amendments,
// turnout, tallies. The verifier rebuilds the same models with the same
// domain folds.
package projections

import (
	"container/heap"
	"context"
	"fmt"
	"sync"
	"sync/atomic"

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

// EntryProjection is a Projection that also reads the entry's bytes (the
// Atom feeds name an item by its entry's leaf hash). The Runner calls
// ApplyEntry instead of Apply, with the bytes env was parsed from: since
// ParseEntry accepts only canonical entries, they are what
// domain.MarshalEntry(env) would give, without encoding env again.
// ApplyEntry must not keep entry past its return.
type EntryProjection interface {
	Projection
	ApplyEntry(pos uint64, env domain.Envelope, entry []byte) error
}

// Runner feeds projections from a Source and reports its position.
type Runner struct {
	projections []Projection

	mu   sync.RWMutex  // held to apply an event, shared by View
	next atomic.Uint64 // position after the last applied event

	// Waiters for a position, woken only once it is folded: a waiter
	// costs nothing while the events before its own are applied.
	wmu     sync.Mutex
	waiters waitHeap

	failed atomic.Pointer[error] // what stopped Run; set under wmu
}

// waiter is a WaitFor blocked until the event at pos is applied. done is
// buffered: the waiter is woken by one send (by wake, or by Run's end),
// and a channel it received on is kept for another waiter (wakers).
type waiter struct {
	pos  uint64
	done chan struct{}
}

// wakers are the channels of waiters that were woken and left: a WaitFor
// that blocks made one an append, twice an append over HTTP.
var wakers = sync.Pool{New: func() any { return make(chan struct{}, 1) }}

// waitHeap orders waiters by position, the lowest first.
type waitHeap []waiter

func (h waitHeap) Len() int           { return len(h) }
func (h waitHeap) Less(i, j int) bool { return h[i].pos < h[j].pos }
func (h waitHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *waitHeap) Push(x any)        { *h = append(*h, x.(waiter)) }
func (h *waitHeap) Pop() any {
	old := *h
	w := old[len(old)-1]
	*h = old[:len(old)-1]
	return w
}

// NewRunner returns a runner over ps.
func NewRunner(ps ...Projection) *Runner {
	return &Runner{projections: ps}
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
		if err := r.apply(pos, env, entry); err != nil {
			return err
		}
		r.wake(pos + 1)
		return nil
	})
	if ctx.Err() == nil && err != nil {
		r.wmu.Lock()
		r.failed.Store(&err)
		// Wake every waiter: none waits for an event that will not come.
		for _, w := range r.waiters {
			w.done <- struct{}{}
		}
		r.waiters = nil
		r.wmu.Unlock()
	}
	return err
}

func (r *Runner) apply(pos uint64, env domain.Envelope, entry []byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, p := range r.projections {
		var err error
		if ep, ok := p.(EntryProjection); ok {
			err = ep.ApplyEntry(pos, env, entry)
		} else {
			err = p.Apply(pos, env)
		}
		if err != nil {
			return fmt.Errorf("couldn't apply event %d (%s): %w", pos, env.Event.Kind(), err)
		}
	}
	r.next.Store(pos + 1)
	return nil
}

// wake wakes the waiters for positions before next.
func (r *Runner) wake(next uint64) {
	r.wmu.Lock()
	defer r.wmu.Unlock()
	for len(r.waiters) > 0 && r.waiters[0].pos < next {
		heap.Pop(&r.waiters).(waiter).done <- struct{}{}
	}
}

// Position returns the position after the last event applied: the number
// of events folded when positions are dense.
func (r *Runner) Position() uint64 { return r.next.Load() }

// Err returns the error that stopped Run, if any.
func (r *Runner) Err() error {
	if p := r.failed.Load(); p != nil {
		return *p
	}
	return nil
}

// WaitFor blocks until the event at pos has been applied (read your
// writes), Run has stopped on an error, or ctx is done.
func (r *Runner) WaitFor(ctx context.Context, pos uint64) error {
	if r.next.Load() > pos {
		return nil
	}
	r.wmu.Lock()
	// Run stores next before it takes wmu to wake: checked again under
	// wmu, a waiter either sees the event applied or is woken for it.
	if r.next.Load() > pos {
		r.wmu.Unlock()
		return nil
	}
	if err := r.Err(); err != nil {
		r.wmu.Unlock()
		return err
	}
	w := waiter{pos: pos, done: wakers.Get().(chan struct{})}
	heap.Push(&r.waiters, w)
	r.wmu.Unlock()
	select {
	case <-w.done:
		wakers.Put(w.done) // emptied, and out of the heap
	case <-ctx.Done():
		// Left in the heap: woken (and dropped, its channel with it) when
		// pos is applied.
		return ctx.Err()
	}
	if r.next.Load() > pos {
		return nil
	}
	return r.Err()
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
