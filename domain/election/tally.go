package election

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// TallyID identifies what a set of ciphertexts is the tally of (for example
// the vote id and the district). Partial decryptions are bound to it.
type TallyID []byte

// SumBallots returns the homomorphic sum of the ballots, one ciphertext per
// option: an encryption of the number of votes for that option. All ballots
// must have the same number of options; the caller must have verified them.
func SumBallots(ballots []*Ballot) ([]Ciphertext, error) {
	if len(ballots) == 0 {
		return nil, errors.New("couldn't sum ballots: no ballots")
	}
	k := len(ballots[0].opts)
	sums := make([]Ciphertext, k)
	for i := range sums {
		sums[i] = *NewCiphertext()
	}
	for bi, b := range ballots {
		if len(b.opts) != k {
			return nil, fmt.Errorf("couldn't sum ballots: ballot %d has %d options, want %d", bi, len(b.opts), k)
		}
		for i := range b.opts {
			sums[i].Add(&sums[i], &b.opts[i].ct)
		}
	}
	return sums, nil
}

const partialVersion = 0x01

// PartialDecryption is trustee j's share of the decryption of m ciphertexts
// (α_i, β_i): D_i = x_j·α_i, each with a Chaum–Pedersen proof that
// log_G(V_j) = log_α_i(D_i), where V_j = x_j·G is j's verification key.
type PartialDecryption struct {
	trustee int
	shares  []ristretto255.Element
	c, z    []ristretto255.Scalar
	raw     []byte
}

// Trustee returns the decrypting trustee's index, 1 to n.
func (p *PartialDecryption) Trustee() int { return p.trustee }

// Len returns the number of ciphertexts decrypted.
func (p *PartialDecryption) Len() int { return len(p.shares) }

// PartialDecryptionSize returns the encoded size for m ciphertexts.
func PartialDecryptionSize(m int) int {
	return 1 + 2 + 2 + m*(pointSize+2*scalarSize)
}

func decryptionChallenge(id TallyID, trustee int, vk PublicKey, i int, alpha, D, a, b []byte) *ristretto255.Scalar {
	return newTranscript("decryption").
		field(id).
		field(binary.BigEndian.AppendUint16(nil, uint16(trustee))).
		field(vk.enc[:]).
		field(binary.BigEndian.AppendUint32(nil, uint32(i))).
		field(alpha, D).
		field(a, b).
		scalar()
}

// PartiallyDecrypt computes trustee's partial decryption of cts with its
// share of the election key (from TrusteeShare), with proofs bound to id.
func PartiallyDecrypt(rand io.Reader, id TallyID, trustee int, share *PrivateKey, cts []Ciphertext) (*PartialDecryption, error) {
	p, err := partiallyDecrypt(rand, id, trustee, share, cts)
	if err != nil {
		return nil, fmt.Errorf("couldn't decrypt: %w", err)
	}
	return p, nil
}

func partiallyDecrypt(rand io.Reader, id TallyID, trustee int, share *PrivateKey, cts []Ciphertext) (*PartialDecryption, error) {
	if trustee < 1 || trustee > MaxTrustees {
		return nil, fmt.Errorf("trustee %d out of range", trustee)
	}
	if len(cts) == 0 || len(cts) > 0xffff {
		return nil, fmt.Errorf("%d ciphertexts, want 1 to 65535", len(cts))
	}
	out := make([]byte, 0, PartialDecryptionSize(len(cts)))
	out = append(out, partialVersion)
	out = binary.BigEndian.AppendUint16(out, uint16(trustee))
	out = binary.BigEndian.AppendUint16(out, uint16(len(cts)))
	for i := range cts {
		alpha := &cts[i].alpha
		D := ristretto255.NewElement().ScalarMult(&share.x, alpha)
		w, err := randomScalar(rand)
		if err != nil {
			return nil, err
		}
		a := ristretto255.NewElement().ScalarBaseMult(w)
		b := ristretto255.NewElement().ScalarMult(w, alpha)
		Denc := D.Encode(nil)
		c := decryptionChallenge(id, trustee, share.pub, i, alpha.Encode(nil), Denc, a.Encode(nil), b.Encode(nil))
		z := ristretto255.NewScalar().Multiply(c, &share.x)
		z.Add(z, w)
		out = append(out, Denc...)
		out = c.Encode(out)
		out = z.Encode(out)
	}
	return unmarshalPartial(out)
}

