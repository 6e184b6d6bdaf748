package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentences22: a sentence put after the last of an alinéa that ends with
// no sentence mark ("Il signe. Il date", as the consolidated texts
// sometimes print it: "Il signe. Il date Il part." was read) closes that
// sentence with a period first; and a sentence inserted or rewritten
// beside a boundary printed without its space ("scolaire.A cet effet")
// is set apart by one space ("scolaire. Il lit.A cet effet" was read).

// errParenEnd22 refuses a sentence put after an alinéa that ends with a
// parenthesis closing after a period, the parenthesis inside a sentence
// ("Il paie les frais (loyers, etc.)", "Il signe (voir l'article 3.)"):
// whether the period inside ends the alinéa's last sentence (a sentence
// follows) or is the abbreviation's (a period is wanting after the
// parenthesis) is not said.
const errParenEnd22 = applyErr("a sentence put after an alinéa ending with a parenthesis closed after a period, inside a sentence: whether its last sentence ends there is not said")

// errSentenceGoesOn22 refuses a sentence put after an alinéa that ends
// with a comma or a dash ("Il date,", "Il date –"): its last sentence goes
// on, and where it ends, or whether the new sentence is its end, is not
// said ("Il date, Il part." was read).
const errSentenceGoesOn22 = applyErr("a sentence put after an alinéa ending with a comma or a dash: its last sentence goes on, where it ends is not said")

// sentenceEndMarks22 are the marks a sentence ends with.
const sentenceEndMarks22 = ".?!…"

// closeLastSentence22 is s, the text of an alinéa a sentence is put
// after (without the quotation mark that closes a quoted alinéa), with
// its last sentence closed by a period when it ends with none: after a
// letter, a digit or "°" ("Il date" is "Il date."), after an item's
// label ("le a)" is "le a)."), after a parenthesis
// or a quotation whose text ends with no sentence mark ("(art. 3)" is
// "(art. 3).", "« Lu »" is "« Lu ».": the mark goes after them). A
// quotation whose text ends with one ends the sentence too ("« Lu. »",
// as quoteEndsSentence reads it), as a parenthesis that opens a sentence
// ("Il signe. (Il date.)"); a parenthesis closed after a period inside a
// sentence is refused (errParenEnd22), as a comma or a dash, the
// sentence going on (errSentenceGoesOn22). Any other end (a mark, ";", ":",
// the items' conjunction) is left to appendSentence and its callers.
func closeLastSentence22(s string) (string, error) {
	t := strings.TrimRight(s, sentenceSpaces)
	r, _ := utf8.DecodeLastRuneInString(t)
	switch {
	case t == "" || listTail.MatchString(t):
		// "1° Un ; et": appendSentence puts the sentence before "; et".
		return s, nil
	case r == ',' || r == '–' || r == '—' || r == '―' || r == '-':
		return s, errSentenceGoesOn22
	case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '°':
		return t + "." + s[len(t):], nil
	case r == ')':
		open := openingParen22(t)
		if open < 0 {
			// An item's label: "le a)" is "le a).".
			if last, _ := utf8.DecodeLastRuneInString(t[:len(t)-1]); unicode.IsLetter(last) || unicode.IsDigit(last) {
				return t + "." + s[len(t):], nil
			}
			return s, nil
		}
		inner := strings.TrimRight(t[open+1:len(t)-1], sentenceSpaces)
		if last, _ := utf8.DecodeLastRuneInString(inner); !strings.ContainsRune(sentenceEndMarks22, last) {
			return t + "." + s[len(t):], nil
		}
		before := strings.TrimRight(t[:open], sentenceSpaces)
		if last, _ := utf8.DecodeLastRuneInString(before); open <= textStart(t) || strings.ContainsRune(sentenceEndMarks22, last) {
			// "Il signe. (Il date.)": the parenthesis is a sentence.
			return s, nil
		}
		return s, errParenEnd22
	case r == '»' || r == '”' || r == '"':
		inner := strings.TrimRight(t[:len(t)-utf8.RuneLen(r)], sentenceSpaces)
		if last, _ := utf8.DecodeLastRuneInString(inner); strings.ContainsRune(sentenceEndMarks22, last) {
			return s, nil
		}
		return t + "." + s[len(t):], nil
	}
	return s, nil
}

// openingParen22 is the index of the parenthesis that the one closing t
// opens, nested ones skipped; -1 when t holds none.
func openingParen22(t string) int {
	depth := 0
	for i := len(t) - 1; i >= 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// spacedSentence22 is pre + r + post, r a sentence put between the text
// before it and the text after it, with a space between r and a
// sentence glued to it: pre ending with a sentence mark (after a first
// sentence: glued is set by the caller) and post opening with a letter,
// a guillemet or a parenthesis ("scolaire.A cet effet": "scolaire. Il
// lit. A cet effet").
func spacedSentence22(pre, r, post string, glued bool) string {
	if r == "" {
		return pre + post
	}
	if last, _ := utf8.DecodeLastRuneInString(pre); glued && strings.ContainsRune(sentenceEndMarks22, last) {
		pre += " "
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(r, sentenceSpaces)); strings.ContainsRune(sentenceEndMarks22, last) && strings.TrimRight(r, sentenceSpaces) == r {
		if first, _ := utf8.DecodeRuneInString(post); unicode.IsLetter(first) || first == '«' || first == '(' {
			r += " "
		}
	}
	return pre + r + post
}

// sentenceWordsAfter22 is t completed by the words w when w is a
// sentence of its own — a word a sentence opens with ("Il", "Le", "Cette":
// opener), then a final period — and t ends with no sentence mark
// ("Compléter l'alinéa 3 par la phrase : « Il part. »" on "Il signe. Il
// date": "Il signe. Il date. Il part.", not "… Il date Il part."); ok is
// false otherwise (a capital no sentence opens with may continue the
// text: "Il vit à" completed by "Paris.").
func sentenceWordsAfter22(t, w string) (string, bool) {
	if !opener(w) || !startsSentence(w) || !strings.HasSuffix(w, ".") {
		return "", false
	}
	closed, err := closeLastSentence22(t)
	if err != nil || closed == t {
		return "", false
	}
	return strings.TrimRight(closed, sentenceSpaces) + " " + w, true
}

// doubtInitialOpener22 is the cause of initialOpenerReading22's
// boundaries: a capital's period after a space before a word a sentence
// opens with ("Il informe M. X. Il date.", "Il vise l'alinéa B. Il
// date."). Its bit is the one after the causes known, taken at init with
// its name (doubtNames).
var doubtInitialOpener22 doubtCause

func init() {
	doubtInitialOpener22 = 1 << len(doubtNames)
	doubtNames = append(doubtNames, "a capital's period, an initial or a letter, before a word a sentence opens with")
}

// initialOpenerReading22 is the reading of s's sentences where the period
// of a capital alone after a space, read as an initial's (periodEnds:
// "J. Dupont"), ends a sentence when a word a sentence opens with follows
// it, capitalised ("Il informe M. X. Il date.", "Il vise l'alinéa B.
// Il date.", "le plan B. Le maire date.": one sentence, "la première
// phrase" the whole alinéa, or two? "J. Le Gall" is a name), with its
// cause; 0 when it is sentenceBounds'. "M." is "Monsieur" ("M. Le
// Gall"), never a sentence's end.
func initialOpenerReading22(s string) (other [][2]int, why doubtCause) {
	return openerCutsReading(s, doubtInitialOpener22, func(s string, first, i int) bool {
		return i >= first+2 && s[i-1] != 'M' && unicode.IsUpper(rune(s[i-1])) && spaceBefore(s, i-1)
	})
}
