package domain

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"golang.org/x/mod/sumdb/tlog"
)

// EntryMagic opens every entry: the format's name and version, as a line.
const EntryMagic = "scrutin/event/v1\n"

// MaxEntrySize is the largest entry, in bytes. C2SP tlog-tiles entry bundles
// prefix each entry with a 16-bit length, so no entry can be longer. Content
// that would not fit (a long bill) is split across several events: see
// docs/EVENTS.md, "Large content".
const MaxEntrySize = 1<<16 - 1

// ErrUnknownType is returned (wrapped) for an entry whose event type or type
// version this build does not know. Use errors.Is to test for it.
var ErrUnknownType = errors.New("unknown event type")

// ErrTooLarge is returned (wrapped) for an entry over MaxEntrySize.
// Use errors.Is to test for it.
var ErrTooLarge = errors.New("entry too large")

// Event is one fact recorded in the ledger: a payload with a type name and
// a type version. The set is closed: every event type is declared in this
// package, with its canonical payload encoding.
type Event interface {
	// Kind names the event type and the version of its payload encoding.
	Kind() Kind
	// encode appends the canonical payload.
	encode(e *encoder)
	// decode reads the payload; errors stick in d.
	decode(d *decoder)
	// check enforces the rules a single event obeys on its own (non-empty
	// identifiers, ranges), independent of the rest of the ledger.
	check() error
}

// Kind is an event type name and the version of its payload encoding.
type Kind struct {
	Name    string
	Version uint16
}

func (k Kind) String() string { return fmt.Sprintf("%s/v%d", k.Name, k.Version) }

var registry = map[Kind]func() Event{}

// latest maps each type name to the kind of its latest version
// (NewEvent), kept by register.
var latest = map[string]Kind{}

// register declares an event type; called from init functions only.
func register(f func() Event) {
	k := f().Kind()
	if _, dup := registry[k]; dup {
		panic("domain: event kind registered twice: " + k.String())
	}
	if !validTypeName(k.Name) {
		panic("domain: invalid event type name " + k.Name)
	}
	registry[k] = f
	if l, ok := latest[k.Name]; !ok || k.Version > l.Version {
		latest[k.Name] = k
	}
}

// Kinds lists every event kind this build can decode, sorted.
func Kinds() []Kind {
	ks := make([]Kind, 0, len(registry))
	for k := range registry {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].Name != ks[j].Name {
			return ks[i].Name < ks[j].Name
		}
		return ks[i].Version < ks[j].Version
	})
	return ks
}

// Envelope is an event with its place in the ledger: the stream it belongs
// to, its revision in that stream (0 for the first event of a stream) and the
// time the ledger recorded it (UTC, microsecond precision).
//
// The global position of an event (its leaf index in the Merkle log) is not
// part of the envelope: it is where the entry sits in the log.
type Envelope struct {
	Stream   StreamID
	Revision uint64
	Time     time.Time
	Event    Event
}

// MarshalEntry returns the canonical bytes of an envelope: the log entry.
//
// The layout (docs/EVENTS.md) is, with str = u32 length + UTF-8 bytes:
//
//	"scrutin/event/v1\n"  17 bytes
//	type name             str
//	type version          u16
//	stream                str
//	stream revision       u64
//	time                  i64, Unix microseconds, UTC
//	payload               u32 length + payload bytes
//
// docs/EVENTS.md shows literal examples, generated from testdata/vectors.
func MarshalEntry(env Envelope) ([]byte, error) {
	if env.Event == nil {
		return nil, errors.New("couldn't encode entry: no event")
	}
	if err := env.Stream.Check(); err != nil {
		return nil, fmt.Errorf("couldn't encode entry: %w", err)
	}
	k := env.Event.Kind()
	if _, ok := registry[k]; !ok {
		return nil, fmt.Errorf("couldn't encode entry: %w: %s", ErrUnknownType, k)
	}
	if err := env.Event.check(); err != nil {
		return nil, fmt.Errorf("couldn't encode %s: %w", k.Name, err)
	}
	b := marshalEntry(env)
	if len(b) > MaxEntrySize {
		return nil, fmt.Errorf("couldn't encode %s: %w: %d bytes, limit %d", k.Name, ErrTooLarge, len(b), MaxEntrySize)
	}
	return b, nil
}

