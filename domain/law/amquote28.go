package law

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// New text quoted and closed ("Rédiger ainsi cet alinéa :" / "« Le juge
// statue. »"), as many alinéas as announced, then an unquoted line that
// reads as no instruction ("Il s'agit de préciser le texte."): the
// quotation ended the new text, the line is prose, not law. It went in
// as an alinéa of the new text. Where the new text ends is not said by
// the layout (quoted, then not): the instruction is refused
// (errAmProseAfterText28). New text unquoted from its first line (the
// Sénat's) is not closed, and goes on.

// errAmProseAfterText28: an unquoted line, no instruction, after new
// text quoted and closed.
var errAmProseAfterText28 = errors.New("an unquoted line after new text quoted and closed: the quotation ended it, the line is no law text")

// amProseAfterQuote28 is the refusal of the instruction whose new text
// so far is payload (announced alinéas, or 0) when l, the line after,
// unquoted, follows it once it is quoted and closed and is taken for a
// line of it (splitDispositif), else nil.
func amProseAfterQuote28(payload []string, announced int, l string) error {
	if isQuoted(l) || !quotedClosed(payload) || len(payload) < max(announced, 1) {
		return nil
	}
	if !amProseLine28(l) {
		return nil
	}
	if (amStart.MatchString(l) || ownLocatorLine(l)) && !billLine(l) {
		// An instruction or a locator line: it ends the new text
		// (splitDispositif).
		return nil
	}
	return fmt.Errorf("%w: %q", errAmProseAfterText28, l)
}

// amProseLine28 reports whether l, unquoted, may be prose: it opens on no
// part's number or item's label ("III. – Après l'article 2, il est
// inséré …", "2° …": the bill's own lines, written unquoted between its
// code's quoted text, go on with it).
func amProseLine28(l string) bool {
	return !isQuoted(l) && partKind(l) == ""
}

// quoteInserted28 is after, the lines of an amendment a sub-amendment
// edited (before, as they were), each line it inserted unquoted right
// after a line closing a quotation put in quotation marks when it may be
// prose (amProseLine28) and reads as no instruction: the
// sub-amendment's new text ("Compléter cet amendement par un alinéa
// ainsi rédigé : « C est lu. »") goes on with the amendment's quoted new
// text, as its layout writes it (amProseAfterQuote28 refused it
// unquoted).
func quoteInserted28(before, after []string) []string {
	had := map[string]int{}
	for _, l := range before {
		had[l]++
	}
	out := slices.Clone(after)
	for i, l := range after {
		if had[l] > 0 {
			had[l]--
			continue
		}
		if i == 0 || !amProseLine28(l) || (amStart.MatchString(l) || ownLocatorLine(l)) && !billLine(l) {
			continue
		}
		if quotedClosed([]string{"«", out[i-1]}) {
			out[i] = "« " + strings.TrimSpace(l) + " »"
		}
	}
	return out
}
