package embedded

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// TestTailBounds appends large entries: the tail stays within its bytes
// bound, contiguous, ending at the log's size, its byte count exact.
func TestTailBounds(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "ledger.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	big := strings.Repeat("x", 40_000)
	trimmed := false
	for c := range 60 {
		evs := make([]domain.Event, 10)
		for i := range evs {
			evs[i] = &domain.BillIntroduced{Bill: domain.BillID(fmt.Sprintf("b%d-%d", c, i)), Type: domain.BillProposition, Title: big}
		}
		if _, err := db.Append(context.Background(), domain.NewStreamID("test", fmt.Sprintf("s%d", c)), eventstore.Any, evs...); err != nil {
			t.Fatal(err)
		}
		db.mu.Lock()
		n := 0
		for i, r := range db.tail {
			n += len(r.Entry)
			if r.Position != db.size-uint64(len(db.tail)-i) {
				t.Fatalf("tail[%d] at position %d, size %d, %d kept", i, r.Position, db.size, len(db.tail))
			}
		}
		if n != db.tailBytes || n > tailMaxBytes || len(db.tail) == 0 {
			t.Fatalf("tail of %d entries, %d bytes, counted %d (bound %d)", len(db.tail), n, db.tailBytes, tailMaxBytes)
		}
		trimmed = trimmed || uint64(len(db.tail)) < db.size
		db.mu.Unlock()
	}
	if !trimmed {
		t.Fatal("the tail was never trimmed")
	}
}
