package law

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// errDoubtfulSentence refuses a sentence named by its rank where the
// alinéa's typography leaves a boundary before it (from the start) or
// after it (from the end) open: a period after a dotted acronym before a
// capitalised word no sentence opens with ("La S.A. Dupont paie." — the
// acronym's period, or the sentence's too? "publié au J.O. Il signe." is
// two sentences: sentenceOpeners), or a sentence inside parentheses
// ("Il signe. (Il date.) Il part.", "… (article 3.) Il date." — one
// sentence or several?). Each reading names another sentence, and editing
// the wrong one is worse than refusing.
// The refusal is a doubtfulSentenceError naming its cause (sent17), which
// unwraps to errDoubtfulSentence.
const errDoubtfulSentence = applyErr("a sentence boundary the typography leaves open before the sentence named: which sentence it is, is not said")

// dottedAcronym is a dotted acronym of two letters or more that ends a
// text: "S.A", "J.O", "U.E" (its last period not included).
var dottedAcronym = mustRe(`(?:^|[^\p{L}.])(?:\p{Lu}\.)+\p{Lu}$`)

// sentenceOpeners are words a sentence opens with and a name does not
// ("publié au J.O. Il s'applique.": two sentences; "la S.A. Dupont": a
// name, maybe).
var sentenceOpeners = map[string]bool{
	"il": true, "ils": true, "elle": true, "elles": true, "on": true, "ce": true, "cet": true, "cette": true, "ces": true,
	"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "des": true, "du": true, "au": true, "aux": true,
	"lorsque": true, "si": true, "sauf": true, "toutefois": true, "en": true, "dans": true, "à": true, "a": true, "pour": true,
	"par": true, "sous": true, "sans": true, "tout": true, "toute": true, "tous": true, "chaque": true, "aucun": true, "aucune": true,
	"leur": true, "leurs": true, "son": true, "sa": true, "ses": true, "cela": true, "ceci": true, "celui-ci": true, "celle-ci": true,
	"lorsqu": true, "s": true, "dès": true, "après": true, "avant": true, "entre": true, "sur": true, "ne": true, "n": true,
	"est": true, "sont": true, "peut": true, "peuvent": true, "doit": true, "doivent": true, "de": true, "d": true, "y": true,
}

// opener reports whether a sentence begins with one of sentenceOpeners.
func opener(sent string) bool {
	w := strings.TrimLeft(sent, " «(\u00a0")
	end := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if end >= 0 {
		w = w[:end]
	}
	return sentenceOpeners[strings.ToLower(w)]
}

// parenSentence is a period closing a parenthesis, then a sentence:
// ".) Il" — the parenthesis ended a sentence, or was one.
var parenSentence = mustRe(`[.?!…]\)[ \x{a0}\x{202f}]+\p{Lu}`)

// parenOpens is a sentence's mark, then a parenthesis that opens with a
// capital: ". (Il" — a sentence in parentheses follows.
var parenOpens = mustRe(`[.?!…][ \x{a0}\x{202f}]+\(\p{Lu}`)

// doubtfulBounds is the other reading of s's sentences (sentenceBounds
// the first): the sentences a dotted acronym's period ended joined to
// the next, and those a parenthesis holds or ends split; ok is false when
// s has no boundary left open.
func doubtfulBounds(s string) (other [][2]int, ok bool) {
	other, why := doubtfulBoundsWhy(s)
	return other, why != 0
}

