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
var errDashJoined27 = errors.New("two articles or two alinéas joined by a dash (a range or a list?), not read")

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

// reAlineasDash27 is "alinéa(s)" then two numbers joined by a dash, the
// second no item ("2 – 1°"): "Alinéas 2 – 4", "aux alinéas 2-4".
var reAlineasDash27 = mustRe(`(?i)\balin(?:é|e|É)as?\s+\d+\s*` + dashes27 + `\s*\d+(?:[^°\d]|$)`)

// dashJoined27 refuses s when, outside its quotations, re finds a dash
// joining two numbers.
func dashJoined27(s string, re interface{ MatchString(string) bool }) error {
	if !strings.ContainsAny(s, "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212") {
		return nil
	}
	found := false
	outsideQuotes(s, func(seg string) string {
		found = found || re.MatchString(seg)
		return seg
	})
	if found {
		return errDashJoined27
	}
	return nil
}

// articlesDashJoined27 refuses a bill's instruction naming two articles
// joined by a dash.
func articlesDashJoined27(body string) error {
	return dashJoined27(body, reArticlesDash27)
}

// amAlineasDashJoined27 refuses an amendment's instruction whose head or
// locator names two alinéas joined by a dash.
func amAlineasDashJoined27(in amInstr) error {
	if dashJoined27(in.head, reAlineasDash27) != nil || dashJoined27(in.under, reAlineasDash27) != nil {
		return errAmDashJoined27
	}
	return nil
}