// MarshalBinary returns the canonical encoding:
//
//	u8 version (0x01) || u16be trustee || u16be m
//	m × ( D_i || c_i || z_i )   96 bytes each
func (p *PartialDecryption) MarshalBinary() ([]byte, error) {
	return append([]byte(nil), p.raw...), nil
}

// UnmarshalPartialDecryption decodes a partial decryption strictly. It
// doesn't check the proofs: call Verify.
func UnmarshalPartialDecryption(b []byte) (*PartialDecryption, error) {
	p, err := unmarshalPartial(b)
	if err != nil {
		return nil, fmt.Errorf("couldn't decode partial decryption: %w", err)
	}
	return p, nil
}

func unmarshalPartial(b []byte) (*PartialDecryption, error) {
	raw := append([]byte(nil), b...)
	r := reader{b: raw}
	if v := r.u8(); r.err == nil && v != partialVersion {
		return nil, fmt.Errorf("unknown version %d", v)
	}
	trustee, m := r.u16(), r.u16()
	if r.err != nil {
		return nil, r.err
	}
	if trustee < 1 || trustee > MaxTrustees || m < 1 {
		return nil, fmt.Errorf("bad header: trustee %d, %d ciphertexts", trustee, m)
	}
	if len(b) != PartialDecryptionSize(m) {
		return nil, fmt.Errorf("length %d, want %d", len(b), PartialDecryptionSize(m))
	}
	p := &PartialDecryption{
		trustee: trustee,
		shares:  make([]ristretto255.Element, m),
		c:       make([]ristretto255.Scalar, m),
		z:       make([]ristretto255.Scalar, m),
		raw:     raw,
	}
	for i := range m {
		r.point(&p.shares[i])
		r.scalar(&p.c[i])
		r.scalar(&p.z[i])
	}
	if err := r.done(); err != nil {
		return nil, err
	}
	return p, nil
}

var errDecryptionProof = errors.New("invalid decryption proof")

// Verify checks p against the trustee's verification key vk (from
// VerificationKey) and the ciphertexts cts, under id: for each i, with
// a = z·G − c·V and b = z·α_i − c·D_i, c must equal the challenge
// recomputed from (id, trustee, V, i, α_i, D_i, a, b).
func (p *PartialDecryption) Verify(id TallyID, vk PublicKey, cts []Ciphertext) error {
	if err := p.verify(id, vk, cts); err != nil {
		return fmt.Errorf("couldn't verify partial decryption from trustee %d: %w", p.trustee, err)
	}
	return nil
}

func (p *PartialDecryption) verify(id TallyID, vk PublicKey, cts []Ciphertext) error {
	if !vk.valid() {
		return errors.New("missing verification key")
	}
	if len(cts) != len(p.shares) {
		return fmt.Errorf("%d shares for %d ciphertexts", len(p.shares), len(cts))
	}
	V := vk.element()
	neg := ristretto255.NewScalar()
	for i := range cts {
		alpha := &cts[i].alpha
		D := &p.shares[i]
		neg.Negate(&p.c[i])
		a := ristretto255.NewElement().VarTimeDoubleScalarBaseMult(neg, V, &p.z[i])
		b := ristretto255.NewElement().VarTimeMultiScalarMult(
			[]*ristretto255.Scalar{&p.z[i], neg}, []*ristretto255.Element{alpha, D})
		c := decryptionChallenge(id, p.trustee, vk, i, alpha.Encode(nil), D.Encode(nil), a.Encode(nil), b.Encode(nil))
		if c.Equal(&p.c[i]) != 1 {
			return fmt.Errorf("ciphertext %d: %w", i, errDecryptionProof)
		}
	}
	return nil
}

// lagrangeAtZero returns λ_j = Π_{k≠j} x_k / (x_k − x_j) for each j.
func lagrangeAtZero(xs []int) []*ristretto255.Scalar {
	ls := make([]*ristretto255.Scalar, len(xs))
	for j, xj := range xs {
		num, den := scalarFromUint(1), scalarFromUint(1)
		sj := scalarFromUint(uint64(xj))
		for k, xk := range xs {
			if k == j {
				continue
			}
			sk := scalarFromUint(uint64(xk))
			num.Multiply(num, sk)
			den.Multiply(den, ristretto255.NewScalar().Subtract(sk, sj))
		}
		ls[j] = num.Multiply(num, den.Invert(den))
	}
	return ls
}

