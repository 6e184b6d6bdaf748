package domain

import (
	"crypto/ed25519"
	"errors"
	"fmt"
)

// trusteeSigned is an event a trustee signs: its payload with the
// signature field zeroed is what the signature covers.
type trusteeSigned interface {
	Event
	signature() *[64]byte
}

func (e *TrusteeDealt) signature() *[64]byte        { return &e.Signature }
func (e *TallyShareSubmitted) signature() *[64]byte { return &e.Signature }

// TrusteeSigningMessage is what a trustee signs for ev:
//
//	"scrutin/trustee-signature/v1\n" || type name || "\n" || payload
//
// where payload is the event's canonical payload with its 64-byte
// signature field set to zeros.
func TrusteeSigningMessage(ev Event) ([]byte, error) {
	ts, ok := ev.(trusteeSigned)
	if !ok {
		return nil, fmt.Errorf("%s is not signed by a trustee", ev.Kind().Name)
	}
	saved := *ts.signature()
	*ts.signature() = [64]byte{}
	e := &encoder{}
	e.fixed([]byte("scrutin/trustee-signature/v1\n" + ev.Kind().Name + "\n"))
	ev.encode(e)
	*ts.signature() = saved
	return e.b, nil
}

// SignAsTrustee fills ev's signature with priv.
func SignAsTrustee(priv ed25519.PrivateKey, ev Event) error {
	msg, err := TrusteeSigningMessage(ev)
	if err != nil {
		return err
	}
	copy(ev.(trusteeSigned).signature()[:], ed25519.Sign(priv, msg))
	return nil
}

// VerifyTrusteeSignature checks ev's signature under a trustee's signing key.
func VerifyTrusteeSignature(pub [32]byte, ev Event) error {
	msg, err := TrusteeSigningMessage(ev)
	if err != nil {
		return err
	}
	if !ed25519.Verify(ed25519.PublicKey(pub[:]), msg, ev.(trusteeSigned).signature()[:]) {
		return errors.New("invalid trustee signature")
	}
	return nil
}
