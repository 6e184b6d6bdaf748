package domain

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Checkpoint is the body of a C2SP tlog-checkpoint: the log's origin, the
// number of entries, and the RFC 6962 root hash of the tree of that size.
// See https://c2sp.org/tlog-checkpoint.
type Checkpoint struct {
	Origin string
	Size   int64
	Hash   tlog.Hash
}

// Tree returns the checkpoint as a tlog.Tree.
func (c Checkpoint) Tree() tlog.Tree { return tlog.Tree{N: c.Size, Hash: c.Hash} }

// FormatCheckpoint returns the checkpoint's note text, for example
//
//	scrutin.example/log
//	3
//	vHDnJmV3aVW7l9HIjXhuEbjLaQUN4ZbwnvQtxYVMGLM=
//
// with a final newline. Scrutin writes no extension lines.
func FormatCheckpoint(c Checkpoint) string {
	return fmt.Sprintf("%s\n%d\n%s\n", c.Origin, c.Size, base64.StdEncoding.EncodeToString(c.Hash[:]))
}

// ParseCheckpoint parses a checkpoint's note text strictly: the origin, a
// decimal size without leading zeros, a standard base64 hash, and optional
// extension lines (ignored, as the spec requires of clients that do not know
// them).
func ParseCheckpoint(text string) (Checkpoint, error) {
	var c Checkpoint
	if !strings.HasSuffix(text, "\n") {
		return c, errors.New("malformed checkpoint: no final newline")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) < 3 {
		return c, errors.New("malformed checkpoint: fewer than 3 lines")
	}
	c.Origin = lines[0]
	if c.Origin == "" {
		return c, errors.New("malformed checkpoint: empty origin")
	}
	n, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || n < 0 || lines[1] != strconv.FormatInt(n, 10) {
		return c, fmt.Errorf("malformed checkpoint: size %q", lines[1])
	}
	c.Size = n
	h, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(h) != tlog.HashSize || base64.StdEncoding.EncodeToString(h) != lines[2] {
		return c, fmt.Errorf("malformed checkpoint: hash %q", lines[2])
	}
	copy(c.Hash[:], h)
	for _, l := range lines[3:] {
		if l == "" {
			return c, errors.New("malformed checkpoint: empty extension line")
		}
	}
	return c, nil
}

// OpenCheckpoint verifies a signed checkpoint note with the log's verifier
// key (and any other verifiers given, such as witnesses: those signatures are
// returned, unverified ones ignored) and parses its body. The log's key name
// must be the checkpoint's origin.
func OpenCheckpoint(signed []byte, logKey note.Verifier, others ...note.Verifier) (Checkpoint, *note.Note, error) {
	vs := note.VerifierList(append([]note.Verifier{logKey}, others...)...)
	n, err := note.Open(signed, vs)
	if err != nil {
		return Checkpoint{}, nil, fmt.Errorf("couldn't verify checkpoint: %w", err)
	}
	signedByLog := false
	for _, s := range n.Sigs {
		if s.Name == logKey.Name() && s.Hash == logKey.KeyHash() {
			signedByLog = true
		}
	}
	if !signedByLog {
		return Checkpoint{}, nil, errors.New("couldn't verify checkpoint: not signed by the log key")
	}
	c, err := ParseCheckpoint(n.Text)
	if err != nil {
		return Checkpoint{}, nil, err
	}
	if c.Origin != logKey.Name() {
		return Checkpoint{}, nil, fmt.Errorf("checkpoint origin %q is not the log key's name %q", c.Origin, logKey.Name())
	}
	return c, n, nil
}

// ParseHash reads a hash written as 64 hexadecimal digits, the form the
// JSON API uses for leaf hashes, roots and proofs.
func ParseHash(s string) (tlog.Hash, error) {
	var h tlog.Hash
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("%q is not 64 hexadecimal digits", s)
	}
	copy(h[:], b)
	return h, nil
}

// ParseHashes reads a list of hashes (a proof) written by FormatHashes.
func ParseHashes(ss []string) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(ss))
	for i, s := range ss {
		h, err := ParseHash(s)
		if err != nil {
			return nil, err
		}
		out[i] = h
	}
	return out, nil
}

// FormatHashes writes hashes (a proof) as hexadecimal strings.
func FormatHashes(hs []tlog.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = hex.EncodeToString(h[:])
	}
	return out
}
