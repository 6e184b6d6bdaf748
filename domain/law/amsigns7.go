package law

import (
	"fmt"
	"strings"
)

// signWords is a punctuation sign named in words (its group).
const signWords = `(point-virgule|point|virgule|deux-points)`

// Signs named in words beside an amendment's quoted words, which
// namedSigns does not read (groups: what comes before the sign, the
// sign, what follows): amSignInserted as the new words of an insertion,
// "insérer une virgule", "ajouter un point-virgule"; amSignByNew as the
// new words of a replacement, "… « et » par une virgule"; amSignLeading
// as the new words right after the old, "substituer au mot : « et » une
// virgule"; amSignOldAnd as old words before others, "supprimer la
// virgule et le mot : …" (amSignSubAnd "substituer à la virgule et au
// mot : …"); amSignAndOld after others, "… « et » et la
// virgule".
var (
	amSignInserted = mustRe(`(?i)(\b(?:ins[ée]rer|ajouter)\s+)(?:un|une)\s+` + signWords + `(\s*[.;]?\s*$|\s+et\b|\s*,)`)
	amSignByNew    = mustRe(`(?i)(\bpar\s+)(?:un|une|le|la)\s+` + signWords + `(\s*[.;]?\s*$|\s+et\b|\s*,)`)
	amSignLeading  = mustRe(`(?i)^(\s*)(?:un|une|le|la)\s+` + signWords + `(\s*[.;]?\s*$|\s+et\b|\s*,)`)
	amSignOldAnd   = mustRe(`(?i)(\b(?:supprimer|remplacer)\s+)(?:le|la)\s+` + signWords + `(\s+et\s+(?:le|la|les|aux?)\s+(?:mots?|signe|références?)\b)`)
	amSignSubAnd   = mustRe(`(?i)(\bsubstituer\s+)(?:au|à\s+la)\s+` + signWords + `(\s+et\s+(?:au|aux|à\s+la)\s+(?:mots?|signe|références?)\b)`)
	amSignAndOld   = mustRe(`(?i)^(\s+et\s+)(?:un|une|le|la)\s+` + signWords + `(\s*[.;]?\s*$|\s+par\b|\s*,)`)
)

// amFinalPeriod is "le point final" after an amendment's verb (groups:
// the verb and "le point", then " final").
var amFinalPeriod = mustRe(`(?i)(\b(?:remplacer|supprimer)\s+le\s+point|\bsubstituer\s+au\s+point)(\s+final)\b`)

// signsBesideWords reads a punctuation sign an amendment names in words
// beside quoted words, or as the new words of an insertion, as the sign
// quoted: "Remplacer le mot : « et » par une virgule" is "… par le signe
// : « , »", "Après le mot : « A », insérer une virgule" "… insérer le
// signe : « , »", "Supprimer la virgule et le mot : « et »" "Supprimer
// le signe : « , » et le mot : « et »". The sign was dropped: the words
// beside it edited alone ("insérer une virgule et le mot : « ainsi »"
// inserted "ainsi", "supprimer la virgule et le mot : « et »" left the
// comma), or the instruction refused. A sign and words as one new text
// ("par une virgule et le mot : « puis »") stay refused, as when quoted.
// Quoted words are never touched.
func signsBesideWords(head string) string {
	low := strings.ToLower(head)
	if !strings.Contains(low, "virgule") && !strings.Contains(low, "point") {
		return head
	}
	var b strings.Builder
	s, afterQuote := head, false
	for len(s) > 0 {
		q := quoteRe.FindStringIndex(s)
		seg := s
		if q != nil {
			seg = s[:q[0]]
		}
		b.WriteString(signsInSegment(seg, strings.ToLower(b.String()), afterQuote))
		if q == nil {
			break
		}
		b.WriteString(s[q[0]:q[1]])
		s, afterQuote = s[q[1]:], true
	}
	return b.String()
}

