package election

import (
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	mrand "math/rand/v2"

	"filippo.io/edwards25519"
	"filippo.io/edwards25519/field"
	"github.com/hdevalence/ed25519consensus"
)

// signatureContext prefixes every message signed by a voting credential.
const signatureContext = Version + "/ballot-signature"

// signedMessage returns the message a credential signs for a ballot:
//
//	u16be(len(ctx)) || ctx || u32be(len(voteID)) || voteID || u32be(len(ballot)) || ballot
//
// with ctx = "scrutin-election-v2/ballot-signature".
func signedMessage(voteID, ballot []byte) []byte {
	return appendSignedMessage(make([]byte, 0, 2+len(signatureContext)+4+len(voteID)+4+len(ballot)), voteID, ballot)
}

func appendSignedMessage(m, voteID, ballot []byte) []byte {
	m = binary.BigEndian.AppendUint16(m, uint16(len(signatureContext)))
	m = append(m, signatureContext...)
	m = binary.BigEndian.AppendUint32(m, uint32(len(voteID)))
	m = append(m, voteID...)
	m = binary.BigEndian.AppendUint32(m, uint32(len(ballot)))
	return append(m, ballot...)
}

// SignBallot signs the encoded ballot for the vote voteID with a voting
// credential (pure Ed25519, RFC 8032, over a domain-separated message).
func SignBallot(priv ed25519.PrivateKey, voteID []byte, ballot []byte) []byte {
	return ed25519.Sign(priv, signedMessage(voteID, ballot))
}

var errBadSignature = errors.New("invalid signature")

// VerifyBallotSignature checks a signature made by SignBallot, under the
// ZIP-215 validation rules (docs/PROTOCOL.md, "Ballot signature"): the
// credential and R may be any encoding of a curve point, S must be below
// the group order, and the equation is the cofactored one,
// [8]·(S·B − k·A − R) = 0. It is the reference VerifyBallotSignatures
// agrees with.
func VerifyBallotSignature(pub ed25519.PublicKey, voteID []byte, ballot []byte, sig []byte) error {
	if len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("couldn't verify ballot signature: %w", errors.New("bad public key length"))
	}
	if !ed25519consensus.Verify(pub, signedMessage(voteID, ballot), sig) {
		return fmt.Errorf("couldn't verify ballot signature: %w", errBadSignature)
	}
	return nil
}

// SignedBallot is a ballot signature to check: Signature made by
// Credential over the ballot's encoding for the vote VoteID.
type SignedBallot struct {
	Credential [32]byte
	VoteID     []byte
	Ballot     []byte
	Signature  [64]byte
}

// VerifyBallotSignatures checks many ballot signatures at once. It returns
// nil if VerifyBallotSignature accepts every one of them, and a *BatchError
// listing those it refuses otherwise: a signature is reported bad only if
// VerifyBallotSignature refuses it.
//
// The signatures' equations are combined with 128-bit weights into one
// multi-scalar multiplication (docs/PROTOCOL.md, "Batch verification"):
//
//	[8]·( −(Σ zᵢ·Sᵢ)·B + Σ zᵢ·Rᵢ + Σ (zᵢ·kᵢ)·Aᵢ ) = 0
//
// which holds if every signature is valid, and fails (but with probability
// about 2⁻¹²⁸) if one is not. Then every signature is checked on its own.
func VerifyBallotSignatures(sigs []SignedBallot) error {
	if len(sigs) == 0 {
		return nil
	}
	if !batchSignaturesOK(sigs) {
		be := &BatchError{}
		for i := range sigs {
			s := &sigs[i]
			if err := VerifyBallotSignature(s.Credential[:], s.VoteID, s.Ballot, s.Signature[:]); err != nil {
				be.Failed = append(be.Failed, i)
				be.Errs = append(be.Errs, err)
			}
		}
		if len(be.Failed) > 0 {
			return be
		}
	}
	return nil
}

