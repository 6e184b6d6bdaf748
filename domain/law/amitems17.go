package law

import "strings"

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
