package law

import (
	"fmt"
	"strings"
)

// innerLabel is the label of a part that begins on its parent's line,
// after the parent's ("A" and its kind in "I. – A. – Le maire …"); "" if
// there is none.
func innerLabel(s string) (string, byte) {
	first := strings.TrimSpace(s)
	pre := labelPrefix(first)
	if pre == "" {
		return "", 0
	}
	return label(first[len(pre):])
}

// reMergedPlaceholder is a placeholder the consolidated codes print for
// items repealed together: "1° et 2° (Abrogés) ;", "3° à 5° (Abrogés)
// .", "a) et b) (Abrogés) ;" (groups: the first label, "et" or "à", the
// last label, the mark, the punctuation).
var reMergedPlaceholder = mustRe(`^(\d+°(?:\s+` + latinOrd + `)?|[a-z]\)?)\s+(et|à)\s+(\d+°(?:\s+` + latinOrd + `)?|[a-z]\))\s*\(((?i:abrog|supprim)[ée]e?s)\)\s*([;.]?)$`)

// mergedLabels are the labels of a merged placeholder, first to last;
// nil when the line is none or names labels not counted one by one
// ("1° bis à 3°" is not read as one).
func mergedLabels(m []string) []string {
	first, last := strings.TrimSuffix(m[1], ")"), strings.TrimSuffix(m[3], ")")
	if m[2] == "et" {
		return []string{first, last}
	}
	a, b := casedRank(first), casedRank(last)
	if strings.Contains(first, " ") || strings.Contains(last, " ") || itemKind(first) != itemKind(last) || a == 0 || b <= a || b-a > 30 {
		return nil
	}
	var out []string
	for r := a; r <= b; r++ {
		out = append(out, labelOfRank(r, itemKind(first), first))
	}
	return out
}

// splitMergedPlaceholders writes a placeholder of items repealed
// together ("1° et 2° (Abrogés) ;") as one placeholder an item ("1°
// (Abrogé) ;", "2° (Abrogé) ;") when the edit names one of its items
// or gives one of their labels back (re-established, inserted), as the
// consolidated codes print them once one of them is restored: the 1°
// rewritten took the 2° with it, a 1° bis went after the 3° of "1° à 3°
// (Abrogés)". A placeholder whose labels are not counted one by one
// ("1° bis à 3°") is refused when an edit names one of them.
func splitMergedPlaceholders(al []string, e Edit) ([]string, error) {
	named := map[string]bool{}
	for _, d := range e.Scope.Path {
		if d.Item != "" {
			named[itemKey(strings.TrimSuffix(d.Item, ")"))] = true
		}
	}
	for _, line := range e.Lines {
		if l, k := labelOf(line); k == 'd' || k == 'l' || k == 'p' {
			named[itemKey(l)] = true
		}
	}
	if len(named) == 0 {
		return al, nil
	}
	var out []string
	for i, l := range al {
		m := reMergedPlaceholder.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		labels := mergedLabels(m)
		hit := false
		for _, lb := range labels {
			hit = hit || named[itemKey(lb)]
		}
		if labels == nil && (named[itemKey(strings.TrimSuffix(m[1], ")"))] || named[itemKey(strings.TrimSuffix(m[3], ")"))]) {
			return nil, applyKind26(errApplyItemList26, fmt.Sprintf("items repealed together (%q): which is meant is not counted", strings.TrimSpace(l)))
		}
		if !hit {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append([]string(nil), al[:i]...)
		}
		mark := strings.TrimSuffix(strings.TrimSuffix(m[4], "s"), "e")
		if strings.HasSuffix(m[4], "ées") || strings.HasSuffix(m[4], "ees") {
			mark = m[4][:len(m[4])-2] // "Abrogées" → "Abrogée"
		}
		letters := strings.HasSuffix(m[1], ")") || strings.HasSuffix(m[3], ")")
		for k, lb := range labels {
			if letters {
				lb += ")"
			}
			end := " ;"
			if k == len(labels)-1 {
				end = map[string]string{";": " ;", ".": ".", "": ""}[m[5]]
			}
			out = append(out, lb+" ("+mark+")"+end)
		}
	}
	if out == nil {
		return al, nil
	}
	return out, nil
}

