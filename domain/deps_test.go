package domain_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDeps states the import policy (docs/LEDGER.md, "Layers"): domain and
// its subpackages are pure rules — byte layouts, the fold, the maths — and
// import no I/O package (files, network, processes, databases, logs) and
// nothing else of this module. The server, the trustee tool and the
// verifier all run this code; none of them may find it touching the world.
func TestDeps(t *testing.T) {
	checkImports(t, "github.com/scrutin/scrutin/domain/...", func(imp string) string {
		if strings.HasPrefix(imp, "github.com/scrutin/scrutin/") && imp != "github.com/scrutin/scrutin/domain" &&
			!strings.HasPrefix(imp, "github.com/scrutin/scrutin/domain/") {
			return "a package of this module outside domain"
		}
		if ioPackage(imp) {
			return "an I/O package"
		}
		return ""
	})
}

// ioPackage reports whether a standard package does I/O.
func ioPackage(imp string) bool {
	if imp == "net/url" || imp == "net/netip" {
		return false
	}
	for _, p := range []string{"os", "net", "syscall", "log", "database", "io/ioutil", "plugin", "runtime/cgo", "path/filepath", "embed", "unsafe"} {
		if imp == p || strings.HasPrefix(imp, p+"/") {
			return true
		}
	}
	return false
}

// checkImports fails when a non-test package matched by pattern imports a
// package that why names a reason for.
func checkImports(t *testing.T, pattern string, why func(string) string) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", pattern).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) == 0 || len(strings.Fields(lines[0])) < 3 {
		t.Fatalf("go list gave %q", out)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		for _, imp := range f[1:] {
			if r := why(imp); r != "" {
				t.Errorf("%s imports %s, %s", f[0], imp, r)
			}
		}
	}
}
