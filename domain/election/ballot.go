package election

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	"github.com/gtank/ristretto255"
)

// Limits on a vote's options and on the vote id.
const (
	MinOptions   = 2
	MaxOptions   = 16
	MaxVoteIDLen = 1024
)

// ballotVersion is the first byte of an encoded Ballot.
const ballotVersion = 0x01

const (
	optionBlockSize = 6*pointSize + 3*scalarSize // α β A0 B0 A1 B1 c0 z0 z1
	sumBlockSize    = 2*pointSize + scalarSize   // A B z
	ballotHeaderLen = 2                          // version, k
)

// BallotSize returns the size in bytes of an encoded ballot with k options.
func BallotSize(k int) int {
	return ballotHeaderLen + k*optionBlockSize + sumBlockSize
}

// VoteID identifies a vote. Its bytes are bound into every proof.
type VoteID []byte

// Context is everything a ballot's proofs are bound to besides the ballot
// itself. A ballot that verifies under one Context fails under any other: it
// can't be replayed into another vote, under another key, or by another voter.
type Context struct {
	VoteID      VoteID    // the vote, 1 to MaxVoteIDLen bytes
	ElectionKey PublicKey // the election public key
	Credential  [32]byte  // the voter's Ed25519 credential public key
	Options     int       // number of options, MinOptions to MaxOptions
}

func (ctx *Context) check() error {
	if len(ctx.VoteID) == 0 || len(ctx.VoteID) > MaxVoteIDLen {
		return errors.New("vote id must be 1 to 1024 bytes")
	}
	if !ctx.ElectionKey.valid() {
		return errors.New("missing election key")
	}
	if ctx.Options < MinOptions || ctx.Options > MaxOptions {
		return fmt.Errorf("%d options, want %d to %d", ctx.Options, MinOptions, MaxOptions)
	}
	return nil
}

// Ballot is an encrypted vote: one ciphertext per option, each with a
// disjunctive Chaum–Pedersen proof that it encrypts 0 or 1, and a
// Chaum–Pedersen proof that their sum encrypts exactly 1.
//
// A Ballot is immutable. It keeps its canonical encoding, so that hashing it
// and re-encoding it cost nothing.
type Ballot struct {
	raw  []byte
	opts []ballotOption
	sumA ristretto255.Element
	sumB ristretto255.Element
	sumZ ristretto255.Scalar
}

type ballotOption struct {
	ct         Ciphertext
	a0, b0     ristretto255.Element
	a1, b1     ristretto255.Element
	c0, z0, z1 ristretto255.Scalar
}

// Options returns the number of options k.
func (b *Ballot) Options() int { return len(b.opts) }

// Ciphertexts returns the k ciphertexts, one per option, in option order.
func (b *Ballot) Ciphertexts() []Ciphertext {
	cts := make([]Ciphertext, len(b.opts))
	for i := range b.opts {
		cts[i] = b.opts[i].ct
	}
	return cts
}

// BallotHash is the SHA-256 of a ballot's canonical encoding.
type BallotHash [32]byte

// Hash returns the SHA-256 of the ballot's canonical encoding.
func (b *Ballot) Hash() BallotHash {
	return sha256.Sum256(b.raw)
}

// MarshalBinary returns the canonical encoding of the ballot:
//
//	u8 version (0x01) || u8 k
//	k × ( α || β || A0 || B0 || A1 || B1 || c0 || z0 || z1 )   288 bytes each
//	A || B || z                                                 96 bytes
//
// Points are 32-byte ristretto255 encodings and scalars 32-byte canonical
// little-endian integers. A three-option ballot is 962 bytes.
func (b *Ballot) MarshalBinary() ([]byte, error) {
	return append([]byte(nil), b.raw...), nil
}

