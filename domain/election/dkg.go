package election

import (
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
	"golang.org/x/crypto/chacha20poly1305"
)

// MaxTrustees is the largest number of trustees in a ceremony.
const MaxTrustees = 255

// Ceremony is the public setup of a key ceremony: its id, the threshold t
// and the n trustees' encryption public keys. Trustee i (1 ≤ i ≤ n) is the
// one whose key is Trustees[i−1]. Every message of the ceremony is bound to
// all of it.
type Ceremony struct {
	ID        []byte      // 1 to 1024 bytes, unique to the ceremony (e.g. the election id)
	Threshold int         // t: any t trustees can decrypt, fewer learn nothing; 1 ≤ t ≤ n
	Trustees  []PublicKey // n encryption keys, 1 ≤ n ≤ MaxTrustees
}

func (c *Ceremony) check() error {
	n := len(c.Trustees)
	if len(c.ID) == 0 || len(c.ID) > 1024 {
		return errors.New("ceremony id must be 1 to 1024 bytes")
	}
	if n == 0 || n > MaxTrustees {
		return fmt.Errorf("%d trustees, want 1 to %d", n, MaxTrustees)
	}
	if c.Threshold < 1 || c.Threshold > n {
		return fmt.Errorf("threshold %d, want 1 to %d", c.Threshold, n)
	}
	for i, k := range c.Trustees {
		if !k.valid() {
			return fmt.Errorf("trustee %d has no key", i+1)
		}
	}
	return nil
}

// digest is the transcript "ceremony": ID, u16be(t), u16be(n), K_1 || … || K_n.
func (c *Ceremony) digest() []byte {
	t := newTranscript("ceremony")
	t.field(c.ID)
	t.field(binary.BigEndian.AppendUint16(nil, uint16(c.Threshold)))
	t.field(binary.BigEndian.AppendUint16(nil, uint16(len(c.Trustees))))
	keys := make([][]byte, len(c.Trustees))
	for i := range c.Trustees {
		keys[i] = c.Trustees[i].enc[:]
	}
	t.field(keys...)
	return t.digest()
}

const (
	dealingVersion  = 0x01
	sealedShareSize = pointSize + scalarSize + chacha20poly1305.Overhead // E || AEAD(f(j))
)

// Dealing is a trustee's public round-one message in the key ceremony
// (joint-Feldman distributed key generation): Feldman commitments
// C_k = a_k·G to the coefficients of its secret polynomial f of degree t−1,
// a Schnorr proof of knowledge of a_0, and for each trustee j the share f(j)
// encrypted to j's encryption key.
type Dealing struct {
	dealer      int
	threshold   int
	commitments []ristretto255.Element
	pokR        ristretto255.Element
	pokZ        ristretto255.Scalar
	shares      [][]byte // sealed shares, sealedShareSize bytes each, for j = 1 … n
	raw         []byte
}

// DealingSize returns the encoded size of a Dealing for threshold t and n trustees.
func DealingSize(t, n int) int {
	return 1 + 2 + 2 + 2 + t*pointSize + pointSize + scalarSize + n*sealedShareSize
}

// DealerSecret is the secret polynomial f behind a Dealing. The dealer keeps
// it until the ceremony closes, to answer complaints by revealing shares
// (see Reveal), then erases it.
type DealerSecret struct {
	coeffs []*ristretto255.Scalar
}

// Reveal returns the share f(recipient), 32 bytes, to publish in answer to
// a complaint from trustee recipient.
func (s *DealerSecret) Reveal(recipient int) []byte {
	return evalPoly(s.coeffs, recipient).Encode(nil)
}

// MarshalBinary returns the t coefficients a_0 … a_{t−1}, 32 bytes each.
func (s *DealerSecret) MarshalBinary() ([]byte, error) {
	var b []byte
	for _, a := range s.coeffs {
		b = a.Encode(b)
	}
	return b, nil
}

// UnmarshalDealerSecret decodes a DealerSecret strictly.
func UnmarshalDealerSecret(b []byte) (*DealerSecret, error) {
	if len(b) == 0 || len(b)%scalarSize != 0 || len(b)/scalarSize > MaxTrustees {
		return nil, fmt.Errorf("couldn't decode dealer secret: length %d", len(b))
	}
	s := &DealerSecret{}
	for i := 0; i < len(b); i += scalarSize {
		a, err := decodeScalar(b[i : i+scalarSize])
		if err != nil {
			return nil, fmt.Errorf("couldn't decode dealer secret: %w", err)
		}
		s.coeffs = append(s.coeffs, a)
	}
	return s, nil
}

