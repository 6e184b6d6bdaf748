package law

import (
	"unicode"
	"unicode/utf8"
)

// parentheticalDash tells whether the dash at rs[i] stands alone between
// spaces — "juge - ou son délégué -", "juge — ou", a quotation's first or
// last mark after or before a space — the dash French sets around a
// parenthetical phrase, typed as a hyphen, an en dash, an em dash or the
// horizontal bar alike (typo19). Such a dash is never a word's hyphen, so
// quoted words typed with one find the text typed with another
// (looseWords); a dash glued to a letter stays a hyphen.
func parentheticalDash(rs []rune, i int) bool {
	before := i == 0 || unicode.IsSpace(rs[i-1])
	after := i == len(rs)-1 || unicode.IsSpace(rs[i+1])
	if i == 0 && i == len(rs)-1 {
		return false
	}
	return before && after
}

// ellipsisAt gives the length in runes of the ellipsis at rs[i] — "…"
// or three periods, not part of a longer run of periods — or 0
// (looseWords reads one for the other: « etc... » finds "etc…").
func ellipsisAt(rs []rune, i int) int {
	if rs[i] == '…' {
		return 1
	}
	if i+2 < len(rs) && rs[i] == '.' && rs[i+1] == '.' && rs[i+2] == '.' &&
		(i == 0 || rs[i-1] != '.' && rs[i-1] != '…') &&
		(i+3 == len(rs) || rs[i+3] != '.' && rs[i+3] != '…') {
		return 3
	}
	return 0
}

// dotsAround tells whether the match s[i:j] of w, which begins or ends
// with an ellipsis, stands against more periods in s: the ellipsis
// found would be a part of a run of dots (the blanks of a law not yet
// numbered, "......"), not the text's own ellipsis.
func dotsAround(s string, i, j int, w string) bool {
	dot := func(r rune) bool { return r == '.' || r == '…' }
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	if dot(first) && i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); dot(r) {
			return true
		}
	}
	if dot(last) && j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); dot(r) {
			return true
		}
	}
	return false
}
