package election

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"
)

// ceremony runs a key ceremony among n trustees with threshold t.
func ceremony(t testing.TB, rand io.Reader, threshold, n int) (Ceremony, []*PrivateKey, []*Dealing) {
	t.Helper()
	encKeys := make([]*PrivateKey, n)
	c := Ceremony{ID: []byte("election-2026-bill-42"), Threshold: threshold}
	for i := range n {
		k, err := GenerateKey(rand)
		if err != nil {
			t.Fatal(err)
		}
		encKeys[i] = k
		c.Trustees = append(c.Trustees, k.Public())
	}
	dealings := make([]*Dealing, n)
	for i := range n {
		d, _, err := NewDealing(rand, c, i+1)
		if err != nil {
			t.Fatal(err)
		}
		// Round-trip through the wire format, as the ledger would.
		enc, _ := d.MarshalBinary()
		if len(enc) != DealingSize(threshold, n) {
			t.Fatalf("dealing is %d bytes, want %d", len(enc), DealingSize(threshold, n))
		}
		d2, err := UnmarshalDealing(enc)
		if err != nil {
			t.Fatal(err)
		}
		if enc2, _ := d2.MarshalBinary(); !bytes.Equal(enc, enc2) {
			t.Fatal("dealing re-encodes differently")
		}
		if err := d2.Verify(c); err != nil {
			t.Fatal(err)
		}
		dealings[i] = d2
	}
	return c, encKeys, dealings
}

// TestElection runs a whole election: 3 trustees, threshold 2, 200 ballots,
// decryption by trustees 1 and 3, then by 2 and 3.
func TestElection(t *testing.T) {
	rand := testRand(100)
	c, encKeys, dealings := ceremony(t, rand, 2, 3)
	K, err := ElectionKey(c, dealings)
	if err != nil {
		t.Fatal(err)
	}
	shares := make([]*PrivateKey, 3)
	for j := 1; j <= 3; j++ {
		for _, d := range dealings {
			if err := CheckShare(c, d, j, encKeys[j-1]); err != nil {
				t.Fatal(err)
			}
		}
		s, err := TrusteeShare(c, dealings, j, encKeys[j-1], nil)
		if err != nil {
			t.Fatal(err)
		}
		vk, err := VerificationKey(c, dealings, j)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Public().Equal(vk) {
			t.Fatalf("trustee %d: share doesn't match verification key", j)
		}
		shares[j-1] = s
	}

	const nBallots = 200
	want := make([]uint64, 3)
	ballots := make([]*Ballot, nBallots)
	ctxs := make([]Context, nBallots)
	for i := range nBallots {
		ctx := Context{VoteID: VoteID("vote-7"), ElectionKey: K, Options: 3}
		ctx.Credential[0], ctx.Credential[1] = byte(i), byte(i>>8)
		choice := (i*i + 3*i) % 7 % 3
		want[choice]++
		b, err := Encrypt(rand, ctx, choice)
		if err != nil {
			t.Fatal(err)
		}
		ballots[i], ctxs[i] = b, ctx
	}
	if err := VerifyBatch(ballots, ctxs); err != nil {
		t.Fatal(err)
	}
	sums, err := SumBallots(ballots)
	if err != nil {
		t.Fatal(err)
	}
	table, err := NewDiscreteLogTable(nBallots)
	if err != nil {
		t.Fatal(err)
	}
	id := TallyID("vote-7/district-75")
	partials := make([]*PartialDecryption, 3)
	for j := 1; j <= 3; j++ {
		p, err := PartiallyDecrypt(rand, id, j, shares[j-1], sums)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := p.MarshalBinary()
		p2, err := UnmarshalPartialDecryption(enc)
		if err != nil {
			t.Fatal(err)
		}
		if enc2, _ := p2.MarshalBinary(); !bytes.Equal(enc, enc2) {
			t.Fatal("partial decryption re-encodes differently")
		}
		vk, _ := VerificationKey(c, dealings, j)
		if err := p2.Verify(id, vk, sums); err != nil {
			t.Fatal(err)
		}
		partials[j-1] = p2
	}
	for _, set := range [][]int{{1, 3}, {2, 3}, {2, 1}, {1, 2, 3}} {
		t.Run(fmt.Sprint(set), func(t *testing.T) {
			var ps []*PartialDecryption
			for _, j := range set {
				ps = append(ps, partials[j-1])
			}
			got, err := Combine(2, sums, ps, table)
			if err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("option %d: got %d, want %d", i, got[i], want[i])
				}
			}
		})
	}
	if _, err := Combine(2, sums, partials[:1], table); err == nil {
		t.Error("one partial decryption combined with threshold 2")
	}

	// Negative: partial decryption bound to another tally, another trustee's
	// key, other ciphertexts, or with a forged share.
	vk1, _ := VerificationKey(c, dealings, 1)
	vk2, _ := VerificationKey(c, dealings, 2)
	if err := partials[0].Verify(TallyID("vote-7/district-13"), vk1, sums); err == nil {
		t.Error("partial decryption verifies under another tally id")
	}
	if err := partials[0].Verify(id, vk2, sums); err == nil {
		t.Error("partial decryption verifies under another trustee's key")
	}
	swapped := []Ciphertext{sums[1], sums[0], sums[2]}
	if err := partials[0].Verify(id, vk1, swapped); err == nil {
		t.Error("partial decryption verifies for other ciphertexts")
	}
	forged := *partials[0]
	forged.shares = append(forged.shares[:0:0], forged.shares...)
	forged.shares[1].Add(&forged.shares[1], generator)
	if err := forged.Verify(id, vk1, sums); !errors.Is(err, errDecryptionProof) {
		t.Errorf("forged share: got %v, want errDecryptionProof", err)
	}
	// A wrong plaintext shows up at combination time if unchecked.
	if got, err := Combine(2, sums, []*PartialDecryption{&forged, partials[1]}, table); err == nil && got[1] == want[1] {
		t.Error("forged share didn't change the count")
	}
}

