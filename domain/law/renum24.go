package law

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
