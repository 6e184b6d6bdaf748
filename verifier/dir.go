package verifier

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// DirSource reads a directory of archived log data, laid out as the
// server serves it (docs/AUDIT.md, "Archives"):
//
//	source-url                      the URL the archive was fetched from (the log's identity in --state)
//	log/checkpoint                  the signed checkpoint
//	log/tile/entries/<N>[.p/<W>]    C2SP tlog-tiles entry bundles, as served
//	log/tile/<L>/<N>[.p/<W>]        hash tiles, as served (else recomputed)
//	api/v1/log.json                 /api/v1/log (origin, verifier key)
//	api/v1/log/entries/<A>-<B>.json /api/v1/log/entries?start=A&end=B
//	api/v1/votes.json, api/v1/votes/<id>.json, api/v1/votes/<id>/sums.json
//	api/v1/elections/<id>.json
//	api/v1/bills.json, api/v1/bills/<id>/stages[/<stage>].json
//
// The log/ directory is a static C2SP tlog-tiles log: any static file server
// serves it to tools that no one here wrote.
type DirSource struct {
	dir string
}

// NewDirSource returns a Source reading dir.
func NewDirSource(dir string) *DirSource { return &DirSource{dir: dir} }

func (d *DirSource) String() string { return d.dir }

// LogURL is the URL the archive was fetched from (its source-url file), or
// "" (then the state directory knows the log by its origin).
func (d *DirSource) LogURL() string {
	b, err := os.ReadFile(filepath.Join(d.dir, "source-url"))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

func (d *DirSource) read(rel string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(d.dir, filepath.FromSlash(rel)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, rel)
	}
	return b, err
}

func (d *DirSource) Checkpoint(ctx context.Context) ([]byte, error) {
	return d.read("log/checkpoint")
}

// Tile reads log/<p>.
func (d *DirSource) Tile(ctx context.Context, p string) ([]byte, error) {
	if path.Clean("/"+p) != "/"+p || !strings.HasPrefix(p, "tile/") {
		return nil, fmt.Errorf("%w: %s is no tile", ErrNotFound, p)
	}
	return d.read("log/" + p)
}

// Get reads the archived API resource p ("/api/v1/votes" from
// api/v1/votes.json). The only query archived is a page of
// /api/v1/log/entries.
func (d *DirSource) Get(ctx context.Context, p string) ([]byte, error) {
	rel, ok := archivePath(p)
	if !ok {
		return nil, fmt.Errorf("%w: %s is not archived", ErrNotFound, p)
	}
	return d.read(rel)
}

// archivePath is the file of an archive that holds the API resource p.
func archivePath(p string) (string, bool) {
	if base, q, ok := strings.Cut(p, "?"); ok {
		var start, end int64
		if base != "/api/v1/log/entries" {
			return "", false
		}
		if _, err := fmt.Sscanf(q, "start=%d&end=%d", &start, &end); err != nil || entriesPath(start, end) != p {
			return "", false
		}
		return fmt.Sprintf("api/v1/log/entries/%d-%d.json", start, end), true
	}
	clean := path.Clean("/" + p)
	if clean != p || !strings.HasPrefix(p, "/api/v1/") || strings.ContainsAny(p, "#\\") {
		return "", false
	}
	return strings.TrimPrefix(p, "/") + ".json", true
}

