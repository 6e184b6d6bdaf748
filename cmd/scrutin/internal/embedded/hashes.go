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
	h  hashes
}

// hashChunk is how many hashes a chunk of a hashes holds (2 MiB).
const hashChunk = 1 << 16

// hashes is a list of stored hashes kept in chunks of hashChunk: appending
// never copies the hashes already there (one slice would be copied whole,
// and twice its size held, each time it outgrew its array: at ten million
// events, 1.3 GB for a moment; and that garbage made the collector run
// sooner). A hash is never changed once appended, and a copy of a hashes
// (a snapshot) reads only the n it had: appends to the original write
// past them.
type hashes struct {
	chunks []*[hashChunk]tlog.Hash
	n      int64
}

// at returns hash i, which must be below n.
func (h *hashes) at(i int64) tlog.Hash { return h.chunks[i/hashChunk][i%hashChunk] }

// append adds hs at the end.
func (h *hashes) append(hs []tlog.Hash) {
	for len(hs) > 0 {
		if h.n == int64(len(h.chunks))*hashChunk {
			h.chunks = append(h.chunks, new([hashChunk]tlog.Hash))
		}
		k := copy(h.chunks[len(h.chunks)-1][h.n%hashChunk:], hs)
		hs, h.n = hs[k:], h.n+int64(k)
	}
}

// load reads the hashes bucket, which must hold exactly the stored hashes
// of a tree of size n: each value the hashes of one commit (one hash a key
// in the files written before 2026-12), keyed by the index of its first.
func (t *hashTree) load(tx *bolt.Tx, n uint64) error {
	want := tlog.StoredHashCount(int64(n))
	var hs hashes
	var one []tlog.Hash
	c := tx.Bucket(bucketHashes).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		// A value holds the stored hashes of one commit, from index k.
		if getU64(k) != uint64(hs.n) || len(v) == 0 || len(v)%tlog.HashSize != 0 {
			return fmt.Errorf("stored hash %d: the hashes are not dense", hs.n)
		}
		for one = one[:0]; len(v) > 0; v = v[tlog.HashSize:] {
			one = append(one, tlog.Hash(v[:tlog.HashSize]))
		}
		hs.append(one)
	}
	if hs.n != want {
		return fmt.Errorf("%d stored hashes for %d entries, want %d", hs.n, n, want)
	}
	t.h = hs
	return nil
}

func (t *hashTree) snapshot() hashes {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.h
}

// extend appends the hashes of a committed batch.
func (t *hashTree) extend(hs []tlog.Hash) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.h.append(hs)
}

// reader reads from committed, then from pending (a batch being written).
func reader(committed hashes, pending []tlog.Hash) tlog.HashReader {
	return tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		return readHashes(committed, pending, indexes)
	})
}

// readHashes reads the stored hashes at indexes from committed, then from
// pending.
func readHashes(committed hashes, pending []tlog.Hash, indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for i, idx := range indexes {
		switch {
		case idx >= 0 && idx < committed.n:
			out[i] = committed.at(idx)
		case idx >= committed.n && idx-committed.n < int64(len(pending)):
			out[i] = pending[idx-committed.n]
		default:
			return nil, fmt.Errorf("stored hash %d is not in the tree", idx)
		}
	}
	return out, nil
}
