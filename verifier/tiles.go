package verifier

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// tileHeight is the height of C2SP tlog-tiles: 256 hashes or entries a tile.
const tileHeight = 8

// bundlePath is the C2SP tlog-tiles path of entry bundle n of width w,
// relative to the log's prefix: "tile/entries/x001/234[.p/W]".
func bundlePath(n int64, w int) string {
	p := tlog.Tile{H: tileHeight, L: -1, N: n, W: w}.Path()
	return "tile/entries/" + strings.TrimPrefix(p, "tile/8/data/")
}

// EntryBundlePath is the C2SP tlog-tiles path of entry bundle n of width
// w (256 for a full one), relative to the log's prefix.
func EntryBundlePath(n int64, w int) string { return bundlePath(n, w) }

// HashTilePath is the C2SP tlog-tiles path of a hash tile, relative to
// the log's prefix.
func HashTilePath(t tlog.Tile) string { return hashTilePath(t) }

// EntriesPath is the JSON API's request for entries [start, end).
func EntriesPath(start, end int64) string { return entriesPath(start, end) }

// EntriesPage is the most entries a request to /api/v1/log/entries asks
// for; the verifier reads the entries API in pages of this size.
const EntriesPage = entriesPage

// hashTilePath is the C2SP tlog-tiles path of a hash tile.
func hashTilePath(t tlog.Tile) string {
	return "tile/" + strings.TrimPrefix(t.Path(), "tile/8/")
}

// servedError is served data that is malformed or contradicts the log: a
// failure of the named check (misbehaviour), not an unavailability.
type servedError struct {
	check string
	msg   string
}

func (e *servedError) Error() string { return e.check + ": " + e.msg }

func misserved(check, format string, args ...any) error {
	return &servedError{check: check, msg: fmt.Sprintf(format, args...)}
}

// parseBundle splits an entry bundle, each entry prefixed by its 16-bit
// big-endian length, strictly: exactly want entries, no byte after the
// last (C2SP tlog-tiles: a bundle of width W holds W entries).
func parseBundle(b []byte, want int) ([][]byte, error) {
	out := make([][]byte, 0, want)
	for len(b) > 0 {
		if len(b) < 2 {
			return nil, fmt.Errorf("%d trailing byte(s) after entry %d", len(b), len(out))
		}
		n := int(binary.BigEndian.Uint16(b))
		if len(b)-2 < n {
			return nil, fmt.Errorf("entry %d is truncated: %d bytes announced, %d left", len(out), n, len(b)-2)
		}
		if len(out) == want {
			return nil, fmt.Errorf("holds more than the %d entries of its width", want)
		}
		out = append(out, b[2:2+n:2+n])
		b = b[2+n:]
	}
	if len(out) != want {
		return nil, fmt.Errorf("holds %d entries, its width is %d", len(out), want)
	}
	return out, nil
}

// formatBundle is parseBundle's inverse.
func formatBundle(entries [][]byte) []byte {
	var b []byte
	for _, e := range entries {
		b = binary.BigEndian.AppendUint16(b, uint16(len(e)))
		b = append(b, e...)
	}
	return b
}

// bundleCount returns the number of entry bundles of a tree of size n and
// the width of the last one.
func bundleCount(n int64) (count int64, lastWidth int) {
	count = (n + BundleSize - 1) / BundleSize
	lastWidth = int(n - (count-1)*BundleSize)
	return count, lastWidth
}

