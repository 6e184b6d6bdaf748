package verifier

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// hashReader reads stored hashes from memory.
type hashReader []tlog.Hash

func (h hashReader) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		if x < 0 || x >= int64(len(h)) {
			return nil, fmt.Errorf("no stored hash %d", x)
		}
		out[i] = h[x]
	}
	return out, nil
}

// storedHashes returns the tlog stored hashes of the tree of the entries
// (every complete subtree's hash), leaf hashes computed on all cores.
func storedHashes(entries [][]byte, workers int) (hashReader, error) {
	leaves := leafHashes(entries, workers)
	hashes := make(hashReader, 0, 2*len(entries))
	for i, h := range leaves {
		hs, err := tlog.StoredHashesForRecordHash(int64(i), h, hashes)
		if err != nil {
			return nil, fmt.Errorf("couldn't compute the tree: %w", err)
		}
		hashes = append(hashes, hs...)
	}
	return hashes, nil
}

func leafHashes(entries [][]byte, workers int) []tlog.Hash {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]tlog.Hash, len(entries))
	chunk := (len(entries) + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < len(entries); lo += chunk {
		hi := min(lo+chunk, len(entries))
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				out[i] = domain.LeafHash(entries[i])
			}
		})
	}
	wg.Wait()
	return out
}

// leafHash is the hash of entry i, from the tree's stored hashes.
func (a *audit) leafHash(i int64) tlog.Hash { return a.tree[tlog.StoredHashIndex(0, i)] }
