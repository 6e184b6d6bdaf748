// Package esdb implements the event-store port (eventstore.Store) on
// [EventStoreDB] / KurrentDB, with the official [Go client] v4.
//
// # Mapping
//
//   - A Scrutin stream is an EventStoreDB stream of the same name; an event's
//     data is its canonical entry (domain.MarshalEntry), content type
//     application/octet-stream, event type "scrutin/<Name>/v<Version>".
//   - The event id is derived from the entry's hash, so a retried append of
//     the same entry at the same expected revision is recognised by the
//     server as the same write (EventStoreDB's idempotent appends) instead of
//     being written twice.
//   - The entry carries its stream revision, so every append is sent with
//     an exact expected revision (or "no stream"). An append expecting Any
//     or StreamExists reads the stream's head first and retries on a
//     conflict: the order of two racing writers is decided by the server.
//   - An event's position is its commit position in $all. Positions strictly
//     increase along $all but are not dense (they are byte offsets in the
//     server's transaction log): the port requires only the order.
//   - ReadAll and SubscribeAll skip what is not Scrutin's (system events,
//     other applications' streams): subscriptions filter on the event type
//     prefix on the server.
//
// # Positions sent to the server
//
// The server starts a read of $all only at a position it gave out. The
// port's callers ask for "the first event at position p or after", where
// p is usually the position of an event seen just before, plus one. The
// Store therefore remembers the positions it has seen recently and starts
// at the greatest one not after p, dropping what comes before p. Asked for a
// position it has never seen (a cursor kept across restarts), it reads from
// the start of $all and skips: correct, but slow on a large store.
//
// # Time stamps
//
// Envelopes are stamped by the Store with its clock, never earlier than the
// last stamp it saw (its own, or the newest Scrutin event in $all when it
// opened). Between several replicas writing at once the order of stamps
// follows the order of $all only up to their clocks' skew: keep replicas'
// clocks synchronised (NTP).
//
// [EventStoreDB]: https://www.kurrent.io/
// [Go client]: https://github.com/EventStore/EventStore-Client-Go
package esdb

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"time"

	esdbc "github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// TypePrefix starts the event type of every Scrutin event in EventStoreDB
// (of the default namespace).
const TypePrefix = "scrutin/"

// Config configures a Store.
type Config struct {
	// URL is an EventStoreDB connection string. Required.
	URL string
	// Namespace keeps several Scrutin ledgers apart on one cluster (staging
	// beside production, or one per test): streams are stored as
	// "<Namespace>/<stream>" and event types start "scrutin.<Namespace>/"
	// instead of "scrutin/". Optional: "" (no prefix).
	Namespace string
	// Logger receives the Store's messages. Optional: slog.Default().
	Logger *slog.Logger
}

// Store is an EventStoreDB-backed eventstore.Store, safe for concurrent use.
type Store struct {
	c          *esdbc.Client
	log        *slog.Logger
	ns         string
	typePrefix string

	mu    sync.Mutex
	last  int64 // last stamp, Unix µs
	known positions
}

var _ eventstore.Store = (*Store)(nil)

// Open connects to the server (or cluster) of an EventStoreDB connection
// string, e.g. "esdb://localhost:2113?tls=false" or
// "esdb+discover://node1:2113,node2:2113?tlsCAFile=/run/secrets/ca.crt",
// and reads the newest Scrutin event's stamp. Credentials, when needed, go
// in the URL (esdb://user:password@…): read it from a secret file or the
// environment, never from a flag.
func Open(ctx context.Context, url string) (*Store, error) {
	return OpenConfig(ctx, Config{URL: url})
}

