package law

import (
	"errors"
	"strings"
)

// parenLabel25 is, at the start of an alinéa, an item label the codes
// sometimes close with a parenthesis or put between two: "1o) Les …"
// (the letter o typed for the degree sign, then a parenthesis), "(a) Les
// …", "(b bis) …". Added to labelRe.
const parenLabel25 = `\d{1,3}o(?:\s*` + latinOrd + `)?\)|\([a-z](?:\s+` + latinOrd + `)?\)`

var reParenLabel25 = mustRe(`^(?:(\d{1,3})o\s*(` + latinOrd + `)?\)|\(([a-z])(?:\s+(` + latinOrd + `))?\))`)

// errMixedLabelShapes25 refuses an item found in a list whose items of
// its kind are written in two shapes ("(a) …" then "b) …"): which list
// the item belongs to, or which of two same labels is meant, is not
// said.
var errMixedLabelShapes25 = errors.New("an item in a list whose labels are written in two shapes")

// errParenRelabel25 refuses renumbering an item labelled "1o)" or "(a)":
// the shape its new label keeps is not a convention we know.
var errParenRelabel25 = errors.New("an item labelled with parentheses renumbered: its new label's shape is not known")

// parenLabelOf25 reads m, a label matched by parenLabel25: "1o)" is the
// "1°", "2o bis)" the "2° bis" (kind 'd'); "(a)" the letter "a", "(b
// bis)" the "b bis" (kind 'l').
func parenLabelOf25(m string) (string, byte, bool) {
	g := reParenLabel25.FindStringSubmatch(strings.TrimSpace(m))
	if g == nil {
		return "", 0, false
	}
	if g[1] != "" {
		if g[2] != "" {
			return g[1] + "° " + g[2], 'd', true
		}
		return g[1] + "°", 'd', true
	}
	if g[4] != "" {
		return g[3] + " " + g[4], 'l', true
	}
	return g[3], 'l', true
}

// isParenLabel25 reports whether the alinéa s begins with a label of
// parenLabel25.
func isParenLabel25(s string) bool {
	return reParenLabel25.MatchString(strings.TrimLeft(strings.TrimSpace(s), "«\" "))
}

// labelShape25 is how the alinéa s writes its label: "open" "(a)",
// "close" "a)", "1°)", "1o)", "" "1°", "1o", "a.".
func labelShape25(s string) string {
	t := strings.TrimLeft(strings.TrimSpace(s), "«\" ")
	if strings.HasPrefix(t, "(") {
		return "open"
	}
	m := strings.TrimRight(labelRe.FindString(t), " ")
	if strings.HasSuffix(m, ")") || strings.HasPrefix(strings.TrimLeft(t[len(m):], " "), ")") {
		// "1°) …": labelRe stops at the degree sign.
		return "close"
	}
	return ""
}

// mixedShapes25 refuses the item found on line found, of kind kind, in
// the lines [lo, hi) of al, when the letter items there are written in
// two shapes ("(a) …" and "b) …"; not "a) …" and "b. …", nor degree
// items "1°) …" and "2° …").
func mixedShapes25(al []string, lo, hi, found int, kind byte) error {
	if kind != 'l' {
		// "1°) …" then "2° …" is one list typed two ways, as codes
		// print them: a degree item is an item of the article's one
		// list, found once (found twice is refused where it is looked
		// up).
		return nil
	}
	// "a) …" then "b. …", as a code may print it, is one list; "(a) …"
	// then "b) …" is not known to be: "(a)" may open a list nested in
	// the b).
	shape := func(s string) string { return strings.TrimSuffix(labelShape25(s), "close") }
	want := shape(al[found])
	for i := lo; i < hi; i++ {
		if _, k := label(al[i]); k != kind {
			continue
		}
		if shape(al[i]) != want {
			return errMixedLabelShapes25
		}
	}
	return nil
}
