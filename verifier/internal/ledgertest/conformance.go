package ledgertest

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/scrutin/scrutin/verifier"
)

// TestSource is the conformance test of a verifier.Source: src must serve
// exactly what want holds (the same checkpoint, entries and API
// resources), full and partial entry bundles alike (or, for a source
// without tiles, the same entries through /api/v1/log/entries), and wrap
// verifier.ErrNotFound for a resource it does not have.
func TestSource(t *testing.T, src verifier.Source, want *Source) {
	t.Helper()
	ctx := context.Background()
	cp, err := src.Checkpoint(ctx)
	if err != nil || !bytes.Equal(cp, want.Signed) {
		t.Fatalf("Checkpoint: %v; got %q, want %q", err, cp, want.Signed)
	}
	n := int64(len(want.Entries))
	for b := int64(0); b*verifier.BundleSize < n; b++ {
		width := int(min(n-b*verifier.BundleSize, verifier.BundleSize))
		p := verifier.EntryBundlePath(b, width)
		var es [][]byte
		raw, err := src.Tile(ctx, p)
		switch {
		case err == nil:
			if es, err = ParseBundle(raw); err != nil {
				t.Fatalf("Tile(%s): %v", p, err)
			}
		case errors.Is(err, verifier.ErrNotFound):
			start := b * verifier.BundleSize
			body, err := src.Get(ctx, verifier.EntriesPath(start, start+int64(width)))
			if err != nil {
				t.Fatalf("no tile %s, and no entries: %v", p, err)
			}
			var page []struct {
				Raw []byte `json:"raw"`
			}
			if err := json.Unmarshal(body, &page); err != nil {
				t.Fatal(err)
			}
			for _, e := range page {
				es = append(es, e.Raw)
			}
		default:
			t.Fatalf("Tile(%s): %v", p, err)
		}
		if len(es) != width {
			t.Fatalf("bundle %s: %d entries", p, len(es))
		}
		for i, e := range es {
			if !bytes.Equal(e, want.Entries[b*verifier.BundleSize+int64(i)]) {
				t.Fatalf("bundle %s: entry %d differs", p, i)
			}
		}
	}
	for p, body := range want.API {
		got, err := src.Get(ctx, p)
		if err != nil || !bytes.Equal(got, body) {
			t.Fatalf("Get(%s): %v, body differs: %v", p, err, !bytes.Equal(got, body))
		}
	}
	if _, err := src.Get(ctx, "/api/v1/votes/no-such-vote"); !errors.Is(err, verifier.ErrNotFound) {
		t.Fatalf("Get of a missing resource: %v, want ErrNotFound", err)
	}
}

// ParseBundle splits an entry bundle (each entry after its 16-bit
// big-endian length).
func ParseBundle(b []byte) ([][]byte, error) {
	var out [][]byte
	for len(b) > 0 {
		if len(b) < 2 {
			return nil, fmt.Errorf("trailing byte")
		}
		n := int(binary.BigEndian.Uint16(b))
		if len(b)-2 < n {
			return nil, fmt.Errorf("entry %d truncated", len(out))
		}
		out = append(out, b[2:2+n])
		b = b[2+n:]
	}
	return out, nil
}

// FormatBundle is ParseBundle's inverse.
func FormatBundle(entries [][]byte) []byte {
	var b []byte
	for _, e := range entries {
		b = binary.BigEndian.AppendUint16(b, uint16(len(e)))
		b = append(b, e...)
	}
	return b
}