// readBundle returns entries [256n, 256n+width): from the entry bundle of
// that width, else (a log grown past a partial bundle) the prefix of the
// full one, else, when the source serves no tiles, from the JSON API's
// /api/v1/log/entries. A malformed bundle is a *servedError.
func readBundle(ctx context.Context, src Source, n int64, width int) ([][]byte, error) {
	for _, w := range []int{width, BundleSize} {
		p := bundlePath(n, w)
		b, err := src.Tile(ctx, p)
		if errors.Is(err, ErrNotFound) {
			if w == BundleSize {
				break
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		es, err := parseBundle(b, w)
		if err != nil {
			return nil, misserved(CheckTiles, "entry bundle %s: %v", p, err)
		}
		return es[:width:width], nil
	}
	// No tiles: the JSON API's entries.
	start := n * BundleSize
	b, err := src.Get(ctx, entriesPath(start, start+int64(width)))
	if err != nil {
		return nil, err
	}
	es, err := decodeEntries(b)
	if err != nil {
		return nil, misserved(CheckEntriesAPI, "entries %d to %d do not decode: %v", start, start+int64(width), err)
	}
	if len(es) != width {
		return nil, misserved(CheckEntriesAPI, "entries %d to %d: %d served, want %d", start, start+int64(width), len(es), width)
	}
	out := make([][]byte, width)
	for i, e := range es {
		if e.Index != uint64(start)+uint64(i) {
			return nil, misserved(CheckEntriesAPI, "entries %d+: the %d-th served has index %d", start, i, e.Index)
		}
		out[i] = e.Raw
	}
	return out, nil
}

// entriesPage is the most entries one /api/v1/log/entries request may ask.
const entriesPage = 1000

// entriesPath is the JSON API's page of entries [start, end).
func entriesPath(start, end int64) string {
	return fmt.Sprintf("/api/v1/log/entries?start=%d&end=%d", start, end)
}

// servedEntry is an entry as /api/v1/log/entries serves it, its event
// kept as the JSON served.
type servedEntry = domain.LogEntry[json.RawMessage]

func decodeEntries(b []byte) ([]servedEntry, error) {
	if es, ok := fastEntries(b); ok {
		return es, nil
	}
	return decodeEntriesJSON(b)
}

// decodeEntriesJSON reads a page of entries with encoding/json, whatever
// its formatting.
func decodeEntriesJSON(b []byte) ([]servedEntry, error) {
	var es []servedEntry
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&es); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("data after the list")
	}
	return es, nil
}

// parallel runs f(0..n-1) on conc goroutines, stopping at the first error.
func parallel(ctx context.Context, n int64, conc int, f func(ctx context.Context, i int64) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var next atomic.Int64
	var once sync.Once
	var first error
	var wg sync.WaitGroup
	for range min(int64(conc), n) {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= n || ctx.Err() != nil {
					return
				}
				if err := f(ctx, i); err != nil {
					once.Do(func() { first = err; cancel() })
					return
				}
			}
		})
	}
	wg.Wait()
	if first != nil {
		return first
	}
	return ctx.Err()
}

// checkHashTiles compares every hash tile the source serves for the tree
// with the tile recomputed from the entries (C2SP tlog-tiles: a client
// that reads proofs from tiles would otherwise be shown other hashes).
func (a *audit) checkHashTiles(ctx context.Context, src Source) error {
	c := a.report.check(CheckTiles, "tiles")
	if !a.matched {
		c.notChecked("the entries do not match the checkpoint")
		return nil
	}
	tiles := tlog.NewTiles(tileHeight, 0, a.cp.Size)
	var served, missing atomic.Int64
	var mu sync.Mutex
	err := parallel(ctx, int64(len(tiles)), 8, func(ctx context.Context, i int64) error {
		t := tiles[i]
		// A full level-0 tile's hashes are not kept, only their digest:
		// the tile served is compared with it, and recomputed from its
		// entry bundle only to name the hash that differs.
		full0 := t.L == 0 && t.W == 1<<tileHeight
		var want []byte
		if full0 {
			want = make([]byte, t.W*tlog.HashSize)
		} else {
			var err error
			if want, err = tlog.ReadTileData(t, a.tree); err != nil {
				return err
			}
		}
		p := hashTilePath(t)
		b, err := src.Tile(ctx, p)
		if errors.Is(err, ErrNotFound) && t.W < 1<<tileHeight {
			// Grown past this partial tile: the full one's prefix.
			full := t
			full.W = 1 << tileHeight
			if b, err = src.Tile(ctx, hashTilePath(full)); err == nil {
				if len(b) != full.W*tlog.HashSize {
					mu.Lock()
					c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("hash tile %s is %d bytes, a full tile is %d", hashTilePath(full), len(b), full.W*tlog.HashSize)})
					mu.Unlock()
					return nil
				}
				b, p = b[:len(want)], hashTilePath(full)
			}
		}
		if errors.Is(err, ErrNotFound) {
			missing.Add(1)
			return nil
		}
		if err != nil {
			return err
		}
		served.Add(1)
		if full0 {
			if len(b) == len(want) && sha256.Sum256(b) == a.tree.tiles[t.N] {
				return nil
			}
			if want, err = a.rereadTile(ctx, src, t.N); err != nil {
				mu.Lock()
				c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("hash tile %s differs from the tile recomputed from the entries, and %v", p, err)})
				mu.Unlock()
				return nil
			}
		}
		if !bytes.Equal(b, want) {
			mu.Lock()
			c.fail(Failure{Entry: -1, Msg: hashTileDiff(p, t, b, want)})
			mu.Unlock()
		}
		return nil
	})
	if err != nil {
		c.notChecked("couldn't fetch the hash tiles")
		return unavailable("the hash tiles", err)
	}
	c.Count += served.Load()
	switch {
	case served.Load() == 0 && len(tiles) > 0:
		c.Detail = appendDetail(c.Detail, "the source serves no hash tiles: entry bundles only")
	case missing.Load() > 0:
		c.notChecked(fmt.Sprintf("%d of the %d hash tiles are not served", missing.Load(), len(tiles)))
	default:
		c.Detail = appendDetail(c.Detail, fmt.Sprintf("%d hash tiles equal the tiles recomputed from the entries", served.Load()))
	}
	return nil
}