// doubtfulBoundsWhy is doubtfulBounds and the causes of the boundaries
// it moves (0 when none).
func doubtfulBoundsWhy(s string) (other [][2]int, why doubtCause) {
	b := sentenceBounds(s)
	quoted := quoteSpans(s)
	var out [][2]int
	for k := 0; k < len(b); k++ {
		x := b[k]
		for k+1 < len(b) && x[1] > x[0] && s[x[1]-1] == '.' && dottedAcronym.MatchString(s[x[0]:x[1]-1]) && !opener(s[b[k+1][0]:b[k+1][1]]) {
			x[1] = b[k+1][1]
			k++
			why |= doubtAcronym
		}
		out = append(out, x)
	}
	var cuts [][2]int // the end of one sentence, the start of the next
	for _, m := range parenSentence.FindAllStringIndex(s, -1) {
		_, w := utf8.DecodeLastRuneInString(s[:m[1]])
		cuts = append(cuts, [2]int{m[0] + strings.Index(s[m[0]:m[1]], ")") + 1, m[1] - w})
	}
	for _, m := range parenOpens.FindAllStringIndex(s, -1) {
		_, w := utf8.DecodeRuneInString(s[m[0]:])
		cuts = append(cuts, [2]int{m[0] + w, m[0] + strings.Index(s[m[0]:m[1]], "(")})
	}
	if len(cuts) == 0 {
		return out, why
	}
	sort.Slice(cuts, func(p, q int) bool { return cuts[p][0] < cuts[q][0] })
	var split [][2]int
	for _, x := range out {
		start := x[0]
		for _, c := range cuts {
			if c[0] > start && c[1] < x[1] && !inSpans(quoted, c[0]) && strings.TrimSpace(s[start:c[0]]) != "" {
				split = append(split, [2]int{start, c[0]})
				start = c[1]
				why |= doubtParenthesis
			}
		}
		split = append(split, [2]int{start, x[1]})
	}
	return split, why
}

// sentenceAt is the n-th of the sentence bounds b, counted from the end
// when n is negative (sentenceIndex); false when there is none.
func sentenceAt(b [][2]int, n int) ([2]int, bool) {
	k, err := sentenceIndex(b, n)
	if err != nil {
		return [2]int{}, false
	}
	return b[k], true
}

// doubtfulRank refuses the n-th sentence of s (from the end when n is
// negative) where another reading of its boundaries (doubtfulReadings)
// names another span for it.
func doubtfulRank(s string, n int) error {
	if n == 0 {
		return nil
	}
	x, okx := sentenceAt(sentenceBounds(s), n)
	for _, other := range doubtfulReadings(s) {
		y, oky := sentenceAt(other.bounds, n)
		if okx != oky || x != y {
			return doubtfulError(other.cause, fmt.Sprintf("sentence %d", n))
		}
	}
	return nil
}

// doubtfulSentence is doubtfulRank on the alinéa i of al and, when an
// earlier edit of the group changed it, on the text the law counted on.
func doubtfulSentence(al []string, i, n int, g *groupState) error {
	if err := doubtfulRank(al[i], n); err != nil {
		return err
	}
	if g != nil && len(g.tags) == len(al) && g.tags[i] != 0 {
		return doubtfulRank(g.orig[g.tags[i]-1], n)
	}
	return nil
}

// billIntroSentence refuses, in a bill, "La dernière phrase du premier
// alinéa est supprimée" (or "… est ainsi rédigée : « Il date. »") where
// that sentence ends with a colon and the items of a list follow the
// alinéa ("Il signe. Sont exclus :" then "1° …", "2° …", or "– …"): what
// becomes of the items is not said (they were left under a sentence that
// announces none, or under none) — as introSentenceDropped does in
// amendments. A new sentence that announces them again is read.
func billIntroSentence(c Corpus, e Edit) error {
	if e.Kind != EditRewrite && e.Kind != EditDelete || e.Scope.Sentence == 0 || e.Scope.SentencesButLast > 0 {
		return nil
	}
	a, ok := c[e.Scope.Ref]
	if !ok {
		return nil
	}
	n := e.Scope.Sentence
	if e.Scope.SentencesToEnd {
		// "les deuxième à dernière phrases": the last with them.
		n = -1
	}
	al := a.Alineas
	lo, hi, ok := sentenceAlineas27(al, e.Scope.Path)
	if !ok {
		return nil
	}
	i := pickSentenceAlinea(lo, hi, n)
	if !listAfter27(al, i) {
		return nil
	}
	if b := sentenceBounds(al[i]); n > 0 && n != len(b) {
		return nil
	}
	if e.Kind == EditRewrite && announces(e.Lines) {
		return nil
	}
	return applyKind26(errApplyIntroducedText26, fmt.Sprintf("the last sentence of alinéa %q, which opens the list after it, deleted or rewritten to open none: what becomes of the list is not said", al[i]))
}
