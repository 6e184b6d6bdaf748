package ristretto255

import (
	"bytes"
	"crypto/sha512"
	"encoding/hex"
	mrand "math/rand/v2"
	"testing"

	gtank "github.com/gtank/ristretto255"
)

// The test vectors of RFC 9496, Appendix A.
var (
	// A.1: the encodings of 0·B … 15·B.
	smallMultiples = []string{
		"0000000000000000000000000000000000000000000000000000000000000000",
		"e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76",
		"6a493210f7499cd17fecb510ae0cea23a110e8d5b901f8acadd3095c73a3b919",
		"94741f5d5d52755ece4f23f044ee27d5d1ea1e2bd196b462166b16152a9d0259",
		"da80862773358b466ffadfe0b3293ab3d9fd53c5ea6c955358f568322daf6a57",
		"e882b131016b52c1d3337080187cf768423efccbb517bb495ab812c4160ff44e",
		"f64746d3c92b13050ed8d80236a7f0007c3b3f962f5ba793d19a601ebb1df403",
		"44f53520926ec81fbd5a387845beb7df85a96a24ece18738bdcfa6a7822a176d",
		"903293d8f2287ebe10e2374dc1a53e0bc887e592699f02d077d5263cdd55601c",
		"02622ace8f7303a31cafc63f8fc48fdc16e1c8c8d234b2f0d6685282a9076031",
		"20706fd788b2720a1ed2a5dad4952b01f413bcf0e7564de8cdc816689e2db95f",
		"bce83f8ba5dd2fa572864c24ba1810f9522bc6004afe95877ac73241cafdab42",
		"e4549ee16b9aa03099ca208c67adafcafa4c3f3e4e5303de6026e3ca8ff84460",
		"aa52e000df2e16f55fb1032fc33bc42742dad6bd5a8fc0be0167436c5948501f",
	}
	// A.2: encodings that must be refused (non-canonical, negative, a
	// non-square x², a negative xy, s = −1).
	badEncodings = []string{
		"00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
		"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"f3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"0100000000000000000000000000000000000000000000000000000000000000",
		"01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		"ed57ffd8c914fb201471d1c3d245ce3c746fcbe63a3679d51b6a516ebebe0e20",
		"c34c4e1826e5d403b78e246e88aa051c36ccf0aafebffe137d148a2bf9104562",
		"c940e5a4404157cfb1628b108db051a8d439e1a421394ec4ebccb9ec92a8ac78",
		"47cfc5497c53dc8e61c91d17fd626ffb1c49e2bca94eed052281b510b1117a24",
		"f1c6165d33367351b0da8f6e4511010c68174a03b6581212c71c0e1d026c3c72",
		"87260f7a2f12495118360f02c26a470f450dadf34a413d21042b43b9d93e1309",
		"26948d35ca62e643e26a83177332e6b6afeb9d08e4268b650f1f5bbd8d81d371",
		"4eac077a713c57b4f4397629a4145982c661f48044dd3f96427d40b147d9742f",
		"de6a7b00deadc788eb6b6c8d20c0ae96c2f2019078fa604fee5b87d6e989ad7b",
		"bcab477be20861e01e4a0e295284146a510150d9817763caf1a6f4b422d67042",
		"2a292df7e32cababbd9de088d1d1abec9fc0440f637ed2fba145094dc14bea08",
		"f4a9e534fc0d216c44b218fa0c42d99635a0127ee2e53c712f70609649fdff22",
		"8268436f8c4126196cf64b3c7ddbda90746a378625f9813dd9b8457077256731",
		"2810e5cbc2cc4d4eece54f61c6f69758e289aa7ab440b3cbeaa21995c2f4232b",
		"3eb858e78f5a7254d8c9731174a94f76755fd3941c0ac93735c07ba14579630e",
		"a45fdc55c76448c049a1ab33f17023edfb2be3581e9c7aade8a6125215e04220",
		"d483fe813c6ba647ebbfd3ec41adca1c6130c2beeee9d9bf065c8d151c5f396e",
		"8a2e1d30050198c65a54483123960ccc38aef6848e1ec8f5f780e8523769ba32",
		"32888462f8b486c68ad7dd9610be5192bbeaf3b443951ac1a8118419d9fa097b",
		"227142501b9d4355ccba290404bde41575b037693cef1f438c47f8fbf35d1165",
		"5c37cc491da847cfeb9281d407efc41e15144c876e0170b499a96a22ed31e01e",
		"445425117cb8c90edcbc7c1cc0e74f747f2c1efa5630a967c64f287792a48a4b",
		"ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
	}
	// A.3: the map of SHA-512(input).
	mapInputs = []string{
		"Ristretto is traditionally a short shot of espresso coffee",
		"made with the normal amount of ground coffee but extracted with",
		"about half the amount of water in the same amount of time",
		"by using a finer grind.",
		"This produces a concentrated shot of coffee per volume.",
		"Just pulling a normal shot short will produce a weaker shot",
		"and is not a Ristretto as some believe.",
	}
	mapOutputs = []string{
		"3066f82a1a747d45120d1740f14358531a8f04bbffe6a819f86dfe50f44a0a46",
		"f26e5b6f7d362d2d2a94c5d0e7602cb4773c95a2e5c31a64f133189fa76ed61b",
		"006ccd2a9e6867e6a2c5cea83d3302cc9de128dd2a9a57dd8ee7b9d7ffe02826",
		"f8f0c87cf237953c5890aec3998169005dae3eca1fbb04548c635953c817f92a",
		"ae81e7dedf20a497e10c304a765c1767a42d6e06029758d2d7e8ef7cc4c41179",
		"e2705652ff9f5e44d3e841bf1c251cf7dddb77d140870d1ab2ed64f1a9ce8628",
		"80bd07262511cdde4863f8a7434cef696750681cb9510eea557088f76d9e5065",
	}
)

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSmallMultiples(t *testing.T) {
	m := NewElement()
	b := NewElement().Base()
	for i, s := range smallMultiples {
		enc := unhex(t, s)
		var d Element
		if err := d.Decode(enc); err != nil {
			t.Fatalf("%d·B: %v", i, err)
		}
		if got := d.Encode(nil); !bytes.Equal(got, enc) {
			t.Errorf("%d·B: round trip gives %x", i, got)
		}
		if m.Equal(&d) != 1 {
			t.Errorf("%d·B decoded is not %d·B", i, i)
		}
		if got := m.Encode(nil); !bytes.Equal(got, enc) {
			t.Errorf("%d·B encodes to %x, want %s", i, got, s)
		}
		var sc Scalar
		var le [32]byte
		le[0] = byte(i)
		if err := sc.Decode(le[:]); err != nil {
			t.Fatal(err)
		}
		if got := NewElement().ScalarBaseMult(&sc).Encode(nil); !bytes.Equal(got, enc) {
			t.Errorf("ScalarBaseMult(%d) = %x", i, got)
		}
		m.Add(m, b)
	}
}

