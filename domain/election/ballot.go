package election

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// Limits on a vote's options and on the vote id.
const (
	MinOptions   = 2
	MaxOptions   = 16
	MaxVoteIDLen = 1024
)

// ballotVersion is the first byte of an encoded Ballot: 2 for protocol v2,
// whose ballots carry k−1 ciphertexts (version 1 carried k and a sum proof).
const ballotVersion = 0x02

const (
	proofBlockSize  = 4*pointSize + 3*scalarSize // A0 B0 A1 B1 c0 z0 z1
	ballotHeaderLen = 2                          // version, k
)

// BallotSize returns the size in bytes of an encoded ballot with k options:
// k−1 ciphertexts and k 0-or-1 proofs.
func BallotSize(k int) int {
	return ballotHeaderLen + (k-1)*CiphertextSize + k*proofBlockSize
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

// Ballot is an encrypted vote for exactly one of k options (protocol v2).
// It carries the ciphertexts of options 0 … k−2; the last option's is
// derived by everyone as the encryption of 1 minus their sum,
// (−Σα_i, G − Σβ_i). Each of the k ciphertexts, the derived one included,
// has a disjunctive Chaum–Pedersen proof that it encrypts 0 or 1; since the
// k messages sum to 1 by construction, exactly one of them is 1, and no
// separate sum proof is needed.
//
// A Ballot is immutable. It keeps its canonical encoding, so that hashing it
// and re-encoding it cost nothing.
type Ballot struct {
	raw  []byte
	opts []ballotOption // k options; opts[k−1].ct is the derived ciphertext
}

type ballotOption struct {
	ct         Ciphertext
	a0, b0     ristretto255.Element
	a1, b1     ristretto255.Element
	c0, z0, z1 ristretto255.Scalar
}

// Options returns the number of options k.
func (b *Ballot) Options() int { return len(b.opts) }

// Ciphertexts returns the k ciphertexts, one per option, in option order;
// the last is the derived one.
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
//	u8 version (0x02) || u8 k
//	(k−1) × ( α || β )                                 64 bytes each, options 0 … k−2
//	k × ( A0 || B0 || A1 || B1 || c0 || z0 || z1 )     224 bytes each, options 0 … k−1
//
// Points are 32-byte ristretto255 encodings and scalars 32-byte canonical
// little-endian integers. A three-option ballot is 802 bytes: 16 points
// and 9 scalars.
func (b *Ballot) MarshalBinary() ([]byte, error) {
	return append([]byte(nil), b.raw...), nil
}

// UnmarshalBallot decodes a ballot strictly: the version must be 2, k must be
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
	for i := range k - 1 {
		r.point(&ballot.opts[i].ct.alpha)
		r.point(&ballot.opts[i].ct.beta)
	}
	for i := range ballot.opts {
		o := &ballot.opts[i]
		r.point(&o.a0)
		r.point(&o.b0)
		r.point(&o.a1)
		r.point(&o.b1)
		r.scalar(&o.c0)
		r.scalar(&o.z0)
		r.scalar(&o.z1)
	}
	if r.err != nil {
		return nil, r.err
	}
	deriveLast(&ballot.opts[k-1].ct.alpha, &ballot.opts[k-1].ct.beta, ballot.opts[:k-1])
	return ballot, nil
}

