package law

import (
	"strings"
	"unicode/utf8"
)

// sentenceSpaceEnd is where the spaces at s[j:] end: plain spaces and the
// no-break spaces the consolidated codes print ("Il signe.\u00a0Il
// date.", U+00A0 and U+202F) — after a sentence's period, either
// separates it from the next (the two were read as one sentence, "la
// première phrase" the whole alinéa).
func sentenceSpaceEnd(s string, j int) int {
	for j < len(s) {
		switch {
		case s[j] == ' ':
			j++
		case strings.HasPrefix(s[j:], "\u00a0"), strings.HasPrefix(s[j:], "\u202f"):
			j += len("\u00a0")
		default:
			return j
		}
	}
	return j
}

// sentenceMark is the width of the mark at s[i] that may end a sentence:
// a period, a question or an exclamation mark, or the ellipsis "…"
// ("Il signe… Il date." is two sentences, as "Il signe... Il date."); 0
// for any other character.
func sentenceMark(s string, i int) int {
	switch s[i] {
	case '.', '?', '!':
		return 1
	}
	if strings.HasPrefix(s[i:], "…") {
		return utf8.RuneLen('…')
	}
	return 0
}

// sentenceSpaces are the spaces that may separate two sentences
// (sentenceSpaceEnd): deleting one takes its separator with it.
const sentenceSpaces = " \u00a0\u202f"
