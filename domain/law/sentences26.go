package law

import "strings"

// sentences26: a period inside parentheses (or square brackets) that
// close later in the alinéa ends no sentence ("Il signe (voir le II. Le juge statue.) puis
// sort. Il part.": two sentences, the first holding the parenthesis). The
// marks alone cut it in three ("Il signe (voir le II." — deleting or
// rewriting one left half a parenthesis); that reading stays a doubt
// (parenCutsReading26), so a rank the two readings place apart is
// refused (errDoubtfulSentence, doubtParenthesis).

// sentenceBounds splits an alinéa into sentences: the sentences the
// marks end (sentenceBoundsByMarks26), those a parenthesis holds across
// joined.
func sentenceBounds(s string) [][2]int {
	b := sentenceBoundsByMarks26(s)
	if len(b) == 0 || !strings.ContainsAny(s, "([") {
		return b
	}
	return splitBracketNotes26(s, joinParenCuts26(s, b))
}

// joinParenCuts26 joins the sentences of b that a pair of parentheses of
// s holds across: one opens before the cut, closes after it.
func joinParenCuts26(s string, b [][2]int) [][2]int {
	pairs := parenPairs26(s, quoteSpans(s))
	if len(pairs) == 0 {
		return b
	}
	out := [][2]int{b[0]}
	for _, x := range b[1:] {
		if acrossParen26(pairs, out[len(out)-1][1]) {
			out[len(out)-1][1] = x[1]
			continue
		}
		out = append(out, x)
	}
	return out
}

// parenPairs26 are the parentheses and the square brackets of s closed
// in s, outside quotations: the opening's index, the closing's. A
// closing one nothing opened ("a) les uns") pairs with none.
func parenPairs26(s string, quoted [][2]int) [][2]int {
	var pairs [][2]int
	for _, m := range []string{"()", "[]"} {
		var open []int
		for i := 0; i < len(s); i++ {
			if s[i] != m[0] && s[i] != m[1] || inSpans(quoted, i) {
				continue
			}
			if s[i] == m[0] {
				open = append(open, i)
			} else if len(open) > 0 {
				pairs = append(pairs, [2]int{open[len(open)-1], i})
				open = open[:len(open)-1]
			}
		}
	}
	return pairs
}

// acrossParen26 reports whether a sentence ending at cut ends inside one
// of the pairs: opened before it, closed at or after it.
func acrossParen26(pairs [][2]int, cut int) bool {
	for _, p := range pairs {
		if p[0] < cut && p[1] >= cut {
			return true
		}
	}
	return false
}

// sentences26Readings are the other readings of s's sentences
// (sentences26), each kept when it differs from sentenceBounds: the
// marks' alone, cutting inside parentheses; an editorial note in square
// brackets between two sentences joined to the sentence before it, or to
// the one after it.
func sentences26Readings(s string) []doubtReading {
	if !strings.ContainsAny(s, "([") {
		return nil
	}
	b := sentenceBounds(s)
	var out []doubtReading
	if o, why := cutsReading(b, boundsCuts(splitBracketNotes26(s, sentenceBoundsByMarks26(s))), doubtParenthesis); why != 0 {
		out = append(out, doubtReading{o, why})
	}
	notes := bracketNotes26(s)
	if len(notes) == 0 || len(b) == 0 {
		return out
	}
	for _, side := range []int{0, 1} {
		var cuts [][2]int
		for _, c := range boundsCuts(b) {
			joined := false
			for _, n := range notes {
				// side 0: the cut before the note; 1: the one after it.
				joined = joined || side == 0 && c[1] == n[0] || side == 1 && c[0] == n[1]
			}
			if !joined {
				cuts = append(cuts, c)
			}
		}
		if o, why := cutsReading(b, cuts, doubtParenthesis); why != 0 {
			out = append(out, doubtReading{o, why})
		}
	}
	return out
}

// bracketNote26 is a sentence's mark, spaces, then a square bracket
// opening on a capital: "Il signe. [Dispositions déclarées non conformes
// à la Constitution …] Il date." (groups: the mark, the bracket).
var bracketNote26 = mustRe(`([.?!…])[ \x{a0}\x{202f}]+(\[)\p{Lu}`)

// bracketNotes26 are the editorial notes in square brackets between two
// sentences of s, or after its last: the bracket opens after a
// sentence's mark on a capital, closes in s, and a space then a capital,
// or the alinéa's end, follows it. Each is the note's span, the opening
// bracket to the closing one included.
func bracketNotes26(s string) [][2]int {
	var notes [][2]int
	quoted := quoteSpans(s)
	pairs := parenPairs26(s, quoted)
	for _, m := range bracketNote26.FindAllStringSubmatchIndex(s, -1) {
		mark, open := m[2], m[4]
		if inSpans(quoted, mark) || insideQuote(s, 0, mark) || s[mark] == '.' && !periodEnds(s, 0, mark) {
			continue
		}
		for _, p := range pairs {
			if p[0] != open {
				continue
			}
			rest := s[p[1]+1:]
			if strings.TrimSpace(rest) == "" || p[1]+1 >= closeStart(s) || nextSentence(rest) {
				notes = append(notes, [2]int{open, p[1] + 1})
			}
		}
	}
	return notes
}

// splitBracketNotes26 cuts the sentences of b around each editorial note
// of s (bracketNotes26): the note is a sentence of its own in this
// reading; the readings that join it to a neighbour are doubts
// (sentences26Readings).
func splitBracketNotes26(s string, b [][2]int) [][2]int {
	notes := bracketNotes26(s)
	if len(notes) == 0 || len(b) == 0 {
		return b
	}
	cuts := boundsCuts(b)
	last := b[len(b)-1][1]
	for _, n := range notes {
		if n[0] <= b[0][0] || n[0] >= last {
			continue
		}
		if end := len(strings.TrimRight(s[:n[0]], sentenceSpaces)); !hasCut(cuts, end) {
			cuts = append(cuts, [2]int{end, n[0]})
		}
		if n[1] < last {
			if next := sentenceSpaceEnd(s, n[1]); next < last && !hasCut(cuts, n[1]) {
				cuts = append(cuts, [2]int{n[1], next})
			}
		}
	}
	out, _ := cutsBounds(b, cuts)
	return out
}