// batchSignaturesOK reports whether the batch equation holds. False means
// some signature may be bad (or doesn't even decode): check them one by one.
func batchSignaturesOK(sigs []SignedBallot) bool {
	n := len(sigs)
	points := make([]*edwards25519.Point, 2*n+1)
	pointVals := make([]edwards25519.Point, 2*n)
	scalars := make([][32]byte, 2*n+1)
	ks := make([]edwards25519.Scalar, n)
	ss := make([]edwards25519.Scalar, n)
	seed := sha512.New()
	seed.Write([]byte(Version + "/batch-signature-weights"))
	var msg []byte
	var digest [64]byte
	for i := range sigs {
		s := &sigs[i]
		// The same decoding rules as ed25519consensus.Verify: A and R any
		// point encoding, S canonical.
		if _, err := pointVals[i].SetBytes(s.Signature[:32]); err != nil {
			return false
		}
		if _, err := pointVals[n+i].SetBytes(s.Credential[:]); err != nil {
			return false
		}
		if s.Signature[63]&224 != 0 {
			return false
		}
		if _, err := ss[i].SetCanonicalBytes(s.Signature[32:]); err != nil {
			return false
		}
		h := sha512.New()
		h.Write(s.Signature[:32])
		h.Write(s.Credential[:])
		msg = appendSignedMessage(msg[:0], s.VoteID, s.Ballot)
		h.Write(msg)
		h.Sum(digest[:0])
		if _, err := ks[i].SetUniformBytes(digest[:]); err != nil {
			return false
		}
		seed.Write(s.Credential[:])
		seed.Write(s.Signature[:])
		seed.Write(digest[:])
	}
	var key [32]byte
	copy(key[:], seed.Sum(nil))
	rng := mrand.NewChaCha8(key)
	bCoef := edwards25519.NewScalar()
	var z, zk edwards25519.Scalar
	var wb [32]byte
	for i := range n {
		binary.LittleEndian.PutUint64(wb[0:], rng.Uint64())
		binary.LittleEndian.PutUint64(wb[8:], rng.Uint64())
		if _, err := z.SetCanonicalBytes(wb[:]); err != nil {
			panic("election: 128-bit weight rejected")
		}
		bCoef.MultiplyAdd(&z, &ss[i], bCoef)
		zk.Multiply(&z, &ks[i])
		scalars[i] = [32]byte(z.Bytes())
		scalars[n+i] = [32]byte(zk.Bytes())
		points[i] = &pointVals[i]
		points[n+i] = &pointVals[n+i]
	}
	bCoef.Negate(bCoef)
	scalars[2*n] = [32]byte(bCoef.Bytes())
	points[2*n] = edwards25519.NewGeneratorPoint()
	var check *edwards25519.Point
	if len(points) < pippengerThreshold {
		sp := make([]*edwards25519.Scalar, len(scalars))
		for i := range scalars {
			sp[i], _ = edwards25519.NewScalar().SetCanonicalBytes(scalars[i][:])
		}
		check = edwards25519.NewIdentityPoint().VarTimeMultiScalarMult(sp, points)
	} else {
		check = edwardsMSM(scalars, points)
	}
	check.MultByCofactor(check)
	return check.Equal(edwards25519.NewIdentityPoint()) == 1
}

// canonicalPoint reports whether pub, which decodes to a point, is that
// point's canonical encoding (RFC 8032 §5.1.2): y below p, and no sign bit
// on x = 0 (y = ±1). It is what re-encoding the point and comparing would
// say, without the field inversion that costs.
func canonicalPoint(pub []byte) bool {
	var y field.Element
	if _, err := y.SetBytes(pub); err != nil {
		return false
	}
	enc := y.Bytes()
	sign := pub[31] >> 7
	if string(enc[:31]) != string(pub[:31]) || enc[31] != pub[31]&0x7f {
		return false // y ≥ p
	}
	one := new(field.Element).One()
	minusOne := new(field.Element).Negate(one)
	return sign == 0 || (y.Equal(one) == 0 && y.Equal(minusOne) == 0)
}

// CheckCredential checks a credential's public key at registration: the
// canonical encoding of a curve point whose order is not small. Under the
// ZIP-215 rules a key of small order (the identity among them) verifies
// signatures that anyone can make, so such a credential would let anyone
// vote in its name; a non-canonical encoding would give one key two
// spellings. Neither is registered (docs/PROTOCOL.md §6).
func CheckCredential(pub []byte) error {
	if len(pub) != 32 {
		return fmt.Errorf("credential key of %d bytes, not 32", len(pub))
	}
	p, err := new(edwards25519.Point).SetBytes(pub)
	if err != nil {
		return errors.New("credential key is not a curve point")
	}
	if !canonicalPoint(pub) {
		return errors.New("credential key is not canonically encoded")
	}
	if new(edwards25519.Point).MultByCofactor(p).Equal(edwards25519.NewIdentityPoint()) == 1 {
		return errors.New("credential key is a point of small order: anyone could sign for it")
	}
	return nil
}
