package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/domain"
)

// TestCastBinary: a ballot cast as bytes (application/octet-stream:
// credential || signature || ballot, docs/VOTING.md) is checked like the
// JSON one and answers the same receipt; a malformed body, a bad signature
// and a body an HTML form could send are refused, and nothing is appended.
func TestCastBinary(t *testing.T) {
	e := newElection(t)
	ctx := context.Background()
	vote, err := e.c.Vote(ctx, "v1")
	if err != nil {
		t.Fatal(err)
	}
	v, err := client.NewVoter()
	if err != nil {
		t.Fatal(err)
	}
	if err := e.c.Register(ctx, v, "75-01"); err != nil {
		t.Fatal(err)
	}
	b, err := v.Encrypt(vote, 1)
	if err != nil {
		t.Fatal(err)
	}
	body := func(ev *domain.BallotCast) []byte {
		out := append([]byte{}, ev.Credential[:]...)
		out = append(out, ev.Signature[:]...)
		return append(out, ev.Ballot...)
	}
	post := func(ct string, body []byte) (int, []byte) {
		t.Helper()
		resp, err := http.Post(e.url+"/api/v1/votes/v1/ballots", ct, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, out
	}

	before := e.size()
	badSig := *b
	badSig.Signature[3] ^= 1
	for _, c := range []struct {
		name, ct string
		body     []byte
		status   int
		msg      string
	}{
		{"truncated", "application/octet-stream", body(b)[:90], 400, "credential (32 bytes)"},
		{"bad signature", "application/octet-stream", body(&badSig), 422, "ballot-signature"},
		{"truncated ballot", "application/octet-stream", body(b)[:500], 422, "ballot"},
		{"form body", "text/plain", body(b), 415, "send JSON"},
	} {
		status, out := post(c.ct, c.body)
		if status != c.status || !strings.Contains(string(out), c.msg) {
			t.Errorf("%s: got %d %s, want %d and %q", c.name, status, out, c.status, c.msg)
		}
	}
	if got := e.size(); got != before {
		t.Fatalf("refused ballots appended: log size %d, want %d", got, before)
	}

	status, out := post("application/octet-stream", body(b))
	if status != http.StatusCreated {
		t.Fatalf("got %d %s, want 201", status, out)
	}
	var r client.Receipt
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	logKey, err := e.c.LogKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.c.CheckReceiptFor(ctx, &r, b, logKey); err != nil {
		t.Fatalf("the receipt of a binary cast: %v", err)
	}
}
