package election

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// vector is a parsed testdata/vectors/*.txt file: "# comment" lines, an
// "expect: valid" or "expect: invalid (reason)" line, then "key: value"
// lines; a key may repeat.
type vector struct {
	expect string
	fields map[string][]string
}

func readVector(t *testing.T, path string) *vector {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v := &vector{fields: map[string][]string{}}
	s := bufio.NewScanner(f)
	s.Buffer(nil, 1<<20)
	for s.Scan() {
		line := s.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ": ")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		if key == "expect" {
			v.expect = value
			continue
		}
		v.fields[key] = append(v.fields[key], value)
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	if v.expect == "" {
		t.Fatal("no expect line")
	}
	return v
}

func (v *vector) one(t *testing.T, key string) string {
	t.Helper()
	if len(v.fields[key]) != 1 {
		t.Fatalf("want one %q field, got %d", key, len(v.fields[key]))
	}
	return v.fields[key][0]
}

func (v *vector) bytes(t *testing.T, key string) []byte {
	t.Helper()
	return unhex(t, v.one(t, key))
}

func (v *vector) int(t *testing.T, key string) int {
	t.Helper()
	n, err := strconv.Atoi(v.one(t, key))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestVectors(t *testing.T) {
	paths, err := filepath.Glob("testdata/vectors/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no vectors: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			v := readVector(t, path)
			var reason string
			switch kind := v.one(t, "kind"); kind {
			case "ballot":
				reason = checkBallotVector(t, v)
			case "tally":
				reason = checkTallyVector(t, v)
			case "audit":
				reason = checkAuditVector(t, v)
			default:
				t.Fatalf("unknown kind %q", kind)
			}
			got := "valid"
			if reason != "" {
				got = "invalid (" + reason + ")"
			}
			if got != v.expect {
				t.Errorf("got %q, want %q", got, v.expect)
			}
		})
	}
}

// checkBallotVector runs the checks of PROTOCOL.md "Checking a cast ballot"
// in order and returns the reason of the first failure, or "".
func checkBallotVector(t *testing.T, v *vector) string {
	key, err := ParsePublicKey(v.bytes(t, "election_key"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := Context{VoteID: v.bytes(t, "vote_id"), ElectionKey: key, Options: v.int(t, "options")}
	cred := v.bytes(t, "credential")
	copy(ctx.Credential[:], cred)
	raw := v.bytes(t, "ballot")
	b, err := UnmarshalBallot(raw)
	if err != nil {
		t.Log(err)
		return "encoding"
	}
	sigErr := VerifyBallotSignature(ed25519.PublicKey(cred), ctx.VoteID, raw, v.bytes(t, "signature"))
	// The batched signature check must agree with the reference.
	sb := SignedBallot{VoteID: ctx.VoteID, Ballot: raw, Credential: ctx.Credential}
	copy(sb.Signature[:], v.bytes(t, "signature"))
	if batchErr := VerifyBallotSignatures([]SignedBallot{sb, sb}); (sigErr == nil) != (batchErr == nil) {
		t.Errorf("VerifyBallotSignature says %v, VerifyBallotSignatures says %v", sigErr, batchErr)
	}
	if sigErr != nil {
		t.Log(sigErr)
		return "signature"
	}
	err = b.Verify(ctx)
	// The batch verifier must agree with the reference.
	batchErr := VerifyBatch([]*Ballot{b, b}, []Context{ctx, ctx})
	if (err == nil) != (batchErr == nil) {
		t.Errorf("Verify says %v, VerifyBatch says %v", err, batchErr)
	}
	switch {
	case err == nil:
		return ""
	case errors.Is(err, errRangeProof):
		return "range proof"
	default:
		t.Log(err)
		return "context"
	}
}

func checkTallyVector(t *testing.T, v *vector) string {
	c := Ceremony{ID: v.bytes(t, "ceremony_id"), Threshold: v.int(t, "threshold")}
	for _, s := range v.fields["trustee_key"] {
		k, err := ParsePublicKey(unhex(t, s))
		if err != nil {
			t.Fatal(err)
		}
		c.Trustees = append(c.Trustees, k)
	}
	var dealings []*Dealing
	for _, s := range v.fields["dealing"] {
		raw := unhex(t, s)
		d, err := UnmarshalDealing(raw)
		if err != nil {
			t.Log(err)
			return "encoding"
		}
		if err := d.Verify(c); err != nil {
			t.Log(err)
			return "dealing"
		}
		dealings = append(dealings, d)
	}
	K, err := ElectionKey(c, dealings)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(K.Bytes(), v.bytes(t, "election_key")) {
		t.Fatalf("election key %x, want %s", K.Bytes(), v.one(t, "election_key"))
	}
	if _, ok := v.fields["share_recipient"]; ok {
		j := v.int(t, "share_recipient")
		key, err := ParsePrivateKey(v.bytes(t, "trustee_secret"))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range dealings {
			var se *ShareError
			if err := CheckShare(c, d, j, key); errors.As(err, &se) {
				t.Log(err)
				return "share"
			} else if err != nil {
				t.Fatal(err)
			}
		}
		return ""
	}

	ctx := Context{VoteID: v.bytes(t, "vote_id"), ElectionKey: K, Options: v.int(t, "options")}
	var ballots []*Ballot
	var ctxs []Context
	for i, s := range v.fields["ballot"] {
		b, err := UnmarshalBallot(unhex(t, s))
		if err != nil {
			t.Fatal(err)
		}
		bc := ctx
		copy(bc.Credential[:], unhex(t, v.fields["credential"][i]))
		ballots, ctxs = append(ballots, b), append(ctxs, bc)
	}
	if err := VerifyBatch(ballots, ctxs); err != nil {
		t.Fatal(err)
	}
	sums, err := SumBallots(ballots)
	if err != nil {
		t.Fatal(err)
	}
	id := TallyID(v.bytes(t, "tally_id"))
	var partials []*PartialDecryption
	for _, s := range v.fields["partial"] {
		p, err := UnmarshalPartialDecryption(unhex(t, s))
		if err != nil {
			t.Log(err)
			return "encoding"
		}
		vk, err := VerificationKey(c, dealings, p.Trustee())
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Verify(id, vk, sums); err != nil {
			t.Log(err)
			return "partial decryption"
		}
		partials = append(partials, p)
	}
	table, err := NewDiscreteLogTable(uint64(len(ballots)))
	if err != nil {
		t.Fatal(err)
	}
	counts, err := Combine(c.Threshold, sums, partials, table)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Trim(fmt.Sprint(counts), "[]"), v.one(t, "counts"); got != want {
		t.Errorf("counts %s, want %s", got, want)
	}
	return ""
}

func checkAuditVector(t *testing.T, v *vector) string {
	key, err := ParsePublicKey(v.bytes(t, "election_key"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := Context{VoteID: v.bytes(t, "vote_id"), ElectionKey: key, Options: v.int(t, "options")}
	copy(ctx.Credential[:], v.bytes(t, "credential"))
	b, err := UnmarshalBallot(v.bytes(t, "ballot"))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Verify(ctx); err != nil {
		t.Fatal(err)
	}
	choice, err := b.Open(ctx, v.bytes(t, "nonces"))
	if err != nil {
		t.Log(err)
		return "nonce"
	}
	if want := v.int(t, "choice"); choice != want {
		t.Errorf("opened choice %d, want %d", choice, want)
	}
	return ""
}