// deriveLast sets (alpha, beta) to the last option's ciphertext,
// (−Σα_i, G − Σβ_i) over the sent options: the encryption of 1 with no
// randomness, minus the others.
func deriveLast(alpha, beta *ristretto255.Element, sent []ballotOption) {
	alpha.Zero()
	beta.Zero()
	for i := range sent {
		alpha.Add(alpha, &sent[i].ct.alpha)
		beta.Add(beta, &sent[i].ct.beta)
	}
	alpha.Negate(alpha)
	beta.Subtract(generator, beta)
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

// sentCiphertextBytes returns α_0 || β_0 || … || α_{k−2} || β_{k−2}, the
// sent ciphertexts, from the raw encoding.
func (b *Ballot) sentCiphertextBytes() []byte {
	return b.raw[ballotHeaderLen : ballotHeaderLen+(len(b.opts)-1)*CiphertextSize]
}

// commitmentBytes returns A0 || B0 || A1 || B1 of option i.
func (b *Ballot) commitmentBytes(i int) []byte {
	off := ballotHeaderLen + (len(b.opts)-1)*CiphertextSize + i*proofBlockSize
	return b.raw[off : off+4*pointSize]
}

// ballotDigest is the 64-byte SHA-512 transcript "ballot" over the context,
// the number of options k and the k−1 sent ciphertexts (which determine the
// derived one); every challenge of the ballot includes it.
func ballotDigest(ctx *Context, k int, sent []byte) []byte {
	t := newTranscript("ballot")
	t.field(ctx.VoteID)
	t.field(ctx.ElectionKey.enc[:])
	t.field(ctx.Credential[:])
	t.field([]byte{byte(k)})
	t.field(sent)
	return t.digest()
}

func (b *Ballot) digest(ctx *Context) []byte {
	return ballotDigest(ctx, len(b.opts), b.sentCiphertextBytes())
}

func rangeChallenge(d []byte, i int, commitments []byte) *ristretto255.Scalar {
	return newTranscript("range-proof").field(d).field([]byte{byte(i)}).field(commitments).scalar()
}

// Encrypt encrypts a vote for option choice (0 ≤ choice < ctx.Options) under
// ctx.ElectionKey and proves it well formed, bound to ctx. Randomness comes
// from rand (crypto/rand.Reader in production).
func Encrypt(rand io.Reader, ctx Context, choice int) (*Ballot, error) {
	b, _, err := EncryptAuditable(rand, ctx, choice)
	return b, err
}

// Nonces are the encryption randomness r_0 … r_{k−2} of a ballot's sent
// ciphertexts, 32 bytes each (the derived ciphertext's is −Σr_i). Revealing
// them opens the ballot: see Ballot.Open.
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
// ctx.ElectionKey with nonces n, and returns that option: for each i, with
// r_{k−1} = −Σr_i for the derived ciphertext, α_i = r_i·G and β_i − r_i·K
// is G for the chosen option and the identity for the others.
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
	k := len(b.opts)
	if k != ctx.Options || len(n) != scalarSize*(k-1) {
		return 0, errors.New("wrong number of options or nonces")
	}
	K := ctx.ElectionKey.element()
	choice := -1
	sum := ristretto255.NewScalar()
	for i := range b.opts {
		var r *ristretto255.Scalar
		if i < k-1 {
			var err error
			if r, err = decodeScalar(n[i*scalarSize : (i+1)*scalarSize]); err != nil {
				return 0, err
			}
			sum.Add(sum, r)
		} else {
			r = ristretto255.NewScalar().Negate(sum)
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

// encryptBallotBits encrypts ms[i] for the sent options i = 0 … k−2
// (k = len(ms)); the derived last option then encrypts 1 − Σms[:k−1]. Each
// option's 0-or-1 proof is made for the branch ms[i] (0 if ms[i] ∉ {0, 1}),
// so the ballot is valid only if ms has a single 1 and 0s elsewhere; tests
// use other ms to build ballots that must fail.
func encryptBallotBits(rand io.Reader, ctx *Context, ms []int) (*Ballot, Nonces, error) {
	k := len(ms)
	K := ctx.ElectionKey.element()
	rs := make([]*ristretto255.Scalar, k)
	cts := make([]*Ciphertext, k)
	sent := make([]byte, 0, (k-1)*CiphertextSize)
	var nonces Nonces
	rs[k-1] = ristretto255.NewScalar()
	cts[k-1] = NewCiphertext()
	cts[k-1].beta.Base()
	for i := range k - 1 {
		r, err := randomScalar(rand)
		if err != nil {
			return nil, nil, err
		}
		rs[i] = r
		cts[i] = encryptInt(K, ms[i], r)
		sent = cts[i].appendBinary(sent)
		nonces = r.Encode(nonces)
		rs[k-1].Subtract(rs[k-1], r)
		cts[k-1].alpha.Subtract(&cts[k-1].alpha, &cts[i].alpha)
		cts[k-1].beta.Subtract(&cts[k-1].beta, &cts[i].beta)
	}
	d := ballotDigest(ctx, k, sent)

	out := make([]byte, 0, BallotSize(k))
	out = append(out, ballotVersion, byte(k))
	out = append(out, sent...)
	for i := range k {
		m := ms[i]
		if m != 0 && m != 1 {
			m = 0
		}
		block, err := proveBit(rand, K, cts[i], m, rs[i], d, i)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, block...)
	}
	b, err := unmarshalBallot(out)
	if err != nil {
		return nil, nil, err
	}
	return b, nonces, nil
}

// encryptInt is encrypt for any integer m, negative ones included, so that
// tests can build ballots whose derived option encrypts 2.
func encryptInt(K *ristretto255.Element, m int, r *ristretto255.Scalar) *Ciphertext {
	if m >= 0 {
		return encrypt(K, uint64(m), r)
	}
	ct := encrypt(K, 0, r)
	ct.beta.Subtract(&ct.beta, ristretto255.NewElement().ScalarBaseMult(scalarFromUint(uint64(-m))))
	return ct
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

var errRangeProof = errors.New("invalid 0-or-1 proof")

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
	}
	return nil
}

// BallotCiphertexts returns a ballot's k ciphertexts, the derived last one
// included, decoding only the 2(k−1) points of the sent ones instead of all
// 6k − 2 — for a tally that sums ballots whose proofs are checked elsewhere
// (the server before writing them, the verifier in batches). It checks the
// header and length as UnmarshalBallot does, and that the ciphertexts'
// points are canonical; it checks no proof.
func BallotCiphertexts(b []byte) ([]Ciphertext, error) {
	if len(b) < ballotHeaderLen || b[0] != ballotVersion {
		return nil, errors.New("couldn't decode ballot: bad header")
	}
	k := int(b[1])
	if k < MinOptions || k > MaxOptions || len(b) != BallotSize(k) {
		return nil, errors.New("couldn't decode ballot: bad length")
	}
	out := make([]Ciphertext, k)
	last := &out[k-1]
	last.alpha.Zero()
	last.beta.Base()
	for i := range k - 1 {
		off := ballotHeaderLen + i*CiphertextSize
		c, err := UnmarshalCiphertext(b[off : off+CiphertextSize])
		if err != nil {
			return nil, err
		}
		out[i] = *c
		last.alpha.Subtract(&last.alpha, &c.alpha)
		last.beta.Subtract(&last.beta, &c.beta)
	}
	return out, nil
}
