package verifier

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// fetchEntries reads entries [0, size) bundle by bundle, with conc
// requests in flight.
func fetchEntries(ctx context.Context, src Source, size int64, conc int, progress func(done, total int64)) ([][]byte, error) {
	entries := make([][]byte, size)
	count, last := bundleCount(size)
	if size == 0 {
		return entries, nil
	}
	var done atomic.Int64
	err := parallel(ctx, count, conc, func(ctx context.Context, n int64) error {
		width := BundleSize
		if n == count-1 {
			width = last
		}
		es, err := readBundle(ctx, src, n, width)
		if err != nil {
			return fmt.Errorf("couldn't fetch entry bundle %d: %w", n, err)
		}
		copy(entries[n*BundleSize:], es)
		d := done.Add(int64(width))
		if progress != nil {
			progress(d, size)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

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
