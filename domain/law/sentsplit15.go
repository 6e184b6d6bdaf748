package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentsplit15: the typography sent14 left. Abbreviations a period never
// ends a sentence after, written with accents or after a typographic
// apostrophe or a non-breaking space ("l’art. L. 1", "la Sté. Dupont",
// "à St. Denis", "J.-P. Dupont", "c.-à-d. Dupont"), and two more
// boundaries left open (sentsplitBounds): a number's period after a
// sentence's mark ("Il signe. 1. Il date.": the number ends the first
// sentence, or is the second's label?) and a capital's period after a
// number ("l'article L. 1 A. Il part.", "5 000 F. Il part.": a letter
// of the article's number or an initial?).

// abbreviations15 are words a period follows without ending the sentence,
// besides abbreviations: titles and names ("St. Denis", "Mlle. Dupont",
// "Mgr.", "Sté.", "Ph.", "Th."), "éd.", "av." ("av. J.-C."), "vve".
var abbreviations15 = map[string]bool{
	"st": true, "ste": true, "mlle": true, "mlles": true, "mgr": true, "sté": true, "éd": true,
	"av": true, "vve": true, "ph": true, "th": true,
}

// abbreviationEnds are abbreviations of several dotted parts, a period
// closing them ("c.-à-d. Dupont", "i.e. Il", "J.-P. Dupont"): never a
// sentence's end.
var abbreviationEnds = mustRe(`(?:^|[^\p{L}])(?:c\.-à-d|i\.e|e\.g|p\.\s?ex|\p{Lu}\.-\p{Lu}|\p{Lu}\p{Ll}?\.-\p{Lu}\p{Ll}?)$`)

// abbreviationBefore reports whether s ends with an abbreviation a
// period does not end a sentence after: one of abbreviations or
// abbreviations15 as a word, after a space (a non-breaking one too), a
// parenthesis or an apostrophe (a typographic one too: "l’art"), or a
// dotted one (abbreviationEnds).
func abbreviationBefore(s string) bool {
	if abbreviationEnds.MatchString(s) {
		return true
	}
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= w
	}
	if i == len(s) {
		return false
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if !strings.ContainsRune(" (\u00a0\u202f'’", r) {
			return false
		}
	}
	w := strings.ToLower(s[i:])
	return abbreviations[w] || abbreviations15[w]
}

// numberLabel is a sentence's mark, then a number of three digits at
// most or an item's label ("1.", "2°", "3)", "a)", a dash; "janv. 2020."
// is a year), then a space (groups: the mark, the label): "Il signe. 1.
// Il date.", "Il signe : 2° Il date.".
var numberLabel = mustRe(`([.?!;:]|…)[ \x{a0}\x{202f}]+(\d{1,3}(?:er|re|e)?(?:\.\d+)*\.|\d{1,3}°|\d{1,3}\)|[a-z]\)|[–—―-])[ \x{a0}\x{202f}]+`)

// capitalAfterNumber is a capital letter and its period after a number, a
// "1er" or a "bis", then a space (group: the period): "L. 1 A. Il",
// "5 000 F. Il", "titre Ier A. Il".
var capitalAfterNumber = mustRe(`(?:\d|\b(?:\d+|[IVXLC]+)er|\b(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))[ \x{a0}\x{202f}]+\p{Lu}(\.)[ \x{a0}\x{202f}]+`)

// sentsplitBounds is the reading of s's sentences where a number's period
// after a sentence's mark labels the sentence after it (the sentence
// before ends at the mark; after ";" or ":" none does), and a capital's
// period after a number ends a sentence, with the causes of the
// boundaries it moves (sent17); why is 0 when it is the reading of
// sentenceBounds.
func sentsplitBounds(s string) (other [][2]int, why doubtCause) {
	b := sentenceBounds(s)
	if len(b) == 0 {
		return b, 0
	}
	quoted := quoteSpans(s)
	first, last := b[0][0], b[len(b)-1][1]
	cuts := boundsCuts(b) // the end of one sentence, the start of the next
	for _, m := range numberLabel.FindAllStringSubmatchIndex(s, -1) {
		mark, lab, next := m[2], m[4], m[1]
		if mark < first || next >= last || inSpans(quoted, mark) || !sentenceOpens(s[next:]) {
			continue
		}
		if s[mark] == '.' && !periodEnds(s, boundStart(b, mark), mark) {
			// "l'art. 1. Il part.": the period is the abbreviation's.
			continue
		}
		var kept [][2]int
		for _, c := range cuts {
			if c[0] <= lab || c[0] > m[5] {
				kept = append(kept, c)
			}
		}
		if len(kept) != len(cuts) {
			why |= doubtNumberAfterMark
		}
		cuts = kept
		if s[mark] != ';' && s[mark] != ':' && !hasCut(cuts, m[3]) {
			cuts = append(cuts, [2]int{m[3], lab})
			why |= doubtNumberAfterMark
		}
	}
	for _, m := range capitalAfterNumber.FindAllStringSubmatchIndex(s, -1) {
		end := m[3]
		if end <= first || m[1] >= last || inSpans(quoted, end) || hasCut(cuts, end) || !sentenceOpens(s[m[1]:]) {
			continue
		}
		cuts = append(cuts, [2]int{end, m[1]})
		why |= doubtCapitalAfterNumber
	}
	return cutsReading(b, cuts, why)
}

// doubtfulReadings are the other readings of s's sentence boundaries
// (sent14's doubtfulBounds, sentsplitBounds, sent16Readings) that are not sentenceBounds'.
func doubtfulReadings(s string) []doubtReading {
	var out []doubtReading
	if o, why := doubtfulBoundsWhy(s); why != 0 {
		out = append(out, doubtReading{o, why})
	}
	if o, why := sentsplitBounds(s); why != 0 {
		out = append(out, doubtReading{o, why})
	}
	if o, why := numberOpensReading(s); why != 0 {
		// "en 2020. 2021 est exclu." (sent19).
		out = append(out, doubtReading{o, why})
	}
	if o, why := abbreviationOpenerReading(s); why != 0 {
		// "Il lit le 1er al. Il part." (sent19).
		out = append(out, doubtReading{o, why})
	}
	if o, why := initialOpenerReading22(s); why != 0 {
		// "Il informe M. X. Il date." (sentences22).
		out = append(out, doubtReading{o, why})
	}
	if o, why := initialAfterNounReading27(s); why != 0 {
		// "le plan B. Dupont signe." (sentences27).
		out = append(out, doubtReading{o, why})
	}
	out = append(out, sentences26Readings(s)...)
	return append(out, sent16Readings(s)...)
}

// spaceBefore reports whether a space, a non-breaking one too, comes
// right before s[j] ("J.\u00a0Dupont": an initial, as "J. Dupont").
func spaceBefore(s string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return strings.ContainsRune(sentenceSpaces, r)
}
