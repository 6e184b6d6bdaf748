package law

import (
	"errors"
	"strings"
)

// errUnquotedOneLine22 is an amendment's instruction whose words follow
// their noun unquoted on the instruction's own line ("Alinéa 2 :
// Remplacer les mots : A par les mots : B dans l'ensemble du texte",
// "substituer au mot : A le mot : B", "après le mot : A, insérer …") in a
// form oneLineWords22 does not read: where the words end is not said.
var errUnquotedOneLine22 = errors.New("words unquoted on the instruction's line: where they end is not said")

// amOneLineNoun22 is the nouns of words oneLineWords22 reads: those of
// wordNounCased but "la référence" (an item's bare label, "2°", is
// quoteBareReferences's, held to one reference).
const amOneLineNoun22 = `(?:mots?|chiffres?|nombres?|montants?|dates?|ann[ée]es?|taux|pourcentages?|sommes?|mentions?|dur[ée]es?|seuils?|d[ée]lais?|plafonds?|tarifs?)`

var (
	// amOneLineReplace22 is "Remplacer les mots : A par les mots : B" on
	// one line, unquoted (groups: the place before, the verb and noun,
	// A, "par" and its noun, B, the closing mark).
	amOneLineReplace22 = mustRe(`^(.*?)\b([Rr]emplacer\s+(?:le|la|les|l['’])\s*` + amOneLineNoun22 + `\s*:)\s*(\S.*?)\s+(par\s+(?:le|la|les|l['’])\s*` + amOneLineNoun22 + `\s*:)\s*(\S.*?)\s*([.;])?\s*$`)
	// amOneLineDelete22 is "Supprimer les mots : A" on one line,
	// unquoted (groups: the place before, the verb and noun, A, the
	// closing mark).
	amOneLineDelete22 = mustRe(`^(.*?)\b([Ss]upprimer\s+(?:le|la|les|l['’])\s*` + amOneLineNoun22 + `\s*:)\s*(\S.*?)\s*([.;])?\s*$`)
	// amOneLineComplete22 is "Compléter cet alinéa par les mots : A" on
	// one line, unquoted (groups: the place before, the verb, its place
	// and noun, A, the closing mark).
	amOneLineComplete22 = mustRe(`^(.*?)\b([Cc]ompléter\s+[^:]*?\bpar\s+(?:le|la|les|l['’])\s*` + amOneLineNoun22 + `\s*:)\s*(\S.*?)\s*([.;])?\s*$`)
	// amNounColon22 is words named by their noun and a colon anywhere:
	// "le mot :", "au taux :", "des mots :".
	amNounColon22 = mustRe(`(?i)\b(?:le|la|les|l['’]|du|des|au|aux|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:`)
	// amNounColonWords22 is a noun and its colon followed by words on
	// the same line.
	amNounColonWords22 = mustRe(`(?i)\b(?:le|la|les|l['’]|du|des|au|aux|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:\s*[^\s:]`)
	// amOneLineNotPlace22 is what the place before the verb may not
	// hold: an anchor, a place taken out, a count, an occurrence.
	amOneLineNotPlace22 = mustRe(`(?i)\b(?:après|avant|sauf|hormis|exception|occurrences?|fois|reprises?|respectivement)\b`)
	// amOneLineNotWords22 is what the unquoted words may not hold, lest
	// they swallow what is said of them: a count, an occurrence, a place
	// ("dans l'ensemble du texte"), "respectivement", a parenthesis, a
	// colon, a quotation mark.
	amOneLineNotWords22 = mustRe(`(?i)[():«»"“”]|\b(?:fois|occurrences?|reprises?|partout|respectivement|ensemble|chaque)\b`)
	// amOneLineNotNewWords22 is what new words may not hold besides: a
	// place said after them ("par le mot : B à la première phrase",
	// "… dans cet alinéa", "… du présent article").
	amOneLineNotNewWords22 = mustRe(`(?i)\b(?:alin[ée]as?|phrases?|paragraphes?|pr[ée]sent|cet|cette)\b`)
)

// oneLineWords22 quotes the Sénat's words written unquoted on the
// instruction's own line, "Alinéa 2 : Remplacer les mots : A par les
// mots : B" (also "À l'alinéa 2, remplacer le taux : 5 % par le taux :
// 7 %", "Supprimer les mots : A"), as its lines "Remplacer les mots :" /
// "A" / "par les mots :" / "B" are read: A runs to "par" and its noun,
// B (or the deleted or added words) to the line's end, a full stop or
// semicolon there the instruction's, never the words' (an item's " ;"
// stays when its words are completed). Read only where nothing else can end them: no
// quotation, no other noun with its colon, no count, occurrence, place
// or "respectivement" in the words, no anchor before the verb, and old
// words that do not end with a mark of their own. Else the head is left
// as it is, and err says why when the words are unquoted on the line.
func oneLineWords22(head string) (string, error) {
	if strings.ContainsAny(head, "«»\"“”\n") || !amNounColonWords22.MatchString(head) {
		return head, nil
	}
	if m := amOneLineReplace22.FindStringSubmatch(head); m != nil {
		pre, verb, old, par, neu, mark := m[1], m[2], m[3], m[4], m[5], m[6]
		if placeBeforeOK22(pre) && wordsOK22(old) && newWordsOK22(neu) {
			return pre + verb + " « " + old + " » " + par + " « " + neu + " »" + mark, nil
		}
		return head, errUnquotedOneLine22
	}
	if m := amOneLineDelete22.FindStringSubmatch(head); m != nil {
		pre, verb, old, mark := m[1], m[2], m[3], m[4]
		if placeBeforeOK22(pre) && wordsOK22(old) {
			return pre + verb + " « " + old + " »" + mark, nil
		}
		return head, errUnquotedOneLine22
	}
	if m := amOneLineComplete22.FindStringSubmatch(head); m != nil {
		pre, verb, neu, mark := m[1], m[2], m[3], m[4]
		if placeBeforeOK22(pre) && newWordsOK22(neu) {
			return pre + verb + " « " + neu + " »" + mark, nil
		}
	}
	return head, errUnquotedOneLine22
}

