package election

import (
	"math/bits"

	"filippo.io/edwards25519"
	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// pippengerThreshold is the number of points from which multiScalarMult uses
// the bucket method instead of the library's Straus implementation. It was
// chosen by BenchmarkMSM (see docs/bench-election.md).
var pippengerThreshold = 256

// multiScalarMult returns Σ scalars[i]·points[i], in variable time;
// scalars are canonical little-endian encodings.
func multiScalarMult(scalars [][32]byte, points []*ristretto255.Element) *ristretto255.Element {
	if len(points) < pippengerThreshold {
		ss := make([]*ristretto255.Scalar, len(scalars))
		for i := range scalars {
			ss[i] = ristretto255.NewScalar()
			if err := ss[i].Decode(scalars[i][:]); err != nil {
				panic("election: non-canonical scalar in a multi-scalar multiplication")
			}
		}
		return ristretto255.NewElement().VarTimeMultiScalarMult(ss, points)
	}
	acc := ristretto255.NewElement()
	*acc = bucketMSM(scalars, points, *ristretto255.NewElement().Zero())
	return acc
}

// pippenger is the bucket method on ristretto255 elements.
func pippenger(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	enc := make([][32]byte, len(scalars))
	for i, s := range scalars {
		s.Encode(enc[i][:0])
	}
	acc := ristretto255.NewElement()
	*acc = bucketMSM(enc, points, *ristretto255.NewElement().Zero())
	return acc
}

// edwardsMSM returns Σ scalars[i]·points[i] on the Edwards curve (for
// batched Ed25519), in variable time. scalars are canonical little-endian
// encodings.
func edwardsMSM(scalars [][32]byte, points []*edwards25519.Point) *edwards25519.Point {
	acc := edwards25519.NewIdentityPoint()
	*acc = bucketMSM(scalars, points, *edwards25519.NewIdentityPoint())
	return acc
}

// groupElement is what the bucket method needs of a point type: the group
// operations of ristretto255.Element and edwards25519.Point, nothing below
// them.
type groupElement[T any] interface {
	*T
	Add(p, q *T) *T
	Subtract(p, q *T) *T
	Negate(p *T) *T
}

// pippengerWindow picks the window width c minimising the number of point
// additions: one a nonzero digit, about ⌈(b+1)/c⌉ for a b-bit scalar (so
// the 128-bit batch weights count for half), and 2^c a window to sum the
// buckets. bits[b] is how many scalars have bit length b.
func pippengerWindow(bits *[257]int) int {
	best, bestCost := 4, -1
	for c := 4; c <= 16; c++ {
		cost := (254 + c - 1) / c << c
		for b, n := range bits {
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

// bucketMSM computes Σ enc[i]·points[i] with the bucket method (Pippenger),
// using only the group operations of the point type (Add, Subtract,
// Negate): no field arithmetic here. identity is the group's neutral
// element.
//
// Scalars (canonical, so below 2^253) are recoded into signed digits in
// [−2^(c−1), 2^(c−1)), so each window needs 2^(c−1) buckets; ⌈254/c⌉
// windows absorb the last carry. Zero digits cost nothing, which makes
// 128-bit scalars (the batch weights) half as expensive as full ones.
func bucketMSM[T any, P groupElement[T]](enc [][32]byte, points []*T, identity T) T {
	n := len(points)
	var lens [257]int
	for i := range enc {
		lens[bitLen(&enc[i])]++
	}
	c := pippengerWindow(&lens)
	windows := (254 + c - 1) / c
	half := 1 << (c - 1)

	carry := make([]uint8, n)
	buckets := make([]T, half)
	used := make([]bool, half)
	sums := make([]T, windows)
	var running T

	for w := range windows {
		clear(used)
		off := w * c
		for i := range n {
			d := window(&enc[i], off, c) + int(carry[i])
			if d >= half {
				d -= 1 << c
				carry[i] = 1
			} else {
				carry[i] = 0
			}
			switch {
			case d > 0:
				b := d - 1
				if used[b] {
					P(&buckets[b]).Add(&buckets[b], points[i])
				} else {
					buckets[b] = *points[i]
					used[b] = true
				}
			case d < 0:
				b := -d - 1
				if used[b] {
					P(&buckets[b]).Subtract(&buckets[b], points[i])
				} else {
					P(&buckets[b]).Negate(points[i])
					used[b] = true
				}
			}
		}
		// Σ (b+1)·bucket[b] as a running sum from the top bucket down.
		sum := &sums[w]
		*sum = identity
		started := false
		for b := half - 1; b >= 0; b-- {
			if used[b] {
				if started {
					P(&running).Add(&running, &buckets[b])
				} else {
					running = buckets[b]
					started = true
				}
			}
			if started {
				P(sum).Add(sum, &running)
			}
		}
	}

	acc := sums[windows-1]
	for w := windows - 2; w >= 0; w-- {
		for range c {
			P(&acc).Add(&acc, &acc)
		}
		P(&acc).Add(&acc, &sums[w])
	}
	return acc
}

// window returns the c bits of the little-endian integer b starting at bit off
// (bits past 255 read as zero). c is at most 16.
func window(b *[32]byte, off, c int) int {
	i := off >> 3
	var v uint32
	for j := 0; j < 4 && i+j < 32; j++ {
		v |= uint32(b[i+j]) << (8 * j)
	}
	return int(v>>(off&7)) & (1<<c - 1)
}
