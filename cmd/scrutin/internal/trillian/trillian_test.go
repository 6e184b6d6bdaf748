package trillian_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog/logtest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian/trilliantest"
	"golang.org/x/mod/sumdb/tlog"
)

func TestConformance(t *testing.T) {
	logtest.Run(t, func(t *testing.T) merklelog.Log { return trilliantest.NewLog(t) })
}

func TestParseURL(t *testing.T) {
	cfg, err := trillian.ParseURL("trillian://log.internal:8090?tree=42&cache=/var/lib/scrutin/cache.db")
	if err != nil || cfg.Addr != "log.internal:8090" || cfg.TreeID != 42 || cfg.CachePath != "/var/lib/scrutin/cache.db" {
		t.Fatalf("got %+v, %v", cfg, err)
	}
	for _, bad := range []string{"trillian://h:1", "trillian://h:1?tree=x", "http://h:1?tree=1", "trillian:///?tree=1"} {
		if _, err := trillian.ParseURL(bad); err == nil {
			t.Errorf("ParseURL(%q) accepted", bad)
		}
	}
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return c
}

// TestCacheRebuiltAndChecked: a second Log on the same tree with its own
// cache file rebuilds it from Trillian, and a cache of another tree is
// refused.
func TestCacheRebuiltAndChecked(t *testing.T) {
	cfg := trilliantest.NewTree(t)
	cfg.CachePath = filepath.Join(t.TempDir(), "a.db")
	a := trilliantest.Open(t, cfg)
	for i := 0; i < 3000; i += 500 {
		var leaves [][]byte
		for j := i; j < i+500; j++ {
			leaves = append(leaves, logtest.Leaf(j))
		}
		if err := a.Append(ctx(t), uint64(i), leaves); err != nil {
			t.Fatal(err)
		}
	}
	b := trilliantest.Open(t, trillian.Config{Addr: cfg.Addr, TreeID: cfg.TreeID})
	ta, err := a.Tree(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	tb, err := b.Tree(ctx(t))
	if err != nil || ta != tb || ta.N != 3000 {
		t.Fatalf("trees %v and %v (%v), want equal at 3000", ta, tb, err)
	}
	// Tiles: the stored hashes of the cache give the same root.
	h, err := tlog.TreeHash(ta.N, tlog.HashReaderFunc(func(ix []int64) ([]tlog.Hash, error) { return b.ReadHashes(ctx(t), ix) }))
	if err != nil || h != ta.Hash {
		t.Fatalf("root from ReadHashes %v (%v), want %v", h, err, ta.Hash)
	}
	// Appending the same leaves again at the same index (a crashed
	// writer's retry) is refused as a wrong index, nothing changes.
	if err := b.Append(ctx(t), 2999, [][]byte{logtest.Leaf(2999)}); !errors.Is(err, merklelog.ErrWrongIndex) {
		t.Fatalf("got %v, want ErrWrongIndex", err)
	}
	a.Close()

	// The cache file of this tree, opened on another tree, is refused.
	other := trilliantest.NewTree(t)
	if err := func() error {
		l := trilliantest.Open(t, other)
		return l.Append(ctx(t), 0, [][]byte{[]byte("x"), []byte("y")})
	}(); err != nil {
		t.Fatal(err)
	}
	other.CachePath = cfg.CachePath
	if l, err := trillian.Open(ctx(t), other); err == nil {
		l.Close()
		t.Fatal("a cache of another tree was accepted")
	} else {
		t.Logf("refused as expected: %v", err)
	}
}
