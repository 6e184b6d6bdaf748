package law

import (
	"strconv"
	"strings"
)

// plainDrafting writes the older announcements of new text as today's
// drafting does: "est rédigé comme suit :", "ainsi libellé :" → "ainsi
// rédigé :" ("modifié comme suit" → "ainsi modifié"); "complété in fine
// par" → "complété par"; "l'alinéa suivant :", "les phrases suivantes :" → "un alinéa
// ainsi rédigé :", "des phrases ainsi rédigées :"; "les mots suivants :
// « A »" → "les mots : « A »". The quoted text after them is what says
// how much there is, as with "ainsi rédigés".
// reAlAbbrev is "al." and "ph.", the abbreviations of "alinéa" and
// "phrase", as words; reParagraphSign the paragraph sign.
var (
	reAlAbbrev      = mustRe(`\b(al|ph)\.(\s|,|$)`)
	reParagraphSign = mustRe(`§`)
)

// alineaAbbrev writes the abbreviations of an instruction's words out,
// the bills' and the amendments': "al." "alinéa", "ph." "phrase", "§"
// "paragraphe" ("au deuxième al.", "À l'al. 2", "à la 2e ph.", "au § 2":
// not read, every alinéa of the article, or of the alinéa, was edited;
// a paragraph so named is then refused as "le paragraphe 2" is).
func alineaAbbrev(s string) string {
	s = reAlAbbrev.ReplaceAllStringFunc(s, func(m string) string {
		g := reAlAbbrev.FindStringSubmatch(m)
		if g[1] == "ph" {
			return "phrase" + g[2]
		}
		return "alinéa" + g[2]
	})
	return reParagraphSign.ReplaceAllString(s, "paragraphe")
}

// broughtTo is the head "<place> est ainsi modifié :" for a place named
// after a preposition ("au", "aux", "à la", "à l'"): the article that
// preposition holds, the plural verb after "aux".
func broughtTo(prep, place string) string {
	switch p := strings.ToLower(strings.Join(strings.Fields(prep), " ")); {
	case p == "aux":
		return "Les " + place + " sont ainsi modifiés :"
	case p == "au":
		return "Le " + place + " est ainsi modifié :"
	case strings.HasSuffix(p, "la"):
		return "La " + place + " est ainsi modifiée :"
	}
	return "L'" + place + " est ainsi modifié :"
}

// thusWritten writes "rédigé comme suit", "libellé ainsi qu'il suit"
// as "ainsi rédigé" ("modifié comme suit" as "ainsi modifié"), the bills'
// and the amendments' heads alike.
func thusWritten(s string) string {
	return reCommeSuit.ReplaceAllStringFunc(s, func(m string) string {
		g := reCommeSuit.FindStringSubmatch(m)
		if g[1] == "modifi" {
			return "ainsi modifi" + g[2]
		}
		return "ainsi rédig" + g[2]
	})
}

// reNewAnnounced is new alinéas or sentences announced as "new": "un
// nouvel alinéa", "deux nouveaux alinéas", "une nouvelle phrase" (group
// 1 the determiner or count, 2 the noun).
var reNewAnnounced = mustRe(`\b((?:un|une|des|les|` + cardinalWords + `)\s+)(?:nouvel|nouveaux|nouvelle|nouvelles)\s+(alin[ée]as?|phrases?)\b`)

// reEndReplacedBy is "la fin du premier alinéa est remplacée par les
// mots :" (group 1 the end named).
var reEndReplacedBy = mustRe(`\b([Ll]a\s+fin\s+[^«"“:]*?)\s+est\s+remplacée\s+par\s+(?:les\s+mots|le\s+mot)\s*:?`)

