package domain_test

import (
	"crypto/rand"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

func TestCheckpointRoundTrip(t *testing.T) {
	c := domain.Checkpoint{Origin: "scrutin.example/log", Size: 42, Hash: tlog.RecordHash([]byte("x"))}
	text := domain.FormatCheckpoint(c)
	got, err := domain.ParseCheckpoint(text)
	if err != nil || got != c {
		t.Fatalf("got %+v, %v; want %+v", got, err, c)
	}
	bad := []string{
		"", "origin\n42\n", "origin\n042\n" + strings.Split(text, "\n")[2] + "\n",
		"origin\n-1\n" + strings.Split(text, "\n")[2] + "\n", "origin\n42\nnot base64\n",
		"\n42\n" + strings.Split(text, "\n")[2] + "\n", strings.TrimSuffix(text, "\n"),
	}
	for _, b := range bad {
		if _, err := domain.ParseCheckpoint(b); err == nil {
			t.Errorf("ParseCheckpoint(%q) accepted", b)
		}
	}
}

func TestOpenCheckpoint(t *testing.T) {
	skey, vkey, _ := note.GenerateKey(rand.Reader, "scrutin.example/log")
	signer, _ := note.NewSigner(skey)
	verifier, _ := note.NewVerifier(vkey)
	c := domain.Checkpoint{Origin: "scrutin.example/log", Size: 7, Hash: tlog.RecordHash([]byte("y"))}
	signed, err := note.Sign(&note.Note{Text: domain.FormatCheckpoint(c)}, signer)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := domain.OpenCheckpoint(signed, verifier)
	if err != nil || got != c {
		t.Fatalf("got %+v, %v", got, err)
	}
	// Another key, same name: refused.
	_, vkey2, _ := note.GenerateKey(rand.Reader, "scrutin.example/log")
	v2, _ := note.NewVerifier(vkey2)
	if _, _, err := domain.OpenCheckpoint(signed, v2); err == nil {
		t.Fatal("checkpoint accepted under another key")
	}
	// A tampered body: refused.
	tampered := []byte(strings.Replace(string(signed), "\n7\n", "\n8\n", 1))
	if _, _, err := domain.OpenCheckpoint(tampered, verifier); err == nil {
		t.Fatal("tampered checkpoint accepted")
	}
	// A key whose name is not the origin: refused.
	skey3, vkey3, _ := note.GenerateKey(rand.Reader, "other.example/log")
	s3, _ := note.NewSigner(skey3)
	v3, _ := note.NewVerifier(vkey3)
	signed3, _ := note.Sign(&note.Note{Text: domain.FormatCheckpoint(c)}, s3)
	if _, _, err := domain.OpenCheckpoint(signed3, v3); err == nil {
		t.Fatal("checkpoint whose origin is not the key name accepted")
	}
}

func TestPromiseRoundTrip(t *testing.T) {
	skey, vkey, err := note.GenerateKey(nil, "scrutin.test/log")
	if err != nil {
		t.Fatal(err)
	}
	signer, _ := note.NewSigner(skey)
	verifier, _ := note.NewVerifier(vkey)
	p := domain.Promise{Origin: "scrutin.test/log", Index: 1234, Leaf: tlog.RecordHash([]byte("x")), Time: 1764032400000}
	signed, err := note.Sign(&note.Note{Text: domain.FormatPromise(p)}, signer)
	if err != nil {
		t.Fatal(err)
	}
	got, err := domain.OpenPromise(signed, verifier)
	if err != nil || got != p {
		t.Fatalf("OpenPromise = %+v, %v; want %+v", got, err, p)
	}
	if _, err := domain.ParseCheckpoint(domain.FormatPromise(p)); err == nil {
		t.Fatal("a promise parsed as a checkpoint")
	}
	if _, err := domain.ParsePromise(domain.FormatCheckpoint(domain.Checkpoint{Origin: "o", Size: 3})); err == nil {
		t.Fatal("a checkpoint parsed as a promise")
	}
	bad := strings.Replace(string(signed), "1234", "1235", 1)
	if _, err := domain.OpenPromise([]byte(bad), verifier); err == nil {
		t.Fatal("a promise with a changed index verified")
	}
}