// OpenConfig is Open with the options of cfg.
func OpenConfig(ctx context.Context, c Config) (*Store, error) {
	logger := c.Logger
	if logger == nil {
		logger = slog.Default()
	}
	cfg, err := esdbc.ParseConnectionString(c.URL)
	if err != nil {
		return nil, fmt.Errorf("couldn't parse EventStoreDB connection string: %w", err)
	}
	cfg.Logger = func(level esdbc.LogLevel, format string, args ...any) {
		if level == esdbc.LogError || level == esdbc.LogWarn {
			logger.Debug("EventStoreDB client: "+fmt.Sprintf(format, args...), "level", level)
		}
	}
	client, err := esdbc.NewClient(cfg)
	if err != nil {
		return nil, fmt.Errorf("couldn't create EventStoreDB client: %w", err)
	}
	s := &Store{c: client, log: logger, ns: c.Namespace, typePrefix: TypePrefix}
	if c.Namespace != "" {
		s.typePrefix = "scrutin." + c.Namespace + "/"
	}
	if err := s.initStamp(ctx); err != nil {
		client.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the connection.
func (s *Store) Close() error { return s.c.Close() }

// classify wraps err, adding eventstore.ErrUnavailable when the server
// could not be reached or did not answer.
func classify(what string, err error) error {
	if e, ok := esdbc.FromError(err); !ok && e != nil {
		switch e.Code() {
		case esdbc.ErrorUnavailable, esdbc.ErrorCodeDeadlineExceeded, esdbc.ErrorCodeConnectionClosed,
			esdbc.ErrorCodeNotLeader, esdbc.ErrorAborted:
			return fmt.Errorf("couldn't %s: %w: %w", what, eventstore.ErrUnavailable, err)
		}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("couldn't %s: %w: %w", what, eventstore.ErrUnavailable, err)
	}
	return fmt.Errorf("couldn't %s: %w", what, err)
}

func code(err error) esdbc.ErrorCode {
	if e, ok := esdbc.FromError(err); !ok && e != nil {
		return e.Code()
	}
	return esdbc.ErrorCodeUnknown
}

// initStamp reads the stamp of the newest Scrutin event in $all.
func (s *Store) initStamp(ctx context.Context) error {
	rs, err := s.c.ReadAll(ctx, esdbc.ReadAllOptions{Direction: esdbc.Backwards, From: esdbc.End{}}, 64)
	if err != nil {
		return classify("read the end of $all", err)
	}
	defer rs.Close()
	for {
		ev, err := rs.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return classify("read the end of $all", err)
		}
		if r, ok := s.recorded(ev); ok {
			if env, err := r.Envelope(); err == nil {
				s.last = env.Time.UnixMicro()
				return nil
			}
		}
	}
}

// Last returns the position of the newest Scrutin event in $all, read
// backwards from the end. ok is false when the store holds none, or when
// none is among the newest 4,096 events of $all (other applications'
// or system events after it): callers then rely on what their
// subscription has seen.
func (s *Store) Last(ctx context.Context) (pos uint64, ok bool, err error) {
	rs, err := s.c.ReadAll(ctx, esdbc.ReadAllOptions{Direction: esdbc.Backwards, From: esdbc.End{}}, 4096)
	if err != nil {
		return 0, false, classify("read the end of $all", err)
	}
	defer rs.Close()
	for {
		ev, err := rs.Recv()
		if errors.Is(err, io.EOF) {
			return 0, false, nil
		}
		if err != nil {
			return 0, false, classify("read the end of $all", err)
		}
		if r, ok := s.recorded(ev); ok {
			return r.Position, true, nil
		}
	}
}

func (s *Store) stamp() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now().UTC().UnixMicro()
	if now < s.last {
		now = s.last
	}
	s.last = now
	return time.UnixMicro(now).UTC()
}

// name is the EventStoreDB stream of a Scrutin stream.
func (s *Store) name(stream domain.StreamID) string {
	if s.ns == "" {
		return string(stream)
	}
	return s.ns + "/" + string(stream)
}

// recorded converts a read event, reporting false for what is not Scrutin's.
func (s *Store) recorded(ev *esdbc.ResolvedEvent) (eventstore.Recorded, bool) {
	e := ev.Event
	if e == nil || !strings.HasPrefix(e.EventType, s.typePrefix) || strings.HasPrefix(e.StreamID, "$") {
		return eventstore.Recorded{}, false
	}
	r := eventstore.Recorded{Position: e.Position.Commit, Entry: e.Data}
	s.mu.Lock()
	s.known.add(r.Position)
	s.mu.Unlock()
	return r, true
}

