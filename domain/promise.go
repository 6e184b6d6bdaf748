package domain

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// PromiseLine is the second line of a promise note. A checkpoint's second
// line is a decimal size, so no promise parses as a checkpoint and no
// checkpoint as a promise.
const PromiseLine = "scrutin-promise/v1"

// Promise is the log's signed promise to include an entry: in distributed
// mode a write is acknowledged once it is in the event store, before the
// sequencer has copied it into the Merkle log (like Certificate
// Transparency's signed certificate timestamps). The promise says which
// leaf the entry will be: a log that later holds another entry at Index, or
// none after its size has passed Index, has broken a promise it signed.
type Promise struct {
	Origin string
	Index  uint64    // the leaf index the entry will have
	Leaf   tlog.Hash // the entry's leaf hash (RFC 6962)
	Time   int64     // when it was made, Unix milliseconds
}

// FormatPromise returns the promise's note text, signed with the log key:
//
//	scrutin.example/log
//	scrutin-promise/v1
//	1234
//	<base64 leaf hash>
//	1764032400000
//
// with a final newline.
func FormatPromise(p Promise) string {
	return fmt.Sprintf("%s\n%s\n%d\n%s\n%d\n", p.Origin, PromiseLine, p.Index, base64.StdEncoding.EncodeToString(p.Leaf[:]), p.Time)
}

// ParsePromise parses a promise's note text strictly.
func ParsePromise(text string) (Promise, error) {
	var p Promise
	if !strings.HasSuffix(text, "\n") {
		return p, errors.New("malformed promise: no final newline")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) != 5 || lines[1] != PromiseLine {
		return p, errors.New("malformed promise: want 5 lines, the second " + PromiseLine)
	}
	p.Origin = lines[0]
	if p.Origin == "" {
		return p, errors.New("malformed promise: empty origin")
	}
	i, err := strconv.ParseUint(lines[2], 10, 64)
	if err != nil || lines[2] != strconv.FormatUint(i, 10) {
		return p, fmt.Errorf("malformed promise: index %q", lines[2])
	}
	p.Index = i
	h, err := base64.StdEncoding.DecodeString(lines[3])
	if err != nil || len(h) != tlog.HashSize || base64.StdEncoding.EncodeToString(h) != lines[3] {
		return p, fmt.Errorf("malformed promise: leaf hash %q", lines[3])
	}
	copy(p.Leaf[:], h)
	t, err := strconv.ParseInt(lines[4], 10, 64)
	if err != nil || t < 0 || lines[4] != strconv.FormatInt(t, 10) {
		return p, fmt.Errorf("malformed promise: time %q", lines[4])
	}
	p.Time = t
	return p, nil
}

// OpenPromise verifies a signed promise with the log's key and parses it;
// its origin must be the key's name.
func OpenPromise(signed []byte, logKey note.Verifier) (Promise, error) {
	n, err := note.Open(signed, note.VerifierList(logKey))
	if err != nil {
		return Promise{}, fmt.Errorf("promise signature: %w", err)
	}
	p, err := ParsePromise(n.Text)
	if err != nil {
		return p, err
	}
	if p.Origin != logKey.Name() {
		return p, fmt.Errorf("promise for origin %q, not the log's %q", p.Origin, logKey.Name())
	}
	return p, nil
}
