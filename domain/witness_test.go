package domain_test

import (
	"bufio"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// testWitness signs cosignature/v1 per C2SP tlog-cosignature, written from
// the spec apart from the verifier under test; testdata/witness holds a
// cosignature made by a real witness, which checks both against it.
type testWitness struct {
	name string
	priv ed25519.PrivateKey
	vkey string
	now  int64
}

func newTestWitness(t *testing.T, name string) *testWitness {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	vkey, err := domain.NewCosignatureVerifierKey(name, pub)
	if err != nil {
		t.Fatal(err)
	}
	return &testWitness{name: name, priv: priv, vkey: vkey, now: 1764000000}
}

// cosign returns signed with this witness's cosignature line appended.
func (w *testWitness) cosign(t *testing.T, signed []byte) []byte {
	t.Helper()
	text, _, ok := strings.Cut(string(signed), "\n\n")
	if !ok {
		t.Fatal("not a signed note")
	}
	text += "\n"
	msg := fmt.Sprintf("cosignature/v1\ntime %d\n%s", w.now, text)
	v, err := domain.NewCosignatureVerifier(w.vkey)
	if err != nil {
		t.Fatal(err)
	}
	sig := binary.BigEndian.AppendUint32(nil, v.KeyHash())
	sig = binary.BigEndian.AppendUint64(sig, uint64(w.now))
	sig = append(sig, ed25519.Sign(w.priv, []byte(msg))...)
	line := fmt.Sprintf("— %s %s\n", w.name, base64.StdEncoding.EncodeToString(sig))
	out, err := domain.AddCosignatures(signed, []byte(line))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (w *testWitness) witness() domain.Witness { return domain.Witness{Key: w.vkey} }

func signedCheckpoint(t *testing.T, origin string, size int64) ([]byte, note.Verifier) {
	t.Helper()
	skey, vkey, err := note.GenerateKey(rand.Reader, origin)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := note.NewSigner(skey)
	v, _ := note.NewVerifier(vkey)
	cp := domain.Checkpoint{Origin: origin, Size: size, Hash: tlog.RecordHash([]byte(origin))}
	signed, err := note.Sign(&note.Note{Text: domain.FormatCheckpoint(cp)}, s)
	if err != nil {
		t.Fatal(err)
	}
	return signed, v
}

func TestVerifyWitnessed(t *testing.T) {
	signed, logKey := signedCheckpoint(t, "scrutin.test/log", 42)
	w1, w2, w3 := newTestWitness(t, "w1.test/w"), newTestWitness(t, "w2.test/w"), newTestWitness(t, "w3.test/w")
	stranger := newTestWitness(t, "stranger.test/w")
	_, otherLog := signedCheckpoint(t, "scrutin.test/log", 42)

	flip := func(b []byte) []byte {
		b = append([]byte(nil), b...)
		i := strings.LastIndex(string(b), " ") + 20 // inside the last signature's base64
		if b[i] == 'A' {
			b[i] = 'B'
		} else {
			b[i] = 'A'
		}
		return b
	}
	one := domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{w1.witness()}}
	twoOfThree := domain.WitnessPolicy{Quorum: 2, Witnesses: []domain.Witness{w1.witness(), w2.witness(), w3.witness()}}
	tests := []struct {
		name   string
		signed []byte
		logKey note.Verifier
		policy domain.WitnessPolicy
		want   string // "" for success, else a substring of the error
		quorum bool   // the error wraps ErrNotWitnessed
	}{
		{"1 of 1", w1.cosign(t, signed), logKey, one, "", false},
		{"2 of 3", w3.cosign(t, w1.cosign(t, signed)), logKey, twoOfThree, "", false},
		{"3 of 3 for 2 of 3", w3.cosign(t, w2.cosign(t, w1.cosign(t, signed))), logKey, twoOfThree, "", false},
		{"unknown cosigners ignored beside a quorum", stranger.cosign(t, w1.cosign(t, signed)), logKey, one, "", false},
		{"no cosignature", signed, logKey, one, "carries 0 of the 1 required", true},
		{"cosignature from an unknown key", stranger.cosign(t, signed), logKey, one, "unknown keys: stranger.test/w", true},
		{"1 of 3 for 2 of 3", w2.cosign(t, signed), logKey, twoOfThree, "carries 1 of the 2 required", true},
		{"same witness twice", w1.cosign(t, w1.cosign(t, signed)), logKey, twoOfThree, "", true},
		{"tampered cosignature", flip(w1.cosign(t, signed)), logKey, one, "invalid signature", false},
		{"another log key", w1.cosign(t, signed), otherLog, one, "couldn't verify checkpoint", false},
		{"empty policy", w1.cosign(t, signed), logKey, domain.WitnessPolicy{}, "no witness", false},
		{"quorum 0", w1.cosign(t, signed), logKey, domain.WitnessPolicy{Witnesses: one.Witnesses}, "quorum 0 of 1", false},
		{"quorum above the list", w1.cosign(t, signed), logKey, domain.WitnessPolicy{Quorum: 2, Witnesses: one.Witnesses}, "quorum 2 of 1", false},
		{"key listed twice", w1.cosign(t, signed), logKey, domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{w1.witness(), w1.witness()}}, "listed twice", false},
		{"log key in the policy", w1.cosign(t, signed), logKey, domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: logKey.Name()}}}, "malformed witness key", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := domain.VerifyWitnessed(tt.signed, tt.logKey, tt.policy)
			switch {
			case tt.want == "" && !tt.quorum && err != nil:
				t.Fatalf("got %v, want success", err)
			case (tt.want != "" || tt.quorum) && err == nil:
				t.Fatalf("got success, want an error with %q", tt.want)
			case err != nil && !strings.Contains(err.Error(), tt.want):
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			case err != nil && errors.Is(err, domain.ErrNotWitnessed) != tt.quorum:
				t.Fatalf("got %v: errors.Is(ErrNotWitnessed) = %v, want %v", err, !tt.quorum, tt.quorum)
			}
		})
	}
}

