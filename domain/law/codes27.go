package law

import (
	"errors"
	"strings"
)

// "Du présent code" ("au présent code", "le présent code") outside the
// quotations of an instruction: a bill is no code, so the words name the
// code the instruction stands under — "Le code rural … est ainsi modifié
// :" then "2° À l'article L. 3 du présent code, …" is the code rural's
// L. 3, even after an item that named another code (it took the code
// named last: the code civil's L. 3 was edited). With no context naming a
// code ("À l'article L. 1 du code civil, …" then "L'article L. 3 du
// présent code est abrogé."; the II of a bill article after its I's
// context) which code is meant is not said: refused (it took the code
// named last); so is it under two contexts naming two codes ("Le code
// rural … est ainsi modifié :", "1° L'article L. 1 du code civil est ainsi
// modifié :", "a) À l'article L. 3 du présent code"). Inside quoted new text the words are the text's own, and
// are never read.

// errPresentCodeUnsaid27: "du présent code" in an instruction that no
// context naming a code (or one code) stands over.
var errPresentCodeUnsaid27 = errors.New(`"du présent code" outside the quotations with no context naming one code: which code is not said`)

// presentCodeMatch27 is the first "du présent code" ("au présent code",
// "le présent code") of low (folded, quotations out) that no code's name
// follows, nil if none.
func presentCodeMatch27(low string) []int {
	for _, m := range reSameCode.FindAllStringIndex(low, -1) {
		if strings.Contains(low[m[0]:m[1]], "present") && sameCodeName(low, m) == "" {
			return m
		}
	}
	return nil
}

// contextCode27 is the code the contexts the instruction being read
// stands under name, "" if none names one, or if two name different codes
// ("Le code rural … est ainsi modifié :" then "1° L'article L. 1 du code
// civil est ainsi modifié :": which one is "le présent code" under both is
// not said).
func (p *parser) contextCode27() string {
	if p.contextIsNoCode28() {
		return "" // laws28: a law's context names no code
	}
	code := ""
	for _, f := range p.stack {
		switch c := f.scope.Ref.Code; {
		case c == "" || c == code:
		case code == "":
			code = c
		default:
			return ""
		}
	}
	return code
}

// presentCodeUnsaid27 refuses low (folded, quotations out) naming "du
// présent code" with no context naming a code.
func (p *parser) presentCodeUnsaid27(low string) error {
	if presentCodeMatch27(low) != nil && p.contextCode27() == "" {
		return reasonCaused22(errSameUnresolved22, errPresentCodeUnsaid27)
	}
	return nil
}
