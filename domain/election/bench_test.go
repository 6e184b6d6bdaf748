package election

import (
	"crypto/ed25519"
	"fmt"
	"testing"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// BenchmarkPrimitives measures the group operations that
// testdata/sodium/bench.c measures in libsodium.
func BenchmarkPrimitives(b *testing.B) {
	r := testRand(11)
	s, _ := randomScalar(r)
	t, _ := randomScalar(r)
	P := ristretto255.NewElement().ScalarBaseMult(t)
	enc := P.Encode(nil)
	b.Run("ScalarMult", func(b *testing.B) {
		Q := ristretto255.NewElement()
		for b.Loop() {
			Q.ScalarMult(s, P)
		}
	})
	b.Run("ScalarBaseMult", func(b *testing.B) {
		Q := ristretto255.NewElement()
		for b.Loop() {
			Q.ScalarBaseMult(s)
		}
	})
	b.Run("Decode", func(b *testing.B) {
		Q := ristretto255.NewElement()
		for b.Loop() {
			if err := Q.Decode(enc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Encode", func(b *testing.B) {
		var buf [32]byte
		for b.Loop() {
			P.Encode(buf[:0])
		}
	})
	// libsodium's API works on encodings: its scalarmult includes a decode
	// and an encode, its scalarmult_base an encode. These match it.
	b.Run("ScalarMult/encoded", func(b *testing.B) {
		Q := ristretto255.NewElement()
		var out [32]byte
		for b.Loop() {
			if err := Q.Decode(enc); err != nil {
				b.Fatal(err)
			}
			Q.ScalarMult(s, Q).Encode(out[:0])
		}
	})
	b.Run("ScalarBaseMult/encoded", func(b *testing.B) {
		Q := ristretto255.NewElement()
		var out [32]byte
		for b.Loop() {
			Q.ScalarBaseMult(s).Encode(out[:0])
		}
	})
	b.Run("Add", func(b *testing.B) {
		Q := ristretto255.NewElement().Base()
		for b.Loop() {
			Q.Add(Q, P)
		}
	})
	b.Run("ScalarMultiply", func(b *testing.B) {
		u := ristretto255.NewScalar()
		for b.Loop() {
			u.Multiply(s, t)
		}
	})
}

const (
	districts     = 577
	nationalBound = 10_000_000
)

// tallyFixture returns encrypted per-district sums for 577 districts × 3
// options (counts as from 10^7 ballots), trustees' shares (t = 2 of 3) and
// their verification keys.
func tallyFixture(b *testing.B) ([][]Ciphertext, [][]uint64, []*PrivateKey, []PublicKey, Ceremony) {
	r := testRand(21)
	c, encKeys, dealings := ceremony(b, r, 2, 3)
	K, _ := ElectionKey(c, dealings)
	shares := make([]*PrivateKey, 3)
	vks := make([]PublicKey, 3)
	for j := 1; j <= 3; j++ {
		shares[j-1], _ = TrusteeShare(c, dealings, j, encKeys[j-1], nil)
		vks[j-1], _ = VerificationKey(c, dealings, j)
	}
	cts := make([][]Ciphertext, districts)
	counts := make([][]uint64, districts)
	for d := range districts {
		counts[d] = []uint64{r.Uint64() % 12000, r.Uint64() % 12000, r.Uint64() % 10000}
		for _, m := range counts[d] {
			x, _ := randomScalar(r)
			cts[d] = append(cts[d], *encrypt(K.element(), m, x))
		}
	}
	return cts, counts, shares, vks, c
}

func BenchmarkTally(b *testing.B) {
	cts, counts, shares, vks, c := tallyFixture(b)
	r := testRand(22)
	id := func(d int) TallyID { return TallyID(fmt.Sprintf("vote-1/district-%d", d)) }
	partials := make([][]*PartialDecryption, districts)
	b.Run("PartiallyDecrypt/577x3/one-trustee", func(b *testing.B) {
		for b.Loop() {
			for d := range districts {
				p, err := PartiallyDecrypt(r, id(d), 1, shares[0], cts[d])
				if err != nil {
					b.Fatal(err)
				}
				partials[d] = []*PartialDecryption{p}
			}
		}
	})
	for d := range districts {
		p, _ := PartiallyDecrypt(r, id(d), 3, shares[2], cts[d])
		partials[d] = append(partials[d], p)
	}
	b.Run("VerifyPartial/577x3/two-trustees", func(b *testing.B) {
		for b.Loop() {
			for d := range districts {
				if err := partials[d][0].Verify(id(d), vks[0], cts[d]); err != nil {
					b.Fatal(err)
				}
				if err := partials[d][1].Verify(id(d), vks[2], cts[d]); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	var table *DiscreteLogTable
	b.Run("NewDiscreteLogTable/1e7", func(b *testing.B) {
		for b.Loop() {
			table, _ = NewDiscreteLogTable(nationalBound)
		}
	})
	b.Run("Combine+BSGS/577x3", func(b *testing.B) {
		for b.Loop() {
			for d := range districts {
				got, err := Combine(c.Threshold, cts[d], partials[d], table)
				if err != nil {
					b.Fatal(err)
				}
				for i := range got {
					if got[i] != counts[d][i] {
						b.Fatalf("district %d option %d: got %d, want %d", d, i, got[i], counts[d][i])
					}
				}
			}
		}
	})
	b.Run("BSGS/worst-case-1e7", func(b *testing.B) {
		M := elementOf(nationalBound)
		for b.Loop() {
			if m, ok := table.log(M); !ok || m != nationalBound {
				b.Fatal(m, ok)
			}
		}
	})
}

func BenchmarkVerifyBallotSignature(b *testing.B) {
	pub, priv, _ := ed25519.GenerateKey(testRand(31))
	ballots, _ := testBallots(b, 1)
	enc, _ := ballots[0].MarshalBinary()
	sig := SignBallot(priv, []byte("vote-1"), enc)
	for b.Loop() {
		if err := VerifyBallotSignature(pub, []byte("vote-1"), enc, sig); err != nil {
			b.Fatal(err)
		}
	}
}
