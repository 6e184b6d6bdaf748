package news

import (
	"encoding/hex"
	"testing"

	"github.com/scrutin/scrutin/domain"
)

// TestID: an item's id is its entry's leaf hash in lower-case hex.
func TestID(t *testing.T) {
	for _, entry := range []string{"", "x", "scrutin entry\n"} {
		h := domain.LeafHash([]byte(entry))
		if got, want := ID([]byte(entry)), hex.EncodeToString(h[:]); got != want {
			t.Errorf("ID(%q) = %s, want %s", entry, got, want)
		}
	}
}
