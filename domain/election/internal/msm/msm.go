// Package msm computes multi-scalar multiplications Σ sᵢ·Pᵢ on the Edwards
// curve of edwards25519 in variable time, by the bucket method (Pippenger),
// on filippo.io/edwards25519's field.
//
// It does what filippo.io/edwards25519's exported point operations cannot:
// each input point is turned once into its affine "Niels" form (y+x, y−x,
// 2d·x·y), so that adding it to a bucket is a mixed addition — 7 field
// multiplications instead of the 9 of Point.Add, which converts its operand
// on every call. The points ballots and signatures bring are decoded with
// Z = 1 (RFC 9496's decoding and RFC 8032's both give affine points), so
// the conversion costs one multiplication a point; other points are
// normalised together with one field inversion (Montgomery's trick).
//
// The result is the same group element as filippo.io/edwards25519's
// VarTimeMultiScalarMult (the tests check it on random inputs, with zero,
// one, the largest scalars and repeated points).
package msm

import (
	"math/bits"

	"filippo.io/edwards25519"
	"filippo.io/edwards25519/field"
)

// d2 is 2·d, d the constant of the curve equation −x² + y² = 1 + d·x²·y².
var d2 = func() *field.Element {
	d, err := new(field.Element).SetBytes([]byte{
		0xa3, 0x78, 0x59, 0x13, 0xca, 0x4d, 0xeb, 0x75,
		0xab, 0xd8, 0x41, 0x41, 0x4d, 0x0a, 0x70, 0x00,
		0x98, 0xe8, 0x79, 0x77, 0x79, 0x40, 0xc7, 0x8c,
		0x73, 0xfe, 0x6f, 0x2b, 0xee, 0x6c, 0x03, 0x52})
	if err != nil {
		panic(err)
	}
	return new(field.Element).Add(d, d)
}()

var (
	one  = new(field.Element).One()
	half = func() *field.Element { // 1/2 mod p
		two := new(field.Element).Add(one, one)
		return new(field.Element).Invert(two)
	}()
)

// p3 is a point in extended coordinates: x = X/Z, y = Y/Z, x·y = T/Z.
type p3 struct{ X, Y, Z, T field.Element }

// p1 is a "completed" point, the result of an addition before its
// conversion: x = X/Z, y = Y/T.
type p1 struct{ X, Y, Z, T field.Element }

// niels is an affine point (Z = 1) as additions read it.
type niels struct{ YplusX, YminusX, T2d field.Element }

// cached is a projective point as additions read it.
type cached struct{ YplusX, YminusX, Z, T2d field.Element }

func (v *p3) identity() *p3 {
	v.X.Zero()
	v.Y.One()
	v.Z.One()
	v.T.Zero()
	return v
}

func (v *p3) fromP1(p *p1) *p3 {
	v.X.Multiply(&p.X, &p.T)
	v.Y.Multiply(&p.Y, &p.Z)
	v.Z.Multiply(&p.Z, &p.T)
	v.T.Multiply(&p.X, &p.Y)
	return v
}

// fromNiels sets v to the affine point q, or to −q if neg.
func (v *p3) fromNiels(q *niels, neg bool) *p3 {
	v.X.Subtract(&q.YplusX, &q.YminusX)
	v.X.Multiply(&v.X, half)
	v.Y.Add(&q.YplusX, &q.YminusX)
	v.Y.Multiply(&v.Y, half)
	v.Z.One()
	v.T.Multiply(&v.X, &v.Y)
	if neg {
		v.X.Negate(&v.X)
		v.T.Negate(&v.T)
	}
	return v
}

func (v *cached) fromP3(p *p3) *cached {
	v.YplusX.Add(&p.Y, &p.X)
	v.YminusX.Subtract(&p.Y, &p.X)
	v.Z.Set(&p.Z)
	v.T2d.Multiply(&p.T, d2)
	return v
}

