package law

import (
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sent19: sentences inserted beside several sentences named together
// ("Après les deux premières phrases, il est inséré une phrase": once,
// after the second — it was inserted after each), a hyphenated initial
// opening an alinéa ("J.-P. Dupont signe.": no label "J.-"), a period
// after a closing guillemet or parenthesis glued to a capital ("« oui
// ».Il part.": two sentences, as "scolaire.A cet effet"), and a number
// opening what may be a sentence after a period ("en 2020. 2021 est
// exclu.": one sentence or two? — refused where the readings differ);
// a glued capital after "?" or "!" ("Il signe ?Il part.") opens a
// sentence; a reference's abbreviation before a word a sentence opens
// with ("Il lit le 1er al. Il part.": the abbreviation's period, or the
// sentence's too?) leaves the boundary open.

// oneSideOfSentences is the scopes where "Après (avant) les deux
// premières phrases, il est inséré une phrase" puts the sentence: scopes
// that differ only by their sentence are one span of sentences, and the
// text goes once after its last (before its first when before); ok is
// false when such sentences are not consecutive ranks counted from the
// same end ("après les première et troisième phrases": after each, or
// after the pair?), which is not said.
func oneSideOfSentences(scopes []Scope, before bool) (out []Scope, ok bool) {
	used := make([]bool, len(scopes))
	for k := range scopes {
		if used[k] {
			continue
		}
		group := []int{k}
		for j := k + 1; j < len(scopes); j++ {
			if !used[j] && sameButSentence(scopes[k], scopes[j]) {
				group = append(group, j)
			}
		}
		if len(group) == 1 || scopes[k].Sentence == 0 {
			out = append(out, scopes[k])
			continue
		}
		ranks := make([]int, len(group))
		for g, j := range group {
			used[j] = true
			ranks[g] = scopes[j].Sentence
		}
		sort.Ints(ranks)
		for g := 1; g < len(ranks); g++ {
			if ranks[g] != ranks[g-1]+1 || ranks[g] == 0 || (ranks[g] > 0) != (ranks[0] > 0) {
				return nil, false
			}
		}
		s := scopes[k]
		s.Sentence = ranks[len(ranks)-1]
		if before {
			s.Sentence = ranks[0]
		}
		out = append(out, s)
	}
	return out, true
}

// sameButSentence reports whether scopes a and b name the same place but
// for their sentence (a nonzero one each).
func sameButSentence(a, b Scope) bool {
	if a.Sentence == 0 || b.Sentence == 0 || a.Sentence == b.Sentence {
		return false
	}
	a.Sentence, b.Sentence = 0, 0
	return reflect.DeepEqual(a, b)
}

// hyphenInitial is a capital, a period and a hyphen, then a capital (and
// up to two lower-case letters) and a period: the initials of a
// hyphenated first name ("J.-P. Dupont", "M.-Th. Durand").
var hyphenInitial = mustRe(`^\p{Lu}\.-\p{Lu}\p{Ll}{0,2}\.`)

// initialNotLabel reports whether s opens with a hyphenated first name's
// initials ("J.-P. Dupont signe."): the capital's "J.-" is no label of
// the alinéa (it was: the first sentence was "P. Dupont signe.", and
// deleting it left "J.-").
func initialNotLabel(s string) bool {
	return hyphenInitial.MatchString(strings.TrimLeft(s, "«\""+sentenceSpaces))
}

// afterClosing reports whether s ends with a closing guillemet or
// parenthesis ("« oui »", "(article 3)"): a period glued to it and to a
// capital ends a sentence ("Il dit « oui ».Il part."), as after a word.
func afterClosing(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '»' || r == ')'
}

// numberOpens is a period, spaces, then a number that is no label (no
// period, degree sign or parenthesis right after its digits) — "en 2020.
// 2021 est exclu.": the period ends a sentence the number opens, or not?
var numberOpens = mustRe(`\.[ \x{a0}\x{202f}]+\d[\d \x{a0}\x{202f}]*(?:[^\d.°º) \x{a0}\x{202f}]|$)`)

// numberAbbreviations are the words a period follows before a number
// without ending a sentence, besides abbreviations: a month ("janv.
// 2020"), an hour ("2 h. 30"), a tome ("t. 2"), a number ("no. 3").
var numberAbbreviations = map[string]bool{
	"janv": true, "févr": true, "fév": true, "avr": true, "juil": true, "sept": true, "oct": true, "nov": true, "déc": true,
	"h": true, "t": true, "no": true, "n": true, "nos": true,
}

// cutReading is what a reading cutting sentenceBounds' sentences at
// more periods starts from: the bounds, the quotations, the first
// sentence's start and the last's end, the cuts the bounds make.
type cutReading struct {
	b, quoted, cuts [][2]int
	first, last     int
}

// newCutReading reads s once for a reading cutting more sentences; b is
// empty when s holds no sentence.
func newCutReading(s string) cutReading {
	b := sentenceBounds(s)
	if len(b) == 0 {
		return cutReading{b: b}
	}
	return cutReading{b: b, quoted: quoteSpans(s), cuts: boundsCuts(b), first: b[0][0], last: b[len(b)-1][1]}
}

// numberOpensReading is the reading of s's sentences where a period
// followed by a number that is no label ends a sentence
// (doubtNumberOpens), with its cause; 0 when it is sentenceBounds'.
func numberOpensReading(s string) (other [][2]int, why doubtCause) {
	r := newCutReading(s)
	if len(r.b) == 0 {
		return r.b, 0
	}
	b, quoted, first, last, cuts := r.b, r.quoted, r.first, r.last, r.cuts
	for _, m := range numberOpens.FindAllStringIndex(s, -1) {
		at := m[0]
		next := at + 1 + len(s[at+1:]) - len(strings.TrimLeft(s[at+1:], sentenceSpaces))
		if at <= first || next >= last || inSpans(quoted, at) || insideQuote(s, boundStart(b, at), at) {
			continue
		}
		if !periodEnds(s, boundStart(b, at), at) || numberAbbreviation(s[:at]) {
			continue
		}
		if !hasCut(cuts, at+1) {
			cuts = append(cuts, [2]int{at + 1, next})
		}
	}
	return cutsReading(b, cuts, doubtNumberOpens)
}

// numberAbbreviation reports whether s ends with a word of
// numberAbbreviations or of three capitals at most, an article's prefix
// ("L. 912-5", "L.O. 136-7", "R*. 12") or a part's number ("au titre
// IV. 2").
func numberAbbreviation(s string) bool {
	s = strings.TrimSuffix(s, "*")
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= w
	}
	w := s[i:]
	if w != "" && w == strings.ToUpper(w) && utf8.RuneCountInString(w) <= 3 {
		return true
	}
	return numberAbbreviations[strings.ToLower(w)]
}

