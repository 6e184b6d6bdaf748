// Package credtable keeps the registered credentials of an audit's fold
// (domain.CredentialTable) in a file rather than in memory, so that the
// audit of a log of tens of millions of credentials fits in a bounded
// memory (docs/AUDIT.md "Memory"): what stays in memory is a cache of a
// fixed number of pages and at most a fixed number of new credentials
// waiting to be merged into the file, whatever the number of credentials.
//
// The file is an open-addressing hash table of fixed-size records (the
// 32-byte credential and its 16-byte record) probed linearly, in pages of
// 4 KiB read and written with pread and pwrite (ReadAt, WriteAt) through
// a cache of a bounded number of pages written back when evicted. A
// mapping of the file (mmap) would do without the cache, but its pages
// count in the process's resident memory.
//
// A credential's slot is the top bits of its hash scaled to the table's
// size, so that credentials sorted by hash fill the file in order. New
// credentials wait in memory, up to Options.Pending of them, and are then
// merged into the file in one pass, in order, a run of pages read and
// written at a time: a registration costs the read of the page where it
// would be (to know it is new), not a random write too. When more than 7
// slots in 10 would be taken, the table is first rehashed into a file
// twice as large, the old file read in order filling the new one nearly
// in order, through the cache.
//
// The hash is keyed with a random seed drawn for each table: a log cannot
// choose credentials that collide, to slow the audit down.
package credtable

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/scrutin/scrutin/domain"
)

const (
	pageSize  = 4096
	slotSize  = 48 // credential 32, profile+1 4 (0: an empty slot), events 4, revoked at+1 8 (0: not revoked)
	pageSlots = pageSize / slotSize
	// The table grows when more than maxLoadNum/maxLoadDen of its slots
	// are taken: linear probing then reads 1.5 slots on average to find
	// a credential, 6 to find that one is not there.
	maxLoadNum, maxLoadDen = 7, 10
	firstPages             = 16
	readAhead              = 64 // pages read at once when rehashing or merging
	// DefaultCache is the memory of the page cache unless told otherwise.
	DefaultCache = 4 << 20
	// DefaultPending is the number of new credentials kept in memory
	// before they are merged into the file unless told otherwise: ~100
	// bytes each in a map, ~13 MB.
	DefaultPending = 1 << 17
)

// Options shape a table.
type Options struct {
	// Dir is where the table's directory is made; "" means os.TempDir().
	Dir string
	// Cache is the memory of the page cache; 0 means DefaultCache.
	Cache int
	// Pending is the number of new credentials kept in memory before they
	// are merged into the file; 0 means DefaultPending.
	Pending int
}

// Table is a domain.CredentialTable in a file of a directory of its own,
// removed by Close. Its methods are safe for concurrent use. Its first
// failure (a read or a write of the file) is returned by every later call:
// the table is then not sound.
type Table struct {
	mu    sync.Mutex
	dir   string
	f     *os.File
	gen   int    // the file's generation: one more at each rehash
	slots uint64 // pages * pageSlots
	pages uint64
	filed int // credentials in the file
	seed  maphash.Seed
	cache cache
	err   error
	// pending holds the credentials not yet in the file, up to
	// maxPending, merged into it in one pass (merge).
	pending    map[domain.Credential]domain.CredentialRecord
	maxPending int
}

var _ domain.CredentialTable = (*Table)(nil)

// Open makes a directory in opt.Dir and an empty table in it.
func Open(opt Options) (*Table, error) {
	if opt.Dir == "" {
		opt.Dir = os.TempDir()
	}
	if opt.Cache <= 0 {
		opt.Cache = DefaultCache
	}
	if opt.Pending <= 0 {
		opt.Pending = DefaultPending
	}
	dir, err := os.MkdirTemp(opt.Dir, "scrutin-credentials-")
	if err != nil {
		return nil, fmt.Errorf("the credential table: %w", err)
	}
	t := &Table{dir: dir, seed: maphash.MakeSeed(), maxPending: opt.Pending, pending: map[domain.Credential]domain.CredentialRecord{}}
	t.cache.max = max(opt.Cache/pageSize, 4)
	if err := t.newFile(firstPages); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return t, nil
}