// innerPart is resolve's answer for a part that begins on its parent's
// line ("I. – A. – Le maire …", "B. – …"): the lines [lo, hi) it spans,
// where word operations may edit its words when it ends the path (last),
// and additions go after them or at their end; anything else is
// refused.
type innerPart struct {
	item   string
	lo, hi int
	last   bool
}

// itemNotFound is an item named in a place ("le 2° du I") that the text
// does not hold.
type itemNotFound struct{ item string }

func (e itemNotFound) Error() string { return fmt.Sprintf("item %q not found", e.item) }

func (e innerPart) Error() string {
	return fmt.Sprintf("item %q begins on the line of its part: only its words can be edited", e.item)
}

// resolve finds the alinéas [lo, hi) a path designates, and the label of the
// item it ends on, if any.
func resolve(al []string, path []Division) (lo, hi int, lab string, err error) {
	lo, hi = 0, len(al)
	romans := smallRomanItems(al)
	shared, sharedItem := -1, ""
	defer func() {
		if err == nil && shared >= 0 && lo <= shared && shared < hi {
			err = innerAlinea(sharedItem, lo, hi)
		}
	}()
	for di, d := range path {
		lab = ""
		if d.Proposed != "" {
			i, j, ok := proposedText(al, lo, hi, d.Proposed)
			if !ok {
				return 0, 0, "", applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("no text proposed for article %s", d.Proposed))
			}
			lo, hi = i, j
			continue
		}
		if d.Dash {
			// The dashes of the division: one list, each on its line.
			var ds []int
			for i := lo; i < hi; i++ {
				if dashItem(al[i]) {
					if len(ds) > 0 && ds[len(ds)-1] != i-1 {
						return 0, 0, "", applyKind26(errApplyItemList26, "dashes of more than one list: which one is meant is not said")
					}
					ds = append(ds, i)
				}
			}
			i := d.Alinea - 1
			if d.Alinea < 0 {
				i = len(ds) + d.Alinea
			}
			if i < 0 || i >= len(ds) {
				return 0, 0, "", applyKind26(errApplyItemList26, fmt.Sprintf("dash %d not found (%d dashes)", d.Alinea, len(ds)))
			}
			lo, hi = ds[i], ds[i]+1
			if hi, err = dashesCounted26(ds, i, d.Count, hi); err != nil {
				return 0, 0, "", err
			}
			continue
		}
		if d.Item == "" {
			n := hi - lo
			i := d.Alinea - 1
			if d.Alinea < 0 {
				i = n + d.Alinea
			}
			if i < 0 || i >= n {
				return 0, 0, "", applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("alinéa %d not found (%d alinéas)", d.Alinea, n))
			}
			if d.FromEnd < 0 && i != n+d.FromEnd {
				return 0, 0, "", applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("alinéa %d is not alinéa %d from the end (%d alinéas)", d.Alinea, -d.FromEnd, n))
			}
			cnt := max(d.Count, 1)
			if d.Count <= toTheEnd && i >= 0 {
				// To the last, or to the one before it (toTheEnd-1), …
				cnt = n + d.Count + 1 - i
				if cnt < 1 {
					return 0, 0, "", applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("alinéas %d to %d from the end not found (%d alinéas)", d.Alinea, -d.Count, n))
				}
			}
			if i+cnt > n {
				return 0, 0, "", applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("alinéas %d to %d not found (%d alinéas)", d.Alinea, d.Alinea+cnt-1, n))
			}
			lo, hi = lo+i, lo+i+cnt
			continue
		}
		want := strings.ToLower(d.Item)
		if isCapitalItem(d.Item) {
			want = d.Item // "B": a part lettered in capitals, never "b)"
		}
		want = strings.TrimSuffix(want, ".")
		found := -1
		var kind byte
		for i := lo; i < hi; i++ {
			if l, k := itemLabelAt(al, romans, i); l == want && romanCaseFits(d, k) {
				found, kind = i, k
				break
			}
		}
		if found < 0 && hi > lo {
			// "I. – A. – Le maire …": the A begins on its part's line.
			// Its words can be edited (innerPart); not the part itself,
			// whose first line carries the I's label too.
			if l, k := innerLabel(al[lo]); l == want && romanCaseFits(d, k) {
				end := hi
				for i := lo + 1; i < hi; i++ {
					if _, k2 := label(al[i]); k2 == k {
						end = i
						break
					}
				}
				if labelAgain(al, romans, lo+1, hi, lo, end, want, k) {
					// "Le 1" on "I. – 1. …" and "II. – 1. …".
					return 0, 0, "", applyKind26(errApplyItemList26, fmt.Sprintf("item %q found twice: its part is not named", d.Item))
				}
				if di < len(path)-1 && path[di+1].Item != "" {
					// "Au a du 1 du I" on "I. – 1. Le …", "a) …": an
					// item of the inner part, on a line of its own,
					// is found among the part's lines as any other.
					hi = end
					continue
				}
				if oneAlineaStep(path[di+1:]) {
					// "Au second alinéa du 1 du I" on "I. – 1. Le …",
					// "Il …": an alinéa of the inner part (innerAlinea).
					shared, sharedItem, hi = lo, d.Item, end
					continue
				}
				return 0, 0, "", innerPart{item: d.Item, lo: lo, hi: end, last: di == len(path)-1}
			}
		}
		if found < 0 {
			return 0, 0, "", itemNotFound{item: d.Item}
		}
		if err := mixedShapes25(al, lo, hi, found, kind); err != nil {
			return 0, 0, "", err
		}
		if (kind == 'l' || kind == 's') && letterAndRoman(al, romans, lo, hi, want) {
			return 0, 0, "", applyKind26(errApplyItemList26, fmt.Sprintf("item %q is a letter and a small roman numeral here: which one is meant is not said", d.Item))
		}
		// The kinds of label the list of this kind sits under: those before
		// its first item ("I. –" before "1°"). The item ends at the next
		// label of its own kind or of one of those ("2°" of the I ends at
		// "II. –", not at the end of the article).
		above := map[byte]bool{}
		for i := lo; i < found; i++ {
			_, k := itemLabelAt(al, romans, i)
			if k == kind {
				break
			}
			if k != 0 {
				above[k] = true
			}
			if i == lo {
				if _, k2 := innerLabel(al[lo]); k2 == kind {
					// "I. – 1. …": the list begins on its part's line;
					// the items under that 1 are not above the 2.
					break
				}
			}
		}
		// A label of a kind that ranks above it in the law's order ends
		// it too ("1°" after "c) …": a new list, not the c's), unless
		// the item announces what follows (its alinéa ends with ":"),
		// where a list of any kind may be its own.
		announces := strings.HasSuffix(strings.TrimRight(al[found], " "), ":")
		end := hi
		for i := found + 1; i < hi; i++ {
			_, k := itemLabelAt(al, romans, i)
			if k == kind || above[k] {
				end = i
				break
			}
			if !announces && ranksAbove(k, kind) {
				// "Il examine :" before the new list announces it.
				end = i
				if p := al[i-1]; i-1 > found && strings.HasSuffix(strings.TrimRight(p, " "), ":") {
					if _, pk := label(p); pk == 0 {
						end = i - 1
					}
				}
				break
			}
		}
		if err := unreadRomans27(al, romans, d.Item, found, end, kind); err != nil {
			return 0, 0, "", err
		}
		// The same label again under another part ("2°" of the I and of
		// the II, on its own line or the part's): which one is meant is
		// not said.
		if labelAgain(al, romans, lo, hi, found, end, want, kind) {
			return 0, 0, "", applyKind26(errApplyItemList26, fmt.Sprintf("item %q found twice: its part is not named", d.Item))
		}
		lo, hi = found, end
		lab = d.Item
	}
	return lo, hi, lab, nil
}

// labelOrder is the law's order of divisions inside an article: I, A,
// 1., 1°, a), i) (smallRomanItems).
var labelOrder = map[byte]int{'r': 1, 'c': 2, 'n': 3, 'd': 4, 'p': 4, 'l': 5, 's': 6}

// ranksAbove reports whether a label of kind k is of a higher division
// than one of kind of.
func ranksAbove(k, of byte) bool {
	return labelOrder[k] != 0 && labelOrder[of] != 0 && labelOrder[k] < labelOrder[of]
}
