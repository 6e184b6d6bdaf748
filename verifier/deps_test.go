package verifier_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDeps states the import policy (docs/ARCHITECTURE.md, "Layout"): the
// verifier and its command reach domain, x/mod and the standard library,
// never the server (cmd/scrutin), the tools' shared client (cmd/internal)
// or the projections. An auditor trusts the maths, not the operator's code.
func TestDeps(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command("go", "list", "-deps", "-test",
		"github.com/scrutin/scrutin/verifier/...", "github.com/scrutin/scrutin/cmd/scrutin-verify").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	pkgs := strings.Fields(string(out))
	if len(pkgs) < 10 {
		t.Fatalf("go list gave %d packages", len(pkgs))
	}
	for _, p := range pkgs {
		for _, banned := range []string{"/cmd/scrutin/", "/cmd/internal/", "/projections"} {
			if strings.Contains(p, banned) || strings.HasSuffix(p+"/", banned) {
				t.Errorf("the verifier depends on %s (matches %s)", p, banned)
			}
		}
	}
}
