package election

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"testing"

	"filippo.io/edwards25519"
	"filippo.io/edwards25519/field"
)

// order8 is a point of order 8 (canonical encoding).
const order8 = "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"

func mustHex(t testing.TB, s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// signedBallots returns n valid signatures over distinct ballots.
func signedBallots(t testing.TB, n int) []SignedBallot {
	r := testRand(byte(n))
	out := make([]SignedBallot, n)
	for i := range out {
		_, priv, _ := ed25519.GenerateKey(r)
		s := &out[i]
		copy(s.Credential[:], priv.Public().(ed25519.PublicKey))
		s.VoteID = []byte("vote-1")
		s.Ballot = fmt.Appendf(nil, "ballot %d", i)
		copy(s.Signature[:], SignBallot(priv, s.VoteID, s.Ballot))
	}
	return out
}

// signatureEdgeCases are signatures on the edges of the ZIP-215 rules,
// and whether VerifyBallotSignature must accept them.
func signatureEdgeCases(t testing.TB) []struct {
	name  string
	sig   SignedBallot
	valid bool
} {
	base := signedBallots(t, 1)[0]
	T, err := new(edwards25519.Point).SetBytes(mustHex(t, order8))
	if err != nil {
		t.Fatal(err)
	}
	if new(edwards25519.Point).MultByCofactor(T).Equal(edwards25519.NewIdentityPoint()) != 1 {
		t.Fatal("order8 is not a point of small order")
	}
	identity := edwards25519.NewIdentityPoint().Bytes()
	// 1 + p: a non-canonical encoding of the identity (y = 1).
	nonCanonicalIdentity := mustHex(t, "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
	var cases []struct {
		name  string
		sig   SignedBallot
		valid bool
	}
	add := func(name string, valid bool, edit func(s *SignedBallot)) {
		s := base
		s.Ballot = slices.Clone(base.Ballot)
		edit(&s)
		cases = append(cases, struct {
			name  string
			sig   SignedBallot
			valid bool
		}{name, s, valid})
	}
	add("valid", true, func(s *SignedBallot) {})
	add("other ballot", false, func(s *SignedBallot) { s.Ballot[0] ^= 1 })
	add("other vote", false, func(s *SignedBallot) { s.VoteID = []byte("vote-2") })
	add("S + l", false, func(s *SignedBallot) { copy(s.Signature[32:], addOrder(s.Signature[32:])) })
	add("S high bits", false, func(s *SignedBallot) { s.Signature[63] |= 0x80 })
	// (R + T, S) for a point T of order 8: k changes with R's encoding.
	add("R + torsion", false, func(s *SignedBallot) {
		R, _ := new(edwards25519.Point).SetBytes(s.Signature[:32])
		copy(s.Signature[:32], R.Add(R, T).Bytes())
	})
	// A credential with a torsion component, A = a·B + T, signing with a:
	// S·B − k·A − R = −k·T, of small order. ZIP-215 accepts; RFC 8032's
	// cofactorless check refuses unless 8 divides k.
	add("torsion credential", true, func(s *SignedBallot) {
		*s = torsionSigned(t, T, s.VoteID, s.Ballot)
	})
	add("R not a point", false, func(s *SignedBallot) {
		// y = 2: x² = (y²−1)/(d·y²+1) is not a square.
		copy(s.Signature[:32], mustHex(t, "0200000000000000000000000000000000000000000000000000000000000000"))
	})
	add("credential not a point", false, func(s *SignedBallot) {
		copy(s.Credential[:], mustHex(t, "0200000000000000000000000000000000000000000000000000000000000000"))
	})
	// A small-order credential: [8]·(0·B − k·A − R) = 0 for any message.
	// ZIP-215 accepts it, as RFC 8032 nearly does (1 in 8 messages).
	add("small-order credential", true, func(s *SignedBallot) {
		copy(s.Credential[:], identity)
		copy(s.Signature[:32], identity)
		clear(s.Signature[32:])
	})
	add("non-canonical credential encoding", true, func(s *SignedBallot) {
		copy(s.Credential[:], nonCanonicalIdentity)
		copy(s.Signature[:32], nonCanonicalIdentity)
		clear(s.Signature[32:])
	})
	return cases
}

// torsionSigned signs the ballot with a credential a·B + T, for a point T
// of small order, choosing the nonce so that 8 does not divide k (so that
// RFC 8032's cofactorless check refuses it).
func torsionSigned(t testing.TB, T *edwards25519.Point, voteID, ballot []byte) SignedBallot {
	r := testRand(99)
	var wide [64]byte
	r.Read(wide[:])
	a, _ := edwards25519.NewScalar().SetUniformBytes(wide[:])
	A := new(edwards25519.Point).ScalarBaseMult(a)
	A.Add(A, T)
	s := SignedBallot{VoteID: voteID, Ballot: ballot}
	copy(s.Credential[:], A.Bytes())
	for {
		r.Read(wide[:])
		nonce, _ := edwards25519.NewScalar().SetUniformBytes(wide[:])
		R := new(edwards25519.Point).ScalarBaseMult(nonce)
		h := sha512.New()
		h.Write(R.Bytes())
		h.Write(s.Credential[:])
		h.Write(signedMessage(voteID, ballot))
		k, _ := edwards25519.NewScalar().SetUniformBytes(h.Sum(nil))
		if k.Bytes()[0]%8 == 0 {
			continue
		}
		S := edwards25519.NewScalar().MultiplyAdd(k, a, nonce)
		copy(s.Signature[:32], R.Bytes())
		copy(s.Signature[32:], S.Bytes())
		return s
	}
}

// addOrder returns s + l, 32 bytes little-endian.
func addOrder(s []byte) []byte {
	out := make([]byte, 32)
	carry := 0
	for i := range 32 {
		v := int(s[i]) + int(groupOrder[i]) + carry
		out[i] = byte(v)
		carry = v >> 8
	}
	return out
}

func TestVerifyBallotSignatureZIP215(t *testing.T) {
	for _, c := range signatureEdgeCases(t) {
		t.Run(c.name, func(t *testing.T) {
			s := c.sig
			err := VerifyBallotSignature(s.Credential[:], s.VoteID, s.Ballot, s.Signature[:])
			if (err == nil) != c.valid {
				t.Errorf("VerifyBallotSignature: got %v, want valid=%v", err, c.valid)
			}
		})
	}
}

// TestVerifyBallotSignaturesAgree puts each edge case in batches of every
// size (small ones use the library's multi-scalar multiplication, large
// ones the bucket method) among valid signatures: the batch must report
// exactly the signatures the single check refuses.
func TestVerifyBallotSignaturesAgree(t *testing.T) {
	valid := signedBallots(t, 600)
	for _, c := range signatureEdgeCases(t) {
		for _, n := range []int{1, 2, 40, 300, 600} {
			t.Run(fmt.Sprintf("%s/n=%d", c.name, n), func(t *testing.T) {
				batch := slices.Clone(valid[:n])
				at := n / 2
				batch[at] = c.sig
				err := VerifyBallotSignatures(batch)
				if c.valid {
					if err != nil {
						t.Fatalf("got %v, want nil", err)
					}
					return
				}
				var be *BatchError
				if !errors.As(err, &be) {
					t.Fatalf("got %v, want a *BatchError", err)
				}
				if !slices.Equal(be.Failed, []int{at}) {
					t.Errorf("failed %v, want [%d]", be.Failed, at)
				}
			})
		}
	}
}

func TestVerifyBallotSignaturesManyBad(t *testing.T) {
	batch := signedBallots(t, 500)
	bad := []int{0, 17, 255, 499}
	for _, i := range bad {
		batch[i].Signature[5] ^= 1
	}
	var be *BatchError
	if err := VerifyBallotSignatures(batch); !errors.As(err, &be) {
		t.Fatalf("got %v, want a *BatchError", err)
	}
	if !slices.Equal(be.Failed, bad) {
		t.Errorf("failed %v, want %v", be.Failed, bad)
	}
	if err := VerifyBallotSignatures(nil); err != nil {
		t.Errorf("empty batch: %v", err)
	}
}

// TestZIP215DiffersFromRFC8032 records where the rule departs from Go's
// crypto/ed25519: a credential with a torsion component.
func TestZIP215DiffersFromRFC8032(t *testing.T) {
	for _, c := range signatureEdgeCases(t) {
		if c.name != "torsion credential" {
			continue
		}
		s := c.sig
		if ed25519.Verify(s.Credential[:], signedMessage(s.VoteID, s.Ballot), s.Signature[:]) {
			t.Error("crypto/ed25519 accepts the torsion credential's signature: the test no longer shows the difference")
		}
	}
}

func TestEdwardsMSM(t *testing.T) {
	r := testRand(7)
	for _, n := range []int{1, 3, 300} {
		scalars := make([][32]byte, n)
		sp := make([]*edwards25519.Scalar, n)
		points := make([]*edwards25519.Point, n)
		for i := range n {
			var wide [64]byte
			r.Read(wide[:])
			s, _ := edwards25519.NewScalar().SetUniformBytes(wide[:])
			if i%5 == 1 {
				s = edwards25519.NewScalar()
			}
			sp[i], scalars[i] = s, [32]byte(s.Bytes())
			r.Read(wide[:])
			k, _ := edwards25519.NewScalar().SetUniformBytes(wide[:])
			points[i] = new(edwards25519.Point).ScalarBaseMult(k)
		}
		got := edwardsMSM(scalars, points)
		want := new(edwards25519.Point).VarTimeMultiScalarMult(sp, points)
		if got.Equal(want) != 1 {
			t.Errorf("n=%d: bucket method differs from VarTimeMultiScalarMult", n)
		}
	}
}

func BenchmarkVerifyBallotSignatures(b *testing.B) {
	for _, n := range []int{64, 512, 2048} {
		batch := signedBallots(b, n)
		for i := range batch {
			batch[i].Ballot = make([]byte, BallotSize(3))
			batch[i].Ballot[0] = byte(i)
		}
		// Re-sign over 802-byte ballots, the size of a three-option ballot.
		r := testRand(3)
		for i := range batch {
			_, priv, _ := ed25519.GenerateKey(r)
			copy(batch[i].Credential[:], priv.Public().(ed25519.PublicKey))
			copy(batch[i].Signature[:], SignBallot(priv, batch[i].VoteID, batch[i].Ballot))
		}
		b.Run(fmt.Sprintf("batch/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if err := VerifyBallotSignatures(batch); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n)/1000, "µs/sig")
		})
	}
}

func TestCheckCredential(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	if err := CheckCredential(pub); err != nil {
		t.Fatalf("a real key: %v", err)
	}
	identity := make([]byte, 32)
	identity[0] = 1
	minusOne := bytes.Repeat([]byte{0xff}, 32) // y = -1 (order 2), canonical: 2^255-20
	minusOne[0], minusOne[31] = 0xec, 0x7f
	nonCanonical := make([]byte, 32) // y = p + 1 ≡ 1: the identity spelled another way
	copy(nonCanonical, []byte{0xee})
	for i := 1; i < 31; i++ {
		nonCanonical[i] = 0xff
	}
	nonCanonical[31] = 0x7f
	for name, k := range map[string][]byte{"identity": identity, "order 2": minusOne, "non-canonical": nonCanonical, "short": pub[:31]} {
		if err := CheckCredential(k); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestCanonicalPoint: the cheap canonical check says what re-encoding the
// point and comparing says, on random points, on the encodings with y ≥ p
// (y + p for the small y that have a point) and on x = 0 with its sign bit.
func TestCanonicalPoint(t *testing.T) {
	reencode := func(b []byte) (bool, bool) {
		p, err := new(edwards25519.Point).SetBytes(b)
		if err != nil {
			return false, false
		}
		return true, string(p.Bytes()) == string(b)
	}
	check := func(b []byte) {
		t.Helper()
		if ok, want := reencode(b); ok && canonicalPoint(b) != want {
			t.Fatalf("%x: canonicalPoint %v, re-encoding says %v", b, !want, want)
		}
	}
	rng := testRand(5)
	var s [64]byte
	for range 2000 {
		rng.Read(s[:])
		sc, _ := edwards25519.NewScalar().SetUniformBytes(s[:])
		enc := new(edwards25519.Point).ScalarBaseMult(sc).Bytes()
		check(enc)
		enc[31] ^= 0x80 // the other x
		check(enc)
	}
	// y = p + k for k < 19, with either sign bit, and y = ±1 with the sign
	// bit (x = 0): the non-canonical encodings.
	nonCanonical := 0
	for k := range 19 {
		for _, sign := range []byte{0, 0x80} {
			b := make([]byte, 32)
			b[0] = 0xed + byte(k)
			for i := 1; i < 31; i++ {
				b[i] = 0xff
			}
			b[31] = 0x7f | sign
			if 0xed+k > 0xff {
				continue
			}
			if ok, canon := reencode(b); ok {
				check(b)
				if !canon {
					nonCanonical++
				}
			}
		}
	}
	for _, y := range []*field.Element{new(field.Element).One(), new(field.Element).Negate(new(field.Element).One())} {
		b := y.Bytes()
		b[31] |= 0x80
		check(b)
		if canonicalPoint(b) {
			t.Errorf("%x (x = 0 with its sign bit) taken as canonical", b)
		}
	}
	if nonCanonical == 0 {
		t.Fatal("no encoding with y ≥ p decoded: the test checks nothing there")
	}
}
