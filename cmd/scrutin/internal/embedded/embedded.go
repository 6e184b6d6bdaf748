// Package embedded is the default backend of both ledger ports: one bbolt
// file holds the events, their stream indexes and the Merkle log's stored
// hashes, and every event is committed with its leaf in the same
// transaction. Concurrent appends are grouped into one transaction and one
// fsync (group commit); no append is acknowledged before its fsync.
//
// Layout of the file (bbolt buckets; integers are big-endian u64):
//
//	entries  position → canonical entry bytes (the log's leaf data)
//	hashes   tlog stored-hash index of a batch's first → the batch's
//	         stored hashes, 32 bytes each, in index order (files written
//	         before 2026-12 hold one hash a key: the same, batches of one)
//	streams  stream name, 0x00, revision → position
//	meta     "size" → number of entries; "time" → last stamp (Unix µs);
//	         "mode" → "events-v2" or "log"
//
// A stream's last revision is its last key in streams. Files of mode
// "events" (before 2026-12) also kept it in a bucket "heads", a put an
// append: Open drops that bucket and moves the mode to "events-v2", which
// the binaries that kept heads refuse to open (they would no longer find a
// stream's head).
//
// The index from leaf hash to position lives in memory, rebuilt at open from
// the level-0 stored hashes (a sequential scan, no hashing): kept on disk,
// its random inserts dirtied a page per event and tripled the bytes each
// commit wrote.
package embedded

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/domain"
	bolt "go.etcd.io/bbolt"
	"golang.org/x/mod/sumdb/tlog"
)

var (
	bucketEntries = []byte("entries")
	bucketHashes  = []byte("hashes")
	bucketStreams = []byte("streams")
	bucketHeads   = []byte("heads") // mode "events" only; dropped at open
	bucketMeta    = []byte("meta")
	keySize       = []byte("size")
	keyTime       = []byte("time")
	keyMode       = []byte("mode")
)

// The modes of a file, kept in meta: event store (modeEvents; modeEventsV1
// is its former layout, with the heads bucket) or Merkle log alone.
const (
	modeEvents   = "events-v2"
	modeEventsV1 = "events"
)

// Options configures a DB. The zero value is the default.
type Options struct {
	// Now is the clock that stamps events. Optional: time.Now.
	Now func() time.Time
	// MaxBatch caps the appends grouped in one transaction. Optional: 4096.
	MaxBatch int
	// LogOnly opens the file as a Merkle log alone, whose leaves are
	// appended with Log().Append (the distributed mode's tests and tools);
	// the event-store methods then refuse to write. A file keeps the mode it
	// was created with.
	LogOnly bool
	// NoSync skips fsync: for test fixtures only (the EventStoreDB
	// stand-in of a load test), never for a ledger, whose acknowledged
	// writes must survive a crash.
	NoSync bool
}

// DB is an open embedded ledger file. It implements eventstore.Store; Log
// returns its merklelog.Log.
type DB struct {
	bolt *bolt.DB
	opts Options
	reqs chan *request

	leaves leafIndex
	tree   hashTree

	mu     sync.Mutex
	size   uint64    // committed entries
	root   tlog.Hash // root hash of the committed tree
	last   int64     // last stamp, Unix µs
	notify chan struct{}
	// tail holds the last entries committed (at most tailMax and
	// tailMaxBytes, but a batch is kept whole; at positions
	// size-len(tail) … size-1), as the committer encoded them: a subscriber
	// that is caught up reads its next entries here, not back from the
	// file. Elements are never changed once appended, so a reader may keep
	// the slice it saw after releasing mu.
	tail      []eventstore.Recorded
	tailBytes int // the entries' bytes in tail

	// The committer's scratch slices, kept from commit to commit (only the
	// committer goroutine touches them; nothing keeps them past a commit).
	batch          []*request
	added, pending []tlog.Hash
	written        [][]byte

	closeOnce sync.Once
	closing   chan struct{}
	done      chan struct{}
}

var _ eventstore.Store = (*DB)(nil)