// UnmarshalBallot decodes a ballot strictly: the version must be 1, k must be
// between MinOptions and MaxOptions, the length must be exact, and every
// point and scalar must be canonical. Accepted inputs re-encode to the same
// bytes. It doesn't verify the proofs: call Verify or VerifyBatch.
func UnmarshalBallot(b []byte) (*Ballot, error) {
	ballot, err := unmarshalBallot(b)
	if err != nil {
		return nil, fmt.Errorf("couldn't decode ballot: %w", err)
	}
	return ballot, nil
}

func unmarshalBallot(b []byte) (*Ballot, error) {
	if len(b) < ballotHeaderLen {
		return nil, errors.New("too short")
	}
	if b[0] != ballotVersion {
		return nil, fmt.Errorf("unknown version %d", b[0])
	}
	k := int(b[1])
	if k < MinOptions || k > MaxOptions {
		return nil, fmt.Errorf("%d options, want %d to %d", k, MinOptions, MaxOptions)
	}
	if len(b) != BallotSize(k) {
		return nil, fmt.Errorf("length %d, want %d", len(b), BallotSize(k))
	}
	ballot := &Ballot{raw: append([]byte(nil), b...), opts: make([]ballotOption, k)}
	r := reader{b: ballot.raw[ballotHeaderLen:]}
	for i := range ballot.opts {
		o := &ballot.opts[i]
		r.point(&o.ct.alpha)
		r.point(&o.ct.beta)
		r.point(&o.a0)
		r.point(&o.b0)
		r.point(&o.a1)
		r.point(&o.b1)
		r.scalar(&o.c0)
		r.scalar(&o.z0)
		r.scalar(&o.z1)
	}
	r.point(&ballot.sumA)
	r.point(&ballot.sumB)
	r.scalar(&ballot.sumZ)
	if r.err != nil {
		return nil, r.err
	}
	return ballot, nil
}

// reader decodes fixed-size fields and remembers the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = errors.New("truncated")
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) point(e *ristretto255.Element) {
	if p := r.next(pointSize); p != nil {
		if err := e.Decode(p); err != nil {
			r.err = errNonCanonicalPoint
		}
	}
}

func (r *reader) scalar(s *ristretto255.Scalar) {
	if p := r.next(scalarSize); p != nil {
		if err := s.Decode(p); err != nil {
			r.err = errNonCanonicalScalar
		}
	}
}

func (r *reader) u8() int {
	if p := r.next(1); p != nil {
		return int(p[0])
	}
	return 0
}

func (r *reader) u16() int {
	if p := r.next(2); p != nil {
		return int(p[0])<<8 | int(p[1])
	}
	return 0
}

func (r *reader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = errors.New("trailing bytes")
	}
	return r.err
}

// ciphertextBytes returns α_i || β_i from the raw encoding.
func (b *Ballot) ciphertextBytes(i int) []byte {
	off := ballotHeaderLen + i*optionBlockSize
	return b.raw[off : off+2*pointSize]
}

// commitmentBytes returns A0 || B0 || A1 || B1 of option i.
func (b *Ballot) commitmentBytes(i int) []byte {
	off := ballotHeaderLen + i*optionBlockSize + 2*pointSize
	return b.raw[off : off+4*pointSize]
}

// sumCommitmentBytes returns A || B of the sum proof.
func (b *Ballot) sumCommitmentBytes() []byte {
	off := ballotHeaderLen + len(b.opts)*optionBlockSize
	return b.raw[off : off+2*pointSize]
}

// ballotDigest is the 64-byte SHA-512 transcript "ballot" over the context
// and all ciphertexts; every challenge of the ballot includes it.
func ballotDigest(ctx *Context, cts [][]byte) []byte {
	t := newTranscript("ballot")
	t.field(ctx.VoteID)
	t.field(ctx.ElectionKey.enc[:])
	t.field(ctx.Credential[:])
	t.field([]byte{byte(len(cts))})
	t.field(cts...)
	return t.digest()
}

func (b *Ballot) digest(ctx *Context) []byte {
	cts := make([][]byte, len(b.opts))
	for i := range b.opts {
		cts[i] = b.ciphertextBytes(i)
	}
	return ballotDigest(ctx, cts)
}

