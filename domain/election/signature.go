package election

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
)

// signatureContext prefixes every message signed by a voting credential.
const signatureContext = Version + "/ballot-signature"

// signedMessage returns the message a credential signs for a ballot:
//
//	u16be(len(ctx)) || ctx || u32be(len(voteID)) || voteID || u32be(len(ballot)) || ballot
//
// with ctx = "scrutin-election-v1/ballot-signature".
func signedMessage(voteID, ballot []byte) []byte {
	m := make([]byte, 0, 2+len(signatureContext)+4+len(voteID)+4+len(ballot))
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

// VerifyBallotSignature checks a signature made by SignBallot.
func VerifyBallotSignature(pub ed25519.PublicKey, voteID []byte, ballot []byte, sig []byte) error {
	if len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("couldn't verify ballot signature: %w", errors.New("bad public key length"))
	}
	if !ed25519.Verify(pub, signedMessage(voteID, ballot), sig) {
		return fmt.Errorf("couldn't verify ballot signature: %w", errBadSignature)
	}
	return nil
}
