package law

import (
	"errors"
	"fmt"
	"strings"
)

// typography27: typographic variants of one instruction. A dash typed
// between two article numbers that both carry their letters ("Les
// articles L. 1 – L. 3 sont abrogés", "L. 1-L. 3", "L. 1 - L. 3"), or
// between two alinéa numbers of an amendment ("Alinéas 2 – 4", "Aux
// alinéas 2-4, substituer …"), says a range or a list, and which is not
// read: the list stopped at the dash, and only the first was abrogated,
// or the first alinéa edited alone — refused (errDashJoined27). A dash
// inside one number ("L. 1‑1", "L. 1 – 1") stays that number's
// (spacedArticleHyphens); an item after the dash ("Alinéa 2 – 1°") is
// no alinéa number.

// errDashJoined27 refuses two articles or two alinéas joined by a dash.
var errDashJoined27 = errors.New("two articles, alinéas or labels joined by a dash (a range or a list?), not read")

// errAmDashJoined27 is errDashJoined27 in an amendment: an instruction
// of its dispositif not read (errAmInstructionUnread24).
var errAmDashJoined27 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errDashJoined27)

// dashes27 are the dashes a text may type between two numbers: the
// hyphen, U+2010 to U+2015 and the minus sign (numberDashes).
const dashes27 = numberDashes

// reArticlesDash27 is an article's number with its letters, a dash, then
// another with its letters: "L. 1 – L. 3", "L. 1-1-L. 2", "R. 2 bis —
// R. 4" (case kept).
var reArticlesDash27 = mustRe(`(?:^|[\s(])(?:L\.?\s*O|L|R|D)\.?\*?\.?\s*\d+(?:-\d+)*(?:\s+` + latinOrd + `)?\s*` + dashes27 + `\s*(?:L\.?\s*O|L|R|D)\.?\*?\.?\s*\d`)

// reAlineasDash27 is "alinéa(s)" or "phrase(s)" then two numbers joined
// by a dash, the second no item ("2 – 1°"): "Alinéas 2 – 4", "aux
// alinéas 2-4", "les phrases 1 – 2"; or two labels of items or
// paragraphs after a determiner: "Les I – III", "les 1° – 3°", "Au a –
// c" (case kept for the labels).
var reAlineasDash27 = mustRe(`(?i:\balin(?:é|e|É)as?|\bphrases?)\s+\d+\s*` + dashes27 + `\s*\d+(?:[^°\d]|$)|` + labelsDash27)

// labelsDash27 is two labels joined by a dash after a determiner (an
// item "1°", a paragraph "III", a letter "c" or "c)", a Latin adverb
// after it): "Les I – III", "les 1°-3°", "Au a – c".
const labelsDash27 = `(?:^|\s)(?i:les|le|au|aux|du|des)\s+` + label27 + `\s*` + dashes27 + `\s*` + label27 + `(?:[\s,.;:]|$)`

// label27 is one label of labelsDash27.
const label27 = `(?:[IVX]+|\d+\s*°|[a-z]\)?)(?:\s+` + latinOrd + `)?`

// dashJoined27 refuses s when, outside its quotations, re finds a dash
// joining two numbers.
func dashJoined27(s string, re interface{ MatchString(string) bool }) error {
	if !strings.ContainsAny(s, "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212") {
		return nil
	}
	if matchOutsideQuotes(s, re) {
		return errDashJoined27
	}
	return nil
}

// articlesDashJoined27 refuses a bill's instruction naming two articles
// joined by a dash.
func articlesDashJoined27(body string) error {
	if err := dashJoined27(body, reArticlesDash27); err != nil {
		return err
	}
	return dashJoined27(body, reLabelsDash27)
}

// reLabelsDash27 is labelsDash27 alone (a bill's alinéas and phrases
// joined by a dash are refused already).
var reLabelsDash27 = mustRe(labelsDash27)

// amAlineasDashJoined27 refuses an amendment's instruction whose head or
// locator names two alinéas joined by a dash.
func amAlineasDashJoined27(in amInstr) error {
	if dashJoined27(in.head, reAlineasDash27) != nil || dashJoined27(in.under, reAlineasDash27) != nil || ordinalsDashJoined28(in.head) != nil || ordinalsDashJoined28(in.under) != nil {
		return errAmDashJoined27
	}
	return nil
}
