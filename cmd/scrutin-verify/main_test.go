package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const ledgers = "../../verifier/testdata/ledgers"

func runCLI(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String() + errb.String()
}

// serve serves an archive as the server's API would (files only: the
// archive's layout is the server's paths, with .json for API resources).
func serve(dir string) *httptest.Server {
	files := http.FileServer(http.Dir(filepath.Join(dir, "log")))
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/log/") {
			http.StripPrefix("/log", files).ServeHTTP(w, r)
			return
		}
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(r.URL.Path, "/"))+".json"))
		if err != nil || strings.Contains(r.URL.Path, "..") {
			http.NotFound(w, r)
			return
		}
		w.Write(b)
	}))
}

// copyState copies a state directory to a temporary one (an audit adds to it).
func copyState(t *testing.T, dir string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "state")
	if err := os.CopyFS(dst, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestExitStatus(t *testing.T) {
	state := t.TempDir()
	down := httptest.NewServer(nil)
	down.Close()
	for _, tc := range []struct {
		name string
		args []string
		want int
		says string
	}{
		{"honest", []string{"--state", state, ledgers + "/honest"}, 0, "every check passed"},
		{"forged-tally", []string{"--state", t.TempDir(), ledgers + "/tamper/forged-tally"}, 1, "FAIL  tallies"},
		{"byte-changed", []string{"--no-state", ledgers + "/tamper/byte-changed"}, 1, "FAIL  merkle-tree"},
		{"unreachable", []string{"--state", state, down.URL}, 2, "could not check"},
		{"no such dir", []string{"--state", state, "/nonexistent"}, 2, "neither"},
		{"usage", []string{}, 2, "usage"},
		{"receipt", []string{"receipt", ledgers + "/receipts/counted.json", "--state", t.TempDir(), "--server", ledgers + "/honest"}, 0, "counted, in the closing checkpoint"},
		{"receipt without log", []string{"receipt", "--no-state", ledgers + "/receipts/counted.json"}, 2, "could not check"},
		{"new key refused", []string{"--state", copyState(t, ledgers+"/tamper/rekeyed-rollback/state"), ledgers + "/tamper/rekeyed-rollback"}, 1, "re-run with --accept-new-key"},
		{"new key accepted", []string{"--accept-new-key", "--state", copyState(t, ledgers+"/tamper/rekeyed-rollback/state"), ledgers + "/tamper/rekeyed-rollback"}, 1, "ok    log-identity"},
		{"tally ahead", []string{"--no-state", ledgers + "/tamper/tally-served-ahead"}, 1, "FAIL  served-position"},
		{"options swapped", []string{"--no-state", ledgers + "/tamper/options-swapped"}, 1, "FAIL  served-votes"},
		{"hash tile", []string{"--no-state", ledgers + "/tamper/hash-tile-corrupted"}, 1, "FAIL  tiles"},
		{"credentials in memory", []string{"--no-state", "--credentials", "memory", ledgers + "/honest"}, 0, "every check passed"},
		{"credentials on disk in --tmp", []string{"--no-state", "--tmp", t.TempDir(), ledgers + "/honest"}, 0, "every check passed"},
		{"credentials elsewhere", []string{"--no-state", "--credentials", "ram", ledgers + "/honest"}, 2, "disk or memory"},
		{"no --tmp", []string{"--no-state", "--tmp", "/nonexistent/tmp", ledgers + "/honest"}, 2, "credential table"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out := runCLI(t, tc.args...)
			if code != tc.want || !strings.Contains(out, tc.says) {
				t.Fatalf("exit %d, want %d; output lacks %q:\n%s", code, tc.want, tc.says, out)
			}
		})
	}
}

// TestFetchAndJSON archives a server over HTTP, audits the archive offline
// and reads the JSON report.
func TestFetchAndJSON(t *testing.T) {
	ts := serve(ledgers + "/honest")
	defer ts.Close()
	state := t.TempDir()
	if code, out := runCLI(t, "--state", state, ts.URL); code != 0 {
		t.Fatalf("audit by URL: exit %d\n%s", code, out)
	}
	dir := filepath.Join(t.TempDir(), "archive")
	if code, out := runCLI(t, "fetch", ts.URL, dir); code != 0 {
		t.Fatalf("fetch: exit %d\n%s", code, out)
	}
	code, out := runCLI(t, "--state", state, "--json", dir)
	if code != 0 {
		t.Fatalf("audit of the archive: exit %d\n%s", code, out)
	}
	var rep struct {
		Outcome string `json:"outcome"`
		Checks  []struct {
			Name   string `json:"name"`
			Status string `json:"status"`
			Count  int64  `json:"count"`
		} `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Outcome != "pass" || len(rep.Checks) < 11 {
		t.Fatalf("report %+v", rep)
	}
	for _, c := range rep.Checks {
		if c.Name == "consistency" && (c.Status != "pass" || c.Count != 1) {
			t.Fatalf("the archive audit compared %d earlier checkpoints (%s), want 1", c.Count, c.Status)
		}
	}
}
