package verifier_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

// expectation reads a case's "expect:" line.
func expectation(t *testing.T, dir string) (exit, check, rule string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "expect"))
	if err != nil {
		t.Fatal(err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(strings.TrimPrefix(line, "expect:"))
	for i := 0; i+1 < len(f); i += 2 {
		switch f[i] {
		case "exit":
			exit = f[i+1]
		case "check":
			check = f[i+1]
		case "rule":
			rule = f[i+1]
		}
	}
	return exit, check, rule
}

// copyDir copies src to a new temporary directory.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestTestdata audits every archive in testdata/ledgers, offline, as
// scrutin-verify DIR would, and checks the outcome its expect line states.
func TestTestdata(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/ledgers/tamper/*")
	dirs = append([]string{"testdata/ledgers/honest"}, dirs...)
	if len(dirs) < 13 {
		t.Fatalf("only %d cases in testdata/ledgers: run go generate (cd testdata && go run gen.go)", len(dirs))
	}
	for _, dir := range dirs {
		for _, table := range []string{"disk", "memory"} {
			t.Run(filepath.Base(dir)+"/"+table, func(t *testing.T) {
				testdataCase(t, dir, verifier.Config{CredentialsInMemory: table == "memory"})
			})
		}
	}
}

// testdataCase audits the archive dir with cfg and checks the outcome its
// expect line states.
func testdataCase(t *testing.T, dir string, cfg verifier.Config) {
	exit, check, rule := expectation(t, dir)
	if _, err := os.Stat(filepath.Join(dir, "state")); err == nil {
		store, err := verifier.OpenStore(copyDir(t, filepath.Join(dir, "state")))
		if err != nil {
			t.Fatal(err)
		}
		cfg.Store = store
	}
	r, err := verifier.Audit(context.Background(), verifier.NewDirSource(dir), cfg)
	if exit == "0" {
		if err != nil || r.Exit != 0 {
			t.Fatalf("honest ledger: exit %d: %v\n%s", r.Exit, err, report(t, r))
		}
		return
	}
	expectFailure(t, r, err, check, rule)
}

// TestTestdataUpToDate regenerates the test data and compares it with the
// checked-in copy: the generator is deterministic and its output reviewed.
func TestTestdataUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	tmp := t.TempDir()
	if err := ledgertest.WriteTestdata(tmp); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(tmp, p)
		got, _ := os.ReadFile(p)
		want, err := os.ReadFile(filepath.Join("testdata/ledgers", rel))
		if err != nil {
			return errors.New(rel + " is not checked in: run cd testdata && go run gen.go")
		}
		if !bytes.Equal(got, want) {
			return errors.New(rel + " differs from the generator's output: run cd testdata && go run gen.go")
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files identical", n)
}

func removeGlob(pattern string) error {
	ms, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := os.RemoveAll(m); err != nil {
			return err
		}
	}
	return nil
}