// NewDealing makes trustee dealer's round-one message for ceremony c, and
// the secret polynomial behind it.
func NewDealing(rand io.Reader, c Ceremony, dealer int) (*Dealing, *DealerSecret, error) {
	d, s, err := newDealing(rand, &c, dealer)
	if err != nil {
		return nil, nil, fmt.Errorf("couldn't make dealing: %w", err)
	}
	return d, s, nil
}

func newDealing(rand io.Reader, c *Ceremony, dealer int) (*Dealing, *DealerSecret, error) {
	if err := c.check(); err != nil {
		return nil, nil, err
	}
	n, t := len(c.Trustees), c.Threshold
	if dealer < 1 || dealer > n {
		return nil, nil, fmt.Errorf("dealer %d out of range", dealer)
	}
	coeffs := make([]*ristretto255.Scalar, t)
	for k := range coeffs {
		a, err := randomScalar(rand)
		if err != nil {
			return nil, nil, err
		}
		coeffs[k] = a
	}
	cd := c.digest()
	out := make([]byte, 0, DealingSize(t, n))
	out = append(out, dealingVersion)
	out = binary.BigEndian.AppendUint16(out, uint16(dealer))
	out = binary.BigEndian.AppendUint16(out, uint16(t))
	out = binary.BigEndian.AppendUint16(out, uint16(n))
	commitStart := len(out)
	for _, a := range coeffs {
		out = ristretto255.NewElement().ScalarBaseMult(a).Encode(out)
	}
	w, err := randomScalar(rand)
	if err != nil {
		return nil, nil, err
	}
	R := ristretto255.NewElement().ScalarBaseMult(w)
	ch := pokChallenge(cd, dealer, out[commitStart:], R.Encode(nil))
	z := ristretto255.NewScalar().Multiply(ch, coeffs[0])
	z.Add(z, w)
	out = R.Encode(out)
	out = z.Encode(out)
	for j := 1; j <= n; j++ {
		s := evalPoly(coeffs, j)
		sealed, err := sealShare(rand, cd, dealer, j, c.Trustees[j-1], s)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, sealed...)
	}
	d, err := unmarshalDealing(out)
	if err != nil {
		return nil, nil, err
	}
	return d, &DealerSecret{coeffs: coeffs}, nil
}

func pokChallenge(ceremony []byte, dealer int, commitments, R []byte) *ristretto255.Scalar {
	return newTranscript("dkg-pok").
		field(ceremony).
		field(binary.BigEndian.AppendUint16(nil, uint16(dealer))).
		field(commitments).
		field(R).
		scalar()
}

// evalPoly returns Σ coeffs[k]·x^k.
func evalPoly(coeffs []*ristretto255.Scalar, x int) *ristretto255.Scalar {
	xs := scalarFromUint(uint64(x))
	acc := ristretto255.NewScalar()
	for k := len(coeffs) - 1; k >= 0; k-- {
		acc.Multiply(acc, xs)
		acc.Add(acc, coeffs[k])
	}
	return acc
}

// shareKey derives the AEAD key for the share from dealer to recipient:
//
//	HKDF-SHA-256(secret = enc(S), salt = ceremony digest,
//	             info = "scrutin-election-v2/dkg-share" || u16be(dealer) || u16be(recipient) || enc(E) || enc(K_recipient))
func shareKey(S *ristretto255.Element, ceremony []byte, dealer, recipient int, E []byte, K PublicKey) ([]byte, error) {
	info := []byte(Version + "/dkg-share")
	info = binary.BigEndian.AppendUint16(info, uint16(dealer))
	info = binary.BigEndian.AppendUint16(info, uint16(recipient))
	info = append(info, E...)
	info = append(info, K.enc[:]...)
	return hkdf.Key(sha256.New, S.Encode(nil), ceremony, string(info), chacha20poly1305.KeySize)
}

