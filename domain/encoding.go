package domain

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"
	"unicode/utf8"
)

// The wire primitives of the canonical encoding (docs/EVENTS.md, "Primitives").
// Every primitive has exactly one encoding: integers are fixed-width big-endian,
// variable-length values carry a 4-byte big-endian length, booleans are 0 or 1.

// errMalformed is wrapped by every decoding error so callers can tell a
// malformed entry from other failures with errors.Is(err, ErrMalformed).
var errMalformed = errors.New("malformed entry")

// ErrMalformed is returned (wrapped) when bytes are not a canonical entry.
// Use errors.Is to test for it.
var ErrMalformed = errMalformed

// encoder appends primitives to a byte slice.
type encoder struct{ b []byte }

func (e *encoder) u8(v uint8)   { e.b = append(e.b, v) }
func (e *encoder) u16(v uint16) { e.b = binary.BigEndian.AppendUint16(e.b, v) }
func (e *encoder) u32(v uint32) { e.b = binary.BigEndian.AppendUint32(e.b, v) }
func (e *encoder) u64(v uint64) { e.b = binary.BigEndian.AppendUint64(e.b, v) }
func (e *encoder) i64(v int64)  { e.u64(uint64(v)) }

func (e *encoder) boolean(v bool) {
	if v {
		e.u8(1)
	} else {
		e.u8(0)
	}
}

func (e *encoder) bytes(v []byte) {
	e.u32(uint32(len(v)))
	e.b = append(e.b, v...)
}

func (e *encoder) str(v string) {
	e.u32(uint32(len(v)))
	e.b = append(e.b, v...)
}

func (e *encoder) fixed(v []byte) { e.b = append(e.b, v...) }

// timestamp encodes t as signed Unix microseconds.
func (e *encoder) timestamp(t time.Time) { e.i64(t.UnixMicro()) }

func (e *encoder) strs(v []string) {
	e.u32(uint32(len(v)))
	for _, s := range v {
		e.str(s)
	}
}

// decoder reads primitives from a byte slice. The first error sticks: later
// reads return zero values, so a payload decoder can read every field and
// check d.err once at the end.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: at byte %d: %s", errMalformed, d.off, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) take(n int, what string) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || len(d.b)-d.off < n {
		d.fail("%s: need %d bytes, have %d", what, n, len(d.b)-d.off)
		return nil
	}
	v := d.b[d.off : d.off+n : d.off+n]
	d.off += n
	return v
}

func (d *decoder) u8(what string) uint8 {
	v := d.take(1, what)
	if v == nil {
		return 0
	}
	return v[0]
}

func (d *decoder) u16(what string) uint16 {
	v := d.take(2, what)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint16(v)
}

func (d *decoder) u32(what string) uint32 {
	v := d.take(4, what)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint32(v)
}

func (d *decoder) u64(what string) uint64 {
	v := d.take(8, what)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func (d *decoder) i64(what string) int64 { return int64(d.u64(what)) }

func (d *decoder) boolean(what string) bool {
	v := d.u8(what)
	if v > 1 {
		d.fail("%s: boolean must be 0 or 1, got %d", what, v)
	}
	return v == 1
}

func (d *decoder) length(what string) int {
	if d.err == nil && len(d.b)-d.off < 4 {
		d.u32(what + " length") // fails, naming the length: the name built only then
		return 0
	}
	n := d.u32(what) // cannot fail now
	if d.err == nil && uint64(n) > uint64(len(d.b)-d.off) {
		d.fail("%s: length %d exceeds the %d bytes left", what, n, len(d.b)-d.off)
		return 0
	}
	return int(n)
}

// bytes returns a copy, so decoded values never alias the input.
func (d *decoder) bytes(what string) []byte {
	n := d.length(what)
	v := d.take(n, what)
	if v == nil {
		return nil
	}
	return append([]byte{}, v...)
}

// str reads a length-prefixed string that must be valid UTF-8.
func (d *decoder) str(what string) string {
	n := d.length(what)
	v := d.take(n, what)
	if v == nil {
		return ""
	}
	if !utf8.Valid(v) {
		d.fail("%s: not valid UTF-8", what)
		return ""
	}
	return string(v)
}

func (d *decoder) fixed(n int, what string) []byte {
	v := d.take(n, what)
	if v == nil {
		return nil
	}
	return append([]byte{}, v...)
}

func (d *decoder) timestamp(what string) time.Time {
	v := d.i64(what)
	if v == math.MinInt64 {
		d.fail("%s: out of range", what)
	}
	return time.UnixMicro(v).UTC()
}

// count reads a list length; every element takes at least min bytes, which
// bounds allocation by the input size.
func (d *decoder) count(what string, min int) int {
	n := d.u32(what + " count")
	if d.err == nil && uint64(n)*uint64(min) > uint64(len(d.b)-d.off) {
		d.fail("%s: %d elements cannot fit in the %d bytes left", what, n, len(d.b)-d.off)
		return 0
	}
	return int(n)
}

func (d *decoder) strs(what string) []string {
	n := d.count(what, 4)
	if n == 0 {
		return nil
	}
	v := make([]string, n)
	for i := range v {
		v[i] = d.str(what)
	}
	return v
}

// end fails unless every byte was consumed.
func (d *decoder) end() {
	if d.err == nil && d.off != len(d.b) {
		d.fail("%d trailing bytes", len(d.b)-d.off)
	}
}
