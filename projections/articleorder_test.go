package projections

import (
	"slices"
	"testing"
)

// Articles amended but no longer in the final text go where the bill
// numbered them, not after every article; amendments to no article last.
func TestSortArticles(t *testing.T) {
	rank := map[string]int{"1 a": 0, "1": 1, "2": 2, "10": 3, "10 bis": 4, "13": 5}
	keys := []string{"13", "", "7 bis", "1", "10 bis c", "2", "9 quater", "10 bis", "1 a", "10"}
	sortArticles(keys, rank)
	want := []string{"1 a", "1", "2", "7 bis", "9 quater", "10", "10 bis c", "10 bis", "13", ""}
	if !slices.Equal(keys, want) {
		t.Errorf("order:\n got %q\nwant %q", keys, want)
	}
}
