package law

import (
	"errors"
	"strings"
)

// Labels as texts type them (labels22).

// reLetterDegreeLatin22 is an item's number standing alone, then the
// letter o typed (or read by OCR) for the degree sign, then its Latin
// adverb glued to it: "1obis", "2oter" (groups: what is before, the
// number, the adverb, what is after). "1o bis" is reLetterDegree's.
var reLetterDegreeLatin22 = mustRe(`(^|[\s\x{a0}«(])(\d{1,3})o(` + latinOrd + `)([\s\x{a0},;:.)»]|$)`)

// reDegreeLatin22 is an item's degree sign with its Latin adverb glued
// to it, "1°bis", "2°ter", as the consolidated codes sometimes print it
// (groups: what is before, the number, the adverb, what is after).
var reDegreeLatin22 = mustRe(`(^|[\s\x{a0}«(])(\d{1,3})°(` + latinOrd + `)([\s\x{a0},;:.)»]|$)`)

// gluedLatin22 writes an item's Latin adverb glued to its degree sign, or
// to the letter o typed for it, as the grammar reads it: "1obis" is "1°
// bis" everywhere (as "1o" is "1°": plainOrdinals), "1°bis" outside
// quotations ("Le 2°bis de l'article L. 1 est abrogé" was refused, "a
// part of an article not read"; "1obis Le 2obis de l'article L. 1 est
// abrogé" repealed the article L. 1). Quoted words keep "1°bis" as the
// code may print it.
func gluedLatin22(s string) string {
	if digitThenO(s) {
		s = reLetterDegreeLatin22.ReplaceAllString(s, "$1$2° $3$4")
	}
	if strings.Contains(s, "°") {
		s = outsideQuotes(s, func(seg string) string {
			return reDegreeLatin22.ReplaceAllString(seg, "$1$2° $3$4")
		})
	}
	return s
}

// letterDegreeLabel22 is, at the start of an alinéa, an item's number then
// the letter o typed for its degree sign, maybe its Latin adverb (glued
// or not), then a space or the end: "1o Premier ;", "2o bis Le …",
// "3obis …" as a code article typed or read by OCR may print its items
// (it was no label: "Le 1° est abrogé" found no 1°). "1or", "10ordre"
// are no label. A part of labelRe.
const letterDegreeLabel22 = `\d{1,3}o(?:\s*` + latinOrd + `)?(?:\s|$)`

// reLetterDegreeLabel22 is letterDegreeLabel22 alone, its number and
// adverb grouped.
var reLetterDegreeLabel22 = mustRe(`^(\d{1,3})o\s*(` + latinOrd + `)?\s*$`)

// letterDegree22 is the canonical label ("1°", "2° bis") of a label
// matched by letterDegreeLabel22, ok false for any other.
func letterDegree22(m string) (string, bool) {
	g := reLetterDegreeLabel22.FindStringSubmatch(m)
	if g == nil {
		return "", false
	}
	if g[2] != "" {
		return g[1] + "° " + g[2], true
	}
	return g[1] + "°", true
}

// letterDegreeCapitals22 is label d with the capitals that end it after
// it in rest, as label reads them after a degree sign: "1o A L'article …"
// is the "1° a".
func letterDegreeCapitals22(d, rest string) string {
	if c := degreeCapital.FindStringSubmatch(" " + rest); c != nil {
		return d + " " + strings.ToLower(c[1])
	}
	return d
}

// isLetterDegree22 reports whether t is a label typed with the letter o
// for its degree sign ("1o", "2o bis"): a placeholder keeps the capitals
// after it ("1o A (Abrogé) ;"), as after "1°".
func isLetterDegree22(t string) bool {
	_, ok := letterDegree22(t)
	return ok
}

// letterDegreePrefix22 is a bill's item label typed with the letter o for
// its degree sign, "2o", "2o bis", "2obis", as divPrefix reads it before
// the space after it: an amendment deleting the item keeps its number,
// "2o (Supprimé)" (it went with no placeholder, the 3o after the 1o).
const letterDegreePrefix22 = `\d{1,3}o(?:\s*` + latinOrd + `)?`

// errRangeFirstBound22 refuses a range of items whose first bound
// carries a Latin adverb or capitals, "Les a bis à c", "Les I A à II",
// "Aux b bis à d": no range reads such a bound (the last bound's is
// errRangeBoundWithAdverb), and nothing else read the locator — the
// whole article was repealed or edited. "Les 2° bis à 4°" was refused
// already ("unrecognised item designation").
var errRangeFirstBound22 = errors.New("a range of items whose first bound carries a Latin adverb or capitals, not read")

