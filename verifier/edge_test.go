package verifier_test

import (
	"context"
	"maps"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

var (
	largeOnce sync.Once
	large     *ledgertest.Ledger
	largeErr  error
)

// largeLedger is a ledger of more than 1,000 entries: full entry bundles
// and level-0 tiles, a level-1 tile, several pages of the entries API —
// what the audit compares with digests instead of the hashes (docs/AUDIT.md
// "Memory").
func largeLedger(t *testing.T) (*ledgertest.Ledger, *ledgertest.Source) {
	t.Helper()
	largeOnce.Do(func() {
		large, largeErr = ledgertest.Build(ledgertest.Options{Seed: "edge-test", Voters: 8, Bills: 1200})
	})
	if largeErr != nil {
		t.Fatal(largeErr)
	}
	src, err := large.Honest()
	if err != nil {
		t.Fatal(err)
	}
	return large, src
}

// TestAuditEdgeTree: the tree kept by its right edge and upper levels
// gives the checkpoint's root and the roots of earlier checkpoints of any
// size; a full level-0 hash tile, a level-1 tile, an entries page and an
// earlier root that differ are each caught, and named.
func TestAuditEdgeTree(t *testing.T) {
	l, h := largeLedger(t)
	n := int64(len(l.Entries))
	if n < 1100 {
		t.Fatalf("%d entries, want > 1,100", n)
	}
	sign := func(size int64) []byte {
		b, err := l.Sign(l.Entries[:size])
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	t.Run("honest", func(t *testing.T) {
		store := storeWith(t, l, sign(700))
		for _, s := range []int64{1, 256, 512, 999, n} {
			if err := store.AddCheckpoint(ledgertest.TestURL, mustOpen(t, l, sign(s)), sign(s)); err != nil {
				t.Fatal(err)
			}
		}
		r, err := verifier.Audit(context.Background(), h, verifier.Config{Store: store})
		if err != nil {
			t.Fatalf("%v\n%s", err, report(t, r))
		}
		if c := r.Check(verifier.CheckConsistency); c.Count != 6 {
			t.Errorf("consistency compared %d checkpoints, want 6", c.Count)
		}
		tiles := tlog.NewTiles(8, 0, n)
		if c := r.Check(verifier.CheckTiles); c.Count != int64(len(tiles)) {
			t.Errorf("tiles compared %d, want %d", c.Count, len(tiles))
		}
		if c := r.Check(verifier.CheckEntriesAPI); c.Count != n {
			t.Errorf("entries-api compared %d, want %d", c.Count, n)
		}
	})

	flip := func(b []byte, i int) []byte {
		b = append([]byte(nil), b...)
		b[i] ^= 1
		return b
	}
	tile := func(p string) []byte {
		b, err := h.Tile(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	page, err := ledgertest.EntriesJSON(append(append([][]byte{}, l.Entries[1000:1100]...), append([][]byte{l.Entries[3]}, l.Entries[1101:min(n, 2000)]...)...), 1000)
	if err != nil {
		t.Fatal(err)
	}
	api := maps.Clone(h.API)
	api[verifier.EntriesPath(1000, min(n, 2000))] = page

	for _, tc := range []struct {
		name  string
		src   *ledgertest.Source
		seen  []byte
		check string
		msg   string
	}{
		{"full-level-0-tile", withTiles(h, "tile/0/001", flip(tile("tile/0/001"), 32*7+3)), nil, verifier.CheckTiles, "tile/0/001: hash 7 is"},
		{"level-1-tile", withTiles(h, "tile/1/000.p/"+itoa(n/256), flip(tile("tile/1/000.p/"+itoa(n/256)), 32+1)), nil, verifier.CheckTiles, "hash 1 is"},
		{"entries-page", &ledgertest.Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, verifier.CheckEntriesAPI, "raw bytes served differ"},
		{"earlier-root", h, forged(t, l, 700), verifier.CheckConsistency, "size 700"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := verifier.Config{}
			if tc.seen != nil {
				cfg.Store = storeWith(t, l, tc.seen)
			}
			r, err := verifier.Audit(context.Background(), tc.src, cfg)
			expectFailure(t, r, err, tc.check, "")
			if f := r.Failures()[0]; !strings.Contains(f.Msg, tc.msg) {
				t.Errorf("failure %q does not say %q", f.Msg, tc.msg)
			}
			if tc.name == "entries-page" {
				if f := r.Failures()[0]; f.Entry != 1100 {
					t.Errorf("failure at entry %d, want 1100", f.Entry)
				}
			}
		})
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// withTiles serves h with the tile at p replaced.
func withTiles(h *ledgertest.Source, p string, b []byte) *ledgertest.Source {
	tiles := maps.Clone(h.Tiles)
	if tiles == nil {
		tiles = map[string][]byte{}
	}
	tiles[p] = b
	return &ledgertest.Source{Signed: h.Signed, Entries: h.Entries, API: h.API, URL: h.URL, Tiles: tiles}
}

// forged is a checkpoint of size n signed by the log over other entries.
func forged(t *testing.T, l *ledgertest.Ledger, n int) []byte {
	es := append([][]byte{}, l.Entries[:n]...)
	es[n/2] = l.Entries[n]
	b, err := l.Sign(es)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustOpen(t *testing.T, l *ledgertest.Ledger, signed []byte) domain.Checkpoint {
	v, err := note.NewVerifier(l.VerifierKey)
	if err != nil {
		t.Fatal(err)
	}
	cp, _, err := domain.OpenCheckpoint(signed, v)
	if err != nil {
		t.Fatal(err)
	}
	return cp
}

// TestArchiveRecomputesTiles: a source that serves no hash tile is
// archived with every tile recomputed from the bundles as they stream (the
// entries are not kept), and the archive's tiles are the log's.
func TestArchiveRecomputesTiles(t *testing.T) {
	l, h := largeLedger(t)
	n := int64(len(l.Entries))
	none := map[string][]byte{}
	for _, tl := range tlog.NewTiles(8, 0, n) {
		none[verifier.HashTilePath(tl)] = nil
		full := tl
		full.W = 256
		none[verifier.HashTilePath(full)] = nil
	}
	src := &ledgertest.Source{Signed: h.Signed, Entries: h.Entries, API: h.API, URL: h.URL, Tiles: none}
	dir := t.TempDir()
	if err := verifier.Archive(context.Background(), src, dir, nil); err != nil {
		t.Fatal(err)
	}
	r, err := verifier.Audit(context.Background(), verifier.NewDirSource(dir), verifier.Config{})
	if err != nil {
		t.Fatalf("%v\n%s", err, report(t, r))
	}
	if c := r.Check(verifier.CheckTiles); c.Count != int64(len(tlog.NewTiles(8, 0, n))) {
		t.Errorf("the archive's tiles compared: %d, want %d (%s)", c.Count, len(tlog.NewTiles(8, 0, n)), c.Detail)
	}
}
