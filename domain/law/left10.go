package law

import (
	"slices"
	"strings"
)

// reWordsSubjectTail is, at the end of the new words "respectivement"
// pairs, another subject of words: "… par les mots : « C » et « D » et
// les mots : « E »" — the last "et les mots : « E »" (ascii, lower case,
// quotations numbered).
var reWordsSubjectTail = mustRe(`\s*,?\s*et\s+` + wordKind + `q\d+(?:\s*(?:,|et)\s*q\d+)*\s*$`)

// respectivelyTail gives how many bytes at the end of news, the new
// words of "sont remplacés respectivement par …" (group 2 of
// [reRespectively], which ends the match), are the subject of the next
// operation: "les mots : « A » et « B » sont remplacés respectivement
// par les mots : « C » et « D » et les mots : « E » sont supprimés" —
// "les mots : « E »" has its own verb, so it is no new word of the
// replacement (it was read as a third new word, and the instruction
// refused: "respectivement" without as many new words as old ones). after
// is the text following the match; 0 when no verb follows.
func respectivelyTail(news, after string) int {
	if !reVerbNext.MatchString(after) {
		return 0
	}
	if loc := reWordsSubjectTail.FindStringIndex(news); loc != nil && loc[0] > 0 {
		return len(news) - loc[0]
	}
	return 0
}

// reListAfterAlso is the second subject of "X est supprimé, ainsi que
// Y" when it is a list of items, "les 2°, 3° et 4°", "les a, b et c du
// 2°" (see [reRepealedAlso]): commas inside it are the list's.
const reListAfterAlso = `(?:les|aux|des)\s+` + itemLabel + `(?:\s*,\s*` + itemLabel + `)+\s+et\s+` + itemLabel + `(?:\s+[^,;:«]+?)?`

// reRankSubjectsAnd is two subjects, each an alinéa or a sentence with
// its own article, noun and rank, joined by "et" or "ainsi que", before
// what follows them (ascii, lower case): "le premier alinéa et le
// dernier alinéa du ii" (groups: the first's noun, the second's, the
// second's tail after its noun).
var reRankSubjectsAnd = mustRe(`^\s*(?:le|la|l')\s*[a-z0-9-]+\s+(alinea|phrase)\s*,?\s+(?:et|ainsi\s+que)\s+(?:le|la|l')\s*[a-z0-9-]+\s+(alinea|phrase)\b(.*)$`)

// bareRankSubjectsBeforeDivision reports two subjects each with its
// noun, the first with none of its own genitive, the last in a division
// named by its label: "Le premier alinéa et le dernier alinéa du II sont
// supprimés" (the article's first alinéa, or the II's: the text does not
// say; it deleted the II's) — as "Au premier alinéa et au dernier
// alinéa du II, …" is refused ([bareRankBeforeDivision]). "Le premier
// et le dernier alinéas du II", "Les premier et dernier alinéas du II"
// (one noun for both) say it; so does "Le premier alinéa est supprimé
// ainsi que le dernier alinéa du II", which is read as this form and
// refused with it. Only two subjects of one noun: the drafter who means
// the II's for both has the shared noun to say it, and did not use it;
// an alinéa and a sentence of another alinéa, "Le deuxième alinéa et la
// dernière phrase du premier alinéa du II", have no shared noun, and
// are read as both the II's, as before.
func bareRankSubjectsBeforeDivision(low string) bool {
	m := reRankSubjectsAnd.FindStringSubmatch(low)
	if m == nil || m[1] != m[2] {
		return false
	}
	tail := m[3]
	if i := strings.IndexAny(tail, ",:"); i >= 0 {
		tail = tail[:i]
	}
	if i := strings.Index(tail, "article"); i >= 0 {
		tail = tail[:i]
	}
	return reDivisionOf.MatchString(tail)
}

// alineasEachPlaced reports two subjects joined by "et", each alinéas by
// their rank in a division of its own named by its label: "Le premier
// alinéa du I et le dernier alinéa du II" — two subjects, read in turn
// as [itemsAndAlineas] reads an item and an alinéa (they were read as the
// one inside the other, "le premier alinéa du I du dernier alinéa du II",
// and refused as not found). head and tail are the subjects before and
// after "et"; tail may end with the article holding both.
func alineasEachPlaced(head, tail string) bool {
	if !reAlineasSubject.MatchString(head) || !reAlineasSubject.MatchString(tail) || !reDivisionOf.MatchString(head) {
		return false
	}
	if a := reArticleHolder.FindStringIndex(tail); a != nil {
		tail = tail[:a[0]]
	}
	return reDivisionOf.MatchString(tail)
}

// alineaHolder gives the place holding place, an alinéa of parent (the
// place the instruction is under): an alinéa deleted after word
// operations on another, "Au premier alinéa, le mot : « A » est remplacé
// par le mot : « B » et le second alinéa est supprimé", is the second
// alinéa of what holds the first — never an alinéa of the first (it was
// sought there, and the instruction refused). Only an alinéa directly in
// parent (or, with no article in parent, directly in the article the
// locator named): in a division the locator named ("Au premier alinéa du 1°,
// … et le second alinéa …"), the 1°'s second alinéa or the article's is
// not said, and the alinéa is sought in the first as before.
func alineaHolder(place, parent Scope) (Scope, bool) {
	n := len(place.Path)
	if n == 0 || place.Path[n-1].Item != "" || place.Path[n-1].Alinea == 0 {
		return place, false
	}
	// Under a context naming the article (or a division of it), the
	// alinéa is directly in the context's place; with none, the locator
	// named the article, and the alinéa is directly in it.
	inContext := place.Ref == parent.Ref && slices.Equal(place.Path[:n-1], parent.Path)
	if !inContext && (parent.Ref.Article != "" || n != 1) {
		return place, false
	}
	return Scope{Ref: place.Ref, Path: append([]Division(nil), place.Path[:n-1]...), Division: place.Division}, true
}

// mayDeletePlace reports an alinéa deleted (del) that may be the alinéa
// words, the place of the word operations before it, holds: "Au premier
// alinéa, le mot : « A » est remplacé … et le premier alinéa est
// supprimé", "Au dernier alinéa, … et les deux derniers alinéas sont
// supprimés" — the same rank, or a run of alinéas counted from the same
// end. Ranks counted from both ends ("Au premier alinéa, … et le dernier
// alinéa est supprimé") are two alinéas, as the law names them. words
// is the zero Scope when the deletion is not of a sibling.
func mayDeletePlace(words, del Scope) bool {
	n, m := len(words.Path), len(del.Path)
	if n == 0 || m == 0 {
		return false
	}
	w, d := words.Path[n-1], del.Path[m-1]
	if d.Item != "" || d.Alinea == 0 {
		return false
	}
	if d.Alinea == w.Alinea || d.FromEnd != 0 || w.FromEnd != 0 {
		return true
	}
	return d.Count != 0 && d.Count != 1 && (d.Alinea > 0) == (w.Alinea > 0)
}
