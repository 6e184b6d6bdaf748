package law

import (
	"errors"
	"fmt"
	"strings"
)

// errAmLaterPlace30: the Sénat's locator line ("Alinéa 2"), an
// instruction under it, then a later instruction, with no item mark, no
// part number of its own and no "En conséquence", that names a place the
// line's does not hold ("À l'alinéa 3, supprimer …", "Supprimer l'alinéa
// 3.", "Au dernier alinéa, …"): the line's place holds until the next
// line, and the instruction names another — which the amendment means is
// not said (it was edited at its own place, unchecked). Refused, as the
// first instruction is (errAmLinePlace29).
var errAmLaterPlace30 = fmt.Errorf("%w: %w", errAmLinePlace29, errors.New("a later instruction under the line names another place"))

// reAmConsequence30 is a line opening with "En conséquence", folded: a
// consequential edit, at its own place.
var reAmConsequence30 = mustRe(`^(?:[ivxlc]+\s*\.\s*(?:-|–|—)?\s*)?en consequence\b`)

// amLaterEnds30 reports whether line l ends the instructions under the
// locator line (amLaterPlace30 compares none after it): an item's mark (a
// list the line opened: its items are underLine29's, a line after the
// list is not under the line), a part's number, "En conséquence".
func amLaterEnds30(l string) bool {
	return amItemMark24(l) != "" || partKind(l) != "" || reAmConsequence30.MatchString(asciiLower(foldAccents(strings.TrimSpace(l))))
}

// amLaterPlace30 is the refusal of head, an instruction on line l after
// the first under the Sénat's locator line whose locator is locator,
// when it names a place of its own the line's does not hold
// (amLinePlace29's comparison): nil when the two agree or compose ("À
// l'alinéa 2, …", "À la première phrase, …", "Compléter cet alinéa …"),
// or when l opens a list's item, a part or "En conséquence".
func amLaterPlace30(locator, l, head string) error {
	if amLaterEnds30(l) {
		return nil
	}
	if amLinePlace29(locator, head) != nil {
		return errAmLaterPlace30
	}
	return nil
}

// errAmPartSentence30: a part of the amendment ("II. – Supprimer la
// deuxième phrase.") naming a sentence without its alinéa, after a part
// under the Sénat's locator line of an alinéa ("I. – Alinéa 2" / …): the
// new part leaves the line's place, and the article has several alinéas
// — the sentence of the alinéa the part before named, or of the
// article's first, is not said (the first alinéa's was edited).
var errAmPartSentence30 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errors.New("a part names a sentence without its alinéa after a part under an alinéa's line"))

// amPartSentence30 is the refusal of head, the instruction opening a new
// part of the amendment, when the part before was under the locator line
// of the alinéa left ("" for none) and head names a sentence with no
// alinéa ("la deuxième phrase", "les deux dernières phrases").
func amPartSentence30(left, head string) error {
	if left == "" || !amSentenceOnly.MatchString(shapeOnly(head)) || strings.Contains(strings.ToLower(shapeOnly(head)), "alinéa") {
		return nil
	}
	return errAmPartSentence30
}
