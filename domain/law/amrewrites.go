package law

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Indicative word operations after an amendment's own locator ("À
// l'alinéa 4, les mots : « A » sont remplacés par les mots : « B »"), as
// some amendments are drafted, read as their imperative: remplacer …
// par …, supprimer …, insérer …. Only after "alinéa N": quoted law
// instructions of an article additionnel are new text, not edits.
var (
	amIndicLoc = `^(` + amConseq + `(?:À|A|Au|Aux|Dans|à|au|aux|dans)\s[^«"“]*?\b(?:alinéas?\s+\d+|(?:avant-)?dernier\s+alinéa\b)[^«"“]*?,\s*)`
	amWordsQ   = `((?:les?|la|l['’])\s*` + wordNounCased + `\s*:?\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))`
	// amConseq is the "En conséquence, " an instruction may open with
	// (the place after it in lower case): "En conséquence, à l'alinéa 4,
	// le mot : « A » est supprimé" is read as its imperative (it was
	// refused, and so were words quoted “A”: TestGenAmIndicativeConseqCurly).
	amConseq       = `(?:En\s+conséquence\s*,\s*)?`
	amIndicReplace = mustRe(amIndicLoc + amWordsQ + `\s*,?\s*(?:est|sont)\s*(?:,\s*` + amIndicTimes + `\s*,\s*)?remplacée?s?\s*(?:,\s*` + amIndicTimes + `\s*,\s*)?\s*par\s+(.+)$`)
	// amIndicTimes is what an indicative replacement says of the
	// occurrences it replaces, the bills' own phrases (timesSaid): "est
	// remplacé, deux fois, par", "sont, à chaque occurrence, remplacés
	// par" (amIndicReplace's groups 3 and 4: before and after the
	// participle).
	amIndicTimes  = `(` + timesSaid(false) + `)`
	amIndicDelete = mustRe(amIndicLoc + amWordsQ + `\s*(?:est|sont)\s+supprimée?s?\s*[.;]?\s*$`)
	amIndicInsert = mustRe(amIndicLoc + `((?:après|avant)\s+` + `(?:les?|la|l['’])\s*(?:mots?|références?)\s*:?\s*(?:«[^»]*»|"[^"]*"|“[^”]*”)\s*,?\s*)(?:sont|est)\s+insérée?s?\s+(.+)$`)
	// "Après l'alinéa 3, il est inséré un alinéa …", "Au début de
	// l'alinéa 3, sont insérés les mots : …" (group 1 the place, 2 the
	// rest).
	amIndicAdd = mustRe(`^((?:À|A|Au|Aux|Dans|Après|Avant)\s[^«"]*?(?:\balinéas?\s+\d+|\bcet\s+article\b)[^«"]*?,\s*)(?:il\s+est|sont|est)\s+(?:insérée?s?|ajoutée?s?)\s+(.+)$`)
	// "L'alinéa 3 est complété par les mots : …", "La première phrase
	// de l'alinéa 2 est complétée par …" (group 1 the place before, 2 the
	// division, 3 the rest).
	amIndicComplete = mustRe(`^((?:(?:À|A|Au|Aux|Dans)\s[^«"]*?,\s*)?)((?:L['’]|La\s+|l['’]|la\s+)[^«",:]*?\b(?:alinéa|phrase)\b[^«",:]*?)\s+est\s+complétée?\s+par\s+(.+)$`)
)

// imperative rewrites an indicative word operation as its imperative.
func imperative(head string) string {
	if m := amIndicReplace.FindStringSubmatch(head); m != nil {
		// "le mot : « A » est remplacé, deux fois, par …": "remplacer le
		// mot : « A », deux fois, par …".
		times := m[3] + m[4]
		if times != "" {
			times = ", " + times + ","
		}
		return m[1] + "remplacer " + m[2] + times + " par " + m[5]
	}
	if m := amIndicDelete.FindStringSubmatch(head); m != nil {
		return m[1] + "supprimer " + m[2] + "."
	}
	if m := amIndicInsert.FindStringSubmatch(head); m != nil {
		return m[1] + m[2] + "insérer " + m[3]
	}
	if m := amIndicAdd.FindStringSubmatch(head); m != nil {
		return m[1] + "insérer " + m[2]
	}
	if m := amIndicComplete.FindStringSubmatch(head); m != nil && amNumbered.MatchString(m[1]+m[2]) {
		return upperFirst(m[1] + "compléter " + lowerFirst(m[2]) + " par " + m[3])
	}
	// "Cet article est supprimé.", "… est ainsi rédigé :", "… est
	// complété par …": the imperative's "Supprimer cet article." (they
	// were refused).
	if m := amIndicThisArt.FindStringSubmatch(head); m != nil {
		switch {
		case m[1] != "":
			return "Rédiger ainsi cet article :" + m[2]
		case m[3] != "":
			return "Compléter cet article par " + m[3]
		}
		return "Supprimer cet article."
	}
	// "L'alinéa 3 est supprimé.", "À l'alinéa 1, la dernière phrase est
	// supprimée.", "L'alinéa 2 est ainsi rédigé :": a division of the
	// amendment's own "alinéa N".
	if m := amIndicDivision.FindStringSubmatch(head); m != nil && amNumbered.MatchString(m[1]+m[2]) {
		if m[3] != "" {
			return m[1] + "rédiger ainsi " + lowerFirst(m[2]) + " :" + m[4]
		}
		return m[1] + "supprimer " + lowerFirst(m[2]) + "."
	}
	return head
}

// amIndicThisArt is this article deleted, rewritten or completed in the
// indicative, the whole head: "Cet article est supprimé.", "Le présent
// article est ainsi rédigé : …" (thisArticle made it "cet article"), "Cet
// article est complété par un alinéa ainsi rédigé : …" (groups: "ainsi
// rédigé", what follows its colon; what completes it).
var amIndicThisArt = mustRe(`^[Cc]et\s+article\s+est\s+(?:(ainsi\s+rédigé)\s*:(.*)|complété\s+par\s+(.+)|supprimé\s*\.?\s*)$`)

