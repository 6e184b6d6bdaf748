// Package backup copies the embedded mode's data directory while the
// server runs: each bbolt file the server holds open (the ledger, the
// webhooks outbox, the registrar's subjects) is copied inside one read
// transaction (bbolt's Tx.WriteTo: a consistent snapshot, writes go on),
// the other files (keys, the admin token, panel secrets, demo trustees)
// byte for byte. The copy is a tar stream ending with a manifest of every
// file's SHA-256, which Extract checks, so a truncated download is refused
// whole. docs/OPERATIONS.md, "Backup and restore".
package backup

import (
	"archive/tar"
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// Snapshot writes a consistent copy of an open database: it calls fn with
// the copy's size and a function that writes it, inside one read
// transaction (bbolt: db.View(func(tx) { fn(tx.Size(), tx.WriteTo) })).
type Snapshot func(fn func(size int64, write func(io.Writer) (int64, error)) error) error

// ManifestName is the last file of a backup: JSON, Manifest.
const ManifestName = "MANIFEST.json"

// Manifest lists a backup's files and their SHA-256.
type Manifest struct {
	Version int               `json:"version"` // 1
	Time    time.Time         `json:"time"`
	Files   map[string]string `json:"files"` // slash path → hex SHA-256
}

// Config says what a backup holds.
type Config struct {
	// DataDir is the data directory.
	DataDir string
	// Open are the files the server holds open, by path relative to
	// DataDir ("ledger.db"): they are copied through their snapshot.
	Open map[string]Snapshot
	// Skip are files and directories not worth a copy, relative to
	// DataDir (a build cache, a disposable log cache). Optional.
	Skip func(rel string) bool
	// Now is the clock. Optional: time.Now.
	Now func() time.Time
}

// Write writes a backup of cfg.DataDir to w as a tar stream.
func Write(w io.Writer, cfg Config) error {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	tw := tar.NewWriter(w)
	m := Manifest{Version: 1, Time: cfg.Now().UTC(), Files: map[string]string{}}
	add := func(name string, mode int64, size int64, write func(io.Writer) (int64, error)) error {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: mode, Size: size, ModTime: m.Time, Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		h := sha256.New()
		n, err := write(io.MultiWriter(tw, h))
		if err != nil {
			return fmt.Errorf("couldn't copy %s: %w", name, err)
		}
		if n != size {
			return fmt.Errorf("couldn't copy %s: wrote %d bytes of %d", name, n, size)
		}
		m.Files[name] = hex.EncodeToString(h.Sum(nil))
		return nil
	}
	names := make([]string, 0, len(cfg.Open))
	for n := range cfg.Open {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		err := cfg.Open[n](func(size int64, write func(io.Writer) (int64, error)) error {
			return add(filepath.ToSlash(n), 0o600, size, write)
		})
		if err != nil {
			return err
		}
	}
	err := filepath.WalkDir(cfg.DataDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(cfg.DataDir, p)
		if rel == "." {
			return nil
		}
		if _, open := cfg.Open[rel]; open || (cfg.Skip != nil && cfg.Skip(rel)) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return err
		}
		return add(filepath.ToSlash(rel), int64(st.Mode().Perm()), st.Size(), func(w io.Writer) (int64, error) {
			return io.CopyN(w, f, st.Size())
		})
	})
	if err != nil {
		return fmt.Errorf("couldn't back up %s: %w", cfg.DataDir, err)
	}
	mb, _ := json.MarshalIndent(m, "", "  ")
	if err := tw.WriteHeader(&tar.Header{Name: ManifestName, Mode: 0o600, Size: int64(len(mb)), ModTime: m.Time, Typeflag: tar.TypeReg}); err != nil {
		return err
	}
	if _, err := tw.Write(mb); err != nil {
		return err
	}
	return tw.Close()
}

// Handler serves a backup at GET /admin/backup (mounted under /api/v1,
// behind the admin token).
type Handler struct {
	// Config returns what to back up, or an error when backups are not
	// available (the distributed mode: the databases have their own).
	Config func() (Config, error)
}

// Mount adds the route.
func (h Handler) Mount(r chi.Router) { r.Get("/admin/backup", h.serve) }

func (h Handler) serve(w http.ResponseWriter, r *http.Request) {
	cfg, err := h.Config()
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	// A large ledger takes longer than the server's write timeout.
	http.NewResponseController(w).SetWriteDeadline(time.Time{})
	w.Header().Set("Content-Type", "application/x-tar")
	w.Header().Set("Content-Disposition", `attachment; filename="scrutin-backup.tar"`)
	w.Header().Set("Cache-Control", "no-store")
	bw := bufio.NewWriterSize(w, 256<<10)
	if err := Write(bw, cfg); err != nil {
		// The status is sent: the stream ends without a manifest, which
		// Extract refuses.
		return
	}
	bw.Flush()
}

// ErrIncomplete is a backup stream that is truncated, corrupt or lacks
// its manifest; use errors.Is.
var ErrIncomplete = errors.New("the backup is incomplete or corrupt")

// Extract reads a backup stream into dir, which must not exist: files go
// to a temporary directory beside it, are checked against the manifest,
// synced, and the directory is renamed into place only when every file
// matches. It returns the manifest.
func Extract(r io.Reader, dir string) (*Manifest, error) {
	if _, err := os.Stat(dir); err == nil {
		return nil, fmt.Errorf("%s already exists: restore into a new directory", dir)
	}
	tmp := dir + ".partial"
	if err := os.MkdirAll(tmp, 0o700); err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	tr := tar.NewReader(r)
	got := map[string]string{}
	var m *Manifest
	for {
		hd, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrIncomplete, err)
		}
		name := hd.Name
		if m != nil {
			return nil, fmt.Errorf("%w: %s after the manifest", ErrIncomplete, name)
		}
		if hd.Typeflag != tar.TypeReg || !fs.ValidPath(name) || strings.Contains(name, "\\") {
			return nil, fmt.Errorf("%w: unexpected entry %q", ErrIncomplete, name)
		}
		if name == ManifestName {
			m = new(Manifest)
			if err := json.NewDecoder(io.LimitReader(tr, 16<<20)).Decode(m); err != nil {
				return nil, fmt.Errorf("%w: the manifest: %v", ErrIncomplete, err)
			}
			continue
		}
		p := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return nil, err
		}
		sum, err := writeFile(p, tr, os.FileMode(hd.Mode).Perm()&0o700|0o600)
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, fmt.Errorf("%w: %s is cut short", ErrIncomplete, name)
			}
			return nil, err
		}
		got[name] = hex.EncodeToString(sum.Sum(nil))
	}
	if m == nil {
		return nil, fmt.Errorf("%w: no manifest (the stream was cut short)", ErrIncomplete)
	}
	if len(m.Files) != len(got) {
		return nil, fmt.Errorf("%w: the manifest lists %d files, the stream holds %d", ErrIncomplete, len(m.Files), len(got))
	}
	for n, h := range m.Files {
		if got[n] != h {
			return nil, fmt.Errorf("%w: %s does not match its SHA-256 in the manifest", ErrIncomplete, n)
		}
	}
	mb, _ := json.MarshalIndent(m, "", "  ")
	if _, err := writeFile(filepath.Join(tmp, ManifestName), strings.NewReader(string(mb)), 0o600); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, err
	}
	ok = true
	if d, err := os.Open(filepath.Dir(dir)); err == nil {
		d.Sync()
		d.Close()
	}
	return m, nil
}

func writeFile(p string, r io.Reader, mode os.FileMode) (hash.Hash, error) {
	f, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, mode)
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(f, h), r); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, err
	}
	return h, f.Close()
}
