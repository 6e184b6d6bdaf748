package law

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sent17: the refusal of a sentence boundary the typography leaves open
// names its cause (doubtCause, in doubtfulSentenceError); an ellipsis
// typed as three periods ("Il hésite... Paris le tente.") is the
// ellipsis sent16 reads; "Ets." is the "Cie." of sent16; a sentence
// ends with a straight or curly quotation mark closing a quotation whose
// last sentence ends inside it ("Il dit : "Non." Il part."), as with
// "»" (quoteEndsSentence), a sentence may open with such a mark
// (cutOpeningQuote), and a period inside such a quotation closed later
// is the quotation's (insideQuote).

// doubtCause is the set of the causes that left a sentence's boundary
// open (a bit each).
type doubtCause uint16

const (
	// doubtAcronym: a dotted acronym's period before a capitalised word no
	// sentence opens with ("La S.A. Dupont paie.").
	doubtAcronym doubtCause = 1 << iota
	// doubtParenthesis: a sentence in parentheses, or a parenthesis
	// closing after a period ("Il signe. (Il date.) Il part.").
	doubtParenthesis
	// doubtNumberAfterMark: a number's period or an item's label after a
	// sentence's mark ("Il signe. 1. Il date.").
	doubtNumberAfterMark
	// doubtCapitalAfterNumber: a capital's period after a number ("l'article
	// L. 1 A. Il part.").
	doubtCapitalAfterNumber
	// doubtEllipsis: an ellipsis before a capital no sentence opens with
	// ("Il hésite… Paris le tente.", "Il hésite... Paris le tente.").
	doubtEllipsis
	// doubtAbbreviation: "ex.", "Cie." or "Ets." before a capital no
	// sentence opens with ("la Cie. Durand").
	doubtAbbreviation
	// doubtArticleHeading: an article's heading after a sentence's mark
	// ("Il signe. Art. 5. Il date.").
	doubtArticleHeading
	// doubtNumberBeforeLower: a number after a sentence's mark before a
	// lower-case word ("Il signe. 1. il date.").
	doubtNumberBeforeLower
	// doubtNumberOpens: a number that is no label after a period ("en
	// 2020. 2021 est exclu."): sent19.
	doubtNumberOpens
	// doubtAbbreviationOpener: a reference's abbreviation before a word a
	// sentence opens with ("Il lit le 1er al. Il part."): sent19.
	doubtAbbreviationOpener
)

// doubtNames name each cause, in the order of the bits.
var doubtNames = []string{
	"a dotted acronym's period before a capitalised word",
	"a parenthesis at a sentence's period",
	"a number or an item's label after a sentence's mark",
	"a capital's period after a number",
	"an ellipsis before a capital",
	"an abbreviation's period (ex., Cie., Ets.) before a capital",
	"an article's heading after a sentence's mark",
	"a number after a sentence's mark before a lower-case word",
	"a number after a period",
	"a reference's abbreviation before a word a sentence opens with",
}

// String names the causes of c, joined by "; ".
func (c doubtCause) String() string {
	var out []string
	for k, n := range doubtNames {
		if c&(1<<k) != 0 {
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

// doubtReading is another reading of a text's sentences and what left
// the boundaries it moves open.
type doubtReading struct {
	bounds [][2]int
	cause  doubtCause
}

// doubtfulSentenceError refuses a sentence where a reading of the
// boundaries other than sentenceBounds places it elsewhere: Cause says
// what left the boundary open, Detail which sentence was named. It is
// errDoubtfulSentence (errors.Is, and errors.As to an applyErr).
type doubtfulSentenceError struct {
	Cause  doubtCause
	Detail string
}

func (e *doubtfulSentenceError) Error() string {
	return fmt.Sprintf("a sentence boundary the typography leaves open (%s) before the sentence named: which sentence it is, is not said (%s)", e.Cause, e.Detail)
}

// Unwrap is errDoubtfulSentence.
func (e *doubtfulSentenceError) Unwrap() error { return errDoubtfulSentence }

// doubtfulError is the refusal for a reading of cause c.
func doubtfulError(c doubtCause, detail string) error {
	return &doubtfulSentenceError{Cause: c, Detail: detail}
}

// ellipsisEnd reports whether sent ends with an ellipsis, the character
// or three periods ("Il hésite...").
func ellipsisEnd(sent string) bool {
	r, _ := utf8.DecodeLastRuneInString(sent)
	return r == '…' || strings.HasSuffix(sent, "...")
}

// closingQuoteEnd is where a sentence ends at s[i] when a straight or
// curly quotation mark there closes a quotation whose last sentence ends
// inside it, a space and a capital after it ("Il dit : "Non." Il part.",
// "Il dit : “Non.” Il part."), the quotation opened in the sentence that
// began at start; 0 when it does not.
func closingQuoteEnd(s string, start, i int) int {
	var open string
	switch {
	case strings.HasPrefix(s[i:], "\""):
		open = "\""
		if strings.Count(s[start:i], "\"")%2 != 1 {
			return 0
		}
	case strings.HasPrefix(s[i:], "”"):
		open = "“"
		if strings.Count(s[start:i], "“") <= strings.Count(s[start:i], "”") {
			return 0
		}
	default:
		return 0
	}
	o := strings.LastIndex(s[start:i], open) + start
	in := strings.TrimRight(s[o+len(open):i], " \u00a0")
	if in == "" || !strings.ContainsAny(in[len(in)-1:], ".?!") {
		return 0
	}
	end := i + len("\"")
	if open == "“" {
		end = i + len("”")
	}
	j := sentenceSpaceEnd(s, end)
	if j == end || j >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if !unicode.IsUpper(r) {
		return 0
	}
	return end
}

// cutOpeningQuote is s after the straight or curly quotation mark it
// opens with, a letter right after it ("\"Non.", "“Non."): a sentence
// may open with a quotation.
func cutOpeningQuote(s string) (string, bool) {
	for _, q := range []string{"\"", "“"} {
		if t, ok := strings.CutPrefix(s, q); ok {
			r, _ := utf8.DecodeRuneInString(t)
			return t, unicode.IsLetter(r)
		}
	}
	return s, false
}

// insideQuote reports whether s[i] is inside a quotation of straight or
// curly marks opened in the sentence that began at start and closed
// after i in s ("Il écrit "Lu. Approuvé." Il signe.": the period after
// "Lu" is the quotation's).
func insideQuote(s string, start, i int) bool {
	in := s[start:i]
	if strings.Count(in, "\"")%2 == 1 && strings.Contains(s[i:], "\"") {
		return true
	}
	return strings.Count(in, "“") > strings.Count(in, "”") && strings.Contains(s[i:], "”")
}
