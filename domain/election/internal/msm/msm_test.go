package msm

import (
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"testing"

	"filippo.io/edwards25519"
)

// input returns n scalars and points from a seed: half the scalars 128 bits
// long, some zero, one, l−1; half the points decoded from bytes (Z = 1),
// half computed (Z ≠ 1), and a repeated point and its negation.
func input(n int, seed uint64) ([][32]byte, []*edwards25519.Point) {
	rnd := func(i int, tag string) []byte {
		var b [16]byte
		binary.LittleEndian.PutUint64(b[:], seed)
		binary.LittleEndian.PutUint64(b[8:], uint64(i))
		h := sha512.Sum512(append([]byte(tag), b[:]...))
		return h[:]
	}
	lMinus1 := edwards25519.NewScalar().Subtract(edwards25519.NewScalar(), mustScalar(1))
	scalars := make([][32]byte, n)
	points := make([]*edwards25519.Point, n)
	for i := range n {
		s, _ := edwards25519.NewScalar().SetUniformBytes(rnd(i, "s"))
		switch i % 7 {
		case 1:
			s = edwards25519.NewScalar()
		case 2:
			s = mustScalar(1)
		case 3:
			s = lMinus1
		}
		scalars[i] = [32]byte(s.Bytes())
		if i%2 == 0 {
			clear(scalars[i][16:]) // a 128-bit weight
		}
		k, _ := edwards25519.NewScalar().SetUniformBytes(rnd(i, "p"))
		p := new(edwards25519.Point).ScalarBaseMult(k)
		switch {
		case i%3 == 0: // decoded: Z = 1
			p, _ = new(edwards25519.Point).SetBytes(p.Bytes())
		case i%5 == 4 && i > 0:
			p = new(edwards25519.Point).Set(points[i-1])
		case i%11 == 10:
			p = new(edwards25519.Point).Negate(points[i-1])
		}
		points[i] = p
	}
	return scalars, points
}

func mustScalar(v uint64) *edwards25519.Scalar {
	var b [32]byte
	binary.LittleEndian.PutUint64(b[:], v)
	s, err := edwards25519.NewScalar().SetCanonicalBytes(b[:])
	if err != nil {
		panic(err)
	}
	return s
}

func reference(scalars [][32]byte, points []*edwards25519.Point) *edwards25519.Point {
	ss := make([]*edwards25519.Scalar, len(scalars))
	for i := range scalars {
		s, err := edwards25519.NewScalar().SetCanonicalBytes(scalars[i][:])
		if err != nil {
			panic(err)
		}
		ss[i] = s
	}
	return new(edwards25519.Point).VarTimeMultiScalarMult(ss, points)
}

func TestMultiScalarMult(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 16, 64, 200, 1000, 3000} {
		for seed := range uint64(3) {
			t.Run(fmt.Sprintf("n=%d/seed=%d", n, seed), func(t *testing.T) {
				s, p := input(n, seed)
				before := make([][]byte, n)
				for i := range p {
					before[i] = p[i].Bytes()
				}
				got := MultiScalarMult(new(edwards25519.Point), s, p)
				if want := reference(s, p); got.Equal(want) != 1 {
					t.Fatalf("differs from VarTimeMultiScalarMult")
				}
				for i := range p {
					if string(p[i].Bytes()) != string(before[i]) {
						t.Fatalf("point %d was modified", i)
					}
				}
			})
		}
	}
}

// A single term with every window width: the digits' recoding and carries.
func TestEveryWindow(t *testing.T) {
	s, p := input(40, 9)
	want := reference(s, p)
	for c := 2; c <= 16; c++ {
		windowFor = func(*[257]int) int { return c }
		got := MultiScalarMult(new(edwards25519.Point), s, p)
		windowFor = pickWindow
		if got.Equal(want) != 1 {
			t.Errorf("c=%d: differs from VarTimeMultiScalarMult", c)
		}
	}
}

func TestLargeScalarPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a 256-bit scalar did not panic")
		}
	}()
	var s [32]byte
	s[31] = 0x80
	MultiScalarMult(new(edwards25519.Point), [][32]byte{s}, []*edwards25519.Point{edwards25519.NewGeneratorPoint()})
}

func BenchmarkMultiScalarMult(b *testing.B) {
	for _, n := range []int{16, 64, 256, 1024, 4096, 32768} {
		s, p := input(n, 1)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				MultiScalarMult(new(edwards25519.Point), s, p)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n)/1000, "µs/point")
		})
	}
}
