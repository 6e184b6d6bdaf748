package law

import "strings"

// errAppendIntoNewParagraph refuses an alinéa appended to the article
// after an earlier amendment completed it by a paragraph ("II. – La perte
// de recettes …", the gage) when the alinéa before that paragraph is a
// quoted one: the new alinéa belongs before the paragraph (it was tabled
// at the end of the text the paragraph now follows), but whether it goes
// on with the quotation there is not said.
var errAppendIntoNewParagraph = applyErr("an alinéa appended after a paragraph an earlier amendment added, the alinéa before it quoted: whether it goes on with the quotation is not said")

// beforeNewParagraph places an alinéa that an amendment inserts after a
// tabled alinéa ("Après l'alinéa 5, insérer l'alinéa suivant : …") or
// appends to the article ("Compléter cet article par un alinéa …") before
// a paragraph that an amendment adopted before it inserted at that place
// ("II. – La perte de recettes … est compensée …", "I bis. – …"): the
// amendment was tabled on a text where its alinéa follows the tabled
// one, in that alinéa's paragraph; set after the new paragraph, it became
// part of it — an alinéa of the gage (it went there, as an alinéa
// inserted at one place goes after those adopted there before it, which
// stays the rule for alinéas that open no paragraph). A new paragraph
// itself ("« III. – … »") keeps that rule. tags are the tabled number of
// each alinéa of al (0 for one inserted since), e the edit after
// renumberAsTabled.
func beforeNewParagraph(e Edit, tags []int, al []string) (Edit, error) {
	if len(tags) != len(al) || len(e.Lines) == 0 || e.Before {
		return e, nil
	}
	if _, k := labelOf(e.Lines[0]); k == 'r' || placeholder.MatchString(strings.TrimLeft(e.Lines[0], "«\"“ ")) {
		// A new paragraph, or one left to number ("… – La perte de
		// recettes …", a second gage): numbered after it.
		return e, nil
	}
	var i int
	switch {
	case e.Kind == EditInsertAlineas && len(e.Scope.Path) == 1 && e.Scope.Path[0].Numbered && e.Scope.Sentence == 0:
		i = e.Scope.Path[0].Alinea - 1
	case e.Kind == EditAppendAlineas && len(e.Scope.Path) == 0:
		i = len(al) - 1
	default:
		return e, nil
	}
	if i < 0 || i >= len(al) || tags[i] != 0 {
		return e, nil
	}
	first := i
	for first > 0 && tags[first-1] == 0 {
		first--
	}
	if first == 0 {
		return e, nil
	}
	at := -1
	for k := first; k <= i; k++ {
		if _, kind := labelOf(al[k]); kind == 'r' && !isQuoted(al[k]) {
			at = k
			break
		}
	}
	if at < 0 {
		return e, nil
	}
	if e.Kind == EditAppendAlineas {
		if isQuoted(al[at-1]) {
			return e, errAppendIntoNewParagraph
		}
		e.Kind = EditInsertAlineas
	}
	d := Division{Alinea: at, Numbered: true}
	if len(e.Scope.Path) == 1 {
		d = e.Scope.Path[0]
		d.Alinea = at
	}
	e.Scope.Path = []Division{d}
	return e, nil
}
