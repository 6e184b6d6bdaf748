package embedded

import (
	"encoding/binary"
	"sync"

	"golang.org/x/mod/sumdb/tlog"
)

// leafIndex maps leaf hashes to the position of their first occurrence. It
// keys on the hash's first 8 bytes (16 bytes of map per entry instead of
// 40) and confirms a hit against the stored leaf hash; a leaf whose prefix
// was already taken goes to full.
type leafIndex struct {
	mu     sync.RWMutex
	prefix map[uint64]uint64
	full   map[tlog.Hash]uint64 // leaves whose prefix was taken
}

func key(h tlog.Hash) uint64 { return binary.BigEndian.Uint64(h[:8]) }

// load indexes the first n leaves, whose hashes are the level-0 stored
// hashes.
func (x *leafIndex) load(stored *hashes, n uint64) error {
	x.prefix = make(map[uint64]uint64, n)
	x.full = map[tlog.Hash]uint64{}
	leaves := make([]tlog.Hash, n)
	for i := range leaves {
		leaves[i] = stored.at(tlog.StoredHashIndex(0, int64(i)))
	}
	x.insert(0, leaves)
	return nil
}

// add records the leaves hs written at positions first, first+1, ….
func (x *leafIndex) add(first uint64, hs []tlog.Hash) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.insert(first, hs)
}

func (x *leafIndex) insert(first uint64, hs []tlog.Hash) {
	for i, h := range hs {
		k := key(h)
		if _, taken := x.prefix[k]; !taken {
			x.prefix[k] = first + uint64(i)
		} else if _, dup := x.full[h]; !dup {
			// Another leaf with this prefix, or the same leaf again: lookup
			// tries the prefix entry first, so a repeat still resolves to
			// its first occurrence.
			x.full[h] = first + uint64(i)
		}
	}
}

// lookup returns the position of h; stored reads the level-0 stored hash of
// a position, to confirm a prefix hit.
func (x *leafIndex) lookup(h tlog.Hash, stored func(pos uint64) (tlog.Hash, error)) (uint64, bool, error) {
	x.mu.RLock()
	pos, ok := x.prefix[key(h)]
	fpos, fok := x.full[h]
	x.mu.RUnlock()
	if ok {
		got, err := stored(pos)
		if err != nil {
			return 0, false, err
		}
		if got == h {
			return pos, true, nil
		}
	}
	return fpos, fok, nil
}
