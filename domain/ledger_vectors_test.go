package domain_test

import (
	"bytes"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/scrutin/scrutin/domain"
)

// validVectors returns the valid vectors of testdata/vectors, by file name.
func validVectors(t *testing.T) map[string]map[string]string {
	t.Helper()
	files, err := filepath.Glob("testdata/vectors/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for _, f := range files {
		if v := readVector(t, f); v["expect"] == "valid" {
			out[filepath.Base(f)] = v
		}
	}
	return out
}

// TestVectorLedger: the vectors with a position line form one ledger,
// positions 0, 1, 2, … with no gap, that the rules fold without a
// refusal — so every kind's vector is an event an auditor's fold accepts
// in context (its signatures, proofs, dealings, tally and draw check out).
func TestVectorLedger(t *testing.T) {
	type entry struct {
		pos  int
		name string
		b    []byte
	}
	var ledger []entry
	for name, v := range validVectors(t) {
		p, ok := v["position"]
		if !ok {
			continue
		}
		pos, err := strconv.Atoi(p)
		if err != nil {
			t.Fatalf("%s: position %q", name, p)
		}
		b, err := hex.DecodeString(v["entry"])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ledger = append(ledger, entry{pos, name, b})
	}
	sort.Slice(ledger, func(i, j int) bool { return ledger[i].pos < ledger[j].pos })
	if len(ledger) < len(domain.Kinds()) {
		t.Fatalf("the ledger has %d events, fewer than the %d kinds", len(ledger), len(domain.Kinds()))
	}
	s := domain.NewState()
	kinds := map[domain.Kind]bool{}
	for i, e := range ledger {
		if e.pos != i {
			t.Fatalf("%s is at position %d, want %d", e.name, e.pos, i)
		}
		env, err := domain.ParseEntry(e.b)
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if err := s.Apply(uint64(i), env); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		kinds[env.Event.Kind()] = true
	}
	for _, k := range domain.Kinds() {
		if !kinds[k] {
			t.Errorf("the vector ledger has no %s", k)
		}
	}
	v := s.Votes["pjl07-405-final"]
	if v == nil || v.Tally == nil {
		t.Fatal("the vector ledger's vote is not tallied")
	}
}

// TestVectorsCoverKinds: every event kind has at least one valid vector.
func TestVectorsCoverKinds(t *testing.T) {
	have := map[string]bool{}
	for _, v := range validVectors(t) {
		have[v["type"]] = true
	}
	for _, k := range domain.Kinds() {
		if !have[k.String()] {
			t.Errorf("no vector in testdata/vectors has type %s: add one to testdata/gen.go", k)
		}
	}
}

// TestVectorsUpToDate regenerates the vectors with testdata/gen.go into a
// temporary directory and compares them with the checked-in files, both
// ways: a vector edited by hand, left behind by a removed scenario, or not
// regenerated after a change of the encoding fails here.
func TestVectorsUpToDate(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to run testdata/gen.go: %v", err)
	}
	tmp := t.TempDir()
	cmd := exec.Command(gobin, "run", "./testdata/gen.go", "-root", tmp)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./testdata/gen.go: %v\n%s", err, out)
	}
	for _, dir := range []string{"vectors", "sortition"} {
		want := filepath.Join(tmp, "domain", "testdata", dir)
		have := filepath.Join("testdata", dir)
		names := map[string]bool{}
		for _, d := range []string{want, have} {
			files, err := os.ReadDir(d)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				names[f.Name()] = true
			}
		}
		for name := range names {
			w, werr := os.ReadFile(filepath.Join(want, name))
			h, herr := os.ReadFile(filepath.Join(have, name))
			switch {
			case werr != nil:
				t.Errorf("testdata/%s/%s is not made by gen.go", dir, name)
			case herr != nil:
				t.Errorf("testdata/%s/%s is missing: run go run ./domain/testdata/gen.go", dir, name)
			case !bytes.Equal(w, h):
				t.Errorf("testdata/%s/%s differs from what gen.go makes: run go run ./domain/testdata/gen.go", dir, name)
			}
		}
	}
}