func marshalEntry(env Envelope) []byte { return appendEntry(make([]byte, 0, 256), env) }

// appendEntry appends env's encoding to b.
func appendEntry(b []byte, env Envelope) []byte {
	k := env.Event.Kind()
	e := &encoder{b: b}
	e.fixed([]byte(EntryMagic))
	e.str(k.Name)
	e.u16(k.Version)
	e.str(string(env.Stream))
	e.u64(env.Revision)
	e.timestamp(env.Time)
	lenAt := len(e.b)
	e.u32(0)
	env.Event.encode(e)
	putU32(e.b[lenAt:], uint32(len(e.b)-lenAt-4))
	return e.b
}

func putU32(b []byte, v uint32) {
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

// ParseEntry decodes an entry strictly: it fails unless b is exactly the
// canonical encoding of a valid envelope of a known event type, that is,
// unless MarshalEntry of the result gives back b byte for byte.
func ParseEntry(b []byte) (Envelope, error) {
	var env Envelope
	if len(b) > MaxEntrySize {
		return env, fmt.Errorf("%w: %w: %d bytes, limit %d", errMalformed, ErrTooLarge, len(b), MaxEntrySize)
	}
	if !bytes.HasPrefix(b, []byte(EntryMagic)) {
		return env, fmt.Errorf("%w: does not start with %q", errMalformed, EntryMagic)
	}
	d := &decoder{b: b, off: len(EntryMagic)}
	var k Kind
	k.Name = d.str("type")
	k.Version = d.u16("type version")
	env.Stream = StreamID(d.str("stream"))
	env.Revision = d.u64("revision")
	env.Time = d.timestamp("time")
	n := d.length("payload")
	if d.err != nil {
		return env, d.err
	}
	newEvent, ok := registry[k]
	if !ok {
		return env, fmt.Errorf("%w: %w: %s", errMalformed, ErrUnknownType, k)
	}
	if err := env.Stream.Check(); err != nil {
		return env, fmt.Errorf("%w: %w", errMalformed, err)
	}
	pd := &decoder{b: d.take(n, "payload")}
	d.end()
	if d.err != nil {
		return env, d.err
	}
	ev := newEvent()
	ev.decode(pd)
	pd.end()
	if pd.err != nil {
		return env, fmt.Errorf("%s payload: %w", k.Name, pd.err)
	}
	if err := ev.check(); err != nil {
		return env, fmt.Errorf("%w: %s: %w", errMalformed, k.Name, err)
	}
	env.Event = ev
	// The primitives are canonical by construction, but the payload rules
	// (canonical points, sorted sets…) live in each type: re-encoding and
	// comparing is the one rule that covers them all.
	if !reencodes(env, b) {
		return env, fmt.Errorf("%w: %s: not in canonical form (re-encoding differs)", errMalformed, k.Name)
	}
	return env, nil
}

// reencodes reports whether env encodes to b, in a buffer reused from
// call to call (the fold parses every entry: one allocation less each).
func reencodes(env Envelope, b []byte) bool {
	bp := entryBufs.Get().(*[]byte)
	re := appendEntry((*bp)[:0], env)
	same := bytes.Equal(re, b)
	if cap(re) <= 64<<10 { // keep no large buffer
		*bp = re[:0]
		entryBufs.Put(bp)
	}
	return same
}

var entryBufs = sync.Pool{New: func() any { b := make([]byte, 0, 512); return &b }}

// LeafHash is the RFC 6962 leaf hash of an entry, SHA-256(0x00 || entry):
// the hash the Merkle log commits to. It identifies an event, and a ballot's
// tracking code is the leaf hash of its BallotCast entry.
func LeafHash(entry []byte) tlog.Hash { return tlog.RecordHash(entry) }

// NewEvent returns a zero event of the latest version of the named type,
// for decoders of other representations (the admin API's JSON).
func NewEvent(name string) (Event, error) {
	k, ok := latest[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownType, name)
	}
	return registry[k](), nil
}