func rangeChallenge(d []byte, i int, commitments []byte) *ristretto255.Scalar {
	return newTranscript("range-proof").field(d).field([]byte{byte(i)}).field(commitments).scalar()
}

func sumChallenge(d []byte, commitments []byte) *ristretto255.Scalar {
	return newTranscript("sum-proof").field(d).field(commitments).scalar()
}

// Encrypt encrypts a vote for option choice (0 ≤ choice < ctx.Options) under
// ctx.ElectionKey and proves it well formed, bound to ctx. Randomness comes
// from rand (crypto/rand.Reader in production).
func Encrypt(rand io.Reader, ctx Context, choice int) (*Ballot, error) {
	b, _, err := EncryptAuditable(rand, ctx, choice)
	return b, err
}

// Nonces are the encryption randomness r_0 … r_{k−1} of a ballot, 32 bytes
// each. Revealing them opens the ballot: see Ballot.Open.
type Nonces []byte

// EncryptAuditable is Encrypt, and also returns the ballot's nonces so that
// the voter can challenge the device (Benaloh's cast-or-audit): a ballot
// whose nonces were revealed is opened with Open by anyone, and must never
// be cast.
func EncryptAuditable(rand io.Reader, ctx Context, choice int) (*Ballot, Nonces, error) {
	if err := ctx.check(); err != nil {
		return nil, nil, fmt.Errorf("couldn't encrypt ballot: %w", err)
	}
	if choice < 0 || choice >= ctx.Options {
		return nil, nil, fmt.Errorf("couldn't encrypt ballot: choice %d out of range", choice)
	}
	ms := make([]int, ctx.Options)
	ms[choice] = 1
	b, nonces, err := encryptBallotBits(rand, &ctx, ms)
	if err != nil {
		return nil, nil, fmt.Errorf("couldn't encrypt ballot: %w", err)
	}
	return b, nonces, nil
}

// Open checks that the ballot encrypts a vote for a single option under
// ctx.ElectionKey with nonces n, and returns that option: for each i,
// α_i = r_i·G and β_i − r_i·K is G for the chosen option and the identity
// for the others.
func (b *Ballot) Open(ctx Context, n Nonces) (int, error) {
	choice, err := b.open(&ctx, n)
	if err != nil {
		return 0, fmt.Errorf("couldn't open ballot: %w", err)
	}
	return choice, nil
}

func (b *Ballot) open(ctx *Context, n Nonces) (int, error) {
	if err := ctx.check(); err != nil {
		return 0, err
	}
	if len(b.opts) != ctx.Options || len(n) != scalarSize*len(b.opts) {
		return 0, errors.New("wrong number of options or nonces")
	}
	K := ctx.ElectionKey.element()
	choice := -1
	for i := range b.opts {
		r, err := decodeScalar(n[i*scalarSize : (i+1)*scalarSize])
		if err != nil {
			return 0, err
		}
		ct := &b.opts[i].ct
		if ristretto255.NewElement().ScalarBaseMult(r).Equal(&ct.alpha) != 1 {
			return 0, fmt.Errorf("option %d: nonce doesn't match", i)
		}
		M := ristretto255.NewElement().ScalarMult(r, K)
		M.Subtract(&ct.beta, M)
		switch {
		case isIdentity(M):
		case M.Equal(generator) == 1 && choice < 0:
			choice = i
		default:
			return 0, fmt.Errorf("option %d: doesn't encrypt 0 or a single 1", i)
		}
	}
	if choice < 0 {
		return 0, errors.New("no option chosen")
	}
	return choice, nil
}

