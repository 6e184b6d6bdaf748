package domain

import (
	"errors"
	"fmt"
	"strings"
)

// StreamID names a stream: a category, a dash, and the identifier of one
// thing in that category, e.g. "bill-pjl07-405" or "vote-2026-017". Each
// stream has its own dense revisions 0, 1, 2, … and its own optimistic
// concurrency; the ledger interleaves all streams in one global order.
type StreamID string

// MaxStreamLen is the longest stream identifier, in bytes.
const MaxStreamLen = 200

// Stream categories.
const (
	CategoryBill = "bill"
)

// NewStreamID joins a category and an identifier.
func NewStreamID(category, id string) StreamID { return StreamID(category + "-" + id) }

// Category returns the part before the first dash.
func (s StreamID) Category() string {
	c, _, _ := strings.Cut(string(s), "-")
	return c
}

// Check reports whether s is well formed: a lower-case ASCII category, a
// dash, then 1 or more of [A-Za-z0-9._:-], MaxStreamLen bytes at most.
func (s StreamID) Check() error {
	if len(s) == 0 {
		return errors.New("empty stream identifier")
	}
	if len(s) > MaxStreamLen {
		return fmt.Errorf("stream identifier longer than %d bytes", MaxStreamLen)
	}
	cat, id, ok := strings.Cut(string(s), "-")
	if !ok || cat == "" || id == "" {
		return fmt.Errorf("stream identifier %q is not category-id", s)
	}
	for _, c := range []byte(cat) {
		if c < 'a' || c > 'z' {
			return fmt.Errorf("stream category %q: only a-z allowed", cat)
		}
	}
	for _, c := range []byte(id) {
		if !isIDByte(c) {
			return fmt.Errorf("stream identifier %q: byte %q not allowed", s, c)
		}
	}
	return nil
}

func isIDByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == ':' || c == '-'
}

// checkID checks an identifier used inside a payload (a bill or vote id):
// the same alphabet as a stream identifier's tail, 1 to 160 bytes.
func checkID(what, id string) error {
	if id == "" {
		return fmt.Errorf("%s: empty", what)
	}
	if len(id) > 160 {
		return fmt.Errorf("%s: longer than 160 bytes", what)
	}
	for _, c := range []byte(id) {
		if !isIDByte(c) {
			return fmt.Errorf("%s %q: byte %q not allowed", what, id, c)
		}
	}
	return nil
}

func validTypeName(n string) bool {
	if len(n) == 0 || len(n) > 64 || n[0] < 'A' || n[0] > 'Z' {
		return false
	}
	for _, c := range []byte(n) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
