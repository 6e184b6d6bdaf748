package eventstore

import (
	"context"
	"strconv"

	"github.com/scrutin/scrutin/domain"
)

// Part is one stream's share of a multi-stream append: events for Stream,
// written if the stream is at Expected when the part's turn comes (after
// the parts before it in the same append).
type Part struct {
	Stream   domain.StreamID
	Expected Expected
	Events   []domain.Event
}

// MultiAppender is the optional ability of a store to append parts on
// several streams atomically: every part is written, in order and
// contiguous in the global order, or none is (a part's *ConflictError
// names it; nothing is written). When AppendParts returns nil every event
// is durable. The embedded store has it (one transaction, one fsync);
// EventStoreDB has no multi-stream transaction, so callers test for it
// with a type assertion and fall back to one Append a part.
type MultiAppender interface {
	AppendParts(ctx context.Context, parts []Part) ([]Appended, error)
}

// PartError says which part of a multi-stream append was refused; nothing
// was written. It wraps the part's error (a *ConflictError, or an event
// the store refuses).
type PartError struct {
	Index int // of the part
	Err   error
}

func (e *PartError) Error() string { return "part " + strconv.Itoa(e.Index) + ": " + e.Err.Error() }

func (e *PartError) Unwrap() error { return e.Err }
