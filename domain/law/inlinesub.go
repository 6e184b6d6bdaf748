package law

import (
	"strconv"
	"strings"
)

// reInlineSubHead is a head that opens its own items on its line, "… est
// ainsi modifié : a) …" (folded; the colon ends the match).
var reInlineSubHead = mustRe(`\bainsi\s+modifie(?:e|s|es)?\s*:$`)

// inlineSubItems splits an alinéa whose head opens its items on its own
// line — "2° Le 3° est ainsi modifié : a) Au a, le mot … ; b) Le b est
// supprimé ;" — into the head and one alinéa per item, "2° Le 3° est
// ainsi modifié :", "a) Au a, le mot … ;", "b) Le b est supprimé ;", as
// the drafters write them on lines of their own (they were refused, or
// read as one place inside the other: "Au b" of "Le 3°" as the 3° of the
// b). The items are letters in their order from a), each after ": " (the
// first) or " ; " (" ; et ") outside quotations; anything else: nil, the alinéa
// read as it stands.
func inlineSubItems(raw string) []string {
	spans := quoteSpans(raw)
	var cuts []int // where each item's label begins
	want := byte('a')
	for i := 0; i+2 < len(raw); i++ {
		if raw[i] != want || raw[i+1] != ')' || raw[i+2] != ' ' || inSpans(spans, i) {
			continue
		}
		before := strings.TrimRight(raw[:i], " ")
		if want == 'a' && !strings.HasSuffix(before, ":") || want > 'a' && !strings.HasSuffix(before, ";") && !strings.HasSuffix(before, "; et") {
			continue
		}
		if want == 'a' && !reInlineSubHead.MatchString(asciiLower(foldAccents(before))) {
			return nil
		}
		cuts = append(cuts, i)
		want++
	}
	return splitAtCuts(raw, cuts)
}

// reOwnNumber is an alinéa's own numbered label, "2° " (group: the number).
var reOwnNumber = mustRe(`^(\d+)°\s`)

// inlineSiblings splits an alinéa holding the next items of its own list
// on its line — "1° Le I est complété par un alinéa ainsi rédigé : « … »
// ; 2° Le III est abrogé ;" — into one alinéa per item (the 2° was
// dropped: the text after the quotation was not read). The alinéa opens
// with a number "N°", each next one "N+1°" in order after " ; ", outside
// quotations; anything else: nil.
func inlineSiblings(raw string) []string {
	m := reOwnNumber.FindStringSubmatch(raw)
	if m == nil {
		return nil
	}
	n, _ := strconv.Atoi(m[1])
	spans := quoteSpans(raw)
	var cuts []int
	from := len(m[0])
	for {
		want := "; " + strconv.Itoa(n+1+len(cuts)) + "° "
		i := indexOutside(raw, spans, from, want)
		if i < 0 {
			break
		}
		cuts = append(cuts, i+len("; "))
		from = i + len(want)
	}
	return splitAtCuts(raw, cuts)
}

// indexOutside is the offset of the first s in raw at or after from that
// stands outside the quotation spans (quoteSpans), -1 if none: where the
// inline readers cut an alinéa before its next item.
func indexOutside(raw string, spans [][2]int, from int, s string) int {
	for {
		k := strings.Index(raw[from:], s)
		if k < 0 {
			return -1
		}
		if !inSpans(spans, from+k) {
			return from + k
		}
		from += k + len(s)
	}
}

// splitAtCuts cuts raw before each of cuts (rising offsets), each piece
// trimmed: the head, then one alinéa per item; nil with no cut.
func splitAtCuts(raw string, cuts []int) []string {
	if len(cuts) == 0 {
		return nil
	}
	out := []string{strings.TrimSpace(raw[:cuts[0]])}
	for k, c := range cuts {
		end := len(raw)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		out = append(out, strings.TrimSpace(raw[c:end]))
	}
	return out
}

// inlineLines is a bill article's alinéas with those holding the next
// items of their list (inlineSiblings), or opening their own items
// (inlineSubItems), on their line cut into one line an item; src is the
// index of the alinéa each line comes from.
func inlineLines(alineas []string) (lines []string, src []int) {
	lines, src = make([]string, 0, len(alineas)), make([]int, 0, len(alineas))
	for i, l := range alineas {
		parts := inlineSiblings(strings.TrimSpace(l))
		if parts == nil {
			parts = []string{l}
		}
		for _, pt := range parts {
			items := inlineSubItems(strings.TrimSpace(pt))
			if items == nil {
				items = inlineNumberedItems(strings.TrimSpace(pt))
			}
			if items == nil {
				items = []string{pt}
			}
			for _, it := range items {
				lines, src = append(lines, it), append(src, i)
			}
		}
	}
	return lines, src
}