func plainDrafting(body string) string {
	body = articleNumbersPlain(body)
	// "Après le mot : « A », la fin du premier alinéa est remplacée par
	// les mots : « B »": "… est ainsi rédigée : « B »" (not read).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		return reEndReplacedBy.ReplaceAllString(seg, "$1 est ainsi rédigée :")
	})
	// "remplacé par deux nouveaux alinéas ainsi rédigés", "par un nouvel
	// alinéa", "une nouvelle phrase": the alinéas (sentences) announced,
	// as without "nouveaux" (a replacement so announced was not read).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		return reNewAnnounced.ReplaceAllString(seg, "$1$2")
	})
	body = stillRepealed(body)
	body = transferredAndRenumbered(body)
	body = transferredOnly(body)
	body = atTheHead(body)
	body = repealedAlsoThat(repealedAlsoBare(body))
	// "est modifié conformément aux dispositions suivantes :", "de la
	// manière suivante :", "subit les modifications suivantes :": "est
	// ainsi modifié :" (they were not read, and the items under them
	// lost their place).
	body = reModifiedSo.ReplaceAllString(body, "ainsi $1 :")
	body = reUndergoes.ReplaceAllStringFunc(body, func(m string) string {
		if strings.HasPrefix(m, "subissent") {
			return "sont ainsi modifiés :"
		}
		return "est ainsi modifié :"
	})
	// "Au code civil, sont apportées les modifications suivantes :",
	// "Les modifications suivantes sont apportées à l'article L. 1 … :":
	// "Le code civil est ainsi modifié :", "L'article L. 1 … est ainsi
	// modifié :" (they were not read).
	if m := reBroughtTo.FindStringSubmatch(body); m != nil {
		body = broughtTo(m[1], m[2])
	} else if m := reBroughtFront.FindStringSubmatch(body); m != nil {
		body = broughtTo(m[1], m[2])
	}
	// "Au chapitre Ier du code civil est créée une section 3 ainsi
	// rédigée :": the place before a verb whose subject follows it, no
	// comma between ("Au chapitre Ier du code civil, est créée …", which
	// is read; it was not).
	body = reInvertedNoComma.ReplaceAllString(body, "$1, $2")
	// "deviennent, respectivement, les 2° et 3°", "sont remplacés,
	// respectivement, par": "respectivement" between commas is
	// "respectivement" (the renumbering was not understood).
	body = reRespectivelyCommas.ReplaceAllString(body, " respectivement ")
	// "Le 2° est ainsi remplacé par les dispositions suivantes :" is "Le
	// 2° est remplacé par les dispositions suivantes :" (it was not
	// understood).
	body = reThusReplacedBy.ReplaceAllString(body, "$1")
	body = thusWritten(body)
	// "complété in fine par", "complété, in fine, par", "sont ajoutés
	// in fine": at the end, where these verbs add text anyway.
	body = reInFine.ReplaceAllString(body, "$1")
	// "In limine du premier alinéa", "in fine de l'article": "Au début
	// du premier alinéa", "à la fin de l'article" (in limine was read as
	// nothing: its words went at the end).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg // a line of new text
		}
		return reInPlace.ReplaceAllStringFunc(seg, func(m string) string {
			g := reInPlace.FindStringSubmatch(m)
			place := "au début"
			if g[2] == "fine" {
				place = "à la fin"
			}
			if g[1] == "In" {
				place = upperFirst(place)
			}
			if !strings.HasPrefix(g[3], ",") {
				place += " "
			}
			return place + strings.TrimLeft(g[3], " ")
		})
	})
	// "al." is the abbreviation of "alinéa" ("au deuxième al. de
	// l'article L. 1"): not read, the whole article was edited.
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		return alineaAbbrev(seg)
	})
	// Punctuation signs named in words: "À la fin du 2°, le point est
	// remplacé par un point-virgule" is "… le signe : « . » est remplacé
	// par le signe : « ; »"; "Le point final du 2° …" is "À la fin du 2°,
	// le signe : « . » …" (they were refused).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		if m := reFinalSign.FindStringSubmatch(seg); m != nil {
			seg = "À la fin " + m[1] + ", le signe : « . » " + m[2] + seg[len(m[0]):]
		}
		seg = finalPeriodAlone(rankedSigns(colonsPlural(seg))) // signs21.go
		seg = reSignNamed.ReplaceAllStringFunc(seg, func(m string) string {
			g := reSignNamed.FindStringSubmatch(m)
			verb := strings.Replace(strings.Replace(g[3], "remplacée", "remplacé", 1), "supprimée", "supprimé", 1)
			return "le signe : « " + signOf[g[1]+g[2]] + " » " + verb
		})
		return billSignsInserted(reSignNew.ReplaceAllStringFunc(seg, func(m string) string {
			g := reSignNew.FindStringSubmatch(m)
			return g[1] + " le signe : « " + signOf[g[2]] + " »" + g[3]
		}))
	})
	// "complété par les dispositions suivantes :" adds the alinéas that
	// follow ("remplacé par les dispositions suivantes" rewrites: reRewrite).
	body = reDispositions.ReplaceAllString(body, "$1 par des alinéas ainsi rédigés :")
	// "L'article 5 est abrogé et remplacé par les dispositions suivantes
	// :" (older laws) is "… est remplacé par …": a rewrite (it was not
	// understood).
	body = reRepealedReplaced.ReplaceAllString(body, "$1 $2")
	// "L'article L. 1 est ainsi complété :" then alinéas: "… est complété
	// par des alinéas ainsi rédigés :" (it was not understood); not a
	// sentence's, whose words they would be.
	if m := reThusCompleted.FindStringSubmatchIndex(body); m != nil && !strings.Contains(asciiLower(foldAccents(body[:m[0]])), "phrase") {
		verb := m[2:4]
		if verb[0] < 0 {
			verb = m[4:6]
		}
		body = body[:m[0]] + body[verb[0]:verb[1]] + " par des alinéas ainsi rédigés :"
	}
	body = reLibelle.ReplaceAllString(body, "ainsi rédig$1")
	body = reSuivant.ReplaceAllStringFunc(body, func(m string) string {
		g := reSuivant.FindStringSubmatch(m)
		det, noun := strings.TrimSpace(g[1]), g[2]
		// "les deux alinéas suivants": "deux alinéas ainsi rédigés" (the
		// article before the count was left: not read).
		if f := strings.Fields(det); len(f) == 2 {
			det = f[1]
		}
		plural := strings.HasSuffix(noun, "s")
		switch strings.ToLower(det) {
		case "l'", "l’", "le", "la", "un", "une":
			if plural {
				return m // "l'alinéas" is no French
			}
			det = "un"
			if strings.HasPrefix(noun, "phrase") {
				det = "une"
			}
		case "les", "des":
			if !plural {
				return m
			}
			det = "des"
		}
		agree := "é"
		if strings.HasPrefix(noun, "phrase") {
			agree = "ée"
		}
		if plural {
			agree += "s"
		}
		return det + " " + noun + " ainsi rédig" + agree + " :"
	})
	return reNounSuivant.ReplaceAllString(body, "$1 :")
}