// markGlued reports whether the mark at s[i] is a question or an
// exclamation mark: a capital glued to it opens a sentence ("Il signe
// ?Il part."), as after a word — it is no abbreviation's.
func markGlued(s string, i int) bool {
	return s[i] == '?' || s[i] == '!'
}

// referenceAbbreviations are the abbreviations of a reference a number
// follows ("l'al. 2", "l'art. 3", "p. 4", "chap. II", "vol. 2") that a
// sentence may end with ("Il lit le 1er al. Il part.").
var referenceAbbreviations = map[string]bool{"art": true, "arts": true, "al": true, "chap": true, "sect": true, "ch": true, "vol": true, "p": true, "pp": true}

// abbreviationOpenerReading is the reading of s's sentences where the
// period of a reference's abbreviation (referenceAbbreviations) before a
// word a sentence opens with (sentenceOpeners), capitalised, ends a
// sentence ("Il lit le 1er al. Il part.": one sentence, or two?), with
// its cause (doubtAbbreviationOpener); 0 when it is sentenceBounds'.
func abbreviationOpenerReading(s string) (other [][2]int, why doubtCause) {
	return openerCutsReading(s, doubtAbbreviationOpener, func(s string, first, i int) bool {
		k := i
		for k > first {
			r, w := utf8.DecodeLastRuneInString(s[:k])
			if !unicode.IsLetter(r) {
				break
			}
			k -= w
		}
		if k == i || !referenceAbbreviations[strings.ToLower(s[k:i])] {
			return false
		}
		if k > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:k]); !strings.ContainsRune(sentenceSpaces+"('’", r) {
				return false
			}
		}
		return true
	})
}

// openerCutsReading is the reading of s's sentences where a period
// outside quotations that ends, by periodAt (s, the first sentence's
// start, the period's index), a word of a kind read as no sentence's end
// ends one when a word a sentence opens with (sentenceOpeners) follows
// it, capitalised — with why as its cause; 0 when it is sentenceBounds'.
// ("l'art. L. 1": an article's prefix after it is no word.)
func openerCutsReading(s string, why doubtCause, periodAt func(s string, first, i int) bool) ([][2]int, doubtCause) {
	r := newCutReading(s)
	if len(r.b) == 0 {
		return r.b, 0
	}
	b, quoted, first, last, cuts := r.b, r.quoted, r.first, r.last, r.cuts
	for i := first + 1; i < last; i++ {
		if s[i] != '.' || hasCut(cuts, i+1) || inSpans(quoted, i) || insideQuote(s, first, i) || !periodAt(s, first, i) {
			continue
		}
		j := sentenceSpaceEnd(s, i+1)
		if j == i+1 || j >= last || !sentenceOpens(s[j:]) || !opener27(s[j:last]) || reInitial.MatchString(s[j:]) {
			continue
		}
		cuts = append(cuts, [2]int{i + 1, j})
	}
	return cutsReading(b, cuts, why)
}
