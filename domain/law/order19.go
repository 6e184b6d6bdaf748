package law

import (
	"fmt"
	"strings"
)

// errRangePlaceNotSaid refuses an edit over a range of articles ("Les
// articles L. 4 à L. 4-1 sont abrogés") where the code holds an article
// whose place beside an end of the range is no convention held ("L. 4
// bis" beside "L. 4-1", "L. 4 A" beside "L. 4-1": rangePlace): whether
// it is in the range is not said. It was refused with a reason only
// (a string callers could not test).
type errRangePlaceNotSaid struct {
	article, from, to string
}

func (e errRangePlaceNotSaid) Error() string {
	return fmt.Sprintf("article %s: its place beside an end of the range is not said", e.article)
}

// errInsertedOutOfOrder refuses new articles placed after (before) an
// article and numbered, with its letters, on the other side of it
// ("Après l'article L. 5, il est inséré un article L. 4-1"): the place
// or the number is wrong, which is not said (insertedOutOfOrder). Kept
// on the instruction refused at parse time (Instruction.refusal) beside
// its Reason, the same text.
type errInsertedOutOfOrder struct {
	created, anchor string
	before          bool
}

func (e errInsertedOutOfOrder) Error() string {
	if e.before {
		return fmt.Sprintf("new article %s numbered after article %s, which it is inserted before", e.created, e.anchor)
	}
	return fmt.Sprintf("new article %s numbered before article %s, which it is inserted after", e.created, e.anchor)
}

// reRenumberedSentenceThenBeside is a division renumbered in one
// sentence, then new text placed beside a division in the next, one
// alinéa: "Le chapitre III du titre Ier devient le chapitre IV. Après
// le chapitre II, il est inséré un chapitre III ainsi rédigé : …".
var reRenumberedSentenceThenBeside = mustRe(`^((?:Le|La)\s+(?:livre|titre|chapitre|section|sous-section)\s[^.;:«»]*?\s(?:devient|est\s+renuméroté(?:e)?)\s[^.;:«»]+?)\.\s+((?:Après|Avant)\s+(?:le|la)\s+(?:livre|titre|chapitre|section|sous-section)\s.*)$`)

// renumberedSentenceThenBeside reads a division renumbered in one
// sentence and new text placed beside a division in the next (one
// alinéa) as the two joined in one ("… devient le chapitre IV et, après
// le chapitre II, il est inséré …", renumberedThenBeside): it was
// refused ("a second clause naming no article"). Any other body
// unchanged.
func renumberedSentenceThenBeside(body string) string {
	m := reRenumberedSentenceThenBeside.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	return m[1] + " et, " + lowerFirst(m[2])
}

// reBetweenAfterPlace is a place written before "entre": "Au chapitre
// II (Dans le code civil, À la section 2), entre les articles L. 4 et
// L. 5, il est inséré …" — the place (its article, then the rest), then
// the two neighbours.
var reBetweenAfterPlace = mustRe(`^(?:([ÀA]u|Dans\s+le)\s+|([ÀA]\s+la|Dans\s+la)\s+|([ÀA]\s+l['’]|Dans\s+l['’])\s*)([^,«»]+?),\s*[Ee]ntre\s+(.*?)((?:il\s+est|sont|est)\s+(?:insér|ajout|rétabli|créé).*)$`)

// betweenAfterPlace is betweenTwo for a place written before "entre"
// ("Au chapitre II, entre les articles L. 4 et L. 5, il est inséré un
// article L. 4-1 …", "Dans le code civil, …", "Au titre Ier, entre le
// chapitre II et le chapitre III, …"): read as the place after the two
// ("Entre les articles L. 4 et L. 5 du chapitre II, …"). It was read
// after L. 4 with no check of L. 5 (order18 read only "Entre" at the
// start).
func betweenAfterPlace(body string) (rest string, b betweenOther, ok bool) {
	m := reBetweenAfterPlace.FindStringSubmatch(body)
	if m == nil {
		return body, b, false
	}
	of := "du "
	switch {
	case m[2] != "":
		of = "de la "
	case m[3] != "":
		of = "de l'"
	}
	two := strings.TrimRight(m[5], " ,")
	return betweenTwo("Entre " + two + " " + of + m[4] + ", " + m[6])
}

// errPlaceInDivisionNotSaid refuses new articles put at an end of a
// division ("Le chapitre II est complété par un article L. 4 bis", "Au
// début du chapitre III, il est inséré un article L. 4-1") that holds an
// article whose order beside the new one is no convention held ("L. 4
// bis" beside "L. 4-1", "L. 4 A" beside "L. 4-1": latinBesideDashCertain):
// whether the number fits the end is not said. It was read, filed at the
// end by its place, as if the order held (placedInDivision did not judge
// it).
type errPlaceInDivisionNotSaid struct {
	created, division, other, side string
}

func (e errPlaceInDivisionNotSaid) Error() string {
	return fmt.Sprintf("new article %s placed at the %s of %s, which holds article %s, their order being no convention held: whether the number fits the place is not said", e.created, e.side, e.division, e.other)
}