// EventID is the EventStoreDB event id of an entry: the first 16 bytes of
// its SHA-256, marked as a version 8 (custom) UUID.
func EventID(entry []byte) uuid.UUID {
	h := sha256.Sum256(entry)
	var id uuid.UUID
	copy(id[:], h[:16])
	id[6] = id[6]&0x0f | 0x80
	id[8] = id[8]&0x3f | 0x80
	return id
}

// head returns the revision of the last event of stream, if any.
func (s *Store) head(ctx context.Context, stream domain.StreamID) (last uint64, exists bool, err error) {
	rs, err := s.c.ReadStream(ctx, s.name(stream), esdbc.ReadStreamOptions{Direction: esdbc.Backwards, From: esdbc.End{}}, 1)
	if err != nil {
		return 0, false, classify("read the head of "+string(stream), err)
	}
	defer rs.Close()
	ev, err := rs.Recv()
	switch {
	case errors.Is(err, io.EOF):
		return 0, false, nil
	case code(err) == esdbc.ErrorCodeResourceNotFound:
		return 0, false, nil
	case err != nil:
		return 0, false, classify("read the head of "+string(stream), err)
	}
	return ev.Event.EventNumber, true, nil
}

func (s *Store) conflict(ctx context.Context, stream domain.StreamID, exp eventstore.Expected) error {
	last, exists, err := s.head(ctx, stream)
	if err != nil {
		return err
	}
	return &eventstore.ConflictError{Stream: stream, Expected: exp, Exists: exists, Actual: last}
}

// Append implements eventstore.Store.
func (s *Store) Append(ctx context.Context, stream domain.StreamID, expected eventstore.Expected, events ...domain.Event) (eventstore.Appended, error) {
	var res eventstore.Appended
	if len(events) == 0 {
		return res, errors.New("couldn't append: no events")
	}
	if err := stream.Check(); err != nil {
		return res, fmt.Errorf("couldn't append: %w", err)
	}
	for attempt := 0; ; attempt++ {
		var last uint64
		var exists bool
		if rev, ok := expected.ExactRevision(); ok {
			last, exists = rev, true
		} else if !expected.IsNoStream() {
			var err error
			if last, exists, err = s.head(ctx, stream); err != nil {
				return res, err
			}
			if !expected.Allows(last, exists) {
				return res, &eventstore.ConflictError{Stream: stream, Expected: expected, Exists: exists, Actual: last}
			}
		}
		next := uint64(0)
		var wire esdbc.ExpectedRevision = esdbc.NoStream{}
		if exists {
			next, wire = last+1, esdbc.Revision(last)
		}
		stamp := s.stamp()
		data := make([]esdbc.EventData, len(events))
		for i, ev := range events {
			b, err := domain.MarshalEntry(domain.Envelope{Stream: stream, Revision: next + uint64(i), Time: stamp, Event: ev})
			if err != nil {
				return res, fmt.Errorf("couldn't append event %d: %w", i, err)
			}
			data[i] = esdbc.EventData{
				EventID: EventID(b), EventType: s.typePrefix + ev.Kind().String(),
				ContentType: esdbc.ContentTypeBinary, Data: b,
			}
		}
		err := s.appendRetrying(ctx, stream, wire, data)
		if code(err) == esdbc.ErrorCodeWrongExpectedVersion {
			if _, ok := expected.ExactRevision(); ok || expected.IsNoStream() {
				return res, s.conflict(ctx, stream, expected)
			}
			// Any or StreamExists: another writer got there first; go
			// again from the new head.
			if attempt > 3 {
				time.Sleep(time.Duration(rand.IntN(1+min(attempt, 50))) * time.Millisecond)
			}
			if ctx.Err() != nil {
				return res, ctx.Err()
			}
			continue
		}
		if err != nil {
			return res, err
		}
		return s.readBack(ctx, stream, next, data)
	}
}

