package law

import (
	"slices"
	"strings"
)

// amParenItemLoc is one item numbered with a parenthesis named in an
// amendment's locator — "le 1) du 2°", "au 2 bis)", "du 1)" — read as
// the bills' locators read it (reItem): an item of its own kind,
// "paren", its label kept with its parenthesis (it was refused, and
// before that the 1° around it taken whole). Group 1 is the label.
var amParenItemLoc = mustRe(`\b(?:[Ll]e|[Aa]u|[Dd]u)\s+(\d+(?:\s+` + latinOrd + `)?\))(?:\s|,|\.|$)`)

// amParenNotRead is items numbered with a parenthesis named in a form
// the amendments' locators do not read: several ("les 1) et 2)", "aux
// 1) à 3)", "au 1), au 2)", "le 1) et le 2)"), or an adverb after the
// parenthesis ("un 1) bis": the 1 bis) is written "1 bis)"). Refused.
var amParenNotRead = mustRe(`\b(?:[Ll]es|[Aa]ux|[Dd]es)\s+\d+(?:\s+` + latinOrd + `)?\)|\d+(?:\s+` + latinOrd + `)?\)\s*(?:,\s*(?:(?:et|a|à)\s+)?(?:(?:le|au|du|aux|les)\s+)?\d|(?:et|a|à|ainsi\s+que)\s+(?:(?:le|au|du|aux|les)\s+)?\d)|\d\)\s+` + latinOrd + `\b`)

// parenItemLocs adds to the items a locator names (in order) those
// numbered with a parenthesis (amParenItemLoc).
func parenItemLocs(s string, out [][]int) [][]int {
	ms := amParenItemLoc.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return out
	}
	out = append(out, ms...)
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// amItemLabel is the label of an item a locator names (itemLocs) as a
// path keeps it: a letter's parenthesis dropped ("a)" is the a), a
// number's kept ("1)" is the item "1)", never the paragraph "1.").
func amItemLabel(l string) string {
	if l != "" && l[0] >= '0' && l[0] <= '9' && strings.HasSuffix(l, ")") {
		return l
	}
	return strings.TrimSuffix(l, ")")
}

// amParenLabel is the label of an item numbered with a parenthesis as a
// locator or an announcement writes it: "1)", "2 bis)" (amCount: "insérer
// un 1 bis) ainsi rédigé"; amAfterItem: "Après le 1), insérer …" — both
// were refused).
const amParenLabel = `\d+(?:\s+` + latinOrd + `)?\)`

// amRangeThenList is a range of items then items listed after it, in a
// locator (cased, folded): "les 1 à 2 et 3 du I", "aux 1° à 3° et 5°",
// "les a) à c), e) et g)". Groups 1, 2 the range's bounds, 3 the list
// after it (with its separators).
var amRangeThenList = mustRe(`\b(?:[Ll]es|[Aa]ux|[Dd]es)\s+(` + amItemName + `)\s+a\s+(` + amItemName + `)((?:\s*(?:,\s*et\b|,|\bet\b)\s*` + amItemName + `)+)(?:\s|,|\.|$)`)