// Open opens or creates the ledger file at path.
func Open(path string, opts Options) (*DB, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 4096
	}
	b, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:         2 * time.Second,
		NoFreelistSync:  true,
		FreelistType:    bolt.FreelistMapType,
		InitialMmapSize: 1 << 30,
		NoSync:          opts.NoSync,
	})
	if err != nil {
		return nil, fmt.Errorf("couldn't open ledger file %s: %w", path, err)
	}
	db := &DB{
		bolt: b, opts: opts,
		reqs:    make(chan *request, 1024),
		notify:  make(chan struct{}),
		closing: make(chan struct{}),
		done:    make(chan struct{}),
	}
	mode := []byte(modeEvents)
	if opts.LogOnly {
		mode = []byte("log")
	}
	err = b.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketEntries, bucketHashes, bucketStreams, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if m := meta.Get(keyMode); string(m) == modeEventsV1 && !opts.LogOnly {
			// The heads are the streams' last keys: drop the copy.
			if tx.Bucket(bucketHeads) != nil {
				if err := tx.DeleteBucket(bucketHeads); err != nil {
					return err
				}
			}
			if err := meta.Put(keyMode, mode); err != nil {
				return err
			}
		} else if m == nil {
			if err := meta.Put(keyMode, mode); err != nil {
				return err
			}
		} else if string(m) != string(mode) {
			return fmt.Errorf("file holds a %s ledger, opened as %s", m, mode)
		}
		db.size = getU64(meta.Get(keySize))
		db.last = int64(getU64(meta.Get(keyTime)))
		if err := db.tree.load(tx, db.size); err != nil {
			return err
		}
		h, err := tlog.TreeHash(int64(db.size), reader(db.tree.h, nil))
		db.root = h
		if err != nil {
			return err
		}
		return db.leaves.load(&db.tree.h, db.size)
	})
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("couldn't open ledger file %s: %w", path, err)
	}
	go db.run()
	return db, nil
}

// Close stops accepting appends, fails those not yet committed, and closes
// the file.
func (db *DB) Close() error {
	db.closeOnce.Do(func() { close(db.closing) })
	<-db.done
	return db.bolt.Close()
}

// Log returns the Merkle-log view of the file.
func (db *DB) Log() *Log { return (*Log)(db) }

// request is one append waiting for the group commit: events for a stream,
// or raw leaves (log-only mode). Requests are kept in a pool (newRequest,
// free): a request and its channel cost an append some 300 bytes.
type request struct {
	ctx      context.Context
	stream   domain.StreamID
	expected eventstore.Expected
	events   []domain.Event
	start    uint64                // leaves mode
	leaves   [][]byte              // leaves mode
	parts    []eventstore.Part     // several streams, all or none (multi.go)
	results  []eventstore.Appended // parts mode
	result   eventstore.Appended
	err      error
	done     chan struct{} // buffered: the committer sends the verdict once
}

var requests = sync.Pool{New: func() any { return &request{done: make(chan struct{}, 1)} }}

func newRequest() *request { return requests.Get().(*request) }

// free returns r to the pool, once its caller has read its result: r is
// then out of the committer's hands (submit returned).
func (r *request) free() {
	*r = request{done: r.done}
	requests.Put(r)
}

// verdict hands r back to its submitter, its result or err set: the
// committer does not touch r after it.
func (r *request) verdict() { r.done <- struct{}{} }

var errClosed = fmt.Errorf("%w: ledger closed", eventstore.ErrUnavailable)

