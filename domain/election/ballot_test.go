package election

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	mrand "math/rand/v2"
	"testing"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

func testRand(seed byte) *mrand.ChaCha8 {
	var s [32]byte
	s[0] = seed
	return mrand.NewChaCha8(s)
}

func testContext(t testing.TB, k int) (Context, *PrivateKey) {
	t.Helper()
	key, err := GenerateKey(testRand(1))
	if err != nil {
		t.Fatal(err)
	}
	var cred [32]byte
	cred[0] = 7
	return Context{VoteID: VoteID("vote-1"), ElectionKey: key.Public(), Credential: cred, Options: k}, key
}

func TestEncryptVerify(t *testing.T) {
	for k := MinOptions; k <= MaxOptions; k++ {
		ctx, _ := testContext(t, k)
		for _, choice := range []int{0, k / 2, k - 1} {
			b, err := Encrypt(rand.Reader, ctx, choice)
			if err != nil {
				t.Fatalf("k=%d choice=%d: %v", k, choice, err)
			}
			if err := b.Verify(ctx); err != nil {
				t.Errorf("k=%d choice=%d: %v", k, choice, err)
			}
			enc, _ := b.MarshalBinary()
			if len(enc) != BallotSize(k) {
				t.Errorf("k=%d: got %d bytes, want %d", k, len(enc), BallotSize(k))
			}
			b2, err := UnmarshalBallot(enc)
			if err != nil {
				t.Fatalf("k=%d: %v", k, err)
			}
			enc2, _ := b2.MarshalBinary()
			if !bytes.Equal(enc, enc2) {
				t.Errorf("k=%d: re-encoding differs", k)
			}
			if err := b2.Verify(ctx); err != nil {
				t.Errorf("k=%d: decoded ballot: %v", k, err)
			}
		}
	}
}

func TestEncryptDecrypt(t *testing.T) {
	ctx, key := testContext(t, 3)
	for choice := range 3 {
		b, err := Encrypt(rand.Reader, ctx, choice)
		if err != nil {
			t.Fatal(err)
		}
		for i, ct := range b.Ciphertexts() {
			m := decryptSingle(key, &ct)
			want := 0
			if i == choice {
				want = 1
			}
			if m != want {
				t.Errorf("choice %d option %d: got %d, want %d", choice, i, m, want)
			}
		}
	}
}

func TestBallotBinding(t *testing.T) {
	ctx, _ := testContext(t, 3)
	b, err := Encrypt(rand.Reader, ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := GenerateKey(rand.Reader)
	tests := []struct {
		name string
		edit func(c *Context)
	}{
		{"other vote id", func(c *Context) { c.VoteID = VoteID("vote-2") }},
		{"other credential", func(c *Context) { c.Credential[31] ^= 1 }},
		{"other election key", func(c *Context) { c.ElectionKey = other.Public() }},
		{"other option count", func(c *Context) { c.Options = 4 }},
		{"empty vote id", func(c *Context) { c.VoteID = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ctx
			c.VoteID = append(VoteID(nil), ctx.VoteID...)
			tt.edit(&c)
			if err := b.Verify(c); err == nil {
				t.Errorf("got valid, want invalid")
			}
		})
	}
}

func TestBallotTampering(t *testing.T) {
	ctx, _ := testContext(t, 3)
	b, err := Encrypt(rand.Reader, ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := b.MarshalBinary()
	// Flip bits in every 32-byte field; each must fail to decode or to verify.
	for off := ballotHeaderLen; off < len(enc); off += 32 {
		bad := bytes.Clone(enc)
		bad[off] ^= 0x04
		nb, err := UnmarshalBallot(bad)
		if err != nil {
			continue
		}
		if err := nb.Verify(ctx); err == nil {
			t.Errorf("tampered field at offset %d verifies", off)
		}
	}
}

// TestWrongSum checks that a ballot whose derived last ciphertext encrypts
// −1 (two sent options set, each with a valid 0-or-1 proof) or 2 (a sent
// option encrypting −1) is refused by Verify and by VerifyBatch, alone and
// among valid ballots.
func TestWrongSum(t *testing.T) {
	ctx, key := testContext(t, 3)
	for _, tt := range []struct {
		name    string
		ms      []int
		derived int
	}{
		{"two options set", []int{1, 1, 0}, -1},
		{"derived encrypts 2", []int{-1, 0, 1}, 2},
		{"derived encrypts 2, proved as 0", []int{-1, 0, 0}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := encryptWithChoices(rand.Reader, &ctx, tt.ms)
			if err != nil {
				t.Fatal(err)
			}
			cts := b.Ciphertexts()
			want := ristretto255.NewElement().ScalarBaseMult(scalarFromUint(2))
			if tt.derived == -1 {
				want.Negate(generator)
			}
			M := ristretto255.NewElement().ScalarMult(&key.x, &cts[2].alpha)
			if M.Subtract(&cts[2].beta, M).Equal(want) != 1 {
				t.Fatalf("derived ciphertext doesn't encrypt %d", tt.derived)
			}
			if err := b.Verify(ctx); err == nil {
				t.Error("Verify accepts it")
			}
			if err := VerifyBatch([]*Ballot{b}, []Context{ctx}); err == nil {
				t.Error("VerifyBatch accepts it alone")
			}
			good, _ := Encrypt(rand.Reader, ctx, 1)
			err = VerifyBatch([]*Ballot{good, b, good}, []Context{ctx, ctx, ctx})
			var be *BatchError
			if !errors.As(err, &be) || len(be.Failed) != 1 || be.Failed[0] != 1 {
				t.Errorf("VerifyBatch among valid ballots: %v, want ballot 1 refused", err)
			}
		})
	}
}

func TestUnmarshalBallotStrict(t *testing.T) {
	ctx, _ := testContext(t, 3)
	b, _ := Encrypt(rand.Reader, ctx, 2)
	enc, _ := b.MarshalBinary()
	nonCanonicalScalar := bytes.Clone(enc)
	// c0 of option 0 set to l (the group order), non-canonical: after the
	// two sent ciphertexts and option 0's four commitments.
	copy(nonCanonicalScalar[ballotHeaderLen+2*CiphertextSize+4*32:], groupOrder[:])
	nonCanonicalPoint := bytes.Clone(enc)
	// α of option 0 set to p+1 style: all 0xff is ≥ p.
	for i := range 32 {
		nonCanonicalPoint[ballotHeaderLen+i] = 0xff
	}
	nonCanonicalPoint[ballotHeaderLen+31] = 0x7f
	negativePoint := bytes.Clone(enc)
	copy(negativePoint[ballotHeaderLen:], []byte{1}) // s = 1 is odd, "negative"
	for i := 1; i < 32; i++ {
		negativePoint[ballotHeaderLen+i] = 0
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"version 0", append([]byte{0}, enc[1:]...)},
		{"version 1", append([]byte{1}, enc[1:]...)},
		{"version 3", append([]byte{3}, enc[1:]...)},
		{"k=1", append([]byte{2, 1}, enc[2:]...)},
		{"k=17", append([]byte{2, 17}, enc[2:]...)},
		{"k mismatch", append([]byte{2, 2}, enc[2:]...)},
		{"truncated", enc[:len(enc)-1]},
		{"trailing", append(bytes.Clone(enc), 0)},
		{"non-canonical scalar", nonCanonicalScalar},
		{"non-canonical point", nonCanonicalPoint},
		{"negative point", negativePoint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := UnmarshalBallot(tt.in); err == nil {
				t.Errorf("got nil error, want rejection")
			}
		})
	}
}