// Dir returns the table's directory.
func (t *Table) Dir() string { return t.dir }

// FileSize returns the size of the table's file.
func (t *Table) FileSize() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return int64(t.pages) * pageSize
}

// Close closes the table and removes its directory.
func (t *Table) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	var err error
	if t.f != nil {
		err = t.f.Close()
		t.f = nil
	}
	t.cache = cache{}
	t.pending = nil
	if rerr := os.RemoveAll(t.dir); err == nil {
		err = rerr
	}
	if t.err == nil {
		t.err = errors.New("the credential table is closed")
	}
	return err
}

func (t *Table) path(gen int) string {
	return filepath.Join(t.dir, fmt.Sprintf("credentials.%d", gen))
}

// newFile starts generation t.gen+1, an empty file of pages pages, and
// points the cache at it.
func (t *Table) newFile(pages uint64) error {
	t.gen++
	f, err := os.OpenFile(t.path(t.gen), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("the credential table: %w", err)
	}
	if err := f.Truncate(int64(pages) * pageSize); err != nil {
		f.Close()
		return fmt.Errorf("the credential table: %w", err)
	}
	t.f, t.pages, t.slots = f, pages, pages*pageSlots
	t.cache.reset(f)
	return nil
}

// Get returns c's record and whether c is in the table.
func (t *Table) Get(c domain.Credential) (domain.CredentialRecord, bool, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.err != nil {
		return domain.CredentialRecord{}, false, t.err
	}
	if r, ok := t.pending[c]; ok {
		return r, true, nil
	}
	slot, found, err := t.find(&c)
	if err != nil || !found {
		return domain.CredentialRecord{}, false, t.fail(err)
	}
	return decode(slot), true, nil
}

// Put sets c's record, adding c if it is not in the table.
func (t *Table) Put(c domain.Credential, r domain.CredentialRecord) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.err != nil {
		return t.err
	}
	if r.Profile == ^uint32(0) || r.Revoked && r.RevokedAt == ^uint64(0) {
		return fmt.Errorf("the credential table: record %+v does not fit a slot", r)
	}
	if _, ok := t.pending[c]; ok {
		t.pending[c] = r
		return nil
	}
	slot, found, err := t.find(&c)
	if err != nil {
		return t.fail(err)
	}
	if found {
		encode(slot, r)
		t.cache.dirty()
		return nil
	}
	t.pending[c] = r
	if len(t.pending) >= t.maxPending {
		return t.fail(t.merge())
	}
	return nil
}

// Len returns the number of credentials in the table.
func (t *Table) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.filed + len(t.pending)
}

func (t *Table) fail(err error) error {
	if err != nil && t.err == nil {
		t.err = err
	}
	return err
}

// find returns c's slot, or the empty slot where c goes, in a page of
// the cache (valid until the next page is read; Put marks it dirty with
// cache.dirty), and whether c is there.
func (t *Table) find(c *domain.Credential) ([]byte, bool, error) {
	h := maphash.Bytes(t.seed, c[:])
	i, _ := bits.Mul64(h, t.slots)
	for {
		p := i / pageSlots
		page, err := t.cache.page(p)
		if err != nil {
			return nil, false, fmt.Errorf("the credential table %s: %w", t.path(t.gen), err)
		}
		for o := i % pageSlots; o < pageSlots; o++ {
			s := page[o*slotSize : (o+1)*slotSize]
			if binary.LittleEndian.Uint32(s[32:]) == 0 {
				return s, false, nil
			}
			if [32]byte(s[:32]) == *c {
				return s, true, nil
			}
		}
		if i = (p + 1) * pageSlots; i == t.slots {
			i = 0
		}
	}
}

