package domain_test

import (
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"testing"

	"filippo.io/edwards25519"
	"github.com/scrutin/scrutin/domain"
)

// TestTrusteeSignatureRule pins the rule docs/PROTOCOL.md §9.5 states for
// trustee signatures: RFC 8032 as crypto/ed25519 verifies it, cofactorless,
// not ZIP 215. A signing key with a torsion component, A = a·B + T, signing
// with a, makes a signature that ZIP 215's cofactored equation accepts and
// that the rules refuse.
func TestTrusteeSignatureRule(t *testing.T) {
	ev := &domain.TallyShareSubmitted{Vote: "v1", Trustee: 1, First: 0, Partial: []byte{1}}

	// An ordinary key: accepted.
	seed := sha256.Sum256([]byte("trustee"))
	priv := ed25519.NewKeyFromSeed(seed[:])
	if err := domain.SignAsTrustee(priv, ev); err != nil {
		t.Fatal(err)
	}
	if err := domain.VerifyTrusteeSignature([32]byte(priv.Public().(ed25519.PublicKey)), ev); err != nil {
		t.Fatalf("an RFC 8032 signature: %v", err)
	}

	// A key with a component T of order 8.
	tb, _ := hex.DecodeString("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")
	T, err := new(edwards25519.Point).SetBytes(tb)
	if err != nil {
		t.Fatal(err)
	}
	wide := sha512.Sum512([]byte("torsion key"))
	a, _ := edwards25519.NewScalar().SetUniformBytes(wide[:])
	A := new(edwards25519.Point).ScalarBaseMult(a)
	A.Add(A, T)
	msg, err := domain.TrusteeSigningMessage(ev)
	if err != nil {
		t.Fatal(err)
	}
	for i := byte(0); ; i++ {
		nw := sha512.Sum512([]byte{'n', i})
		nonce, _ := edwards25519.NewScalar().SetUniformBytes(nw[:])
		R := new(edwards25519.Point).ScalarBaseMult(nonce)
		h := sha512.New()
		h.Write(R.Bytes())
		h.Write(A.Bytes())
		h.Write(msg)
		k, _ := edwards25519.NewScalar().SetUniformBytes(h.Sum(nil))
		if k.Bytes()[0]%8 == 0 {
			continue // k·T = 0: both rules would accept
		}
		S := edwards25519.NewScalar().MultiplyAdd(k, a, nonce)
		copy(ev.Signature[:32], R.Bytes())
		copy(ev.Signature[32:], S.Bytes())

		// ZIP 215: [8]·(S·B − k·A − R) = 0.
		check := new(edwards25519.Point).ScalarBaseMult(S)
		check.Subtract(check, new(edwards25519.Point).ScalarMult(k, A))
		check.Subtract(check, R)
		if check.MultByCofactor(check).Equal(edwards25519.NewIdentityPoint()) != 1 {
			t.Fatal("the cofactored (ZIP 215) equation does not hold: the test no longer shows the difference")
		}
		if err := domain.VerifyTrusteeSignature([32]byte(A.Bytes()), ev); err == nil {
			t.Fatal("a signature only ZIP 215 accepts passes the trustee signature rule; update docs/PROTOCOL.md §9.5")
		}
		return
	}
}