func TestBallotSignature(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	ballot := []byte("ballot bytes")
	sig := SignBallot(priv, []byte("vote-1"), ballot)
	if err := VerifyBallotSignature(pub, []byte("vote-1"), ballot, sig); err != nil {
		t.Fatal(err)
	}
	if err := VerifyBallotSignature(pub, []byte("vote-2"), ballot, sig); err == nil {
		t.Error("signature verifies for another vote")
	}
	if err := VerifyBallotSignature(pub, []byte("vote-1"), []byte("ballot bytez"), sig); err == nil {
		t.Error("signature verifies for another ballot")
	}
	// Length prefixes keep (voteID, ballot) pairs with the same concatenation apart.
	if err := VerifyBallotSignature(pub, []byte("vote-1b"), []byte("allot bytes"), sig); err == nil {
		t.Error("signature verifies across a field boundary")
	}
	pub2, _, _ := ed25519.GenerateKey(rand.Reader)
	if err := VerifyBallotSignature(pub2, []byte("vote-1"), ballot, sig); err == nil {
		t.Error("signature verifies under another credential")
	}
}

func TestOpen(t *testing.T) {
	ctx, _ := testContext(t, 3)
	for choice := range 3 {
		b, nonces, err := EncryptAuditable(rand.Reader, ctx, choice)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Verify(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := b.Open(ctx, nonces)
		if err != nil || got != choice {
			t.Errorf("Open = %d, %v; want %d", got, err, choice)
		}
		bad := bytes.Clone(nonces)
		bad[0] ^= 1
		if _, err := b.Open(ctx, bad); err == nil {
			t.Error("opened with a wrong nonce")
		}
		other, _ := GenerateKey(rand.Reader)
		octx := ctx
		octx.ElectionKey = other.Public()
		if _, err := b.Open(octx, nonces); err == nil {
			t.Error("opened under another key")
		}
	}
	for _, ms := range [][]int{{1, 1, 0}, {-1, 0, 1}} {
		b, nonces, err := encryptBallotBits(rand.Reader, &ctx, ms)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Open(ctx, nonces); err == nil {
			t.Errorf("opened ballot encrypting %v", ms)
		}
	}
}

func TestBallotCiphertexts(t *testing.T) {
	key, _ := GenerateKey(rand.Reader)
	ctx := Context{VoteID: VoteID("v"), ElectionKey: key.Public(), Options: 3}
	b, err := Encrypt(rand.Reader, ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := b.MarshalBinary()
	cts, err := BallotCiphertexts(raw)
	if err != nil {
		t.Fatal(err)
	}
	full := b.Ciphertexts()
	if len(cts) != len(full) {
		t.Fatalf("%d ciphertexts, want %d", len(cts), len(full))
	}
	for i := range cts {
		if !cts[i].Equal(&full[i]) {
			t.Fatalf("ciphertext %d differs from the full decoding's", i)
		}
	}
	if _, err := BallotCiphertexts(raw[:len(raw)-1]); err == nil {
		t.Fatal("truncated ballot accepted")
	}
}
