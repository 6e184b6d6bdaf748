package law

import "slices"

// amNumberItemLoc is an item numbered without a degree sign — "le 1",
// "au 2 bis" — named in an amendment's locator, as the bills'
// locators read it (reItem): a paragraph "1." or "2 bis.".
// Group 1 is the label. A bare number is an item only when the division
// it belongs to, or a comma, follows (amNumberFollow): "Supprimer le 1 du
// I", "À la première phrase du 1 du I", "Au 2, …"; "les 2 premiers
// alinéas" counts alinéas.
var amNumberItemLoc = mustRe(`\b(?:[Ll]e|[Aa]u|[Dd]u|[Ll]es|[Aa]ux|[Dd]es)\s+(\d+(?:\s+` + latinOrd + `)?)(?:\s|,|\.|$)`)

// amNumberFollow is what follows a bare number that names an item: the
// division it belongs to ("du I", "de l'article", "de cet article", "du
// A") or a comma.
var amNumberFollow = mustRe(`^(?:\s+(?i:du|de\s+la|de\s+l['’]|des)\s*(?:[IVX]+\b|[A-HJ-UWYZ]\b|\d+°|[a-z]\)|[a-z]\b|article\b)|\s+(?i:de)\s+cet\s+article\b|\s*,)`)

// numberItemLocs adds to the items a locator names (amItemLoc's matches
// in s, in order) those numbered without a degree sign
// (amNumberItemLoc): the same rule as the bills' (it was refused, the
// number not read).
func numberItemLocs(s string, out [][]int) [][]int {
	added := false
	for _, m := range amNumberItemLoc.FindAllStringSubmatchIndex(s, -1) {
		if !amNumberFollow.MatchString(s[m[3]:]) {
			continue
		}
		out = append(out, m)
		added = true
	}
	if added {
		slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	}
	return out
}
