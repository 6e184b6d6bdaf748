package law

import "strings"

// The eleventh pass on the closing note's leftovers: each form decided
// by the language's rules, read or refused for a stated reason.

// reEveryAtHead is every occurrence said at the head of an instruction,
// before its words, folded: "À chaque occurrence, le mot : « A » est
// remplacé …", "Dans toutes ses occurrences, …" — as after a locator
// ([reEveryInLocator]) or after the verb ("est remplacé, à chaque
// occurrence, par"): every occurrence in the place (it was refused as an
// occurrence named in the locator).
var reEveryAtHead = mustRe(`^\s*(?:a\s+chaque\s+occurrence|(?:dans|a)\s+(?:toutes\s+)?(?:ses|leurs)\s+(?:occurrences|differentes\s+occurrences))\s*,`)

// everyInLocator gives the span of every occurrence said in loc (the
// locator before the word operations, folded), after a locator or at
// its head; nil when none is said.
func everyInLocator(loc string) []int {
	if m := reEveryInLocator.FindStringIndex(loc); m != nil {
		return m
	}
	return reEveryAtHead.FindStringIndex(loc)
}

// alineaPlacedThenBare reports two subjects joined by "et", alinéas by
// their rank, the first in a division named by its label, the second
// with no genitive of its own: "Le premier alinéa du I et le dernier
// alinéa sont supprimés" — the division is inside the first subject, it
// does not reach the second, which is the context's (the article's), as
// the locators "Au premier alinéa du 3° et au onzième alinéa de l'article
// L. 1, …" are read; the drafter meaning the I's for both writes "Les
// premier et dernier alinéas du I". Two subjects, read in turn (they
// were read as the one inside the other, "the last alinéa of the first
// alinéa of the I", and refused only by chance: not found). head and
// tail are the subjects before and after "et"; tail may end with the
// article holding both.
func alineaPlacedThenBare(head, tail string) bool {
	if !reAlineasSubject.MatchString(head) || !reAlineasSubject.MatchString(tail) || !reDivisionOf.MatchString(head) {
		return false
	}
	if a := reArticleHolder.FindStringIndex(tail); a != nil {
		tail = tail[:a[0]]
	}
	return !reDivisionOf.MatchString(tail)
}

// reTailItemDelete is an item deleted after the word operations, folded:
// "… et le b est supprimé", "…, et les 2° et 3° sont supprimés" (group
// 1: the clause, read as an instruction of its own; group 2: the
// labels).
var reTailItemDelete = mustRe(`^\s*(?:,?\s*et|[;.])\s+((?:le|les)\s+((?:\d+°|[a-z]|[ivx]+)(?:\s+` + latinOrd + `)?(?:\s*(?:,|et)\s+(?:\d+°|[a-z]|[ivx]+)(?:\s+` + latinOrd + `)?)*)\s+(?:est|sont)\s+(?:supprime|abroge)s?)\s*[.;]?\s*$`)

// reTailLabel is one label of reTailItemDelete's group 2, cased.
var reTailLabel = mustRe(`(\d+°|[A-Za-z]+)(?:\s+(` + latinOrd + `))?`)

// itemTailPlace gives the place an item deleted after word operations
// on place is sought in: "Au 1°, le mot : « A » est supprimé et le b est
// supprimé" is the 1°'s b (an item of the kind below the 1°'s, in it);
// "… et le 2° est supprimé" is the article's 2° (an item of the 1°'s
// own kind, beside it: it was refused as a part not read). labels are
// the items named, cased. Refused (why): the item the words are in
// deleted with them ("Au 1°, … et le 1° est supprimé"), items of two
// kinds, and an item after words in an alinéa or a sentence (whose item
// it is, that alinéa's or the article's, is not said). beside reports
// the item beside place (words at its end do not touch it).
func itemTailPlace(place Scope, labels string) (at Scope, beside bool, why string) {
	kind := ""
	var named []string
	for _, m := range reTailLabel.FindAllStringSubmatch(labels, -1) {
		if m[1] == "et" {
			continue
		}
		l := m[1]
		if m[2] != "" {
			l += " " + m[2]
		}
		k := itemKind(l)
		if kind != "" && k != kind {
			return place, false, "items of two kinds deleted after word operations"
		}
		kind = k
		named = append(named, l)
	}
	if len(named) == 0 {
		return place, false, "a part of the instruction not read after its word operations"
	}
	n := len(place.Path)
	if place.Sentence != 0 || n > 0 && place.Path[n-1].Item == "" {
		return place, false, "an item deleted after word operations on an alinéa or a sentence: whether it is in it is not said"
	}
	if n == 0 || itemKind(place.Path[n-1].Item) != kind {
		return place, false, ""
	}
	for _, l := range named {
		if strings.EqualFold(l, place.Path[n-1].Item) {
			return place, false, "the item the word operations edit deleted after them"
		}
	}
	return Scope{Ref: place.Ref, Path: append([]Division(nil), place.Path[:n-1]...), Division: place.Division}, true, ""
}