// placeBeforeOK22 reports whether the text before the verb is a place
// alone ("Alinéa 2 : ", "À l'alinéa 2, première phrase, ", "1° ").
func placeBeforeOK22(pre string) bool {
	return !amNounColon22.MatchString(pre) && !amOneLineNotPlace22.MatchString(pre)
}

// wordsOK22 reports whether unquoted words end where the line says.
func wordsOK22(w string) bool {
	if w == "" || amOneLineNotWords22.MatchString(w) {
		return false
	}
	return !strings.ContainsAny(w[len(w)-1:], ".;,")
}

// quoteOneLine22 is head with its words quoted by oneLineWords22 where
// it reads them, else head as it is.
func quoteOneLine22(head string) string {
	h, _ := oneLineWords22(head)
	return h
}

// newWordsOK22 reports whether unquoted new words end where the line
// says, no place said after them.
func newWordsOK22(w string) bool {
	return wordsOK22(w) && !amOneLineNotNewWords22.MatchString(w)
}

// unquotedReason22 is the reason an instruction not read is refused when
// its words follow their noun unquoted on its line ("" otherwise): the
// prefix of its Unparsed line.
func unquotedReason22(head string) string {
	if _, err := oneLineWords22(head); err != nil {
		return "(" + err.Error() + ") "
	}
	return ""
}

// errMarkOverMark22 is new words at the end of an alinéa ending with
// the colon that introduces what follows ("Sont membres :"), completing
// it or rewriting its end, that end with a period or a semicolon (« de
// droit. »): the words' mark took the colon's place, the list left
// without its introduction ("Sont membres de droit." before the 1°); the
// period may be the drafting's or the words' (the list deleted since):
// not said.
var errMarkOverMark22 = errors.New("new words at the end of an alinéa that ends with a colon end with a period or a semicolon: whether their mark or the colon is meant is not said")

// appendMarkClash22 is the words appended to al[hi-1] as they go there:
// errMarkOverMark22 over a colon; over an item's closing semicolon, the
// words without the period they were drafted with — an item keeps the
// semicolon that closes it, as when a sentence is added to it
// (appendSentence): "1° Le notaire ;" completed by « et l'huissier. » is
// "1° Le notaire et l'huissier ;" (the period took the semicolon's
// place, before the 2°), inside its quotation ("« 1° Le notaire ; »")
// and before its conjunction ("1° Le notaire ; et": it gave "…
// l'huissier. ; et") too.
func appendMarkClash22(al []string, hi int, words string) (string, error) {
	w := strings.TrimRight(strings.TrimSpace(words), " \u00a0\u202f")
	s := al[hi-1]
	if e := closeStart(s); e < len(s) {
		s = s[:e] // "« 1° Le notaire ; »": the words go inside
	}
	t := strings.TrimRight(s, " \u00a0\u202f")
	if w == "" || t == "" {
		return words, nil
	}
	semicolon := listTail.MatchString(t) && strings.Contains(t[listTail.FindStringIndex(t)[0]:], ";") // "1° Le notaire ; et"
	switch wm, tm := w[len(w)-1], t[len(t)-1]; {
	case tm == ':' && (wm == '.' || wm == ';'):
		return words, errMarkOverMark22
	case (tm == ';' || semicolon) && wm == '.' && !strings.HasSuffix(w, ".."):
		return strings.TrimRight(strings.TrimSuffix(w, "."), " "), nil
	}
	return words, nil
}

// keepsSemicolon22 is the alinéa r an end rewritten made of old: an
// alinéa that closed with a semicolon (an item of a list) keeps it, not
// the period its new end was drafted with — "1° Le notaire ;" whose end
// after "Le" is rewritten « greffier. » is "1° Le greffier ;" (it became
// "1° Le greffier." before the 2°), as an item rewritten whole or its
// last sentence does; one that closed with a colon, introducing what
// follows, given a new end closed by a period or a semicolon ("Sont
// membres :" → "Sont élus."), is errMarkOverMark22 — it introduces
// nothing any more, as an introduction rewritten so is refused.
func keepsSemicolon22(old, r string) (string, error) {
	t := strings.TrimRight(r, " \u00a0\u202f")
	if t == "" {
		return r, nil
	}
	if strings.HasSuffix(strings.TrimRight(old, " \u00a0\u202f"), ":") && (t[len(t)-1] == '.' || t[len(t)-1] == ';') {
		return r, errMarkOverMark22
	}
	if !itemSemicolon.MatchString(old) || itemSemicolon.MatchString(r) {
		return r, nil
	}
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		return strings.TrimRight(strings.TrimSuffix(t, "."), " ") + " ;", nil
	}
	return r, nil
}
