package ledgertest

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/scrutin/scrutin/verifier"
)

// TestSource is the conformance test of a verifier.Source: src must serve
// exactly what want holds (the same checkpoint, entries and API
// resources), full and partial entry bundles alike, and wrap
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
		w := int(min(n-b*verifier.BundleSize, verifier.BundleSize))
		for _, width := range []int{w, 1} {
			es, err := src.EntryBundle(ctx, b, width)
			if err != nil {
				t.Fatalf("EntryBundle(%d, %d): %v", b, width, err)
			}
			if len(es) != width {
				t.Fatalf("EntryBundle(%d, %d): %d entries", b, width, len(es))
			}
			for i, e := range es {
				if !bytes.Equal(e, want.Entries[b*verifier.BundleSize+int64(i)]) {
					t.Fatalf("EntryBundle(%d, %d): entry %d differs", b, width, i)
				}
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
