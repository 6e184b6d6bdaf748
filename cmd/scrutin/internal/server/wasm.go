package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// devWasm builds the voter's WebAssembly when the binary was built without
// it — `go run ./cmd/scrutin` on a fresh clone, where `go generate` has not
// run: the Go toolchain and the module's sources are then at hand. The
// result is cached in the data directory (scrutin.wasm), keyed by a
// content hash of what goes into it (scrutin.wasm.key): the Go version,
// go.mod, go.sum, and every file of the module's packages the WebAssembly
// is built from. A cache whose key differs — after a pull, an edit — is
// built again. Release builds embed it (go generate
// ./cmd/scrutin/internal/web before go build).
type devWasm struct {
	dataDir string
	log     *slog.Logger
	// key returns the sources' content hash; build writes the WebAssembly
	// to a file. Optional: wasmSourcesKey, goBuildWasm (tests replace them).
	key   func() (string, error)
	build func(out string) error

	once sync.Once
	raw  []byte
	err  error
}

func (d *devWasm) get() ([]byte, error) {
	d.once.Do(func() { d.raw, d.err = d.load() })
	return d.raw, d.err
}

func (d *devWasm) load() ([]byte, error) {
	if d.key == nil {
		d.key = wasmSourcesKey
	}
	if d.build == nil {
		d.build = goBuildWasm
	}
	out := filepath.Join(d.dataDir, "scrutin.wasm")
	keyFile := out + ".key"
	key, kerr := d.key()
	cached, err := os.ReadFile(out)
	if err == nil {
		old, _ := os.ReadFile(keyFile)
		switch {
		case kerr != nil:
			d.log.Warn("using the cached voter's WebAssembly, which cannot be checked against the sources", "file", out, "err", kerr)
			return cached, nil
		case strings.TrimSpace(string(old)) == key:
			return cached, nil
		}
	}
	if kerr != nil {
		return nil, kerr
	}
	reason := "first start"
	if err == nil {
		reason = "its sources changed"
	}
	d.log.Info("building the voter's WebAssembly (dev run; it can take minutes, pages that vote wait for it)", "why", reason, "file", out)
	start := time.Now()
	tmp := out + ".tmp"
	if err := d.build(tmp); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if err := os.WriteFile(keyFile+".tmp", []byte(key+"\n"), 0o600); err != nil {
		return nil, err
	}
	// The .wasm first, then its key: a crash between leaves a key that
	// does not match, and the next start builds again.
	if err := os.Rename(tmp, out); err != nil {
		return nil, err
	}
	if err := os.Rename(keyFile+".tmp", keyFile); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(out)
	if err == nil {
		d.log.Info("built the voter's WebAssembly", "file", out, "bytes", len(b), "took", time.Since(start).Round(time.Millisecond))
	}
	return b, err
}

// moduleRoot returns the directory of Scrutin's go.mod, when the Go
// toolchain is here and the current directory is in Scrutin's sources.
func moduleRoot() (string, error) {
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("couldn't find the Go toolchain to build the voter's WebAssembly: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !bytes.HasPrefix(mod, []byte("module github.com/scrutin/scrutin\n")) {
		return "", errors.New("not in Scrutin's sources: run go generate ./cmd/scrutin/internal/web and rebuild")
	}
	return root, nil
}

// wasmEnv is the environment the WebAssembly is listed and built in.
func wasmEnv() []string { return append(os.Environ(), "GOOS=js", "GOARCH=wasm") }

// wasmSourcesKey hashes what the voter's WebAssembly is built from: the Go
// version, go.mod and go.sum (which pin every dependency), and each file
// (Go and embedded) of this module's packages that ./cmd/scrutin-wasm
// imports, for js/wasm, by path and content.
func wasmSourcesKey() (string, error) {
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	cmd := exec.Command("go", "list", "-deps", "-f",
		`{{if .Module}}{{if .Module.Main}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{end}}{{end}}`,
		"./cmd/scrutin-wasm")
	cmd.Dir, cmd.Env = root, wasmEnv()
	list, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("couldn't list the voter's WebAssembly sources: %w", err)
	}
	ver, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return "", err
	}
	files := append([]string{filepath.Join(root, "go.mod"), filepath.Join(root, "go.sum")}, strings.Fields(string(list))...)
	return hashFiles(strings.TrimSpace(string(ver)), root, files)
}

// hashFiles is SHA-256 over the Go version, then each file's path
// (relative to root), length and content.
func hashFiles(goVersion, root string, files []string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "scrutin-wasm-sources/v1\n%s\n", goVersion)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		rel, err := filepath.Rel(root, f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\n%d\n", filepath.ToSlash(rel), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// goBuildWasm builds ./cmd/scrutin-wasm to out.
func goBuildWasm(out string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./cmd/scrutin-wasm")
	cmd.Dir, cmd.Env = root, wasmEnv()
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("couldn't build the voter's WebAssembly: %v\n%s", err, b)
	}
	return nil
}
