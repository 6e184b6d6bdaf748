// Package ristretto255 is the prime-order group ristretto255 of RFC 9496,
// built on filippo.io/edwards25519: its points, field and scalars.
//
// It has the API the election package used from github.com/gtank/ristretto255
// v0.1.2 (Element, Scalar and their methods, same semantics, same bytes), on
// a faster field and faster scalar multiplications: decoding a point costs
// one square root ratio and a few multiplications of filippo.io's field
// (docs/bench-election.md). The tests check it against the RFC's test
// vectors and, on random inputs, against gtank/ristretto255.
//
// An Element is an Edwards point standing for its class: two Elements are
// compared with Equal, never with ==. The zero value of an Element is not
// valid: get one from NewElement or set it (Zero, Base, Decode, …) first.
package ristretto255

import (
	"errors"
	"math/big"

	"filippo.io/edwards25519"
	"filippo.io/edwards25519/field"
)

// Constants of RFC 9496, Section 4.1.
var (
	sqrtM1         = fe("19681161376707505956807079304988542015446066515923890162744021073123829784752")
	sqrtADMinusOne = fe("25063068953384623474111414158702152701244531502492656460079210482610430750235")
	invSqrtAMinusD = fe("54469307008909316920995813868745141605393597292927456921205312896311721017578")
	oneMinusDSQ    = fe("1159843021668779879193775521855586647937357759715417654439879720876111806838")
	dMinusOneSQ    = fe("40440834346308536858101042469323190826248399146238708352240133220865137265952")
	curveD         = fe("37095705934669439343138083508754565189542113879843219016388785533085940283555")
	one            = new(field.Element).One()
	minusOne       = new(field.Element).Negate(one)
)

// fe returns the field element of a decimal number below p.
func fe(decimal string) *field.Element {
	n, ok := new(big.Int).SetString(decimal, 10)
	if !ok {
		panic("ristretto255: bad constant " + decimal)
	}
	var b [32]byte
	n.FillBytes(b[:])
	for i := range 16 { // big endian to little endian
		b[i], b[31-i] = b[31-i], b[i]
	}
	e, err := new(field.Element).SetBytes(b[:])
	if err != nil {
		panic(err)
	}
	return e
}

var errInvalidEncoding = errors.New("ristretto255: invalid element encoding")

// Element is an element of the ristretto255 group.
type Element struct {
	p edwards25519.Point
}

// NewElement returns a new Element set to the identity.
func NewElement() *Element {
	return (&Element{}).Zero()
}

// Zero sets e to the identity and returns e.
func (e *Element) Zero() *Element {
	e.p.Set(edwards25519.NewIdentityPoint())
	return e
}

// Base sets e to the canonical generator and returns e.
func (e *Element) Base() *Element {
	e.p.Set(edwards25519.NewGeneratorPoint())
	return e
}

// Equal returns 1 if e and f are the same element, 0 otherwise
// (RFC 9496, Section 4.3.3).
func (e *Element) Equal(f *Element) int {
	x1, y1, _, _ := e.p.ExtendedCoordinates()
	x2, y2, _, _ := f.p.ExtendedCoordinates()
	var a, b field.Element
	a.Multiply(x1, y2)
	b.Multiply(y1, x2)
	out := a.Equal(&b)
	a.Multiply(y1, y2)
	b.Multiply(x1, x2)
	return out | a.Equal(&b)
}

// Decode sets e to the element encoded by the 32 bytes in, which must be
// canonical (RFC 9496, Section 4.3.1). On error e is unchanged.
func (e *Element) Decode(in []byte) error {
	if len(in) != 32 {
		return errInvalidEncoding
	}
	var s field.Element
	if _, err := s.SetBytes(in); err != nil {
		return errInvalidEncoding
	}
	// Canonical: below p (and the top bit, ignored by SetBytes, clear).
	if [32]byte(s.Bytes()) != [32]byte(in) {
		return errInvalidEncoding
	}
	if s.IsNegative() == 1 {
		return errInvalidEncoding
	}
	var ss, u1, u2, u2Sqr, v, t field.Element
	ss.Square(&s)
	u1.Subtract(one, &ss)
	u2.Add(one, &ss)
	u2Sqr.Square(&u2)
	// v = −(D·u1²) − u2²
	v.Square(&u1)
	v.Multiply(&v, curveD)
	v.Negate(&v)
	v.Subtract(&v, &u2Sqr)
	var invSqrt field.Element
	_, wasSquare := invSqrt.SqrtRatio(one, t.Multiply(&v, &u2Sqr))
	var denX, denY field.Element
	denX.Multiply(&invSqrt, &u2)
	denY.Multiply(&invSqrt, &denX)
	denY.Multiply(&denY, &v)
	var x, y, tt field.Element
	x.Add(&s, &s)
	x.Multiply(&x, &denX)
	x.Absolute(&x)
	y.Multiply(&u1, &denY)
	tt.Multiply(&x, &y)
	if wasSquare == 0 || tt.IsNegative() == 1 || y.Equal(new(field.Element)) == 1 {
		return errInvalidEncoding
	}
	if _, err := e.p.SetExtendedCoordinates(&x, &y, one, &tt); err != nil {
		return errInvalidEncoding
	}
	return nil
}