// appendRetrying sends one append, and sends it again, unchanged, if the
// server could not be reached: the event ids make the repeat idempotent.
func (s *Store) appendRetrying(ctx context.Context, stream domain.StreamID, wire esdbc.ExpectedRevision, data []esdbc.EventData) error {
	backoff := 50 * time.Millisecond
	for try := 0; ; try++ {
		_, err := s.c.AppendToStream(ctx, s.name(stream), esdbc.AppendToStreamOptions{ExpectedRevision: wire}, data...)
		if err == nil || code(err) == esdbc.ErrorCodeWrongExpectedVersion {
			return err
		}
		err = classify("append to "+string(stream), err)
		if !errors.Is(err, eventstore.ErrUnavailable) || try >= 3 || ctx.Err() != nil {
			return err
		}
		s.log.Warn("retrying append", "stream", stream, "err", err)
		select {
		case <-ctx.Done():
			return err
		case <-time.After(backoff):
		}
		backoff *= 2
	}
}

// readBack reads the events just written, for their positions (the append
// response gives one position for the whole write).
func (s *Store) readBack(ctx context.Context, stream domain.StreamID, first uint64, data []esdbc.EventData) (eventstore.Appended, error) {
	var res eventstore.Appended
	rs, err := s.ReadStream(ctx, stream, first, len(data))
	if err != nil {
		return res, fmt.Errorf("couldn't read back the events appended to %s: %w", stream, err)
	}
	if len(rs) != len(data) {
		return res, fmt.Errorf("couldn't read back the events appended to %s: got %d of %d", stream, len(rs), len(data))
	}
	for i, r := range rs {
		if EventID(r.Entry) != data[i].EventID {
			return res, fmt.Errorf("couldn't read back the events appended to %s: revision %d is another event", stream, first+uint64(i))
		}
	}
	res.Events = rs
	res.LastRevision = first + uint64(len(data)) - 1
	return res, nil
}

// ReadStream implements eventstore.Store.
func (s *Store) ReadStream(ctx context.Context, stream domain.StreamID, from uint64, max int) ([]eventstore.Recorded, error) {
	if max <= 0 {
		return nil, nil
	}
	rs, err := s.c.ReadStream(ctx, s.name(stream), esdbc.ReadStreamOptions{Direction: esdbc.Forwards, From: esdbc.Revision(from)}, uint64(max))
	if err != nil {
		return nil, classify("read "+string(stream), err)
	}
	defer rs.Close()
	var out []eventstore.Recorded
	for {
		ev, err := rs.Recv()
		if errors.Is(err, io.EOF) {
			if len(out) == 0 && from > 0 {
				// Past the end of a stream that may not exist at all.
				if _, exists, err := s.head(ctx, stream); err != nil {
					return nil, err
				} else if !exists {
					return nil, fmt.Errorf("couldn't read %s: %w", stream, eventstore.ErrStreamNotFound)
				}
			}
			return out, nil
		}
		if code(err) == esdbc.ErrorCodeResourceNotFound {
			return nil, fmt.Errorf("couldn't read %s: %w", stream, eventstore.ErrStreamNotFound)
		}
		if err != nil {
			return nil, classify("read "+string(stream), err)
		}
		if r, ok := s.recorded(ev); ok {
			out = append(out, r)
		}
	}
}

// start returns where to start reading $all for events at from or after:
// the greatest known position not after from (inclusive reads), or Start.
func (s *Store) start(from uint64) esdbc.AllPosition {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.known.floor(from); ok && from > 0 {
		return esdbc.Position{Commit: p, Prepare: p}
	}
	return esdbc.Start{}
}