// signsInSegment reads the signs named in words in seg, a part of an
// amendment's head between quotations; before is the head before it
// (lower case), afterQuote says whether a quotation ends right before it.
func signsInSegment(seg, before string, afterQuote bool) string {
	// "remplacer le point final par …", "substituer au point final …":
	// the period ending the place (finalPeriodAtEnd).
	if m := amFinalPeriod.FindStringSubmatchIndex(seg); m != nil {
		seg = namedSigns(finalPeriodAtEnd(seg, before, m))
	}
	quoted := func(re *lre, s string) string {
		return re.ReplaceAllStringFunc(s, func(m string) string {
			g := re.FindStringSubmatch(m)
			lead := g[1]
			if lead == "" {
				lead = " "
			}
			return lead + "le signe : « " + signOf[strings.ToLower(g[2])] + " »" + g[3]
		})
	}
	if afterQuote {
		// "… et la virgule par un point-virgule": the old sign, then its
		// new one.
		seg = quoted(amSignAndOld, seg)
		if strings.Contains(before, "substituer") {
			seg = quoted(amSignLeading, seg)
		}
		if strings.Contains(before, "remplacer") {
			seg = quoted(amSignByNew, seg)
		}
	}
	seg = amSignSubAnd.ReplaceAllStringFunc(seg, func(m string) string {
		g := amSignSubAnd.FindStringSubmatch(m)
		return g[1] + "au signe : « " + signOf[strings.ToLower(g[2])] + " »" + g[3]
	})
	return quoted(amSignOldAnd, quoted(amSignInserted, seg))
}

// commaMark is a comma before another comma, a semicolon or a colon:
// ",,", ", ;" (a comma before the period is left to the rules of the
// sentence's end: "les mots : « et B » sont remplacés par le signe : « ,
// »" stays as the law writes it).
var commaMark = mustRe(`,[\s\x{a0}]*[,;:]`)

// commaDoubled reports whether the alinéas after an edit hold a comma
// before another mark more often than before: a comma inserted where the
// text has one ("après le mot : « A », est inséré le signe : « , »" on
// "A, et": "A,, et"), or new words ending with a comma before the text's
// semicolon or colon. The law and the text disagree: which mark stands is not
// said (it was applied, "A,, et").
func commaDoubled(before, after []string) bool {
	count := func(al []string) int {
		n := 0
		for _, l := range al {
			n += len(commaMark.FindAllStringIndex(l, -1))
		}
		return n
	}
	return count(after) > count(before)
}

// reSignInserted is a punctuation sign named in words as the new words
// of a bill's insertion: "est insérée une virgule", "il est inséré un
// point-virgule", "sont insérés une virgule et …" (groups: the verb, its
// plural mark, the sign, what follows).
var reSignInserted = mustRe(`\b((?:il\s+)?(?:est|sont)\s+(?:ins[ée]r|ajout)[ée])e?(s?)\s+(?:un|une)\s+` + signWords + `(\s*[.;]?\s*$|\s+et\b|\s*,)`)

// billSignsInserted reads a sign a bill names in words as the new words
// of an insertion as the sign quoted: "après le mot : « A », est insérée
// une virgule" is "… est inséré le signe : « , »" (it was refused: no
// known form); so is one after quoted words, "le mot : « et » et la
// virgule sont supprimés" (refused: "a part of an article not read"). A sign and words as one new text ("sont insérés une
// virgule et le mot : « B »") stay refused, as when quoted. seg is a part
// of the instruction outside quotations.
func billSignsInserted(seg string) string {
	seg = reWordsAndSign.ReplaceAllStringFunc(seg, func(m string) string {
		g := reWordsAndSign.FindStringSubmatch(m)
		return g[1] + "le signe : « " + signOf[g[2]+g[3]] + " »" + g[4]
	})
	return reSignInserted.ReplaceAllStringFunc(seg, func(m string) string {
		g := reSignInserted.FindStringSubmatch(m)
		return g[1] + g[2] + " le signe : « " + signOf[g[3]] + " »" + g[4]
	})
}

// reSignAndWords and reWordsAndSign are a sign a bill names in words
// beside quoted words as the subject of a deletion: "la
// virgule et le mot : « et » sont supprimés", "le mot : « et » et la
// virgule sont supprimés" (groups: what comes before, the sign in two
// spellings, what follows).
var (
	reSignAndWords = mustRe(`\b([Ll])(?:a\s+(virgule)|e\s+(point-virgule|point|deux-points))(\s+et\s+(?:le|la|les|l')\s*(?:mots?|signe|références?)\b)`)
	reWordsAndSign = mustRe(`^(\s+et\s+)(?:la\s+(virgule)|le\s+(point-virgule|point|deux-points))(\s+sont\s+supprimés)`)
)