// reTailAlineaAdded is one alinéa added after the word operations,
// folded: "… et il est ajouté un alinéa ainsi rédigé : « B »" (group 1:
// its quotation's number).
var reTailAlineaAdded = mustRe(`^\s*,?\s*et\s*,?\s+(?:il\s+)?est\s+ajoute\s+un\s+alinea\s+ainsi\s+redige\s*:?\s*q(\d+)\s*[.;]?\s*$`)

// alineaAddedAt reports whether an alinéa "ajouté" after word operations
// on s goes at s's end: s is the article or an item. After words in an
// alinéa or a sentence, the alinéa's place (after it, or at the end of
// what holds it) is not said.
func alineaAddedAt(s Scope) bool {
	n := len(s.Path)
	return s.Sentence == 0 && s.Where == "" && (n == 0 || s.Path[n-1].Item != "")
}

// tailRewritesAlinea reports an alinéa rewritten after the word
// operations, "Au premier alinéa, le mot : « A » est remplacé par le
// mot : « B », et le second alinéa est ainsi rédigé : « C »" (s the
// alinéa's place: one alinéa, no sentence): read as the deletion after
// words is — an alinéa of what holds the first ([alineaHolder]), never
// the one the words are in ([mayDeletePlace]). It was refused as a part
// not read.
func tailRewritesAlinea(s Scope) bool {
	n := len(s.Path)
	return n > 0 && s.Sentence == 0 && s.Path[n-1].Item == "" && s.Path[n-1].Alinea != 0 && s.Path[n-1].Count == 0
}

// reDashWhat is what a bill adds when it adds dashes, folded: "un
// tiret", "deux tirets".
var reDashWhat = mustRe(`^\s*(?:un|des|` + cardinalWords + `)\s+tirets?\s*$`)

// dashesAdded reports "L'article L. 1 est complété par un tiret ainsi
// rédigé : « – … »": alinéas of a list of dashes, added as alinéas are
// (at the end of the place, the dash before closed as an item is:
// closeItem); it was refused as an unknown kind of addition. Each new
// alinéa opens with its dash, or the text is not what it announces
// (refused).
func dashesAdded(what string, lines []string) bool {
	if !reDashWhat.MatchString(what) || len(lines) == 0 {
		return false
	}
	for _, l := range lines {
		if !dashItem(l) {
			return false
		}
	}
	return true
}

// commaBeforeLast reports, when a list's last item is deleted and the
// item before it ("2° B, ou") ends the list now, that the item before
// that one (prev, "1° A,") takes the conjunction as an item of a list of
// commas: "1° A, ou", "2° B." — as a list of semicolons gives "1° A ;
// ou", "2° B." (it kept "2° B, ou", the list left open, the conjunction
// joining nothing). newLast is the new last item, ended with its period.
func commaBeforeLast(prev, newLast string) bool {
	return strings.HasSuffix(strings.TrimRight(prev, " "), ",") && strings.HasSuffix(strings.TrimRight(newLast, " "), ".")
}

// reDanglingPreposition is what is left before the word operations when
// it is a preposition alone, folded: "À chaque occurrence du mot : « A »,
// le mot : « B » est supprimé" (read "à le mot : « A », le mot : « B »
// …"), "Au lieu du mot : « A », …" — the first words are the complement
// of something no rule reads; they were deleted with the others, as a
// list of words. After a locator, "À l'article L. 1, à chaque occurrence
// du mot : « A », …", alike.
var reDanglingPreposition = mustRe(`(?:^|,)\s*(?:a|au|aux|de|dans|en|pour|sur|par|au\s+lieu|a\s+la\s+place)\s*,?\s*$`)
