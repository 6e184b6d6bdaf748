package law

import (
	"fmt"
	"strings"
)

// afterItsPrevious refuses new items inserted before the item at lo
// ("Avant le 2°, il est inséré un 1°", "Avant le 3°, il est inséré un 1°
// bis", "Avant le II, il est inséré un I") whose first label, first, ranks
// no higher than the item of its kind before lo in the same list: the
// list would hold two 1° (two I), or a 1° bis after the 2°. This is
// outOfRank's rule seen from the other side (it went in, the label
// doubled). The list is read back from lo to a label of a higher
// division, an unnumbered alinéa ending with a colon (which introduces
// another list) or a line quoted otherwise; a placeholder ("1°
// (Abrogé)") the new item may take, and labels without a rank ("1° A"),
// are not compared.
func afterItsPrevious(al []string, lo int, first string) error {
	newLab, kind := labelOf(first)
	r := latinRank(newLab, kind)
	if r == 0 || lo <= 0 || lo > len(al) {
		return nil
	}
	quoted := lo < len(al) && isQuoted(al[lo])
	for i := lo - 1; i >= 0; i-- {
		if isQuoted(al[i]) != quoted {
			return nil
		}
		l, sibling, placeholder, end := listStep(al[i], kind)
		switch {
		case sibling && placeholder, end:
			return nil
		case sibling:
			if p := latinRank(l, kind); p > 0 && p >= r {
				return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q inserted after item %q: out of their order", newLab, l))
			}
			return nil
		}
	}
	return nil
}

// reAlsoThatThe is "ainsi que" joining two subjects, a comma before it
// or not, before the second's determiner (group: the determiner).
var reAlsoThatThe = mustRe(`\s*,?\s+ainsi\s+que\s+((?:le|la|les)\s|l')`)

// alsoThatAsAnd writes "ainsi que" between two subjects as "et": "Le
// dernier alinéa du I ainsi que le II", "Le dernier alinéa du I, ainsi
// que le II et le III" are "… et le II (et le III)", which the readers of
// subjects mixing items and alinéas read (they were refused as one place
// inside the other). low and cased keep their offsets aligned.
func alsoThatAsAnd(low, cased string) (string, string) {
	ms := reAlsoThatThe.FindAllStringSubmatchIndex(low, -1)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		low = low[:m[0]] + " et " + low[m[2]:]
		cased = cased[:m[0]] + " et " + cased[m[2]:]
	}
	if len(ms) > 0 {
		// The comma closing the incise, ", ainsi que le II,", goes too.
		low = strings.TrimRight(strings.TrimRight(low, " "), ",")
		cased = cased[:len(low)]
	}
	return low, cased
}

// reItemsThenSibling is a subject naming items inside a division, then
// "et" and items named by their labels alone: "les 1° et 2° du II et le
// III", "le a du 1° et le 2°" (groups: the first subject, the second
// from its determiner).
var reItemsThenSibling = mustRe(`^((?:le|les)\s+[^,]*?\sdu\s+[^,]*?)\s+et\s+((?:le|les)\s+.*)$`)

// itemsThenSibling splits a subject naming items of a division, then
// items by their labels alone of that division's kind (or a roman part),
// "Les 1° et 2° du II et le III", "Le a du 1° et le 2°", "Le 2° du I et
// le II de l'article L. 1": the later items cannot be in the division
// (no III is in the II), so they are two subjects, the article after the
// last the first's too (it was refused as one place inside the other).
// Items of a lower kind after ("Le 2° du I et le 3°": the I's 3° or the
// article's?) are not read here: they stay refused. first and second
// are the two subjects (low, then cased), each with the article.
func itemsThenSibling(low, cased string) (first, firstCased, second, secondCased string, ok bool) {
	m := reItemsThenSibling.FindStringSubmatchIndex(low)
	if m == nil {
		return
	}
	head, headCased := low[m[2]:m[3]], cased[m[2]:m[3]]
	tail, tailCased := low[m[4]:], cased[m[4]:]
	if strings.Contains(head, "article") || strings.Contains(head, "alinea") || strings.Contains(head, "phrase") || !reItemsSubject.MatchString(head) {
		return
	}
	end := len(tail)
	if a := reArticleHolder.FindStringIndex(tail); a != nil {
		end = a[0]
	}
	labels := reLabelsOfSubject.FindStringSubmatch(tailCased[:end])
	if labels == nil {
		return
	}
	outers := reOuterLabel.FindAllStringSubmatch(headCased, -1)
	if len(outers) == 0 {
		return
	}
	outer := writtenKind(outers[len(outers)-1][1])
	for _, l := range reLabelListSep.Split(labels[1], -1) {
		if k := writtenKind(l); k != outer && k != "roman" {
			return
		}
	}
	holder, holderCased := tail[end:], tailCased[end:]
	return head + holder, headCased + holderCased, tail, tailCased, true
}

// rankedSibling is the first item of kind from al[i] on, step by step
// (-1 back, 1 on), and its rank, within the list (listStep): a
// placeholder another renumbering of the list may take ("1° et 2°
// (Abrogés)" for "Les 3° et 4° deviennent les 1° et 2°") is passed over;
// none ("", 0) when the list ends first.
func rankedSibling(al []string, i, step int, kind byte) (string, int) {
	for ; i >= 0 && i < len(al); i += step {
		l, sibling, placeholder, end := listStep(al[i], kind)
		switch {
		case sibling && placeholder:
		case sibling:
			return l, latinRank(l, kind)
		case end:
			return "", 0
		}
	}
	return "", 0
}

// relabelKeepsOrder refuses an item relabelled out of its list's order:
// "Le 2° devient le 4°" where the 3° follows gave 1°, 4°, 3° (the
// renumbering of the 3° is missing); "Le 4° devient le 2°" taking the
// placeholder "2° (Abrogé)" where the 3° is before it likewise. The items
// next to it are those of its kind met before a label of a higher
// division or an unnumbered alinéa ending with a colon (another list);
// placeholders are passed over (another renumbering of the list may take
// them), labels without a rank ("1° A") are not compared — as labelBorne
// holds an item rewritten under a new label.
func relabelKeepsOrder(al []string, lo int) error {
	if lo < 0 || lo >= len(al) {
		return nil
	}
	lab, kind := labelOf(al[lo])
	r := latinRank(lab, kind)
	if r == 0 {
		return nil
	}
	near := func(i, step int) (string, int) { return rankedSibling(al, i, step, kind) }
	if l, p := near(lo-1, -1); p > 0 && p >= r {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("item relabelled %q after %q: out of their order", lab, l))
	}
	if l, n := near(lo+1, 1); n > 0 && n <= r {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("item relabelled %q before %q: out of their order", lab, l))
	}
	return nil
}

// reRenumClauseDone is a renumbering clause whose target is named, so
// that a comma after it may begin another: "le c devient le d" before ",
// le b devient le c" ("deviennent, respectivement," is not one).
var reRenumClauseDone = mustRe(`\bdevien(?:t|nent)\s+(?:respectivement\s+)?(?:le|la|les|l')\s*[^\s,]+(?:\s+[^\s,]+)*$`)