// home returns c's first slot.
func (t *Table) home(c *domain.Credential) uint64 {
	i, _ := bits.Mul64(maphash.Bytes(t.seed, c[:]), t.slots)
	return i
}

// merge moves the pending credentials into the file, growing it first if
// they would fill more than 7 slots in 10: sorted by their first slot,
// they are placed in one pass over the file, a run of readAhead pages
// read and written at a time, each at the first empty slot from its
// first (linear probing); those that find none before the run's end are
// placed from the next run's start, and those past the file's end from
// its start, through the cache.
func (t *Table) merge() error {
	for uint64(t.filed+len(t.pending))*maxLoadDen > t.slots*maxLoadNum {
		if err := t.grow(); err != nil {
			return err
		}
	}
	if err := t.cache.flush(); err != nil {
		return fmt.Errorf("the credential table %s: %w", t.path(t.gen), err)
	}
	t.cache.reset(t.f)
	type entry struct {
		home uint64
		c    domain.Credential
		r    domain.CredentialRecord
	}
	es := make([]entry, 0, len(t.pending))
	for c, r := range t.pending {
		es = append(es, entry{t.home(&c), c, r})
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.home, b.home) })
	buf := make([]byte, readAhead*pageSize)
	var carry []entry
	for p := uint64(0); p < t.pages && (len(es) > 0 || len(carry) > 0); p += readAhead {
		n := min(readAhead, t.pages-p)
		lo, hi := p*pageSlots, (p+n)*pageSlots
		k := 0
		for k < len(es) && es[k].home < hi {
			k++
		}
		if k == 0 && len(carry) == 0 {
			continue
		}
		b := buf[:n*pageSize]
		if _, err := t.f.ReadAt(b, int64(p)*pageSize); err != nil {
			return fmt.Errorf("the credential table %s: merging: reading page %d: %w", t.path(t.gen), p, err)
		}
		var left []entry
		place := func(e entry, from uint64) {
			for i := from; i < hi; i++ {
				s := b[(i-lo)/pageSlots*pageSize+(i-lo)%pageSlots*slotSize:][:slotSize]
				if binary.LittleEndian.Uint32(s[32:]) == 0 {
					copy(s, e.c[:])
					encode(s, e.r)
					return
				}
			}
			left = append(left, e)
		}
		for _, e := range carry {
			place(e, lo)
		}
		for _, e := range es[:k] {
			place(e, e.home)
		}
		carry, es = left, es[k:]
		if _, err := t.f.WriteAt(b, int64(p)*pageSize); err != nil {
			return fmt.Errorf("the credential table %s: merging: writing page %d: %w", t.path(t.gen), p, err)
		}
	}
	for _, e := range carry { // past the file's end: from its start
		s, found, err := t.find(&e.c)
		if err != nil {
			return err
		}
		if found {
			return fmt.Errorf("the credential table %s: credential %s twice", t.path(t.gen), e.c)
		}
		copy(s, e.c[:])
		encode(s, e.r)
		t.cache.dirty()
	}
	t.filed += len(t.pending)
	clear(t.pending) // its buckets kept for the next ones
	return nil
}

// grow rehashes the table into a file twice as large.
func (t *Table) grow() error {
	if err := t.cache.flush(); err != nil {
		return fmt.Errorf("the credential table %s: %w", t.path(t.gen), err)
	}
	old, oldPages, oldPath := t.f, t.pages, t.path(t.gen)
	if err := t.newFile(2 * oldPages); err != nil {
		return err
	}
	buf := make([]byte, readAhead*pageSize)
	for p := uint64(0); p < oldPages; p += readAhead {
		b := buf[:min(readAhead, oldPages-p)*pageSize]
		if _, err := old.ReadAt(b, int64(p)*pageSize); err != nil {
			return fmt.Errorf("the credential table %s: rehashing: %w", oldPath, err)
		}
		for len(b) > 0 {
			page := b[:pageSize]
			b = b[pageSize:]
			for o := range pageSlots {
				s := page[o*slotSize : (o+1)*slotSize]
				if binary.LittleEndian.Uint32(s[32:]) == 0 {
					continue
				}
				c := domain.Credential(s[:32])
				dst, found, err := t.find(&c)
				if err != nil {
					return err
				}
				if found {
					return fmt.Errorf("the credential table %s: credential %s twice", oldPath, c)
				}
				copy(dst, s)
				t.cache.dirty()
			}
		}
	}
	if err := old.Close(); err != nil {
		return fmt.Errorf("the credential table %s: %w", oldPath, err)
	}
	if err := os.Remove(oldPath); err != nil {
		return fmt.Errorf("the credential table: %w", err)
	}
	return nil
}

