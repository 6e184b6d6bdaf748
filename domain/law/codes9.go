package law

// reOwnBillPlace is a part of the bill itself named as a place, folded:
// "du présent article", "au I du présent article", "le 2° du présent
// II", "au présent A", "du présent paragraphe", "de la présente section".
var reOwnBillPlace = mustRe(`\bpresent\s+(?:article|paragraphe|alinea|[ivx]+|[a-h])\b|\bpresente\s+(?:section|sous-section)\b`)

// ownBillPlace refuses an instruction that edits the law in force and
// names a part of the bill as its place, outside its quotations and its
// version clauses (low folded): under "L'article L. 1 du code civil est
// ainsi modifié :", "1° Le second alinéa du présent article est
// supprimé" and "2° Le I du présent article est abrogé" name the bill's
// article, not L. 1 (the code's second alinéa was deleted, and the whole
// of L. 1 repealed). A bill edits its own text only in the shuttle, which
// the law in force does not hold. "… tel qu'il résulte du I du présent
// article" (a version clause, this law's result) is read.
func ownBillPlace(low string) string {
	for _, c := range reVersionClause.FindAllStringIndex(low, -1) {
		low = blankOut(low, c[0], c[1])
	}
	if reOwnBillPlace.MatchString(low) {
		return "a part of the bill itself named as the place (du présent article, du présent I): not the law in force"
	}
	return ""
}

// reSoftHyphenNumber is a soft hyphen (U+00AD) inside a number: "L.
// 123\u00ad4".
var reSoftHyphenNumber = mustRe(`\d\x{00ad}+\d`)

// softHyphenNumber refuses a number written with a soft hyphen between
// its digits (low folded, quotations out): "l'article L. 123\u00ad4"
// reads "L. 1234" on the page and "L. 123-4" where the line breaks, which
// one is not said (the locator stopped at it, and L. 123 was edited).
func softHyphenNumber(low string) string {
	if reSoftHyphenNumber.MatchString(low) {
		return "a number with a soft hyphen (U+00AD) between its digits: L. 1234 or L. 123-4, not said"
	}
	return ""
}

// codes9Refusal gathers the refusals above for instructionBody: a number
// with a soft hyphen, a part of the bill as the place.
func codes9Refusal(low string) string {
	if why := softHyphenNumber(low); why != "" {
		return why
	}
	return ownBillPlace(low)
}
