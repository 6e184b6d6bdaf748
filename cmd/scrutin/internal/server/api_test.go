package server_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

func do(t *testing.T, method, url, token, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestBadInputChangesNothing sends each kind of bad request and checks it
// gets a clear 4xx and leaves the log as it was.
func TestBadInputChangesNothing(t *testing.T) {
	dir := t.TempDir()
	s, url := startIn(t, dir)
	tok := readToken(t, dir)
	bill := `{"type":"BillIntroduced","data":{"Bill":"b1","Type":1,"Title":"Titre"}}`
	if code, body := do(t, "POST", url+"/api/v1/admin/streams/bill-b1/events", tok, `{"expected":"no_stream","events":[`+bill+`]}`); code != 201 {
		t.Fatalf("valid append: %d %s", code, body)
	}
	// An API write answers plain, even to a client that accepts gzip.
	req, _ := http.NewRequest("POST", url+"/api/v1/admin/streams/bill-b0/events", strings.NewReader(`{"expected":"no_stream","events":[`+strings.ReplaceAll(bill, "b1", "b0")+`]}`))
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultTransport.RoundTrip(req) // no transparent decompression
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 201 || resp.Header.Get("Content-Encoding") != "" || !strings.Contains(string(b), `"positions"`) {
		t.Errorf("append with Accept-Encoding: gzip: got %d, Content-Encoding %q, body %q; want 201, plain JSON", resp.StatusCode, resp.Header.Get("Content-Encoding"), b)
	}
	size := func() uint64 { n, _ := s.Ledger.Log.Size(context.Background()); return n }
	before := size()
	cases := []struct {
		name, method, path, token, body string
		code                            int
		msg                             string
	}{
		{"no token", "POST", "/api/v1/admin/streams/bill-b2/events", "", `{"events":[` + bill + `]}`, 401, "admin token"},
		{"wrong token", "POST", "/api/v1/admin/streams/bill-b2/events", "nope", `{"events":[` + bill + `]}`, 401, "admin token"},
		{"wrong expected revision", "POST", "/api/v1/admin/streams/bill-b1/events", tok, `{"expected":5,"events":[` + bill + `]}`, 409, "expected revision 5, stream is at revision 0"},
		{"stream exists", "POST", "/api/v1/admin/streams/bill-b1/events", tok, `{"expected":"no_stream","events":[` + bill + `]}`, 409, "wrong expected revision"},
		{"unknown event type", "POST", "/api/v1/admin/streams/bill-b2/events", tok, `{"events":[{"type":"BillVetoed","data":{}}]}`, 400, "unknown event type"},
		{"unknown field", "POST", "/api/v1/admin/streams/bill-b2/events", tok, `{"events":[{"type":"BillIntroduced","data":{"Bill":"b2","Colour":"red"}}]}`, 400, "unknown field"},
		{"invalid event", "POST", "/api/v1/admin/streams/bill-b2/events", tok, `{"events":[{"type":"BillIntroduced","data":{"Bill":"b 2","Type":1,"Title":"t"}}]}`, 422, "not allowed"},
		{"rule broken", "POST", "/api/v1/admin/streams/bill-b3/events", tok, `{"events":[{"type":"BillIntroduced","data":{"Bill":"b4","Type":1,"Title":"t"}}]}`, 422, "refused (stream)"},
		{"oversized event", "POST", "/api/v1/admin/streams/bill-b2/events", tok, `{"events":[{"type":"BillIntroduced","data":{"Bill":"b2","Type":1,"Title":"` + strings.Repeat("x", 70000) + `"}}]}`, 400, "entry too large"},
		{"oversized body", "POST", "/api/v1/admin/streams/bill-b2/events", tok, `{"events":[{"type":"BillIntroduced","data":{"Bill":"b2","Type":1,"Title":"` + strings.Repeat("x", 2<<20) + `"}}]}`, 413, "request body over"},
		{"bad stream", "POST", "/api/v1/admin/streams/Bill/events", tok, `{"events":[` + bill + `]}`, 400, "category-id"},
		{"bad JSON", "POST", "/api/v1/admin/streams/bill-b2/events", tok, `{"events":[`, 400, "couldn't decode"},
		{"bad expected", "POST", "/api/v1/admin/streams/bill-b2/events", tok, `{"expected":"maybe","events":[` + bill + `]}`, 400, "expected"},
		{"inclusion beyond tree", "GET", "/api/v1/log/proof/inclusion?index=5", "", "", 400, "beyond the tree"},
		{"inclusion size beyond tree", "GET", "/api/v1/log/proof/inclusion?index=0&size=9", "", "", 400, "beyond the tree"},
		{"consistency beyond tree", "GET", "/api/v1/log/proof/consistency?old=1&new=7", "", "", 400, "beyond the tree"},
		{"consistency backwards", "GET", "/api/v1/log/proof/consistency?old=1&new=0", "", "", 400, "beyond the tree"},
		{"inclusion unknown hash", "GET", "/api/v1/log/proof/inclusion?hash=" + strings.Repeat("ab", 32), "", "", 404, "leaf not found"},
		{"inclusion bad hash", "GET", "/api/v1/log/proof/inclusion?hash=xyz", "", "", 400, "hexadecimal"},
		{"entries bad range", "GET", "/api/v1/log/entries?start=1&end=0", "", "", 400, "before start"},
		{"entry beyond tree", "GET", "/api/v1/log/entries/3", "", "", 400, "beyond the tree"},
		{"tile beyond tree", "GET", "/log/tile/0/000", "", "", 404, "beyond the tree"},
		{"non-canonical tile path", "GET", "/log/tile/0/0", "", "", 404, "no such tile"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, body := do(t, c.method, url+c.path, c.token, c.body)
			if code != c.code || !strings.Contains(body, c.msg) {
				t.Fatalf("got %d %s, want %d with %q", code, trim(body), c.code, c.msg)
			}
			if n := size(); n != before {
				t.Fatalf("the log grew from %d to %d", before, n)
			}
		})
	}
}

