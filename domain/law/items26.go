package law

import (
	"errors"
	"fmt"
	"strings"
)

// errDashesMissing26: dashes of a range ("les deuxième à quatrième
// tirets") that the list does not hold.
var errDashesMissing26 = errors.New("dashes of a range not found")

// errDashRangeUnread26: a range of dashes by rank other than from one
// rank to a later one ("les deuxième à dernier tirets").
var errDashRangeUnread26 = errors.New("a range of dashes not read")

// reDashRange26 is a range of dashes by rank, folded: "les deuxième à
// quatrième tirets" (groups: the ranks). Only the last rank was read,
// by reDashRank ("quatrième tirets": the fourth deleted alone).
var reDashRange26 = mustRe(`\b(` + ordWords + `)\s+a\s+(` + ordWords + `)\s+tirets\b`)

// amCountedDash26 is dashes counted in an amendment, "les deux derniers
// tirets", "les premiers tirets": no amendment reader reads them (the
// words were dropped and the whole alinéa named deleted).
var amCountedDash26 = mustRe(`\b(?:(?:` + cardinalWords + `|\d+)\s+)?(?:derniers|premiers)\s+tirets\b`)

// dashRange26 is one range of dashes named: where it begins in the
// locator, and its division (Dash, Alinea the first rank, Count how
// many).
type dashRange26 struct {
	pos int
	div Division
}

// dashRanges26 reads the ranges of dashes by rank ("les deuxième à
// quatrième tirets") named before the article (low[:cut]) and blanks
// them in low and cased, so that the range is not read as its last rank.
func dashRanges26(low, cased string, cut int) (string, string, []dashRange26, error) {
	var out []dashRange26
	for _, m := range reDashRange26.FindAllStringSubmatchIndex(low[:min(cut, len(low))], -1) {
		from, to := ordValue[low[m[2]:m[3]]], ordValue[low[m[4]:m[5]]]
		if from < 1 || to <= from {
			return low, cased, nil, errDashRangeUnread26
		}
		out = append(out, dashRange26{pos: m[0], div: Division{Alinea: from, Count: to - from + 1, Dash: true}})
		blank := strings.Repeat(" ", m[1]-m[0])
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	return low, cased, out, nil
}

// dashesCounted26 is the end of count dashes from the i-th of ds (the
// lines of a list's dashes, one after the other): hi unchanged for one.
func dashesCounted26(ds []int, i, count, hi int) (int, error) {
	if count <= 1 {
		return hi, nil
	}
	if i+count > len(ds) {
		return 0, fmt.Errorf("%w: %d from dash %d (%d dashes)", errDashesMissing26, count, i+1, len(ds))
	}
	return ds[i+count-1] + 1, nil
}
