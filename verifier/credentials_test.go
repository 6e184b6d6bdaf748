package verifier_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

// TestCredentialTableFailure audits two ledgers, the honest test archive
// (its vote tallied) and a ledger whose vote is still open (its turnout
// computed after the fold, for the API's), with a table of credentials on
// disk that fails after n reads, for every n up to the last read the
// audit makes (in the fold, at a vote's close, in the checks of what the
// API serves): each audit must end in "could not check", naming the
// credential table, with no failure reported (a credential that could
// not be read is not one not registered).
func TestCredentialTableFailure(t *testing.T) {
	open, err := ledgertest.Build(ledgertest.Options{Voters: 12, Open: true, Seed: "table failure"})
	if err != nil {
		t.Fatal(err)
	}
	openSrc, err := open.Honest()
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []verifier.Source{verifier.NewDirSource(filepath.Join("testdata", "ledgers", "honest")), openSrc} {
		reads, restore := verifier.FailCredentialsAfter(1 << 30)
		_, err := verifier.Audit(context.Background(), src, verifier.Config{})
		restore()
		total := reads()
		if err != nil || total == 0 {
			t.Fatalf("%s without a failure: %v, %d reads", src, err, total)
		}
		step := max(1, total/50)
		for n := 0; n < total; n += min(step, max(1, total-1-n)) {
			_, restore := verifier.FailCredentialsAfter(n)
			r, err := verifier.Audit(context.Background(), src, verifier.Config{})
			restore()
			var te *domain.CredentialTableError
			if r.Exit != 2 || len(r.Failures()) > 0 || !errors.As(err, &te) {
				t.Fatalf("%s failing after %d of %d reads: exit %d, %d failures, err %v; want exit 2, no failure, the credential table named\n%s", src, n, total, r.Exit, len(r.Failures()), err, report(t, r))
			}
		}
		t.Logf("%s: %d reads; failing at any of them: %v", src, total, err)
	}
}

// TestCredentialTableDir: a directory for the table that cannot be made
// stops the audit (could not check), naming it; the one made is removed
// at the end.
func TestCredentialTableDir(t *testing.T) {
	dir := filepath.Join("testdata", "ledgers", "honest")
	r, err := verifier.Audit(context.Background(), verifier.NewDirSource(dir), verifier.Config{TempDir: filepath.Join(t.TempDir(), "missing")})
	var ue *verifier.UnavailableError
	if r.Exit != 2 || !errors.As(err, &ue) || ue.What != "the credential table" || !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("exit %d, err %v; want exit 2, the credential table unavailable for a missing directory", r.Exit, err)
	}
	tmp := t.TempDir()
	if r, err := verifier.Audit(context.Background(), verifier.NewDirSource(dir), verifier.Config{TempDir: tmp}); err != nil || r.Exit != 0 {
		t.Fatalf("in a directory of the test's: exit %d, err %v", r.Exit, err)
	}
	if left, err := os.ReadDir(tmp); err != nil || len(left) > 0 {
		t.Fatalf("the audit left %v in its temporary directory (%v)", left, err)
	}
}
