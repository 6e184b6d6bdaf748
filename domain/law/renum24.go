package law

import (
	"slices"
	"strings"
)

// reParenDiv24 is an item numbered with a parenthesis named as a
// division (folded): "le 2)", "au 2 bis)", "du 2°)" ("1o)" as the text
// is normalised). reDivWord reads "le b)" but not these.
var reParenDiv24 = mustRe(`\b(?:du|au|aux|des|le|les)\s+\d+\s*°?(?:\s*` + latinOrd + `)?\s*\)(?:\s|,|$)`)

// divAfter24 reports whether s (after an article and a comma) names a
// division: reDivWord's, or an item numbered with a parenthesis — "À
// l'article L. 1, le 2) est supprimé" is the 2) of the article, never
// the whole article (it was repealed whole: the "le 2)" after the comma
// was dropped).
func divAfter24(s string) bool {
	return reDivWord.MatchString(s) || reParenDiv24.MatchString(s)
}

// reParenSubject24 is a subject after a locator that is an item numbered
// with a parenthesis (folded): "…, le 2) est supprimé", "…, le 2 bis)".
var reParenSubject24 = mustRe(`^(?:le|les)\s+\d+(?:\s+` + latinOrd + `)?\)(?:\s|$)`)

// subjectDivision24 reports whether s, after a locator and a comma, is a
// subject that is a division of the locator's place (subjectCut): as
// reSubjectDivision, and an item numbered with a parenthesis — "À
// l'article L. 1, le 2) est supprimé" as "Le 2) de l'article L. 1 …".
func subjectDivision24(s string) bool {
	return reSubjectDivision.MatchString(s) || reParenSubject24.MatchString(s)
}

// reRelabelClause24 is a clause that relabels items named by their
// labels alone (folded): "les 2° et 3° deviennent respectivement les 3°
// et 4°", "le 3° devient le 4°" — no article, no code, no quoted text.
var reRelabelClause24 = mustRe(`^(?:les?|la)\s+[^«»"“”,;:]*?\bdevien(?:t|nent)\s+[^«»"“”;:]*$`)

// siblingsPlace24 is the place a clause relabelling items (tl, folded)
// is read in after a first clause that edits several items of one list
// — "Aux 2° et 3°, les mots : « a » sont remplacés par les mots : « b »
// et les 2° et 3° deviennent respectivement les 3° et 4°": the first
// edit's scope, whose list holds them (it was refused: "a second clause
// naming no article after a first naming several places"). ok is false
// when the first clause's edits are not each one whole item of one list
// (a sentence, a range, two lists, two articles), or the second is not a
// relabelling.
func siblingsPlace24(first []Edit, tl string) (Scope, bool) {
	if len(first) < 2 || !reRelabelClause24.MatchString(strings.TrimSpace(tl)) {
		return Scope{}, false
	}
	sc := first[0].Scope
	n := len(sc.Path)
	for _, e := range first {
		s := e.Scope
		if sc.Ref.Article == "" || s.Ref != sc.Ref || len(s.Path) != n || n == 0 || s.Path[n-1].Item == "" || s.Path[n-1].Alinea != 0 ||
			!slices.Equal(s.Path[:n-1], sc.Path[:n-1]) || s.Sentence != 0 || s.RangeTo != "" || len(s.Division) > 0 || s.Everywhere {
			return Scope{}, false
		}
	}
	return sc, true
}

// reThemRelabelled24 is words edited in several items of one list, then
// those items relabelled by a pronoun, "…, aux 2° et 3°, les mots : « a »
// sont remplacés par les mots : « b » et ils deviennent respectivement
// les 3° et 4°" (groups: the head up to the items, the items, the rest of
// the head, the new labels).
var reThemRelabelled24 = mustRe(`^(.*?(?:^|,\s*)[Aa]ux\s+)((?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?(?:\s*(?:,|\bet\b)\s*(?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?)+)(\s*,\s*[^,«»]*«.*(?:»|\bsupprimée?s?))\s*(?:,?\s+et|;)\s+(?:ils|elles)\s+deviennent\s+([^«»"“”,;:]+?)\s*[.;]?\s*$`)

// themRelabelled24 writes the pronoun of reThemRelabelled24 as the items
// it stands for, "… et les 2° et 3° deviennent respectivement les 3° et
// 4°" (it was refused: "renumbering after another verb"): the items the
// words were edited in, named last before them with no place of their
// own. Otherwise body is as written.
func themRelabelled24(body string) string {
	m := reThemRelabelled24.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil || strings.Count(m[3], "«") != strings.Count(m[3], "»") || strings.Contains(asciiLower(foldAccents(m[3])), "devien") {
		return body
	}
	return m[1] + m[2] + m[3] + " et les " + m[2] + " deviennent " + m[4] + "."
}
