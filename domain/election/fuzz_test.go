package election

import (
	"bytes"
	"testing"
)

func seedBallot(f *testing.F) {
	ctx, _ := testContext(f, 3)
	b, err := Encrypt(testRand(1), ctx, 1)
	if err != nil {
		f.Fatal(err)
	}
	enc, _ := b.MarshalBinary()
	f.Add(enc)
	ctx.Options = 2
	b, _ = Encrypt(testRand(2), ctx, 0)
	enc, _ = b.MarshalBinary()
	f.Add(enc)
	f.Add([]byte{1, 2})
	f.Add([]byte{2, 2})
	// A version-1 ballot's shape (k ciphertexts and a sum proof): refused.
	f.Add(append([]byte{1, 3}, make([]byte, 3*288+96)...))
}

func FuzzUnmarshalBallot(f *testing.F) {
	seedBallot(f)
	ctx, _ := testContext(f, 3)
	f.Fuzz(func(t *testing.T, in []byte) {
		b, err := UnmarshalBallot(in)
		if err != nil {
			return
		}
		out, _ := b.MarshalBinary()
		if !bytes.Equal(in, out) {
			t.Fatalf("Marshal output different from input")
		}
		// The ciphertexts-only decoding derives the same last ciphertext,
		// and the batch agrees with the reference.
		cts, err := BallotCiphertexts(in)
		if err != nil {
			t.Fatalf("UnmarshalBallot accepts, BallotCiphertexts refuses: %v", err)
		}
		for i, ct := range b.Ciphertexts() {
			if !ct.Equal(&cts[i]) {
				t.Fatalf("ciphertext %d differs", i)
			}
		}
		err = b.Verify(ctx)
		if batchErr := VerifyBatch([]*Ballot{b}, []Context{ctx}); (err == nil) != (batchErr == nil) {
			t.Fatalf("Verify says %v, VerifyBatch says %v", err, batchErr)
		}
	})
}

func FuzzUnmarshalCiphertext(f *testing.F) {
	ct := encrypt(generator, 1, scalarFromUint(7))
	enc, _ := ct.MarshalBinary()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := UnmarshalCiphertext(in)
		if err != nil {
			return
		}
		out, _ := c.MarshalBinary()
		if !bytes.Equal(in, out) {
			t.Fatalf("Marshal output different from input")
		}
	})
}

func FuzzParsePublicKey(f *testing.F) {
	f.Add(generator.Encode(nil))
	f.Fuzz(func(t *testing.T, in []byte) {
		k, err := ParsePublicKey(in)
		if err != nil {
			return
		}
		if !bytes.Equal(in, k.Bytes()) {
			t.Fatalf("Marshal output different from input")
		}
	})
}

func FuzzUnmarshalDealing(f *testing.F) {
	c, _, dealings := ceremony(f, testRand(3), 2, 3)
	for _, d := range dealings {
		enc, _ := d.MarshalBinary()
		f.Add(enc)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := UnmarshalDealing(in)
		if err != nil {
			return
		}
		out, _ := d.MarshalBinary()
		if !bytes.Equal(in, out) {
			t.Fatalf("Marshal output different from input")
		}
		_ = d.Verify(c)
	})
}

func FuzzUnmarshalPartialDecryption(f *testing.F) {
	key, _ := GenerateKey(testRand(4))
	cts := []Ciphertext{*encrypt(generator, 1, scalarFromUint(3)), *encrypt(generator, 0, scalarFromUint(5))}
	p, err := PartiallyDecrypt(testRand(5), TallyID("t"), 1, key, cts)
	if err != nil {
		f.Fatal(err)
	}
	enc, _ := p.MarshalBinary()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := UnmarshalPartialDecryption(in)
		if err != nil {
			return
		}
		out, _ := p.MarshalBinary()
		if !bytes.Equal(in, out) {
			t.Fatalf("Marshal output different from input")
		}
		if len(p.shares) == len(cts) {
			_ = p.Verify(TallyID("t"), key.Public(), cts)
		}
	})
}

func FuzzUnmarshalDealerSecret(f *testing.F) {
	f.Add(bytes.Repeat([]byte{1}, 64))
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := UnmarshalDealerSecret(in)
		if err != nil {
			return
		}
		out, _ := s.MarshalBinary()
		if !bytes.Equal(in, out) {
			t.Fatalf("Marshal output different from input")
		}
	})
}

func FuzzParsePrivateKey(f *testing.F) {
	f.Add(bytes.Repeat([]byte{1}, 32))
	f.Fuzz(func(t *testing.T, in []byte) {
		k, err := ParsePrivateKey(in)
		if err != nil {
			return
		}
		if !bytes.Equal(in, k.Bytes()) {
			t.Fatalf("Marshal output different from input")
		}
	})
}
