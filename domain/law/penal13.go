package law

import "strings"

// reOfTwoTexts is a place named as of two texts, folded: a code, law,
// ordonnance or décret, then "et" ("ainsi que", a comma) and another
// one in the genitive — "de l'article 28 de la loi n° 2000-1 du 3
// janvier 2000 et de l'ordonnance n° 58-1 du …", "du code civil et de
// la loi n° …", "de la loi n° … et du décret n° …" (group 1: the second
// text). The words between hold no quotation, comma or colon.
var reOfTwoTexts = mustRe(`\b(?:code|loi|ordonnance|decret)\b[^,;:«»"]*?(?:,|\s(?:et|ainsi\s+que)\b)\s*((?:de\s+la|de\s+l'|du)\s*(?:loi|ordonnance|decret|code)\b)`)

// reTextNoun is a text's noun, folded: code, loi, ordonnance, décret.
var reTextNoun = mustRe(`\b(?:code|loi|ordonnance|decret)\b`)

// ofTwoTexts says whether low (a locator, folded) names its place as of
// two texts, "À l'article 28 de la loi n° … et de l'ordonnance n° …":
// the article of each, or of one — the law does not name a place so;
// it is refused (the first text's article 28 alone was edited, the
// second dropped; after a code, "de l'article 28 du code civil et de la
// loi n° …", the law's article was edited and the code's dropped). A
// second text in the title of the first after another text the title
// names, "de la loi n° … du … portant ratification de l'ordonnance n° 1
// et de l'ordonnance n° 2", is the title's ([inTextTitle]); after a
// title naming none, "… relative à la liberté de communication et de
// l'ordonnance n° …", which is meant is not said: refused.
func ofTwoTexts(low string) bool {
	for _, m := range reOfTwoTexts.FindAllStringSubmatchIndex(low, -1) {
		if !inTitleAfterText(low, m[2]) {
			return true
		}
	}
	return false
}

// inTitleAfterText says whether byte i of low is in the title of a text
// named by its number and date before it ([inTextTitle]), a title that
// names a text before i.
func inTitleAfterText(low string, i int) bool {
	if !inTextTitle(low, i) {
		return false
	}
	for _, d := range reNumberedTextDate.FindAllStringIndex(low, -1) {
		if d[1] <= i && reTextNoun.MatchString(low[d[1]:i]) {
			return true
		}
	}
	return false
}

// reTwoTextsSubject is a subject of two texts, folded, the whole head of
// a context: "la loi n° … et l'ordonnance n° …", "le code civil et la loi
// n° …" (group 1: the second text).
var reTwoTextsSubject = mustRe(`^(?:le|la|l')\s*(?:code|loi|ordonnance|decret)\b[^,;:«»"]*?(?:,|\s(?:et|ainsi\s+que)\b)\s*((?:le|la|l')\s*(?:code|loi|ordonnance|decret)\b)`)

// twoTextsSubject says whether a context's subject (folded, its verb cut)
// is two texts, "La loi n° … et l'ordonnance n° … sont ainsi modifiées :"
// — which one each item under it edits is not said: refused (the first
// text's, its items applied there, the second dropped). A second text in
// the title of the first after another the title names is the title's
// (inTitleAfterText).
func twoTextsSubject(low string) bool {
	low = strings.TrimSpace(low)
	m := reTwoTextsSubject.FindStringSubmatchIndex(low)
	return m != nil && !inTitleAfterText(low, m[2])
}
