package law

import "strings"

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
func ownBillPlace(low string) error {
	if !strings.Contains(low, "present") {
		return nil
	}
	for _, c := range reVersionClause.FindAllStringIndex(low, -1) {
		low = blankOut(low, c[0], c[1])
	}
	if reOwnBillPlace.MatchString(low) {
		return errOwnBillPlace26
	}
	return nil
}

// reSoftHyphenNumber is a soft hyphen (U+00AD) inside a number: "L.
// 123\u00ad4".
var reSoftHyphenNumber = mustRe(`\d\x{00ad}+\d`)

// softHyphenNumber refuses a number written with a soft hyphen between
// its digits (low folded, quotations out): "l'article L. 123\u00ad4"
// reads "L. 1234" on the page and "L. 123-4" where the line breaks, which
// one is not said (the locator stopped at it, and L. 123 was edited).
func softHyphenNumber(low string) error {
	if !strings.Contains(low, "\u00ad") {
		return nil
	}
	if reSoftHyphenNumber.MatchString(low) {
		return errSoftHyphenNumber26
	}
	return nil
}

// reArticleThenDivision is an article's number followed by a division
// of it before the text's name, folded: "l'article 5 - 1° du code",
// "l'article L. 5, 2°, du code", "l'article L. 5 2° du code", "l'article
// L. 5, I, du code", "l'article L. 5-I du code", "l'article 4, alinéa 3,
// de la loi", "l'article 4 al. 3 de la loi", "l'article 5-1° du code".
var reArticleThenDivision = mustRe(`\barticles?\s+(?:(?:l\.?\s*o|l|r|d)\.?\s*\*?\s*)?\d+(?:er)?(?:-\d+)*(?:°|(?:\s+` + latinOrd + `)?(?:\s+[a-z]{1,3})??(?:\s*,\s*|\s+|\s*[-\x{2010}-\x{2015}\x{2212}]\s*)(?:\d+\s*°|(?:` + ordWords + `)\s+alinea|alinea\s+\d+|al\.\s*\d+|§\s*\d+)|(?:\s+` + latinOrd + `)?(?:\s*,\s*[ivx]+\s*,|\s*[-\x{2010}-\x{2015}\x{2212}]\s*[ivx]+\b))\s*,?\s+(?:du|de|des|dudit|de\s+la|de\s+l'|de\s+ce|de\s+cette)\b`)

// articleThenDivision refuses an article named by its number followed by
// a division of it, before its text's name (low folded, quotations out):
// "L'article L. 5, 2°, du code civil est abrogé", "L'article 4, alinéa
// 3, de la loi n° … est abrogé", "l'article 5 - 1° du code civil" — the
// whole article was repealed (edited), the division dropped; whether
// "5-1°" is the 1° of article 5 or an article 5-1 is not said either. The
// words of a text's title are no place.
func articleThenDivision(low string) error {
	if !strings.Contains(low, "article") {
		return nil
	}
	for _, m := range reArticleThenDivision.FindAllStringIndex(low, -1) {
		if !inTextTitle(low, m[0]) {
			return errArticleThenDivision26
		}
	}
	return nil
}

// codes9Refusal gathers the refusals above for instructionBody: a number
// with a soft hyphen, an article's number then a division of it, a part
// of the bill as the place.
func codes9Refusal(low string) error {
	if why := softHyphenNumber(low); why != nil {
		return why
	}
	if why := articleThenDivision(low); why != nil {
		return why
	}
	return ownBillPlace(low)
}
