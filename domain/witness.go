package domain

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/mod/sumdb/note"
)

// Witness cosignatures, per C2SP tlog-cosignature (https://c2sp.org/tlog-cosignature).
//
// A witness checks that each checkpoint it is shown extends the last one it
// saw for that log, and only then signs it. Its signature is one more line of
// the checkpoint's signed note:
//
//	scrutin.example/log
//	3
//	vHDnJmV3aVW7l9HIjXhuEbjLaQUN4ZbwnvQtxYVMGLM=
//
//	— scrutin.example/log 6lq9S…
//	— witness.example/w1 jWbPPwAAAABkGFDL…
//
// The Ed25519 "cosignature/v1" kind is the one golang.org/x/mod/sumdb/note
// does not verify natively: its vkey carries the algorithm byte 0x04, and
// the signature is a timestamp (u64, big-endian) followed by an Ed25519
// signature of
//
//	cosignature/v1
//	time <timestamp>
//	<the checkpoint's note text>
//
// Since a log that shows two different trees to two audiences cannot get
// both cosigned by an honest witness, a client that requires a quorum of
// cosignatures from independent witnesses sees the same tree as everyone.

// algCosignatureV1 is the signed-note algorithm byte of Ed25519 cosignatures.
const algCosignatureV1 = 4

// ErrNotWitnessed is returned (wrapped) when a checkpoint does not carry the
// quorum of valid cosignatures a witness policy requires. Use errors.Is.
var ErrNotWitnessed = errors.New("not enough witness cosignatures")

// NewCosignatureVerifier returns a note verifier of Ed25519 cosignature/v1
// signatures, from a vkey "<name>+<key ID hex>+<base64(0x04 || public key)>".
func NewCosignatureVerifier(vkey string) (note.Verifier, error) {
	name, rest, ok1 := strings.Cut(vkey, "+")
	hash16, key64, ok2 := strings.Cut(rest, "+")
	if !ok1 || !ok2 || !validKeyName(name) || len(hash16) != 8 {
		return nil, fmt.Errorf("malformed witness key %q: want name+hash+key", vkey)
	}
	h, err1 := strconv.ParseUint(hash16, 16, 32)
	key, err2 := base64.StdEncoding.DecodeString(key64)
	if err1 != nil || err2 != nil || base64.StdEncoding.EncodeToString(key) != key64 {
		return nil, fmt.Errorf("malformed witness key %q", vkey)
	}
	if len(key) != 1+ed25519.PublicKeySize || key[0] != algCosignatureV1 {
		return nil, fmt.Errorf("witness key %q is not an Ed25519 cosignature/v1 key (algorithm 0x04)", vkey)
	}
	if uint32(h) != cosignatureKeyID(name, key[1:]) {
		return nil, fmt.Errorf("witness key %q: key ID does not match the name and key", vkey)
	}
	return &cosignatureVerifier{name: name, hash: uint32(h), key: ed25519.PublicKey(key[1:])}, nil
}

// NewCosignatureVerifierKey returns the cosignature/v1 vkey of a witness's
// Ed25519 public key.
func NewCosignatureVerifierKey(name string, pub ed25519.PublicKey) (string, error) {
	if !validKeyName(name) || len(pub) != ed25519.PublicKeySize {
		return "", errors.New("couldn't make a witness key: invalid name or public key")
	}
	return fmt.Sprintf("%s+%08x+%s", name, cosignatureKeyID(name, pub),
		base64.StdEncoding.EncodeToString(append([]byte{algCosignatureV1}, pub...))), nil
}

// cosignatureKeyID is SHA-256(name || "\n" || 0x04 || key)[:4].
func cosignatureKeyID(name string, pub []byte) uint32 {
	h := sha256.New()
	h.Write([]byte(name + "\n"))
	h.Write([]byte{algCosignatureV1})
	h.Write(pub)
	return binary.BigEndian.Uint32(h.Sum(nil))
}

// validKeyName is the signed-note rule: non-empty, no spaces, no plus sign.
func validKeyName(name string) bool {
	return name != "" && utf8.ValidString(name) && strings.IndexFunc(name, unicode.IsSpace) < 0 && !strings.Contains(name, "+")
}

type cosignatureVerifier struct {
	name string
	hash uint32
	key  ed25519.PublicKey
}