// Encode appends the 32-byte canonical encoding of e to b and returns it
// (RFC 9496, Section 4.3.2).
func (e *Element) Encode(b []byte) []byte {
	x0, y0, z0, t0 := e.p.ExtendedCoordinates()
	var u1, u2, tmp field.Element
	u1.Add(z0, y0)
	u1.Multiply(&u1, tmp.Subtract(z0, y0))
	u2.Multiply(x0, y0)
	var invSqrt field.Element
	invSqrt.SqrtRatio(one, tmp.Multiply(&u1, tmp.Square(&u2)))
	var den1, den2, zInv field.Element
	den1.Multiply(&invSqrt, &u1)
	den2.Multiply(&invSqrt, &u2)
	zInv.Multiply(&den1, &den2)
	zInv.Multiply(&zInv, t0)
	var ix0, iy0, enchanted field.Element
	ix0.Multiply(x0, sqrtM1)
	iy0.Multiply(y0, sqrtM1)
	enchanted.Multiply(&den1, invSqrtAMinusD)
	rotate := tmp.Multiply(t0, &zInv).IsNegative()
	var x, y, denInv field.Element
	x.Select(&iy0, x0, rotate)
	y.Select(&ix0, y0, rotate)
	denInv.Select(&enchanted, &den2, rotate)
	var yNeg field.Element
	yNeg.Negate(&y)
	y.Select(&yNeg, &y, tmp.Multiply(&x, &zInv).IsNegative())
	var s field.Element
	s.Subtract(z0, &y)
	s.Multiply(&denInv, &s)
	s.Absolute(&s)
	return append(b, s.Bytes()...)
}

// FromUniformBytes maps the 64 bytes b to e (RFC 9496, Section 4.3.4:
// the one-way map of each half, added) and returns e. It panics if b is not
// 64 bytes long.
func (e *Element) FromUniformBytes(b []byte) *Element {
	if len(b) != 64 {
		panic("ristretto255: FromUniformBytes: input is not 64 bytes long")
	}
	var p1, p2 edwards25519.Point
	mapToPoint(&p1, b[:32])
	mapToPoint(&p2, b[32:])
	e.p.Add(&p1, &p2)
	return e
}

// mapToPoint is MAP of RFC 9496, Section 4.3.4, on 32 bytes whose top bit
// is ignored.
func mapToPoint(out *edwards25519.Point, b []byte) {
	var t field.Element
	if _, err := t.SetBytes(b); err != nil {
		panic(err)
	}
	var r, u, v, tmp field.Element
	r.Square(&t)
	r.Multiply(sqrtM1, &r)
	u.Add(&r, one)
	u.Multiply(&u, oneMinusDSQ)
	// v = (−1 − r·D)·(r + D)
	v.Multiply(&r, curveD)
	v.Subtract(minusOne, &v)
	v.Multiply(&v, tmp.Add(&r, curveD))
	var s field.Element
	_, wasSquare := s.SqrtRatio(&u, &v)
	var sPrime field.Element
	sPrime.Multiply(&s, &t)
	sPrime.Absolute(&sPrime)
	sPrime.Negate(&sPrime)
	s.Select(&s, &sPrime, wasSquare)
	var c field.Element
	c.Select(minusOne, &r, wasSquare)
	// N = c·(r − 1)·D_MINUS_ONE_SQ − v
	var n field.Element
	n.Subtract(&r, one)
	n.Multiply(&c, &n)
	n.Multiply(&n, dMinusOneSQ)
	n.Subtract(&n, &v)
	var s2, w0, w1, w2, w3 field.Element
	s2.Square(&s)
	w0.Multiply(&s, &v)
	w0.Add(&w0, &w0)
	w1.Multiply(&n, sqrtADMinusOne)
	w2.Subtract(one, &s2)
	w3.Add(one, &s2)
	var x, y, z, tt field.Element
	x.Multiply(&w0, &w3)
	y.Multiply(&w2, &w1)
	z.Multiply(&w1, &w3)
	tt.Multiply(&w0, &w2)
	if _, err := out.SetExtendedCoordinates(&x, &y, &z, &tt); err != nil {
		panic("ristretto255: the map left the curve")
	}
}

// ScalarBaseMult sets e = s·B and returns e.
func (e *Element) ScalarBaseMult(s *Scalar) *Element {
	e.p.ScalarBaseMult(&s.s)
	return e
}