func TestDealingNegative(t *testing.T) {
	rand := testRand(5)
	c, encKeys, dealings := ceremony(t, rand, 2, 3)

	// Another ceremony id: the proof of knowledge doesn't verify.
	c2 := c
	c2.ID = []byte("another ceremony")
	if err := dealings[0].Verify(c2); !errors.Is(err, errPoK) {
		t.Errorf("other ceremony: got %v, want errPoK", err)
	}
	// Another threshold.
	c3 := c
	c3.Threshold = 3
	if err := dealings[0].Verify(c3); err == nil {
		t.Error("dealing verifies under another threshold")
	}
	// A share that doesn't match the commitments: re-seal a wrong value.
	bad := *dealings[0]
	bad.shares = append([][]byte(nil), bad.shares...)
	sealed, err := sealShare(rand, c.digest(), bad.dealer, 2, c.Trustees[1], scalarFromUint(12345))
	if err != nil {
		t.Fatal(err)
	}
	bad.shares[1] = sealed
	var se *ShareError
	if err := CheckShare(c, &bad, 2, encKeys[1]); !errors.As(err, &se) || se.Dealer != 1 || se.Recipient != 2 {
		t.Errorf("wrong share: got %v, want *ShareError{1, 2}", err)
	}
	if _, err := TrusteeShare(c, []*Dealing{&bad, dealings[1], dealings[2]}, 2, encKeys[1], nil); !errors.As(err, &se) {
		t.Errorf("TrusteeShare with wrong share: got %v, want *ShareError", err)
	}
	// A share sealed to the wrong key fails to decrypt.
	bad.shares[1] = bad.shares[2]
	if err := CheckShare(c, &bad, 2, encKeys[1]); !errors.As(err, &se) {
		t.Errorf("misdirected share: got %v, want *ShareError", err)
	}
	// Using another trustee's key.
	if err := CheckShare(c, dealings[0], 2, encKeys[2]); err == nil {
		t.Error("share opened with another trustee's key")
	}
	// Duplicate dealers.
	if _, err := ElectionKey(c, []*Dealing{dealings[0], dealings[0]}); err == nil {
		t.Error("election key from duplicate dealings")
	}
}

func TestDiscreteLogTable(t *testing.T) {
	for _, bound := range []uint64{0, 1, 5, 1000, 70000} {
		table, err := NewDiscreteLogTable(bound)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range []uint64{0, 1, bound / 2, bound, bound + 1, bound + 20000} {
			got, ok := table.log(elementOf(m))
			if wantOK := m <= bound; ok != wantOK || (ok && got != m) {
				t.Errorf("bound %d: log(%d·G) = %d, %v", bound, m, got, ok)
			}
		}
	}
}

// TestComplaint: trustee 2 complains that trustee 1's share is bad; trustee
// 1 reveals the true share, which checks out and lets trustee 2 finish.
func TestComplaint(t *testing.T) {
	rand := testRand(6)
	c := Ceremony{ID: []byte("c"), Threshold: 2}
	var encKeys []*PrivateKey
	for range 3 {
		k, _ := GenerateKey(rand)
		encKeys = append(encKeys, k)
		c.Trustees = append(c.Trustees, k.Public())
	}
	var dealings []*Dealing
	var secrets []*DealerSecret
	for i := 1; i <= 3; i++ {
		d, s, err := NewDealing(rand, c, i)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := s.MarshalBinary()
		s2, err := UnmarshalDealerSecret(enc)
		if err != nil {
			t.Fatal(err)
		}
		dealings, secrets = append(dealings, d), append(secrets, s2)
	}
	bad := *dealings[0]
	bad.shares = append([][]byte(nil), bad.shares...)
	bad.shares[1] = bad.shares[0]
	dealings[0] = &bad
	var se *ShareError
	if _, err := TrusteeShare(c, dealings, 2, encKeys[1], nil); !errors.As(err, &se) || se.Dealer != 1 {
		t.Fatalf("got %v, want *ShareError from dealer 1", err)
	}
	revealed := secrets[0].Reveal(2)
	if err := CheckRevealedShare(dealings[0], 2, revealed); err != nil {
		t.Fatal(err)
	}
	if err := CheckRevealedShare(dealings[0], 2, secrets[0].Reveal(3)); err == nil {
		t.Error("share for trustee 3 accepted as trustee 2's")
	}
	x2, err := TrusteeShare(c, dealings, 2, encKeys[1], map[int][]byte{1: revealed})
	if err != nil {
		t.Fatal(err)
	}
	vk, _ := VerificationKey(c, dealings, 2)
	if !x2.Public().Equal(vk) {
		t.Error("share from revealed share doesn't match verification key")
	}
}

func TestCheckRevealedShareLength(t *testing.T) {
	_, _, dealings := ceremony(t, testRand(8), 2, 3)
	for _, n := range []int{0, 31, 33} {
		if err := CheckRevealedShare(dealings[0], 2, make([]byte, n)); err == nil {
			t.Errorf("%d-byte share accepted", n)
		}
	}
}