// rereadTile recomputes the level-0 hash tile of entry bundle n from the
// bundle read again, which must give the digest kept by the stream.
func (a *audit) rereadTile(ctx context.Context, src Source, n int64) ([]byte, error) {
	leaves, err := a.rereadLeaves(ctx, src, n<<tileHeight, (n+1)<<tileHeight)
	if err != nil {
		return nil, err
	}
	if digestLeaves(leaves) != a.tree.tiles[n] {
		return nil, fmt.Errorf("entry bundle %d, read again, is not the bundle audited", n)
	}
	return tileBytes(leaves), nil
}

// rereadLeaves reads entries [start, end) again, from their bundles, and
// returns their leaf hashes: to name the entry that differs once a digest
// kept by the stream did not match.
func (a *audit) rereadLeaves(ctx context.Context, src Source, start, end int64) ([]tlog.Hash, error) {
	var out []tlog.Hash
	for n := start >> tileHeight; n<<tileHeight < end; n++ {
		width := BundleSize
		if (n+1)<<tileHeight > a.cp.Size {
			width = int(a.cp.Size - n<<tileHeight)
		}
		es, err := readBundle(ctx, src, n, width)
		if err != nil {
			return nil, fmt.Errorf("couldn't read entry bundle %d again: %w", n, err)
		}
		for i, e := range es {
			if pos := n<<tileHeight + int64(i); pos >= start && pos < end {
				out = append(out, domain.LeafHash(e))
			}
		}
	}
	return out, nil
}

func hashTileDiff(p string, t tlog.Tile, got, want []byte) string {
	if len(got) != len(want) {
		return fmt.Sprintf("hash tile %s is %d bytes, the tree of the checkpoint gives %d", p, len(got), len(want))
	}
	for i := 0; i < len(want); i += tlog.HashSize {
		if !bytes.Equal(got[i:i+tlog.HashSize], want[i:i+tlog.HashSize]) {
			return fmt.Sprintf("hash tile %s: hash %d is %x, the entries give %x", p, i/tlog.HashSize, got[i:i+tlog.HashSize], want[i:i+tlog.HashSize])
		}
	}
	return "hash tile " + p + " differs"
}

// checkEntriesAPI compares every entry /api/v1/log/entries serves, decoded,
// with the entry the tiles hold: the same bytes, leaf hash, type, version,
// stream, revision, time and event.
func (a *audit) checkEntriesAPI(ctx context.Context, src Source) error {
	c := a.report.check(CheckEntriesAPI, "entries")
	size := a.cp.Size
	pages := (size + entriesPage - 1) / entriesPage
	var absent atomic.Bool
	var mu sync.Mutex
	var compared atomic.Int64
	err := parallel(ctx, pages, 4, func(ctx context.Context, pg int64) error {
		start, end := pg*entriesPage, min((pg+1)*entriesPage, size)
		b, err := src.Get(ctx, entriesPath(start, end))
		if errors.Is(err, ErrNotFound) {
			absent.Store(true)
			return nil
		}
		if err != nil {
			return err
		}
		fs := a.compareEntries(ctx, src, pg, start, end, b)
		compared.Add(end - start)
		if len(fs) > 0 {
			mu.Lock()
			for _, f := range fs {
				c.fail(f)
			}
			mu.Unlock()
		}
		return nil
	})
	if err != nil {
		c.notChecked("couldn't fetch /api/v1/log/entries")
		return unavailable("the entries API", err)
	}
	c.Count = compared.Load()
	if absent.Load() {
		if compared.Load() == 0 {
			c.Status, c.Detail = NotApplicable, "the source serves no /api/v1/log/entries"
		} else {
			c.notChecked("some pages of /api/v1/log/entries are not served")
		}
	}
	return nil
}