// reAnnouncedArticles is a count of new articles announced: "deux articles
// ainsi rédigés", "trois articles L. 1-1 à L. 1-3 ainsi rédigés".
// reAnnouncedSentences is a count of new sentences: "deux phrases ainsi
// rédigées", "trois phrases suivantes" (folded; group 1 the count).
var reAnnouncedSentences = mustRe(`\b(` + cardinalWords + `|\d+)\s+phrases\s+(?:ainsi\s+redigee?s?|suivante?s?)\b`)

var reAnnouncedArticles = mustRe(`\b(` + cardinalWords + `|\d+)\s+articles\b[^:]*?\bainsi\s+rediges\b`)

// Word operations whose anchor ("après le mot : « A »") is not first:
// each is read as "après le mot : « A », les mots : « B » sont supprimés
// (remplacés par …)", the first B after A, which the grammar reads
// (reDeleteNear, reReplaceNear). The anchor can only bound the words it
// stands beside: a deletion has no other words, and a replacement's
// anchor before "par" precedes the new words, which have no place yet.
const (
	rawQuoted     = `(?:«[^»]*»|"[^"]*"|“[^”]*”)`
	rawWordsNamed = `(?:Les|Le|La|L['’]|les|le|la|l['’])\s*[^«"“,:;]*?\s*:?\s*` + rawQuoted
	rawAnchor     = `(?:[Aa]près|[Aa]vant)\s+(?:la\s+[^\s«"“,]+\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)[^«"“,:;]*?\s*:?\s*` + rawQuoted
)