// sealShare encrypts s to K with an ephemeral Diffie–Hellman key E = e·G:
// E || ChaCha20-Poly1305(key, nonce = 0^12, s, aad = "").
func sealShare(rand io.Reader, ceremony []byte, dealer, recipient int, K PublicKey, s *ristretto255.Scalar) ([]byte, error) {
	e, err := randomScalar(rand)
	if err != nil {
		return nil, err
	}
	E := ristretto255.NewElement().ScalarBaseMult(e).Encode(nil)
	S := ristretto255.NewElement().ScalarMult(e, K.element())
	key, err := shareKey(S, ceremony, dealer, recipient, E, K)
	if err != nil {
		return nil, err
	}
	aead, err := chacha20poly1305.New(key)
	if err != nil {
		return nil, err
	}
	var nonce [chacha20poly1305.NonceSize]byte
	return aead.Seal(E, nonce[:], s.Encode(nil), nil), nil
}

// MarshalBinary returns the canonical encoding of the dealing:
//
//	u8 version (0x01) || u16be dealer || u16be t || u16be n
//	t × C_k                           commitments, k = 0 … t−1
//	R || z                            Schnorr proof of knowledge of a_0
//	n × ( E_j || AEAD ciphertext )    80 bytes each, j = 1 … n
func (d *Dealing) MarshalBinary() ([]byte, error) {
	return append([]byte(nil), d.raw...), nil
}

// UnmarshalDealing decodes a dealing strictly (canonical points and scalars,
// exact length, 1 ≤ t ≤ n ≤ MaxTrustees, 1 ≤ dealer ≤ n). It doesn't check
// the proof: call Verify.
func UnmarshalDealing(b []byte) (*Dealing, error) {
	d, err := unmarshalDealing(b)
	if err != nil {
		return nil, fmt.Errorf("couldn't decode dealing: %w", err)
	}
	return d, nil
}

func unmarshalDealing(b []byte) (*Dealing, error) {
	raw := append([]byte(nil), b...)
	r := reader{b: raw}
	if v := r.u8(); r.err == nil && v != dealingVersion {
		return nil, fmt.Errorf("unknown version %d", v)
	}
	dealer, t, n := r.u16(), r.u16(), r.u16()
	if r.err != nil {
		return nil, r.err
	}
	if n < 1 || n > MaxTrustees || t < 1 || t > n || dealer < 1 || dealer > n {
		return nil, fmt.Errorf("bad header: dealer %d, t %d, n %d", dealer, t, n)
	}
	if len(b) != DealingSize(t, n) {
		return nil, fmt.Errorf("length %d, want %d", len(b), DealingSize(t, n))
	}
	d := &Dealing{dealer: dealer, threshold: t, commitments: make([]ristretto255.Element, t), raw: raw}
	for k := range d.commitments {
		r.point(&d.commitments[k])
	}
	r.point(&d.pokR)
	r.scalar(&d.pokZ)
	for range n {
		sealed := r.next(sealedShareSize)
		if sealed != nil {
			var E ristretto255.Element
			if err := E.Decode(sealed[:pointSize]); err != nil {
				r.err = errNonCanonicalPoint
			}
		}
		d.shares = append(d.shares, sealed)
	}
	if err := r.done(); err != nil {
		return nil, err
	}
	return d, nil
}

// Dealer returns the dealing trustee's index, 1 to n.
func (d *Dealing) Dealer() int { return d.dealer }

func (d *Dealing) commitmentBytes() []byte {
	return d.raw[7 : 7+d.threshold*pointSize]
}

// Verify checks the dealing's public parts against the ceremony: it was made
// for c's threshold and number of trustees, and its proof of knowledge of the
// constant term verifies. The shares are checked by their recipients with
// CheckShare or TrusteeShare.
func (d *Dealing) Verify(c Ceremony) error {
	if err := d.verify(&c); err != nil {
		return fmt.Errorf("couldn't verify dealing from trustee %d: %w", d.dealer, err)
	}
	return nil
}

var errPoK = errors.New("invalid proof of knowledge")