// amObjectAnd is an object no rule reads joined by "et" to the words'
// noun, right after a word operation's verb (folded, before the first
// quotation): "supprimer la conjonction et les mots :", "supprimer le
// tiret et les mots :", "insérer un tiret et le mot :".
var amObjectAnd = mustRe(`^\s*,?\s*(?:la|les|le|l'|un|une|des|au|aux|a\s+la|a\s+l')\s*[a-z-]+(?:\s+[a-z-]+){0,3}\s+(?:et|ainsi\s+que)\s+(?:la|les|le|l'|au|aux|a\s+la|a\s+l')\s*[a-z]+\s*:`)

// unreadObjectAnd reports whether an amendment's word operation names,
// before its quoted words and joined to them, an object in words that no
// rule reads ("Supprimer la conjonction et les mots : « A »", "Supprimer
// les parenthèses et les mots : …"): it was dropped and the words edited
// alone, even where the text held no such object. Refused; signs named
// so are read before (signsBesideWords), and divisions refused
// (amDivisionAnd).
func unreadObjectAnd(rest string) bool {
	return amObjectAnd.MatchString(rest)
}

// reDeletedOnly is a bill's deletion of several words: "sont supprimés".
var reDeletedOnly = mustRe(`\bsont\s+supprimés`)

// billSignsBeside reads a sign a bill names in words before the quoted
// words of a deletion as the sign quoted: "la virgule et le mot : « et »
// sont supprimés" is "le signe : « , » et le mot : « et » sont
// supprimés" (it was refused: "a part of an article not read"). Not in a
// replacement: several old words for one new text each take it ("la
// virgule et le mot : « et » sont remplacés par le mot : « puis »" would
// give "puis puis") — left refused.
func billSignsBeside(body string) string {
	if !reDeletedOnly.MatchString(body) || strings.Contains(body, "remplac") {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		return reSignAndWords.ReplaceAllStringFunc(seg, func(m string) string {
			g := reSignAndWords.FindStringSubmatch(m)
			return g[1] + "e signe : « " + signOf[g[2]+g[3]] + " »" + g[4]
		})
	})
}

// signEditChecked refuses two edits of a lone sign that were applied
// wrongly. A sign replaced or deleted without its place (no occurrence,
// count, start or end, anchor nor sentence) where the alinéas of the
// scope hold it several times between them: which one is not said —
// each alinéa was judged alone, so the one holding it once was edited
// and the others left ("Remplacer le signe : « . » par le signe : « ; »"
// over an article of two alinéas, the second of two sentences: the
// first's period alone went). And a sign deleted that leaves the text as
// it was: the final period, which the text's end takes back ("le signe :
// « . » est supprimé" at the end of an alinéa was counted applied, the
// period still there); so is an insertion that leaves the text as it was
// ("insérer un point" inside a sentence). before and after are the
// article's alinéas before and after the edit, lo and hi the scope.
func signEditChecked(before, after []string, lo, hi int, e Edit, only int) error {
	same := hi <= len(before) && hi <= len(after) && strings.Join(before[lo:hi], "\n") == strings.Join(after[lo:hi], "\n")
	if e.Kind == EditInsertWords {
		// "Après le mot : « A », insérer un point" inside a sentence:
		// the period went with the rule of new words ending with one
		// ("… écrit." before the text's words), nothing inserted, and it
		// was counted applied.
		if same && strings.TrimSpace(e.New) != "" {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("new words %q inserted leave the text as it was", e.New))
		}
		return nil
	}
	if !isSign(e.Old) {
		return nil
	}
	if only == 0 && len(e.Occurrences) == 0 && e.Times == 0 && !e.every26 && e.Anchor == "" && e.Scope.Sentence == 0 && hi-lo > 1 && hi <= len(before) {
		if n := countWords(e.Old, before[lo:hi]...); n > 1 {
			return applyKind26(errApplyWordsWhich26, fmt.Sprintf("sign %q found %d times in the alinéas of the place, which one is not said", strings.TrimSpace(e.Old), n))
		}
	}
	if e.Kind == EditDeleteWords && same {
		return applyKind26(errApplyWordsJoin26, fmt.Sprintf("sign %q deleted leaves the text as it was (the end of a sentence keeps its period)", strings.TrimSpace(e.Old)))
	}
	return nil
}
