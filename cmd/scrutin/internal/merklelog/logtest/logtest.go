// Package logtest is the conformance suite of the Merkle-log port. Every
// backend's test is one line:
//
//	func TestConformance(t *testing.T) { logtest.Run(t, newLog) }
package logtest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"golang.org/x/mod/sumdb/tlog"
)

// Run runs the suite; newLog returns an empty log, closed by the caller's
// t.Cleanup.
func Run(t *testing.T, newLog func(t *testing.T) merklelog.Log) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, l merklelog.Log)
	}{
		{"Empty", testEmpty},
		{"AppendDense", testAppendDense},
		{"RootsAndProofs", testRootsAndProofs},
		{"BeyondTree", testBeyondTree},
		{"LeafIndex", testLeafIndex},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newLog(t)) })
	}
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return c
}

// Leaf returns the test leaf i.
func Leaf(i int) []byte { return []byte(fmt.Sprintf("leaf %d of the conformance suite", i)) }

// mth is RFC 6962's Merkle Tree Hash, written from the RFC's definition as
// the reference the backend is checked against.
func mth(leaves [][]byte) tlog.Hash {
	switch len(leaves) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return sha256.Sum256(append([]byte{0}, leaves[0]...))
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	l, r := mth(leaves[:k]), mth(leaves[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

func appendN(t *testing.T, l merklelog.Log, from, n, batch int) [][]byte {
	t.Helper()
	var all [][]byte
	for i := from; i < from+n; i += batch {
		var leaves [][]byte
		for j := i; j < i+batch && j < from+n; j++ {
			leaves = append(leaves, Leaf(j))
		}
		if err := l.Append(ctx(t), uint64(i), leaves); err != nil {
			t.Fatalf("Append(%d, %d leaves): %v", i, len(leaves), err)
		}
		all = append(all, leaves...)
	}
	return all
}

func size(t *testing.T, l merklelog.Log) uint64 {
	t.Helper()
	n, err := l.Size(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func testEmpty(t *testing.T, l merklelog.Log) {
	if n := size(t, l); n != 0 {
		t.Fatalf("new log has size %d", n)
	}
	h, err := l.TreeHash(ctx(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	if h != mth(nil) {
		t.Fatalf("empty tree hash %v, want SHA-256 of nothing", h)
	}
}

func testAppendDense(t *testing.T, l merklelog.Log) {
	appendN(t, l, 0, 10, 3)
	for _, start := range []uint64{0, 9, 11, 100} {
		err := l.Append(ctx(t), start, [][]byte{Leaf(99)})
		if !errors.Is(err, merklelog.ErrWrongIndex) {
			t.Errorf("Append at %d on a log of 10: got %v, want ErrWrongIndex", start, err)
		}
	}
	if n := size(t, l); n != 10 {
		t.Fatalf("size %d after refused appends, want 10", n)
	}
	got, err := l.Entries(ctx(t), 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if !bytes.Equal(got[i], Leaf(i)) {
			t.Fatalf("entry %d: got %q, want %q", i, got[i], Leaf(i))
		}
	}
	got, err = l.Entries(ctx(t), 3, 5)
	if err != nil || len(got) != 2 || !bytes.Equal(got[0], Leaf(3)) {
		t.Fatalf("Entries(3, 5): got %d entries (%v)", len(got), err)
	}
}

func testRootsAndProofs(t *testing.T, l merklelog.Log) {
	const n = 70
	leaves := appendN(t, l, 0, n, 7)
	roots := make([]tlog.Hash, n+1)
	for s := 0; s <= n; s++ {
		h, err := l.TreeHash(ctx(t), uint64(s))
		if err != nil {
			t.Fatalf("TreeHash(%d): %v", s, err)
		}
		if want := mth(leaves[:s]); h != want {
			t.Fatalf("TreeHash(%d) = %v, want %v", s, h, want)
		}
		roots[s] = h
	}
	for s := 1; s <= n; s += 3 {
		for i := 0; i < s; i++ {
			p, err := l.InclusionProof(ctx(t), uint64(i), uint64(s))
			if err != nil {
				t.Fatalf("InclusionProof(%d, %d): %v", i, s, err)
			}
			if err := tlog.CheckRecord(p, int64(s), roots[s], int64(i), tlog.RecordHash(leaves[i])); err != nil {
				t.Fatalf("inclusion proof of %d in %d does not verify: %v", i, s, err)
			}
			if i == 0 && s > 1 {
				if err := tlog.CheckRecord(p, int64(s), roots[s], 1, tlog.RecordHash(leaves[1])); err == nil {
					t.Fatalf("inclusion proof of 0 in %d verifies for leaf 1", s)
				}
			}
		}
	}
	// Every tree extends the empty tree: the proof from size 0 is empty.
	if p, err := l.ConsistencyProof(ctx(t), 0, 9); err != nil || len(p) != 0 {
		t.Fatalf("ConsistencyProof(0, 9) = %d hashes, %v; want an empty proof", len(p), err)
	}
	for old := 1; old <= n; old += 5 {
		for nw := old; nw <= n; nw += 4 {
			p, err := l.ConsistencyProof(ctx(t), uint64(old), uint64(nw))
			if err != nil {
				t.Fatalf("ConsistencyProof(%d, %d): %v", old, nw, err)
			}
			if err := tlog.CheckTree(p, int64(nw), roots[nw], int64(old), roots[old]); err != nil {
				t.Fatalf("consistency proof %d→%d does not verify: %v", old, nw, err)
			}
		}
	}
}

func testBeyondTree(t *testing.T, l merklelog.Log) {
	appendN(t, l, 0, 5, 5)
	checks := []struct {
		name string
		err  error
	}{
		{"TreeHash(6)", func() error { _, err := l.TreeHash(ctx(t), 6); return err }()},
		{"InclusionProof(5, 5)", func() error { _, err := l.InclusionProof(ctx(t), 5, 5); return err }()},
		{"InclusionProof(1, 6)", func() error { _, err := l.InclusionProof(ctx(t), 1, 6); return err }()},
		{"ConsistencyProof(2, 6)", func() error { _, err := l.ConsistencyProof(ctx(t), 2, 6); return err }()},
		{"ConsistencyProof(4, 3)", func() error { _, err := l.ConsistencyProof(ctx(t), 4, 3); return err }()},
		{"Entries(3, 6)", func() error { _, err := l.Entries(ctx(t), 3, 6); return err }()},
	}
	for _, c := range checks {
		if !errors.Is(c.err, merklelog.ErrBeyondTree) {
			t.Errorf("%s on a log of 5: got %v, want ErrBeyondTree", c.name, c.err)
		}
	}
	if n := size(t, l); n != 5 {
		t.Fatalf("size changed to %d", n)
	}
}

func testLeafIndex(t *testing.T, l merklelog.Log) {
	appendN(t, l, 0, 20, 6)
	for i := 0; i < 20; i++ {
		got, err := l.LeafIndex(ctx(t), tlog.RecordHash(Leaf(i)))
		if err != nil || got != uint64(i) {
			t.Fatalf("LeafIndex(leaf %d) = %d, %v", i, got, err)
		}
	}
	if _, err := l.LeafIndex(ctx(t), tlog.RecordHash(Leaf(20))); !errors.Is(err, merklelog.ErrNotFound) {
		t.Fatalf("LeafIndex of a missing leaf: got %v, want ErrNotFound", err)
	}
}