func (d *Dealing) verify(c *Ceremony) error {
	if err := c.check(); err != nil {
		return err
	}
	if d.threshold != c.Threshold || len(d.shares) != len(c.Trustees) {
		return fmt.Errorf("dealing is for t=%d n=%d, ceremony has t=%d n=%d", d.threshold, len(d.shares), c.Threshold, len(c.Trustees))
	}
	if isIdentity(&d.commitments[0]) {
		return errors.New("constant-term commitment is the identity")
	}
	ch := pokChallenge(c.digest(), d.dealer, d.commitmentBytes(), d.pokR.Encode(nil))
	// z·G = R + c·C_0
	neg := ristretto255.NewScalar().Negate(ch)
	if ristretto255.NewElement().VarTimeDoubleScalarBaseMult(neg, &d.commitments[0], &d.pokZ).Equal(&d.pokR) != 1 {
		return errPoK
	}
	return nil
}

// commitmentAt returns Σ_k C_k·x^k, the public image f(x)·G of the share for x.
func (d *Dealing) commitmentAt(x int) *ristretto255.Element {
	xs := scalarFromUint(uint64(x))
	acc := ristretto255.NewElement()
	for k := len(d.commitments) - 1; k >= 0; k-- {
		acc.ScalarMult(xs, acc)
		acc.Add(acc, &d.commitments[k])
	}
	return acc
}

// ShareError reports a share that its recipient couldn't open or that doesn't
// match the dealer's commitments: grounds for a public complaint against
// Dealer. Use errors.As to get it.
type ShareError struct {
	Dealer, Recipient int
	Err               error
}

func (e *ShareError) Error() string {
	return fmt.Sprintf("share from trustee %d to trustee %d is invalid: %v", e.Dealer, e.Recipient, e.Err)
}

func (e *ShareError) Unwrap() error { return e.Err }

// CheckShare decrypts the share d holds for trustee recipient with that
// trustee's encryption key and checks it against d's commitments:
// f(recipient)·G = Σ_k C_k·recipient^k. A bad share yields a *ShareError,
// grounds for a complaint. The caller must have checked d with Verify.
func CheckShare(c Ceremony, d *Dealing, recipient int, key *PrivateKey) error {
	if _, err := openShare(&c, c.digest(), d, recipient, key); err != nil {
		return fmt.Errorf("couldn't check share: %w", err)
	}
	return nil
}

func openShare(c *Ceremony, cd []byte, d *Dealing, recipient int, key *PrivateKey) (*ristretto255.Scalar, error) {
	if recipient < 1 || recipient > len(d.shares) || recipient > len(c.Trustees) {
		return nil, fmt.Errorf("recipient %d out of range", recipient)
	}
	K := c.Trustees[recipient-1]
	if !key.pub.Equal(K) {
		return nil, errors.New("key isn't the recipient's encryption key")
	}
	sealed := d.shares[recipient-1]
	E, err := decodePoint(sealed[:pointSize])
	if err != nil {
		return nil, &ShareError{d.dealer, recipient, err}
	}
	S := ristretto255.NewElement().ScalarMult(&key.x, E)
	k, err := shareKey(S, cd, d.dealer, recipient, sealed[:pointSize], K)
	if err != nil {
		return nil, err
	}
	aead, err := chacha20poly1305.New(k)
	if err != nil {
		return nil, err
	}
	var nonce [chacha20poly1305.NonceSize]byte
	plain, err := aead.Open(nil, nonce[:], sealed[pointSize:], nil)
	if err != nil {
		return nil, &ShareError{d.dealer, recipient, errors.New("decryption failed")}
	}
	s, err := decodeScalar(plain)
	if err != nil {
		return nil, &ShareError{d.dealer, recipient, err}
	}
	if ristretto255.NewElement().ScalarBaseMult(s).Equal(d.commitmentAt(recipient)) != 1 {
		return nil, &ShareError{d.dealer, recipient, errors.New("share doesn't match commitments")}
	}
	return s, nil
}

// CheckRevealedShare checks a share that d's dealer revealed in answer to a
// complaint by trustee recipient: share·G = Σ_k C_k·recipient^k. If it
// fails, the dealer is disqualified; if it holds, recipient uses it (pass it
// to TrusteeShare in revealed).
func CheckRevealedShare(d *Dealing, recipient int, share []byte) error {
	if _, err := checkRevealed(d, recipient, share); err != nil {
		return fmt.Errorf("couldn't check revealed share: %w", err)
	}
	return nil
}

