package law

import (
	"strconv"
	"strings"
)

// reNumberRange is a range of items numbered without a degree sign, the
// paragraphs "1.", "2." of the codes (CGI, CGCT), named in a bill's
// locator: "Les 1 à 3 du I", "aux 2 à 4 du A du II", "Au I, les 1 à 2".
// Groups 1 and 2 are the bounds, as reItemRange's; each item of the
// range is named, and those numbered between with a Latin adverb (a "1
// bis") with them (Division.GoesOn), as "les 1° à 3°" (the range was not
// read and the whole I deleted).
var reNumberRange = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(\d+)\s+(?:à|a)\s+(\d+)(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$)`)

// reNumberRangeAny is any range of items numbered without a degree sign,
// a bound maybe with its Latin adverb ("les 1 bis à 3", "les 1 à 2
// bis"): group 1 and 2 the bounds.
var reNumberRangeAny = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(\d+(?:\s+` + latinOrd + `)?)\s+(?:à|a)\s+(\d+(?:\s+` + latinOrd + `)?)(?:\s|,|$)`)

// numberRanges is reNumberRange's matches in s, each ending at its last
// bound, so that what follows — "et 1 bis du II" — is read as the items
// listed after the range (reItemMore; the follow consumed by the match
// dropped the 1 bis).
func numberRanges(s string) [][]int {
	ms := reNumberRange.FindAllStringSubmatchIndex(s, -1)
	for _, m := range ms {
		m[1] = m[5]
	}
	return ms
}

// numberRangeNotRead is the reason a bill's locator naming a range of
// items numbered without a degree sign is refused, "" if it is not: a
// bound with its Latin adverb ("Les 1 bis à 3 du I": which items a
// range from a 1 bis holds is not said, as "les 2° bis à 4°"; it was
// read as the whole I).
func numberRangeNotRead(s string) string {
	for _, m := range reNumberRangeAny.FindAllStringSubmatchIndex(s, -1) {
		if reLatinOrdIn.MatchString(s[m[2]:m[3]]) || reLatinOrdIn.MatchString(s[m[4]:m[5]]) {
			return "a range of items numbered without a degree sign bounded by an item with a Latin adverb"
		}
	}
	return ""
}

// reLatinOrdIn is a Latin adverb inside a label: "1 bis".
var reLatinOrdIn = mustRe(`\s` + latinOrd + `$`)

// reFromToNumber is a range of items numbered without a degree sign said
// with "du … au …": "Du 1 au 3 du I …", "… du 2 au 4 du A du II". Group 1
// is the first letter's case, 2 and 3 the bounds, 4 what follows: the
// division they belong to or a comma (a bare "du 1 au 31" may be days).
var reFromToNumber = mustRe(`\b([Dd])u\s+(\d+(?:\s+` + latinOrd + `)?)\s+au\s+(\d+(?:\s+` + latinOrd + `)?)(\s+(?:du|de\s+la|de\s+l['’]|des)\s+(?:[IVX]+\b|[A-HJ-UWYZ]\b|\d+°|[a-z]\)?(?:\s|,|$)|article\b|présent\b|même\b)|\s*,)`)

// fromToNumbers writes "Du 1 au 3 du I" as "Aux 1 à 3 du I" ("du 1 au 3
// du I" as "des 1 à 3 du I"), outside quotations, as fromToRanges writes
// "Du 2° au 4°": each item of the range is edited (only the last one
// was: "au 3 du I" was read and the 1 dropped).
func fromToNumbers(body string) string {
	if !reFromToNumber.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		return reFromToNumber.ReplaceAllStringFunc(seg, func(m string) string {
			g := reFromToNumber.FindStringSubmatch(m)
			head := "des "
			if g[1] == "D" {
				head = "Aux "
			}
			return head + g[2] + " à " + g[3] + g[4]
		})
	})
}

// rangeLatinRank is latinRank for the items a range holds (rangeItems),
// and for the paragraphs numbered without a degree sign, "1.", "1 bis."
// (kind 'n'), which latinRank does not rank: the 1 bis between the ends
// of "les 1 à 2" is the range's, as the 1° bis of "les 1° à 2°" (it was
// left out).
func rangeLatinRank(l string, kind byte) int {
	if kind == 'p' {
		// "1 bis)" as "1 bis" (amitems17: "les 1) à 3)").
		l, kind = strings.TrimSuffix(l, ")"), 'n'
	}
	if kind != 'n' {
		return latinRank(l, kind)
	}
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 2 {
		return 0
	}
	base, err := strconv.Atoi(f[0])
	suffix := ""
	if len(f) == 2 {
		suffix = strings.ToLower(f[1])
	}
	n, ok := latinOrder[suffix]
	if err != nil || base <= 0 || !ok {
		return 0
	}
	return base*100 + n
}