func (db *DB) submit(ctx context.Context, r *request) error {
	r.ctx = ctx
	select {
	case db.reqs <- r:
	case <-db.closing:
		return errClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	// Once queued, the request is committed or failed: wait for the verdict
	// even if ctx ends, so a caller never mistakes a durable append for a
	// lost one.
	<-r.done
	return r.err
}

func (db *DB) run() {
	defer close(db.done)
	for {
		select {
		case r := <-db.reqs:
			db.batch = db.gather(append(db.batch[:0], r))
			db.commit(db.batch)
			clear(db.batch) // the requests go back to their pool
		case <-db.closing:
			for {
				select {
				case r := <-db.reqs:
					r.err = errClosed
					r.verdict()
				default:
					return
				}
			}
		}
	}
}

// gatherRounds bounds how often gather lets the appenders that are ready
// to run submit before the batch is committed.
const gatherRounds = 4

// gather adds to batch the requests queued, up to MaxBatch. While the
// queue keeps growing it yields to the other goroutines first: on a busy
// server, appenders that are one step from submitting then join this
// commit instead of paying for one of their own (a commit's transaction,
// write and fsync cost the same for 5 requests as for 50). On an idle
// server there is nobody to yield to, and the batch commits at once; a
// lone request (a single writer, or the ballot committer, whose commits
// are one at a time) commits at once too: a yield could leave it behind
// goroutines that verify ballots for a whole time slice.
func (db *DB) gather(batch []*request) []*request {
	for round := 0; round <= gatherRounds; round++ {
		n := len(batch)
	drain:
		for len(batch) < db.opts.MaxBatch {
			select {
			case r := <-db.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		if len(batch) == db.opts.MaxBatch || (round > 0 && len(batch) == n) || len(batch) == 1 {
			break
		}
		runtime.Gosched()
	}
	return batch
}

// commit applies a batch in one transaction. Each request succeeds or fails
// on its own; a failed request writes nothing.
func (db *DB) commit(batch []*request) {
	db.mu.Lock()
	size, last := db.size, db.last
	db.mu.Unlock()
	var root tlog.Hash
	var added, pending []tlog.Hash
	var written [][]byte
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		w := newWriter(tx, size, last, db.tree.snapshot())
		w.added, w.pending, w.written = db.added[:0], db.pending[:0], db.written[:0]
		for _, r := range batch {
			if r.ctx.Err() != nil {
				r.err = r.ctx.Err()
				continue
			}
			if r.leaves != nil {
				r.err = w.appendLeaves(r.start, r.leaves)
			} else if r.parts != nil {
				r.results, r.err = w.appendParts(r.parts, db.opts.Now)
			} else {
				r.result, r.err = w.appendEvents(r.stream, r.expected, r.events, db.opts.Now)
			}
			if w.err != nil {
				return w.err
			}
		}
		if err := w.finish(); err != nil {
			return err
		}
		var err error
		root, err = tlog.TreeHash(int64(w.size), w)
		size, last = w.size, w.last
		added, pending, written = w.added, w.pending, w.written
		return err
	})
	// The scratch slices serve the next commit (copied from, below, not kept).
	defer func() { db.added, db.pending, db.written = added[:0], pending[:0], written[:0] }()
	defer clear(written) // drop the entries: the tail holds those it keeps
	if err != nil {
		for _, r := range batch {
			r.err = fmt.Errorf("%w: couldn't commit: %v", eventstore.ErrUnavailable, err)
			r.result, r.results = eventstore.Appended{}, nil
			r.verdict()
		}
		return
	}
	// The hashes go in before the size moves, so a reader that sees the new
	// size finds its hashes.
	db.tree.extend(pending)
	db.leaves.add(size-uint64(len(added)), added)
	db.mu.Lock()
	db.extendTail(size, written)
	db.size, db.last, db.root = size, last, root
	close(db.notify)
	db.notify = make(chan struct{})
	db.mu.Unlock()
	for _, r := range batch {
		r.verdict()
	}
}

// tailMax and tailMaxBytes bound the entries kept in DB.tail (a batch
// larger than either is kept whole, until the next commit).
const (
	tailMax      = 8192
	tailMaxBytes = 8 << 20
)

// extendTail adds the entries of a batch committed, the last at size-1, to
// the tail. Called with mu held.
func (db *DB) extendTail(size uint64, written [][]byte) {
	if uint64(len(written)) != size-db.size {
		db.tail, db.tailBytes = nil, 0 // a log-mode batch: nothing kept
		return
	}
	n := 0
	for _, b := range written {
		n += len(b)
	}
	if len(db.tail)+len(written) > tailMax || db.tailBytes+n > tailMaxBytes {
		// Keep the newest entries, with the batch within half the bounds,
		// in a new array: readers may still hold the old one.
		keep, bytes := 0, n
		for keep < len(db.tail) && keep+len(written) < tailMax/2 {
			b := len(db.tail[len(db.tail)-1-keep].Entry)
			if bytes+b > tailMaxBytes/2 {
				break
			}
			bytes += b
			keep++
		}
		db.tail = append(make([]eventstore.Recorded, 0, tailMax), db.tail[len(db.tail)-keep:]...)
		db.tailBytes = bytes - n
	}
	first := size - uint64(len(written))
	for i, b := range written {
		db.tail = append(db.tail, eventstore.Recorded{Position: first + uint64(i), Entry: b})
	}
	db.tailBytes += n
}

// writer appends within one transaction. Business errors are returned per
// request; storage errors stick in err and abort the transaction.
type writer struct {
	tx                       *bolt.Tx
	entries, hashes, streams *bolt.Bucket
	size                     uint64
	last                     int64
	logOnly                  bool
	added                    []tlog.Hash // leaf hashes written, in order
	written                  [][]byte    // entries written, in order (event mode)
	pending                  []tlog.Hash // stored hashes written, in index order
	committed                hashes
	err                      error

	// A cursor on streams and room for the key it seeks, kept for the
	// transaction's appends (a cursor and its stack cost an append some
	// 200 bytes). Seek positions it afresh after the puts in between.
	streamsCursor *bolt.Cursor
	seekKey       []byte
}

// lastRevision returns the last revision of stream, as written in the
// transaction so far.
func (w *writer) lastRevision(stream domain.StreamID) (uint64, bool) {
	if w.streamsCursor == nil {
		w.streamsCursor = w.streams.Cursor()
	}
	w.seekKey = appendStreamKey(w.seekKey[:0], stream, math.MaxUint64)
	return lastRevision(w.streamsCursor, w.seekKey)
}

func newWriter(tx *bolt.Tx, size uint64, last int64, committed hashes) *writer {
	w := &writer{
		tx: tx, size: size, last: last, committed: committed,
		entries: tx.Bucket(bucketEntries),
		hashes:  tx.Bucket(bucketHashes),
		streams: tx.Bucket(bucketStreams),
	}
	w.logOnly = string(tx.Bucket(bucketMeta).Get(keyMode)) == "log"
	// Appends go to the end of these buckets: fill pages fully.
	w.entries.FillPercent = 1
	w.hashes.FillPercent = 1
	return w
}

// ReadHashes implements tlog.HashReader: the committed tree's hashes and
// those the transaction wrote.
func (w *writer) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	return readHashes(w.committed, w.pending, indexes)
}

