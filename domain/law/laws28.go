package law

import (
	"errors"
	"strings"
)

// Texts that are no codes (laws, ordonnances, décrets) as the place of an
// instruction: which text an article named after them belongs to.

// errSameDecretUnnamed28: "du même décret", "dudit décret", "de ce
// décret", "au même décret" with no décret named before — under "Le code
// civil est ainsi modifié :", "1° L'article 5 dudit décret est abrogé"
// repealed the code civil's article 5 (the words named no text the
// grammar found, and the context's code stood); "la même loi", "ladite
// ordonnance" were refused so already.
var errSameDecretUnnamed28 = errors.New(`"du même décret" ("dudit décret", "de ce décret") with no décret named before`)

// sameDecretUnnamed28 refuses low (folded, quotations out) naming the
// décret named before when the bill article has named none, nor the
// locator before the words ("le décret n° … et l'article 5 du même
// décret" is read).
func (p *parser) sameDecretUnnamed28(low string) error {
	m := reSameDecret.FindStringIndex(low)
	if m == nil || p.lastKind["decret"] != "" || strings.Contains(low[:m[0]], "decret") {
		return nil
	}
	return reasonCaused22(errSameUnresolved22, errSameDecretUnnamed28)
}

// errPresentText28: "de la présente ordonnance", "du présent décret"
// outside the quotations and the version clauses, an article's text — the
// text being read itself (a bill is neither), never a text in force: "Le
// code civil est ainsi modifié :" then "1° L'article 3 de la présente
// ordonnance est abrogé" repealed the code civil's article 3, and under
// "L'ordonnance n° … est ainsi modifiée :" it took the ordonnance's. ("De
// la présente loi" is refused so already: an article of a text not
// identified.)
var errPresentText28 = errors.New(`an article "de la présente ordonnance" ("du présent décret"): the text being read itself, not a text in force`)

// rePresentText28 is an article of the present ordonnance or décret,
// folded: "l'article 3 de la présente ordonnance", "aux articles 3 et 4
// du présent décret", "l'article 3 de cette présente ordonnance".
var rePresentText28 = mustRe(`\barticles?\s+(?:(?:l\.?\s*o|l|r|d|a)\.?\s*)?\d[^,;:]*?\s(?:de\s+la\s+presente\s+ordonnance|du\s+present\s+decret)\b`)

// presentText28 refuses low (folded, quotations out) naming an article of
// the present ordonnance or décret outside its version clauses.
func presentText28(low string) error {
	if !strings.Contains(low, "present") {
		return nil
	}
	for _, c := range reVersionClause.FindAllStringIndex(low, -1) {
		low = blankOut(low, c[0], c[1])
	}
	if rePresentText28.MatchString(low) {
		return errPresentText28
	}
	return nil
}

// contextIsNoCode28 reports whether a context the instruction being read
// stands under names a text that is no code (a law, an ordonnance, a
// décret): "La loi n° … est ainsi modifiée :" then "1° L'article 5 du
// présent code est abrogé" is not the law's article 5 (it was: the
// context's text was taken for "le présent code").
func (p *parser) contextIsNoCode28() bool {
	for _, f := range p.stack {
		if reTextKey.MatchString(f.scope.Ref.Code) {
			return true
		}
	}
	return false
}

// rePresentAnyText28 is an article of the text being read, folded: "de
// la présente loi", "de la présente ordonnance", "du présent décret".
var rePresentAnyText28 = mustRe(`\barticles?\s+(?:(?:l\.?\s*o|l|r|d|a)\.?\s*)?\d[^,;:]*?\s(?:de\s+la\s+presente\s+(?:loi|ordonnance)|du\s+present\s+decret)\b`)

// foreignCreate28 reports whether low (folded, quotations out) places new
// articles after or in a text it names back with no name — "Après
// l'article 5 du même décret (dudit décret, de ce décret)", "après
// l'article 5 de la loi précitée (du décret précité)" — or after an
// article of the text being read, "après l'article 5 de la présente
// loi" (outside a version clause): under "Le code civil est ainsi modifié
// :" the new articles went into the code civil. foreignCreate14 refuses
// them when no text the grammar identifies is named.
func foreignCreate28(low string) bool {
	if reSameDecret.MatchString(low) || reKindPrecitee.MatchString(low) {
		return true
	}
	for _, c := range reVersionClause.FindAllStringIndex(low, -1) {
		low = blankOut(low, c[0], c[1])
	}
	return rePresentAnyText28.MatchString(low)
}

// errBareCodeUnderText28: "du code" with no name under a context naming a
// law, an ordonnance or a décret — "La loi n° … est ainsi modifiée :"
// then "1° À l'article 5 du code, …" edited the law's article 5 (a code
// with no name is the code the instruction stands under, as "du présent
// code" is; a law is none).
var errBareCodeUnderText28 = errors.New(`"du code" with no name under a law's (an ordonnance's, a décret's) context: which code is not said`)

// reBareCode28 is a code named with no name, folded: "de l'article 5 du
// code,", "au code.", "le code est …".
var reBareCode28 = mustRe(`\b(?:du|au|le)\s+code\s*(?:[,;:.)]|$|\s+(?:est|sont)\b)`)

// bareCodeUnderText28 refuses low (folded, quotations out) naming a code
// with no name under a context naming a text that is no code.
func (p *parser) bareCodeUnderText28(low string) error {
	if reBareCode28.MatchString(low) && p.contextIsNoCode28() {
		return reasonCaused22(errSameUnresolved22, errBareCodeUnderText28)
	}
	return nil
}
