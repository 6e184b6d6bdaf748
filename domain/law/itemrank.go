package law

import (
	"fmt"
	"strings"
)

// beforeSibling reports whether new alinéas inserted after the item
// [lo, hi) are an item of its kind with another of that kind after it
// ("Après le 1°, il est inséré un 1° bis" where a 2° follows): they go at
// hi, after the unnumbered alinéas of the 1° ("Le présent 1° …"), which
// are its own up to the next item.
func beforeSibling(al []string, lo, hi int, lines []string) bool {
	if hi >= len(al) {
		return false
	}
	_, kind := label(lines[0])
	_, k1 := label(al[lo])
	_, k2 := label(al[hi])
	return kind != 0 && k1 == kind && k2 == kind
}

// rankAgrees refuses a new item placed after the item at lo (label
// named, before it if before) that its own label ranks before (after):
// "Après le 2°, insérer un 1° bis" — the place and the label disagree
// (it went before the 2°, at its rank).
func rankAgrees(al []string, lo int, named string, lines []string, before bool) error {
	if named == "" || len(lines) == 0 || lo >= len(al) {
		return nil
	}
	newLab, kind := label(lines[0])
	oldLab, k := label(al[lo])
	if kind == 0 || k != kind {
		return nil
	}
	if err := capitalsAgree(newLab, oldLab, kind, before); err != nil {
		return err
	}
	// Labels with capitals ("1° A", "1° bis AA": before the 1°, the 1°
	// bis) have no rank here (0): not compared.
	r, old := latinRank(newLab, kind), latinRank(oldLab, k)
	if r == 0 || old == 0 || r == old || before && r < old || !before && r > old {
		return nil
	}
	return applyKind26(errApplyItemLabel26, fmt.Sprintf("a new %s %s %s: its place and its label disagree", newLab, map[bool]string{true: "before", false: "after"}[before], oldLab))
}

// capitalsAgree refuses a new item whose label ends with capitals — one a
// chamber puts before an item, "1° A" before the 1°, "1° AA" before the
// 1° A, "1° B" after the 1° A, "I A" before the I — placed where its
// label does not go: "Avant le 2°, il est inséré un 1° A" (the 1° A goes
// before the 1°), "Après le 1°, il est inséré un 1° A"; before its base
// item or an item of its base whose capitals come after its own, after
// an item ranking before its base or one of its base whose capitals come
// before its own (labels without capitals were not compared: it went
// where the anchor said).
func capitalsAgree(newLab, oldLab string, kind byte, before bool) error {
	base, key, ok := capitalsOf(newLab, kind)
	if !ok {
		return nil
	}
	obase, okey, ocaps := capitalsOf(oldLab, kind)
	if !ocaps {
		obase, okey = oldLab, 1<<20 // the base item itself, after all its capitals
	}
	var agrees bool
	switch {
	case before:
		agrees = obase == base && okey > key
	case obase == base:
		agrees = okey < key
	default:
		r, or := latinRank(base, kind), latinRank(obase, kind)
		agrees = r > 0 && or > 0 && or < r
	}
	if agrees {
		return nil
	}
	return applyKind26(errApplyItemLabel26, fmt.Sprintf("a new %s %s %s: its place and its label disagree", newLab, map[bool]string{true: "before", false: "after"}[before], oldLab))
}

// capitalsOf reads a label that ends with capitals, as label gives it
// ("1° a", "1° bis aa", "i a"): its base ("1°", "1° bis", "i") and the
// order of its capitals among its base's ("aa" before "a" before "bb"
// before "b"). ok is false for other labels.
func capitalsOf(l string, kind byte) (base string, key int, ok bool) {
	f := strings.Fields(l)
	if len(f) < 2 || kind != 'd' && kind != 'r' {
		return "", 0, false
	}
	caps := f[len(f)-1]
	if _, latin := latinOrder[caps]; latin || len(caps) > 2 || caps[0] < 'a' || caps[0] > 'z' || len(caps) == 2 && caps[1] != caps[0] {
		return "", 0, false
	}
	base = strings.Join(f[:len(f)-1], " ")
	if latinRank(base, kind) == 0 {
		return "", 0, false
	}
	return base, int(caps[0]-'a')*2 + 2 - len(caps), true
}

