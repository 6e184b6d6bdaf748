//go:build ignore

// gen writes the test vectors in testdata/vectors. It is deterministic: every
// random value comes from ChaCha8 seeded with SHA-256 of the vector's name.
//
// Run from domain/election:
//
//	go run ./testdata/gen.go
//
// The wrong-sum vector needs a ballot whose two sent options both encrypt 1
// (so that the derived last option encrypts −1), which the package's API
// refuses to make; gen builds it with its own prover, written from
// docs/PROTOCOL.md with the ristretto255 package only.
package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"filippo.io/edwards25519"
	"github.com/scrutin/scrutin/domain/election"
	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

type vector struct {
	name    string
	comment string
	expect  string
	fields  [][2]string
}

func (v *vector) add(key string, value any) {
	var s string
	switch x := value.(type) {
	case []byte:
		s = hex.EncodeToString(x)
	case string:
		s = x
	case int:
		s = fmt.Sprint(x)
	case uint64:
		s = fmt.Sprint(x)
	default:
		log.Fatalf("bad field type %T", value)
	}
	v.fields = append(v.fields, [2]string{key, s})
}

func (v *vector) write() {
	var b bytes.Buffer
	for _, line := range strings.Split(v.comment, "\n") {
		fmt.Fprintf(&b, "# %s\n", line)
	}
	fmt.Fprintf(&b, "expect: %s\n", v.expect)
	for _, f := range v.fields {
		fmt.Fprintf(&b, "%s: %s\n", f[0], f[1])
	}
	path := filepath.Join("testdata", "vectors", v.name+".txt")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

func seeded(name string) *rand.ChaCha8 {
	return rand.NewChaCha8(sha256.Sum256([]byte("scrutin election vectors " + name)))
}

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func marshal(m interface{ MarshalBinary() ([]byte, error) }) []byte {
	return must(m.MarshalBinary())
}

type ballotCase struct {
	voteID     []byte
	key        election.PublicKey
	credential ed25519.PublicKey
	options    int
	ballot     []byte
	signature  []byte
}

func (c *ballotCase) fields(v *vector) {
	v.add("kind", "ballot")
	v.add("vote_id", c.voteID)
	v.add("election_key", c.key.Bytes())
	v.add("credential", []byte(c.credential))
	v.add("options", c.options)
	v.add("ballot", c.ballot)
	v.add("signature", c.signature)
}

func newBallotCase(name string, options, choice int) (*ballotCase, *election.PrivateKey, ed25519.PrivateKey) {
	r := seeded(name)
	key := must(election.GenerateKey(r))
	var seed [32]byte
	r.Read(seed[:])
	cred := ed25519.NewKeyFromSeed(seed[:])
	c := &ballotCase{voteID: []byte("vote/2026/pjl-1234/rev-3"), key: key.Public(), credential: cred.Public().(ed25519.PublicKey), options: options}
	ctx := election.Context{VoteID: c.voteID, ElectionKey: c.key, Options: options}
	copy(ctx.Credential[:], c.credential)
	b := must(election.Encrypt(r, ctx, choice))
	c.ballot = marshal(b)
	c.signature = election.SignBallot(cred, c.voteID, c.ballot)
	return c, key, cred
}

// l is the group order, little-endian.
var l = []byte{
	0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
}

// addL returns s + l as 32 bytes little-endian (s + l < 2^256 for any s < l).
func addL(s []byte) []byte {
	out := make([]byte, 32)
	carry := 0
	for i := range 32 {
		v := int(s[i]) + int(l[i]) + carry
		out[i] = byte(v)
		carry = v >> 8
	}
	return out
}

// order8Point is a point of order 8 on edwards25519 (canonical encoding).
const order8Point = "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"

// Layout of a protocol v2 ballot (docs/PROTOCOL.md §5.5): a 2-byte header,
// k−1 sent ciphertexts of 64 bytes, then k proof blocks of 224 bytes.
const (
	hdr        = 2
	ctSize     = 64
	proofBlock = 224
	offsetC0   = 4 * 32 // in a proof block
	offsetZ0   = 5 * 32
	version    = "scrutin-election-v2"
	pointSize  = 32
)

// proofOffset is the offset of option i's proof block in a k-option ballot.
func proofOffset(k, i int) int { return hdr + (k-1)*ctSize + i*proofBlock }

func main() {
	for _, k := range []int{2, 3, 16} {
		name := fmt.Sprintf("ballot-valid-k%d", k)
		c, _, _ := newBallotCase(name, k, k-1)
		v := &vector{name: name, expect: "valid", comment: fmt.Sprintf("A valid %d-option ballot for option %d, signed by its credential.", k, k-1)}
		c.fields(v)
		v.write()
	}

	type mutation struct {
		name, comment, reason string
		edit                  func(c *ballotCase, cred ed25519.PrivateKey)
	}
	mutations := []mutation{
		{"ballot-other-vote", "A valid ballot replayed into another vote (vote id changed, signature re-made by the same credential).", "range proof",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				c.voteID = []byte("vote/2026/pjl-1234/rev-4")
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
		{"ballot-other-credential", "A valid ballot replayed by another voter, who signs it with their own credential.", "range proof",
			func(c *ballotCase, _ ed25519.PrivateKey) {
				other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32))
				c.credential = other.Public().(ed25519.PublicKey)
				c.signature = election.SignBallot(other, c.voteID, c.ballot)
			}},
		{"ballot-other-election-key", "A valid ballot checked under another election key.", "range proof",
			func(c *ballotCase, _ ed25519.PrivateKey) {
				c.key = must(election.GenerateKey(seeded("other key"))).Public()
			}},
		{"ballot-bad-range-proof", "z0 of option 1 replaced by z0 + 1 (still canonical); signature re-made.", "range proof",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				off := proofOffset(3, 1) + offsetZ0
				z := ristretto255.NewScalar()
				must(0, z.Decode(c.ballot[off:off+32]))
				one := ristretto255.NewScalar()
				one.Decode(append([]byte{1}, make([]byte, 31)...))
				z.Add(z, one)
				copy(c.ballot[off:], z.Encode(nil))
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
		{"ballot-bad-signature", "A valid ballot whose signature was made for another vote id.", "signature",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				c.signature = election.SignBallot(cred, []byte("vote/2026/pjl-1234/rev-4"), c.ballot)
			}},
		{"ballot-signature-torsion-credential", "A valid ballot cast with a credential that has a torsion component, A = a·B + T (T of order 8),\nsigned with a: S·B − k·A − R = −k·T has small order, so the cofactored ZIP-215 rule of PROTOCOL.md\naccepts it; RFC 8032's cofactorless check (Go's crypto/ed25519) refuses it (8 does not divide k).", "",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				h := sha512.Sum512(cred.Seed())
				a := must(edwards25519.NewScalar().SetBytesWithClamping(h[:32]))
				A := new(edwards25519.Point).ScalarBaseMult(a)
				A.Add(A, must(new(edwards25519.Point).SetBytes(must(hex.DecodeString(order8Point)))))
				c.credential = A.Bytes()
				r := seeded("torsion credential")
				ctx := election.Context{VoteID: c.voteID, ElectionKey: c.key, Options: c.options}
				copy(ctx.Credential[:], c.credential)
				c.ballot = marshal(must(election.Encrypt(r, ctx, 1)))
				msg := signedMessage(c.voteID, c.ballot)
				for {
					var wide [64]byte
					r.Read(wide[:])
					nonce := must(edwards25519.NewScalar().SetUniformBytes(wide[:]))
					R := new(edwards25519.Point).ScalarBaseMult(nonce).Bytes()
					d := sha512.New()
					d.Write(R)
					d.Write(c.credential)
					d.Write(msg)
					k := must(edwards25519.NewScalar().SetUniformBytes(d.Sum(nil)))
					if k.Bytes()[0]%8 == 0 {
						continue // RFC 8032 would accept this one too
					}
					c.signature = append(R, edwards25519.NewScalar().MultiplyAdd(k, a, nonce).Bytes()...)
					break
				}
			}},
		{"ballot-signature-noncanonical-s", "A valid ballot whose signature's S is replaced by S + l: the same scalar, non-canonically encoded.", "signature",
			func(c *ballotCase, _ ed25519.PrivateKey) {
				copy(c.signature[32:], addL(c.signature[32:]))
			}},
		{"ballot-noncanonical-scalar", "c0 of option 0 replaced by c0 + l: the same scalar, non-canonically encoded.", "encoding",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				off := proofOffset(3, 0) + offsetC0
				copy(c.ballot[off:], addL(c.ballot[off:off+32]))
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
		{"ballot-noncanonical-point", "α of option 0 replaced by 2^255 − 19 = p, a non-canonical encoding of the identity.", "encoding",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				p := bytes.Repeat([]byte{0xff}, 32)
				p[0], p[31] = 0xed, 0x7f
				copy(c.ballot[hdr:], p)
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
		{"ballot-negative-point", "β of option 1 replaced by 01 00…00: s = 1 is odd (negative), rejected by ristretto255 decoding.", "encoding",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				off := hdr + ctSize + pointSize
				copy(c.ballot[off:], append([]byte{1}, make([]byte, 31)...))
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
		{"ballot-trailing-byte", "A valid ballot with one zero byte appended.", "encoding",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				c.ballot = append(c.ballot, 0)
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
		{"ballot-wrong-option-count", "A valid 3-option ballot checked against a vote with 4 options.", "context",
			func(c *ballotCase, _ ed25519.PrivateKey) { c.options = 4 }},
		{"ballot-wrong-sum", "Options 0 and 1 both encrypt 1, each with a valid 0-or-1 proof; the derived option 2 then\nencrypts −1, and its 0-or-1 proof (made as if it encrypted 0) fails.", "range proof",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				c.ballot = wrongSumBallot(seeded("wrong sum"), c)
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
		{"ballot-independent-prover", "A valid ballot made by gen.go's own prover (checks the spec, not the package, is what both follow).", "",
			func(c *ballotCase, cred ed25519.PrivateKey) {
				c.ballot = independentBallot(seeded("independent"), c, []int{0, 0, 1})
				c.signature = election.SignBallot(cred, c.voteID, c.ballot)
			}},
	}
	for _, m := range mutations {
		c, _, cred := newBallotCase(m.name, 3, 1)
		m.edit(c, cred)
		expect := "valid"
		if m.reason != "" {
			expect = "invalid (" + m.reason + ")"
		}
		v := &vector{name: m.name, expect: expect, comment: m.comment}
		c.fields(v)
		v.write()
	}

	auditVectors()
	tallyVectors()
}

// auditVectors writes ballots opened with their nonces (cast-or-audit).
func auditVectors() {
	for _, bad := range []bool{false, true} {
		name := "audit-valid"
		if bad {
			name = "audit-wrong-nonce"
		}
		r := seeded(name)
		key := must(election.GenerateKey(r))
		var cred [32]byte
		r.Read(cred[:])
		ctx := election.Context{VoteID: []byte("vote/2026/pjl-1234/rev-3"), ElectionKey: key.Public(), Credential: cred, Options: 3}
		b, nonces, err := election.EncryptAuditable(r, ctx, 2)
		if err != nil {
			log.Fatal(err)
		}
		v := &vector{name: name, expect: "valid", comment: "A ballot for option 2 opened with its nonces (cast-or-audit)."}
		if bad {
			nonces[32] ^= 1 // r_1 changed, still canonical
			v.expect = "invalid (nonce)"
			v.comment = "As audit-valid, with the nonce of option 1 changed."
		}
		v.add("kind", "audit")
		v.add("vote_id", []byte(ctx.VoteID))
		v.add("election_key", ctx.ElectionKey.Bytes())
		v.add("credential", cred[:])
		v.add("options", 3)
		v.add("ballot", marshal(b))
		v.add("nonces", []byte(nonces))
		v.add("choice", 2)
		v.write()
	}
}

// ristretto-level helpers for the independent prover.

func transcript(label string, fields ...[]byte) []byte {
	h := sha512.New()
	dst := version + "/" + label
	h.Write(binary.BigEndian.AppendUint16(nil, uint16(len(dst))))
	h.Write([]byte(dst))
	for _, f := range fields {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(f))))
		h.Write(f)
	}
	return h.Sum(nil)
}

func hashScalar(label string, fields ...[]byte) *ristretto255.Scalar {
	return ristretto255.NewScalar().FromUniformBytes(transcript(label, fields...))
}

func randScalar(r *rand.ChaCha8) *ristretto255.Scalar {
	var b [64]byte
	r.Read(b[:])
	return ristretto255.NewScalar().FromUniformBytes(b[:])
}

func wrongSumBallot(r *rand.ChaCha8, c *ballotCase) []byte {
	return independentBallot(r, c, []int{1, 1, 0})
}

// independentBallot follows docs/PROTOCOL.md: it encrypts ms[i] ∈ {0,1} for
// the sent options i = 0 … k−2, derives the last option's ciphertext
// (−Σα_i, G − Σβ_i), which encrypts 1 − Σms[:k−1] with nonce −Σr_i, and proves
// each of the k ciphertexts 0 or 1 on branch ms[i]. It is valid only if ms
// has a single 1.
func independentBallot(r *rand.ChaCha8, c *ballotCase, ms []int) []byte {
	G := ristretto255.NewElement().Base()
	K := ristretto255.NewElement()
	must(0, K.Decode(c.key.Bytes()))
	k := len(ms)
	rs := make([]*ristretto255.Scalar, k)
	alphas := make([]*ristretto255.Element, k)
	betas := make([]*ristretto255.Element, k)
	rs[k-1] = ristretto255.NewScalar()
	alphas[k-1] = ristretto255.NewElement().Zero()
	betas[k-1] = ristretto255.NewElement().Base()
	var cts []byte
	for i := range k - 1 {
		rs[i] = randScalar(r)
		alphas[i] = ristretto255.NewElement().ScalarBaseMult(rs[i])
		betas[i] = ristretto255.NewElement().ScalarMult(rs[i], K)
		if ms[i] == 1 {
			betas[i].Add(betas[i], G)
		}
		cts = alphas[i].Encode(cts)
		cts = betas[i].Encode(cts)
		rs[k-1].Subtract(rs[k-1], rs[i])
		alphas[k-1].Subtract(alphas[k-1], alphas[i])
		betas[k-1].Subtract(betas[k-1], betas[i])
	}
	d := transcript("ballot", c.voteID, c.key.Bytes(), c.credential, []byte{byte(k)}, cts)
	out := append([]byte{2, byte(k)}, cts...)
	for i, m := range ms {
		var A, B [2]*ristretto255.Element
		var ch, z [2]*ristretto255.Scalar
		j := 1 - m
		ch[j], z[j] = randScalar(r), randScalar(r)
		bj := betas[i]
		if j == 1 {
			bj = ristretto255.NewElement().Subtract(betas[i], G)
		}
		// A_j = z_j·G − c_j·α, B_j = z_j·K − c_j·(β − j·G)
		A[j] = ristretto255.NewElement().Subtract(ristretto255.NewElement().ScalarBaseMult(z[j]), ristretto255.NewElement().ScalarMult(ch[j], alphas[i]))
		B[j] = ristretto255.NewElement().Subtract(ristretto255.NewElement().ScalarMult(z[j], K), ristretto255.NewElement().ScalarMult(ch[j], bj))
		w := randScalar(r)
		A[m] = ristretto255.NewElement().ScalarBaseMult(w)
		B[m] = ristretto255.NewElement().ScalarMult(w, K)
		commit := B[1].Encode(A[1].Encode(B[0].Encode(A[0].Encode(nil))))
		c := hashScalar("range-proof", d, []byte{byte(i)}, commit)
		ch[m] = ristretto255.NewScalar().Subtract(c, ch[j])
		z[m] = ristretto255.NewScalar().Add(w, ristretto255.NewScalar().Multiply(ch[m], rs[i]))
		out = append(out, commit...)
		out = ch[0].Encode(out)
		out = z[0].Encode(out)
		out = z[1].Encode(out)
	}
	return out
}

// tallyVectors writes a small election: 3 trustees, threshold 2, 6 ballots,
// partial decryptions by trustees 1 and 3.
func tallyVectors() {
	for _, variant := range []string{"tally-valid", "tally-bad-partial", "dealing-wrong-share"} {
		r := seeded("tally")
		const n, t = 3, 2
		encKeys := make([]*election.PrivateKey, n)
		c := election.Ceremony{ID: []byte("ceremony/2026/pjl-1234"), Threshold: t}
		for i := range n {
			encKeys[i] = must(election.GenerateKey(r))
			c.Trustees = append(c.Trustees, encKeys[i].Public())
		}
		dealings := make([]*election.Dealing, n)
		for i := range n {
			dealings[i] = first(election.NewDealing(r, c, i+1))
		}
		K := must(election.ElectionKey(c, dealings))
		v := &vector{name: variant}
		v.add("kind", "tally")
		v.add("ceremony_id", c.ID)
		v.add("threshold", t)
		for i := range n {
			v.add("trustee_key", c.Trustees[i].Bytes())
		}
		dealingBytes := make([][]byte, n)
		for i := range n {
			dealingBytes[i] = marshal(dealings[i])
		}
		if variant == "dealing-wrong-share" {
			// Trustee 1's commitments and proof, but the share for trustee 2
			// taken from another dealing trustee 1 made for the same ceremony.
			other := marshal(first(election.NewDealing(seeded("other dealing"), c, 1)))
			size := election.DealingSize(t, n)
			off := size - 2*80 // share for j = 2 is the second of three sealed shares
			copy(dealingBytes[0][off:off+80], other[off:off+80])
			v.expect = "invalid (share)"
			v.comment = "Trustee 1's share for trustee 2 doesn't match trustee 1's commitments.\n" +
				"trustee_secret is trustee 2's encryption key, to open the share with."
			v.add("election_key", K.Bytes())
			for i := range n {
				v.add("dealing", dealingBytes[i])
			}
			v.add("share_recipient", 2)
			v.add("trustee_secret", encKeys[1].Bytes())
			v.write()
			continue
		}
		for i := range n {
			v.add("dealing", dealingBytes[i])
		}
		v.add("election_key", K.Bytes())
		voteID := []byte("vote/2026/pjl-1234/rev-3")
		v.add("vote_id", voteID)
		v.add("options", 3)
		choices := []int{0, 1, 0, 2, 0, 1}
		var ballots []*election.Ballot
		for i, choice := range choices {
			cred := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
			ctx := election.Context{VoteID: voteID, ElectionKey: K, Options: 3}
			copy(ctx.Credential[:], cred.Public().(ed25519.PublicKey))
			b := must(election.Encrypt(r, ctx, choice))
			ballots = append(ballots, b)
			v.add("credential", ctx.Credential[:])
			v.add("ballot", marshal(b))
		}
		sums := must(election.SumBallots(ballots))
		id := election.TallyID("vote/2026/pjl-1234/rev-3/district/75")
		v.add("tally_id", []byte(id))
		for _, j := range []int{1, 3} {
			share := must(election.TrusteeShare(c, dealings, j, encKeys[j-1], nil))
			p := marshal(must(election.PartiallyDecrypt(r, id, j, share, sums)))
			if variant == "tally-bad-partial" && j == 3 {
				// D_1 of trustee 3 replaced by D_0: canonical, wrong.
				copy(p[5+96:5+96+32], p[5:5+32])
			}
			v.add("partial", p)
		}
		v.add("counts", "3 2 1")
		if variant == "tally-valid" {
			v.expect = "valid"
			v.comment = "Key ceremony (3 trustees, threshold 2), 6 ballots, partial decryptions by trustees 1 and 3.\nExpected counts For Against Abstain: 3 2 1."
		} else {
			v.expect = "invalid (partial decryption)"
			v.comment = "As tally-valid, but trustee 3's share for option 1 is its share for option 0: its proof fails."
		}
		v.write()
	}
}

func first[T, U any](v T, _ U, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

// signedMessage is the message a credential signs (PROTOCOL.md, "Ballot
// signature"), written from the spec.
func signedMessage(voteID, ballot []byte) []byte {
	ctx := version + "/ballot-signature"
	m := binary.BigEndian.AppendUint16(nil, uint16(len(ctx)))
	m = append(m, ctx...)
	m = binary.BigEndian.AppendUint32(m, uint32(len(voteID)))
	m = append(m, voteID...)
	m = binary.BigEndian.AppendUint32(m, uint32(len(ballot)))
	return append(m, ballot...)
}