var (
	// "Sont supprimés, après le mot : « A », les mots : « B »" (groups:
	// the place before, the auxiliary, the participle, a place between
	// commas, the anchor, the words, the final sign).
	reDeletedAnchorVerbFirst = mustRe(`^((?:[^«"“]*?,\s*)?)(Sont|sont|Est|est)\s+(supprimée?s?)\s*,\s*((?:` + placeInVerb + `)\s*,\s*)?(` + rawAnchor + `)\s*,\s*(` + rawWordsNamed + `)\s*([.;]?)\s*$`)
	// "Les mots : « B » sont supprimés après le mot : « A »" (groups:
	// the place before, the words, the verb, the anchor, the final sign).
	reDeletedAnchorLast = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawWordsNamed + `)\s*,?\s*((?:est|sont)\s+supprimée?s?)\s*,?\s*(` + rawAnchor + `)\s*([.;]?)\s*$`)
	// "Les mots : « B », après le mot : « A », sont supprimés (remplacés
	// par …)" (groups: the place before, the words, the anchor, the verb
	// and the rest).
	reWordsAnchorBetween = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawWordsNamed + `)\s*,\s*(` + rawAnchor + `)\s*,\s*((?:est|sont)\s+(?:supprimée?s?\s*[.;]?\s*$|remplacée?s?\s+par\s.+))$`)
	// "Les mots : « B » sont remplacés, après le mot : « A », par …"
	// (groups: the place before, the words, the verb, the anchor, the
	// rest).
	// "Le mot : « A », au deuxième alinéa, est remplacé par …" (groups:
	// the words, the place, the verb and the rest).
	reWordsPlaceBetween = mustRe(`^(` + rawWordsNamed + `)\s*,\s*(` + placeInVerb + `)\s*,\s*((?:est|sont)\s+(?:remplacée?s?\s+par\s|supprimée?s?\b).*)$`)
	// "Le mot : « A » est supprimé au 2° du I" (groups: the words, the
	// verb, the place, the final sign).
	reWordsDeletedPlaceAfter = mustRe(`^(` + rawWordsNamed + `)\s+((?:est|sont)\s+supprimée?s?)\s+(` + placeInVerb + `)\s*([.;]?)\s*$`)
	// "Après le mot : « A », les mots : « X » sont insérés" (groups: the
	// place before, the anchor, the words, the verb, the final sign).
	reAnchorWordsInserted  = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawAnchor + `)\s*,\s*(` + rawWordsNamed + `)\s+((?:est|sont)\s+(?:insérée?s?|ajoutée?s?))\s*([.;]?)\s*$`)
	reReplacedAnchorInVerb = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawWordsNamed + `)\s*((?:est|sont)\s+remplacée?s?)\s*,\s*(` + rawAnchor + `)\s*,\s*(par\s.+)$`)
)

// upperFirstIf: s capitalised when it begins the text (prefix empty).
func upperFirstIf(prefix, s string) string {
	if prefix == "" {
		return upperFirst(s)
	}
	return s
}

// anchorFirstClause writes a place, an anchor and a clause as "Place, après le
// mot : « A », clause".
func anchorFirstClause(place, anchor, clause string) string {
	if place == "" {
		return upperFirst(anchor) + ", " + lowerFirst(clause)
	}
	return place + lowerFirst(anchor) + ", " + lowerFirst(clause)
}