// listStep reads alinéa line as a neighbour of an item of kind in its
// list, for the checks that compare an item's rank with its neighbours'
// (rankAmidItems, afterItsPrevious, relabelKeepsOrder): sibling when it
// is an item of that kind (label its label, placeholder when it is one,
// "2° (Abrogé)"); end when the list ends there — a label of a higher
// division, or an unnumbered alinéa ending with a colon, which introduces
// another list. Any other line is passed over (all false).
func listStep(line string, kind byte) (label string, sibling, placeholder, end bool) {
	l, k := labelOf(line)
	switch {
	case k == kind:
		return l, true, isAbrogatedPlaceholder(strings.TrimLeft(strings.TrimSpace(line), "«\"“ ")), false
	case k != 0 && ranksAbove(k, kind):
		return "", false, false, true
	case k == 0 && strings.HasSuffix(strings.TrimRight(strings.TrimSpace(line), "»\"” "), ":"):
		return "", false, false, true
	}
	return "", false, false, false
}

// rankAmidItems is rankAgrees for a new item an amendment places by an
// alinéa's number or at the end ("Après l'alinéa 4, insérer l'alinéa suivant : «
// 1° bis … »", "Compléter cet article par …"), and for new items a bill
// puts in a code article at the end, after an alinéa or in place of
// another ("Il est ajouté un 3°", "Le 2° est remplacé par des 2° et 3°"),
// al[at:at+n] being its lines once in place: the items of its kind nearest before and after it,
// in its list, must rank before and after its label — a 1° bis after a
// 3° says two places (it went after the 3°, whose period became a
// semicolon). Its list is read at its own level: a quoted item among the
// lines of its quotation (up to the bill's lines or another article's
// heading), the bill's among the bill's lines; a label of a higher
// division or an unnumbered alinéa ending with a colon (which introduces
// another list) ends it; labels without a rank ("1° A") and placeholders
// ("2° (Supprimé)") are not compared. Nor may it come before an item of
// a lower kind, which belongs to the division before it ("I bis" before
// the I's 2°: the 2° would be the I bis's). wholeBlock (a code article)
// refuses only an item after the block that its labels reach (from its
// first to its last item of the kind: two 3°), a list starting again
// after it, or items of a lower kind, being the code's own.
func rankAmidItems(al []string, at, n int, wholeBlock bool) error {
	if at < 0 || at >= len(al) || n == 0 {
		return nil
	}
	// The block's first numbered line: "« Le juge statue. » / « II. – …
	// »" inserted before the II is a second II (the unnumbered line
	// before it hid it).
	first := at
	for first < min(at+n, len(al))-1 {
		if strings.HasPrefix(strings.TrimLeft(strings.TrimSpace(al[first]), "«\"“ "), "Art. ") {
			// "« Art. …. – I. – …" then "« II. – …": a new article's
			// own parts (its number left to the consolidation).
			return nil
		}
		if _, k := labelOf(al[first]); k != 0 {
			break
		}
		first++
	}
	newLab, kind := labelOf(al[first])
	r := latinRank(newLab, kind)
	t := strings.TrimLeft(strings.TrimSpace(al[first]), "«\"“ ")
	if strings.Trim(t[len(labelRe.FindString(t)):], " »\"”.;") == "" {
		// A line that is only a label ("« X. »") may be a word.
		return nil
	}
	_, _, withCapitals := capitalsOf(newLab, kind)
	if r == 0 && !withCapitals {
		return nil
	}
	quoted := isQuoted(al[first])
	inLetter := kind == 'p' && parenInLetter(al, first)
	nearest := func(i, step int) (string, int) {
		for ; i >= 0 && i < len(al); i += step {
			if isQuoted(al[i]) != quoted {
				if quoted {
					return "", 0
				}
				continue
			}
			if inLetter && letterEndsParenList(al[i]) {
				return "", 0
			}
			if quoted && strings.HasPrefix(strings.TrimLeft(strings.TrimSpace(al[i]), "«\"“ "), "Art. ") {
				return "", 0
			}
			l, sibling, placeholder, end := listStep(al[i], kind)
			switch {
			case sibling && placeholder, end:
				return "", 0
			case sibling:
				return l, latinRank(l, kind)
			}
		}
		return "", 0
	}
	if withCapitals {
		prev, _ := nearest(first-1, -1)
		next, _ := nearest(at+n, 1)
		return capitalsAmidItems(newLab, kind, prev, next)
	}
	if l, p := nearest(first-1, -1); p > 0 && p >= r {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("a new %s after %s: its place and its label disagree", newLab, l))
	}
	// In a code article, the item after the block follows its last item
	// of that kind (« 2° … » « 3° … » before a 3°: the list held two 3°);
	// an amendment may delete or renumber it in a later part.
	lastLab, last := newLab, r
	for i := first + 1; wholeBlock && i < min(at+n, len(al)); i++ {
		if l, k := labelOf(al[i]); k == kind && isQuoted(al[i]) == quoted {
			if lr := latinRank(l, k); lr > 0 {
				lastLab, last = l, lr
			}
		}
	}
	// In a code article a list may start again after the block ("6°"
	// then a "1°"): only an item the block's labels reach is refused.
	if l, next := nearest(at+n, 1); next > 0 && (!wholeBlock && next <= r || wholeBlock && next >= r && next <= last) {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("a new %s before %s: its place and its label disagree", lastLab, l))
	}
	if !wholeBlock && at+n < len(al) && isQuoted(al[at+n]) == quoted {
		// "Après l'alinéa 2, insérer : « I bis. – … »" where the 2° of
		// the I follows: the 2° would be the I bis's (it was split off
		// the I).
		if l, k := labelOf(al[at+n]); k != 0 && ranksAbove(kind, k) && !(kind == 'p' && k == 'l' && parenInLetter(al, at-1)) {
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("a new %s before %s, an item of the division before it", newLab, l))
		} else if k == 0 && kind == 'r' && strings.TrimSpace(al[at+n]) != "" {
			// "Après l'alinéa 1, insérer : « I bis. – … »" where the I's
			// second alinéa follows: it would be the I bis's (it was). An
			// item's may close the list, its parent's.
			for i := at - 1; i >= 0 && isQuoted(al[i]) == quoted; i-- {
				if _, pk := labelOf(al[i]); pk != 0 {
					if pk == kind || ranksAbove(kind, pk) {
						return applyKind26(errApplyItemLabel26, fmt.Sprintf("a new %s before an alinéa of the division before it", newLab))
					}
					break
				}
			}
		}
	}
	return nil
}