func (a *audit) compareEntries(ctx context.Context, src Source, pg, start, end int64, b []byte) []Failure {
	es, err := decodeEntries(b)
	if err != nil {
		return []Failure{{Entry: start, Msg: fmt.Sprintf("the page of entries %d to %d does not decode: %v", start, end, err)}}
	}
	if int64(len(es)) != end-start {
		return []Failure{{Entry: start, Msg: fmt.Sprintf("asked for entries %d to %d, %d served", start, end, len(es))}}
	}
	// The entries are not kept, only a digest of each page's leaf hashes:
	// the raw bytes served are the entry bundles' when their leaf hashes
	// give it (SHA-256: no two entries share one). Else the bundles are
	// read again to name the entries that differ.
	served := make([]tlog.Hash, len(es))
	for i, e := range es {
		served[i] = domain.LeafHash(e.Raw)
	}
	var logLeaves []tlog.Hash
	if a.tree == nil || pg >= int64(len(a.tree.pages)) || digestLeaves(served) != a.tree.pages[pg] {
		if a.tree != nil && pg < int64(len(a.tree.pages)) {
			logLeaves, err = a.rereadLeaves(ctx, src, start, end)
			if err == nil && digestLeaves(logLeaves) != a.tree.pages[pg] {
				err = errors.New("the entry bundles, read again, are not those audited")
			}
		} else {
			err = errors.New("the entries were not all read")
		}
		if err != nil {
			return []Failure{{Entry: start, Msg: fmt.Sprintf("the raw bytes of entries %d to %d served differ from the entry bundles', which could not be compared one by one: %v", start, end, err)}}
		}
	}
	var fs []Failure
	for i, e := range es {
		pos := start + int64(i)
		bad := func(format string, args ...any) {
			fs = append(fs, Failure{Entry: pos, Kind: e.Type, Msg: fmt.Sprintf(format, args...)})
		}
		if e.Index != uint64(pos) {
			bad("served as index %d", e.Index)
			continue
		}
		h := served[i]
		if logLeaves != nil && h != logLeaves[i] {
			bad("the raw bytes served differ from the entry bundle's")
			continue
		}
		if e.LeafHash != hex.EncodeToString(h[:]) {
			bad("leaf hash served %s, the entry's is %x", e.LeafHash, h[:])
		}
		env, err := domain.ParseEntry(e.Raw)
		if err != nil {
			continue // the canonical check names it
		}
		k := env.Event.Kind()
		switch {
		case e.Type != k.Name || e.Version != k.Version:
			bad("served as %s v%d, the entry is %s v%d", e.Type, e.Version, k.Name, k.Version)
		case e.Stream != string(env.Stream):
			bad("served in stream %q, the entry is in %q", e.Stream, env.Stream)
		case e.Revision != env.Revision:
			bad("served at revision %d, the entry is at %d", e.Revision, env.Revision)
		case !e.Time.Equal(env.Time):
			bad("served at time %s, the entry says %s", e.Time.Format(time.RFC3339Nano), env.Time.Format(time.RFC3339Nano))
		default:
			want, err := json.Marshal(env.Event)
			if err != nil || !sameJSONValue(e.Event, want) {
				bad("the decoded event served differs from the entry's: served %.300s, the entry decodes to %.300s", e.Event, want)
			}
		}
	}
	return fs
}

// sameJSONValue reports whether served is the JSON value want: byte for
// byte once compacted (the server's encoding), else as canonical JSON.
func sameJSONValue(served, want []byte) bool {
	if bytes.Equal(served, want) {
		return true
	}
	var b bytes.Buffer
	if json.Compact(&b, served) == nil && bytes.Equal(b.Bytes(), want) {
		return true
	}
	return sameCanonicalJSON(served, want)
}

// sameCanonicalJSON reports whether two JSON texts are the same value
// (object keys in any order, numbers compared as written).
func sameCanonicalJSON(a, b []byte) bool {
	ca, err1 := canonicalJSON(a)
	cb, err2 := canonicalJSON(b)
	return err1 == nil && err2 == nil && bytes.Equal(ca, cb)
}

func canonicalJSON(b []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("data after the value")
	}
	return json.Marshal(v)
}

// checkpointText returns the text of a signed note, unverified: for
// reading the size before the signature is checked (Archive).
func checkpointText(signed []byte) string {
	s := string(signed)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		return s[:i+1]
	}
	return s
}
