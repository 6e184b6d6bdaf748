package election

import (
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"io"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// Version is the protocol version string. It prefixes every domain separation
// tag, so proofs made under one version never verify under another.
const Version = "scrutin-election-v2"

const (
	pointSize  = 32
	scalarSize = 32
)

var (
	errNonCanonicalPoint  = errors.New("non-canonical or invalid ristretto255 point")
	errNonCanonicalScalar = errors.New("non-canonical scalar")
	errIdentityKey        = errors.New("public key is the identity element")
)

// generator is G, the ristretto255 base point.
var generator = ristretto255.NewElement().Base()

// transcript hashes length-prefixed fields under a domain separation tag:
//
//	SHA-512( u16be(len(DST)) || DST || u32be(len(f1)) || f1 || … )
//
// with DST = Version + "/" + label.
type transcript struct {
	h hash.Hash
}

func newTranscript(label string) *transcript {
	t := &transcript{h: sha512.New()}
	dst := Version + "/" + label
	var l [2]byte
	binary.BigEndian.PutUint16(l[:], uint16(len(dst)))
	t.h.Write(l[:])
	t.h.Write([]byte(dst))
	return t
}

func (t *transcript) field(b ...[]byte) *transcript {
	n := 0
	for _, p := range b {
		n += len(p)
	}
	var l [4]byte
	binary.BigEndian.PutUint32(l[:], uint32(n))
	t.h.Write(l[:])
	for _, p := range b {
		t.h.Write(p)
	}
	return t
}

// digest returns the 64-byte SHA-512 output.
func (t *transcript) digest() []byte {
	return t.h.Sum(nil)
}

// scalar reduces the 64-byte SHA-512 output modulo the group order (the
// wide reduction of RFC 9496 Section 4.4).
func (t *transcript) scalar() *ristretto255.Scalar {
	return ristretto255.NewScalar().FromUniformBytes(t.h.Sum(nil))
}

// randomScalar reads 64 bytes from rand and reduces them modulo the group order.
func randomScalar(rand io.Reader) (*ristretto255.Scalar, error) {
	var b [64]byte
	if _, err := io.ReadFull(rand, b[:]); err != nil {
		return nil, fmt.Errorf("couldn't read randomness: %w", err)
	}
	return ristretto255.NewScalar().FromUniformBytes(b[:]), nil
}

func decodePoint(b []byte) (*ristretto255.Element, error) {
	e := ristretto255.NewElement()
	if err := e.Decode(b); err != nil {
		return nil, errNonCanonicalPoint
	}
	return e, nil
}

func decodeScalar(b []byte) (*ristretto255.Scalar, error) {
	if len(b) != scalarSize {
		// The library panics on other lengths.
		return nil, errNonCanonicalScalar
	}
	s := ristretto255.NewScalar()
	if err := s.Decode(b); err != nil {
		return nil, errNonCanonicalScalar
	}
	return s, nil
}

// scalarFromUint returns v as a scalar.
func scalarFromUint(v uint64) *ristretto255.Scalar {
	var b [32]byte
	binary.LittleEndian.PutUint64(b[:], v)
	s := ristretto255.NewScalar()
	if err := s.Decode(b[:]); err != nil {
		panic("election: small scalar rejected")
	}
	return s
}

func isIdentity(e *ristretto255.Element) bool {
	return e.Equal(ristretto255.NewElement()) == 1
}

// PublicKey is a ristretto255 group element used as a public key: the
// election key, a trustee's encryption key or verification key.
// The zero value is not a valid key; obtain one from ParsePublicKey or from
// the functions of this package.
type PublicKey struct {
	enc [32]byte
	e   ristretto255.Element
}

// ParsePublicKey decodes a 32-byte canonical ristretto255 encoding. It rejects
// non-canonical encodings and the identity element.
func ParsePublicKey(b []byte) (PublicKey, error) {
	e, err := decodePoint(b)
	if err != nil {
		return PublicKey{}, fmt.Errorf("couldn't parse public key: %w", err)
	}
	return newPublicKey(e)
}

func newPublicKey(e *ristretto255.Element) (PublicKey, error) {
	if isIdentity(e) {
		return PublicKey{}, errIdentityKey
	}
	var pk PublicKey
	e.Encode(pk.enc[:0])
	pk.e = *e
	return pk, nil
}

// Bytes returns the 32-byte canonical encoding of pk.
func (pk PublicKey) Bytes() []byte {
	b := pk.enc
	return b[:]
}

// Equal reports whether pk and other are the same key.
func (pk PublicKey) Equal(other PublicKey) bool {
	return pk.enc == other.enc
}

// valid reports whether pk was obtained from this package (zero keys are not).
func (pk PublicKey) valid() bool {
	return pk.enc != [32]byte{}
}

func (pk PublicKey) element() *ristretto255.Element {
	e := pk.e
	return &e
}

// PrivateKey is a scalar x and its public key x·G. It serves as a trustee's
// encryption key, a single-party election key in tests, and a trustee's
// share of the election key after the ceremony.
type PrivateKey struct {
	x   ristretto255.Scalar
	pub PublicKey
}

// GenerateKey returns a new private key with randomness from rand.
func GenerateKey(rand io.Reader) (*PrivateKey, error) {
	x, err := randomScalar(rand)
	if err != nil {
		return nil, fmt.Errorf("couldn't generate key: %w", err)
	}
	return newPrivateKey(x)
}

func newPrivateKey(x *ristretto255.Scalar) (*PrivateKey, error) {
	pub, err := newPublicKey(ristretto255.NewElement().ScalarBaseMult(x))
	if err != nil {
		return nil, err
	}
	return &PrivateKey{x: *x, pub: pub}, nil
}

// ParsePrivateKey decodes a 32-byte canonical little-endian scalar.
func ParsePrivateKey(b []byte) (*PrivateKey, error) {
	x, err := decodeScalar(b)
	if err != nil {
		return nil, fmt.Errorf("couldn't parse private key: %w", err)
	}
	k, err := newPrivateKey(x)
	if err != nil {
		return nil, fmt.Errorf("couldn't parse private key: %w", err)
	}
	return k, nil
}

// Bytes returns the 32-byte canonical encoding of the scalar.
func (k *PrivateKey) Bytes() []byte {
	return k.x.Encode(nil)
}

// Public returns the public key x·G.
func (k *PrivateKey) Public() PublicKey {
	return k.pub
}
