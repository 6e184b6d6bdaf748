package sync

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Cursor is what a sync remembers between runs, one entry per source, in
// DIR/cursor.json. It is saved (written to a temporary file, synced, then
// renamed over the old one) only after the events of the work it records
// are durable, so that a sync killed at any point replays at most one
// batch, which the diff makes a no-op.
type Cursor struct {
	Sources map[string]*SourceCursor `json:"sources"`
}

// SourceCursor is one source's state.
type SourceCursor struct {
	// ETag and LastModified are the validators of the last archive
	// imported whole, sent back as If-None-Match and If-Modified-Since.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// SHA256 is the hex digest of the last archive imported whole: an
	// archive served again with the same content is not read again even if
	// the server ignores the validators.
	SHA256 string `json:"sha256,omitempty"`
	// Pending is an archive whose import is under way: its digest and the
	// batches done. A sync that finds the same archive resumes after them.
	Pending *Pending `json:"pending,omitempty"`
}

// Pending is an archive imported in part.
type Pending struct {
	SHA256  string `json:"sha256"`
	Batches int    `json:"batches"` // batches whose events are all in the ledger
}

const cursorFile = "cursor.json"

func loadCursor(dir string) (*Cursor, error) {
	c := &Cursor{Sources: map[string]*SourceCursor{}}
	b, err := os.ReadFile(filepath.Join(dir, cursorFile))
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, fmt.Errorf("couldn't read the sync cursor: %w", err)
	}
	if err := json.Unmarshal(b, c); err != nil {
		return nil, fmt.Errorf("couldn't read the sync cursor %s: %w", filepath.Join(dir, cursorFile), err)
	}
	if c.Sources == nil {
		c.Sources = map[string]*SourceCursor{}
	}
	return c, nil
}

func (c *Cursor) source(url string) *SourceCursor {
	s := c.Sources[url]
	if s == nil {
		s = &SourceCursor{}
		c.Sources[url] = s
	}
	return s
}

// save writes the cursor atomically: a temporary file, synced, renamed,
// and the directory synced.
func (c *Cursor) save(dir string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, cursorFile+".tmp")
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("couldn't save the sync cursor: %w", err)
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("couldn't save the sync cursor: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("couldn't save the sync cursor: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("couldn't save the sync cursor: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, cursorFile)); err != nil {
		return fmt.Errorf("couldn't save the sync cursor: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