// encryptBallotBits encrypts ms[i] ∈ {0, 1} for option i. The sum proof is
// only valid if exactly one ms[i] is 1; tests use other ms to build ballots
// that must fail.
func encryptBallotBits(rand io.Reader, ctx *Context, ms []int) (*Ballot, Nonces, error) {
	k := len(ms)
	K := ctx.ElectionKey.element()
	rs := make([]*ristretto255.Scalar, k)
	cts := make([]*Ciphertext, k)
	ctBytes := make([][]byte, k)
	for i := range k {
		r, err := randomScalar(rand)
		if err != nil {
			return nil, nil, err
		}
		rs[i] = r
		cts[i] = encrypt(K, uint64(ms[i]), r)
		ctBytes[i] = cts[i].appendBinary(nil)
	}
	d := ballotDigest(ctx, ctBytes)

	out := make([]byte, 0, BallotSize(k))
	out = append(out, ballotVersion, byte(k))
	for i := range k {
		block, err := proveBit(rand, K, cts[i], ms[i], rs[i], d, i)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, ctBytes[i]...)
		out = append(out, block...)
	}

	// Sum proof: (Σα, Σβ − G) = (R·G, R·K) with R = Σr.
	R := ristretto255.NewScalar()
	for _, r := range rs {
		R.Add(R, r)
	}
	w, err := randomScalar(rand)
	if err != nil {
		return nil, nil, err
	}
	A := ristretto255.NewElement().ScalarBaseMult(w)
	B := ristretto255.NewElement().ScalarMult(w, K)
	commit := B.Encode(A.Encode(nil))
	c := sumChallenge(d, commit)
	z := ristretto255.NewScalar().Multiply(c, R)
	z.Add(z, w)
	out = append(out, commit...)
	out = z.Encode(out)
	b, err := unmarshalBallot(out)
	if err != nil {
		return nil, nil, err
	}
	var nonces Nonces
	for _, r := range rs {
		nonces = r.Encode(nonces)
	}
	return b, nonces, nil
}

// proveBit returns A0 || B0 || A1 || B1 || c0 || z0 || z1, a disjunctive
// Chaum–Pedersen proof that ct = (r·G, m·G + r·K) with m ∈ {0, 1}.
func proveBit(rand io.Reader, K *ristretto255.Element, ct *Ciphertext, m int, r *ristretto255.Scalar, d []byte, i int) ([]byte, error) {
	var A, B [2]*ristretto255.Element
	var c, z [2]*ristretto255.Scalar

	// Simulate the false branch j: pick c_j, z_j and solve for A_j, B_j.
	j := 1 - m
	cj, err := randomScalar(rand)
	if err != nil {
		return nil, err
	}
	zj, err := randomScalar(rand)
	if err != nil {
		return nil, err
	}
	negC := ristretto255.NewScalar().Negate(cj)
	A[j] = ristretto255.NewElement().VarTimeDoubleScalarBaseMult(negC, &ct.alpha, zj)
	betaJ := &ct.beta
	if j == 1 {
		betaJ = ristretto255.NewElement().Subtract(&ct.beta, generator)
	}
	B[j] = ristretto255.NewElement().VarTimeMultiScalarMult(
		[]*ristretto255.Scalar{zj, negC}, []*ristretto255.Element{K, betaJ})
	c[j], z[j] = cj, zj

	// Real branch m.
	w, err := randomScalar(rand)
	if err != nil {
		return nil, err
	}
	A[m] = ristretto255.NewElement().ScalarBaseMult(w)
	B[m] = ristretto255.NewElement().ScalarMult(w, K)

	out := make([]byte, 0, 4*pointSize+3*scalarSize)
	out = A[0].Encode(out)
	out = B[0].Encode(out)
	out = A[1].Encode(out)
	out = B[1].Encode(out)
	ch := rangeChallenge(d, i, out)
	c[m] = ristretto255.NewScalar().Subtract(ch, cj)
	z[m] = ristretto255.NewScalar().Multiply(c[m], r)
	z[m].Add(z[m], w)

	out = c[0].Encode(out)
	out = z[0].Encode(out)
	out = z[1].Encode(out)
	return out, nil
}

var (
	errRangeProof = errors.New("invalid 0-or-1 proof")
	errSumProof   = errors.New("invalid sum proof")
)

// Verify checks the ballot's proofs against ctx, one equation at a time. It is
// the reference for VerifyBatch, which is faster on many ballots.
func (b *Ballot) Verify(ctx Context) error {
	if err := b.verify(&ctx); err != nil {
		return fmt.Errorf("couldn't verify ballot: %w", err)
	}
	return nil
}