// betweenIntroAndText refuses new alinéas put at at, between a line of
// the bill that introduces quoted text ("I. – L'article L. 1 est ainsi
// rédigé :", "… complété par deux alinéas ainsi rédigés :") and that text:
// "Après l'alinéa 1, insérer l'alinéa suivant : « … »" — the quoted
// text's first line, or the bill's, is not said (it went in unquoted,
// the text cut off from the words that announce it).
func betweenIntroAndText(al []string, at int, lines []string) error {
	if at <= 0 || at >= len(al) || len(lines) == 0 || isQuoted(lines[0]) || isQuoted(al[at-1]) || !isQuoted(al[at]) {
		return nil
	}
	if !strings.HasSuffix(strings.TrimSpace(al[at-1]), ":") {
		return nil
	}
	return applyKind26(errApplyIntroducedText26, "new alinéas between a line that introduces quoted text and that text: inside the quotation or not is not said")
}

// outOfRank refuses a new item inserted at at, after the item at lo,
// before an item of its kind that ranks between the two: "Après le 2°, il
// est inséré un 2° bis" where a 2° bis follows already (the bill read
// another text), or "un 2° ter" where the 2° bis follows (it went between
// the 2° and the 2° bis). An item that ranks before the one at lo begins
// another list ("6°" then "1°"); one kept as "2° bis (Abrogé)" takes the
// new one's place (takePlaceholder). An amendment's "Après le 1°,
// insérer un 1° bis" is held to it as a bill's is (a second 1° bis was
// inserted).
func outOfRank(al []string, lo, at int, first string) error {
	if lo >= at || lo >= len(al) {
		return nil
	}
	newLab, kind := label(first)
	r := latinRank(newLab, kind)
	if pl, pk := label(al[lo]); pk == kind && r > 0 && !isAbrogatedPlaceholder(al[lo]) {
		// "Après le 2°, il est inséré un 2°" (or a 1° bis): the new item
		// ranks no higher than the one it follows — the list held two
		// 2°.
		if pr := latinRank(pl, pk); pr > 0 && r <= pr {
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q inserted after item %q: out of their order", newLab, pl))
		}
	}
	if at >= len(al) {
		return nil
	}
	l, k := label(al[at])
	if k == kind && unrankedLabel(l, k) {
		// "Après le a, il est inséré un b" on "a)", "aa)", "b)": the item
		// whose rank is not known is passed over (two b).
		for i := at + 1; i < len(al); i++ {
			nl, nk := label(al[i])
			if nk == 0 || (nk == kind && unrankedLabel(nl, nk)) {
				continue
			}
			l, k = nl, nk
			break
		}
	}
	pl, pk := label(al[lo])
	if r <= 0 || k != kind || pk != kind {
		return nil
	}
	if rk, pr := latinRank(l, k), latinRank(pl, pk); rk > 0 && pr > 0 && rk > pr && rk <= r && !(rk == r && isAbrogatedPlaceholder(al[at])) {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q inserted before item %q: out of their order", newLab, l))
	}
	return nil
}

