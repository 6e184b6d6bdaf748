package law

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
)

// articleParts is an article key's letters and numbers, then the Latin
// adverb and the capitals that number an article inserted after it:
// "l331-18", "2 bis", "2 bis a", "39 a", "1649-0 a".
var articleParts = mustRe(`^([a-z]*)(\d+(?:-\d+)*)(?: (` + latinOrd + `))?(?: ([a-z]{1,3}))?$`)

// articleNum is an article key read by articleParts.
type articleNum struct {
	letters  string
	nums     []int
	latin    int // latinOrder: bis 2, ter 3, …; 0 none
	capitals string
}

func articleNumbers(k string) (articleNum, bool) {
	m := articleParts.FindStringSubmatch(k)
	if m == nil {
		return articleNum{}, false
	}
	n := articleNum{letters: m[1], latin: latinOrder[m[3]], capitals: m[4]}
	for _, f := range strings.Split(m[2], "-") {
		x, _ := strconv.Atoi(f)
		n.nums = append(n.nums, x)
	}
	return n, true
}

// compareArticles orders two article keys of the same letters by their
// numbers, then their Latin adverbs (2 < 2 bis < 2 ter < 3). Capitals
// after the same number ("39" and "39 A", "1er A" and "1er", "2 bis A"
// and "2 bis") are ordered one way in the codes (39 A after 39) and the
// other in the bills (1er A before 1er): certain is false, unless both
// carry one letter (A before B).
func compareArticles(a, b articleNum) (c int, certain bool) {
	for i := 0; i < len(a.nums) && i < len(b.nums); i++ {
		if a.nums[i] != b.nums[i] {
			return cmp.Compare(a.nums[i], b.nums[i]), true
		}
	}
	if len(a.nums) != len(b.nums) {
		return cmp.Compare(len(a.nums), len(b.nums)), true
	}
	if a.latin != b.latin {
		return cmp.Compare(a.latin, b.latin), true
	}
	if a.capitals == b.capitals {
		return 0, true
	}
	return strings.Compare(a.capitals, b.capitals), len(a.capitals) == 1 && len(b.capitals) == 1
}

func articleLess(a, b string) bool {
	x, ok1 := articleNumbers(a)
	y, ok2 := articleNumbers(b)
	if !ok1 || !ok2 {
		return a < b
	}
	if c, _ := compareArticles(x, y); c != 0 {
		return c < 0
	}
	return a < b
}

// applyRangeItem applies e to the item a range names and to the items
// the text numbers after it with its number and a Latin adverb
// (rangeItems): "Les 2° à 4° sont abrogés" repeals the 2° bis too (it
// stayed in force). Only edits that apply to each item alike: a range
// holding such an item rewritten, or new text put after it, is refused
// (where the 2° bis goes is not said).
func applyRangeItem(c Corpus, e Edit, opt ApplyOptions) error {
	a, ok := c[e.Scope.Ref]
	if !ok {
		return errMissing
	}
	n := len(e.Scope.Path)
	items, err := rangeItems(a.Alineas, e.Scope.Path)
	if err != nil {
		return err
	}
	if err := rangeNotSaid(e, items); err != nil {
		return err
	}
	for _, it := range items {
		if e.Scope.excepted(itemKey(it)) {
			continue
		}
		one := e
		one.Scope.Path = append(append([]Division(nil), e.Scope.Path[:n-1]...), Division{Item: it})
		if err := applyEdit(c, one, opt); err != nil {
			return err
		}
	}
	return nil
}

// rangeNotSaid refuses an edit other than a deletion or a word edit on
// an item a range names when the range holds items numbered after it with
// a Latin adverb (items, from rangeItems): "Les 2° et 3° sont remplacés
// par un 2° …", "Les 2° à 3° deviennent les 5° à 6°" do not say what
// becomes of the 2° bis.
func rangeNotSaid(e Edit, items []string) error {
	switch e.Kind {
	case EditDelete, EditReplaceWords, EditDeleteWords, EditInsertWords, EditAppendWords:
		return nil
	}
	if len(items) > 1 {
		return applyKind26(errApplyItemList26, fmt.Sprintf("the range holds the %s: what becomes of it is not said", items[1]))
	}
	return nil
}

