package election

import (
	"fmt"
	"testing"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

func randomMSMInput(n int, small bool) ([]*ristretto255.Scalar, []*ristretto255.Element) {
	r := testRand(byte(n))
	scalars := make([]*ristretto255.Scalar, n)
	points := make([]*ristretto255.Element, n)
	for i := range n {
		s, _ := randomScalar(r)
		if small && i%2 == 0 {
			var b [32]byte
			r.Read(b[:16])
			s.Decode(b[:])
		}
		switch i % 7 {
		case 3:
			s = ristretto255.NewScalar() // zero
		case 5:
			s = scalarFromUint(1)
		case 6:
			s.Negate(scalarFromUint(1)) // l−1, the largest scalar
		}
		scalars[i] = s
		p, _ := randomScalar(r)
		points[i] = ristretto255.NewElement().ScalarBaseMult(p)
	}
	return scalars, points
}

// pippenger is the bucket method on ristretto255 elements.
func pippenger(scalars []*ristretto255.Scalar, points []*ristretto255.Element) *ristretto255.Element {
	enc := make([][32]byte, len(scalars))
	for i, s := range scalars {
		s.Encode(enc[i][:0])
	}
	return bucketMSM(enc, points)
}

func TestPippenger(t *testing.T) {
	for _, n := range []int{1, 2, 7, 64, 300, 1000} {
		for _, small := range []bool{false, true} {
			t.Run(fmt.Sprintf("n=%d/small=%v", n, small), func(t *testing.T) {
				s, p := randomMSMInput(n, small)
				got := pippenger(s, p)
				want := ristretto255.NewElement().VarTimeMultiScalarMult(s, p)
				if got.Equal(want) != 1 {
					t.Errorf("pippenger differs from VarTimeMultiScalarMult")
				}
			})
		}
	}
}

func BenchmarkMSM(b *testing.B) {
	for _, n := range []int{16, 32, 64, 128, 256, 1024, 20 * 1024} {
		s, p := randomMSMInput(n, true)
		b.Run(fmt.Sprintf("straus/n=%d", n), func(b *testing.B) {
			if n > 4096 {
				b.Skip("slow")
			}
			for b.Loop() {
				ristretto255.NewElement().VarTimeMultiScalarMult(s, p)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n)/1000, "µs/point")
		})
		b.Run(fmt.Sprintf("pippenger/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				pippenger(s, p)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n)/1000, "µs/point")
		})
	}
}
