package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotationClose returns the offset just after the mark that closes, on
// an alinéa of new text, the quotation it is part of — the quotation the
// alinéa opens with its own mark, or continues from the alinéa before
// (each alinéa of a quotation over several opens with « and only the last
// closes it) —, or -1 when it does not close on the alinéa. A quotation
// inside the new text ("« Le mot « bail » désigne … »") opens and closes
// within it; a straight quote after a space, a parenthesis or an
// apostrophe and before a letter or a digit opens one, any other closes
// (as nestedStraight reads them).
func quotationClose(t string) int {
	i := 0
	for _, o := range []string{"«", "“", "\""} {
		if strings.HasPrefix(t, o) {
			i = len(o)
			break
		}
	}
	opened := i // the end of the alinéa's own opening mark (0: none)
	depth := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '«', '“':
			depth++
		case '»', '”':
			if depth == 0 {
				return i + n
			}
			depth--
		case '"':
			before, _ := utf8.DecodeLastRuneInString(t[:i])
			after, _ := utf8.DecodeRuneInString(t[i+1:])
			if (unicode.IsSpace(before) || before == '(' || before == '\'' || before == '’' || i > 0 && i == opened) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
				depth++
			} else if depth == 0 {
				return i + n
			} else {
				depth--
			}
		}
		i += n
	}
	return -1
}

// reConjunctionAfterClose is what may follow the mark closing new text
// that ends an item before the last of its list: "» ; et", "» et", "»,
// ou" — the instruction's punctuation and the conjunction of its list.
var reConjunctionAfterClose = mustRe(`^\s*[;,]?\s*(?:et|ou)\s*$`)

// reJoinAfterClose is the conjunction between the new text's closing
// mark and a second operation written after it: "» et, au premier alinéa,
// …", "» ; le II est abrogé" (its end is where the operation begins).
var reJoinAfterClose = mustRe(`^\s*(?:[;,]\s*)?(?:et\b\s*,?\s*)?`)

// quotationEnd reads the last alinéa of new text quoted after an
// instruction (last), where its quotation closes: the alinéa kept up to
// its closing mark and the instruction's punctuation ("« B. » ; et" is
// "« B. » ;": the conjunction of the bill's list — the next item was read
// as new text), and the text of another operation written after the
// mark, "« B. » et, au premier alinéa, le mot : « a » est supprimé ;"
// (tail, "" when none; it was written into the code with the new text).
// A rest holding no letter is left as it is.
func quotationEnd(last string) (kept, tail string) {
	e := quotationClose(last)
	if e < 0 {
		return last, ""
	}
	rest := last[e:]
	if !strings.ContainsFunc(rest, unicode.IsLetter) {
		return last, ""
	}
	if reConjunctionAfterClose.MatchString(rest) {
		r := strings.TrimSpace(rest)
		return strings.TrimSpace(last[:e] + " " + strings.TrimSpace(r[:len(r)-len("et")])), ""
	}
	j := reJoinAfterClose.FindStringIndex(rest)
	return last[:e], strings.TrimSpace(rest[j[1]:])
}

// payloadThenTail reads an instruction whose new text runs over the
// alinéas after it and whose last alinéa goes on, after the quotation's
// closing mark, with a second operation: "1° Le I est complété par deux
// alinéas ainsi rédigés :", "« A. »", "« B. » et, au premier alinéa, le
// mot : « a » est supprimé ;" — the two clauses of one instruction, as
// when the new text stands on the instruction's line (clausesWith: the
// second naming no article is in the first's). Under a head naming
// several targets, or with new text that leaves parts out, refused.
func (p *parser) payloadThenTail(in *Instruction, level int, body string, payload []string, tail string) {
	if n := len(p.stack); n > 0 && (len(p.stack[n-1].also) > 0 || p.stack[n-1].rangeTo != "") {
		refuseKeeping(in, errOperationAfterPayloadUnderSeveral)
		return
	}
	for _, l := range payload {
		if reOmitted.MatchString(l) || omittedNote(l) {
			refuseKeeping(in, errPartsLeftOut)
			return
		}
	}
	p.clausesWith(in, level, body, upperFirst(tail), payload, nil)
	if in.Status == Unparsed {
		refuseKeeping(in, typedReason{kind: errOperationAfterPayload, cause: refusalSaid(in), text: "an operation after the new text's closing mark: " + in.Reason})
	}
}

// reListConjunction is the conjunction a bill writes after the
// semicolon of the item before the last of its list: "a) Au premier
// alinéa, … ; et" (group 1: the item up to its semicolon).
var reListConjunction = mustRe(`^(.*;)\s+et$`)

// listConjunctionOff reads an item ending with "; et", the conjunction
// of the bill's list before its last item, as the item alone: "1° Au
// premier alinéa, le mot : « a » est remplacé par le mot : « b » ; et"
// is "… « b » ;" (the word operations were refused: "words after the
// word operations not read"). Only on a line whose quotations all close
// (an "et" inside new text going on in the next alinéa is the text's).
func listConjunctionOff(body string) string {
	if !strings.HasSuffix(body, "et") || strings.Count(body, "«") != strings.Count(body, "»") || strings.Count(body, "\"")%2 != 0 ||
		strings.Count(body, "“") != strings.Count(body, "”") {
		return body
	}
	if m := reListConjunction.FindStringSubmatch(strings.TrimSpace(body)); m != nil {
		return m[1]
	}
	return body
}