func (w *writer) appendEvents(stream domain.StreamID, exp eventstore.Expected, events []domain.Event, now func() time.Time) (eventstore.Appended, error) {
	var res eventstore.Appended
	if w.logOnly {
		return res, errors.New("couldn't append: this file is a log only")
	}
	if len(events) == 0 {
		return res, errors.New("couldn't append: no events")
	}
	if err := stream.Check(); err != nil {
		return res, fmt.Errorf("couldn't append: %w", err)
	}
	last, exists := w.lastRevision(stream)
	if !exp.Allows(last, exists) {
		return res, &eventstore.ConflictError{Stream: stream, Expected: exp, Exists: exists, Actual: last}
	}
	stamp := now().UTC().UnixMicro()
	if stamp < w.last {
		stamp = w.last // stamps never go back along the global order
	}
	next := uint64(0)
	if exists {
		next = last + 1
	}
	entries := make([][]byte, len(events))
	for i, ev := range events {
		b, err := domain.MarshalEntry(domain.Envelope{
			Stream: stream, Revision: next + uint64(i),
			Time: time.UnixMicro(stamp).UTC(), Event: ev,
		})
		if err != nil {
			return res, fmt.Errorf("couldn't append event %d: %w", i, err)
		}
		entries[i] = b
	}
	for i, b := range entries {
		pos := w.size
		w.put(w.streams, streamKey(stream, next+uint64(i)), putU64(pos))
		w.add(b)
		res.Events = append(res.Events, eventstore.Recorded{Position: pos, Entry: b})
	}
	res.LastRevision = next + uint64(len(events)) - 1
	w.last = stamp
	return res, w.err
}

func (w *writer) appendLeaves(start uint64, leaves [][]byte) error {
	if !w.logOnly {
		return merklelog.ErrReadOnly
	}
	if start != w.size {
		return fmt.Errorf("couldn't append at %d: %w (size %d)", start, merklelog.ErrWrongIndex, w.size)
	}
	for _, l := range leaves {
		w.add(l)
	}
	return w.err
}

// add writes one entry at the end of the log with its stored hashes.
func (w *writer) add(entry []byte) {
	if w.err != nil {
		return
	}
	n := int64(w.size)
	leaf := tlog.RecordHash(entry)
	hs, err := tlog.StoredHashesForRecordHash(n, leaf, w)
	if err != nil {
		w.err = err
		return
	}
	// The stored hashes are written at finish, the batch's in one value.
	w.pending = append(w.pending, hs...)
	w.put(w.entries, putU64(w.size), entry)
	w.added = append(w.added, leaf)
	if !w.logOnly {
		// Event entries were encoded by the writer, and nobody else holds
		// them; log-mode leaves are the caller's, who may reuse them.
		w.written = append(w.written, entry)
	}
	w.size++
}

func (w *writer) put(b *bolt.Bucket, k, v []byte) {
	if w.err == nil {
		w.err = b.Put(k, v)
	}
}

func (w *writer) finish() error {
	if len(w.pending) > 0 {
		v := make([]byte, 0, len(w.pending)*tlog.HashSize)
		for _, h := range w.pending {
			v = append(v, h[:]...)
		}
		w.put(w.hashes, putU64(uint64(w.committed.n)), v)
	}
	meta := w.tx.Bucket(bucketMeta)
	w.put(meta, keySize, putU64(w.size))
	w.put(meta, keyTime, putU64(uint64(w.last)))
	return w.err
}

