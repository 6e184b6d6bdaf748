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

// errMarkOverMark22 is words completing an alinéa that end with a mark
// other than the one the alinéa needs: its colon introducing what
// follows ("Sont membres :" completed by « de droit. »), an item's
// semicolon before the alinéa after it ("1° Le notaire ;" by « et
// l'huissier. »). The words' mark took the text's place (the list lost
// its colon, the item its semicolon); the period may be the drafting's,
// or the words' (the list deleted since): not said.
var errMarkOverMark22 = errors.New("words completing an alinéa end with a mark other than the colon or the item's semicolon it ends with: whether the words' mark or the text's is meant is not said")

// appendMarkClash22 is errMarkOverMark22 for words appended to al[hi-1]
// (nil when the marks agree, when the words end with none, or when the
// alinéa's own mark is a period).
func appendMarkClash22(al []string, hi int, words string) error {
	w := strings.TrimRight(strings.TrimSpace(words), " \u00a0\u202f")
	t := strings.TrimRight(al[hi-1], " \u00a0\u202f")
	if w == "" || t == "" {
		return nil
	}
	wm, tm := w[len(w)-1], t[len(t)-1]
	switch {
	case tm == ':' && (wm == '.' || wm == ';'):
		return errMarkOverMark22
	case tm == ';' && wm == '.' && hi < len(al):
		return errMarkOverMark22
	}
	return nil
}
