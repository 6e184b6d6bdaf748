package projections_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDeps states the import policy (docs/LEDGER.md, "Layers"):
// projections fold events into read models and reach only domain (and its
// subpackages) of this module, and no I/O package: the runner reads events
// through the Source it is given, never from a file or the network itself.
func TestDeps(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "github.com/scrutin/scrutin/projections/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(strings.Fields(lines[0])) < 3 {
		t.Fatalf("go list gave %q", out)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		for _, imp := range f[1:] {
			switch {
			case strings.HasPrefix(imp, "github.com/scrutin/scrutin/") && imp != "github.com/scrutin/scrutin/domain" &&
				!strings.HasPrefix(imp, "github.com/scrutin/scrutin/domain/") && !strings.HasPrefix(imp, "github.com/scrutin/scrutin/projections"):
				t.Errorf("%s imports %s: projections reach only domain", f[0], imp)
			case ioPackage(imp):
				t.Errorf("%s imports %s, an I/O package", f[0], imp)
			}
		}
	}
}

// ioPackage reports whether a standard package does I/O (the same list as
// domain's TestDeps).
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
