package server

import (
	"bytes"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevWasmCache: the dev run's WebAssembly is built at first start,
// said so in the log, reused while its sources' key is the same, and built
// again when the key changes (a pull, an edit).
func TestDevWasmCache(t *testing.T) {
	dir := t.TempDir()
	var logs bytes.Buffer
	builds := 0
	run := func(key string) []byte {
		t.Helper()
		d := &devWasm{dataDir: dir, log: slog.New(slog.NewTextHandler(&logs, nil)),
			key: func() (string, error) { return key, nil },
			build: func(out string) error {
				builds++
				return os.WriteFile(out, []byte("wasm built from "+key), 0o600)
			}}
		b, err := d.get()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if b := run("k1"); string(b) != "wasm built from k1" || builds != 1 || !strings.Contains(logs.String(), "building the voter's WebAssembly") || !strings.Contains(logs.String(), "first start") {
		t.Fatalf("first start: %q, %d builds, log:\n%s", b, builds, logs.String())
	}
	logs.Reset()
	if b := run("k1"); string(b) != "wasm built from k1" || builds != 1 || logs.Len() != 0 {
		t.Fatalf("same sources: %q, %d builds, log:\n%s", b, builds, logs.String())
	}
	if b := run("k2"); string(b) != "wasm built from k2" || builds != 2 || !strings.Contains(logs.String(), "its sources changed") {
		t.Fatalf("changed sources: %q, %d builds, log:\n%s", b, builds, logs.String())
	}
	// A failed build keeps nothing half-written, and the next start tries again.
	d := &devWasm{dataDir: dir, log: slog.New(slog.DiscardHandler), key: func() (string, error) { return "k3", nil },
		build: func(out string) error {
			os.WriteFile(out, []byte("half"), 0o600)
			return errors.New("compiler crashed")
		}}
	if _, err := d.get(); err == nil {
		t.Fatal("a failed build gave no error")
	}
	if b := run("k3"); string(b) != "wasm built from k3" || builds != 3 {
		t.Fatalf("after a failed build: %q, %d builds", b, builds)
	}
	// Without the toolchain (the key can't be computed), the cache serves.
	d = &devWasm{dataDir: dir, log: slog.New(slog.DiscardHandler), key: func() (string, error) { return "", errors.New("no go command") },
		build: func(string) error { t.Fatal("built without a key"); return nil }}
	if b, err := d.get(); err != nil || string(b) != "wasm built from k3" {
		t.Fatalf("without a key: %q, %v", b, err)
	}
}

// TestWasmSourcesKey: the key covers the WebAssembly's own sources and
// the packages it imports from this module, and changes with any of them.
func TestWasmSourcesKey(t *testing.T) {
	k1, err := wasmSourcesKey()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skipf("no Go toolchain or sources here: %v", err)
	}
	if k2, _ := wasmSourcesKey(); len(k1) != 64 || k2 != k1 {
		t.Fatalf("keys %q, %q: want one stable SHA-256", k1, k2)
	}
	root := t.TempDir()
	a, b := filepath.Join(root, "a.go"), filepath.Join(root, "sub", "b.go")
	os.MkdirAll(filepath.Dir(b), 0o700)
	os.WriteFile(a, []byte("package a"), 0o600)
	os.WriteFile(b, []byte("package b"), 0o600)
	h1, _ := hashFiles("go1.26", root, []string{a, b})
	os.WriteFile(b, []byte("package b // changed"), 0o600)
	h2, _ := hashFiles("go1.26", root, []string{a, b})
	h3, _ := hashFiles("go1.27", root, []string{a, b})
	if h1 == h2 || h2 == h3 {
		t.Fatalf("the key did not change with a source or the Go version: %s %s %s", h1, h2, h3)
	}
}
