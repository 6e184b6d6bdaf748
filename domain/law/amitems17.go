package law

import (
	"strconv"
	"strings"
)

// amLetterBisParen is a lettered item with its Latin adverb and its
// parenthesis as a locator writes it, "a bis)", "b ter)", "ii bis)"
// (amItemLoc, amItemName): the parenthesis after the adverb was not
// read — "Supprimer le a bis) du 1°" deleted the whole 1°, "Au a bis),
// …" edited the whole article, "les a bis) et a ter) du 1°" the 1°.
const amLetterBisParen = `(?:` + smallRoman + `|[a-z]|` + doubledLetter + `)\s+` + latinOrd + `\)`

// amParenAnnounced is one item numbered with a parenthesis announced by
// its label, folded, case kept: "insérer un 3) ainsi rédigé", "par un 1
// bis) suivant" (group 1 the label). The new text's label was not
// checked against it (amAnnouncedLabel reads no parenthesis): "un 3)"
// then "« 4) … »" went in as a 4).
var amParenAnnounced = mustRe(`\b(?:un|une)\s+(` + amParenLabel + `)\s+(?:ainsi\s+r[ée]dig|suivant|r[ée]dig[ée]\s+comme\s+suit)`)

// parenAnnounced reports whether the new text of an insertion agrees
// with an item numbered with a parenthesis its instruction announces
// (cased: its shape): its first line bears that label. An instruction
// that announces none agrees; a first line with another label, of
// another kind or none ("un 3)" then "« Le juge dort. »") does not.
func parenAnnounced(cased string, lines []string) bool {
	m := amParenAnnounced.FindStringSubmatch(cased)
	if m == nil {
		return true
	}
	if len(lines) == 0 {
		return false
	}
	l, k := labelOf(lines[0])
	return k == 'p' && l == strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
}

// parenInLetter reports whether the alinéa al[j] is an item numbered
// with a parenthesis inside a lettered one: it and the items so numbered
// before it (dashes and unlabelled alinéas of theirs between) follow a
// lettered item whose line ends with a colon — "a) Le juge date :",
// "1) … ;", "2) … ." The law's order puts the items numbered with a
// parenthesis above the letters (labelOrder: "1) … :" then "a) …"); a
// letter that introduces them holds them. A new 4) in the a) before
// the b) ("Compléter le a) du 1° par un 4)") was refused as one
// splitting the b) off; a new b) after the a)'s last 2) ("Compléter le
// 1° par un b)") left that 2) its period.
func parenInLetter(al []string, j int) bool {
	if j < 0 || j >= len(al) {
		return false
	}
	if _, k := label(al[j]); k != 'p' {
		return false
	}
	for i := j - 1; i >= 0; i-- {
		_, k := label(al[i])
		switch {
		case k == 'p', k == 0:
			continue
		case k == 'l':
			return strings.HasSuffix(strings.TrimRight(al[i], " "), ":")
		default:
			return false
		}
	}
	return false
}

// amParenItems is several items numbered with a parenthesis named
// together in a locator, after a plural determiner (cased, folded): a
// list, "les 1) et 2) du a)", "aux 1), 2) et 4)", or a range, "les 1) à
// 3) du a)" (group 1 the determiner, 2 the items). Each was refused
// (amParenNotRead); one is read (amParenItemLoc).
var amParenItems = mustRe(`\b([Ll]es|[Aa]ux|[Dd]es)\s+(` + amParenLabel + `(?:\s*(?:,\s*et\b|,|\bet\b)\s*` + amParenLabel + `)+|` + amParenLabel + `\s+a\s+` + amParenLabel + `)(?:\s|,|\.|$)`)

// amParenItemOne is one label of amParenItems (group 1 its number, 2
// its Latin adverb).
var amParenItemOne = mustRe(`(\d+)(?:\s+(` + latinOrd + `))?\)`)

// parenItems reads several items numbered with a parenthesis named
// together (amParenItems) as each named alone — "les 1) et 2) du a)" is
// "le 1) du a)" then "le 2) du a)", "les 1) à 3)" each from the 1) to
// the 3), and those the text numbers after one with a Latin adverb (a 1
// bis), as the other ranges are read. matched is false when cased names
// none; ok is false when it does and the labels are not in the text's
// order ("les 2) et 1)", "les 3) à 1)"), a range bound has its adverb
// ("les 1 bis) à 3)"), or one item is not read where named (the place
// lacks it, or two places hold it): refused.
func parenItems(ref CodeRef, low, cased string) (sc []Scope, ok, matched bool) {
	m := amParenItems.FindStringSubmatchIndex(cased)
	if m == nil {
		return nil, false, false
	}
	list := cased[m[4]:m[5]]
	labs := amParenItemOne.FindAllStringSubmatch(list, -1)
	rank := func(l []string) int {
		n, _ := strconv.Atoi(l[1])
		return n*100 + latinOrder[l[2]]
	}
	var names []string
	var goesOn []bool
	if len(labs) == 2 && !strings.Contains(list, ",") && !strings.Contains(list, "et") {
		// A range: each number from the first to the last.
		if labs[0][2] != "" || labs[1][2] != "" || rank(labs[1]) <= rank(labs[0]) {
			return nil, false, true
		}
		a, _ := strconv.Atoi(labs[0][1])
		b, _ := strconv.Atoi(labs[1][1])
		for r := a; r <= b; r++ {
			names = append(names, strconv.Itoa(r)+")")
			goesOn = append(goesOn, r < b)
		}
	} else {
		for i, l := range labs {
			if i > 0 && rank(l) <= rank(labs[i-1]) {
				return nil, false, true
			}
			names = append(names, strings.Join(strings.Fields(l[0]), " "))
			goesOn = append(goesOn, false)
		}
	}
	det := map[string]string{"les": "le", "aux": "au", "des": "du"}[asciiLower(cased[m[2]:m[3]])]
	span := m[5] - m[2]
	for i, it := range names {
		one := det + " " + it
		if len(one) > span {
			return nil, false, true
		}
		pad := one + strings.Repeat(" ", span-len(one))
		got, ok := amScope(ref, low[:m[2]]+asciiLower(pad)+low[m[5]:], cased[:m[2]]+pad+cased[m[5]:])
		if !ok {
			return nil, false, true
		}
		want := casedItem(amItemLabel(it)).Item
		for j := range got {
			n := len(got[j].Path)
			if n == 0 || got[j].Path[n-1].Item != want {
				return nil, false, true
			}
			got[j].Path[n-1].GoesOn = goesOn[i]
		}
		sc = append(sc, got...)
	}
	return sc, true, true
}