func checkRevealed(d *Dealing, recipient int, share []byte) (*ristretto255.Scalar, error) {
	if recipient < 1 || recipient > len(d.shares) {
		return nil, fmt.Errorf("recipient %d out of range", recipient)
	}
	s, err := decodeScalar(share)
	if err != nil {
		return nil, &ShareError{d.dealer, recipient, err}
	}
	if ristretto255.NewElement().ScalarBaseMult(s).Equal(d.commitmentAt(recipient)) != 1 {
		return nil, &ShareError{d.dealer, recipient, errors.New("share doesn't match commitments")}
	}
	return s, nil
}

// checkDealings checks that dealings come from distinct dealers of c.
func checkDealings(c *Ceremony, dealings []*Dealing) error {
	if len(dealings) == 0 {
		return errors.New("no dealings")
	}
	seen := map[int]bool{}
	for _, d := range dealings {
		if seen[d.dealer] {
			return fmt.Errorf("two dealings from trustee %d", d.dealer)
		}
		seen[d.dealer] = true
		if d.threshold != c.Threshold || len(d.shares) != len(c.Trustees) {
			return fmt.Errorf("dealing from trustee %d doesn't match the ceremony", d.dealer)
		}
	}
	return nil
}

// ElectionKey returns the election public key Σ_i C_{i,0}, the sum of the
// constant-term commitments of the qualified dealings: those that verified
// and drew no upheld complaint. Every trustee and auditor must use the same
// set.
func ElectionKey(c Ceremony, dealings []*Dealing) (PublicKey, error) {
	if err := checkDealings(&c, dealings); err != nil {
		return PublicKey{}, fmt.Errorf("couldn't derive election key: %w", err)
	}
	K := ristretto255.NewElement()
	for _, d := range dealings {
		K.Add(K, &d.commitments[0])
	}
	pk, err := newPublicKey(K)
	if err != nil {
		return PublicKey{}, fmt.Errorf("couldn't derive election key: %w", err)
	}
	return pk, nil
}

// VerificationKey returns trustee j's public verification key
// Σ_i Σ_k C_{i,k}·j^k = x_j·G, against which its partial decryptions are
// checked. It is computed from public commitments only.
func VerificationKey(c Ceremony, dealings []*Dealing, trustee int) (PublicKey, error) {
	if err := checkDealings(&c, dealings); err != nil {
		return PublicKey{}, fmt.Errorf("couldn't derive verification key: %w", err)
	}
	if trustee < 1 || trustee > len(c.Trustees) {
		return PublicKey{}, fmt.Errorf("couldn't derive verification key: trustee %d out of range", trustee)
	}
	V := ristretto255.NewElement()
	for _, d := range dealings {
		V.Add(V, d.commitmentAt(trustee))
	}
	pk, err := newPublicKey(V)
	if err != nil {
		return PublicKey{}, fmt.Errorf("couldn't derive verification key: %w", err)
	}
	return pk, nil
}

// TrusteeShare opens and checks trustee's shares from every qualified dealing
// and returns its share x_j = Σ_i f_i(j) of the election secret key. Its
// public key is VerificationKey(c, dealings, trustee). revealed maps a dealer
// index to the share it revealed publicly for this trustee after a complaint
// (usually nil); such shares are used instead of the sealed ones. Bad shares
// are reported as *ShareError (the first one found).
func TrusteeShare(c Ceremony, dealings []*Dealing, trustee int, key *PrivateKey, revealed map[int][]byte) (*PrivateKey, error) {
	if err := checkDealings(&c, dealings); err != nil {
		return nil, fmt.Errorf("couldn't derive trustee share: %w", err)
	}
	cd := c.digest()
	x := ristretto255.NewScalar()
	for _, d := range dealings {
		var s *ristretto255.Scalar
		var err error
		if r, ok := revealed[d.dealer]; ok {
			s, err = checkRevealed(d, trustee, r)
		} else {
			s, err = openShare(&c, cd, d, trustee, key)
		}
		if err != nil {
			return nil, fmt.Errorf("couldn't derive trustee share: %w", err)
		}
		x.Add(x, s)
	}
	k, err := newPrivateKey(x)
	if err != nil {
		return nil, fmt.Errorf("couldn't derive trustee share: %w", err)
	}
	return k, nil
}
