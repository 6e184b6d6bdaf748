// Package credtable keeps the registered credentials of an audit's fold
// (domain.CredentialTable) in a file rather than in memory, so that the
// audit of a log of tens of millions of credentials fits in a bounded
// memory (docs/AUDIT.md "Memory"): what stays in memory is a cache of
// pages of fixed size, whatever the number of credentials.
//
// The file is an open-addressing hash table of fixed-size records (the
// 32-byte credential and its 16-byte record) probed linearly, in pages of
// 4 KiB read and written with pread and pwrite (ReadAt, WriteAt) through
// a cache of a bounded number of pages written back when evicted. A
// mapping of the file (mmap) would do without the cache, but its pages
// count in the process's resident memory. When more than 7 slots in 10
// are taken, the table is rehashed into a file twice as large: a
// credential's slot is the top bits of its hash scaled to the table's
// size, so the old file read in order fills the new one nearly in order,
// through the cache.
//
// The hash is keyed with a random seed drawn for each table: a log cannot
// choose credentials that collide, to slow the audit down.
package credtable

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math/bits"
	"os"
	"path/filepath"
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
	readAhead              = 64 // pages read at once when rehashing
	// DefaultCache is the memory of the page cache unless told otherwise.
	DefaultCache = 4 << 20
)

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
	n     int
	seed  maphash.Seed
	cache cache
	err   error
}

var _ domain.CredentialTable = (*Table)(nil)

// Open makes a directory in parent (os.TempDir() if empty) and an empty
// table in it, with a page cache of cacheBytes (DefaultCache if 0).
func Open(parent string, cacheBytes int) (*Table, error) {
	if parent == "" {
		parent = os.TempDir()
	}
	if cacheBytes <= 0 {
		cacheBytes = DefaultCache
	}
	dir, err := os.MkdirTemp(parent, "scrutin-credentials-")
	if err != nil {
		return nil, fmt.Errorf("the credential table: %w", err)
	}
	t := &Table{dir: dir, seed: maphash.MakeSeed()}
	t.cache.max = max(cacheBytes/pageSize, 4)
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
	slot, found, err := t.find(&c)
	if err != nil {
		return t.fail(err)
	}
	if !found {
		if uint64(t.n+1)*maxLoadDen > t.slots*maxLoadNum {
			if err := t.grow(); err != nil {
				return t.fail(err)
			}
			if slot, _, err = t.find(&c); err != nil {
				return t.fail(err)
			}
		}
		t.n++
		copy(slot, c[:])
	}
	encode(slot, r)
	t.cache.dirty()
	return nil
}

// Len returns the number of credentials in the table.
func (t *Table) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.n
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
