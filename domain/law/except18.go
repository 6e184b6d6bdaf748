package law

// reExceptionFaite is "exception faite de" (du, des), and
// "exclusion faite de" once exceptionWords17 has written it so: the same
// exception as "à l'exception de" (groups: what stands before, the
// preposition). reExceptionToutefois is "à l'exception toutefois de",
// the adverb no part of the place (groups: the words before the adverb,
// the preposition).
var (
	reExceptionFaite     = mustRe(`((?:^|[\s,(]))[Ee]xception\s+faite\s+(de|du|des)\b`)
	reExceptionToutefois = mustRe(`([ÀàAa]\s+l['’]exception)\s+toutefois\s+(de|du|des)\b`)
)

// exceptionWords18 writes two more forms of an exception in the one form
// the exception rules read (unquoted words only: quoted text is text):
// "exception faite de l'article L. 2" (and "exclusion faite de") is "à
// l'exception de l'article L. 2", "à l'exception toutefois de son II" is
// "à l'exception de son II". Both were refused whatever they took out
// ("a place named as an exception"), even where "à l'exception de" is
// read; what that form does not read stays refused.
func exceptionWords18(body string) string {
	return outsideQuotes(body, func(seg string) string {
		seg = reExceptionFaite.ReplaceAllString(seg, "${1}à l'exception $2")
		return reExceptionToutefois.ReplaceAllString(seg, "$1 $2")
	})
}

// reWordsExceptListBefore is a word operation over several articles but
// for three of them or more, the list written with commas: "Aux articles
// L. 1 à L. 9, à l'exception des articles L. 2, L. 4 et L. 6, les mots :
// « a » sont remplacés …", "…, sauf aux articles L. 2, L. 4 et L. 6, …"
// (groups: the place, the articles left out, the operation).
// reWordsExceptListAfter is the same after the operation (groups: the
// place, the operation, the articles left out, the end). The forms of
// reWordsExceptBefore stop at the first comma: the list was not read.
const exceptArticleList = `(?:à\s+l['’]exception\s+des|(?:sauf|hormis|excepté)\s+aux)\s+(articles\s+[^«»:;,]+?(?:\s*,\s*[^«»:;,]+?)+\s+et\s+[^«»:;,]+?)`

var (
	reWordsExceptListBefore = mustRe(`^((?:[ÀA]u?x?|[ÀA]\s+l['’]|[ÀA]\s+la|Dans)\s[^«»:;,]*?)\s*,\s*` + exceptArticleList + `\s*,\s*((?:le|les|la|l['’])\s*[^«»:;,]*?\s*:\s*«.*)$`)
	reWordsExceptListAfter  = mustRe(`^((?:[ÀA]u?x?|[ÀA]\s+l['’]|[ÀA]\s+la|Dans)\s[^«»:;,]*?)\s*,\s*((?:le|les|la|l['’])\s*[^«»:;,]*?\s*:\s*«.*(?:»|supprimée?s?))\s*,\s*` + exceptArticleList + `(\s*[.;]?\s*)$`)
)

// wordsExceptList reads a list of articles left out of a word operation
// (reWordsExceptListBefore) as wordsException reads one part: rest is
// the operation in the whole place, part "aux articles L. 2, L. 4 et
// L. 6", read by exceptArticleOfWords (each article in the range, or
// the whole instruction refused); ok false for any other body.
func wordsExceptList(body string) (rest, part string, after, ok bool) {
	if m := reWordsExceptListBefore.FindStringSubmatch(body); m != nil {
		return m[1] + ", " + m[3], "aux " + m[2], false, true
	}
	if m := reWordsExceptListAfter.FindStringSubmatch(body); m != nil {
		return m[1] + ", " + m[2] + m[4], "aux " + m[3], true, true
	}
	return body, "", false, false
}

// reParagraphSubject is a subject that is a paragraph numbered in roman
// figures: "Le II", "Le III bis de l'article L. 1".
var reParagraphSubject = mustRe(`^[Ll]e\s+[IVXL]+(?:\s+` + latinOrd + `)?(?:\s|$)`)

// firstAlineasOfParagraph says whether a division deleted or rewritten
// but for some of its alinéas may be read as the range of the rest
// (exceptedPart) when it is not an article: a paragraph keeping its first
// alinéas ("Le II, à l'exception de son premier alinéa, est abrogé" is
// "Les deuxième à dernier alinéas du II sont supprimés") keeps the one
// that bears its label, so what stays is certain. Its last alinéas kept
// ("…, à l'exception de son dernier alinéa, …") would lose the label or
// take it, which is not said: refused, as any other division's alinéas.
func firstAlineasOfParagraph(subject string, last bool) bool {
	return !last && reParagraphSubject.MatchString(subject)
}