func TestBadEncodings(t *testing.T) {
	for _, s := range badEncodings {
		e := NewElement().Base()
		if err := e.Decode(unhex(t, s)); err == nil {
			t.Errorf("%s decoded", s)
		}
		if e.Equal(NewElement().Base()) != 1 {
			t.Errorf("%s: a refused decoding changed the element", s)
		}
	}
	for _, n := range []int{0, 31, 33} {
		if err := NewElement().Decode(make([]byte, n)); err == nil {
			t.Errorf("%d bytes decoded", n)
		}
	}
}

func TestFromUniformBytes(t *testing.T) {
	for i, in := range mapInputs {
		h := sha512.Sum512([]byte(in))
		if got := hex.EncodeToString(NewElement().FromUniformBytes(h[:]).Encode(nil)); got != mapOutputs[i] {
			t.Errorf("%q: %s, want %s", in, got, mapOutputs[i])
		}
	}
}

// TestSameAsGtank compares every operation with github.com/gtank/ristretto255
// v0.1.2, the implementation the election package used before, on random
// inputs: same bytes out, same refusals.
func TestSameAsGtank(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(1, 2))
	rand := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	n := 2000
	if testing.Short() {
		n = 200
	}
	for i := range n {
		// Scalars and their arithmetic.
		w1, w2 := rand(64), rand(64)
		s1, s2 := NewScalar().FromUniformBytes(w1), NewScalar().FromUniformBytes(w2)
		g1, g2 := gtank.NewScalar().FromUniformBytes(w1), gtank.NewScalar().FromUniformBytes(w2)
		same := func(what string, a []byte, b []byte) {
			t.Helper()
			if !bytes.Equal(a, b) {
				t.Fatalf("#%d %s: %x, gtank %x", i, what, a, b)
			}
		}
		same("scalar", s1.Encode(nil), g1.Encode(nil))
		same("add", NewScalar().Add(s1, s2).Encode(nil), gtank.NewScalar().Add(g1, g2).Encode(nil))
		same("sub", NewScalar().Subtract(s1, s2).Encode(nil), gtank.NewScalar().Subtract(g1, g2).Encode(nil))
		same("mul", NewScalar().Multiply(s1, s2).Encode(nil), gtank.NewScalar().Multiply(g1, g2).Encode(nil))
		same("neg", NewScalar().Negate(s1).Encode(nil), gtank.NewScalar().Negate(g1).Encode(nil))
		same("inv", NewScalar().Invert(s1).Encode(nil), gtank.NewScalar().Invert(g1).Encode(nil))
		raw := rand(32)
		errS, errG := NewScalar().Decode(raw), gtank.NewScalar().Decode(raw)
		if (errS == nil) != (errG == nil) {
			t.Fatalf("#%d scalar decode %x: %v, gtank %v", i, raw, errS, errG)
		}

		// Elements: the map, multiplications, sums, encodings.
		p, gp := NewElement().FromUniformBytes(w1), gtank.NewElement().FromUniformBytes(w1)
		q, gq := NewElement().FromUniformBytes(w2), gtank.NewElement().FromUniformBytes(w2)
		same("map", p.Encode(nil), gp.Encode(nil))
		same("base mult", NewElement().ScalarBaseMult(s1).Encode(nil), gtank.NewElement().ScalarBaseMult(g1).Encode(nil))
		same("mult", NewElement().ScalarMult(s2, p).Encode(nil), gtank.NewElement().ScalarMult(g2, gp).Encode(nil))
		same("add", NewElement().Add(p, q).Encode(nil), gtank.NewElement().Add(gp, gq).Encode(nil))
		same("sub", NewElement().Subtract(p, q).Encode(nil), gtank.NewElement().Subtract(gp, gq).Encode(nil))
		same("neg", NewElement().Negate(p).Encode(nil), gtank.NewElement().Negate(gp).Encode(nil))
		same("double base", NewElement().VarTimeDoubleScalarBaseMult(s1, p, s2).Encode(nil),
			gtank.NewElement().VarTimeDoubleScalarBaseMult(g1, gp, g2).Encode(nil))
		same("msm", NewElement().VarTimeMultiScalarMult([]*Scalar{s1, s2}, []*Element{p, q}).Encode(nil),
			gtank.NewElement().VarTimeMultiScalarMult([]*gtank.Scalar{g1, g2}, []*gtank.Element{gp, gq}).Encode(nil))
		if p.Equal(q) != gp.Equal(gq) || p.Equal(NewElement().Set(p)) != 1 {
			t.Fatalf("#%d: Equal differs", i)
		}

		// Decoding: an encoding round trips; random bytes (mostly invalid),
		// and the encoding with one bit flipped, are refused alike.
		enc := p.Encode(nil)
		var d Element
		if err := d.Decode(enc); err != nil || d.Equal(p) != 1 {
			t.Fatalf("#%d: %x does not decode to itself: %v", i, enc, err)
		}
		flipped := bytes.Clone(enc)
		flipped[rng.IntN(32)] ^= 1 << rng.IntN(8)
		for _, b := range [][]byte{raw, flipped} {
			var ge gtank.Element
			err, gerr := d.Decode(b), ge.Decode(b)
			if (err == nil) != (gerr == nil) {
				t.Fatalf("#%d: decode %x: %v, gtank %v", i, b, err, gerr)
			}
			if err == nil {
				same("decode", d.Encode(nil), ge.Encode(nil))
			}
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	enc := NewElement().FromUniformBytes(make([]byte, 64)).Encode(nil)
	var e Element
	for b.Loop() {
		if err := e.Decode(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeGtank(b *testing.B) {
	enc := NewElement().FromUniformBytes(make([]byte, 64)).Encode(nil)
	var e gtank.Element
	for b.Loop() {
		if err := e.Decode(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	e := NewElement().FromUniformBytes(make([]byte, 64))
	buf := make([]byte, 0, 32)
	for b.Loop() {
		buf = e.Encode(buf[:0])
	}
}
