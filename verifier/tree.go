package verifier

import (
	"crypto/sha256"
	"fmt"
	"hash"

	"golang.org/x/mod/sumdb/tlog"
)

// edgeTree is the Merkle tree recomputed as the entries stream in, in
// memory bounded by the log's length over 256 (docs/AUDIT.md "Memory"). It
// keeps:
//
//   - the stored hashes of levels ≥ tileHeight: one hash every 256 entries
//     (plus a half, a quarter, … above), what the hash tiles above level 0
//     hold, and what the roots need on 256-entry boundaries;
//   - the stored hashes of levels < tileHeight of the last bundle added
//     only (at most 511);
//   - a digest (SHA-256) of each full level-0 hash tile (the 256 leaf
//     hashes of a bundle) and of each page of the entries API (the leaf
//     hashes of its entries), to compare what is served after the stream;
//   - the roots of the tree at the sizes asked for before the stream (the
//     checkpoint, the earlier checkpoints, the one /api/v1/log serves),
//     computed as the stream passes them, and one leaf hash (a receipt's).
type edgeTree struct {
	n      int64
	high   [][]tlog.Hash           // high[l-tileHeight][i]: stored hash of level l, index i
	low    [tileHeight][]tlog.Hash // the last bundle's stored hashes of levels < tileHeight
	lowN   int64                   // that bundle
	tiles  [][32]byte              // SHA-256 of each full level-0 tile
	pages  [][32]byte              // SHA-256 of each entries page's leaf hashes
	page   hash.Hash               // the page being added
	want   map[int64]bool          // sizes whose root to keep
	roots  map[int64]tlog.Hash
	leafAt int64 // the leaf to keep (-1: none)
	leaf   *tlog.Hash
}

func newEdgeTree(sizes []int64, leafAt int64) *edgeTree {
	t := &edgeTree{lowN: -1, page: sha256.New(), want: map[int64]bool{0: true}, roots: map[int64]tlog.Hash{}, leafAt: leafAt}
	for _, s := range sizes {
		t.want[s] = true
	}
	return t
}

// ReadHashes implements tlog.HashReader over the hashes kept.
func (t *edgeTree) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for k, x := range indexes {
		level, i := tlog.SplitStoredHashIndex(x)
		if level >= tileHeight {
			l := level - tileHeight
			if l < len(t.high) && i < int64(len(t.high[l])) {
				out[k] = t.high[l][i]
				continue
			}
		} else if i>>(tileHeight-level) == t.lowN {
			j := i - t.lowN<<(tileHeight-level)
			if j < int64(len(t.low[level])) {
				out[k] = t.low[level][j]
				continue
			}
		}
		return nil, fmt.Errorf("stored hash %d (level %d, %d) not kept", x, level, i)
	}
	return out, nil
}

func (t *edgeTree) store(level int, i int64, h tlog.Hash) error {
	var s *[]tlog.Hash
	if level >= tileHeight {
		for len(t.high) <= level-tileHeight {
			t.high = append(t.high, nil)
		}
		s = &t.high[level-tileHeight]
	} else {
		s = &t.low[level]
		i -= t.lowN << (tileHeight - level)
	}
	if i != int64(len(*s)) {
		return fmt.Errorf("stored hash (level %d, %d) out of order", level, i)
	}
	*s = append(*s, h)
	return nil
}

// addBundle adds the leaf hashes of entry bundle b, which must be the next.
func (t *edgeTree) addBundle(b int64, leaves []tlog.Hash) error {
	if b<<tileHeight != t.n {
		return fmt.Errorf("bundle %d added after %d entries", b, t.n)
	}
	t.lowN = b
	for l := range t.low {
		t.low[l] = t.low[l][:0]
	}
	for _, h := range leaves {
		hs, err := tlog.StoredHashesForRecordHash(t.n, h, t)
		if err != nil {
			return err
		}
		for l, sh := range hs {
			if err := t.store(l, t.n>>l, sh); err != nil {
				return err
			}
		}
		if t.n == t.leafAt {
			t.leaf = &h
		}
		t.page.Write(h[:])
		t.n++
		if t.n%entriesPage == 0 {
			t.pages = append(t.pages, [32]byte(t.page.Sum(nil)))
			t.page.Reset()
		}
	}
	if len(leaves) == 1<<tileHeight {
		t.tiles = append(t.tiles, digestLeaves(leaves))
	}
	for s := range t.want {
		if s > t.n-int64(len(leaves)) && s <= t.n {
			r, err := tlog.TreeHash(s, t)
			if err != nil {
				return err
			}
			t.roots[s] = r
		}
	}
	return nil
}

// finish closes the last page of the entries API.
func (t *edgeTree) finish() {
	if t.n%entriesPage != 0 {
		t.pages = append(t.pages, [32]byte(t.page.Sum(nil)))
	}
	if t.want[0] {
		t.roots[0], _ = tlog.TreeHash(0, t)
	}
}

// root returns the root of the tree's prefix of size s, if s was asked
// for before the stream and the stream reached it.
func (t *edgeTree) root(s int64) (tlog.Hash, bool) {
	r, ok := t.roots[s]
	return r, ok
}

// tileBytes is the hash tile data of leaf hashes.
func tileBytes(hs []tlog.Hash) []byte {
	out := make([]byte, 0, len(hs)*tlog.HashSize)
	for _, h := range hs {
		out = append(out, h[:]...)
	}
	return out
}

// digestLeaves returns the SHA-256 of leaf hashes, as kept for tiles and
// pages.
func digestLeaves(hs []tlog.Hash) [32]byte {
	d := sha256.New()
	for _, h := range hs {
		d.Write(h[:])
	}
	return [32]byte(d.Sum(nil))
}