func TestCosignatureVerifierKeys(t *testing.T) {
	w := newTestWitness(t, "w.test/w")
	name, rest, _ := strings.Cut(w.vkey, "+")
	hash, key, _ := strings.Cut(rest, "+")
	_, ed25519Key, _ := note.GenerateKey(rand.Reader, "w.test/w") // algorithm 0x01, a log's kind
	raw, _ := base64.StdEncoding.DecodeString(key)
	for _, tt := range []struct{ name, vkey, want string }{
		{"valid", w.vkey, ""},
		{"signed-note Ed25519 key", ed25519Key, "not an Ed25519 cosignature/v1 key"},
		{"wrong key ID", name + "+00000000+" + key, "key ID does not match"},
		{"other name", "other.test/w+" + hash + "+" + key, "key ID does not match"},
		{"short key", name + "+" + hash + "+" + base64.StdEncoding.EncodeToString(raw[:20]), "not an Ed25519 cosignature/v1 key"},
		{"bad base64", name + "+" + hash + "+" + key[:10] + "!" + key[11:], "malformed witness key"},
		{"no key", name + "+" + hash, "want name+hash+key"},
		{"space in name", "w test+" + hash + "+" + key, "want name+hash+key"},
		{"short hash", name + "+abc+" + key, "want name+hash+key"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := domain.NewCosignatureVerifier(tt.vkey)
			if tt.want == "" {
				if err != nil || v.Name() != name {
					t.Fatalf("got %v, %v; want a verifier named %s", v, err, name)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func TestCosignatureTime(t *testing.T) {
	signed, logKey := signedCheckpoint(t, "scrutin.test/log", 1)
	w := newTestWitness(t, "w.test/w")
	v, _ := domain.NewCosignatureVerifier(w.vkey)
	_, n, err := domain.OpenCheckpoint(w.cosign(t, signed), logKey, v)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range n.Sigs {
		if s.Name != w.name {
			continue
		}
		got, err := domain.CosignatureTime(s)
		if want := time.Unix(w.now, 0).UTC(); err != nil || !got.Equal(want) {
			t.Fatalf("got %v, %v; want %v", got, err, want)
		}
		return
	}
	t.Fatal("cosignature not among the verified signatures")
}

func TestWitnessPolicyText(t *testing.T) {
	w1, w2 := newTestWitness(t, "w1.test/w"), newTestWitness(t, "w2.test/w")
	p := domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: w1.vkey, URL: "https://w1.test/"}, {Key: w2.vkey}}}
	text := domain.FormatWitnessPolicy(p)
	got, err := domain.ParseWitnessPolicy("# comment\n\n" + text)
	if err != nil {
		t.Fatal(err)
	}
	if domain.FormatWitnessPolicy(got) != text {
		t.Fatalf("round trip: got\n%s\nwant\n%s", domain.FormatWitnessPolicy(got), text)
	}
	if got, err := domain.ParseWitnessPolicy("witness " + w1.vkey + "\nwitness " + w2.vkey + "\n"); err != nil || got.Quorum != 2 {
		t.Fatalf("no quorum line: got quorum %d, %v; want every witness (2)", got.Quorum, err)
	}
	for _, bad := range []string{
		"",
		"witness " + w1.vkey + "\nquorum 2\n",
		"witness " + w1.vkey + "\nquorum 01\n",
		"witness " + w1.vkey + "\nquorum 1\nquorum 1\n",
		"witness " + w1.vkey + " ftp://w1.test/\n",
		"witness " + w1.vkey + " https://w1.test/ extra\n",
		"witnesses " + w1.vkey + "\n",
		"witness " + w1.vkey + "\nwitness " + w1.vkey + "\n",
	} {
		if _, err := domain.ParseWitnessPolicy(bad); err == nil {
			t.Errorf("ParseWitnessPolicy(%q): got success, want an error", bad)
		}
	}
}

func TestAddCosignaturesMalformed(t *testing.T) {
	signed, _ := signedCheckpoint(t, "scrutin.test/log", 1)
	for _, lines := range []string{
		"— w.test/w AAAA\n", // too short to hold a key ID and a signature
		"— w.test/w AAAAAAAA",
		"- w.test/w AAAAAAAA\n",
		"— w.test/w\n",
		"— w test AAAAAAAA\n",
		"— w.test/w !!!!!!!!\n",
	} {
		if _, err := domain.AddCosignatures(signed, []byte(lines)); err == nil {
			t.Errorf("AddCosignatures(%q): got success, want an error", lines)
		}
	}
	if _, err := domain.AddCosignatures([]byte("no signature\n"), []byte("— w.test/w AAAAAAAA\n")); err == nil {
		t.Error("AddCosignatures on a note without signatures: got success, want an error")
	}
}

// TestRealWitnessVector checks checkpoints cosigned by litewitness (filippo.io/
// torchwood v0.6.1), kept in testdata/witness/*.txt: a header of "key: value"
// lines (expect: ok, not-witnessed or invalid; log and witness vkeys), a
// blank line, then the signed note.
func TestRealWitnessVector(t *testing.T) {
	files, _ := filepath.Glob("testdata/witness/*.txt")
	if len(files) == 0 {
		t.Fatal("no vectors in testdata/witness")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			head, signed, _ := strings.Cut(string(b), "\n\n")
			h := map[string]string{}
			sc := bufio.NewScanner(strings.NewReader(head))
			for sc.Scan() {
				if k, v, ok := strings.Cut(sc.Text(), ": "); ok && !strings.HasPrefix(k, "#") {
					h[k] = v
				}
			}
			logKey, err := note.NewVerifier(h["log"])
			if err != nil {
				t.Fatal(err)
			}
			p := domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: h["witness"]}}}
			err = domain.VerifyWitnessed([]byte(signed), logKey, p)
			got := "invalid"
			switch {
			case err == nil:
				got = "ok"
			case errors.Is(err, domain.ErrNotWitnessed):
				got = "not-witnessed"
			}
			if got != h["expect"] {
				t.Fatalf("got %s (%v), want %s", got, err, h["expect"])
			}
		})
	}
}

func FuzzParseWitnessPolicy(f *testing.F) {
	f.Add("witness w.test/w+3b5b4a5e+BK7y1UG1dQDwY1GQZcTphCP3oqV+N2mHiizHlGFJJCkg https://w.test/\nquorum 1\n")
	f.Add("# c\nwitness a+00000000+AA== \n")
	f.Add("quorum 1\n")
	f.Fuzz(func(t *testing.T, text string) {
		p, err := domain.ParseWitnessPolicy(text)
		if err != nil {
			return
		}
		out := domain.FormatWitnessPolicy(p)
		p2, err := domain.ParseWitnessPolicy(out)
		if err != nil {
			t.Fatalf("formatted policy does not parse: %v\n%s", err, out)
		}
		if domain.FormatWitnessPolicy(p2) != out {
			t.Fatalf("format, parse, format changed the policy:\n%s\n%s", out, domain.FormatWitnessPolicy(p2))
		}
	})
}
