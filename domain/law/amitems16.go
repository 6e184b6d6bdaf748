package law

import "fmt"

// amLetterParenAnnounced is a lettered item announced with its
// parenthesis, cased: "insérer un a bis) ainsi rédigé", "par un c)
// suivant", "des a) et b) ainsi rédigés" (group 1 the determiner and
// what precedes the first label, 2 the labels, 3 the announcement). It
// was refused ("un a bis)" was no count amCount reads); the label
// without its parenthesis, "un a bis ainsi rédigé", is read, the new
// text's label checked against it (amAnnouncedLabel).
var amLetterParenAnnounced = mustRe(`(\b(?:un|une|des|deux|trois)\s+)((?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?\)(?:\s*(?:,|\bet\b)\s*(?:un\s+)?(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?\))*)(\s+(?:ainsi\s+r[ée]dig|suivant|r[ée]dig[ée]s?\s+comme\s+suit))`)

// amLetterParenDrop is the parenthesis after a lettered label.
var amLetterParenDrop = mustRe(`((?:^|[\s,])(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)\)`)

// letterParenAnnounced reads a lettered item announced with its
// parenthesis ("insérer un a bis) ainsi rédigé") as announced without it
// ("un a bis ainsi rédigé"), as the letters' locators are read with or
// without it ("le a)", "le a").
func letterParenAnnounced(head string) string {
	return amLetterParenAnnounced.ReplaceAllStringFunc(head, func(m string) string {
		s := amLetterParenAnnounced.FindStringSubmatch(m)
		return s[1] + amLetterParenDrop.ReplaceAllString(s[2], "$1") + s[3]
	})
}

// itemIsTheAlinea settles an item the article holds more than once,
// named beside one alinéa — the Sénat's "Alinéa 3, a)" or "Alinéa 3, 1)"
// line, read "Au a de l'alinéa 3": the alinéa [lo, hi) is the place the
// amendment edits; when its line bears the item's label it is that item
// (the item is the alinéa's; it was refused, "found twice"; "Alinéa 3,
// 1)" was refused, "words not found"). ok is false when within is not one
// item beside one alinéa (the caller's error stands); err is a typed
// refusal when it is and the alinéa's line is not that item: which of
// the items is meant is not said.
func itemIsTheAlinea(al []string, path, within []Division, lo, hi int) (ok bool, err error) {
	if len(within) != 1 || within[0].Item == "" || within[0].Count > 1 || len(path) != 1 || path[0].Alinea == 0 || path[0].Count > 1 || hi-lo != 1 || lo < 0 || lo >= len(al) {
		return false, nil
	}
	if l, _ := label(al[lo]); l == within[0].Item {
		return true, nil
	}
	return true, applyKind26(errApplyItemList26, fmt.Sprintf("item %q found more than once, and the alinéa named beside it is none of them", within[0].Item))
}

// amAlineaParenItem is an item numbered with a parenthesis after an
// alinéa in a locator, folded: "à l'alinéa 3, 1), remplacer …" (the
// Sénat's line "Alinéa 3, 1)" alone is read: amLocItemLine). It was
// refused, "words not found" (the item not read): refused by name, as "À l'alinéa 5, a), …" is
// (amAlineaNotRead). An alinéa in parentheses ("(alinéa 2, 3)") is not
// this form.
var amAlineaParenItem = mustRe(`(?:^|[^(])\balineas?\s+\d+(?:er)?(?:\s*(?:,\s*et|,|et|a)\s*\d+)*\s*,\s*\d+(?:\s+` + latinOrd + `)?\)`)