// rangeThenList reads a range of items then items listed after it,
// "Supprimer les 1 à 2 et 3 du I", "Aux 1° à 3° et 5° du I, …": the
// range's items (amItemRange, its 1 bis with it) then each listed item,
// with the divisions around them, as the bills read "les 1 à 2 et 3"
// (reItemMore after the range; it was refused). matched is false when
// low names no such range; ok is false when it does and one of its
// items is not read, the list holds an item of another kind, or one not
// after the range's end (the range holds it, or the order is not the
// text's): refused.
func rangeThenList(ref CodeRef, low, cased string) (sc []Scope, ok, matched bool) {
	m := amRangeThenList.FindStringSubmatchIndex(cased)
	if m == nil {
		return nil, false, false
	}
	if prepositionLast(cased[m[6]:m[7]], cased[m[7]:]) {
		// "les 1° à 3° du I, a la dernière phrase": no list.
		return nil, false, false
	}
	from, to := strings.TrimSuffix(cased[m[2]:m[3]], ")"), strings.TrimSuffix(cased[m[4]:m[5]], ")")
	k := casedKind(from)
	items := amItemSep.Split(strings.TrimSpace(cased[m[6]:m[7]]), -1)
	if len(items) > 0 && items[0] == "" {
		items = items[1:]
	}
	for _, d := range amItemSep.FindAllStringSubmatch(cased[m[6]:m[7]], -1) {
		if d[1] != "" {
			// "les 1 à 2 et le 3": two designations, not one list.
			return nil, false, true
		}
	}
	last := casedRank(to)
	for _, it := range items {
		it = strings.TrimSuffix(it, ")")
		r := casedRank(it)
		if casedKind(it) != k || r == 0 || r < last || r == last && len(strings.Fields(it)) == 1 {
			return nil, false, true
		}
		last = r
	}
	blank := func(s string, a, b int) string { return s[:a] + strings.Repeat(" ", b-a) + s[b:] }
	// The range alone, the list blanked out.
	sc, ok = amScope(ref, blank(low, m[6], m[7]), blank(cased, m[6], m[7]))
	if !ok {
		return nil, false, true
	}
	det := map[string]string{"les": "le", "aux": "au", "des": "du"}[asciiLower(cased[m[0]:m[0]+3])]
	span := m[7] - m[0]
	for _, it := range items {
		it = strings.TrimSpace(it)
		one := det + " " + it
		pad := one + strings.Repeat(" ", span-len(one))
		got, ok := amScope(ref, low[:m[0]]+asciiLower(pad)+low[m[7]:], cased[:m[0]]+pad+cased[m[7]:])
		if !ok {
			return nil, false, true
		}
		want := casedItem(amItemLabel(it)).Item
		for _, s := range got {
			if n := len(s.Path); n == 0 || s.Path[n-1].Item != want {
				return nil, false, true
			}
		}
		sc = append(sc, got...)
	}
	return sc, true, true
}

// (am14's amNumberNotRead refused every item numbered with a parenthesis,
// "Supprimer le 1) du 1°" — the item was dropped and the 1° deleted
// before that; one is read now, amParenItemLoc, several refused,
// amParenNotRead. A range of items numbered without a degree sign,
// "Supprimer les 1 à 2 du I", is read since numrange14, its 1 bis with
// it: rangeLatinRank.)

// divNumberDot and divNumberParen are divPrefix's groups (label, what
// follows it) for a paragraph numbered "1.", "2 bis." without a dash
// (as conventions and finance articles number theirs) and an item
// numbered with a parenthesis, "1)", "2 bis)": deleted, each stays as
// its number and "(Supprimé)", "1. (Supprimé)", "1) et 2) (Supprimé)", as
// the chambers' texts keep a deleted division's number (the corpus's "I.
// – (Supprimé)", "1° (Supprimé)", "c) (Supprimé)"); they went with no
// line. The dot's level is between the capitals' and the degrees', the
// parenthesis's below the letters' (divPrefix's groups in that order).
const (
	divNumberDot   = `(\d{1,3}(?:\s+` + latinOrd + `)?)(\.\s+)`
	divNumberParen = `(\d{1,3}(?:\s+` + latinOrd + `)?\))(\s+)`
)

// parenAndLetters reports whether a block of alinéas to delete holds both
// items numbered with a parenthesis and lettered ones, unquoted: which is
// inside which ("a)" then "1)", or "1)" then "a)") is not known from
// their kinds — no placeholder (the lines go as a deletion does, as
// before).
func parenAndLetters(block []string) bool {
	paren, letter := false, false
	for _, l := range block {
		m := divPrefix.FindStringSubmatch(l)
		if m == nil || m[1] != "" {
			continue
		}
		switch kindOf(m) {
		case divKindParen:
			paren = true
		case divKindLetter:
			letter = true
		}
	}
	return paren && letter
}

// divKindLetter and divKindParen are divPrefix's groups for a letter item
// and an item numbered with a parenthesis (kindOf).
const (
	divKindLetter = 8
	divKindParen  = 10
)
