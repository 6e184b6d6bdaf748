package law

// reWordsExcepted is words named as an exception (the alinéa folded, its
// quotations blanked): "À l'article L. 1, à l'exception des mots : « A »,
// le mot : « B » est supprimé", "… sauf les mots « A »", "hormis le mot
// « A »", "exception faite des mots « A »". The exception was read as
// one more list of words edited: « A » deleted with « B ».
var reWordsExcepted = mustRe(`(?:\ba\s+l'exception\s+|\bexception\s+faite\s+|\b(?:sauf|hormis|excepte)\s+(?:en\s+ce\s+qui\s+concerne\s+|pour\s+)?)(?:(?:des|du|de\s+la|de\s+l'|les|le|la|l')\s*(?:mots?|mentions?|termes?|expressions?|references?)\s*:?\s*|d(?:es|u|e)\s+)?«`)

// reRewrittenException is a division rewritten whose exception follows
// the verb, before the colon: "Le premier alinéa est ainsi rédigé, à
// l'exception de sa dernière phrase : « … »", "L'article L. 1 est ainsi
// rédigé, sauf son dernier alinéa :" (groups: before, the subject, the
// verb, the place kept, the colon and the rest). The exception was
// dropped: the whole division was rewritten, the part kept lost.
var reRewrittenException = mustRe(`^((?:.*,\s+)?)((?:[Ll]e|[Ll]a|[Ll]['’])\s*[^,«»:;]*?)\s+(est\s+ainsi\s+rédigée?)\s*,\s*(?:à\s+l['’]exception\s+de|sauf|hormis|excepté)\s+((?:sa|son|ses)\s+[^,«»:;]*?)\s*(:.*)$`)

// reExceptionBeforeColon is any exception after a verb of rewriting or
// modification, before its colon, as folded: "… est ainsi rédigé, sauf
// son II :", "… est ainsi modifié, à l'exception du 2° :" (the
// quotations blanked).
var reExceptionBeforeColon = mustRe(`\b(?:ainsi\s+redige|ainsi\s+modifie|remplace)e?s?\b[^:«]*?(?:\ba\s+l'exception\s+d|\bexception\s+faite\s+d|\bsauf\s|\bexcepte\s|\bhormis\s)[^:«]*:`)

// exceptionRefused says why an alinéa naming words as an exception, or
// an exception after a verb of rewriting, is refused (low the alinéa
// folded, "" when it is neither). What exceptedPart reads is moved
// before the verb first (rewrittenException), so it is not refused here.
func exceptionRefused(low string) string {
	low = unquoted14(low)
	switch {
	case reWordsExcepted.MatchString(low):
		return "words named as an exception (à l'exception des mots : « … »), not read: they were edited with the others"
	case reExceptionBeforeColon.MatchString(low):
		return "an exception after a verb of rewriting, before its colon, not read: the whole division was rewritten"
	}
	return ""
}

// rewrittenException writes a division rewritten but for a part said
// after the verb with the part before it: "Le premier alinéa est ainsi
// rédigé, à l'exception de sa dernière phrase : « … »" is "Le premier
// alinéa, à l'exception de sa dernière phrase, est ainsi rédigé : « … »",
// when exceptedPart reads that form (the rest rewritten as "Les première
// à avant-dernière phrases … sont ainsi rédigées" is). Otherwise the text
// is left as written, and exceptionRefused refuses it.
func rewrittenException(body string) string {
	m := reRewrittenException.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	moved := m[1] + m[2] + ", à l'exception de " + m[4] + ", " + m[3] + " " + m[5]
	if exceptedPart(moved) == moved {
		return body
	}
	return moved
}