func decode(s []byte) domain.CredentialRecord {
	r := domain.CredentialRecord{Profile: binary.LittleEndian.Uint32(s[32:]) - 1, Events: binary.LittleEndian.Uint32(s[36:])}
	if at := binary.LittleEndian.Uint64(s[40:]); at != 0 {
		r.Revoked, r.RevokedAt = true, at-1
	}
	return r
}

func encode(s []byte, r domain.CredentialRecord) {
	binary.LittleEndian.PutUint32(s[32:], r.Profile+1)
	binary.LittleEndian.PutUint32(s[36:], r.Events)
	var at uint64
	if r.Revoked {
		at = r.RevokedAt + 1
	}
	binary.LittleEndian.PutUint64(s[40:], at)
}

// cache holds up to max pages of the file, evicted by the clock
// algorithm (a page read or written since the hand last passed is
// spared once), written back when dirty.
type cache struct {
	f      *os.File
	max    int
	frames []frame
	index  map[uint64]int // page → frame
	hand   int
	last   int // the frame of the last page returned
}

type frame struct {
	page  uint64
	data  []byte
	dirty bool
	ref   bool
}

func (c *cache) reset(f *os.File) {
	c.f, c.index, c.hand, c.last = f, map[uint64]int{}, 0, -1
	c.frames = c.frames[:0]
}

// page returns page p's bytes.
func (c *cache) page(p uint64) ([]byte, error) {
	if i, ok := c.index[p]; ok {
		fr := &c.frames[i]
		fr.ref = true
		c.last = i
		return fr.data, nil
	}
	var i int
	if len(c.frames) < c.max {
		c.frames = append(c.frames, frame{data: make([]byte, pageSize)})
		i = len(c.frames) - 1
	} else {
		for {
			fr := &c.frames[c.hand]
			if !fr.ref {
				break
			}
			fr.ref = false
			c.hand = (c.hand + 1) % len(c.frames)
		}
		i = c.hand
		c.hand = (c.hand + 1) % len(c.frames)
		fr := &c.frames[i]
		if fr.dirty {
			if _, err := c.f.WriteAt(fr.data, int64(fr.page)*pageSize); err != nil {
				return nil, fmt.Errorf("writing page %d: %w", fr.page, err)
			}
		}
		delete(c.index, fr.page)
	}
	fr := &c.frames[i]
	if _, err := c.f.ReadAt(fr.data, int64(p)*pageSize); err != nil {
		c.frames[i] = frame{data: fr.data}
		if len(c.frames) == i+1 {
			c.frames = c.frames[:i]
		}
		return nil, fmt.Errorf("reading page %d: %w", p, err)
	}
	fr.page, fr.dirty, fr.ref = p, false, true
	c.index[p] = i
	c.last = i
	return fr.data, nil
}

// dirty marks the last page returned as changed.
func (c *cache) dirty() { c.frames[c.last].dirty = true }

// flush writes every dirty page back.
func (c *cache) flush() error {
	for i := range c.frames {
		fr := &c.frames[i]
		if fr.dirty {
			if _, err := c.f.WriteAt(fr.data, int64(fr.page)*pageSize); err != nil {
				return fmt.Errorf("writing page %d: %w", fr.page, err)
			}
			fr.dirty = false
		}
	}
	return nil
}
