package election

import (
	"filippo.io/edwards25519"
	"github.com/scrutin/scrutin/domain/election/internal/msm"
	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// pippengerThreshold is the number of points from which multiScalarMult
// (and the batched signatures) use the bucket method of package msm instead
// of the library's Straus implementation. It was chosen by BenchmarkMSM and
// BenchmarkVerifyBatch (docs/bench-election.md, "Mixed additions").
var pippengerThreshold = 128

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
	return bucketMSM(scalars, points)
}

// bucketMSM is msm.MultiScalarMult on the elements' representatives: the
// sum of representatives stands for the sum of the elements.
func bucketMSM(scalars [][32]byte, points []*ristretto255.Element) *ristretto255.Element {
	ps := make([]*edwards25519.Point, len(points))
	for i, p := range points {
		ps[i] = p.Edwards()
	}
	var sum edwards25519.Point
	return ristretto255.NewElement().SetEdwards(msm.MultiScalarMult(&sum, scalars, ps))
}

// edwardsMSM returns Σ scalars[i]·points[i] on the Edwards curve (for
// batched Ed25519), in variable time. scalars are canonical little-endian
// encodings.
func edwardsMSM(scalars [][32]byte, points []*edwards25519.Point) *edwards25519.Point {
	return msm.MultiScalarMult(new(edwards25519.Point), scalars, points)
}
