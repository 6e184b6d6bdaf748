package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sent18: a parenthesis after a sentence's period that holds a note of
// its own, closed by its own mark ("Il lit. (voir l'article L. 1.) Il
// part."), begins another sentence: the period before it ends the first
// ("Il lit." is certain; whether the note is a sentence of its own or
// opens the next stays open, sent14); a number or an address glued to a
// period ("1.000 euros", "5.5 %", "a.b@ex.fr") is no label of the
// alinéa (labelSkip); an article's heading "Art. 1er. –" is a heading
// (artLabel); and a quotation in straight marks that opens and closes in
// the alinéa is a quotation (quoteSpans, straightQuoteSpans).

// parenNoteOpens reports whether s, the text after a sentence's mark and
// its spaces, is a parenthesis opening with a lower-case letter, closed
// after its own sentence's mark, then a space and a capital ("(voir
// l'article L. 1.) Il part."): the mark before it ended a sentence — a
// note typed after a period is no part of the sentence that period
// closed.
func parenNoteOpens(s string) bool {
	t, ok := strings.CutPrefix(s, "(")
	if !ok {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) {
		return false
	}
	end := strings.IndexAny(t, "()")
	if end < 0 || t[end] != ')' {
		return false
	}
	in := strings.TrimRight(t[:end], sentenceSpaces)
	if in == "" {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(in); r != '.' && r != '?' && r != '!' && r != '…' {
		return false
	}
	rest := t[end+1:]
	j := sentenceSpaceEnd(rest, 0)
	if j == 0 || j >= len(rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[j:])
	return unicode.IsUpper(r)
}

// gluedToLabel reports whether the label m that s opens with ends with a
// period a digit or a lower-case letter follows with no space ("1.000
// euros", "5.5 %", "a.b@ex.fr", "i.e."): a number, an address or an
// abbreviation, not a label.
func gluedToLabel(s, m string) bool {
	if !strings.HasSuffix(m, ".") || len(m) >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[len(m):])
	return unicode.IsDigit(r) || unicode.IsLower(r)
}

// straightQuoteSpans are the quotations of s in straight marks
// ("…"), each opened after a space, a colon or a parenthesis and before
// a letter, a digit or a mark that is no space, and closed after a
// character that is no space and before a space, a punctuation mark or
// the end; the marks a bill's quoted alinéa opens and closes with are
// not one. Any mark that does not pair so: none (which mark opens and
// which closes is not said).
func straightQuoteSpans(s string) [][2]int {
	var at []int
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return nil
	}
	lead := len(s) - len(strings.TrimLeft(s, sentenceSpaces))
	if at[0] == lead {
		// A bill's quoted alinéa: its opening mark, and its closing
		// one (closeStart).
		at = at[1:]
		if c := closeStart(s); c < len(s) && len(at) > 0 && at[len(at)-1] == sentenceSpaceEnd(s, c) {
			at = at[:len(at)-1]
		}
	}
	if len(at)%2 != 0 {
		return nil
	}
	var spans [][2]int
	for k := 0; k < len(at); k += 2 {
		o, c := at[k], at[k+1]
		before, _ := utf8.DecodeLastRuneInString(s[:o])
		after, _ := utf8.DecodeRuneInString(s[o+1:])
		if o == 0 || !strings.ContainsRune(sentenceSpaces+":(", before) || strings.ContainsRune(sentenceSpaces, after) {
			return nil
		}
		in, _ := utf8.DecodeLastRuneInString(s[:c])
		if c == o+1 || strings.ContainsRune(sentenceSpaces, in) {
			return nil
		}
		if c+1 < len(s) {
			next, _ := utf8.DecodeRuneInString(s[c+1:])
			if !strings.ContainsRune(sentenceSpaces+".,;:)!?»…", next) {
				return nil
			}
		}
		spans = append(spans, [2]int{o, c})
	}
	return spans
}
