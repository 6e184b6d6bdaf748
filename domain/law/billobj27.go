package law

import (
	"errors"
	"strings"
)

// The subject of a bill's deletion or rewrite ("À l'article L. 1, le II
// est supprimé") is a place. Two forms name none the engine reads, and
// the place of the locator alone was deleted or rewritten whole:
//
//   - a pronoun after the locator's comma ("À l'article L. 1, cela est
//     supprimé", "…, il est abrogé", "…, tout est supprimé"): what it
//     stands for is not said (errBillSubjectPronoun27);
//   - a place qualified by what it says, with no comma before the
//     qualifier ("la phrase relative au juge", "la phrase qui vise le
//     juge", "les dispositions de l'article L. 1 relatives au juge"):
//     which of its parts is meant is not said (errBillSubjectByContent27).
//     A qualifier after a text's name, agreeing with it ("l'article 3 de
//     la loi n° … relative à …"), is the text's title, and one between
//     commas ("le premier alinéa, qui vise le juge,") adds nothing to the
//     place.
var (
	errBillSubjectPronoun27   = errors.New("the subject of the operation is a pronoun, not a place")
	errBillSubjectByContent27 = errors.New("the subject of the operation is a place named by what it says, not read")
)

// reBillPronoun27 is a pronoun, after a comma, subject of a deletion,
// a rewrite, a replacement or an addition ("…, cela est supprimé", "…,
// tout est ainsi rédigé"): pronouns that stand for no place. "Il",
// "elle", "celui-ci" stand for the place a context names ("c) Il est
// complété par …"), read; "tout" before a determiner is an adjective
// ("tout l'article L. 1").
var reBillPronoun27 = mustRe(`,\s*(cela|ceci|ca|tout|rien)\s+(?:est|sont)\s+(?:supprime|abroge|ainsi\s+redige|remplace|complete|modifie)`)

// reBillQualifier27 is a qualifier naming a part by what it says, with
// no comma before it (group 1: the qualifier's word).
var reBillQualifier27 = mustRe(`[^,\s]\s+(relatifs?|relatives?|qui|concernant|visant|prevoyant|mentionnant)\s`)

// reBillTextNoun27 is the name of a text a title may follow (group 1:
// the noun).
var reBillTextNoun27 = mustRe(`\b(lois?|ordonnances?|decrets?|reglements?|directives?|conventions?|traites?|accords?|codes?|arretes?|protocoles?|chartes?)\b`)

// billSubjectUnread27 refuses a place named by what it says (above) in
// a locator as the scopes' reader holds it (lower case, no accents), or
// returns nil.
func billSubjectUnread27(low string) error {
	m := reBillQualifier27.FindStringSubmatchIndex(low)
	if m == nil {
		return nil
	}
	q := low[m[2]:m[3]]
	seg := low[:m[2]]
	if i := strings.LastIndex(seg, ","); i >= 0 {
		seg = seg[i+1:]
	}
	if texts := reBillTextNoun27.FindAllStringSubmatch(seg, -1); len(texts) > 0 && agrees27(q, texts[len(texts)-1][1]) {
		return nil // a text's title: "la loi … relative à"
	}
	return reasonOf(errBillSubjectByContent27, errBillSubjectByContent27.Error()+": "+strings.TrimSpace(low[m[2]:]))
}

// billFeminine27 are the names of texts of the feminine.
var billFeminine27 = map[string]bool{"loi": true, "ordonnance": true, "directive": true, "convention": true, "charte": true}

// agrees27 reports whether the qualifier q may be said of the text's
// noun: a participle or "qui" always, an adjective ("relatif", "relatives")
// when it agrees with the noun in gender and number.
func agrees27(q, noun string) bool {
	if !strings.HasPrefix(q, "relati") {
		return true
	}
	plural := strings.HasSuffix(noun, "s")
	return strings.HasSuffix(q, "s") == plural && strings.HasPrefix(q, "relative") == billFeminine27[strings.TrimSuffix(noun, "s")]
}

// billPronounSubject27 refuses a pronoun subject (reBillPronoun27) in a
// bill's instruction, before its first quotation, or returns nil.
func billPronounSubject27(body string) error {
	low := asciiLower(foldAccents(strings.TrimSpace(body)))
	if i := strings.Index(low, "«"); i >= 0 {
		low = low[:i]
	}
	if m := reBillPronoun27.FindStringSubmatch(low); m != nil {
		return reasonOf(errBillSubjectPronoun27, errBillSubjectPronoun27.Error()+": "+m[1])
	}
	return nil
}
