package election

import (
	"errors"
	"fmt"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// CiphertextSize is the size of an encoded Ciphertext.
const CiphertextSize = 2 * pointSize

// Ciphertext is an exponential ElGamal ciphertext (α, β) = (r·G, m·G + r·K)
// of a small integer m under the election key K. Ciphertexts add: the sum of
// encryptions of m1 and m2 is an encryption of m1+m2.
type Ciphertext struct {
	alpha, beta ristretto255.Element
}

// NewCiphertext returns an encryption of zero with zero randomness, (0, 0),
// the neutral element of Add.
func NewCiphertext() *Ciphertext {
	c := &Ciphertext{}
	c.alpha.Zero()
	c.beta.Zero()
	return c
}

// Add sets c = a + b componentwise and returns c.
func (c *Ciphertext) Add(a, b *Ciphertext) *Ciphertext {
	c.alpha.Add(&a.alpha, &b.alpha)
	c.beta.Add(&a.beta, &b.beta)
	return c
}

// Equal reports whether c and d are the same ciphertext.
func (c *Ciphertext) Equal(d *Ciphertext) bool {
	return c.alpha.Equal(&d.alpha) == 1 && c.beta.Equal(&d.beta) == 1
}

// MarshalBinary returns α || β, 64 bytes.
func (c *Ciphertext) MarshalBinary() ([]byte, error) {
	return c.appendBinary(make([]byte, 0, CiphertextSize)), nil
}

func (c *Ciphertext) appendBinary(b []byte) []byte {
	b = c.alpha.Encode(b)
	return c.beta.Encode(b)
}

// UnmarshalCiphertext decodes α || β, rejecting non-canonical points and any
// length other than 64 bytes.
func UnmarshalCiphertext(b []byte) (*Ciphertext, error) {
	if len(b) != CiphertextSize {
		return nil, fmt.Errorf("couldn't decode ciphertext: %w", errors.New("wrong length"))
	}
	c := &Ciphertext{}
	if err := c.alpha.Decode(b[:32]); err != nil {
		return nil, fmt.Errorf("couldn't decode ciphertext: %w", errNonCanonicalPoint)
	}
	if err := c.beta.Decode(b[32:]); err != nil {
		return nil, fmt.Errorf("couldn't decode ciphertext: %w", errNonCanonicalPoint)
	}
	return c, nil
}

// encrypt returns (r·G, m·G + r·K).
func encrypt(k *ristretto255.Element, m uint64, r *ristretto255.Scalar) *Ciphertext {
	c := &Ciphertext{}
	c.alpha.ScalarBaseMult(r)
	c.beta.ScalarMult(r, k)
	if m != 0 {
		c.beta.Add(&c.beta, ristretto255.NewElement().ScalarBaseMult(scalarFromUint(m)))
	}
	return c
}