// addNiels sets v = p + q (or p − q if neg), a mixed addition.
func (v *p1) addNiels(p *p3, q *niels, neg bool) *p1 {
	var YplusX, YminusX, PP, MM, TT2d, Z2 field.Element
	YplusX.Add(&p.Y, &p.X)
	YminusX.Subtract(&p.Y, &p.X)
	if neg {
		PP.Multiply(&YplusX, &q.YminusX)
		MM.Multiply(&YminusX, &q.YplusX)
	} else {
		PP.Multiply(&YplusX, &q.YplusX)
		MM.Multiply(&YminusX, &q.YminusX)
	}
	TT2d.Multiply(&p.T, &q.T2d)
	Z2.Add(&p.Z, &p.Z)
	v.X.Subtract(&PP, &MM)
	v.Y.Add(&PP, &MM)
	if neg {
		v.Z.Subtract(&Z2, &TT2d)
		v.T.Add(&Z2, &TT2d)
	} else {
		v.Z.Add(&Z2, &TT2d)
		v.T.Subtract(&Z2, &TT2d)
	}
	return v
}

// add sets v = p + q.
func (v *p1) add(p *p3, q *cached) *p1 {
	var YplusX, YminusX, PP, MM, TT2d, ZZ2 field.Element
	YplusX.Add(&p.Y, &p.X)
	YminusX.Subtract(&p.Y, &p.X)
	PP.Multiply(&YplusX, &q.YplusX)
	MM.Multiply(&YminusX, &q.YminusX)
	TT2d.Multiply(&p.T, &q.T2d)
	ZZ2.Multiply(&p.Z, &q.Z)
	ZZ2.Add(&ZZ2, &ZZ2)
	v.X.Subtract(&PP, &MM)
	v.Y.Add(&PP, &MM)
	v.Z.Add(&ZZ2, &TT2d)
	v.T.Subtract(&ZZ2, &TT2d)
	return v
}

// double sets v = 2·(X:Y:Z), reading only the projective coordinates.
func (v *p1) double(X, Y, Z *field.Element) *p1 {
	var XX, YY, ZZ2, XplusYsq field.Element
	XX.Square(X)
	YY.Square(Y)
	ZZ2.Square(Z)
	ZZ2.Add(&ZZ2, &ZZ2)
	XplusYsq.Add(X, Y)
	XplusYsq.Square(&XplusYsq)
	v.Y.Add(&YY, &XX)
	v.Z.Subtract(&YY, &XX)
	v.X.Subtract(&XplusYsq, &v.Y)
	v.T.Subtract(&ZZ2, &v.Z)
	return v
}

// toNiels returns the affine Niels forms of points, normalising those whose
// Z is not 1 with a single inversion.
func toNiels(points []*edwards25519.Point) []niels {
	out := make([]niels, len(points))
	type proj struct {
		i       int
		X, Y, T field.Element
	}
	var others []proj
	var zs []field.Element
	for i, p := range points {
		X, Y, Z, T := p.ExtendedCoordinates()
		if Z.Equal(one) == 1 {
			out[i].YplusX.Add(Y, X)
			out[i].YminusX.Subtract(Y, X)
			out[i].T2d.Multiply(T, d2)
			continue
		}
		others = append(others, proj{i: i, X: *X, Y: *Y, T: *T})
		zs = append(zs, *Z)
	}
	if len(others) == 0 {
		return out
	}
	// Montgomery's trick: prefix products, one inversion, back again.
	prefix := make([]field.Element, len(zs))
	acc := *one
	for i := range zs {
		prefix[i] = acc
		acc.Multiply(&acc, &zs[i])
	}
	var inv field.Element
	inv.Invert(&acc)
	for i := len(zs) - 1; i >= 0; i-- {
		var zInv field.Element
		zInv.Multiply(&inv, &prefix[i])
		inv.Multiply(&inv, &zs[i])
		o := &others[i]
		n := &out[o.i]
		var x, y, t field.Element
		x.Multiply(&o.X, &zInv)
		y.Multiply(&o.Y, &zInv)
		t.Multiply(&o.T, &zInv)
		n.YplusX.Add(&y, &x)
		n.YminusX.Subtract(&y, &x)
		n.T2d.Multiply(&t, d2)
	}
	return out
}

// windowFor is pickWindow; the tests replace it to try every width.
var windowFor = pickWindow

