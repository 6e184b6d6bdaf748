package law

import (
	"slices"
	"testing"
)

// A bill's articles in the order the bill reads them: capitals before the
// number they precede, Latin adverbs after it, anything else last.
func TestBillArticleLess(t *testing.T) {
	want := []string{"1er A", "Article 1er B", "1er", "1er bis", "2", "7", "7 bis", "9 quater", "10", "10 bis A", "10 bis C", "10 bis", "10 ter", "11", "13", "Hors article"}
	got := []string{"13", "Hors article", "10 bis", "7 bis", "1er", "10 bis C", "2", "10", "1er bis", "9 quater", "Article 1er B", "11", "10 ter", "1er A", "10 bis A", "7"}
	slices.SortStableFunc(got, func(a, b string) int {
		switch {
		case BillArticleLess(a, b):
			return -1
		case BillArticleLess(b, a):
			return 1
		}
		return 0
	})
	if !slices.Equal(got, want) {
		t.Errorf("order:\n got %q\nwant %q", got, want)
	}
	for _, c := range [][2]string{{"Article premier", "1er"}, {"2 BIS", "2 bis"}} {
		if BillArticleLess(c[0], c[1]) || BillArticleLess(c[1], c[0]) {
			t.Errorf("%q and %q are one article", c[0], c[1])
		}
	}
}
