package witness

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// These tests script a witness's answers to check what the client does with
// wrong ones; the protocol itself is tested against litewitness.

type cosigner struct {
	name string
	priv ed25519.PrivateKey
	vkey string
}

func newCosigner(t *testing.T, name string) cosigner {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	vkey, err := domain.NewCosignatureVerifierKey(name, pub)
	if err != nil {
		t.Fatal(err)
	}
	return cosigner{name, priv, vkey}
}

// line is a cosignature/v1 line over text, per C2SP tlog-cosignature.
func (c cosigner) line(t *testing.T, text string) string {
	v := mustVerifier(t, c.vkey)
	sig := binary.BigEndian.AppendUint32(nil, v.KeyHash())
	sig = binary.BigEndian.AppendUint64(sig, 1764000000)
	sig = append(sig, ed25519.Sign(c.priv, domain.CosignatureMessage(1764000000, []byte(text)))...)
	return fmt.Sprintf("— %s %s\n", c.name, base64.StdEncoding.EncodeToString(sig))
}

func TestClientAnswers(t *testing.T) {
	skey, _, _ := note.GenerateKey(rand.Reader, "scrutin.test/log")
	signer, _ := note.NewSigner(skey)
	text := domain.FormatCheckpoint(domain.Checkpoint{Origin: "scrutin.test/log", Size: 5, Hash: tlog.RecordHash([]byte("x"))})
	signed, _ := note.Sign(&note.Note{Text: text}, signer)
	w, other := newCosigner(t, "w.test/w"), newCosigner(t, "other.test/w")
	other2 := cosigner{"w.test/w", other.priv, ""} // the witness's name, another key
	other2.vkey, _ = domain.NewCosignatureVerifierKey(other2.name, other.priv.Public().(ed25519.PublicKey))
	good := w.line(t, text)

	tests := []struct {
		name   string
		status int
		body   string
		want   string // "" for success
	}{
		{"cosignature", 200, good, ""},
		{"with lines of other keys", 200, other.line(t, text) + good + other2.line(t, text), ""},
		{"conflict", 409, "12\n", "its latest cosigned size is 12"},
		{"malformed conflict", 409, "twelve\n", "409 Conflict"},
		{"conflict with leading zero", 409, "012\n", "409 Conflict"},
		{"unknown log", 404, "unknown log\n", "404 Not Found: unknown log"},
		{"bad proof", 422, "bad consistency proof\n", "422"},
		{"empty", 200, "", "no signature lines"},
		{"only other keys", 200, other.line(t, text), "couldn't verify the cosignature"},
		{"cosignature of another checkpoint", 200, w.line(t, strings.Replace(text, "\n5\n", "\n6\n", 1)), "invalid signature"},
		{"no final newline", 200, strings.TrimSuffix(good, "\n"), "no signature lines"},
		{"not a signature line", 200, "hello\n", "couldn't verify"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var req string
			srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				req = r.Method + " " + r.URL.Path + "\n" + string(b)
				if tt.status == 409 {
					rw.Header().Set("Content-Type", "text/x.tlog.size")
				}
				rw.WriteHeader(tt.status)
				io.WriteString(rw, tt.body)
			}))
			defer srv.Close()
			c := &Client{URL: srv.URL + "/", Key: mustVerifier(t, w.vkey)}
			proof := tlog.TreeProof{tlog.RecordHash([]byte("a")), tlog.RecordHash([]byte("b"))}
			got, err := c.AddCheckpoint(context.Background(), 3, proof, signed)
			wantReq := "POST /add-checkpoint\nold 3\n" + base64.StdEncoding.EncodeToString(proof[0][:]) + "\n" +
				base64.StdEncoding.EncodeToString(proof[1][:]) + "\n\n" + string(signed)
			if req != wantReq {
				t.Fatalf("request:\n%s\nwant:\n%s", req, wantReq)
			}
			if tt.want == "" {
				if err != nil || string(got) != good {
					t.Fatalf("got %q, %v; want %q", got, err, good)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %q, %v; want an error with %q", got, err, tt.want)
			}
		})
	}
}

func TestParsePolicy(t *testing.T) {
	w1, w2 := newCosigner(t, "w1.test/w"), newCosigner(t, "w2.test/w")
	p, err := ParsePolicy(w1.vkey+"=http://127.0.0.1:7380, "+w2.vkey+"=https://w2.test/prefix", "1")
	if err != nil {
		t.Fatal(err)
	}
	want := domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: w1.vkey, URL: "http://127.0.0.1:7380"}, {Key: w2.vkey, URL: "https://w2.test/prefix"}}}
	if domain.FormatWitnessPolicy(p) != domain.FormatWitnessPolicy(want) {
		t.Fatalf("got\n%s\nwant\n%s", domain.FormatWitnessPolicy(p), domain.FormatWitnessPolicy(want))
	}
	if p, err := ParsePolicy(w1.vkey+"=http://a.test,"+w2.vkey+"=http://b.test", ""); err != nil || p.Quorum != 2 {
		t.Fatalf("default quorum: got %d, %v; want 2", p.Quorum, err)
	}
	for _, bad := range [][2]string{
		{w1.vkey, ""},
		{w1.vkey + "=", ""},
		{w1.vkey + "=http://a.test", "2"},
		{w1.vkey + "=http://a.test", "x"},
		{w1.vkey + "=ftp://a.test", ""},
		{w1.vkey + "=http://a.test," + w1.vkey + "=http://b.test", ""},
		{"", ""},
	} {
		if _, err := ParsePolicy(bad[0], bad[1]); err == nil {
			t.Errorf("ParsePolicy(%q, %q): got success, want an error", bad[0], bad[1])
		}
	}
	if _, err := NewCosigner(Config{Policy: domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: w1.vkey}}}}); err == nil {
		t.Error("NewCosigner with a witness without URL: got success, want an error")
	}
}

func TestConflictError(t *testing.T) {
	var err error = fmt.Errorf("wrapped: %w", &ConflictError{Known: 7})
	var c *ConflictError
	if !errors.As(err, &c) || c.Known != 7 {
		t.Fatalf("got %v", err)
	}
}

func TestLoadPolicy(t *testing.T) {
	w := newCosigner(t, "w.test/w")
	if _, ok, err := LoadPolicy("", "", ""); ok || err != nil {
		t.Fatalf("nothing configured: got ok %v, %v; want no policy", ok, err)
	}
	file := t.TempDir() + "/witnesses"
	os.WriteFile(file, []byte("# CI witness\nwitness "+w.vkey+" http://127.0.0.1:7380\nquorum 1\n"), 0o644)
	if p, ok, err := LoadPolicy(file, "ignored", ""); !ok || err != nil || p.Witnesses[0].URL != "http://127.0.0.1:7380" {
		t.Fatalf("file: got %+v, %v, %v", p, ok, err)
	}
	os.WriteFile(file, []byte("witness "+w.vkey+"\n"), 0o644)
	if _, _, err := LoadPolicy(file, "", ""); err == nil || !strings.Contains(err.Error(), "has no URL") {
		t.Fatalf("file without URL: got %v, want an error", err)
	}
	if p, ok, err := LoadPolicy("", w.vkey+"=http://127.0.0.1:7380", ""); !ok || err != nil || p.Quorum != 1 {
		t.Fatalf("env: got %+v, %v, %v", p, ok, err)
	}
}