func (v *cosignatureVerifier) Name() string    { return v.name }
func (v *cosignatureVerifier) KeyHash() uint32 { return v.hash }

// Verify checks a timestamped_signature (u64 timestamp || Ed25519
// signature) over the cosignature/v1 message of msg, the note text.
func (v *cosignatureVerifier) Verify(msg, sig []byte) bool {
	if len(sig) != 8+ed25519.SignatureSize {
		return false
	}
	t := binary.BigEndian.Uint64(sig)
	if t > math.MaxInt64 {
		return false
	}
	return ed25519.Verify(v.key, CosignatureMessage(int64(t), msg), sig[8:])
}

// CosignatureMessage is what a witness signs for a cosignature/v1 at time t
// (a POSIX timestamp) of a checkpoint's note text.
func CosignatureMessage(t int64, text []byte) []byte {
	m := fmt.Appendf(nil, "cosignature/v1\ntime %d\n", t)
	return append(m, text...)
}

// CosignatureTime returns the time at which a witness made a cosignature
// (the signature of a cosignature/v1 verifier, as note.Open returns it).
func CosignatureTime(sig note.Signature) (time.Time, error) {
	b, err := base64.StdEncoding.DecodeString(sig.Base64)
	if err != nil || len(b) != 4+8+ed25519.SignatureSize {
		return time.Time{}, errors.New("malformed cosignature")
	}
	t := binary.BigEndian.Uint64(b[4:])
	if t > math.MaxInt64 {
		return time.Time{}, errors.New("malformed cosignature: timestamp beyond 2^63-1")
	}
	return time.Unix(int64(t), 0).UTC(), nil
}

// Witness is a witness named by a policy: its cosignature verifier key and,
// for the log that asks it to cosign, where it takes requests.
type Witness struct {
	// Key is the witness's cosignature/v1 vkey.
	Key string
	// URL is the witness's C2SP tlog-witness submission prefix (the log
	// POSTs to URL/add-checkpoint). Optional: verifiers need only the key.
	URL string
}

// WitnessPolicy says which witnesses a client trusts, and how many of them
// must have cosigned a checkpoint before it is believed.
type WitnessPolicy struct {
	// Quorum is the number of distinct witnesses of the list whose valid
	// cosignature a checkpoint must carry: 1 ≤ Quorum ≤ len(Witnesses).
	Quorum    int
	Witnesses []Witness
}

// Verifiers returns the policy's cosignature verifiers, in order, after
// checking the policy: valid keys, no key twice, a quorum within bounds.
func (p WitnessPolicy) Verifiers() ([]note.Verifier, error) {
	if len(p.Witnesses) == 0 {
		return nil, errors.New("invalid witness policy: no witness")
	}
	if p.Quorum < 1 || p.Quorum > len(p.Witnesses) {
		return nil, fmt.Errorf("invalid witness policy: quorum %d of %d witnesses", p.Quorum, len(p.Witnesses))
	}
	vs := make([]note.Verifier, len(p.Witnesses))
	seen := make(map[string]bool)
	for i, w := range p.Witnesses {
		v, err := NewCosignatureVerifier(w.Key)
		if err != nil {
			return nil, fmt.Errorf("invalid witness policy: %w", err)
		}
		id := fmt.Sprintf("%s+%08x", v.Name(), v.KeyHash())
		if seen[id] {
			return nil, fmt.Errorf("invalid witness policy: witness %s listed twice", id)
		}
		seen[id] = true
		if w.URL != "" {
			if u, err := url.Parse(w.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return nil, fmt.Errorf("invalid witness policy: URL %q of %s is not an http(s) URL", w.URL, v.Name())
			}
		}
		vs[i] = v
	}
	return vs, nil
}

