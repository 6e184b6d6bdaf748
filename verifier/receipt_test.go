package verifier_test

import (
	"context"
	"testing"

	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

func TestReceipt(t *testing.T) {
	l, h := honest(t)
	counted, replaced := l.CountedBallot()
	ctx := context.Background()
	var pin string
	check := func(t *testing.T, src verifier.Source, index int, status string, store *verifier.Store) (*verifier.Report, error) {
		t.Helper()
		b, err := l.Receipt(index, status)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := verifier.ParseReceipt(b)
		if err != nil {
			t.Fatal(err)
		}
		return verifier.CheckReceipt(ctx, src, rec, verifier.Config{Store: store, VerifierKey: pin})
	}
	t.Run("counted", func(t *testing.T) {
		r, err := check(t, h, counted, "counted", nil)
		if err != nil {
			t.Fatalf("%v\n%s", err, report(t, r))
		}
		c := r.Check(verifier.CheckBallotReceipt)
		if c.Status != verifier.Pass || c.Count != 4 {
			t.Fatalf("receipt check %+v", c)
		}
		t.Log(c.Detail)
	})
	t.Run("replaced", func(t *testing.T) {
		r, err := check(t, h, replaced, "replaced", nil)
		if err != nil {
			t.Fatalf("%v\n%s", err, report(t, r))
		}
		t.Log(r.Check(verifier.CheckBallotReceipt).Detail)
	})
	t.Run("claims-counted-but-replaced", func(t *testing.T) {
		r, err := check(t, h, replaced, "counted", nil)
		expectFailure(t, r, err, verifier.CheckBallotReceipt, "")
	})
	t.Run("proofs-only", func(t *testing.T) {
		pin = l.VerifierKey
		defer func() { pin = "" }()
		r, err := check(t, nil, counted, "counted", nil)
		if r.Exit != 2 || err == nil {
			t.Fatalf("without a log: exit %d, %v, want 2", r.Exit, err)
		}
		if c := r.Check(verifier.CheckBallotReceipt); c.Count != 3 {
			t.Fatalf("proofs checked: %+v", c)
		}
	})
	t.Run("ballot-dropped-later", func(t *testing.T) {
		// The voter kept a receipt; the log later drops their ballot and
		// renumbers, re-signed: the receipt's checkpoints catch the fork.
		var dropped ledgertest.Case
		for _, c := range ledgertest.Cases {
			if c.Name == "dropped-ballot-renumbered" {
				dropped = c
			}
		}
		src, _, err := dropped.Make(l, h)
		if err != nil {
			t.Fatal(err)
		}
		store, err := verifier.OpenStore(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		r, err := check(t, src, counted, "counted", store)
		var found bool
		for _, f := range r.Failures() {
			if f.Check == verifier.CheckConsistency {
				found = true
			}
		}
		if r.Exit != 1 || !found {
			t.Fatalf("exit %d, %v: want a consistency failure\n%s", r.Exit, err, report(t, r))
		}
	})
}
