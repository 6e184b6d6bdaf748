package domain

import (
	"strings"
	"testing"
)

// TestDecoderLength: a length cut short is named as the length of its
// field, one that fits is read, and one past the end is refused.
func TestDecoderLength(t *testing.T) {
	for _, c := range []struct {
		b    []byte
		n    int
		want string
	}{
		{[]byte{0, 0}, 0, "title length: need 4 bytes, have 2"},
		{[]byte{0, 0, 0, 2, 'h', 'i'}, 2, ""},
		{[]byte{0, 0, 0, 3, 'h', 'i'}, 0, "title: length 3 exceeds the 2 bytes left"},
	} {
		d := decoder{b: c.b}
		n := d.length("title")
		got := ""
		if d.err != nil {
			got = d.err.Error()
		}
		if n != c.n || (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("% x: length %d, error %q; want %d, %q", c.b, n, got, c.n, c.want)
		}
	}
}
