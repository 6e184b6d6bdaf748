package law

import "errors"

// errQualifiedCode21: a code named with a word before "code" that makes
// it another text than the code of that name in force — "l'article L. 2
// de l'ancien code pénal", "du nouveau code pénal", "du futur code
// civil", "l'actuel code" — is not a text the grammar identifies: the
// instruction is refused (the words were no code's name, and the article
// went to the code the bill article named before, even under "Le code
// civil est ainsi modifié :"). "Du nouveau code de procédure civile",
// the former name of the code de procédure civile, stays read.
var errQualifiedCode21 = errors.New("a code named as former, new or future (l'ancien code, le nouveau code …): not the code in force of that name, not read")

// reQualifiedCode21 is such a code, folded: a determiner, the qualifier,
// "code" (group 1: what follows, to keep the nouveau code de procédure
// civile).
var reQualifiedCode21 = mustRe(`(?:\b(?:du|le)\s+|\bl')(?:ancien|nouveau|nouvel|futur|actuel|vieux|premier)\s+code\b(\s+de\s+procedure\s+civile\b)?`)

// reTextBefore21 is a law, an ordonnance or a décret named before.
var reTextBefore21 = mustRe(`\b(?:loi|ordonnance|decret)\b`)

// qualifiedCode21 refuses an instruction (low: folded, its quotations
// shaped away) naming a code so qualified — not in a law's title, after
// the law named ("l'article 3 de la loi n° … relative à l'entrée en
// vigueur du nouveau code pénal" is the law's article).
func qualifiedCode21(low string) error {
	for _, m := range reQualifiedCode21.FindAllStringSubmatchIndex(low, -1) {
		if m[2] < 0 && !reTextBefore21.MatchString(low[:m[0]]) {
			return errQualifiedCode21
		}
	}
	return nil
}

// kindBackRef21 is a law (ordonnance, décret) named back as "susvisée" or
// "susmentionnée", folded: "de la loi susvisée", "de l'ordonnance
// susmentionnée", "du décret susvisé" read as "de la loi précitée" — the
// text of that kind named last, none after two (they were refused, "an
// article of a text not identified", one law named before or not).
const kindBackRef21 = `sus-?visee?|susmentionnee?`

// reRenumListText21 is a list or a range of articles renumbered, then
// the text they go to, folded: "les articles l. 10 et l. 11 du code
// rural", "respectivement les articles l. 10 a l. 12 du meme code", "…
// de la loi n° 2000-1 …" (groups: the list, the text).
var reRenumListText21 = mustRe(`^((?:respectivement\s+)?les\s+articles\s+.+?)\s+((?:du|de\s+la|de\s+l'|dudit|de\s+ladite)\s.+)$`)

// renumListIntoText21 reads a list or a range of articles renumbered into
// a text named after the list: "Les articles L. 1 et L. 2 du code civil
// deviennent les articles L. 10 et L. 11 du code rural" (a range so),
// the text said once for every article of the list, as "devient l'article
// L. 10 du code rural" is read for one (they were refused: "a number not
// read in the list after"). The text must be one the grammar names
// ("du même code" the code named last); else refused. ok is false when
// target names no text after a list of articles.
func (p *parser) renumListIntoText21(loc, locCased, target, targetCased string, parent Scope) ([]Edit, string, bool) {
	m := reRenumListText21.FindStringSubmatchIndex(target)
	if m == nil || len(targetCased) != len(target) {
		return nil, "", false
	}
	list, listCased, text := target[m[2]:m[3]], targetCased[m[2]:m[3]], target[m[4]:m[5]]
	var edits []Edit
	var why string
	if am := reRenumArticles.FindStringSubmatchIndex(list); am != nil {
		edits, why = p.renumberRange(loc, locCased, listCased, am, parent)
	} else if lm := reRenumArticleList.FindStringSubmatch(listCased); lm != nil {
		edits, why = p.renumberList(loc, locCased, lm[1], parent)
	} else {
		return nil, "", false
	}
	if why != "" {
		return nil, why, true
	}
	code := p.textNamed(text)
	if code == "" {
		return nil, "renumbering a list of articles into a text not identified", true
	}
	p.noteText(code)
	for k := range edits {
		edits[k].To.Code = code
	}
	return edits, "", true
}

// errRenumListAfterVerb21: a list or a range of articles given another
// verb before "deviennent" — "Les articles L. 1 et L. 2 du code civil
// sont transférés au code de commerce et deviennent les articles L. 10
// et L. 11", "… sont abrogés et deviennent …" — is refused, as the one
// article so is ("renumbering after another verb"): they were renumbered
// in the code civil, the move into the code de commerce dropped. A move
// to a division of the same code is read before (transferredAndRenumbered).
var errRenumListAfterVerb21 = errors.New("renumbering a list of articles after another verb (sont transférés …, et deviennent), not read")

// reRenumListAfterVerb21 is such an instruction, folded.
var reRenumListAfterVerb21 = mustRe(`^les\s+articles\s[^«:;]*?\s(?:sont|est)\s[^«:;]*?\s(?:deviennent|devient)\s+(?:respectivement\s+)?les\s+articles\b`)

// renumListAfterVerb21 refuses it (low: folded, trimmed).
func renumListAfterVerb21(low string) error {
	if reRenumListAfterVerb21.MatchString(low) {
		return errRenumListAfterVerb21
	}
	return nil
}
