package sync

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// ArchiveError is an archive refused whole: truncated, corrupt, too
// large, or holding an unsafe entry. Nothing of it was imported.
type ArchiveError struct {
	Source string
	Entry  string // the entry at fault; empty for the whole archive
	Reason string
	Err    error // the underlying error, if any
}

func (e *ArchiveError) Error() string {
	s := "archive from " + e.Source + " refused, nothing imported: "
	if e.Entry != "" {
		s += "entry " + e.Entry + ": "
	}
	s += e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *ArchiveError) Unwrap() error { return e.Err }

// openArchive opens a downloaded ZIP archive and checks every entry before
// anything is imported: the central directory must be readable (a
// truncated archive has none), every entry must decompress to its
// announced size with its CRC-32, within the limits, under a safe name.
// Entries are read one at a time, streamed to nowhere: memory stays
// bounded whatever the archive's size.
//
// It also indexes the amendments the archive holds (amendmentIndex), as
// it reads them.
func (s *Syncer) openArchive(source, file string) (*zip.ReadCloser, []*zip.File, amendmentIndex, error) {
	z, err := zip.OpenReader(file)
	if err != nil {
		if z != nil {
			z.Close()
		}
		return nil, nil, nil, &ArchiveError{Source: source, Reason: "not a readable ZIP archive (truncated or corrupt)", Err: err}
	}
	var files []*zip.File
	var total uint64
	idx := amendmentIndex{}
	refuse := func(f *zip.File, reason string, err error) (*zip.ReadCloser, []*zip.File, amendmentIndex, error) {
		z.Close()
		name := ""
		if f != nil {
			name = f.Name
		}
		return nil, nil, nil, &ArchiveError{Source: source, Entry: name, Reason: reason, Err: err}
	}
	if len(z.File) > s.cfg.MaxEntries {
		return refuse(nil, fmt.Sprintf("%d entries, more than the limit of %d", len(z.File), s.cfg.MaxEntries), nil)
	}
	seen := map[string]bool{}
	for _, f := range z.File {
		if strings.HasSuffix(f.Name, "/") {
			continue // a directory
		}
		if !fs.ValidPath(f.Name) || strings.Contains(f.Name, `\`) {
			return refuse(f, "unsafe name", nil)
		}
		if seen[f.Name] {
			return refuse(f, "listed twice", nil)
		}
		seen[f.Name] = true
		if f.UncompressedSize64 > uint64(s.cfg.MaxEntry) {
			return refuse(f, fmt.Sprintf("%d bytes, more than the limit of %d", f.UncompressedSize64, s.cfg.MaxEntry), nil)
		}
		if total += f.UncompressedSize64; total > uint64(s.cfg.MaxUnpacked) {
			return refuse(f, fmt.Sprintf("the archive unpacks to more than the limit of %d bytes", s.cfg.MaxUnpacked), nil)
		}
		rc, err := f.Open()
		if err != nil {
			return refuse(f, "unreadable", err)
		}
		n, err := readEntry(io.LimitReader(rc, s.cfg.MaxEntry+1), idx)
		rc.Close()
		switch {
		case errors.Is(err, zip.ErrChecksum):
			return refuse(f, "checksum mismatch (corrupt)", err)
		case err != nil:
			return refuse(f, "corrupt", err)
		case uint64(n) != f.UncompressedSize64:
			return refuse(f, fmt.Sprintf("unpacks to %d bytes, %d announced", n, f.UncompressedSize64), nil)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return refuse(nil, "no files", nil)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return z, files, idx, nil
}

// amendmentIndex lists the amendments an archive holds, by the text they
// were tabled on (texteLegislatifRef) then uid: what a sync compares the
// ledger with to find the amendments gone from the source.
type amendmentIndex map[string]map[string]bool

// readEntry reads an entry to its end (so that its CRC-32 is checked) and
// returns its size; if it is an Assemblée amendment, its uid and text are
// added to idx. A malformed amendment is not indexed: the importer
// reports it.
func readEntry(r io.Reader, idx amendmentIndex) (int64, error) {
	cr := &countingReader{r: r}
	peek := make([]byte, 64)
	n, err := io.ReadFull(cr, peek)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return cr.n, err
	}
	peek = peek[:n]
	var rest io.Reader = cr
	if p := bytes.TrimLeft(peek, " \t\r\n"); len(p) > 0 && p[0] == '{' && bytes.HasPrefix(bytes.TrimLeft(p[1:], " \t\r\n"), []byte(`"amendement"`)) {
		var am struct {
			Amendement struct {
				UID                string `json:"uid"`
				TexteLegislatifRef string `json:"texteLegislatifRef"`
			} `json:"amendement"`
		}
		dec := json.NewDecoder(io.MultiReader(bytes.NewReader(peek), cr))
		if dec.Decode(&am) == nil && am.Amendement.UID != "" && am.Amendement.TexteLegislatifRef != "" {
			t := idx[am.Amendement.TexteLegislatifRef]
			if t == nil {
				t = map[string]bool{}
				idx[am.Amendement.TexteLegislatifRef] = t
			}
			t[am.Amendement.UID] = true
		}
		rest = io.MultiReader(dec.Buffered(), cr)
		peek = nil
	}
	if _, err := io.Copy(io.Discard, rest); err != nil {
		return cr.n, err
	}
	return cr.n, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// groupKey is the folder whose files must be imported together: a
// dossier folder holding amendements/ and scrutins/ (the votes are tied to
// the dossier's bill through it, importer.LinkScrutins), else the file's
// own folder.
func groupKey(name string) string {
	parts := strings.Split(name, "/")
	for i, p := range parts[:len(parts)-1] {
		// An AN folder holding amendements/ and scrutins/, or a La
		// Fabrique de la loi dossier (procedure/ and viz/): the importer
		// needs all of it together.
		if p == "amendements" || p == "scrutins" || p == "procedure" || p == "viz" {
			return strings.Join(parts[:i], "/")
		}
	}
	return path.Dir(name)
}

// batches cuts the sorted entries into batches of about maxFiles files or
// maxBytes unpacked bytes, never inside a group (groupKey). The cut
// depends on the archive alone, so that a resumed sync finds the same
// batches.
func batches(files []*zip.File, maxFiles int, maxBytes int64) [][]*zip.File {
	var out [][]*zip.File
	start := 0
	var size int64
	for i, f := range files {
		if i > start && (i-start >= maxFiles || size >= maxBytes) && groupKey(f.Name) != groupKey(files[i-1].Name) {
			out = append(out, files[start:i])
			start, size = i, 0
		}
		size += int64(f.UncompressedSize64)
	}
	if start < len(files) {
		out = append(out, files[start:])
	}
	return out
}

// batchFS shows the files of one batch of a ZIP archive, and the folders
// above them, as an fs.FS.
type batchFS struct {
	z     *zip.Reader
	files map[string]bool
	dirs  map[string]bool
}

func newBatchFS(z *zip.Reader, files []*zip.File) *batchFS {
	b := &batchFS{z: z, files: map[string]bool{}, dirs: map[string]bool{".": true}}
	for _, f := range files {
		b.files[f.Name] = true
		for d := path.Dir(f.Name); d != "." && !b.dirs[d]; d = path.Dir(d) {
			b.dirs[d] = true
		}
	}
	return b
}

func (b *batchFS) Open(name string) (fs.File, error) {
	if !b.files[name] && !b.dirs[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return b.z.Open(name)
}

func (b *batchFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if !b.dirs[name] {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	all, err := fs.ReadDir(b.z, name)
	if err != nil {
		return nil, err
	}
	var out []fs.DirEntry
	for _, e := range all {
		p := path.Join(name, e.Name())
		if b.files[p] || b.dirs[p] {
			out = append(out, e)
		}
	}
	return out, nil
}