// ScalarMult sets e = s·p and returns e, in constant time.
func (e *Element) ScalarMult(s *Scalar, p *Element) *Element {
	e.p.ScalarMult(&s.s, &p.p)
	return e
}

// VarTimeMultiScalarMult sets e = Σ s[i]·p[i] and returns e, in variable
// time.
func (e *Element) VarTimeMultiScalarMult(s []*Scalar, p []*Element) *Element {
	if len(s) != len(p) {
		panic("ristretto255: VarTimeMultiScalarMult with mismatched slice lengths")
	}
	ss := make([]*edwards25519.Scalar, len(s))
	ps := make([]*edwards25519.Point, len(p))
	for i := range s {
		ss[i], ps[i] = &s[i].s, &p[i].p
	}
	e.p.VarTimeMultiScalarMult(ss, ps)
	return e
}

// VarTimeDoubleScalarBaseMult sets e = a·A + b·B and returns e, in variable
// time.
func (e *Element) VarTimeDoubleScalarBaseMult(a *Scalar, A *Element, b *Scalar) *Element {
	e.p.VarTimeDoubleScalarBaseMult(&a.s, &A.p, &b.s)
	return e
}

// Add sets e = p + q and returns e.
func (e *Element) Add(p, q *Element) *Element {
	e.p.Add(&p.p, &q.p)
	return e
}

// Subtract sets e = p − q and returns e.
func (e *Element) Subtract(p, q *Element) *Element {
	e.p.Subtract(&p.p, &q.p)
	return e
}

// Negate sets e = −p and returns e.
func (e *Element) Negate(p *Element) *Element {
	e.p.Negate(&p.p)
	return e
}

// Edwards returns the Edwards point standing for e, for computations
// that work on the representatives (a multi-scalar multiplication: the sum
// of representatives stands for the sum of the elements). The caller must
// not modify it.
func (e *Element) Edwards() *edwards25519.Point { return &e.p }

// SetEdwards sets e to the element p stands for and returns e. p must be a
// representative computed from elements (as by Edwards and the group law).
func (e *Element) SetEdwards(p *edwards25519.Point) *Element {
	e.p.Set(p)
	return e
}

// Set sets e = p and returns e.
func (e *Element) Set(p *Element) *Element {
	e.p.Set(&p.p)
	return e
}

// Scalar is an integer modulo the group order l. Its zero value is 0.
type Scalar struct {
	s edwards25519.Scalar
}

// NewScalar returns a Scalar set to 0.
func NewScalar() *Scalar { return &Scalar{} }

// Add sets s = x + y mod l and returns s.
func (s *Scalar) Add(x, y *Scalar) *Scalar { s.s.Add(&x.s, &y.s); return s }

// Subtract sets s = x − y mod l and returns s.
func (s *Scalar) Subtract(x, y *Scalar) *Scalar { s.s.Subtract(&x.s, &y.s); return s }

// Negate sets s = −x mod l and returns s.
func (s *Scalar) Negate(x *Scalar) *Scalar { s.s.Negate(&x.s); return s }

// Multiply sets s = x·y mod l and returns s.
func (s *Scalar) Multiply(x, y *Scalar) *Scalar { s.s.Multiply(&x.s, &y.s); return s }

// Invert sets s = 1/x mod l and returns s; the result is undefined for 0.
func (s *Scalar) Invert(x *Scalar) *Scalar { s.s.Invert(&x.s); return s }

// FromUniformBytes sets s to the 64 bytes x, little endian, reduced mod l,
// and returns s. It panics if x is not 64 bytes long.
func (s *Scalar) FromUniformBytes(x []byte) *Scalar {
	if _, err := s.s.SetUniformBytes(x); err != nil {
		panic("ristretto255: FromUniformBytes: input is not 64 bytes long")
	}
	return s
}

// Decode sets s to the canonical 32-byte little-endian encoding x; on error
// s is unchanged.
func (s *Scalar) Decode(x []byte) error {
	if _, err := s.s.SetCanonicalBytes(x); err != nil {
		return errors.New("ristretto255: invalid scalar encoding")
	}
	return nil
}

// Encode appends the 32-byte little-endian encoding of s to b.
func (s *Scalar) Encode(b []byte) []byte { return append(b, s.s.Bytes()...) }

// Equal returns 1 if s and u are equal, 0 otherwise.
func (s *Scalar) Equal(u *Scalar) int { return s.s.Equal(&u.s) }

// Zero sets s = 0 and returns s.
func (s *Scalar) Zero() *Scalar { s.s = edwards25519.Scalar{}; return s }

// Edwards returns s as a filippo.io/edwards25519 scalar.
func (s *Scalar) Edwards() *edwards25519.Scalar { return &s.s }
