package law

import "fmt"

// capitalsAmidItems is rankAmidItems for a new item whose label ends
// with capitals ("3° A", "II A", "1° bis AA"), placed at the end of a
// list, after an alinéa or in place of another: such an item goes
// before its base item ("3° A" before the 3°, after the 2°), so the item
// of its kind before it (prev, "" when none) must rank before it and the
// one after it (next) after it, as capitalsAgree holds an item placed
// after or before a named one. "L'article L. 1 est complété par un 3°
// A" after a 3° says two places — after the 3° by the verb, before it
// by the label (it went after the 3°, and the list read 3°, 3° A).
func capitalsAmidItems(newLab string, kind byte, prev, next string) error {
	if prev != "" {
		if err := capitalsAgree(newLab, prev, kind, false); err != nil {
			return err
		}
	}
	if next != "" && !ranksAfterCapitals(newLab, next, kind) {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("a new %s before %s: its place and its label disagree", newLab, next))
	}
	return nil
}

// ranksAfterCapitals reports whether the item labelled next ranks after
// the new item newLab whose label ends with capitals: its base item, an
// item of its base whose capitals come after its own ("1° B" after a
// "1° A"), or one ranking after its base ("2°" after a "1° bis A").
func ranksAfterCapitals(newLab, next string, kind byte) bool {
	base, key, _ := capitalsOf(newLab, kind)
	nbase, nkey, ncaps := capitalsOf(next, kind)
	if !ncaps {
		nbase, nkey = next, 1<<20
	}
	if nbase == base {
		return nkey > key
	}
	r, nr := latinRank(base, kind), latinRank(nbase, kind)
	return r > 0 && nr > r
}

// reRangeBoundMore is what follows a range's last bound read by
// reItemRange when that bound goes on with a Latin adverb or capitals:
// "les 2° à 3° bis", "les I à II A", "les a à c bis".
var reRangeBoundMore = mustRe(`^\)?\s*(?:` + latinOrd + `\b|[A-Z]{1,2}(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$))`)

// errRangeBoundWithAdverb refuses a range of items whose last bound
// carries a Latin adverb or capitals, "Les 2° à 3° bis sont abrogés":
// reItemRange read it up to the "3°", and the 3° bis was dropped (kept
// in force while the 2° and the 3° went); which items past the 3° it
// holds (a 3° bis, not a 3° ter) no range reads, as amendments refuse
// "les 2° bis à 4°".
const errRangeBoundWithAdverb = "a range of items whose last bound carries a Latin adverb or capitals"

// rangeBoundGoesOn reports whether the range whose last bound ends at
// end in s goes on with a Latin adverb or capitals (reRangeBoundMore).
func rangeBoundGoesOn(s string, end int) bool {
	return reRangeBoundMore.MatchString(s[end:])
}

// reBracketedItem is an item named by a label between parentheses, as
// some codes number the items of a paragraph "(1)", "(2)" or "(a)":
// "Le (1) du 2 est abrogé", "Au (a) du 2, …". No path reads such a
// label: the "(1)" was dropped and the 2 around it deleted or edited
// whole.
var reBracketedItem = mustRe(`\b(?:le|les|au|aux|du|des|et)\s+\(\s*(?:\d+|[a-z]{1,4})(?:\s+` + latinOrd + `)?\s*\)`)

// errBracketedItem is the reason such a designation is refused.
const errBracketedItem = "an item labelled between parentheses, not read"