// rangeRefused is rangeNotSaid for the edits of one instruction, on the
// corpus before it: refused, none of them applies (the other items of a
// list rewritten together or renumbered were deleted or relabelled).
func rangeRefused(c Corpus, edits []Edit) error {
	for _, e := range edits {
		n := len(e.Scope.Path)
		if n == 0 || !e.Scope.Path[n-1].GoesOn {
			continue
		}
		a, ok := c[e.Scope.Ref]
		if !ok {
			continue
		}
		if items, err := rangeItems(a.Alineas, e.Scope.Path); err == nil {
			if err := rangeNotSaid(e, items); err != nil {
				return err
			}
		}
	}
	return nil
}

// unrankedLabel reports whether an item's label (labelOf) has no rank
// in its list: a doubled letter ("aa"), a degree with capitals ("1° a",
// for "1° A").
func unrankedLabel(lab string, k byte) bool {
	f := strings.Fields(lab)
	switch {
	case len(f) == 0:
		return false
	case k == 'l':
		return len(f[0]) == 2 && f[0][0] == f[0][1]
	case k == 'd' && len(f) > 1:
		_, latin := latinOrder[f[len(f)-1]]
		return !latin
	}
	return false
}

// rangeItems gives the labels of the items a path's last division, named
// by a range that goes on past it, stands for: its own, then those of the
// items that follow it in its list with its number and a Latin adverb
// ("2°", "2° bis", "2° ter").
func rangeItems(al []string, path []Division) ([]string, error) {
	n := len(path)
	p := append(append([]Division(nil), path[:n-1]...), Division{Item: path[n-1].Item})
	lo, hi, _, err := resolve(al, p)
	if err != nil {
		return nil, err
	}
	own, kind := labelOf(al[lo])
	base := rangeLatinRank(own, kind)
	items := []string{path[n-1].Item}
	for base > 0 && hi < len(al) {
		lab, k := labelOf(al[hi])
		if k == kind && (unrankedLabel(lab, k) || romanCapitals30(lab, k)) {
			// "Les a à c" on "a)", "aa)", "b)": an item of the list
			// whose rank is not known ("aa", "1° A") between two the
			// range names — in it or not is not said (it was left out).
			return nil, applyKind26(errApplyItemList26, fmt.Sprintf("the range holds the %s, whose rank is not known: in the range or not is not said", lab))
		}
		if r := rangeLatinRank(lab, k); k != kind || r <= base || r >= base+100 {
			break
		}
		items = append(items, lab)
		p[n-1] = Division{Item: lab}
		if _, hi, _, err = resolve(al, p); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// inRange reports whether article k is from..to, both included, in the
// order of their numbers (L. 331-18 < L. 331-18-1 < L. 331-19; 1er < 1er
// bis < 2 bis A < 3), with the same letters, its place certain
// (rangePlace).
func inRange(k, from, to string) bool {
	in, certain := rangePlace(k, from, to)
	return in && certain
}

// rangePlace is inRange, and whether k's place is certain: it is not
// beside an end numbered as k but for capitals ("39 A" in "39 à 40":
// compareArticles), nor beside an end that one of them extends with a
// Latin adverb and the other with a dash ("4 bis" in "4 à 4-1":
// latinBesideDashCertain).
func rangePlace(k, from, to string) (in, certain bool) {
	x, ok := articleNumbers(k)
	f, ok1 := articleNumbers(from)
	t, ok2 := articleNumbers(to)
	if !ok || !ok1 || !ok2 || x.letters != f.letters || x.letters != t.letters {
		return false, true
	}
	cf, c1 := compareArticles(x, f)
	ct, c2 := compareArticles(x, t)
	return cf >= 0 && ct <= 0, c1 && c2 && latinBesideDashCertain(x, f) && latinBesideDashCertain(x, t)
}
