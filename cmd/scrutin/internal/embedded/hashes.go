package embedded

import (
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/mod/sumdb/tlog"
)

// hashTree keeps every stored hash of the committed tree in memory, indexed
// by tlog.StoredHashIndex, as a copy of the hashes bucket: proofs and tree
// hashes then read no page of the file. It costs about 64 bytes an event
// (64 MB for a million); the distributed mode's Trillian backend is the
// answer past the scale of one machine.
type hashTree struct {
	mu sync.RWMutex
	h  []tlog.Hash
}

// load reads the hashes bucket, which must hold exactly the stored hashes
// of a tree of size n: each value the hashes of one commit (one hash a key
// in the files written before 2026-12), keyed by the index of its first.
func (t *hashTree) load(tx *bolt.Tx, n uint64) error {
	want := tlog.StoredHashCount(int64(n))
	hs := make([]tlog.Hash, 0, want+want/4)
	c := tx.Bucket(bucketHashes).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		// A value holds the stored hashes of one commit, from index k.
		if getU64(k) != uint64(len(hs)) || len(v) == 0 || len(v)%tlog.HashSize != 0 {
			return fmt.Errorf("stored hash %d: the hashes are not dense", len(hs))
		}
		for ; len(v) > 0; v = v[tlog.HashSize:] {
			hs = append(hs, tlog.Hash(v[:tlog.HashSize]))
		}
	}
	if int64(len(hs)) != want {
		return fmt.Errorf("%d stored hashes for %d entries, want %d", len(hs), n, want)
	}
	t.h = hs
	return nil
}

func (t *hashTree) snapshot() []tlog.Hash {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.h
}

// extend appends the hashes of a committed batch.
func (t *hashTree) extend(hs []tlog.Hash) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.h = append(t.h, hs...)
}

// reader reads from committed, then from pending (a batch being written).
func reader(committed, pending []tlog.Hash) tlog.HashReader {
	return tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(indexes))
		for i, idx := range indexes {
			switch {
			case idx >= 0 && idx < int64(len(committed)):
				out[i] = committed[idx]
			case idx >= int64(len(committed)) && idx-int64(len(committed)) < int64(len(pending)):
				out[i] = pending[idx-int64(len(committed))]
			default:
				return nil, fmt.Errorf("stored hash %d is not in the tree", idx)
			}
		}
		return out, nil
	})
}
