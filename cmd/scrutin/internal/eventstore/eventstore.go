// Package eventstore is the event-store port: the source of truth for
// streams, with optimistic concurrency per stream and one global order, on
// the model of EventStoreDB. Backends: the embedded bbolt file
// (cmd/scrutin/internal/embedded) and EventStoreDB. Every backend passes the
// conformance suite in the storetest package.
package eventstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/scrutin/scrutin/domain"
)

// Expected is the revision a writer expects a stream to be at, as in
// EventStoreDB: any, no stream yet, the stream exists, or an exact revision
// (the revision of its last event).
type Expected struct {
	kind uint8
	rev  uint64
}

const (
	expectAny uint8 = iota
	expectNoStream
	expectStreamExists
	expectExact
)

var (
	// Any appends whatever the stream's state.
	Any = Expected{kind: expectAny}
	// NoStream appends only if the stream has no event yet.
	NoStream = Expected{kind: expectNoStream}
	// StreamExists appends only if the stream has at least one event.
	StreamExists = Expected{kind: expectStreamExists}
)

// Exact appends only if the stream's last event has revision rev.
func Exact(rev uint64) Expected { return Expected{kind: expectExact, rev: rev} }

func (e Expected) String() string {
	switch e.kind {
	case expectAny:
		return "any"
	case expectNoStream:
		return "no stream"
	case expectStreamExists:
		return "stream exists"
	}
	return fmt.Sprintf("revision %d", e.rev)
}

// Allows reports whether a stream whose last revision is last (exists false
// for an empty stream) satisfies e.
func (e Expected) Allows(last uint64, exists bool) bool {
	switch e.kind {
	case expectAny:
		return true
	case expectNoStream:
		return !exists
	case expectStreamExists:
		return exists
	}
	return exists && last == e.rev
}

// ExactRevision returns the exact revision e expects, if it is one.
func (e Expected) ExactRevision() (uint64, bool) { return e.rev, e.kind == expectExact }

// IsNoStream reports whether e expects the stream not to exist.
func (e Expected) IsNoStream() bool { return e.kind == expectNoStream }

// IsStreamExists reports whether e expects the stream to exist.
func (e Expected) IsStreamExists() bool { return e.kind == expectStreamExists }

// ConflictError is returned when a stream is not at the expected revision;
// nothing was appended. Use errors.As to read it, or errors.Is(err, ErrConflict).
type ConflictError struct {
	Stream   domain.StreamID
	Expected Expected
	Exists   bool   // whether the stream has events
	Actual   uint64 // its last revision, when Exists
}

func (e *ConflictError) Error() string {
	actual := "no stream"
	if e.Exists {
		actual = fmt.Sprintf("revision %d", e.Actual)
	}
	return fmt.Sprintf("wrong expected revision on %s: expected %s, stream is at %s", e.Stream, e.Expected, actual)
}

func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// ErrConflict matches every *ConflictError with errors.Is.
var ErrConflict = errors.New("wrong expected revision")

// ErrStreamNotFound is returned by ReadStream for a stream with no events.
// Use errors.Is to test for it.
var ErrStreamNotFound = errors.New("stream not found")

// ErrUnavailable wraps failures of the backend itself (disk, network,
// database down): the request may succeed later. Use errors.Is.
var ErrUnavailable = errors.New("event store unavailable")

// Recorded is an event as stored: its canonical entry bytes and its position
// in the global order. Positions strictly increase along the global order;
// in the embedded store they are dense (0, 1, 2, …) and equal the entry's
// leaf index in the Merkle log.
type Recorded struct {
	Position uint64
	Entry    []byte
}

// Envelope decodes the entry.
func (r Recorded) Envelope() (domain.Envelope, error) { return domain.ParseEntry(r.Entry) }

// Appended describes a successful append.
type Appended struct {
	// Events as written, in order, with their positions.
	Events []Recorded
	// LastRevision is the stream's revision after the append.
	LastRevision uint64
}

// Store is the event-store port.
type Store interface {
	// Append writes events at the end of stream, atomically (all or none),
	// if the stream is at the expected revision; otherwise it returns a
	// *ConflictError and writes nothing. The store stamps each envelope with
	// its stream revision and the time, never earlier than the time of the
	// event before it in the global order. Events that break a rule of
	// their own (domain checks, size) are refused with nothing written.
	// When Append returns nil the events are durable.
	Append(ctx context.Context, stream domain.StreamID, expected Expected, events ...domain.Event) (Appended, error)

	// ReadStream returns up to max events of stream from revision from on,
	// in revision order, or ErrStreamNotFound if the stream has no events.
	ReadStream(ctx context.Context, stream domain.StreamID, from uint64, max int) ([]Recorded, error)

	// ReadAll returns up to max events in global order, starting at the
	// first event whose position is at least from.
	ReadAll(ctx context.Context, from uint64, max int) ([]Recorded, error)

	// SubscribeAll calls fn for every event at position from or after, in
	// global order: first those already stored (catch-up), then each new one
	// as it is appended (live), until ctx is done (it returns ctx.Err()) or
	// fn returns an error (returned as is). fn is called from one goroutine.
	// The entry's bytes may be shared with other readers: fn must not
	// change them.
	SubscribeAll(ctx context.Context, from uint64, fn func(Recorded) error) error
}