// Combine decrypts cts from partial decryptions of at least threshold distinct
// trustees, which the caller must have checked with Verify: it interpolates
// x·α_i = Σ_j λ_j·D_{j,i} at zero from the first threshold of them, computes
// m_i·G = β_i − x·α_i, and finds m_i ≤ table.Bound() with table.
func Combine(threshold int, cts []Ciphertext, partials []*PartialDecryption, table *DiscreteLogTable) ([]uint64, error) {
	counts, err := combine(threshold, cts, partials, table)
	if err != nil {
		return nil, fmt.Errorf("couldn't combine partial decryptions: %w", err)
	}
	return counts, nil
}

func combine(threshold int, cts []Ciphertext, partials []*PartialDecryption, table *DiscreteLogTable) ([]uint64, error) {
	if table == nil {
		return nil, errors.New("no discrete log table")
	}
	if threshold < 1 || len(partials) < threshold {
		return nil, fmt.Errorf("%d partial decryptions, need %d", len(partials), threshold)
	}
	use := partials[:threshold]
	xs := make([]int, threshold)
	seen := map[int]bool{}
	for j, p := range use {
		if seen[p.trustee] {
			return nil, fmt.Errorf("two partial decryptions from trustee %d", p.trustee)
		}
		seen[p.trustee] = true
		if len(p.shares) != len(cts) {
			return nil, fmt.Errorf("trustee %d: %d shares for %d ciphertexts", p.trustee, len(p.shares), len(cts))
		}
		xs[j] = p.trustee
	}
	ls := lagrangeAtZero(xs)
	counts := make([]uint64, len(cts))
	points := make([]*ristretto255.Element, threshold)
	for i := range cts {
		for j, p := range use {
			points[j] = &p.shares[i]
		}
		M := ristretto255.NewElement().VarTimeMultiScalarMult(ls, points)
		M.Subtract(&cts[i].beta, M)
		m, ok := table.log(M)
		if !ok {
			return nil, fmt.Errorf("ciphertext %d: plaintext not in 0…%d", i, table.bound)
		}
		counts[i] = m
	}
	return counts, nil
}

// DiscreteLogTable finds m from m·G for 0 ≤ m ≤ a bound by baby-step
// giant-step. Build it once and reuse it; it is safe for concurrent use.
type DiscreteLogTable struct {
	bound uint64
	step  uint64              // number of baby steps
	baby  map[[32]byte]uint32 // enc(j·G) → j for 0 ≤ j < step
	giant ristretto255.Element
}

// minBabySteps trades memory (about 64 bytes an entry) and set-up time for
// fewer giant steps per lookup.
const minBabySteps = 1 << 14

// MaxDiscreteLogBound is the largest bound NewDiscreteLogTable accepts.
const MaxDiscreteLogBound = 1 << 32

// NewDiscreteLogTable precomputes a table for plaintexts 0 … bound. It
// computes max(√bound, 16384) baby steps (capped at bound+1); each lookup
// then takes at most bound/steps giant steps.
func NewDiscreteLogTable(bound uint64) (*DiscreteLogTable, error) {
	if bound > MaxDiscreteLogBound {
		return nil, fmt.Errorf("couldn't make discrete log table: bound %d above %d", bound, uint64(MaxDiscreteLogBound))
	}
	step := uint64(minBabySteps)
	for step*step < bound+1 {
		step *= 2
	}
	step = min(step, bound+1)
	t := &DiscreteLogTable{bound: bound, step: step, baby: make(map[[32]byte]uint32, step)}
	P := ristretto255.NewElement()
	var k [32]byte
	for j := range step {
		P.Encode(k[:0])
		t.baby[k] = uint32(j)
		P.Add(P, generator)
	}
	// P = step·G; giant = −step·G.
	t.giant.Negate(P)
	return t, nil
}

// Bound returns the largest plaintext the table finds.
func (t *DiscreteLogTable) Bound() uint64 { return t.bound }

func (t *DiscreteLogTable) log(M *ristretto255.Element) (uint64, bool) {
	P := *M
	var k [32]byte
	for i := uint64(0); i*t.step <= t.bound; i++ {
		P.Encode(k[:0])
		if j, ok := t.baby[k]; ok {
			m := i*t.step + uint64(j)
			if m <= t.bound {
				return m, true
			}
			return 0, false
		}
		P.Add(&P, &t.giant)
	}
	return 0, false
}
