package embedded

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/mod/sumdb/tlog"
)

// TestHashesChunks appends batches of every size across chunk boundaries:
// each hash reads back at its index, and a copy taken earlier still reads
// what it held while the original grows past it.
func TestHashesChunks(t *testing.T) {
	hash := func(i int64) tlog.Hash { return tlog.RecordHash(fmt.Appendf(nil, "%d", i)) }
	var h hashes
	var snaps []hashes
	for size := int64(1); h.n < 3*hashChunk+5; size = size*3 + 1 {
		batch := make([]tlog.Hash, min(size, 40_000))
		for i := range batch {
			batch[i] = hash(h.n + int64(i))
		}
		snaps = append(snaps, h)
		h.append(batch)
	}
	snaps = append(snaps, h)
	for _, s := range snaps {
		for i := int64(0); i < s.n; i += 1 + i/1000 {
			if got := s.at(i); got != hash(i) {
				t.Fatalf("copy of %d hashes: hash %d is %v, want %v", s.n, i, got, hash(i))
			}
		}
		if s.n > 0 && s.at(s.n-1) != hash(s.n-1) {
			t.Fatalf("copy of %d hashes: the last is wrong", s.n)
		}
	}
	if want := int((h.n + hashChunk - 1) / hashChunk); len(h.chunks) != want {
		t.Fatalf("%d hashes in %d chunks, want %d", h.n, len(h.chunks), want)
	}
}

// TestHashesReopen writes a log whose stored hashes fill more than one
// chunk, then reopens it: the hashes load back into chunks, and the tree's
// hash, a proof and a leaf's index agree with tlog's over the leaves.
func TestHashesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "log.db")
	db, err := Open(path, Options{LogOnly: true, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	const n = hashChunk/2 + 1000 // about n stored hashes on level 0, as many above
	var stored []tlog.Hash
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = stored[x]
		}
		return out, nil
	})
	for start := 0; start < n; start += 997 {
		var leaves [][]byte
		for i := start; i < min(start+997, n); i++ {
			leaf := fmt.Appendf(nil, "leaf %d", i)
			hs, err := tlog.StoredHashes(int64(i), leaf, hr)
			if err != nil {
				t.Fatal(err)
			}
			stored = append(stored, hs...)
			leaves = append(leaves, leaf)
		}
		if err := db.Log().Append(ctx, uint64(start), leaves); err != nil {
			t.Fatal(err)
		}
	}
	if len(stored) <= hashChunk {
		t.Fatalf("%d stored hashes: not past one chunk", len(stored))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, Options{LogOnly: true, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := db.tree.h.n; got != int64(len(stored)) {
		t.Fatalf("%d stored hashes loaded, want %d", got, len(stored))
	}
	want, err := tlog.TreeHash(n, hr)
	if err != nil {
		t.Fatal(err)
	}
	if tree := db.Log().Tree(); tree.N != n || tree.Hash != want {
		t.Fatalf("tree %d %v, want %d %v", tree.N, tree.Hash, n, want)
	}
	for _, i := range []uint64{0, hashChunk / 4, n - 1} {
		p, err := db.Log().InclusionProof(ctx, i, n)
		if err != nil {
			t.Fatal(err)
		}
		leaf := tlog.RecordHash(fmt.Appendf(nil, "leaf %d", i))
		if err := tlog.CheckRecord(p, n, want, int64(i), leaf); err != nil {
			t.Fatalf("leaf %d: %v", i, err)
		}
		if got, err := db.Log().LeafIndex(ctx, leaf); err != nil || got != i {
			t.Fatalf("leaf %d found at %d, %v", i, got, err)
		}
	}
}
