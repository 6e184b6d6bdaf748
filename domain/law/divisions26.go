package law

import "strings"

// reDivisionPlaceBetweenCommas26 is a creation whose place, a division
// of a code, follows its verb between commas: "Il est rétabli, au
// chapitre III du titre Ier du code de commerce, une section 2 ainsi
// rédigée :", "Il est inséré, au chapitre II …, un article L. 11-1 …"
// (groups: the auxiliary, the verb, the place, the new division or
// articles and what follows). The place is one division's words, no
// comma in them: "Il est inséré, au chapitre II, après l'article L. 10,
// un article …" (two places) is not it.
var reDivisionPlaceBetweenCommas26 = mustRe(`^([Ii]l\s+est|[Ss]ont|[Ee]st)\s+((?:cr[ée]{2}|ins[ée]r[ée]|ajout[ée]|r[ée]tabli|introduit)e?s?)\s*,\s*((?:au|[àa]\s+la|dans\s+le|dans\s+la)\s+` + divKinds + `\s[^,;:«"“]*?)\s*,\s*((?:une?|des|deux|trois|quatre|cinq)\s+(?:nouv(?:eau|elle)s?\s+)?(?:` + divKinds + `s?|articles?)\s.*)$`)

// divisionPlaceBetweenCommas26 reads a creation whose place, a division
// of a code, stands between commas after its verb ("Il est rétabli, au
// chapitre III …, une section 2 ainsi rédigée :") as the same with its
// place first ("Au chapitre III …, il est rétabli une section 2 ainsi
// rédigée :", read already), as divisionPlaceFirst does with no commas:
// it was refused, no known form. Anything else is left as it is.
func divisionPlaceBetweenCommas26(body string) string {
	return divisionPlaceFirstBy(reDivisionPlaceBetweenCommas26, body)
}

// rePlacedGrouping26 is a place, a division of a code, before a clause
// (groups: the division's words after the preposition, the clause):
// "Au chapitre Ier du titre Ier du code de commerce, les articles L. 3
// à L. 5 forment une section 4 …".
var rePlacedGrouping26 = mustRe(`^(?:Au|[AÀ]\s+la|Dans\s+le|Dans\s+la)\s+(` + divKinds + `\s+[^,;:«"“]+?)\s*,\s+(.+)$`)

// reGroupedDivision26 is the division a grouping clause names, its kind
// and number ("une section 4", "la section 2", "d'une section 4 bis"),
// and what follows it (group 1 the division's words, group 2 the rest).
var reGroupedDivision26 = mustRe(`\b(?:[Uu]ne?|[Ll]a|[Ll]e|d'une?)\s+((?:nouv(?:eau|elle)\s+)?` + divKinds + `\s+(?:[IVXLC]+(?:er)?|\d+|premier|unique|pr[ée]liminaire)(?:\s+` + latinOrd + `|\s+[A-H]\b)?)(.*)$`)

// reParentNext26 is a division's own parent after its words: " du
// chapitre II", " de la section 1".
var reParentNext26 = mustRe(`^\s+(?:du|de\s+la|de\s+l')\s*` + divKinds + `\b`)

// placedGrouping26 reads articles in force said to form (constitute,
// be gathered into) a division, or a division said to comprise them,
// after a place in a division of a code ("Au chapitre Ier du titre Ier
// du code de commerce, les articles L. 3 à L. 5 forment une section 4
// intitulée : « X »", "Dans le chapitre Ier …, l'article L. 5 constitue
// une section 4", "Au chapitre Ier …, les articles L. 3 à L. 5 sont
// regroupés au sein d'une section 4", "Au chapitre Ier …, la section 2
// comprend les articles L. 3 à L. 5") as the same with the place said
// after the division ("Les articles L. 3 à L. 5 forment une section 4 du
// chapitre Ier … intitulée : « X »", read already: the articles moved
// into it, or refused with its reason): the place before the clause hid
// its form, and the alinéa, with no verb of modification, was taken for
// the bill's own text and dropped with no instruction. A division named
// with a parent of its own after it, or any other clause, is left as it
// is.
func placedGrouping26(body string) string {
	b := strings.TrimSpace(body)
	m := rePlacedGrouping26.FindStringSubmatch(b)
	if m == nil {
		return body
	}
	clause := upperFirst(m[2])
	if !reFormDivision.MatchString(clause) && !reRegrouped.MatchString(clause) && !reDivisionComprises.MatchString(asciiLower(foldAccents(clause))) {
		return body
	}
	d := reGroupedDivision26.FindStringSubmatchIndex(clause)
	if d == nil || reParentNext26.MatchString(clause[d[3]:]) {
		return body
	}
	return clause[:d[3]] + " " + genitiveOfKind(lowerFirst(m[1])) + clause[d[3]:]
}

// reNewDivisionOfParent26 is a new division named with its parent, a
// division, between the verb and its text: "Il est ajouté une section 3
// du chapitre III du titre Ier … ainsi rédigée :" (groups: the verb, the
// new division, the parent's preposition, the parent's words, the
// announce of the text and what follows).
var reNewDivisionOfParent26 = mustRe(`^[Ii]l\s+est\s+((?:cr[ée]{2}|ins[ée]r[ée]|ajout[ée]|r[ée]tabli|introduit)e?)\s+(une?\s+(?:nouv(?:eau|elle)\s+)?` + divKinds + `\s+(?:[IVXLC]+(?:er)?|\d+)(?:\s+` + latinOrd + `|\s+[A-H])?)\s+(du|de\s+la)\s+(` + divKinds + `\s+[^,;:«"“]+?)\s+((?:ainsi\s+r[ée]dig[ée]e?s?|dans\s+la\s+r[ée]daction\s+suivante)\s*:.*)$`)

// newDivisionOfParent26 reads a new division named with its parent
// after the verb ("Il est ajouté une section 3 du chapitre III … ainsi
// rédigée :", "Il est rétabli une section 2 du chapitre III … ainsi
// rédigée :") as the same with its parent as the place first ("Au
// chapitre III …, il est ajouté une section 3 ainsi rédigée :", read
// already): its articles were filed in no division, and a new division
// holding articles in force (a section 3 in force) was not refused —
// two sections 3, silently. Only a text following at once ("ainsi
// rédigée", "dans la rédaction suivante"); a heading or articles
// comprised after it are left as they were.
func newDivisionOfParent26(body string) string {
	m := reNewDivisionOfParent26.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return body
	}
	prep := "Au "
	if m[3] != "du" {
		prep = "À la "
	}
	return prep + m[4] + ", il est " + m[1] + " " + m[2] + " " + m[5]
}

// divisions26 is this file's readings of an alinéa's body, before the
// others: a place between commas after the verb, a new division named
// with its parent, a place before a grouping.
func divisions26(body string) string {
	return placedGrouping26(newDivisionOfParent26(divisionPlaceBetweenCommas26(body)))
}
