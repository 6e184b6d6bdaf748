package sync

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/sync/synctest"
)

// FuzzOpenArchive feeds archives, valid, cut and altered, to the check a
// sync runs before importing: it never panics; an archive it accepts
// opens entry by entry to the announced sizes, and one it refuses gives
// an ArchiveError.
func FuzzOpenArchive(f *testing.F) {
	z := synctest.Zip(f, map[string][]byte{
		"a/amendements/T1/AM1.json": []byte(`{"amendement": {"uid": "AM1", "texteLegislatifRef": "T1"}}`),
		"b.json":                    []byte(`{"scrutin": {}}`),
	})
	f.Add(z)
	f.Add(z[:len(z)/2])
	f.Add(corrupt(z))
	f.Add([]byte("PK\x05\x06"))
	dir := f.TempDir()
	sy, err := New(Config{Sources: []string{"http://x/"}, Dir: dir, Append: nil, View: nil})
	if err == nil || sy != nil {
		f.Fatal("New accepted a config without Append and View")
	}
	sy = &Syncer{cfg: Config{MaxEntry: 1 << 20, MaxUnpacked: 1 << 24, MaxEntries: 1000}}
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "a.zip")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		z, files, idx, err := sy.openArchive("fuzz", p)
		if err != nil {
			if _, ok := err.(*ArchiveError); !ok {
				t.Fatalf("refused without an ArchiveError: %v", err)
			}
			return
		}
		defer z.Close()
		for _, f := range files {
			rc, err := f.Open()
			if err != nil {
				t.Fatalf("accepted, then %s does not open: %v", f.Name, err)
			}
			n, err := readEntry(rc, amendmentIndex{})
			rc.Close()
			if err != nil || uint64(n) != f.UncompressedSize64 {
				t.Fatalf("accepted, then %s reads %d of %d bytes: %v", f.Name, n, f.UncompressedSize64, err)
			}
		}
		_ = idx
	})
}