func (b *Ballot) verify(ctx *Context) error {
	if err := ctx.check(); err != nil {
		return err
	}
	if ctx.Options != len(b.opts) {
		return fmt.Errorf("ballot has %d options, vote has %d", len(b.opts), ctx.Options)
	}
	K := ctx.ElectionKey.element()
	d := b.digest(ctx)
	check := ristretto255.NewElement()
	neg := ristretto255.NewScalar()
	sumAlpha := ristretto255.NewElement()
	sumBeta := ristretto255.NewElement()
	for i := range b.opts {
		o := &b.opts[i]
		c := rangeChallenge(d, i, b.commitmentBytes(i))
		c1 := ristretto255.NewScalar().Subtract(c, &o.c0)

		// z0·G = A0 + c0·α
		neg.Negate(&o.c0)
		if check.VarTimeDoubleScalarBaseMult(neg, &o.ct.alpha, &o.z0).Equal(&o.a0) != 1 {
			return fmt.Errorf("option %d: %w", i, errRangeProof)
		}
		// z0·K = B0 + c0·β
		check.VarTimeMultiScalarMult([]*ristretto255.Scalar{&o.z0, neg}, []*ristretto255.Element{K, &o.ct.beta})
		if check.Equal(&o.b0) != 1 {
			return fmt.Errorf("option %d: %w", i, errRangeProof)
		}
		// z1·G = A1 + c1·α
		neg.Negate(c1)
		if check.VarTimeDoubleScalarBaseMult(neg, &o.ct.alpha, &o.z1).Equal(&o.a1) != 1 {
			return fmt.Errorf("option %d: %w", i, errRangeProof)
		}
		// z1·K = B1 + c1·(β − G)
		check.VarTimeMultiScalarMult([]*ristretto255.Scalar{&o.z1, neg, c1}, []*ristretto255.Element{K, &o.ct.beta, generator})
		if check.Equal(&o.b1) != 1 {
			return fmt.Errorf("option %d: %w", i, errRangeProof)
		}
		sumAlpha.Add(sumAlpha, &o.ct.alpha)
		sumBeta.Add(sumBeta, &o.ct.beta)
	}
	sumBeta.Subtract(sumBeta, generator)
	c := sumChallenge(d, b.sumCommitmentBytes())
	neg.Negate(c)
	// z·G = A + c·Σα
	if check.VarTimeDoubleScalarBaseMult(neg, sumAlpha, &b.sumZ).Equal(&b.sumA) != 1 {
		return errSumProof
	}
	// z·K = B + c·(Σβ − G)
	check.VarTimeMultiScalarMult([]*ristretto255.Scalar{&b.sumZ, neg}, []*ristretto255.Element{K, sumBeta})
	if check.Equal(&b.sumB) != 1 {
		return errSumProof
	}
	return nil
}

// BallotCiphertexts decodes only a ballot's k ciphertexts — 2k of its
// points instead of 6k + 2 — for a tally that sums ballots whose proofs are
// checked elsewhere (the server before writing them, the verifier in
// batches). It checks the header and length as UnmarshalBallot does, and
// that the ciphertexts' points are canonical; it checks no proof.
func BallotCiphertexts(b []byte) ([]Ciphertext, error) {
	if len(b) < ballotHeaderLen || b[0] != ballotVersion {
		return nil, errors.New("couldn't decode ballot: bad header")
	}
	k := int(b[1])
	if k < MinOptions || k > MaxOptions || len(b) != BallotSize(k) {
		return nil, errors.New("couldn't decode ballot: bad length")
	}
	out := make([]Ciphertext, k)
	for i := range out {
		off := ballotHeaderLen + i*optionBlockSize
		c, err := UnmarshalCiphertext(b[off : off+CiphertextSize])
		if err != nil {
			return nil, err
		}
		out[i] = *c
	}
	return out, nil
}
