package verifier

import (
	"reflect"
	"slices"
	"testing"

	"github.com/scrutin/scrutin/domain"
)

// TestCompactCopiesEveryField: compactClosed rebuilds a closed vote's
// domain.VoteState field by field; a field added to it must be added
// there too (or dropped on purpose, here).
func TestCompactCopiesEveryField(t *testing.T) {
	copied := []string{"Opened", "Key", "Closed", "ClosedAt", "Ballots", "Cast", "Groups", "Sums", "Shares", "Tally"}
	dropped := []string{"seen"}
	typ := reflect.TypeFor[domain.VoteState]()
	for i := range typ.NumField() {
		name := typ.Field(i).Name
		if !slices.Contains(copied, name) && !slices.Contains(dropped, name) {
			t.Errorf("domain.VoteState.%s is neither copied nor dropped by compactClosed", name)
		}
	}
}