// unrankedAgain refuses a new item whose label has no rank ("aa")
// inserted at at in a list that holds an item of that label in force
// already: "Après le a bis, il est inséré un aa" where the aa follows
// (the list would hold two aa; an instruction is missing). The list is
// the items of its kind met on either side before a label of another
// kind.
func unrankedAgain(al []string, at int, first string) error {
	newLab, kind := label(first)
	if kind == 0 || !unrankedLabel(newLab, kind) {
		return nil
	}
	same := func(i int) (bool, bool) {
		l, k := labelOf(al[i])
		if k == 0 {
			return false, true
		}
		if k != kind {
			return false, false
		}
		return itemKey(l) == itemKey(newLab) && !isAbrogatedPlaceholder(al[i]), true
	}
	for _, step := range []int{-1, 1} {
		i := at
		if step < 0 {
			i = at - 1
		}
		for ; i >= 0 && i < len(al); i += step {
			dup, on := same(i)
			if dup {
				return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q inserted: a %q is there already", newLab, newLab))
			}
			if !on {
				break
			}
		}
	}
	return nil
}

// labelledTwice reports a label that two alinéas of new text open with
// in one list: the same label of the same kind (a roman part, a
// capital's, an item "1°" or "a)") with no label of another kind between
// them ("IV. – …", "IV. – …"; "a) …", "b) …", "a) …"). Under two parts,
// items of one label are two lists ("I. – … 1° …", "II. – … 1° …"), and
// so are items after an alinéa that introduces a list ("Le cas échéant
// :"); a text the new text quotes has labels of its own.
func labelledTwice(lines []string) (string, bool) {
	seen := map[string]bool{}
	var prev byte
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if isQuoted(l) {
			// A text the new text quotes (an amendment rewriting a bill
			// article): its labels are its own.
			continue
		}
		lab, k := label(l)
		if k == 0 && strings.HasSuffix(strings.TrimRight(l, " \u00a0"), ":") {
			// "Le cas échéant :": a list of its own follows.
			seen, prev = map[string]bool{}, 0
		}
		if k == 0 || k == 'n' {
			continue
		}
		if k != prev {
			seen = map[string]bool{}
			prev = k
		}
		if seen[lab] {
			return lab, true
		}
		seen[lab] = true
	}
	return "", false
}

// latinOrder ranks the Latin ordinals after a number: "2°" 0, "2° bis"
// 2, "2° ter" 3 …
var latinOrder = map[string]int{"": 0, "bis": 2, "ter": 3, "quater": 4, "quinquies": 5, "sexies": 6, "septies": 7, "octies": 8, "nonies": 9, "decies": 10, "undecies": 11, "duodecies": 12, "terdecies": 13, "quaterdecies": 14, "quindecies": 15, "sexdecies": 16, "septdecies": 17, "octodecies": 18, "novodecies": 19, "vicies": 20,
	"unvicies": 21, "duovicies": 22, "tervicies": 23, "quatervicies": 24, "quinvicies": 25, "sexvicies": 26, "septvicies": 27, "octovicies": 28, "novovicies": 29, "tricies": 30}

// latinRank is an item label's rank with its Latin ordinal: "2°" before
// "2° bis" before "2° ter" before "3°"; 0 when it is not known ("1° A").
func latinRank(l string, kind byte) int {
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 2 {
		return 0
	}
	base := rankOf(f[0], kind)
	suffix := ""
	if len(f) == 2 {
		suffix = strings.ToLower(f[1])
	}
	n, ok := latinOrder[suffix]
	if base <= 0 || !ok {
		return 0
	}
	return base*100 + n
}
