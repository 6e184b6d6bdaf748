package law

import "strings"

// amParenList is several items numbered with a parenthesis listed in an
// announcement, "3) et 4)", "1 bis), 1 ter) et 1 quater)" (amCount:
// "insérer des 3) et 4) ainsi rédigés" was no count it read, and the
// insertion after an item was refused; "Compléter le a) par des 3) et
// 4)" went in whatever the new text's labels).
const amParenList = amParenLabel + `(?:\s*(?:,|\bet\b)\s*(?:un\s+)?` + amParenLabel + `)+`

// amParenListAnnounced is that list after its determiner or count, then
// the announcement (group 1 the list), folded, case kept: "des 3) et
// 4) ainsi rédigés", "les 3) et 4) suivants", "deux 3) et 4)".
var amParenListAnnounced = mustRe(`\b(?:des|les|` + cardinalWords + `)\s+(` + amParenList + `)\s+(?:ainsi\s+r[ée]dig|suivant|r[ée]dig[ée]s?\s+comme\s+suit)`)

// parenListAnnounced reports whether the new text of an insertion agrees
// with the items numbered with a parenthesis its instruction announces
// together (amParenListAnnounced): its first line is the first of them,
// and its lines so numbered bear the labels named, in order, no more, no
// fewer ("des 3) et 4)" then "« 4) … »", "« 5) … »", or one item alone,
// refused). An instruction that announces no such list agrees.
func parenListAnnounced(cased string, lines []string) bool {
	m := amParenListAnnounced.FindStringSubmatch(cased)
	if m == nil {
		return true
	}
	if len(lines) == 0 {
		return false
	}
	var named []string
	for _, l := range amParenItemOne.FindAllStringSubmatch(m[1], -1) {
		named = append(named, strings.ToLower(strings.Join(strings.Fields(l[0]), " ")))
	}
	if _, k := labelOf(lines[0]); k != 'p' {
		return false
	}
	var got []string
	for _, l := range lines {
		if lab, k := labelOf(l); k == 'p' {
			got = append(got, lab)
		}
	}
	if len(got) != len(named) {
		return false
	}
	for i := range named {
		if got[i] != named[i] {
			return false
		}
	}
	return true
}

// letterEndsParenList reports whether line, a lettered item, ends the
// list of a new item numbered with a parenthesis inside a lettered one
// (parenInLetter: "a) Le juge date :", "1) … ;", "2) … ;", "b) … :",
// "1) …"): the items so numbered beyond it are another letter's. A new
// last 3) of the a) was compared with the b)'s 1) and refused, "a new 3)
// before 1): its place and its label disagree" (rankAmidItems); a new 1)
// of the b) would be compared with the a)'s 2).
func letterEndsParenList(line string) bool {
	_, k := labelOf(line)
	return k == 'l'
}

// amLocTwoItemsLine is the Sénat's locator line of an item numbered with
// a parenthesis inside a lettered item, beside one alinéa: "Alinéa 4,
// a), 1)", "Alinéa 4, b bis), 2 bis)" (group 1 the alinéa, 2 the letter,
// 3 the number). It was refused (amLocItemLine reads one item); it is
// read "Au 1) du a) de l'alinéa 4": the alinéa must be that 1) of that
// a) (Scope.Within), or the instruction is refused.
var amLocTwoItemsLine = mustRe(`^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?([Aa]lin[ée]a\s+\d+(?:er)?)\s*,\s*((?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?\))\s*,\s*(` + amParenLabel + `)\s*[:.]?$`)

// twoItemsLocator is the locator amLocTwoItemsLine's line reads as, and
// its alinéa; ok is false for another line.
func twoItemsLocator(l string) (locator, alinea string, ok bool) {
	m := amLocTwoItemsLine.FindStringSubmatch(l)
	if m == nil {
		m = amLocDegreeLetterLine.FindStringSubmatch(l)
	}
	if m == nil {
		return "", "", false
	}
	alinea = lowerFirst(m[1])
	return "Au " + strings.Join(strings.Fields(m[3]), " ") + " du " + strings.Join(strings.Fields(m[2]), " ") + " de l'" + alinea, alinea, true
}
