package backup_test

import (
	"archive/tar"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/backup"
)

// TestRoundTrip: Write copies the open files through their snapshot and
// the others byte for byte, skipping what Skip names; Extract restores
// them.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.MkdirAll(filepath.Join(data, "panels"), 0o700)
	os.WriteFile(filepath.Join(data, "log.key"), []byte("PRIVATE+KEY"), 0o600)
	os.WriteFile(filepath.Join(data, "panels", "p1"), []byte("secret"), 0o600)
	os.WriteFile(filepath.Join(data, "scrutin.wasm"), []byte("big"), 0o600)
	os.WriteFile(filepath.Join(data, "ledger.db"), []byte("torn bytes on disk"), 0o600)
	snap := []byte("a consistent snapshot")
	var buf bytes.Buffer
	err := backup.Write(&buf, backup.Config{DataDir: data,
		Open: map[string]backup.Snapshot{"ledger.db": func(fn func(int64, func(io.Writer) (int64, error)) error) error {
			return fn(int64(len(snap)), func(w io.Writer) (int64, error) { n, err := w.Write(snap); return int64(n), err })
		}},
		Skip: func(rel string) bool { return rel == "scrutin.wasm" }})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	m, err := backup.Extract(bytes.NewReader(buf.Bytes()), out)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 3 {
		t.Fatalf("files: %v", m.Files)
	}
	for name, want := range map[string]string{"ledger.db": string(snap), "log.key": "PRIVATE+KEY", "panels/p1": "secret"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v; want %q", name, got, err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "scrutin.wasm")); err == nil {
		t.Error("a skipped file was copied")
	}
}

// TestExtractRefuses: entries escaping the directory, files not in the
// manifest or differing from it, and a stream with no manifest are all
// refused, leaving nothing.
func TestExtractRefuses(t *testing.T) {
	mk := func(files map[string]string, manifest string) []byte {
		var buf bytes.Buffer
		tw := tar.NewWriter(&buf)
		for n, c := range files {
			tw.WriteHeader(&tar.Header{Name: n, Mode: 0o600, Size: int64(len(c)), Typeflag: tar.TypeReg})
			tw.Write([]byte(c))
		}
		if manifest != "" {
			tw.WriteHeader(&tar.Header{Name: backup.ManifestName, Mode: 0o600, Size: int64(len(manifest)), Typeflag: tar.TypeReg})
			tw.Write([]byte(manifest))
		}
		tw.Close()
		return buf.Bytes()
	}
	const sumA = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb" // SHA-256("a")
	for name, stream := range map[string][]byte{
		"escape":      mk(map[string]string{"../evil": "a"}, `{"version":1,"files":{"../evil":"`+sumA+`"}}`),
		"absolute":    mk(map[string]string{"/etc/evil": "a"}, `{"version":1,"files":{"/etc/evil":"`+sumA+`"}}`),
		"no manifest": mk(map[string]string{"log.key": "a"}, ""),
		"mismatch":    mk(map[string]string{"log.key": "b"}, `{"version":1,"files":{"log.key":"`+sumA+`"}}`),
		"unlisted":    mk(map[string]string{"log.key": "a", "x": "a"}, `{"version":1,"files":{"log.key":"`+sumA+`"}}`),
		"missing":     mk(map[string]string{}, `{"version":1,"files":{"log.key":"`+sumA+`"}}`),
	} {
		dest := filepath.Join(t.TempDir(), "out")
		if _, err := backup.Extract(bytes.NewReader(stream), dest); !errors.Is(err, backup.ErrIncomplete) {
			t.Errorf("%s: %v, want ErrIncomplete", name, err)
		}
		if _, err := os.Stat(dest); err == nil {
			t.Errorf("%s: left %s", name, dest)
		}
		if _, err := os.Stat(dest + ".partial"); err == nil {
			t.Errorf("%s: left %s.partial", name, dest)
		}
	}
	good := mk(map[string]string{"log.key": "a"}, `{"version":1,"files":{"log.key":"`+sumA+`"}}`)
	if _, err := backup.Extract(bytes.NewReader(good), filepath.Join(t.TempDir(), "out")); err != nil {
		t.Fatalf("a good stream: %v", err)
	}
}
