package election

import (
	"github.com/gtank/ristretto255"
)

// pippengerThreshold is the number of points from which multiScalarMult uses
// the bucket method instead of the library's Straus implementation. It was
// chosen by BenchmarkMSM (see docs/bench-election.md).
var pippengerThreshold = 256

// multiScalarMult returns Σ scalars[i]·points[i], in variable time.
func multiScalarMult(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	if len(points) < pippengerThreshold {
		return ristretto255.NewElement().VarTimeMultiScalarMult(scalars, points)
	}
	return pippenger(scalars, points)
}

// pippengerWindow picks the window width c minimising the number of point
// additions, about ⌈254/c⌉·(n + 2^c).
func pippengerWindow(n int) int {
	best, bestCost := 4, -1
	for c := 4; c <= 16; c++ {
		w := (254 + c - 1) / c
		cost := w * (n + 1<<c)
		if bestCost < 0 || cost < bestCost {
			best, bestCost = c, cost
		}
	}
	return best
}

// pippenger computes Σ scalars[i]·points[i] with the bucket method, using
// only the group operations of the ristretto255 package (Add, Subtract,
// Negate): no field arithmetic here.
//
// Scalars are recoded into signed digits in [−2^(c−1), 2^(c−1)), so each
// window needs 2^(c−1) buckets. Scalars are below 2^253, so ⌈254/c⌉ windows
// absorb the last carry. Zero digits cost nothing, which makes 128-bit
// scalars (the batch weights) half as expensive as full ones.
func pippenger(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	n := len(points)
	c := pippengerWindow(n)
	windows := (254 + c - 1) / c
	half := 1 << (c - 1)

	enc := make([][32]byte, n)
	for i, s := range scalars {
		s.Encode(enc[i][:0])
	}
	carry := make([]uint8, n)
	buckets := make([]ristretto255.Element, half)
	used := make([]bool, half)
	sums := make([]ristretto255.Element, windows)
	var running ristretto255.Element

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
					buckets[b].Add(&buckets[b], points[i])
				} else {
					buckets[b] = *points[i]
					used[b] = true
				}
			case d < 0:
				b := -d - 1
				if used[b] {
					buckets[b].Subtract(&buckets[b], points[i])
				} else {
					buckets[b].Negate(points[i])
					used[b] = true
				}
			}
		}
		// Σ (b+1)·bucket[b] as a running sum from the top bucket down.
		sum := &sums[w]
		sum.Zero()
		started := false
		for b := half - 1; b >= 0; b-- {
			if used[b] {
				if started {
					running.Add(&running, &buckets[b])
				} else {
					running = buckets[b]
					started = true
				}
			}
			if started {
				sum.Add(sum, &running)
			}
		}
	}

	acc := ristretto255.NewElement()
	*acc = sums[windows-1]
	for w := windows - 2; w >= 0; w-- {
		for range c {
			acc.Add(acc, acc)
		}
		acc.Add(acc, &sums[w])
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