// amIndicDivision is a division deleted or rewritten in the indicative:
// group 1 the locator, 2 the division, 3 "ainsi rédigé" (else deleted), 4
// what follows the colon; amNumbered an alinéa by number. The anchor of
// an end may open the head ("Après le mot : « A », la fin de l'alinéa 3
// est ainsi rédigée :" — it was refused, TestAmLeft4EndAfterAnchorIndicative).
var (
	amIndicDivision = mustRe(`^((?:(?:À|A|Au|Aux|Dans)\s[^«"“]*?,\s*)?(?:(?:[Aa]près|[Aa]vant)\s+(?:les?|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `\s*,\s*)?)((?:L['’]|Les?\s+|La\s+|l['’]|les?\s+|la\s+|[Cc]ette\s+|[Cc]et\s+|[Cc]es\s+)[^«",:]*?\b(?:alinéas?|phrases?)\b[^«",:]*?)\s+(?:est|sont)\s+(?:(ainsi\s+rédigée?s?)\s*:(.*)|supprimée?s?\s*\.?\s*)$`)
	amNumbered      = mustRe(`\balinéas?\s+\d`)
)

// amVerbFirst is an instruction whose verb comes before its locator set
// off by commas: group 1 the verb, 2 the locator, 3 the rest.
var amVerbFirst = mustRe(`^((?:Ins[ée]rer|Ajouter|Supprimer|Compl[ée]ter|Substituer|Remplacer|R[ée]diger ainsi))\s*,\s*((?:après|avant|au début d[eu']|à la fin d[eu']|à l['’]|à la |au |aux |dans )[^,«"]*?)\s*,\s*(.+)$`)

// amFromWords and amUpToWords bound a rewritten end or start by words:
// "à partir du mot : « A »", "jusqu'au mot : « A »" (group 1: the quote).
var (
	amFromWords = mustRe(`\ba\s+partir\s+(?:du|des|de\s+la|de\s+l')\s*` + wordNoun + `q(\d+)`)
	amUpToWords = mustRe(`\bjusqu'(?:au|aux|a\s+la|a\s+l')\s*` + wordNoun + `q(\d+)`)
	// amUpToExcluded is a bound said to leave its words out, "jusqu'au
	// mot : « A » exclu" ("non inclus", "non compris", "exclusivement"):
	// the start is read to A included, so it is refused (A was replaced
	// with the rest).
	amUpToExcluded = mustRe(`\bjusqu'(?:au|aux|a\s+la|a\s+l')\s*` + wordNoun + `q\d+\s*,?\s*\(?\s*(?:exclue?s?\b|exclusivement|non\s+(?:inclus|compris))`)
	// amWordBound is words that bound a span, not words operated on: "à
	// partir de la seconde occurrence du mot", "jusqu'au mot", "(supprimer)
	// du mot : « A » à la fin", "(les mots compris) entre les mots : « A »
	// et « B »" (A and B were deleted).
	amWordBound = mustRe(`\ba\s+partir\s+d|\bjusqu|^\s*(?:du|de\s+la|de\s+l')\s*` + wordNoun + `q\d|\bentre\s+(?:les?|la|l')\s*` + wordNoun)
)

// amCodeArticleObj is a code's article as what is completed or
// rewritten, or as the text an alinéa or a sentence is of: "Compléter
// l'article L. 1 du code civil par …", "Rédiger ainsi l'article L. 1 :",
// "Au premier alinéa de l'article L. 1" (groups: what comes before, the
// article's number — a code's, with its letters, never the bill's).
var amCodeArticleObj = mustRe(`(?i)(\bcompl[ée]ter\s+|\br[ée]diger\s+(?:ainsi|comme\s+suit)\s+|\b(?:alinéa|phrase)\s+de\s+)l['’]article\s+(` + artLetters + `\d+(?:-\d+)*(?:\s+` + latinOrd + `)?)\b`)

// codeArticleText reads a code's article completed, rewritten or whose
// alinéa is named as the text the bill article proposes for it:
// "Compléter l'article L. 1 du code civil par un alinéa" is "Compléter
// le texte proposé pour l'article L. 1 …" — the alinéa went at the end of
// the bill article, outside the quoted article; where the bill quotes no
// such article, refused (resolve).
func codeArticleText(s string) string {
	return amCodeArticleObj.ReplaceAllStringFunc(s, func(m string) string {
		g := amCodeArticleObj.FindStringSubmatch(m)
		pre := g[1]
		if strings.HasSuffix(strings.ToLower(pre), " de ") {
			pre = pre[:len(pre)-len("de ")] + "du "
		} else {
			pre += "le "
		}
		return pre + "texte proposé pour l'article " + g[2]
	})
}

// amParWords is the new words of a replacement, folded: " par les mots
// : q3" (group 1: the quotation's number).
var amParWords = mustRe(`^\s*par\s+(?:les?|la|l')\s*` + wordNoun + `q(\d+)\s*[.;]?\s*$`)

// amWordsNamed is quoted words named as words just before their
// quotation, folded: "le mot :", "les mots :", "la référence :".
var amWordsNamed = mustRe(`(?:\bles?|\bla|\bl'|\bdes|\bdu|\baux?)\s*` + wordNoun + `$`)

// amRespWord is "respectivement", set off by commas or not; amRespectively
// the pairs it makes, folded, once it is taken out: "les mots : q0 et q1
// par les mots : q2 et q3", "aux mots : q0, q1 et q2 les mots : q3, q4 et
// q5" (groups: the old words' quotations, the new ones').
var (
	amRespWord     = mustRe(`\s*,?\s*\brespectivement\b\s*,?\s*`)
	amRespectively = mustRe(`^\s*(?:les|le|la|l'|aux|au|a\s+la|a\s+l')\s*` + wordNoun + `(q\d+(?:\s*(?:,|et)\s*q\d+)+)\s*(?:par\s+)?(?:les|le|la|l')\s*` + wordNoun + `(q\d+(?:\s*(?:,|et)\s*q\d+)+)\s*[.;]?\s*$`)
)

// amEndOfArticle is a locator that is the end of this article, folded:
// "À la fin de cet article", nothing else named.
var amEndOfArticle = mustRe(`^\s*(?:[ivx]+\.\s*[-–—―]\s*)?a\s+la\s+fin\s+de\s+cet\s+article\s*,?\s*$`)

// amVerbBareEnd is words inserted at the start or the end said between
// the verb and its object, no commas, after a locator or none: "À
// l'alinéa 1, insérer à la fin les mots : « B »" (groups: the locator and
// its comma, the verb, au début or à la fin, the rest).
var amVerbBareEnd = mustRe(`^((?:[^,«]*,\s*)?)([Ii]ns[ée]rer|[Aa]jouter|[Ss]upprimer|[Rr]emplacer)\s+(au\s+début|à\s+la\s+fin)\s+((?:les?|la|l['’])\s*` + wordNounCased + `\s*:.*)$`)

// amBetweenAlineas is an insertion between two alinéas by their numbers:
// "Entre les alinéas 2 et 3, insérer …", "Entre l'alinéa 2 et l'alinéa
// 3, …" (groups: the first number in either form, the second, what
// follows).
var amBetweenAlineas = mustRe(`^Entre\s+(?:les\s+alinéas\s+(\d+)\s+et|l['’]alinéa\s+(\d+)\s+et\s+l['’]alinéa)\s+(\d+)\s*,\s*((?i:ins[ée]rer|ajouter)\b.*)$`)

// amPlaceBareFirst is a place first ("À l'alinéa 2", "Au début de la
// première phrase de l'alinéa 3") and a word operation's verb after it
// without a comma: group 1 the place, 2 the verb.
var amPlaceBareFirst = mustRe(`^((?:[Ee]n\s+cons[ée]quence\s*,\s*)?(?:À|Au|Aux|Dans|à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:]*?)\s+((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter)\b)`)

// placeFirst writes a word operation read by amPlaceAfterWords (m) with
// its place first: "Place, <what went before the verb><verb> <words>"
// (the rest is the caller's).
func placeFirst(place string, m []string) string {
	return upperFirst(place) + ", " + lowerFirst(m[1]) + lowerFirst(m[2]) + " " + strings.TrimSuffix(strings.TrimSpace(m[3]), ",")
}

// amPlaceAfterWords is a word operation whose place (an alinéa, a
// sentence, the start or the end of one) follows its words: group 1 what
// goes before the verb (an anchor, "Alinéa 2 :"), 2 the verb, 3 the words
// (both of "substituer"), 4 the place, 5 the rest ("par …", an anchor, or
// nothing).
var amPlaceAfterWords = mustRe(`^((?:(?:[^«"“]|` + amQuoted + `)*?(?:[,:]|` + amQuoted + `)\s*)?)((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter))\s+((?:(?:le|les|la|l['’]|aux?|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `\s*,?\s*){1,2}?)\s*,?\s*((?:à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:.]*?)\s*(,\s*.*|\s+(?:(?:par|après|avant|les?|la|aux?)\s|l['’]).*|\.?\s*)$`)

// amPlaceLast is a word operation whose place ends it, after the words
// and their anchor: "Supprimer le mot : « B », après le mot : « A », à
// l'alinéa 2." (group 1 the operation, from its verb or its anchor, 2
// the place). Read when the operation names no other place and is one
// (amTwoOps).
var amPlaceLast = mustRe(`^((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter|après|avant)\s(?:[^«"“]|` + amQuoted + `)*` + amQuoted + `)\s*,?\s*((?:à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:.]*?)\s*\.?\s*$`)

// amQuotedRe finds quoted words (amQuoted); amTwoOps is two operations
// joined ("et", "puis", ";") outside them.
var (
	amQuotedRe = mustRe(amQuoted)
	amTwoOps   = mustRe(`(?i)\s(?:et|puis)\s|;`)
)

// amVerbPlaceBare is a word operation whose verb comes before its alinéa
// or sentence, between commas or not, and the place before the words:
// group 1 what goes before the verb (an anchor), 2 the verb, 3 the
// place, 4 the words and the rest.
var amVerbPlaceBare = mustRe(`^((?:(?:[^«"“]|` + amQuoted + `)*?,\s*|(?:[^«"“]|` + amQuoted + `)*?` + amQuoted + `\s+)?)((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter))\s*,?\s*` + amWordOpPlace + `\s*,?\s+((?:les?|la|l['’]|aux?|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:.*)$`)

// amVerbFirstBare is an insertion whose verb comes before its alinéa,
// without commas: group 1 the verb, 2 the locator, 3 the rest. The start
// or the end of an alinéa or of its sentence is a place too ("Ajouter à
// la fin de l'alinéa 1 les mots : « B »", "Insérer au début de la
// première phrase de cet alinéa …").
var amVerbFirstBare = mustRe(`^(Ins[ée]rer|Ajouter)\s+((?:après|avant)\s+(?:l['’]alinéa\s+\d+|cet\s+alinéa|ces\s+alinéas|cette\s+phrase|le\s+(?:[IVX]+|\d+°|[a-z]\))(?:\s+` + latinOrd + `)?)|au\s+début\s+de\s+cet\s+article|à\s+la\s+fin\s+de\s+cet\s+article|(?:au\s+début|à\s+la\s+fin)\s+de\s+(?:la\s+(?:` + ordWordsAcc + `)\s+phrase\s+de\s+)?(?:l['’]alinéa\s+\d+|cet\s+alinéa)|(?:au\s+début|à\s+la\s+fin)\s+de\s+la\s+(?:` + ordWordsAcc + `)\s+phrase)\s+([^,].*)$`)

// amAtAlineaThisAlinea is "À l'alinéa 3, insérer après cet alinéa …"
// or "À l'alinéa 3, après cet alinéa, insérer …" (groups: the number;
// the verb, the side, or the side, the verb; what follows).
var amAtAlineaThisAlinea = mustRe(`^(?:À|A)\s+l['’]alinéa\s+(\d+)\s*,\s*(?:(Ins[ée]rer|Ajouter|ins[ée]rer|ajouter)\s+(après|avant)\s+cet\s+alinéa\s*,?\s*|(après|avant)\s+cet\s+alinéa\s*,\s*(ins[ée]rer|ajouter)\s+)(\S.*)$`)

// amOrdAlinea is an alinéa of the bill article named by its rank: "le
// deuxième alinéa", "au 9ème alinéa", "du 2e alinéa" (groups: the article,
// the rank in words, the rank in digits).
var amOrdAlinea = mustRe(`(?i)\b(au|du|le|dans\s+le)\s+(?:(` + ordWordsAcc + `)|(\d+)\s*(?:ème|eme|e|è|er|ère|re|nd|nde))\s+alinéa\b`)

// rankedAlineas writes alinéas of the bill article named by their ranks
// as their numbers: "Aux deuxième et troisième alinéas" is "aux alinéas
// 2 et 3", as one rank is (numberedAlineasSeg); followed by the division
// they count in ("des deuxième et troisième alinéas du I"), or a rank
// not read, left as it is.
func rankedAlineas(s string) string {
	var b strings.Builder
	for {
		m := amOrdAlineas.FindStringSubmatchIndex(s)
		if m == nil {
			b.WriteString(s)
			return b.String()
		}
		rest := s[m[1]:]
		ofArticle := strings.HasPrefix(strings.TrimSpace(asciiLower(foldAccents(rest))), "de cet article")
		var nums []string
		for _, w := range amOrdSep.Split(s[m[4]:m[5]], -1) {
			n := ordValue[asciiLower(foldAccents(strings.TrimSpace(w)))]
			if n <= 0 {
				nums = nil
				break
			}
			nums = append(nums, strconv.Itoa(n))
		}
		if nums == nil || amOrdFollow.MatchString(rest) && !ofArticle {
			b.WriteString(s[:m[1]])
			s = rest
			continue
		}
		b.WriteString(s[:m[0]] + s[m[2]:m[3]] + " alinéas " + strings.Join(nums[:len(nums)-1], ", ") + " et " + nums[len(nums)-1])
		s = rest
	}
}

// amOrdAlList is alinéas named by several ranks, folded: "deuxieme et
// troisieme alineas".
var amOrdAlList = mustRe(`\b(?:` + ordWords + `)\s*(?:,|et)\s*(?:` + ordWords + `)\s+alineas\b`)

// amOrdAlineas is alinéas of the bill article named by their ranks:
// "aux deuxième et troisième alinéas", "les premier, troisième et
// cinquième alinéas" (groups: the article, the ranks); amOrdSep
// separates the ranks.
var (
	amOrdAlineas = mustRe(`(?i)\b(aux|des|les|dans\s+les)\s+((?:` + ordWordsAcc + `)(?:\s*(?:,|et)\s*(?:` + ordWordsAcc + `))+)\s+alinéas\b`)
	amOrdSep     = mustRe(`\s*(?:,\s*et|,|et)\s*`)
)

// amOrdFollow is what makes a ranked alinéa one of a part, not of the
// article: "le deuxième alinéa du I", "de l'article L. 1".
// amOrdRange is a range of alinéas by their ranks: "aux deuxième à
// quatrième alinéas" (group 1 the preposition, 2 and 3 the ranks).
var amOrdRange = mustRe(`(?i)\b(aux|des|les)\s+(` + ordWordsAcc + `)\s+à\s+(` + ordWordsAcc + `)\s+alinéas\b`)

var amOrdFollow = mustRe(`^\s*(?:du|de\s+la|de\s+l['’]|des|de)\s`)

// amMakePrecede is the Assemblée's "faire précéder l'alinéa 1 de la
// mention : « I. – »" (also "de la référence", "des mots"), groups: "En
// conséquence, ", the place, the noun of the words.
var amMakePrecede = mustRe(`(?i)^((?:en\s+cons[ée]quence\s*,\s*)?)faire\s+pr[ée]c[ée]der\s+([^«":,]+?)\s+(?:de\s+la\s+(mention|r[ée]f[ée]rence)|des\s+(mots)|du\s+(mot))\s*:\s*`)

// makePrecede reads "Faire précéder l'alinéa 1 de la mention : « I. – »"
// as "Au début de l'alinéa 1, insérer la mention : « I. – »" ("le début
// de cet article", "le premier alinéa", "le I" likewise) — the mention
// the Assemblée asks for when it numbers an article's first paragraph
// (it was refused).
func makePrecede(head string) string {
	m := amMakePrecede.FindStringSubmatchIndex(head)
	if m == nil {
		return head
	}
	place := head[m[4]:m[5]]
	low := strings.ToLower(place)
	if strings.HasPrefix(low, "le début de ") {
		place, low = place[len("le début de "):], low[len("le début de "):]
	}
	switch {
	case strings.HasPrefix(low, "le "):
		place = "du " + place[3:]
	case strings.HasPrefix(low, "les "):
		place = "des " + place[4:]
	default:
		place = "de " + place
	}
	noun := "la mention"
	switch {
	case m[6] >= 0:
		noun = "la " + head[m[6]:m[7]]
	case m[8] >= 0:
		noun = "les mots"
	case m[10] >= 0:
		noun = "le mot"
	}
	at := "Au début "
	if m[3] > m[2] {
		at = head[m[2]:m[3]] + "au début "
	}
	return at + place + ", insérer " + noun + " : " + head[m[1]:]
}

// amEndNoDivision is an end rewritten, deleted or replaced with no
// division named, after an alinéa named alone: "À l'alinéa 2, rédiger
// ainsi la fin après le mot :", "…, supprimer la fin après le mot : « A
// »", "…, remplacer la fin à partir du mot : « A » par …" (the Sénat's
// "Alinéa 2" line, "À cet alinéa, …" after it) — the end of that alinéa,
// as "… la fin de cet alinéa après …" (the rewrite was refused, the
// deletion and the replacement edited A alone); the start the same, "À
// l'alinéa 2, rédiger ainsi le début jusqu'au mot : « A » :" (the whole
// alinéa was rewritten). Elsewhere (amEndBare: no alinéa, a sentence
// named) it is refused (groups: the alinéa, the verb and "la fin" or "le
// début", après, à partir or jusqu').
var amEndNoDivision = mustRe(`^([ÀA]\s+l['’]alinéa\s+\d+)\s*,\s*(?:[àa]\s+cet\s+alinéa\s*,\s*)?((?:[Rr]édiger\s+ainsi|[Ss]upprimer|[Rr]emplacer)\s+(?:la\s+fin|le\s+début))\s+(après|à\s+partir|jusqu)\b`)

// amStartInSentence is a start rewritten, deleted or replaced with no
// division named, after a sentence named alone: "À la première phrase
// de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « A » :" (the
// Sénat's "Alinéa 2, première phrase" line, "À la seconde phrase de cet
// alinéa, …", "À la dernière phrase, …") — the start of that sentence,
// as "… le début de cette phrase jusqu'au …" (it was refused); the
// bound must be found once in that sentence. "La fin" there stays
// refused (amEndBare): the end of the sentence or of the alinéa is not
// said (groups: the place, the verb and "le début").
var amStartInSentence = mustRe(`^((?:[ÀA]\s+l['’]alinéa\s+\d+\s*,\s*[àa]|[ÀA])\s+la\s+(?:` + ordWordsAcc + `)\s+phrase(?:\s+de\s+(?:l['’]alinéa\s+\d+|cet\s+alinéa))?|[ÀA]\s+l['’]alinéa\s+\d+\s*,\s*(?:la\s+)?(?:` + ordWordsAcc + `)\s+phrase)\s*,\s*((?:[Rr]édiger\s+ainsi|[Ss]upprimer|[Rr]emplacer)\s+le\s+début)\s+(jusqu)`)

// amBareReference is an item's bare label written unquoted after "la
// référence :" on the instruction's line, "Remplacer la référence : 2°
// par la référence : 3°", "substituer à la référence : 2° la référence
// : 3°", "Supprimer la référence : 2° bis." (groups: "la référence :",
// the label, what follows: "par", "la référence", the end).
var amBareReference = mustRe(`((?:\b[Ll]a|[àÀ]\s+la)\s+référence\s*:\s*)((?:\d+°|[IVXL]+|[a-z]\))(?:\s+` + latinOrd + `)?)(\s+(?:par\b|la\s+référence\b)|\s*[.;]?\s*$)`)

// quoteBareReferences quotes the bare labels amBareReference finds, as
// the Sénat's lines are (TestLeft3QuotedItemReference): one reference,
// read where the place holds the label once (it was refused).
func quoteBareReferences(head string) string {
	if strings.ContainsAny(head, "«\"\n") {
		return head
	}
	// Twice: "… la référence : 2° la référence : 3°" shares its words.
	for k := 0; k < 2; k++ {
		head = amBareReference.ReplaceAllString(head, "${1}« ${2} »${3}")
	}
	return head
}

// amEndBare is "la fin" or "le début" bounded by words with no division
// after it: "supprimer la fin après le mot : « A »", "rédiger ainsi le
// début jusqu'au mot : « A »".
var amEndBare = mustRe(`(?i)\b(?:rédiger\s+ainsi|supprimer|remplacer)\s+(?:la\s+fin|le\s+début)\s+(?:après|à\s+partir|jusqu)\b`)

// amLatinPlace is a place said in Latin in a head: "in fine", "in
// limine" (group 1: "in" as written, 2: which), not "compléter in fine"
// (which adds at the end anyway).
var amLatinPlace = mustRe(`(?i)\b(in)\s+(limine|fine)\b`)

// latinPlace reads "Alinéa 2, in fine", "In fine de l'alinéa 2, …", "À
// l'alinéa 2, in limine, …" as "à la fin", "au début" (they were
// refused), as the bills' plainDrafting does.
func latinPlace(s string) string {
	return amLatinPlace.ReplaceAllStringFunc(s, func(m string) string {
		g := amLatinPlace.FindStringSubmatch(m)
		place := "au début"
		if strings.EqualFold(g[2], "fine") {
			place = "à la fin"
		}
		if g[1] == "In" {
			place = upperFirst(place)
		}
		return place
	})
}

// amEachOccAnchor is an anchor at each of its occurrences: "après chaque
// occurrence du mot", "avant chaque occurrence de la référence" (groups:
// the preposition, the article).
var amEachOccAnchor = mustRe(`(?i)\b(après|apres|avant)\s+chaque\s+occurrence\s+(du|de\s+la|des|de\s+l['’])\s*`)

// eachOccurrenceAnchor reads "après chaque occurrence du mot : « A »" as
// "après le mot : « A »", which inserts after every occurrence (it was
// refused).
func eachOccurrenceAnchor(s string) string {
	return amEachOccAnchor.ReplaceAllStringFunc(s, func(m string) string {
		g := amEachOccAnchor.FindStringSubmatch(m)
		art := map[string]string{"du": "le ", "des": "les ", "de la": "la "}[strings.ToLower(strings.Join(strings.Fields(g[2]), " "))]
		if art == "" {
			art = "l'"
		}
		return g[1] + " " + art
	})
}

// amCountedOccWords is occurrences counted before their words: "aux deux
// occurrences du mot : « A »", "les trois occurrences des mots : « A »"
// (groups: the determiner, the count, the genitive, the noun, the quoted
// words).
var amCountedOccWords = mustRe(`(?i)\b(aux|les)\s+(` + cardinalWords + `)\s+occurrences\s+(du|de\s+la|des|de\s+l['’])\s*(` + wordNounCased + `)\s*:\s*(«[^«»]*»|"[^"]*")`)

// countedOccurrences reads "substituer aux deux occurrences du mot : « A »
// le mot : « B »", "supprimer les deux occurrences du mot : « A »" as the
// words and their count, "au mot : « A » (deux fois)" — every occurrence,
// refused unless there are that many, as the bills' "les deux
// occurrences du mot : « A » sont remplacées" (it was refused). "Les deux
// premières occurrences" is another reading: left to amCountedOcc, which
// refuses it.
func countedOccurrences(head string) string {
	return amCountedOccWords.ReplaceAllStringFunc(head, func(m string) string {
		g := amCountedOccWords.FindStringSubmatch(m)
		gen := strings.ToLower(strings.Join(strings.Fields(g[3]), " "))
		var det string
		if strings.EqualFold(g[1], "aux") {
			det = map[string]string{"du": "au ", "de la": "à la ", "des": "aux "}[gen]
			if det == "" {
				det = "à l'"
			}
		} else {
			det = map[string]string{"du": "le ", "de la": "la ", "des": "les "}[gen]
			if det == "" {
				det = "l'"
			}
		}
		return det + g[4] + " : " + g[5] + " (" + strings.ToLower(g[2]) + " fois)"
	})
}

// amWordsCountTail is a rank or a count in parentheses after unquoted
// words, on their line: "(deuxième occurrence)", "(deux fois)", "(deux
// occurrences)" (group 1).
var amWordsCountTail = mustRe(`(?i)\s*(\(\s*(?:(?:la\s+)?(?:` + ordWordsAcc + `)\s+occurrence|(?:` + cardinalWords + `)\s+(?:fois|occurrences))\s*\))\s*$`)

// amRestInText is the remark "(le reste sans changement)" ("(sans
// modification)") anywhere in new text.
var amRestInText = mustRe(`(?i)\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)`)

// amStatusLead is what may stand before the remark when it is a part's
// status ("I. – (Sans modification)", "« 2° bis (Sans changement)"): a
// label, or nothing.
var amStatusLead = mustRe(`^[\s«"“]*(?:(?:[IVX]+|[A-Z]|\d+\s*°|[a-z]{1,2}\))(?:\s+` + latinOrd + `)?\s*[.)]?\s*[-–—]?\s*)?$`)

// amRestRemark is the remark "(le reste sans changement)" alone on its
// line (also "sans modification").
var amRestRemark = mustRe(`(?i)^\s*\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)\s*[.;]?\s*$`)

// amAnchorLast is an insertion whose anchor follows the new words:
// "insérer les mots : « B » après le mot : « A »" (groups: the place
// before, the verb, the new words, the anchor).
// amSubstNewFirst is "substituer" with the new words first: "substituer
// les mots : « B » aux mots : « A »", a place perhaps before them
// ("substituer, à l'alinéa 2, les mots : « B » aux mots : « A »")
// (groups: the verb, the place, the new words, the old words).
var amSubstNewFirst = mustRe(`\b([Ss]ubstituer)\s*,?\s*((?:(?:à|au|aux|dans)\s[^«"“,:]*?\s*,?\s*)?)((?:le|les|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*,?\s*((?:aux?|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `)`)

// amQuoted is words quoted « … », "…" or “…” (the new words first and
// the anchor last were read with « » only: with "…" the first words were
// taken for the old ones — TestGenAmOrdersAnyQuotes).
const amQuoted = `(?:«[^»]*»|"[^"]*"|“[^”]*”)`

var amAnchorLast = mustRe(`^((?:[^«"“]*?[,:]\s*)?)((?i:ins[ée]rer|ajouter))\s+((?:le|les|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*,?\s*((?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*\.?\s*$`)

// amAnchorRef is the anchor of a word operation: "après le mot : « A »",
// "avant la deuxième occurrence du mot : « A »".
var amAnchorRef = `(?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:\s*` + amQuoted

// amWordsRef is words named with their noun: "les mots : « A »".
var amWordsRef = `(?:le|les|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted

// amDeleteAnchorLast is a deletion whose anchor follows the words:
// "supprimer les mots : « B » après le mot : « A »" (groups: the place
// before, the verb, the words, the anchor).
var amDeleteAnchorLast = mustRe(`^((?:[^«"“]*?[,:]\s*)?)((?i:supprimer))\s+(` + amWordsRef + `)\s*,?\s*(` + amAnchorRef + `)\s*\.?\s*$`)

// amEndAnchorLast is an end deleted or rewritten whose anchor follows
// the end named: "supprimer la fin de l'alinéa 2 après les mots :
// « A »", "remplacer la fin de cet alinéa après la seconde occurrence du
// mot : « A » par …" (groups: the place before, the verb, the end named,
// the anchor, the rest).
var amEndAnchorLast = mustRe(`^((?:[^«"“]*?,\s*)?)((?i:supprimer|remplacer|substituer\s+à|r[ée]diger\s+ainsi))\s+(la\s+fin\s+(?:de|du|des)\b[^«"“:,]*?)\s*,?\s*((?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*,?\s*(.*)$`)

// amRespectiveInsertion is new words inserted after (before) two or more
// anchors "respectivement": "après les mots : « A » et « B », insérer
// respectivement les mots : « C » et « D »", "… « A », « B » et « C » …"
// (groups: the preposition, the anchors' determiner and noun, the
// anchors, the verb, the new words' determiner and noun, the new words).
var amRespectiveInsertion = mustRe(`\b([Aa]près|[Aa]vant)\s+((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList + `\s*,\s*((?i:insérer|ajouter))\s*,?\s*respectivement\s*,?\s*((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList)

// respectiveAnchors reads new words inserted after two or more anchors
// "respectivement", "après les mots : « A » et « B », insérer
// respectivement les mots : « C » et « D »", as insertions joined by
// "et", "après les mots : « A », insérer les mots : « C » et, après les
// mots : « B », les mots : « D »" — C after A and D after B (it was
// refused; three or more were refused too); counts that differ are left
// as said (refused).
func respectiveAnchors(head string) string {
	return amRespectiveInsertion.ReplaceAllStringFunc(head, func(m string) string {
		g := amRespectiveInsertion.FindStringSubmatch(m)
		if out, ok := respectivePairs(g[1], g[2], g[3], g[4], g[5], g[6]); ok {
			return out
		}
		return m
	})
}

// amDetachedRank is an occurrence's rank said apart from the words it
// ranks: "remplacer le mot : « A » par le mot : « B » à la seconde
// occurrence", "…, à la deuxième occurrence, …", "après le mot : « A »
// (seconde occurrence)" (group 1: the rank). The rank written before the
// words' noun ("la seconde occurrence du mot") is not this one: the
// caller checks what follows.
var amDetachedRank = mustRe(`(?i)\s*(,)?\s*(?:\(\s*(?:(?:à|a)\s+)?(?:la\s+|sa\s+)?(` + ordWordsAcc + `)\s+occurrence\s*\)|(?:à|a|dans|pour)\s+(?:la|sa)\s+(` + ordWordsAcc + `)\s+occurrence\b)\s*(,)?`)

// amRankedGroup is the words an occurrence's rank may rank: the words
// replaced or deleted, right after the verb ("remplacer le mot :",
// "substituer aux mots :", "supprimer la référence :"), or the anchor of
// an insertion ("après le mot :") (groups: the verb or preposition, the
// determiner, the noun).
var amRankedGroup = mustRe(`(?i)\b(remplacer|supprimer|substituer|après|apres|avant)\s+(le|les|la|l['’]|au|aux|à\s+la|a\s+la|à\s+l['’]|a\s+l['’])\s*(` + wordNounCased + `)\s*:`)

// amRankFollows is what makes a rank the words' own ("la seconde
// occurrence du mot"): a genitive right after it.
var amRankFollows = mustRe(`(?i)^\s*(?:du|de\s+la|de\s+l['’]|des|d['’])`)

// detachedOccurrence reads an occurrence's rank said apart from the words
// it ranks — "À l'alinéa 1, remplacer le mot : « A » par le mot : « B » à
// la seconde occurrence", "substituer au mot : « A », à la deuxième
// occurrence, le mot : « B »", "après le mot : « A » (seconde
// occurrence), insérer …" — as the rank of those words: "remplacer la
// seconde occurrence du mot : « A » par …" (the rank was dropped, and
// every occurrence edited). The words are the only ones an instruction
// edits or inserts after; with two groups of such words, two ranks, or
// more than old and new words quoted, which is ranked is not said: false.
//
// A rank in the locator with the words it ranks, "À l'alinéa 1, à la
// deuxième occurrence du mot : « A », substituer au mot : « A » …", is
// the same when those words are the ones edited (locatorOccurrence).
func detachedOccurrence(head string) (string, bool) {
	head = locatorOccurrence(head)
	rank, n := "", 0
	segs := 0
	s := outsideQuotes(head, func(seg string) string {
		segs++
		first := segs > 1 // the segment right after a quotation
		for {
			m := amDetachedRank.FindStringSubmatchIndex(seg)
			for m != nil && amRankFollows.MatchString(seg[m[1]:]) && m[8] < 0 {
				// "la seconde occurrence du mot": the words' own.
				next := amDetachedRank.FindStringSubmatchIndex(seg[m[1]:])
				if next == nil {
					m = nil
					break
				}
				for i := range next {
					if next[i] >= 0 {
						next[i] += m[1]
					}
				}
				m = next
			}
			if m == nil {
				return seg
			}
			n++
			if m[4] >= 0 {
				rank = seg[m[4]:m[5]]
			} else {
				rank = seg[m[6]:m[7]]
			}
			before, after := strings.TrimRight(seg[:m[0]], " "), seg[m[1]:]
			// "À l'alinéa 1, à la deuxième occurrence, remplacer": the
			// locator keeps its comma; after a verb or a quotation the
			// rank's commas go with it.
			sep := " "
			if m[2] >= 0 && m[8] >= 0 && before != "" && !(first && m[0] == 0) && !amVerbEnd.MatchString(before) {
				sep = ", "
			}
			if before == "" && !first {
				sep = ""
			}
			seg = before + sep + strings.TrimLeft(after, " ")
			if strings.TrimSpace(after) == "" || strings.HasPrefix(strings.TrimSpace(after), ".") {
				seg = strings.TrimRight(before, " ") + strings.TrimLeft(after, " ")
			}
		}
	})
	if n == 0 {
		return head, true
	}
	if n > 1 {
		return "", false
	}
	if _, quotes := shape(s); len(quotes) > 2 {
		return "", false
	}
	groups := 0
	s = outsideQuotes(s, func(seg string) string {
		return amRankedGroup.ReplaceAllStringFunc(seg, func(g string) string {
			groups++
			m := amRankedGroup.FindStringSubmatch(g)
			det := strings.ToLower(strings.Join(strings.Fields(m[2]), " "))
			prep, gen := "", ""
			switch det {
			case "au":
				prep, gen = "à ", "du "
			case "aux":
				prep, gen = "à ", "des "
			case "à la", "a la":
				prep, gen = "à ", "de la "
			case "le":
				gen = "du "
			case "les":
				gen = "des "
			case "la":
				gen = "de la "
			default:
				if strings.HasPrefix(det, "à") || strings.HasPrefix(det, "a ") {
					prep = "à "
				}
				gen = "de l'"
			}
			return m[1] + " " + prep + "la " + rank + " occurrence " + gen + m[3] + " :"
		})
	})
	if groups != 1 {
		return "", false
	}
	return s, true
}

// amLocatorOccurrence is an occurrence's rank in a locator with the words
// it ranks: "à la deuxième occurrence du mot : « A »," (groups: the rank
// said alone, the quotation).
var amLocatorOccurrence = mustRe(`(?i)((?:à|a|dans)\s+la\s+(?:` + ordWordsAcc + `)\s+occurrence)\s+(?:du|de\s+la|des|de\s+l['’])\s*(?:` + wordNounCased + `)\s*:?\s*(«[^«»]*»)\s*,`)

// locatorOccurrence writes "à la deuxième occurrence du mot : « A »,
// substituer au mot : « A » …" as "à la deuxième occurrence, substituer
// au mot : « A » …" when the next quotation is the same words; other
// words are left as they are (the locator's occurrence refuses them).
func locatorOccurrence(head string) string {
	m := amLocatorOccurrence.FindStringSubmatchIndex(head)
	if m == nil {
		return head
	}
	next := quoteRe.FindStringIndex(head[m[1]:])
	if next == nil || quotedText(head[m[4]:m[5]]) != quotedText(head[m[1]+next[0]:m[1]+next[1]]) {
		return head
	}
	return head[:m[0]] + head[m[2]:m[3]] + "," + head[m[1]:]
}

// amVerbEnd is a verb of an instruction ending a text: "remplacer,".
var amVerbEnd = mustRe(`(?i)\b(?:` + amVerbsCased + `)\s*,?$`)

// amSignOld is a punctuation sign named in words as the words an
// instruction edits, right after its verb: "remplacer la virgule",
// "supprimer le point-virgule", "substituer au point" (groups: the verb
// and its preposition, the sign, what follows); amSignNew one named as
// the new words: "par un point", "le point-virgule" after "substituer
// au signe : « , »".
var (
	amSignOld = mustRe(`(?i)\b(remplacer|supprimer|substituer\s+(?:au|à\s+la))\s+(?:(?:le|la)\s+)?(point-virgule|point|virgule|deux-points)(\s+(?:par|un|une|le|la|les)\b|\s*[.,;]?\s*$)`)
	amSignNew = mustRe(`(?i)(\bpar|\bq\d+|»)\s+(?:un|une|le|la)\s+(point-virgule|point|virgule|deux-points)(\s*[.;]?\s*$|\s+et\b|\s*,)`)
)

// amBareVerb is an operation whose words follow it quoted without their
// noun: "remplacer « A » par « B »", "supprimer « A »", "après « A »,
// insérer « B »", "compléter l'alinéa 3 par « B »", "substituer à « A »
// (,) « B »" (group 1; group 2 the "à" that takes "aux mots").
var amBareVerb = mustRe(`(?i)\b(remplacer|supprimer|ins[ée]rer|ajouter|par|apr[èe]s|avant|substituer\s+(à))\s+$`)

// bareQuotedWords reads quoted text an operation names without its noun
// as words: "À l'alinéa 3, remplacer « A » par « B »" is "remplacer les
// mots : « A » par les mots : « B »" (it was refused). Unquoted, as the
// Sénat's layout without a noun ("Remplacer" / A / "par" / B), it stays
// refused: where the words end is not said.
func bareQuotedWords(head string) string {
	var b strings.Builder
	from, depth, straight := 0, 0, false
	substituted := false // after "substituer à « A »": « B » is the new words
	for i, r := range head {
		opens := depth == 0 && !straight && (r == '«' || r == '"' || r == '“')
		if opens {
			seg := head[from:i]
			m := amBareVerb.FindStringSubmatchIndex(seg)
			switch {
			case m != nil && m[4] >= 0:
				seg, substituted = seg[:m[4]]+"aux mots : ", true
			case m != nil:
				seg, substituted = seg[:m[3]]+" les mots : ", false
			case substituted && strings.Trim(seg, " ,") == "" && strings.Count(seg, ",") <= 1:
				// "substituer à « A », « B »": a comma between the two
				// quotations changes nothing (it was refused).
				seg, substituted = " les mots : ", false
			default:
				substituted = false
			}
			b.WriteString(seg)
			from = i
		}
		switch r {
		case '«', '“':
			depth++
		case '»', '”':
			depth--
		case '"':
			straight = !straight
		}
		if depth == 0 && !straight && !opens && (r == '»' || r == '”' || r == '"') {
			b.WriteString(head[from : i+len(string(r))])
			from = i + len(string(r))
		}
	}
	b.WriteString(head[from:])
	return b.String()
}

// namedSigns reads a punctuation sign named in words as the sign quoted:
// "remplacer la virgule par le mot : « et »" is "remplacer le signe : «
// , » par le mot : « et »", "… par un point" "… par le signe : « . »"
// (the first rewrote the alinéa as "et", the second was refused). The
// bills' "le point est remplacé par un point-virgule" is plainDrafting's.
func namedSigns(head string) string {
	head = colonsPlural(head) // signs21.go
	m := amSignOld.FindStringSubmatchIndex(head)
	if m == nil {
		return head
	}
	verb := head[m[2]:m[3]]
	noun := "le signe"
	if low := strings.ToLower(verb); strings.HasPrefix(low, "substituer") {
		verb, noun = strings.Fields(verb)[0], "au signe"
	}
	out := head[:m[2]] + verb + " " + noun + " : « " + signOf[strings.ToLower(head[m[4]:m[5]])] + " »" + head[m[6]:]
	if n := amSignNew.FindStringSubmatchIndex(out); n != nil && n[0] > m[2] {
		out = out[:n[3]] + " le signe : « " + signOf[strings.ToLower(out[n[4]:n[5]])] + " »" + out[n[6]:]
	}
	return out
}

// amParagraphLabel is a part of the bill article named with its noun:
// "le paragraphe II", "au paragraphe III bis", "les paragraphes II et
// III".
var amParagraphLabel = mustRe(`(?i)\b(le|du|au|dans\s+le|les|des|aux|dans\s+les)\s+paragraphes?\s+([IVX]+(?:\s+` + latinOrd + `)?)\b`)

// amRestoreOne is "Rétablir un II", "Rétablir un 2° bis", "rétablir un
// b)": the division deleted, named by its label.
var amRestoreOne = mustRe(`(?i)\b(r[ée]tablir\s+)une?\s+((?:paragraphe\s+)?(?:[IVX]+|\d+°|[a-z]\))(?:\s+` + latinOrd + `)?(?:\s|$))`)

// namedParagraphs reads a part named with its noun as the part: "le
// paragraphe II" is "le II", as the bills print "II. –" (the whole
// article was rewritten by "Rétablir le paragraphe II", and "Supprimer
// le paragraphe II" was refused); and "Rétablir un II ainsi rédigé" is
// "Rétablir le II": what is restored is the division deleted, which the
// article keeps as "II. – (Supprimé)". Quoted words are never touched.
func namedParagraphs(head string) string {
	return outsideQuotes(head, func(s string) string {
		s = amRestoreOne.ReplaceAllString(s, "${1}le $2")
		return amParagraphLabel.ReplaceAllString(s, "$1 $2")
	})
}

// numberedAlineas reads an alinéa of the bill article named by its rank
// as its number, which is how amendments count it: "Après le deuxième
// alinéa", "Supprimer le 9ème alinéa" are "après l'alinéa 2", "l'alinéa
// 9". A rank followed by the division it counts in ("du I", "de cet
// article" excepted) is left as it is; "dernier" and "avant-dernier"
// too. Quoted words are never touched.
func numberedAlineas(head string) string {
	if sh, _ := shape(head); hasItemLoc(sh) {
		// "Au II, supprimer le second alinéa": the rank counts in the II.
		return head
	}
	return outsideQuotes(head, numberedAlineasSeg)
}

// amAlineaPremier is "l'alinéa premier", the older order of "le premier
// alinéa" (group 1 what precedes, 2 the preposition, 3 the article's l).
var amAlineaPremier = mustRe(`(^|[^\pL])((?:[àÀ]|[aA]|[dD]e|[dD]ans)\s+)?([lL])['’]alinéa\s+premier\b`)

// alineaPremier writes "à l'alinéa premier" as "au premier alinéa" (the
// bills read it; an amendment's was refused).
func alineaPremier(s string) string {
	return amAlineaPremier.ReplaceAllStringFunc(s, func(m string) string {
		g := amAlineaPremier.FindStringSubmatch(m)
		prep := strings.ToLower(strings.TrimSpace(g[2]))
		upper := g[2] != "" && strings.ToUpper(g[2][:1]) == g[2][:1] || g[2] == "" && g[3] == "L"
		var out string
		switch prep {
		case "à", "a":
			out = "au premier alinéa"
		case "de":
			out = "du premier alinéa"
		case "dans":
			out = "dans le premier alinéa"
		default:
			out = "le premier alinéa"
		}
		if upper {
			out = upperFirst(out)
		}
		return g[1] + out
	})
}

// amAlineaWords writes an amendment head's words for an alinéa as one
// form: "al." "alinéa" (alineaAbbrev), "l'alinéa premier" "le premier
// alinéa" (alineaPremier).
func amAlineaWords(s string) string {
	return amAlineaPremierLine.ReplaceAllString(alineaPremier(alineaAbbrev(s)), "${1}Alinéa 1er")
}

// amFromCounting is a span's bound "à compter du mot :" ("des mots", "de
// la référence"), the words included: as "à partir du mot :" (group 1
// what precedes "à", 2 the article and noun). "Supprimer la fin de
// l'alinéa 3 à compter du mot : « A »" deleted A alone — the bound was
// not read (TestAmLeft4FromCountingWords).
var amFromCounting = mustRe(`(^|[\s,])[àÀ]\s+compter\s+((?:du|des|de\s+la|de\s+l['’])\s*` + wordNounCased + `\s*(?::|$))`)

// amHeadWords writes a head's words outside quotations as the parser
// reads them: an alinéa's (amAlineaWords), a span's bound "à compter du
// mot" (amFromCounting).
func amHeadWords(s string) string {
	return amFromCounting.ReplaceAllString(amAlineaWords(s), "${1}à partir ${2}")
}

// amAlineaPremierLine is the Sénat's locator line "Alinéa premier" (after
// a part's number, "I. – Alinéa premier"), its "Alinéa 1er": group 1 what
// precedes.
var amAlineaPremierLine = mustRe(`^((?:[IVX]+\s*\.\s*[-–—―]\s*)?)Alinéa\s+premier\s*$`)

func numberedAlineasSeg(s string) string {
	s = rankedAlineas(rankWords(s))
	// "Aux deuxième à quatrième alinéas" are "aux alinéas 2 à 4" (a
	// range by ranks was refused), unless the ranks count in a division
	// named after them.
	for _, m := range slices.Backward(amOrdRange.FindAllStringSubmatchIndex(s, -1)) {
		from, to := ordValue[asciiLower(foldAccents(s[m[4]:m[5]]))], ordValue[asciiLower(foldAccents(s[m[6]:m[7]]))]
		if from > 0 && to > from && !amOrdFollow.MatchString(s[m[1]:]) {
			s = s[:m[0]] + s[m[2]:m[3]] + " alinéas " + strconv.Itoa(from) + " à " + strconv.Itoa(to) + s[m[1]:]
		}
	}
	var b strings.Builder
	for {
		m := amOrdAlinea.FindStringSubmatchIndex(s)
		if m == nil {
			b.WriteString(s)
			return b.String()
		}
		n := 0
		if m[4] >= 0 {
			n = ordValue[asciiLower(foldAccents(s[m[4]:m[5]]))]
		} else {
			n, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		rest := s[m[1]:]
		ofArticle := strings.HasPrefix(strings.TrimSpace(asciiLower(foldAccents(rest))), "de cet article")
		if n <= 0 || amOrdFollow.MatchString(rest) && !ofArticle {
			b.WriteString(s[:m[1]])
			s = rest
			continue
		}
		b.WriteString(s[:m[0]])
		art := asciiLower(s[m[2]:m[3]])
		switch {
		case art == "au":
			b.WriteString(upperIf(s[m[2]:m[3]], "à") + " l'alinéa " + strconv.Itoa(n))
		case art == "du":
			b.WriteString(upperIf(s[m[2]:m[3]], "de") + " l'alinéa " + strconv.Itoa(n))
		case art == "le":
			b.WriteString(upperIf(s[m[2]:m[3]], "l'") + "alinéa " + strconv.Itoa(n))
		default:
			b.WriteString(upperIf(s[m[2]:m[3]], "dans") + " l'alinéa " + strconv.Itoa(n))
		}
		s = rest
	}
}

// upperIf is w with a capital when like begins with one.
func upperIf(like, w string) string {
	if r, _ := utf8.DecodeRuneInString(like); unicode.IsUpper(r) {
		return upperFirst(w)
	}
	return w
}

// amVerbFirstAnchor is an insertion, a deletion or a replacement whose
// anchor words come after the verb, between commas or not ("insérer
// après le mot : « A » les mots : « B »", "supprimer, après le mot :
// « A », les mots : « B »", "remplacer, avant le mot : « A », le mot :
// « B » par …"): group 1 what goes before the verb (a locator, "Alinéa
// 2 :"), 2 the verb, 3 the anchor, 4 the words.
var amVerbFirstAnchor = mustRe(`^((?:[^«"“]*?[,:]\s*)?)((?i:ins[ée]rer|ajouter|supprimer|remplacer|substituer))\s*,?\s*((?:[Aa]près|[Aa]vant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)(?:mots?|r[ée]f[ée]rences?|chiffres?|nombres?|dates?|ann[ée]es?|signes?)\s*:?\s*` + amQuoted + `)\s*,?\s*((?:(?:les?|la|l['’]|une?)\s|aux?\s+` + wordNounCased + `\b).+)$`)

// anchorFirst reads an anchor after the verb (amVerbFirstAnchor) as put
// before it: "À l'alinéa 1, supprimer, après le mot : « A », les mots :
// « B »" as "À l'alinéa 1, après le mot : « A », supprimer les mots :
// « B »". Called on each line's head, and again on the head the Sénat's
// lines make whole.
func anchorFirst(head string) string {
	if m := amVerbFirstAnchor.FindStringSubmatch(head); m != nil {
		return m[1] + lowerFirstIf(m[1], m[3]) + ", " + lowerFirst(m[2]) + " " + m[4]
	}
	return head
}

// lowerFirstIf is s with its first letter lowered when something (prefix)
// comes before it.
func lowerFirstIf(prefix, s string) string {
	if prefix == "" {
		return upperFirst(s)
	}
	return lowerFirst(s)
}

// amUnreadAnchor is an anchor left after a word operation's verb ("après
// le mot : q0", "avant la deuxième occurrence du mot : q1"), folded; an
// anchor is read before the verb only. amUnreadPlace is a place of
// alinéas or sentences left between its words ("q0, à l'alinéa 2, le
// mot : q1").
var (
	amUnreadAnchor = mustRe(`\b(?:apres|avant)\s+` + wordTarget + `q\d+`)
	amUnreadPlace  = mustRe(`q\d+\s*,?\s+(?:a|au|aux|dans)\s[^,:]*?\b(?:alineas?|phrases?)\b.*q\d+`)
)

// unreadWordPart reports whether what follows a word operation's verb
// (folded, its quotations as q0, q1 …) still holds an anchor, or a place
// before its last words, that the rewrites before it did not put first:
// "Supprimer, après le mot : « A », à l'alinéa 1, les mots : « B »",
// "Substituer au mot : « A », à l'alinéa 2, le mot : « B » et …". Such a
// part was taken for words (the anchor's deleted too) or dropped (every
// alinéa edited): refused.
func unreadWordPart(rest string) bool {
	return amUnreadAnchor.MatchString(rest) || amUnreadPlace.MatchString(rest) || unreadObjectAnd(rest)
}

// amVerbPlaceAnchor and amVerbAnchorPlace are a word operation whose
// place and anchor both stand between its verb and its words, in either
// order, each between commas or not: "Supprimer, après le mot : « A », à
// l'alinéa 1, les mots : « B »", "Insérer à l'alinéa 2 après le mot :
// « A » le mot : « B »" (groups: "En conséquence, ", the verb, the
// place, the anchor, the words; in amVerbAnchorPlace the anchor comes
// before the place).
var (
	amWordOpPlace     = `((?:à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:]*?)`
	amWordOpAnchor    = `((?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:?\s*` + amQuoted + `)`
	amWordOpVerb      = `^((?:[Ee]n\s+cons[ée]quence\s*,\s*)?)((?i:ins[ée]rer|ajouter|supprimer|remplacer|substituer))\s*,?\s*`
	amWordOpWords     = `\s*,?\s*((?:(?:les?|la|l['’]|une?)\s|aux?\s+` + wordNounCased + `\b).+)$`
	amVerbPlaceAnchor = mustRe(amWordOpVerb + amWordOpPlace + `\s*,?\s+` + amWordOpAnchor + amWordOpWords)
	amVerbAnchorPlace = mustRe(amWordOpVerb + amWordOpAnchor + `\s*,?\s*` + amWordOpPlace + amWordOpWords)
)

// verbPlaceAndAnchor puts a word operation's place and anchor, both
// after its verb (amVerbPlaceAnchor, amVerbAnchorPlace), before it, the
// place first: "À l'alinéa 1, après le mot : « A », supprimer les mots :
// « B »". The anchor was taken for words to delete (A deleted too), or
// the place dropped.
func verbPlaceAndAnchor(head string) string {
	if m := amVerbPlaceAnchor.FindStringSubmatch(head); m != nil {
		return m[1] + lowerFirstIf(m[1], m[3]) + ", " + m[4] + ", " + lowerFirst(m[2]) + " " + m[5]
	}
	if m := amVerbAnchorPlace.FindStringSubmatch(head); m != nil {
		return m[1] + lowerFirstIf(m[1], m[4]) + ", " + m[3] + ", " + lowerFirst(m[2]) + " " + m[5]
	}
	return head
}

// anchorRankOfDeletion gives the Occurrences of a deletion: the words'
// own ranks ("supprimer la deuxième occurrence du mot : « A »"), or, with
// an anchor named by its rank ("Après la deuxième occurrence du mot :
// « A », supprimer le mot : « B »"), the anchor's — the first B after
// that occurrence (the rank was dropped: the first B after any A was
// deleted, one before the second A too).
func anchorRankOfDeletion(words []int, anchor string, occ []int) ([]int, bool) {
	if anchor == "" || occ == nil {
		return words, true
	}
	if words != nil {
		return nil, false
	}
	return occ, true
}

// replacedRanks gives the Occurrences of a replacement: with an anchor,
// the anchor's ranks ("après la deuxième occurrence du mot : « A »,
// remplacer …": the first words after that occurrence, it was refused),
// else the words' own.
func replacedRanks(words []int, anchor string, occ []int) []int {
	if anchor != "" {
		return occ
	}
	return words
}

// amPairSecond opens the second words of a replacement, after its first
// ones: "par …", or "substituer"'s "le mot : …" ("aux mots : …" when the
// new words come first).
var amPairSecond = mustRe(`^(?i:par\s|(?:les?|la|l['’]|aux?)\s*` + wordNounCased + `\s*:)`)

// placeInPairOfTwo reads a replacement whose place stands between its
// old and its new words, and a second operation joined after it
// ("Substituer au mot : « A », à l'alinéa 2, le mot : « B » et au mot :
// « C » le mot : « D »", "Remplacer le mot : « A », au deuxième alinéa,
// par le mot : « B » puis supprimer …") as that place first: "À l'alinéa
// 2, substituer …", the second operation, naming no place of its own,
// in the same place (splitJoined). The place was dropped and every
// alinéa edited. A place elsewhere in the instruction (the second's own):
// left, refused.
func placeInPairOfTwo(head string) (string, bool) {
	m := amPlaceAfterWords.FindStringSubmatch(head)
	if m == nil || !amPairVerb.MatchString(m[2]) || strings.ToLower(m[2]) == "supprimer" || countQuoted(m[3]) != 1 {
		return "", false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[5]), ","))
	bare := amQuotedRe.ReplaceAllString(rest, "")
	if !amPairSecond.MatchString(rest) || !amTwoOps.MatchString(bare) || amOwnLocator.MatchString(bare) || amOwnLocator.MatchString(amQuotedRe.ReplaceAllString(m[1], "")) {
		return "", false
	}
	return placeFirst(m[4], m) + " " + rest, true
}

// countQuoted is the number of quotations in s (amQuoted).
func countQuoted(s string) int { return len(amQuotedRe.FindAllStringIndex(s, -1)) }

// amPlaceJoin is where a second operation joins a place read after the
// first's words: " et", " puis", ";".
var amPlaceJoin = mustRe(`\s*;|\s+(?:et|puis)\b`)

// placeBeforeJoin reads a first operation's place after its words, then
// a second operation with a place of its own: "Supprimer le mot : « A »
// à l'alinéa 2 puis, à l'alinéa 1, supprimer le mot : « B »" as "À
// l'alinéa 2, supprimer le mot : « A » puis, à l'alinéa 1, …" (the place
// ran on to the second's: both were refused). The second without a place
// of its own (the first's place, or the whole article?) is left:
// refused.
func placeBeforeJoin(head string) (string, bool) {
	m := amPlaceAfterWords.FindStringSubmatch(head)
	if m == nil {
		return "", false
	}
	j := amPlaceJoin.FindStringIndex(m[4])
	if j == nil || amOwnLocator.MatchString(amQuotedRe.ReplaceAllString(m[1], "")) {
		return "", false
	}
	second := strings.TrimSpace(m[4][j[0]:] + m[5])
	after := strings.TrimLeft(second, " ,;")
	after = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(after, "et"), "puis"), " ,")
	if v := amImperative.FindStringIndex(after); v == nil || !ownPlace(after) || !hasOwnLocator(after[:v[0]]) {
		return "", false
	}
	return placeFirst(strings.TrimSpace(m[4][:j[0]]), m) + " " + second, true
}
