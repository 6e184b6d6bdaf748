package verifier_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// TestHTTPTamperSuite serves every case of the tamper suite (those without
// a state directory) over HTTP, with tiles, and checks the audit by URL
// names the case's check, as the offline audit does.
func TestHTTPTamperSuite(t *testing.T) {
	defer verifier.SetAheadWait(time.Millisecond)()
	dirs, _ := filepath.Glob("testdata/ledgers/tamper/*")
	n := 0
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "state")); err == nil {
			continue // the state is of the log's URL, not this test server's
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			_, check, rule := expectation(t, dir)
			ts := httptest.NewServer(ledgertest.ServeDir(dir, true))
			defer ts.Close()
			src, _ := verifier.NewHTTPSource(ts.URL, nil)
			r, err := verifier.Audit(context.Background(), src, verifier.Config{})
			expectFailure(t, r, err, check, rule)
		})
	}
	if n < 25 {
		t.Fatalf("only %d cases served", n)
	}
}

// TestHTTPIdentity: a server audited once, then showing a rolled-back
// history re-signed under a new origin and key at the same URL, is refused
// (log-identity), unless the new key is accepted.
func TestHTTPIdentity(t *testing.T) {
	defer verifier.SetAheadWait(time.Millisecond)()
	var h atomic.Value
	h.Store(ledgertest.ServeDir("testdata/ledgers/honest", true))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.Load().(http.Handler).ServeHTTP(w, r) }))
	defer ts.Close()
	src, _ := verifier.NewHTTPSource(ts.URL, nil)
	store, _ := verifier.OpenStore(t.TempDir())
	if r, err := verifier.Audit(context.Background(), src, verifier.Config{Store: store}); err != nil {
		t.Fatalf("honest: %v\n%s", err, report(t, r))
	}
	h.Store(ledgertest.ServeDir("testdata/ledgers/tamper/rekeyed-rollback", true))
	r, err := verifier.Audit(context.Background(), src, verifier.Config{Store: store})
	expectFailure(t, r, err, verifier.CheckIdentity, "")
	if !strings.Contains(r.Failures()[0].Msg, "--accept-new-key") {
		t.Fatalf("the refusal does not say how to accept a new key: %s", r.Failures()[0].Msg)
	}
	// Accepted: the identity check passes and says so; the new key is kept.
	r, _ = verifier.Audit(context.Background(), src, verifier.Config{Store: store, AcceptNewKey: true})
	if c := r.Check(verifier.CheckIdentity); c.Status != verifier.Pass || !strings.Contains(c.Detail, "accepted") {
		t.Fatalf("accepted new key: %+v\n%s", c, report(t, r))
	}
	r, _ = verifier.Audit(context.Background(), src, verifier.Config{Store: store})
	if c := r.Check(verifier.CheckIdentity); c.Status != verifier.Pass {
		t.Fatalf("after accepting, the new key is kept: %+v\n%s", c, report(t, r))
	}
}

// TestFetchOpenVote archives, over HTTP, a log whose vote is still open (a
// server answers 409 for its sums) and audits the archive: exit 0.
func TestFetchOpenVote(t *testing.T) {
	l, err := ledgertest.Build(ledgertest.Options{Seed: "open vote", Voters: 12, Open: true})
	if err != nil {
		t.Fatal(err)
	}
	h, err := l.Honest()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := ledgertest.WriteDir(h, dir); err != nil {
		t.Fatal(err)
	}
	files := ledgertest.ServeDir(dir, true)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/sums") {
			http.Error(w, `{"error": "the vote is not closed: nothing to decrypt yet"}`, http.StatusConflict)
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer ts.Close()
	src, _ := verifier.NewHTTPSource(ts.URL, nil)
	if r, err := verifier.Audit(context.Background(), src, verifier.Config{}); err != nil {
		t.Fatalf("audit by URL: %v\n%s", err, report(t, r))
	}
	arch := t.TempDir()
	if err := verifier.Archive(context.Background(), src, arch, nil); err != nil {
		t.Fatalf("archive of a log with an open vote: %v", err)
	}
	r, err := verifier.Audit(context.Background(), verifier.NewDirSource(arch), verifier.Config{})
	if err != nil {
		t.Fatalf("audit of the archive: %v\n%s", err, report(t, r))
	}
	if c := r.Check(verifier.CheckServedVotes); c.Status != verifier.Pass || c.Count != 1 {
		t.Fatalf("served-votes %+v", c)
	}
}