// errDoubledCapital22 refuses a part lettered with a doubled capital,
// "Le AA", "Au BB du I", which a chamber puts before the A: no label
// reads it (the whole article was repealed or edited).
var errDoubledCapital22 = errors.New("a part lettered with a doubled capital (AA), not read")

// reRangeFirstBound22 is a range whose first bound is a label with a
// Latin adverb or capitals after it: "les a bis à", "des I A à", "aux
// B ter à", "les a bis) à".
var reRangeFirstBound22 = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(?:\d+\s*°|[IVX]+|[a-z]{1,2}|[A-HJ-UWYZ])(?:\s+` + latinOrd + `(?:\s+[A-Z]{1,2})?|\s+[A-Z]{1,2})\)?\s+(?:à|a)\s`)

// reDoubledCapital22 is a part named by a doubled capital (not II, VV,
// XX: romans), as an item designation: "le AA de", "au BB,".
var reDoubledCapital22 = mustRe(`\b(?:[Ll]e|[Ll]es|[Aa]u|[Aa]ux|du|des|et)\s+(?:AA|BB|CC|DD|EE|FF|GG|HH|JJ|KK|LL|MM|NN|OO|PP|QQ|RR|SS|TT|UU|WW|YY|ZZ)(?:\s+` + latinOrd + `)?(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$)`)

// errCapitalPartCapitals22 refuses a part lettered in capitals with
// capitals after its letter (and adverb), "Le A bis A", "Au B A": no
// label reads it (the whole article was repealed).
var errCapitalPartCapitals22 = errors.New("a part lettered in capitals with capitals after it (A bis A), not read")

// reCapitalPartCapitals22 is such a part named as an item designation:
// "le A bis A de", "au B A,". Not a roman ("le I A" is read).
var reCapitalPartCapitals22 = mustRe(`\b(?:[Ll]e|[Ll]es|[Aa]u|[Aa]ux|du|des|et)\s+[A-HJ-UWYZ](?:\s+` + latinOrd + `)?\s+[A-Z]{1,2}(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$)`)

// labelNotRead22 is the reason a locator (cased, the division's part as
// written) naming an item in a form no path reads is refused, nil when
// it names none: a range from an item with an adverb or capitals, a
// doubled capital, a capital with capitals after it.
func labelNotRead22(cased string) error {
	switch {
	case reRangeFirstBound22.MatchString(cased):
		return errRangeFirstBound22
	case reDoubledCapital22.MatchString(cased):
		return errDoubledCapital22
	case reCapitalPartCapitals22.MatchString(cased):
		return errCapitalPartCapitals22
	}
	return nil
}

// labelRefusalsTyped22 gives an instruction refused by labelNotRead22
// (its Reason the error's text, set by the locator's reading) that error
// as its typed refusal.
func labelRefusalsTyped22(out []Instruction) {
	for k := range out {
		in := &out[k]
		if in.Status != Unparsed || in.refusal != nil {
			continue
		}
		for _, err := range []error{errRangeFirstBound22, errDoubledCapital22, errCapitalPartCapitals22, errListDropped22, errLetterPastZ28} {
			if in.Reason == err.Error() {
				in.refusal = err
			}
		}
	}
}

// errListDropped22 refuses a list of items of which the reading kept
// fewer than it names: "Les 1° A et 1° B", "Les a), b) et c)", "Les II
// et III A" (the 1° B, the b) and c), the III A were dropped: kept in
// force while the first went).
var errListDropped22 = errors.New("a list of items not read whole: some of its items dropped")

// labelElem22 is one item label of a list as a text writes it: "1°",
// "1° bis A", "II", "ii", "aa", "b)", "B bis".
const labelElem22 = `(?:\d+\s*°|[IVX]+|` + smallRoman + `|` + doubledLetter + `|[a-z]|[A-HJ-UWYZ])(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?\)?`

// reLabelList22 is a list of two item labels or more after "les",
// "aux", "des", joined by commas and "et"; reLabelListSep22 one of its
// joins.
var (
	reLabelList22    = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+` + labelElem22 + `(?:(?:\s*,\s*(?:et\s+)?|\s+et\s+)` + labelElem22 + `)+(?:\s|,|\.|$)`)
	reLabelListSep22 = mustRe(`\s*,\s*(?:et\s+)?|\s+et\s+`)
)

// listDropped22 reports whether a list of labels in cased was read with
// fewer items than it names: read gives, by the position of a mention,
// the number of divisions read there.
func listDropped22(cased string, read map[int]int) error {
	for _, m := range reLabelList22.FindAllStringIndex(cased, -1) {
		body := strings.TrimRight(cased[m[0]:m[1]], " ,.")
		n := len(reLabelListSep22.FindAllStringIndex(body, -1)) + 1
		if r := read[m[0]]; r > 0 && r < n {
			return errListDropped22
		}
	}
	return nil
}
