package law

import (
	"strconv"
	"strings"
)

// inlineNumberedItems splits an alinéa whose head opens numbered items on
// its own line — "L'article L. 1 est ainsi modifié : 1° Au premier
// alinéa, … ; 2° Le II est abrogé." — into the head and one alinéa per
// item, as the drafters write them on lines of their own (it was refused
// whole: "a division between two word operations"). The items are
// numbers in their order from 1°, the first after ": " closing a head
// "ainsi modifié", each next after " ; " or " ; et ", outside quotations;
// anything else: nil, the alinéa read as it stands.
func inlineNumberedItems(raw string) []string {
	spans := quoteSpans(raw)
	k := indexOutside(raw, spans, 0, ": 1° ")
	if k < 0 {
		return nil
	}
	first := k + len(": ")
	if !reInlineSubHead.MatchString(asciiLower(foldAccents(strings.TrimRight(raw[:first], " ")))) {
		return nil
	}
	cuts := []int{first}
	from := first + len("1° ")
	for n := 2; ; n++ {
		label := strconv.Itoa(n) + "° "
		next := -1
		for _, sep := range []string{"; ", "; et "} {
			if k := indexOutside(raw, spans, from, sep+label); k >= 0 && (next < 0 || k+len(sep) < next) {
				next = k + len(sep)
			}
		}
		if next < 0 {
			break
		}
		cuts = append(cuts, next)
		from = next + len(label)
	}
	return splitAtCuts(raw, cuts)
}

// firstItemOnPartLine says a label at level l, read after a part's
// roman or capital label on the same line, opens the part's first item
// there: "I. – 1° Au premier alinéa …", "II. – 1. Le code …", "B. – 1° …"
// — the alinéa is at the item's level, so that "2° …" is its sibling and
// the next part ("II. – …", "C. – …") closes both.
func firstItemOnPartLine(l int) bool {
	return l == 2 || l == 3
}