// wordOrders are the orders French drafting puts an addition's words in,
// each read as the canonical "locator, verb object" the grammar reads
// next, in this order (an inversion first, then what it gives):
var wordOrders = []struct {
	re      *lre
	rewrite func(m []string) string
}{
	// The anchor of a deletion or a replacement not first: "Sont
	// supprimés, après le mot : « A », les mots : « B »", "Les mots :
	// « B » sont supprimés après le mot : « A »", "Les mots : « B », après
	// le mot : « A », sont supprimés", "Les mots : « B » sont remplacés,
	// après le mot : « A », par …" are "Après le mot : « A », les mots :
	// « B » sont supprimés (remplacés par …)" (they were refused —
	// TestGenLaw3AnchorNotFirst).
	{reDeletedAnchorVerbFirst, func(m []string) string {
		return anchorFirstClause(m[1]+upperFirstIf(m[1], m[4]), m[5], m[6]+" "+strings.ToLower(m[2])+" "+m[3]+m[7])
	}},
	{reDeletedAnchorLast, func(m []string) string {
		return anchorFirstClause(m[1], m[4], m[2]+" "+m[3]+m[5])
	}},
	{reWordsAnchorBetween, func(m []string) string {
		return anchorFirstClause(m[1], m[3], m[2]+" "+m[4])
	}},
	{reReplacedAnchorInVerb, func(m []string) string {
		return anchorFirstClause(m[1], m[4], m[2]+" "+m[3]+" "+m[5])
	}},
	// "Le mot : « A », au deuxième alinéa, est remplacé par …" is "Au
	// deuxième alinéa, le mot : « A » est remplacé par …"; "Après le mot :
	// « A », les mots : « X » sont insérés" is "Après le mot : « A », sont
	// insérés les mots : « X »" (they were refused —
	// TestGenLaw3WordsPlaceVerb).
	{reWordsPlaceBetween, func(m []string) string {
		return upperFirst(m[2]) + ", " + lowerFirst(m[1]) + " " + m[3]
	}},
	{reAnchorWordsInserted, func(m []string) string {
		return m[1] + m[2] + ", " + m[4] + " " + m[3] + m[5]
	}},
	// "Le mot : « A » est supprimé au 2° du I" is "Au 2° du I, le mot :
	// « A » est supprimé" (the place after a deletion in a group, where no
	// article follows it, was refused); a rank of occurrence is no place
	// (TestGenLaw3DeletedPlaceAfter).
	{reWordsDeletedPlaceAfter, func(m []string) string {
		if strings.Contains(m[3], "occurrence") {
			return m[0]
		}
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + m[4]
	}},
	// "La référence : « L. 2 » figurant à l'article L. 1 est remplacée par
	// …" is "À l'article L. 1, la référence : « L. 2 » est remplacée par
	// …" (it was refused).
	{reWordsFound, func(m []string) string {
		return upperFirst(m[2]) + ", " + lowerFirst(m[1]) + " " + m[3]
	}},
	// "Les mots : « A » sont remplacés, à l'article L. 1, par les mots :
	// « B »", "… sont, au premier alinéa, remplacés par …" is "À
	// l'article L. 1, les mots : « A » sont remplacés par …" (it was
	// refused).
	{reWordsPlaceInVerb, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	{reWordsPlaceAfterAux, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	// "Sont supprimés, au premier alinéa, les mots : « A »." is "Au
	// premier alinéa, les mots : « A » sont supprimés." (it was refused).
	{reWordsDeletedVerbFirst, func(m []string) string {
		return upperFirst(m[3]) + ", " + m[4] + " " + strings.ToLower(m[1]) + " " + m[2] + m[5]
	}},
	// "Sont abrogés les articles L. 1 et L. 2 du code civil." is "Les
	// articles L. 1 et L. 2 du code civil sont abrogés." (it was refused).
	{reVerbFirstRepeal, func(m []string) string {
		return upperFirst(m[3]) + " " + strings.ToLower(m[1]) + " " + m[2] + m[4]
	}},
	// "Il est inséré, dans le code civil, après l'article L. 1, un article
	// …": the text goes with the article of the place.
	{reInvertedInText, func(m []string) string {
		of := "de "
		if strings.HasPrefix(m[3], "le ") {
			of, m[3] = "du ", strings.TrimPrefix(m[3], "le ")
		}
		return m[1] + " " + m[2] + ", " + m[4] + " " + of + m[3] + ", " + m[5]
	}},
	// "Il est inséré, après l'article L. 1, un article L. 1-1 ainsi
	// rédigé :" is "Après l'article L. 1, il est inséré un article …".
	{reInvertedAddition, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	// "Dans le code civil, il est inséré (créé, rétabli) un article L. 1
	// ainsi rédigé :" is "Le code civil est complété par un article L. 1
	// …": a new article of that code.
	{reArticleIntoText, func(m []string) string {
		done := " est complété par "
		if !strings.HasPrefix(m[1], "le ") {
			done = " est complétée par "
		}
		return upperFirst(m[1]) + done + m[2]
	}},
	// "Il est ajouté à l'article L. 1 un alinéa ainsi rédigé :" is "À
	// l'article L. 1, il est ajouté un alinéa …".
	{reAddedToArticle, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	// "Dans l'article L. 1 (Au II), il est inséré, après le premier
	// alinéa, un alinéa …" is "Dans l'article L. 1 (Au II), après le
	// premier alinéa, il est inséré un alinéa …", which the next read.
	{reArticleInverted, func(m []string) string {
		return m[1] + ", " + m[4] + ", " + lowerFirst(m[2]) + " " + m[3] + " " + m[5]
	}},
	// "À l'article L. 1, après le premier alinéa, il est inséré un alinéa
	// …" is "Après le premier alinéa de l'article L. 1, il est inséré …";
	// not when the place is an article.
	{reArticleThenPlace, func(m []string) string {
		if strings.Contains(m[3], "article") {
			return m[0]
		}
		return upperFirst(m[2]) + " " + m[3] + " de " + m[1] + ", " + m[4]
	}},
	// "Au II de l'article L. 1, après le premier alinéa, il est inséré
	// un alinéa …" is "Après le premier alinéa du II de l'article L. 1,
	// il est inséré …": the place is in the division named first (it was
	// refused, or, under a context, the division was dropped and the
	// alinéa counted in the whole article). Not when the place is an
	// article, nor a division of a code the first names.
	{reDivisionThenPlace, func(m []string) string {
		if strings.Contains(m[4], "article") {
			return m[0]
		}
		of := divisionGenitive[strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(m[1]), " ")), "’", "'")]
		return upperFirst(m[3]) + " " + m[4] + " " + of + m[2] + ", " + m[5]
	}},
	// "Les 3° et 4° sont renumérotés 2° et 3°", "L'article L. 5 est
	// renuméroté L. 6", "La section 3 est renumérotée section 4" are "…
	// deviennent les 2° et 3°", "… devient l'article L. 6", "… devient la
	// section 4" (they were flagged, not read).
	{rePlacedRenumbered28, placedRenumbered28},
	{reRenumbered, func(m []string) string {
		det := renumberedDeterminer(m[1], m[2] == "sont", m[5])
		if det == "?" {
			return m[0]
		}
		verb := "devient "
		if m[2] == "sont" {
			verb = "deviennent "
		}
		if m[3] != "" || m[4] != "" {
			verb += "respectivement "
		}
		return m[1] + " " + verb + det + m[5] + m[6]
	}},
	// "À l'article L. 1, sont insérés, après le mot : « A », les mots :
	// « B »" is "À l'article L. 1, après le mot : « A », sont insérés les
	// mots : « B »" (refused).
	{reWordsInverted, func(m []string) string {
		place := m[4]
		if m[1] == "" {
			place = upperFirst(place)
		}
		return m[1] + place + ", " + lowerFirst(m[2]) + " " + m[3] + " " + m[5]
	}},
}

// reRenumbered is a division renumbered in the participle's words: "Les
// 3° et 4° sont renumérotés 2° et 3°", "L'article L. 5 est renuméroté
// L. 6", "Les 6° à 11° sont renumérotés de 4° à 9°" (groups: the
// subject, est or sont, respectivement before or after the participle,
// the new numbers, the final punctuation).
var reRenumbered = mustRe(`^((?:Le|La|Les|L['’])\s*[^«»"“:;]*?)\s+(est|sont)\s+(respectivement\s+)?renum[ée]rot[ée]e?s?\s+(respectivement\s+)?(?:en\s+|de\s+)?([^«»"“:;,]+?)\s*([.;]?)\s*$`)

// renumberedDeterminer is the determiner "devient" needs before the new
// numbers of a renumbering said "est renuméroté": none when they have
// one, "l'article " ("les articles ") when the subject is articles,
// "le " ("les ") for items, the division's own for a division; "?" when
// it is not known.
func renumberedDeterminer(subject string, plural bool, to string) string {
	low := strings.ToLower(to)
	if reHasDeterminer.MatchString(low) {
		return ""
	}
	pick := func(one, many string) string {
		if plural {
			return many
		}
		return one
	}
	if m := reDivisionNoun.FindStringSubmatch(low); m != nil {
		if strings.HasSuffix(m[1], "section") || strings.HasSuffix(m[1], "sections") {
			return pick("la ", "les ")
		}
		return pick("le ", "les ")
	}
	if strings.HasPrefix(low, "article") {
		return pick("l'", "les ")
	}
	subj := strings.ReplaceAll(asciiLower(foldAccents(subject)), "’", "'")
	switch {
	case strings.HasPrefix(subj, "l'article") || strings.HasPrefix(subj, "les articles"):
		return pick("l'article ", "les articles ")
	case reItemNumbers.MatchString(strings.TrimSpace(to)):
		return pick("le ", "les ")
	}
	return "?"
}

var (
	reHasDeterminer = mustRe(`^(?:le|la|les|l['’])\s`)
	reDivisionNoun  = mustRe(`^(sous-sections?|sections?|chapitres?|titres?|paragraphes?|livres?)\s`)
	// reItemNumbers is new numbers that are items: "4°", "II", "b", "4°
	// et 5°", "4° à 6°".
	reItemNumbers = mustRe(`^(?:\d+°|[IVX]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?(?:\s*(?:,|et|à)\s*(?:\d+°|[IVX]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?)*$`)
)

// divisionGenitive is the genitive of a locator's preposition ("au" →
// "du "), as a place is named in the division that holds it.
var divisionGenitive = map[string]string{"au": "du ", "aux": "des ", "à la": "de la ", "a la": "de la ", "à l'": "de l'", "a l'": "de l'", "dans le": "du ", "dans la": "de la ", "dans l'": "de l'", "dans les": "des "}

// reUnquotedItemRef is an item referred to without quotation marks, one
// replaced by another: "…, la référence au 2° est remplacée par la
// référence au 3°." (groups: the place before, the old item, the new,
// the end).
var reUnquotedItemRef = mustRe(`^(.*?)\b[Ll]a\s+référence\s+au\s+(\d+°(?:\s+` + latinOrd + `)?)\s+est\s+remplacée\s+par\s+la\s+référence\s+au\s+(\d+°(?:\s+` + latinOrd + `)?)(\s*[.;]?\s*)$`)

// itemRefList is a list or range of items referred to, unquoted: "2° et
// 3°", "2°, 3° et 5°", "2° à 4°" ("bis" after any).
const itemRefList = `\d+°(?:\s+` + latinOrd + `)?(?:(?:\s*,|\s+et|\s+à)\s+\d+°(?:\s+` + latinOrd + `)?)+`

// reUnquotedItemRefs is reUnquotedItemRef for several items: "les
// références aux 2° et 3° sont remplacées par les références aux 3° et
// 4°" (groups: the place before, the old list, the new, the end).
var reUnquotedItemRefs = mustRe(`^(.*?)\b[Ll]es\s+références\s+aux\s+(` + itemRefList + `)\s+sont\s+remplacées\s+par\s+les\s+références\s+aux\s+(` + itemRefList + `)(\s*[.;]?\s*)$`)

// reOneReference is a reference named in the singular and quoted, on a
// shaped, folded instruction: "la reference : Q0" (group 1: the
// quotation's index).
var reOneReference = mustRe(`\bla\s+reference\s*:?\s*q(\d+)`)

// reBareLabel is an item's label alone: "2°", "2° bis", "II", "a", "a)".
// Item labels are relative: "le 2°" of this article and "le 2° de
// l'article L. 5" are one string.
var reBareLabel = mustRe(`^(?:\d+\s*°|[IVXL]+|[a-z]\)?)(?:\s+` + latinOrd + `)?$`)

// reTimesSaid is timesSaid on a folded instruction: "à chaque
// occurrence", "partout", "deux fois".
var reTimesSaid = mustRe(timesSaid(false))

// oneReference marks the edits of "la référence : « 2° »" (an item's bare
// label, quoted, in the singular, no count or occurrence said) to find it
// once (Times 1): "la référence" is one reference, and the label alone
// names the 2° of this article and of any other ("au 2° de l'article
// L. 5") alike — where the place holds it twice, which is meant is not
// said (every occurrence was replaced, references to other articles'
// items with it). "Les références : « 2° »", "à chaque occurrence",
// "deux fois" say it.
func oneReference(text string, es []Edit) {
	sh, qs := shape(text)
	low := asciiLower(foldAccents(sh))
	if reTimesSaid.MatchString(low) {
		return
	}
	for _, m := range reOneReference.FindAllStringSubmatch(low, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil || n >= len(qs) || !reBareLabel.MatchString(qs[n]) {
			continue
		}
		for i := range es {
			e := &es[i]
			words := (e.Kind == EditReplaceWords || e.Kind == EditDeleteWords) && e.Old == qs[n]
			anchor := e.Kind == EditInsertWords && e.Anchor == qs[n]
			if (words || anchor) && e.Times == 0 && len(e.Occurrences) == 0 {
				e.Times = 1
			}
		}
	}
}

// reExceptedPart is a division deleted or rewritten but for its first
// sentences or alinéas, or its last alinéa: "Le deuxième alinéa, à
// l'exception de sa première phrase, est supprimé", "L'article L. 1, à
// l'exception de son dernier alinéa, est abrogé" (groups: what comes
// before the subject, the subject, its count, its rank, its noun, the
// verb, the rest).
var reExceptedPart = mustRe(`^((?:.*,\s+)?)((?:[Ll]e|[Ll]a|[Ll]['’])\s*[^,«»:;]*?)\s*,\s*à\s+l['’]exception\s+de\s+(?:sa|son|ses)\s+(?:(deux|trois|quatre|cinq)\s+)?(premières?|premiers?|dernières?|derniers?)\s+(phrases?|alinéas?)\s*,\s*est\s+(supprimée?|abrogée?|ainsi\s+rédigée?|remplacée?\s+par)(\s.*|[.;:].*|)$`)

// reArticleSubject is a subject that is an article: "L'article L. 1 …".
var reArticleSubject = mustRe(`^[Ll]['’]\s*article\s`)

// exceptRanks are the ranks written out from the second.
var exceptRanks = []string{"", "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième"}

// exceptedPart writes a division deleted or rewritten but for a part of
// it as the range of the rest: "Le deuxième alinéa, à l'exception de sa
// première phrase, est supprimé" is "Les deuxième à dernière phrases du
// deuxième alinéa sont supprimées" ("ses deux premières phrases": from
// the third); "L'article L. 1, à l'exception de son premier alinéa (ses
// deux premiers alinéas), est abrogé" is "Les deuxième (troisième) à
// dernier alinéas de l'article L. 1 sont supprimés"; "… de son dernier
// alinéa …" is "Les premier à avant-dernier alinéas …"; "est ainsi
// rédigé", "est remplacé par" likewise (they were refused: a place named
// as an exception). Alinéas are excepted of an article, or the first
// alinéas of a paragraph (firstAlineasOfParagraph; of a part, "Le I, à
// l'exception de son dernier alinéa", whether the alinéa kept keeps the
// I's label is not said). "… à l'exception de sa dernière
// phrase (ses deux dernières phrases), est supprimé" is "Les première à
// avant-dernière (antépénultième) phrases …". Any other exception (an
// article of a division, an item, words) is left as written: refused.
func exceptedPart(body string) string {
	m := reExceptedPart.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	n := 1
	if m[3] != "" {
		n = cardinal(m[3])
	}
	sentence := strings.HasPrefix(m[5], "phrase")
	last := strings.HasPrefix(m[4], "derni")
	var span string
	switch {
	case strings.HasSuffix(m[4], "s") != (m[3] != ""):
		// "à l'exception de ses dernières phrases": how many is not said
		// (it was read as one).
		return body
	case !sentence && !reArticleSubject.MatchString(m[2]) && !firstAlineasOfParagraph(m[2], last):
		// "Le I, à l'exception de son dernier alinéa, est abrogé": the
		// alinéa kept loses the I's label or keeps it, not said (its
		// first alinéa kept bears it: read).
		return body
	case last && sentence && n <= 2:
		// "à l'exception de sa dernière phrase (ses deux dernières
		// phrases)": the first to the one before the last (or the
		// antépénultième), as the text counts them.
		span = "première à " + []string{"", "avant-dernière", "antépénultième"}[n] + " phrases"
	case last && !sentence && n == 2:
		// "à l'exception de ses deux derniers alinéas" (of an article):
		// the first to the antépénultième, as the text counts them
		// (except19; it was refused).
		span = "premier à antépénultième alinéas"
	case last && (sentence || m[3] != ""):
		return body
	case last:
		span = "premier à avant-dernier alinéas"
	case n+1 >= len(exceptRanks):
		return body
	case sentence:
		span = exceptRanks[n+1] + " à dernière phrases"
	default:
		span = exceptRanks[n+1] + " à dernier alinéas"
	}
	subj := m[2]
	of := ""
	switch {
	case strings.HasPrefix(subj, "Le ") || strings.HasPrefix(subj, "le "):
		of = "du " + subj[3:]
	case strings.HasPrefix(subj, "La ") || strings.HasPrefix(subj, "la "):
		of = "de la " + subj[3:]
	default:
		of = "de l'" + strings.TrimLeft(subj[2:], " ")
	}
	verb := strings.Fields(m[6])
	switch verb[0] {
	case "supprimé", "supprimée", "abrogé", "abrogée":
		verb[0] = "supprimé"
	case "ainsi":
		verb[len(verb)-1] = "rédigé"
	default:
		verb[0] = "remplacé"
	}
	for i, w := range verb {
		if w == "supprimé" || w == "rédigé" || w == "remplacé" {
			if sentence {
				verb[i] = w + "es"
			} else {
				verb[i] = w + "s"
			}
		}
	}
	det := "Les "
	if m[1] != "" {
		det = "les "
	}
	return m[1] + det + span + " " + of + " sont " + strings.Join(verb, " ") + m[7]
}

// canonicalOrder applies wordOrders to an instruction's text.
func canonicalOrder(body string) string {
	for _, o := range wordOrders {
		if m := o.re.FindStringSubmatch(body); m != nil {
			body = o.rewrite(m)
		}
	}
	return body
}
