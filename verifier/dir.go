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
//	log/checkpoint                  the signed checkpoint
//	log/tile/entries/<N>[.p/<W>]    C2SP tlog-tiles entry bundles
//	log/tile/<L>/<N>[.p/<W>]        hash tiles (not read: the tree is recomputed)
//	api/v1/log.json                 /api/v1/log (origin, verifier key)
//	api/v1/votes.json, api/v1/votes/<id>.json, api/v1/votes/<id>/sums.json
//	api/v1/bills.json               /api/v1/bills, once the server serves it
//
// The log/ directory is a static C2SP tlog-tiles log: any static file server
// serves it to tools that no one here wrote.
type DirSource struct {
	dir string
}

// NewDirSource returns a Source reading dir.
func NewDirSource(dir string) *DirSource { return &DirSource{dir: dir} }

func (d *DirSource) String() string { return d.dir }

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

func (d *DirSource) EntryBundle(ctx context.Context, n int64, width int) ([][]byte, error) {
	b, err := d.read("log/" + bundlePath(n, width))
	if errors.Is(err, ErrNotFound) && width < BundleSize {
		// The archive may hold a larger tree: take the prefix of the full
		// bundle, or of a wider partial one.
		b, err = d.read("log/" + bundlePath(n, BundleSize))
		for w := width + 1; errors.Is(err, ErrNotFound) && w < BundleSize; w++ {
			b, err = d.read("log/" + bundlePath(n, w))
		}
	}
	if err != nil {
		return nil, err
	}
	return parseBundle(b, width)
}

// Get reads the archived API resource p ("/api/v1/votes" from
// api/v1/votes.json). Queries are not archived.
func (d *DirSource) Get(ctx context.Context, p string) ([]byte, error) {
	clean := path.Clean("/" + p)
	if clean != p || !strings.HasPrefix(p, "/api/v1/") || strings.ContainsAny(p, "?#\\") {
		return nil, fmt.Errorf("%w: %s is not archived", ErrNotFound, p)
	}
	return d.read(strings.TrimPrefix(p, "/") + ".json")
}

// Archive copies everything an audit reads from src into dir (which it
// creates), so the audit can be re-run offline with NewDirSource(dir): the
// checkpoint, every entry bundle, the hash tiles (recomputed from the
// entries), and the API resources the audit compares (log, votes, sums,
// bills). The archive is not verified: audit it.
func Archive(ctx context.Context, src Source, dir string, progress func(done, total int64)) error {
	signed, err := src.Checkpoint(ctx)
	if err != nil {
		return fmt.Errorf("couldn't fetch checkpoint: %w", err)
	}
	cp, err := domain.ParseCheckpoint(checkpointText(signed))
	if err != nil {
		return fmt.Errorf("couldn't read checkpoint: %w", err)
	}
	w := &dirWriter{dir: dir}
	entries, err := fetchEntries(ctx, src, cp.Size, 8, progress)
	if err != nil {
		return err
	}
	count, last := bundleCount(cp.Size)
	for n := int64(0); n < count; n++ {
		width := BundleSize
		if n == count-1 {
			width = last
		}
		lo := n * BundleSize
		w.write("log/"+bundlePath(n, width), formatBundle(entries[lo:lo+int64(width)]))
	}
	hashes, err := storedHashes(entries, 0)
	if err != nil {
		return err
	}
	hr := hashReader(hashes)
	for _, t := range tlog.NewTiles(tileHeight, 0, cp.Size) {
		data, err := tlog.ReadTileData(t, hr)
		if err != nil {
			return fmt.Errorf("couldn't compute hash tile: %w", err)
		}
		w.write("log/"+hashTilePath(t), data)
	}
	w.write("log/checkpoint", signed)
	// The API resources the audit reads; absent ones are skipped.
	get := func(p string) []byte {
		b, err := src.Get(ctx, p)
		if err != nil {
			if !errors.Is(err, ErrNotFound) && w.err == nil {
				w.err = fmt.Errorf("couldn't fetch %s: %w", p, err)
			}
			return nil
		}
		w.write(strings.TrimPrefix(p, "/")+".json", b)
		return b
	}
	get("/api/v1/log")
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
	if b := get("/api/v1/votes"); b != nil {
		var votes []struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(b, &votes); err != nil {
			return fmt.Errorf("couldn't read /api/v1/votes: %w", err)
		}
		for _, v := range votes {
			if domain.StreamID("vote-"+v.ID).Check() != nil {
				continue
			}
			get("/api/v1/votes/" + v.ID)
			get("/api/v1/votes/" + v.ID + "/sums")
		}
	}
	return w.err
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
