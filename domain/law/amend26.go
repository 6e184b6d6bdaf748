package law

import (
	"errors"
	"fmt"
	"strings"
)

// amend26: a part of an amendment that edits another text than the bill
// article amended — an article of a code or a law named as the subject
// or the place of the instruction, outside any quotation ("II. – Après
// l'article 575 A du code général des impôts, il est inséré un article
// 575 B ainsi rédigé : …", "II. – Le code général des impôts est ainsi
// modifié : …", "II. – À l'article 575 du code général des impôts, le
// taux … est remplacé …", "II. – Pour compenser la perte de recettes
// résultant du I, il est créé une taxe additionnelle aux droits
// mentionnés aux articles 575 et 575 A du code général des impôts.") —
// is applied to nothing of this article: the amendment, applied whole or
// not at all, is refused, and its refusal says so by its own kind
// (errAmOtherText26), still an instruction not read
// (errAmInstructionUnread24). It was refused as an instruction of no
// form only. The written gage ("II. – La perte de recettes … est
// compensée …"), which completes the article by that paragraph, is read
// before (TestGrammarAmendmentUnwrittenGage) and never comes here.

// errAmOtherText26: a part of the amendment that edits another text (a
// code, a law), not this article.
var errAmOtherText26 = errors.New("a part of the amendment edits another text (a code, a law), not this article: applied to nothing of it")

// errAmGage26: a compensation of its own ("… il est créé une taxe
// additionnelle aux droits mentionnés aux articles 575 et 575 A du code
// général des impôts"), a part that edits another text.
var errAmGage26 = fmt.Errorf("a compensation (gage) of its own: %w", errAmOtherText26)

var (
	// reAmOtherArticle26 is an article of a code or a law named outside
	// quotations (folded, lower case): "l'article 575 a du code", "aux
	// articles 575 et 575 a du code", "de l'article l. 1 du meme code",
	// "l'article 3 de la loi n° …", "de l'ordonnance".
	reAmOtherArticle26 = mustRe(`\barticles?\s+(?:premier|[a-z]{0,2}\.?\s*\d)[^,;:«»"]{0,60}?\b(?:du|du meme|de ce)\s+code\b|\barticles?\s+(?:premier|[a-z]{0,2}\.?\s*\d)[^,;:«»"]{0,60}?\bde la loi\b|\barticles?\s+(?:premier|[a-z]{0,2}\.?\s*\d)[^,;:«»"]{0,60}?\bde l'ordonnance\b`)
	// reAmOtherTextSubject26 is a code or a law the subject of a part
	// (folded, lower case, its part number dropped): "le code general
	// des impots est ainsi modifie", "la loi n° … est ainsi modifiee".
	reAmOtherTextSubject26 = mustRe(`^(?:le code|la loi|l'ordonnance)\b[^,;:«»"]*\b(?:est|sont)\s+(?:ainsi\s+)?(?:modifiee?s?|completee?s?|abrogee?s?)\b`)
	// reAmGage26 is the wording of a compensation (folded, lower case).
	reAmGage26 = mustRe(`\bpertes? de recettes\b|\btaxe additionnelle\b|\bcompensee?s?\b`)
	// reAmPartNumber26 is a part number opening a head: "II. – ", "1° ".
	reAmPartNumber26 = mustRe(`^(?:[ivx]+|\d+°|[a-z]\))\s*[.)]?\s*[-–—―]?\s*`)
	// reAmThisArticlePlace26 is a place of the article amended in a head:
	// "alinea 3", "cet article", "cet alinea", "la premiere phrase".
	reAmThisArticlePlace26 = mustRe(`\balineas?\s+\d|\bcet\s+(?:article|alinea)\b|\bces\s+alineas\b|\bphrases?\s+(?:de\s+l'alinea|de\s+cet)\b`)
)

// errAmAlineasCount26: new alinéas announced by their count ("insérer
// les deux alinéas suivants :", "Insérer un alinéa ainsi rédigé :")
// followed by another count of alinéas.
var errAmAlineasCount26 = errors.New("new alinéas announced by their count followed by another count")

// reAmOneAnnounced26 is one new alinéa announced (folded, lower case):
// "un alinea ainsi redige", "l'alinea suivant".
var reAmOneAnnounced26 = mustRe(`\b(?:un|l')\s*alinea\s+(?:ainsi\s+redige|suivant)\b`)

// amRefusal26 is the refusal of in, an instruction not read, this
// round's kinds tell (amAlineasCount26, amOtherText26), else nil.
func amRefusal26(in amInstr) error {
	if err := amAlineasCount26(in); err != nil {
		return err
	}
	return amOtherText26(in)
}

// amAlineasCount26 is the refusal of in, an instruction not read, when
// its head announces a count of new alinéas (amAnnounced, or one:
// reAmOneAnnounced26) and another count of alinéas follows it (a table's
// lines are not counted: never said), else nil.
func amAlineasCount26(in amInstr) error {
	if len(in.payload) == 0 {
		return nil
	}
	for _, l := range in.payload {
		if strings.Contains(l, "<t") || strings.Contains(l, "|") {
			return nil
		}
	}
	n, ok := amCountSaid27(in.head)
	if !ok || n == 0 || n == len(in.payload) {
		return nil
	}
	return reasonCaused22(errAmInstructionUnread24, fmt.Errorf("%w: %d announced, %d given", errAmAlineasCount26, n, len(in.payload)))
}

// amOtherText26 is the refusal of in, an instruction not read, when it
// edits another text than the article amended, else nil: its head,
// outside quotations, names an article of a code or a law, or a code or
// a law as its subject, and no place of this article; an instruction
// under a locator line (the Sénat's words on their lines) is never one.
func amOtherText26(in amInstr) error {
	if in.under != "" {
		return nil
	}
	h := asciiLower(foldAccents(strings.TrimSpace(quoteRe.ReplaceAllString(in.head, "« »"))))
	h = reAmPartNumber26.ReplaceAllString(h, "")
	if reAmThisArticlePlace26.MatchString(h) {
		return nil
	}
	if !reAmOtherArticle26.MatchString(h) && !reAmOtherTextSubject26.MatchString(h) {
		return nil
	}
	if reAmGage26.MatchString(h) {
		return reasonCaused22(errAmInstructionUnread24, errAmGage26)
	}
	return reasonCaused22(errAmInstructionUnread24, errAmOtherText26)
}