// Archive copies everything an audit reads from src into dir (which it
// creates), so the audit can be re-run offline with NewDirSource(dir): the
// API's votes, their details and key ceremonies (read first, as the audit
// does), the checkpoint, every entry bundle and hash tile as served (hash
// tiles recomputed from the entries when the source serves none), the
// pages of /api/v1/log/entries, the encrypted sums of the closed votes,
// the bills and their texts, and the source's URL. A vote still open has
// no sums yet: none are asked for. The archive is not verified: audit it.
func Archive(ctx context.Context, src Source, dir string, progress func(done, total int64)) error {
	w := &dirWriter{dir: dir}
	served, err := readServed(ctx, src)
	if err != nil {
		return fmt.Errorf("couldn't fetch the votes: %w", err)
	}
	signed, err := src.Checkpoint(ctx)
	if err != nil {
		return fmt.Errorf("couldn't fetch checkpoint: %w", err)
	}
	cp, err := domain.ParseCheckpoint(checkpointText(signed))
	if err != nil {
		return fmt.Errorf("couldn't read checkpoint: %w", err)
	}
	if u := logURL(src); u != "" {
		w.write("source-url", []byte(u+"\n"))
	}
	// The entry bundles, as served, each with its level-0 hash tile (as
	// served, else recomputed from the bundle): nothing of the entries is
	// kept but the tree's right edge and upper levels, for the other tiles.
	tree := newEdgeTree(nil, -1) // nil once a bundle is malformed: no tile recomputed after it
	writeTile := func(t tlog.Tile, computed func() ([]byte, error)) error {
		b, err := src.Tile(ctx, hashTilePath(t))
		p := hashTilePath(t)
		if errors.Is(err, ErrNotFound) && t.W < 1<<tileHeight {
			full := t
			full.W = 1 << tileHeight
			if b, err = src.Tile(ctx, hashTilePath(full)); err == nil {
				p = hashTilePath(full)
			}
		}
		switch {
		case err == nil:
			w.write("log/"+p, b)
		case !errors.Is(err, ErrNotFound):
			return fmt.Errorf("couldn't fetch hash tile %s: %w", p, err)
		case computed != nil:
			data, err := computed()
			if err != nil {
				return fmt.Errorf("couldn't compute hash tile: %w", err)
			}
			w.write("log/"+p, data)
		}
		return nil
	}
	count, last := bundleCount(cp.Size)
	var done int64
	for n := int64(0); n < count; n++ {
		width := BundleSize
		if n == count-1 {
			width = last
		}
		p, raw, err := rawBundle(ctx, src, n, width)
		if err != nil {
			return fmt.Errorf("couldn't fetch entry bundle %d: %w", n, err)
		}
		if raw == nil {
			// No tiles: the entries API's, in a bundle.
			es, err := readBundle(ctx, src, n, width)
			if err != nil {
				return fmt.Errorf("couldn't fetch entry bundle %d: %w", n, err)
			}
			raw = formatBundle(es)
		}
		w.write("log/"+p, raw)
		w2 := width
		if p == bundlePath(n, BundleSize) {
			w2 = BundleSize
		}
		es, err := parseBundle(raw, w2)
		if err != nil {
			tree = nil
		}
		var leaves []tlog.Hash
		if tree != nil {
			leaves = make([]tlog.Hash, width)
			for i, e := range es[:width] {
				leaves[i] = domain.LeafHash(e)
			}
			if err := tree.addBundle(n, leaves); err != nil {
				return err
			}
		}
		if width == BundleSize {
			var computed func() ([]byte, error)
			if tree != nil {
				computed = func() ([]byte, error) { return tileBytes(leaves), nil }
			}
			if err := writeTile(tlog.Tile{H: tileHeight, L: 0, N: n, W: BundleSize}, computed); err != nil {
				return err
			}
		}
		done += int64(width)
		if progress != nil {
			progress(done, cp.Size)
		}
	}
	// The other hash tiles (levels ≥ 1, the partial level-0 one), as
	// served, else recomputed from the tree's upper levels.
	for _, t := range tlog.NewTiles(tileHeight, 0, cp.Size) {
		if t.L == 0 && t.W == BundleSize {
			continue // written with its bundle
		}
		var computed func() ([]byte, error)
		if tree != nil {
			computed = func() ([]byte, error) { return tlog.ReadTileData(t, tree) }
		}
		if err := writeTile(t, computed); err != nil {
			return err
		}
	}
	w.write("log/checkpoint", signed)
	// The API resources the audit reads; absent ones are skipped.
	for p, b := range served.bodies {
		if rel, ok := archivePath(p); ok {
			w.write(rel, b)
		}
	}
	get := func(p string) []byte {
		b, err := src.Get(ctx, p)
		if err != nil {
			if !errors.Is(err, ErrNotFound) && w.err == nil {
				w.err = fmt.Errorf("couldn't fetch %s: %w", p, err)
			}
			return nil
		}
		if rel, ok := archivePath(p); ok {
			w.write(rel, b)
		}
		return b
	}
	get("/api/v1/log")
	for start := int64(0); start < cp.Size; start += entriesPage {
		if get(entriesPath(start, min(start+entriesPage, cp.Size))) == nil {
			break
		}
	}
	for id, d := range served.details {
		if d.ClosedAt != nil {
			get("/api/v1/votes/" + url.PathEscape(string(id)) + "/sums")
		}
	}
	if b := get("/api/v1/bills"); b != nil {
		bills, err := parseBills(b)
		if err != nil {
			return fmt.Errorf("couldn't read /api/v1/bills: %w", err)
		}
		for id := range bills {
			if domain.StreamID("bill-"+id).Check() != nil {
				continue
			}
			sb := get("/api/v1/bills/" + id + "/stages")
			if sb == nil {
				continue
			}
			var stages struct {
				Stages []struct {
					ID string `json:"id"`
				} `json:"stages"`
			}
			if err := json.Unmarshal(sb, &stages); err != nil {
				return fmt.Errorf("couldn't read the stages of bill %s: %w", id, err)
			}
			for _, st := range stages.Stages {
				if p := "/api/v1/bills/" + id + "/stages/" + url.PathEscape(st.ID); path.Clean(p) == p {
					get(p)
				}
			}
		}
	}
	return w.err
}

// rawBundle returns the bytes of entry bundle n as served, and their path:
// of that width, else the full bundle. nil bytes when no tile is served.
func rawBundle(ctx context.Context, src Source, n int64, width int) (string, []byte, error) {
	for _, w := range []int{width, BundleSize} {
		p := bundlePath(n, w)
		b, err := src.Tile(ctx, p)
		if err == nil {
			return p, b, nil
		}
		if !errors.Is(err, ErrNotFound) {
			return p, nil, err
		}
	}
	return bundlePath(n, width), nil, nil
}

type dirWriter struct {
	dir string
	err error
}

func (w *dirWriter) write(rel string, b []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(p, b, 0o644)
}