// Append implements eventstore.Store.
func (db *DB) Append(ctx context.Context, stream domain.StreamID, expected eventstore.Expected, events ...domain.Event) (eventstore.Appended, error) {
	r := newRequest()
	defer r.free()
	r.stream, r.expected, r.events = stream, expected, events
	if err := db.submit(ctx, r); err != nil {
		return eventstore.Appended{}, err
	}
	return r.result, nil
}

// ReadStream implements eventstore.Store.
func (db *DB) ReadStream(ctx context.Context, stream domain.StreamID, from uint64, max int) ([]eventstore.Recorded, error) {
	var out []eventstore.Recorded
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if _, ok := lastRevision(tx.Bucket(bucketStreams).Cursor(), streamKey(stream, math.MaxUint64)); !ok {
			return fmt.Errorf("couldn't read %s: %w", stream, eventstore.ErrStreamNotFound)
		}
		entries := tx.Bucket(bucketEntries)
		prefix := streamKey(stream, 0)[:len(stream)+1]
		c := tx.Bucket(bucketStreams).Cursor()
		for k, v := c.Seek(streamKey(stream, from)); k != nil && len(out) < max; k, v = c.Next() {
			if len(k) != len(prefix)+8 || string(k[:len(prefix)]) != string(prefix) {
				break
			}
			pos := getU64(v)
			out = append(out, eventstore.Recorded{Position: pos, Entry: clone(entries.Get(putU64(pos)))})
		}
		return nil
	})
	return out, err
}

// ReadAll implements eventstore.Store.
func (db *DB) ReadAll(ctx context.Context, from uint64, max int) ([]eventstore.Recorded, error) {
	var out []eventstore.Recorded
	err := db.bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketEntries).Cursor()
		for k, v := c.Seek(putU64(from)); k != nil && len(out) < max; k, v = c.Next() {
			out = append(out, eventstore.Recorded{Position: getU64(k), Entry: clone(v)})
		}
		return nil
	})
	return out, err
}

// SubscribeAll implements eventstore.Store.
func (db *DB) SubscribeAll(ctx context.Context, from uint64, fn func(eventstore.Recorded) error) error {
	for {
		db.mu.Lock()
		wake, tail, size := db.notify, db.tail, db.size
		db.mu.Unlock()
		var rs []eventstore.Recorded
		if first := size - uint64(len(tail)); len(tail) > 0 && from >= first {
			// Caught up: the entries are in memory (none if from == size).
			rs = tail[min(from-first, uint64(len(tail))):]
			rs = rs[:min(len(rs), 1024)]
		} else {
			var err error
			if rs, err = db.ReadAll(ctx, from, 1024); err != nil {
				return err
			}
		}
		for _, r := range rs {
			if err := fn(r); err != nil {
				return err
			}
			from = r.Position + 1
		}
		if len(rs) > 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			continue
		}
		select {
		case <-wake:
		case <-ctx.Done():
			return ctx.Err()
		case <-db.closing:
			return errClosed
		}
	}
}

// Head returns the number of committed events and the time of the last one.
func (db *DB) Head() (size uint64, last time.Time) {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.size, time.UnixMicro(db.last).UTC()
}

// lastRevision returns the last revision of a stream in the streams bucket
// c reads, and whether the stream has any event: the last key of its
// range, which ends at end, the stream's key for revision MaxUint64.
func lastRevision(c *bolt.Cursor, end []byte) (uint64, bool) {
	k, _ := c.Seek(end)
	switch {
	case k == nil:
		k, _ = c.Last()
	case string(k) != string(end):
		k, _ = c.Prev()
	}
	prefix := end[:len(end)-8] // the stream, 0x00
	if len(k) != len(end) || string(k[:len(prefix)]) != string(prefix) {
		return 0, false
	}
	return getU64(k[len(prefix):]), true
}

func streamKey(s domain.StreamID, rev uint64) []byte {
	return appendStreamKey(make([]byte, 0, len(s)+9), s, rev)
}

func appendStreamKey(k []byte, s domain.StreamID, rev uint64) []byte {
	k = append(k, s...)
	k = append(k, 0)
	return binary.BigEndian.AppendUint64(k, rev)
}

func putU64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func getU64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// Snapshot calls fn, inside one read transaction, with the size of a
// consistent copy of the ledger file and a function writing it (bbolt's
// Tx.WriteTo): an online backup, while appends go on.
func (db *DB) Snapshot(fn func(size int64, write func(io.Writer) (int64, error)) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error { return fn(tx.Size(), tx.WriteTo) })
}
