package server

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// devWasm builds the voter's WebAssembly when the binary was built without
// it — `go run ./cmd/scrutin` on a fresh clone, where `go generate` has not
// run: the Go toolchain and the module's sources are then at hand. The
// result is cached in the data directory. Release builds embed it (go
// generate ./cmd/scrutin/internal/web before go build).
type devWasm struct {
	dataDir string
	once    sync.Once
	raw     []byte
	err     error
}

func (d *devWasm) get() ([]byte, error) {
	d.once.Do(func() { d.raw, d.err = d.build() })
	return d.raw, d.err
}

func (d *devWasm) build() ([]byte, error) {
	out := filepath.Join(d.dataDir, "scrutin.wasm")
	if b, err := os.ReadFile(out); err == nil {
		return b, nil
	}
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return nil, fmt.Errorf("couldn't find the Go toolchain to build the voter's WebAssembly: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !bytes.HasPrefix(mod, []byte("module github.com/scrutin/scrutin\n")) {
		return nil, errors.New("not in Scrutin's sources: run go generate ./cmd/scrutin/internal/web and rebuild")
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./cmd/scrutin-wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("couldn't build the voter's WebAssembly: %v\n%s", err, b)
	}
	return os.ReadFile(out)
}
