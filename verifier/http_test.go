package verifier_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"

	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

// TestHTTP serves the honest archive over HTTP as the server's API would
// and audits it by URL: with C2SP tiles, and without (JSON entries).
func TestHTTP(t *testing.T) {
	for _, tiles := range []bool{true, false} {
		ts := httptest.NewServer(ledgertest.ServeDir("testdata/ledgers/honest", tiles))
		src, err := verifier.NewHTTPSource(ts.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		store, _ := verifier.OpenStore(t.TempDir())
		r, err := verifier.Audit(context.Background(), src, verifier.Config{Store: store})
		if err != nil {
			t.Fatalf("tiles %v: %v\n%s", tiles, err, report(t, r))
		}
		// Archive over HTTP, then audit the archive offline.
		dir := t.TempDir()
		if err := verifier.Archive(context.Background(), src, dir, nil); err != nil {
			t.Fatal(err)
		}
		r2, err := verifier.Audit(context.Background(), verifier.NewDirSource(dir), verifier.Config{Store: store})
		if err != nil {
			t.Fatalf("archive: %v\n%s", err, report(t, r2))
		}
		if r2.RootHash != r.RootHash || r2.Check(verifier.CheckConsistency).Count != 1 {
			t.Fatalf("archive audit differs: %s vs %s", r2.RootHash, r.RootHash)
		}
		ts.Close()
	}
}

// TestHTTPTampered serves a tampered archive over HTTP.
func TestHTTPTampered(t *testing.T) {
	ts := httptest.NewServer(ledgertest.ServeDir("testdata/ledgers/tamper/forged-tally", true))
	defer ts.Close()
	src, _ := verifier.NewHTTPSource(ts.URL, nil)
	r, err := verifier.Audit(context.Background(), src, verifier.Config{})
	expectFailure(t, r, err, verifier.CheckTallies, "tally-count")
}

// TestUnreachable: a server that cannot be reached is "could not check".
func TestUnreachable(t *testing.T) {
	ts := httptest.NewServer(nil)
	url := ts.URL
	ts.Close()
	src, _ := verifier.NewHTTPSource(url, nil)
	r, err := verifier.Audit(context.Background(), src, verifier.Config{})
	var ue *verifier.UnavailableError
	var me *verifier.MisbehaviorError
	if !errors.As(err, &ue) || errors.As(err, &me) || r.Exit != 2 {
		t.Fatalf("got exit %d, %v; want 2, could not check", r.Exit, err)
	}
}

// TestMissingData: an archive with a missing entry bundle (and no JSON
// entries to fall back on) is "could not check", not misbehaviour.
func TestMissingData(t *testing.T) {
	dir := copyDir(t, "testdata/ledgers/honest")
	if err := removeGlob(dir + "/log/tile/entries/*"); err != nil {
		t.Fatal(err)
	}
	if err := removeGlob(dir + "/api/v1/log/entries"); err != nil {
		t.Fatal(err)
	}
	r, err := verifier.Audit(context.Background(), verifier.NewDirSource(dir), verifier.Config{})
	var ue *verifier.UnavailableError
	if !errors.As(err, &ue) || r.Exit != 2 {
		t.Fatalf("got exit %d, %v; want 2", r.Exit, err)
	}
}
