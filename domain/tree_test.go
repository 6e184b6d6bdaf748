package domain

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/tlog"
)

// TestHashChildren: the state's node hash is rfc6962's, for hashes and for
// inputs of other lengths (which it hands to rfc6962).
func TestHashChildren(t *testing.T) {
	for _, n := range [][2]int{{32, 32}, {0, 0}, {31, 32}, {32, 33}, {1, 64}} {
		l, r := bytes.Repeat([]byte{byte(n[0])}, n[0]), bytes.Repeat([]byte{0xa5}, n[1])
		for i := range l {
			l[i] += byte(i)
		}
		got, want := hashChildren(l, r), rfc6962.DefaultHasher.HashChildren(l, r)
		if !bytes.Equal(got, want) {
			t.Errorf("lengths %d, %d: got %x, want %x", n[0], n[1], got, want)
		}
	}
}

// TestStateTreeRoot: the state's tree, built with hashChildren, has the
// root tlog computes for every size up to 300 leaves.
func TestStateTreeRoot(t *testing.T) {
	tree := (&compact.RangeFactory{Hash: hashChildren}).NewEmptyRange(0)
	var stored []tlog.Hash
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = stored[x]
		}
		return out, nil
	})
	for n := int64(0); n < 300; n++ {
		leaf := LeafHash(fmt.Appendf(nil, "entry %d", n))
		hs, err := tlog.StoredHashesForRecordHash(n, leaf, hr)
		if err != nil {
			t.Fatal(err)
		}
		stored = append(stored, hs...)
		if err := tree.Append(leaf[:], nil); err != nil {
			t.Fatal(err)
		}
		want, err := tlog.TreeHash(n+1, hr)
		if err != nil {
			t.Fatal(err)
		}
		got, err := tree.GetRootHash(nil)
		if err != nil || len(got) != sha256.Size || tlog.Hash(got) != want {
			t.Fatalf("size %d: root %x (%v), want %x", n+1, got, err, want)
		}
	}
}