// FormatWitnessPolicy returns the text form of a policy, one line a
// witness (its vkey, then its submission URL if any) and a quorum line:
//
//	witness witness.example/w1+1a2b3c4d+BH1d…= https://w1.example/
//	witness witness.example/w2+5e6f7a8b+BOx3…=
//	quorum 1
func FormatWitnessPolicy(p WitnessPolicy) string {
	var b strings.Builder
	for _, w := range p.Witnesses {
		b.WriteString("witness " + w.Key)
		if w.URL != "" {
			b.WriteString(" " + w.URL)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "quorum %d\n", p.Quorum)
	return b.String()
}

// ParseWitnessPolicy parses the text form of a policy (see
// FormatWitnessPolicy). Blank lines and lines starting with # are
// ignored; the quorum line is optional and defaults to every witness.
func ParseWitnessPolicy(text string) (WitnessPolicy, error) {
	var p WitnessPolicy
	quorum := false
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		switch {
		case f[0] == "witness" && (len(f) == 2 || len(f) == 3):
			w := Witness{Key: f[1]}
			if len(f) == 3 {
				w.URL = f[2]
			}
			p.Witnesses = append(p.Witnesses, w)
		case f[0] == "quorum" && len(f) == 2 && !quorum:
			n, err := strconv.Atoi(f[1])
			if err != nil || f[1] != strconv.Itoa(n) {
				return p, fmt.Errorf("witness policy line %d: quorum %q is not a number", i+1, f[1])
			}
			p.Quorum, quorum = n, true
		default:
			return p, fmt.Errorf("witness policy line %d: want \"witness <vkey> [<url>]\" or \"quorum <k>\" (once), got %q", i+1, line)
		}
	}
	if !quorum {
		p.Quorum = len(p.Witnesses)
	}
	if _, err := p.Verifiers(); err != nil {
		return p, err
	}
	return p, nil
}

// OpenWitnessed verifies a checkpoint signed by the log and cosigned by a
// quorum of the policy's witnesses, and parses it. Cosignatures from keys
// the policy does not name are ignored (they count for nothing); a
// cosignature that names a policy key but does not verify fails the whole
// checkpoint. Too few cosignatures is an error wrapping ErrNotWitnessed.
func OpenWitnessed(signed []byte, logKey note.Verifier, policy WitnessPolicy) (Checkpoint, error) {
	vs, err := policy.Verifiers()
	if err != nil {
		return Checkpoint{}, err
	}
	c, n, err := OpenCheckpoint(signed, logKey, vs...)
	if err != nil {
		return Checkpoint{}, err
	}
	have := 0
	for _, v := range vs {
		for _, s := range n.Sigs {
			if s.Name == v.Name() && s.Hash == v.KeyHash() {
				have++
				break
			}
		}
	}
	if have < policy.Quorum {
		var unknown []string
		for _, s := range n.UnverifiedSigs {
			unknown = append(unknown, s.Name)
		}
		ignored := ""
		if len(unknown) > 0 {
			ignored = fmt.Sprintf(" (ignored signatures from unknown keys: %s)", strings.Join(unknown, ", "))
		}
		return Checkpoint{}, fmt.Errorf("%w: checkpoint %d carries %d of the %d required%s", ErrNotWitnessed, c.Size, have, policy.Quorum, ignored)
	}
	return c, nil
}

// VerifyWitnessed is OpenWitnessed for callers that already hold the
// checkpoint's body: nil if signed is signed by the log and cosigned by a
// quorum of policy's witnesses.
func VerifyWitnessed(signed []byte, logKey note.Verifier, policy WitnessPolicy) error {
	_, err := OpenWitnessed(signed, logKey, policy)
	return err
}

// AddCosignatures returns the signed note with extra signature lines
// appended (each "— <name> <base64>\n", as a witness returns them). It
// checks only their form: OpenWitnessed checks what they sign.
func AddCosignatures(signed, lines []byte) ([]byte, error) {
	if !bytes.HasSuffix(signed, []byte("\n")) || !bytes.Contains(signed, []byte("\n\n")) {
		return nil, errors.New("malformed signed note")
	}
	if len(lines) == 0 {
		return signed, nil
	}
	if !bytes.HasSuffix(lines, []byte("\n")) {
		return nil, errors.New("malformed signature lines: no final newline")
	}
	for _, l := range strings.Split(strings.TrimSuffix(string(lines), "\n"), "\n") {
		name, b64, ok := strings.Cut(strings.TrimPrefix(l, "— "), " ")
		if !strings.HasPrefix(l, "— ") || !ok || !validKeyName(name) {
			return nil, fmt.Errorf("malformed signature line %q", l)
		}
		if b, err := base64.StdEncoding.DecodeString(b64); err != nil || len(b) < 5 {
			return nil, fmt.Errorf("malformed signature line %q", l)
		}
	}
	out := make([]byte, 0, len(signed)+len(lines))
	return append(append(out, signed...), lines...), nil
}
