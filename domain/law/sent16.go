package law

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// sent16: the last boundaries the typography leaves open, each another
// reading of the sentences (sent16Readings, with doubtfulReadings): an
// ellipsis before a capital no sentence opens with ("Il hésite… Paris le
// tente.": one sentence or two?), an article's heading after a sentence's
// mark ("Il signe. Art. 5. Il date.": a sentence of its own, or the
// heading of the one after it?), a number after a sentence's mark before
// a lower-case word ("Il signe. 1. il date.": one sentence, or a label
// opening the second?), and "ex." or "Cie." before a capital no sentence
// opens with ("la Cie. Durand", "ex. Durand": the abbreviation's period,
// or the sentence's?).

// abbreviationCut is a sentence that ends with "ex.", "Cie." or "Ets."
// ("la Cie.", "par ex.", "les Ets." — sent17): the period may be the
// abbreviation's.
var abbreviationCut = mustRe(`(?i)(?:^|[^\p{L}])(?:ex|cie|ets)\.$`)

// artAfterMark is a sentence's mark, then an article's heading ("Art. 5.",
// "Art. L. 1-2.", "Art. 3 bis. –"), then a space (groups: the mark, the
// heading).
var artAfterMark = mustRe(`([.?!;:]|…)[ \x{a0}\x{202f}]+(Art\.[ \x{a0}\x{202f}]+(?:(?:L|R|D|LO|A)\.?[ \x{a0}\x{202f}]*)?\d+(?:[-‑]\d+)*(?:[ \x{a0}\x{202f}]+(?:bis|ter|quater|quinquies|\p{Lu}))?\.(?:[ \x{a0}\x{202f}]*[–—―-])?)[ \x{a0}\x{202f}]+`)

// boundsCuts are the cuts of bounds b: the end of one sentence, the start
// of the next.
func boundsCuts(b [][2]int) [][2]int {
	var cuts [][2]int
	for k := 0; k+1 < len(b); k++ {
		cuts = append(cuts, [2]int{b[k][1], b[k+1][0]})
	}
	return cuts
}

// boundStart is the start of the sentence of b holding s's byte i; the
// first's when none does.
func boundStart(b [][2]int, i int) int {
	for _, x := range b {
		if i >= x[0] && i < x[1] {
			return x[0]
		}
	}
	return b[0][0]
}

// hasCut reports whether one of cuts starts at i.
func hasCut(cuts [][2]int, i int) bool {
	for _, c := range cuts {
		if c[0] == i {
			return true
		}
	}
	return false
}

// cutsBounds are the sentences from first to last that cuts part, and
// whether they differ from b.
func cutsBounds(b [][2]int, cuts [][2]int) ([][2]int, bool) {
	sort.Slice(cuts, func(p, q int) bool { return cuts[p][0] < cuts[q][0] })
	first, last := b[0][0], b[len(b)-1][1]
	var out [][2]int
	start := first
	for _, c := range cuts {
		out = append(out, [2]int{start, c[0]})
		start = c[1]
	}
	out = append(out, [2]int{start, last})
	if len(out) != len(b) {
		return out, true
	}
	for k := range b {
		if b[k] != out[k] {
			return out, true
		}
	}
	return out, false
}

// cutsReading is cutsBounds' reading of b with cuts, given for why when
// it differs from b, for no cause when it does not.
func cutsReading(b [][2]int, cuts [][2]int, why doubtCause) ([][2]int, doubtCause) {
	other, changed := cutsBounds(b, cuts)
	if !changed {
		return other, 0
	}
	return other, why
}

// sent16Readings are the other readings of s's sentences (sent16), each
// kept when it differs from sentenceBounds.
func sent16Readings(s string) []doubtReading {
	b := sentenceBounds(s)
	if len(b) == 0 {
		return nil
	}
	quoted := quoteSpans(s)
	first, last := b[0][0], b[len(b)-1][1]
	var out []doubtReading
	keep := func(cuts [][2]int, c doubtCause) {
		if o, ok := cutsBounds(b, cuts); ok {
			out = append(out, doubtReading{o, c})
		}
	}
	// An ellipsis, "ex." or "Cie." before a capital no sentence opens
	// with: the sentences joined.
	var joined [][2]int
	var why doubtCause
	for k, c := range boundsCuts(b) {
		sent := s[b[k][0]:c[0]]
		if (ellipsisEnd(sent) || abbreviationCut.MatchString(sent)) && !opener(s[b[k+1][0]:b[k+1][1]]) {
			if ellipsisEnd(sent) {
				why |= doubtEllipsis
			} else {
				why |= doubtAbbreviation
			}
			continue
		}
		joined = append(joined, c)
	}
	keep(joined, why)
	// A label after a sentence's mark: an article's heading before a
	// capital, a number before a lower-case word; the sentence before
	// ends at the mark (after ";" or ":" none does), the label opens the
	// next.
	relabel := func(m []int, why doubtCause) {
		mark, lab, labEnd, next := m[2], m[4], m[5], m[1]
		if mark < first || next >= last || inSpans(quoted, mark) {
			return
		}
		var cuts [][2]int
		for _, c := range boundsCuts(b) {
			if c[0] <= lab || c[0] > labEnd {
				cuts = append(cuts, c)
			}
		}
		if s[mark] != ';' && s[mark] != ':' && !hasCut(cuts, m[3]) {
			cuts = append(cuts, [2]int{m[3], lab})
		}
		keep(cuts, why)
	}
	for _, m := range artAfterMark.FindAllStringSubmatchIndex(s, -1) {
		if m[1] < len(s) && sentenceOpens(s[m[1]:]) && (s[m[2]] != '.' || periodEnds(s, boundStart(b, m[2]), m[2])) {
			relabel(m, doubtArticleHeading)
		}
	}
	for _, m := range numberLabel.FindAllStringSubmatchIndex(s, -1) {
		r, _ := utf8.DecodeRuneInString(s[m[1]:])
		if !unicode.IsLower(r) || s[m[2]] == ';' || s[m[2]] == ':' {
			continue
		}
		if s[m[2]] == '.' && !periodEnds(s, boundStart(b, m[2]), m[2]) {
			// "l'art. 1. il": the abbreviation's period.
			continue
		}
		relabel(m, doubtNumberBeforeLower)
	}
	return out
}
