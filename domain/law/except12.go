package law

// reTrailingException is a deletion whose exception follows the verb:
// "L'article L. 1 est abrogé, à l'exception de son dernier alinéa.", "Le
// premier alinéa est supprimé, sauf sa première phrase ;" (also "hormis",
// "excepté"). It was refused (no known instruction form).
var reTrailingException = mustRe(`^((?:.*,\s+)?)((?:[Ll]e|[Ll]a|[Ll]['’])\s*[^,«»:;]*?)\s+est\s+(supprimée?|abrogée?)\s*,\s*(?:à\s+l['’]exception\s+de|sauf|hormis|excepté)\s+((?:sa|son|ses)\s+[^,«»:;]*?)\s*([.;]?)$`)

// trailingException writes a deletion whose exception follows the verb
// with the exception before it, "L'article L. 1, à l'exception de son
// dernier alinéa, est abrogé.", when exceptedPart reads that form (the
// kept part a first or last alinéa of an article, or sentence): the same
// instruction, the rest deleted as "Les premier à avant-dernier alinéas
// … sont supprimés" is. Otherwise ("sauf son II", the alinéas of a part,
// an article of a range, words) the text is left as written: refused.
func trailingException(body string) string {
	m := reTrailingException.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	moved := m[1] + m[2] + ", à l'exception de " + m[4] + ", est " + m[3] + m[5]
	if exceptedPart(moved) == moved {
		return body
	}
	return moved
}

// reDayHead is a head that is a day of the calendar alone (cased): "À
// compter du 1er janvier 2030 :", "À partir du 1er juillet 2031 :".
var reDayHead = mustRe(`^\s*(?i:[àa]\s+(?:compter|partir)\s+du\s+)` + calendarDayCased + `\s*:\s*$`)

// dayHead reads a head that is a day of the calendar alone: its items
// are deferred to that day, as those of "À compter du 1er janvier 2030,
// le code civil est ainsi modifié :" are (they were refused as held under
// a condition, reConditionHead). ok is false for any other head, or a
// day that is none ("31 février").
func dayHead(body string) (day string, ok bool) {
	if !reDayHead.MatchString(body) {
		return "", false
	}
	return oneCalendarDay(body)
}
