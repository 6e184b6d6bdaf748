package embedded

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

var _ eventstore.MultiAppender = (*DB)(nil)

// AppendParts implements eventstore.MultiAppender: the parts go in one
// request of the group commit, so in one transaction and one fsync with
// whatever else is committed with them, all written or none.
func (db *DB) AppendParts(ctx context.Context, parts []eventstore.Part) ([]eventstore.Appended, error) {
	if len(parts) == 0 {
		return nil, errors.New("couldn't append: no parts")
	}
	r := newRequest()
	defer r.free()
	r.parts = parts
	if err := db.submit(ctx, r); err != nil {
		return nil, err
	}
	return r.results, nil
}

// appendParts writes every part or none: each part's stream and expected
// revision (counting the parts before it) are checked and every entry is
// encoded before anything is written.
func (w *writer) appendParts(parts []eventstore.Part, now func() time.Time) ([]eventstore.Appended, error) {
	if w.logOnly {
		return nil, errors.New("couldn't append: this file is a log only")
	}
	type head struct {
		last   uint64
		exists bool
	}
	heads := map[domain.StreamID]head{}
	stamp := max(now().UTC().UnixMicro(), w.last) // stamps never go back along the global order
	entries := make([][][]byte, len(parts))
	firsts := make([]uint64, len(parts))
	for i, p := range parts {
		if len(p.Events) == 0 {
			return nil, &eventstore.PartError{Index: i, Err: errors.New("couldn't append: no events")}
		}
		if err := p.Stream.Check(); err != nil {
			return nil, &eventstore.PartError{Index: i, Err: fmt.Errorf("couldn't append: %w", err)}
		}
		h, ok := heads[p.Stream]
		if !ok {
			h.last, h.exists = w.lastRevision(p.Stream)
		}
		if !p.Expected.Allows(h.last, h.exists) {
			return nil, &eventstore.PartError{Index: i, Err: &eventstore.ConflictError{Stream: p.Stream, Expected: p.Expected, Exists: h.exists, Actual: h.last}}
		}
		next := uint64(0)
		if h.exists {
			next = h.last + 1
		}
		firsts[i] = next
		entries[i] = make([][]byte, len(p.Events))
		for j, ev := range p.Events {
			b, err := domain.MarshalEntry(domain.Envelope{
				Stream: p.Stream, Revision: next + uint64(j),
				Time: time.UnixMicro(stamp).UTC(), Event: ev,
			})
			if err != nil {
				return nil, &eventstore.PartError{Index: i, Err: fmt.Errorf("couldn't append event %d: %w", j, err)}
			}
			entries[i][j] = b
		}
		heads[p.Stream] = head{last: next + uint64(len(p.Events)) - 1, exists: true}
	}
	res := make([]eventstore.Appended, len(parts))
	for i, p := range parts {
		for j, b := range entries[i] {
			pos := w.size
			w.put(w.streams, streamKey(p.Stream, firsts[i]+uint64(j)), putU64(pos))
			w.add(b)
			res[i].Events = append(res[i].Events, eventstore.Recorded{Position: pos, Entry: b})
		}
		res[i].LastRevision = firsts[i] + uint64(len(entries[i])) - 1
	}
	w.last = stamp
	return res, w.err
}