// pickWindow picks the window width c minimising the number of point additions:
// one a nonzero digit, about ⌈(b+1)/c⌉ for a b-bit scalar (so 128-bit batch
// weights count for half), and 2^c a window to sum the buckets. lens[b] is
// how many scalars have bit length b.
func pickWindow(lens *[257]int) int {
	best, bestCost := 2, -1
	for c := 2; c <= 16; c++ {
		cost := (254 + c - 1) / c << c
		for b, n := range lens {
			cost += n * ((b + c) / c)
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = c, cost
		}
	}
	return best
}

// bitLen returns the bit length of the little-endian integer b.
func bitLen(b *[32]byte) int {
	for i := 31; i >= 0; i-- {
		if b[i] != 0 {
			return 8*i + bits.Len8(b[i])
		}
	}
	return 0
}

// MultiScalarMult sets out = Σ scalars[i]·points[i] and returns out, in
// variable time. Scalars are little-endian integers below 2^253 (canonical
// scalars are); a larger one panics. points is not modified.
//
// Scalars are recoded into signed digits in [−2^(c−1), 2^(c−1)), so each
// window needs 2^(c−1) buckets; ⌈254/c⌉ windows absorb the last carry. A
// zero digit costs nothing, which makes 128-bit scalars (batch weights)
// half as expensive as full ones.
func MultiScalarMult(out *edwards25519.Point, scalars [][32]byte, points []*edwards25519.Point) *edwards25519.Point {
	if len(scalars) != len(points) {
		panic("msm: mismatched slice lengths")
	}
	n := len(points)
	var lens [257]int
	for i := range scalars {
		b := bitLen(&scalars[i])
		if b > 253 {
			panic("msm: scalar of more than 253 bits")
		}
		lens[b]++
	}
	c := windowFor(&lens)
	windows := (254 + c - 1) / c
	half := 1 << (c - 1)
	ns := toNiels(points)

	carry := make([]uint8, n)
	buckets := make([]p3, half)
	used := make([]bool, half)
	sums := make([]p3, windows)
	var running p3
	var r p1
	var q cached

	for w := range windows {
		clear(used)
		off := w * c
		for i := range n {
			d := window(&scalars[i], off, c) + int(carry[i])
			if d >= half {
				d -= 1 << c
				carry[i] = 1
			} else {
				carry[i] = 0
			}
			if d == 0 {
				continue
			}
			neg := d < 0
			b := d - 1
			if neg {
				b = -d - 1
			}
			if used[b] {
				buckets[b].fromP1(r.addNiels(&buckets[b], &ns[i], neg))
			} else {
				buckets[b].fromNiels(&ns[i], neg)
				used[b] = true
			}
		}
		// Σ (b+1)·bucket[b] as a running sum from the top bucket down.
		sum := &sums[w]
		sum.identity()
		started := false
		for b := half - 1; b >= 0; b-- {
			if used[b] {
				if started {
					running.fromP1(r.add(&running, q.fromP3(&buckets[b])))
				} else {
					running = buckets[b]
					started = true
				}
			}
			if started {
				sum.fromP1(r.add(sum, q.fromP3(&running)))
			}
		}
	}

	acc := sums[windows-1]
	for w := windows - 2; w >= 0; w-- {
		// c doublings: the intermediate ones need no T.
		X, Y, Z := acc.X, acc.Y, acc.Z
		for k := range c {
			r.double(&X, &Y, &Z)
			if k < c-1 {
				X.Multiply(&r.X, &r.T)
				Y.Multiply(&r.Y, &r.Z)
				Z.Multiply(&r.Z, &r.T)
			}
		}
		acc.fromP1(&r)
		acc.fromP1(r.add(&acc, q.fromP3(&sums[w])))
	}
	if _, err := out.SetExtendedCoordinates(&acc.X, &acc.Y, &acc.Z, &acc.T); err != nil {
		panic("msm: result off the curve: " + err.Error())
	}
	return out
}

// window returns the c bits of the little-endian integer b starting at bit
// off (bits past 255 read as zero). c is at most 16.
func window(b *[32]byte, off, c int) int {
	i := off >> 3
	var v uint32
	for j := 0; j < 4 && i+j < 32; j++ {
		v |= uint32(b[i+j]) << (8 * j)
	}
	return int(v>>(off&7)) & (1<<c - 1)
}