// TestLogAPIProofs checks what the JSON log API serves against the signed
// checkpoint, as a client would.
func TestLogAPIProofs(t *testing.T) {
	s, url := start(t)
	appendBills(t, s.DB, 1234)
	code, body := do(t, "GET", url+"/log/checkpoint", "", "")
	if code != 200 {
		t.Fatalf("checkpoint: %d", code)
	}
	v, err := note.NewVerifier(s.Ledger.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	cp, _, err := domain.OpenCheckpoint([]byte(body), v)
	if err != nil || cp.Size != 1234 {
		t.Fatalf("checkpoint %+v: %v", cp, err)
	}
	var inc struct {
		Index    int64
		Size     int64
		LeafHash string `json:"leaf_hash"`
		Proof    []string
	}
	for _, i := range []int{0, 1, 777, 1233} {
		code, body = do(t, "GET", url+"/api/v1/log/proof/inclusion?index="+itoa(i), "", "")
		if code != 200 {
			t.Fatalf("inclusion %d: %d %s", i, code, body)
		}
		json.Unmarshal([]byte(body), &inc)
		leaf, _ := hex.DecodeString(inc.LeafHash)
		var proof tlog.RecordProof
		for _, p := range inc.Proof {
			b, _ := hex.DecodeString(p)
			proof = append(proof, tlog.Hash(b))
		}
		if err := tlog.CheckRecord(proof, cp.Size, cp.Hash, inc.Index, tlog.Hash(leaf)); err != nil {
			t.Fatalf("inclusion proof of %d does not verify: %v", i, err)
		}
		// By hash gives the same index.
		code, body = do(t, "GET", url+"/api/v1/log/proof/inclusion?hash="+inc.LeafHash, "", "")
		var byHash struct{ Index int64 }
		json.Unmarshal([]byte(body), &byHash)
		if code != 200 || byHash.Index != int64(i) {
			t.Fatalf("inclusion by hash of %d: %d, index %d", i, code, byHash.Index)
		}
	}
	code, body = do(t, "GET", url+"/api/v1/log/proof/consistency?old=100&new=1234", "", "")
	var cons struct{ Proof []string }
	json.Unmarshal([]byte(body), &cons)
	old, _ := s.Ledger.Log.TreeHash(context.Background(), 100)
	var proof tlog.TreeProof
	for _, p := range cons.Proof {
		b, _ := hex.DecodeString(p)
		proof = append(proof, tlog.Hash(b))
	}
	if code != 200 || tlog.CheckTree(proof, cp.Size, cp.Hash, 100, old) != nil {
		t.Fatalf("consistency proof 100→1234 does not verify (%d)", code)
	}
	for _, path := range []string{"/healthz", "/readyz", "/metrics", "/api/v1/stats", "/api/v1/log"} {
		if code, body := do(t, "GET", url+path, "", ""); code != 200 {
			t.Errorf("%s: %d %s", path, code, trim(body))
		}
	}
	if _, body := do(t, "GET", url+"/metrics", "", ""); !strings.Contains(body, "scrutin_log_size 1234") {
		t.Errorf("/metrics does not report the log size:\n%s", trim(body))
	}
}

func TestKeyFileMode(t *testing.T) {
	dir := t.TempDir()
	startIn(t, dir)
	for _, f := range []string{"log.key", "admin.token"} {
		st, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", f, st.Mode().Perm())
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func trim(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

func readToken(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "admin.token"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}
