package app

import (
	"context"
	"errors"
	"fmt"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// StreamEvent is an event and the stream it goes on.
type StreamEvent struct {
	Stream domain.StreamID
	Event  domain.Event
}

// MaxBatchEvents bounds the events of one AppendBatch.
const MaxBatchEvents = 20000

// BatchError says which event of a batch was refused and why; nothing of
// the batch was written. It wraps ErrRefused and the event's error (a
// *domain.RuleError, whose Rule names the rule, or domain.ErrNotBatchable).
type BatchError struct {
	Index  int // of the event in the batch, from 0
	Stream domain.StreamID
	Kind   string
	Rule   domain.Rule // RuleNone when the kind is not batchable
	Err    error
}

func (e *BatchError) Error() string {
	return fmt.Sprintf("event %d of the batch (%s on %s) is refused: %v; nothing of the batch was written", e.Index, e.Kind, e.Stream, e.Err)
}

func (e *BatchError) Unwrap() []error { return []error{ErrRefused, e.Err} }

// AppendBatch checks a batch of events of bills and the law (the
// importer's kinds, domain.EventBatch), on several streams, in order:
// each against the state plus the events before it in the batch. If one
// breaks a rule, nothing is written and the error is a *BatchError naming
// it. Otherwise every event is written in one append: with the embedded
// store one transaction and one fsync, all or nothing, at the exact
// revisions the check saw (a stream moved by another writer in between
// makes the batch be checked again). It returns once every event is
// durable and folded (read your writes), with the records in batch order.
//
// A store without multi-stream appends (EventStoreDB) gets one append per
// run of consecutive events on a stream, in order: each run all or
// nothing, the batch not (a failure midway leaves the runs before it
// written; the importer's diff then skips them on the next run).
func (a *App) AppendBatch(ctx context.Context, evs []StreamEvent) ([]eventstore.Recorded, error) {
	if err := a.writable(); err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return nil, nil
	}
	if len(evs) > MaxBatchEvents {
		return nil, fmt.Errorf("%w: a batch holds at most %d events, not %d", ErrRefused, MaxBatchEvents, len(evs))
	}
	a.gate.RLock()
	defer a.gate.RUnlock()
	var recs []eventstore.Recorded
	pending := evs
	for try := 0; len(pending) > 0; try++ {
		if try == maxCommitTries {
			return recs, fmt.Errorf("%w: the batch keeps racing other writes; try again", eventstore.ErrConflict)
		}
		if err := a.catchUp(ctx); err != nil {
			return recs, err
		}
		parts, err := a.checkBatch(pending, len(evs)-len(pending))
		if err != nil {
			return recs, err
		}
		written, err := a.writeParts(ctx, parts)
		recs = append(recs, written...)
		pending = pending[len(written):]
		if errors.Is(err, eventstore.ErrConflict) {
			continue
		}
		if err != nil {
			return recs, err
		}
	}
	if err := a.cfg.Runner.WaitFor(ctx, recs[len(recs)-1].Position); err != nil {
		return recs, err
	}
	return recs, nil
}

// checkBatch checks evs (the batch from event offset on) on the current
// state and cuts them in parts: runs of consecutive events on one stream,
// each expecting the exact revision the ones before it leave.
func (a *App) checkBatch(evs []StreamEvent, offset int) ([]eventstore.Part, error) {
	var parts []eventstore.Part
	var err error
	now := a.cfg.Now().UnixMicro()
	a.View(func(s *domain.State) {
		b := s.NewEventBatch(now)
		for i, se := range evs {
			last, exists := b.Revision(se.Stream) // the batch's events before included
			if e := b.Add(se.Stream, se.Event); e != nil {
				be := &BatchError{Index: offset + i, Stream: se.Stream, Kind: se.Event.Kind().Name, Err: e}
				var re *domain.RuleError
				if errors.As(e, &re) {
					be.Rule = re.Rule
				}
				err = be
				return
			}
			if n := len(parts); n > 0 && parts[n-1].Stream == se.Stream {
				parts[n-1].Events = append(parts[n-1].Events, se.Event)
				continue
			}
			exp := eventstore.NoStream
			if exists {
				exp = eventstore.Exact(last)
			}
			parts = append(parts, eventstore.Part{Stream: se.Stream, Expected: exp, Events: []domain.Event{se.Event}})
		}
	})
	return parts, err
}

// writeParts writes the parts: in one append if the store can, else one
// append a part, in order. It returns the records written.
func (a *App) writeParts(ctx context.Context, parts []eventstore.Part) ([]eventstore.Recorded, error) {
	var recs []eventstore.Recorded
	if m, ok := a.cfg.Ledger.Store.(eventstore.MultiAppender); ok {
		res, err := m.AppendParts(ctx, parts)
		if err != nil {
			return nil, err
		}
		for _, r := range res {
			recs = append(recs, r.Events...)
		}
		return recs, nil
	}
	for _, p := range parts {
		res, err := a.cfg.Ledger.Store.Append(ctx, p.Stream, p.Expected, p.Events...)
		if err != nil {
			return recs, err
		}
		recs = append(recs, res.Events...)
	}
	return recs, nil
}