// ReadAll implements eventstore.Store.
func (s *Store) ReadAll(ctx context.Context, from uint64, max int) ([]eventstore.Recorded, error) {
	if max <= 0 {
		return nil, nil
	}
	var out []eventstore.Recorded
	pos := s.start(from)
	for {
		const page = 512
		rs, err := s.c.ReadAll(ctx, esdbc.ReadAllOptions{Direction: esdbc.Forwards, From: pos}, page)
		if err != nil {
			return nil, classify("read $all", err)
		}
		n := 0
		var lastPos esdbc.Position
		for {
			ev, err := rs.Recv()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				rs.Close()
				return nil, classify("read $all", err)
			}
			n++
			if ev.Event != nil {
				lastPos = ev.Event.Position
			}
			r, ok := s.recorded(ev)
			if !ok || r.Position < from {
				continue
			}
			out = append(out, r)
			if len(out) == max {
				rs.Close()
				return out, nil
			}
		}
		rs.Close()
		if n < page {
			return out, nil
		}
		// The page is full of events before from or not Scrutin's: go on
		// after its last one (a position the server gave).
		pos = lastPos
		from = max64(from, lastPos.Commit+1)
	}
}

func max64(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

// SubscribeAll implements eventstore.Store with a catch-up subscription to
// $all, filtered on the server to Scrutin's event types. A dropped
// subscription (the server restarted, the connection broke, the
// subscriber fell too far behind) is resumed after the last event
// delivered, so fn sees every event once, in order.
func (s *Store) SubscribeAll(ctx context.Context, from uint64, fn func(eventstore.Recorded) error) error {
	var delivered uint64
	started := false
	backoff := 100 * time.Millisecond
	for {
		var pos esdbc.AllPosition = esdbc.Start{}
		s.mu.Lock()
		if started {
			// Subscriptions from a position start after it.
			pos = esdbc.Position{Commit: delivered, Prepare: delivered}
		} else if p, ok := s.known.floor(from - 1); ok && from > 0 {
			pos = esdbc.Position{Commit: p, Prepare: p}
		}
		s.mu.Unlock()
		sub, err := s.c.SubscribeToAll(ctx, esdbc.SubscribeToAllOptions{
			From:   pos,
			Filter: &esdbc.SubscriptionFilter{Type: esdbc.EventFilterType, Prefixes: []string{s.typePrefix}},
		})
		if err == nil {
			err = func() error {
				defer sub.Close()
				for {
					ev := sub.Recv()
					switch {
					case ev.SubscriptionDropped != nil:
						return classify("follow $all", ev.SubscriptionDropped.Error)
					case ev.EventAppeared != nil:
						r, ok := s.recorded(ev.EventAppeared)
						if !ok || r.Position < from || started && r.Position <= delivered {
							continue
						}
						if err := fn(r); err != nil {
							return &fnError{err}
						}
						delivered, started = r.Position, true
						backoff = 100 * time.Millisecond
					}
				}
			}()
		} else {
			err = classify("subscribe to $all", err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var fe *fnError
		if errors.As(err, &fe) {
			return fe.err
		}
		s.log.Warn("subscription to $all dropped; resubscribing", "err", err, "after", delivered)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

type fnError struct{ err error }

func (e *fnError) Error() string { return e.err.Error() }

// positions is a bounded sorted set of positions the server gave out.
type positions struct{ p []uint64 }

const maxKnown = 1 << 16

func (k *positions) add(p uint64) {
	n := len(k.p)
	if n == 0 || p > k.p[n-1] {
		k.p = append(k.p, p)
	} else {
		i := sort.Search(n, func(i int) bool { return k.p[i] >= p })
		if k.p[i] == p {
			return
		}
		k.p = append(k.p, 0)
		copy(k.p[i+1:], k.p[i:])
		k.p[i] = p
	}
	if len(k.p) > maxKnown {
		k.p = append(k.p[:0:0], k.p[len(k.p)-maxKnown/2:]...)
	}
}

// floor returns the greatest known position at most p.
func (k *positions) floor(p uint64) (uint64, bool) {
	i := sort.Search(len(k.p), func(i int) bool { return k.p[i] > p })
	if i == 0 {
		return 0, false
	}
	return k.p[i-1], true
}
