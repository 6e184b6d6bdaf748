package law

import (
	"slices"
	"strconv"
	"strings"
)

var amOwnLocator = mustRe(`(?i)\b(?:alin[ée]as?|phrases?|cet article|du [IVX]+\b|au [IVX]+\b)`)

// amThisDivision is the division a locator line names, pointed at:
// "cet alinéa", "cette phrase", "ces alinéas", "ces trois alinéas", "ces
// deux phrases".
var amThisDivision = mustRe(`(?i)\b(?:cet\s+alin[ée]a|cette\s+phrase|ces\s+(?:(?:` + cardinalWords + `|\d+)\s+)?(?:alin[ée]as|phrases))\b`)

// countAgrees reports whether the count a head gives the alinéas the
// locator line names ("ces trois alinéas") is theirs: "Alinéas 2 à 4" /
// "Supprimer ces deux alinéas" says two things, and the head is left
// without its place (refused).
//
// The number of the pointer agrees too: "cet alinéa" is one of them,
// "ces alinéas" several, "cette phrase" one sentence the line names, "ces
// phrases" sentences it names ("Alinéas 2 et 3" / "Rédiger ainsi cet
// alinéa :" rewrote both as one; "Alinéas 2 à 3" / "Supprimer cette
// phrase" deleted both alinéas whole).
func countAgrees(loc, head string) bool {
	if loc == "" {
		return true
	}
	h := asciiLower(foldAccents(head))
	nums := amDigits.FindAllString(loc, -1)
	n := len(nums)
	if strings.Contains(loc, " à ") && n == 2 {
		first, _ := strconv.Atoi(nums[0])
		last, _ := strconv.Atoi(nums[1])
		n = last - first + 1
	}
	if m := amThisCount.FindStringSubmatch(h); m != nil {
		return cardinal(m[1]) == n
	}
	sentences := strings.Contains(asciiLower(foldAccents(loc)), "phrase")
	switch m := amThisNumber.FindStringSubmatch(h); {
	case m == nil:
		return true
	case m[1] == "cet alinea":
		return n == 1
	case m[1] == "ces alineas":
		return n > 1
	case m[1] == "cette phrase":
		return n == 1 && sentences && !strings.Contains(asciiLower(foldAccents(loc)), "phrases")
	}
	return sentences
}

// amThisNumber is the division a head points at, folded, without a
// count: "cet alinéa", "ces alinéas", "cette phrase", "ces phrases".
var amThisNumber = mustRe(`\b(cet\s+alinea|ces\s+alineas|cette\s+phrase|ces\s+phrases)\b`)

// amAndDivision is a division joined after words by "et": "… et la
// dernière phrase", "… et l'alinéa 3", folded.
var amAndDivision = mustRe(`\bet\s+(?:la|les|le|l')\s*(?:[a-z-]+\s+)*?(?:phrases?|alineas?)\b`)

// amDivisionAnd is a division named, then joined to the words' noun
// ("la seconde phrase et les mots :", "l'alinéa 3 ainsi que le mot :",
// "le II et les mots :", ", à la seconde phrase de l'alinéa 2, les mots
// :"), folded.
var amDivisionAnd = mustRe(`(?:\b(?:phrases?|alineas?|paragraphes?|articles?)\b|\b(?:le|les|du|des|au|aux)\s+[ivx]+\b|\d+\s*°|\b[a-z]\)).*(?:\b(?:et|ainsi\s+que)\s+|,\s*)(?:la|les|le|l'|au|aux|a\s+la|a\s+l')\s*[a-z]+\s*:\s*$`)

// amNounWord is a noun that names words ("mot", "référence", …), folded.
var amNounWord = mustRe(`\b` + wordNoun)

// amCountedOcc is occurrences counted after a determiner ("aux deux
// occurrences", "les deux dernières occurrences"), folded; "(deux
// occurrences)" is a count amTimes reads.
var amCountedOcc = mustRe(`\b(?:les|aux|des)\s+(?:` + cardinalWords + `)\s+(?:(?:premieres|dernieres)\s+)?occurrences\b`)

// amParLine is the line that introduces the Sénat's new words: "par le
// délai :", "par les mots :".
var amParLine = mustRe(`(?i)^\s*par\s+(?:les?|la|l['’])\s*[\p{L}-]+(?:\s+[\p{L}-]+)?\s*:\s*$`)

// amThisCount is the count of "ces trois alinéas", folded; amDigits a
// number.
var (
	// amThisAlineas is an alinéa pointed at ("cet alinéa", "ces
	// alinéas"), folded.
	amThisAlineas = mustRe(`\b(?:cet\s+alinea|ces\s+(?:(?:` + cardinalWords + `|\d+)\s+)?alineas)\b`)
	amThisCount   = mustRe(`\bces\s+(` + cardinalWords + `|\d+)\s+alineas\b`)
	amDigits      = mustRe(`\d+`)
)

func hasOwnLocator(h string) bool {
	// "Supprimer cet alinéa" refers to the locator; "Après l'alinéa 3, …" has its own.
	if amThisDivision.MatchString(h) {
		return false
	}
	// "… insérer une phrase ainsi rédigée", "… l'alinéa suivant": the new
	// text announced, not a place.
	return amOwnLocator.MatchString(amNewText.ReplaceAllString(h, ""))
}

// amNewText is new text announced by its kind: "une phrase ainsi rédigée",
// "les deux alinéas suivants", "un alinéa ainsi rédigé".
var amNewText = mustRe(`(?i)\b(?:une?|` + cardinalWords + `|la|les|l['’])\s*(?:(?:` + cardinalWords + `)\s+)?(?:nouve(?:lle|au|lles|aux)\s+)?(?:phrases?|alin[ée]as?)\s+(?:ainsi\s+r[ée]dig[ée]e?s?|suivante?s?)\b`)

// The grammar, on the head folded to ASCII lower case with quoted passages
// replaced by q0, q1, … (see shape).
var (
	amVerb  = mustRe(`\b(supprimer|rediger|remplacer|substituer|inserer|completer|retablir|ajouter|proceder)\b`)
	amNumAl = mustRe(`\balineas?\s+(\d+)(?:er\b)?((?:\s*,\s*(?:` + ordWords + `)\s+phrase\b)?(?:\s*(?:,\s*et|,|et|a)\s*\d+(?:er\b)?(?:\s*,\s*(?:` + ordWords + `)\s+phrase\b)?)*)`)
	// amNumAlItem is a number of amNumAl's list after the first, with
	// what joins it ("a": a range); amNumAlTail a number the list
	// cannot read after it ("ainsi que 5").
	amNumAlItem = mustRe(`(,\s*et|,|et|a)\s*(\d+)`)
	amNumAlTail = mustRe(`^\s*(?:,\s*et|,|et|ou|ainsi\s+que|a)?\s*\d`)
	// amFollowing is "et suivants", amExcept a place taken out ("sauf",
	// "à l'exception de"), folded.
	amFollowing = mustRe(`\bet\s+(?:les\s+)?suivante?s\b`)
	amExcept    = mustRe(`\b(?:sauf|hormis|excepte|a\s+l'exception\s+d|` + amExcept17 + `)`)
	// amSpanBound is a span of divisions: "à partir de la deuxième
	// phrase", "jusqu'à l'alinéa 4", folded.
	amSpanBound = mustRe(`\b(?:a\s+partir|jusqu'?)\s*(?:de\s+la|du|des|de\s+l'|au|aux|a\s+la|a\s+l')\s*(?:(?:` + ordWords + `)\s+(?:phrases?|alineas?)|alineas?\s+\d+)\b`)
	// amNumSent is one alinéa of a list, with its sentence if it has one:
	// "24, seconde phrase" in "Alinéas 24, seconde phrase, 37 et 38".
	amNumSent          = mustRe(`(\d+)(?:\s*,\s*(` + ordWords + `)\s+phrase\b)?`)
	amAnchor           = mustRe(`(apres|avant)\s+` + wordTarget + `q(\d+)`)
	amAfterDash        = mustRe(`(apres|avant)\s+le\s+(` + ordWords + `)\s+tiret\s+de\s+l'alinea\s+(\d+)\b`)
	amAfterAl          = mustRe(`(apres|avant)\s+(?:(?:l'alinea|le\s+meme\s+alinea)\s+(\d+)|(?:la\s+)?(` + ordWords + `)\s+phrase)`)
	amWholeArticle     = mustRe(`(?i)^(?:r[ée]diger\s+(?:ainsi|comme\s+suit)\s+cet\s+article|r[ée]tablir\s+cet\s+article)\b`)
	amConsequence      = mustRe(`(?i)^(?:(?:[IVX]+|\d+°|[a-z]\))\s*[.)]?\s*[-–—―]?\s*)?en\s+cons[ée]quence\b`)
	amSameAl           = mustRe(`\b(?:au|dans\s+le|du|a\s+ce)\s+meme\s+alinea\b`)
	amAfterSame        = mustRe(`(apres|avant)\s+le\s+meme\s+alinea\b`)
	amPlaceAfterObject = mustRe(`(?i)^(ins[ée]rer|ajouter)\s+((?:un|une|` + cardinalWords + `|l'|les)\s*[^:«"]*?(?:ainsi\s+r[ée]dig[ée]e?s?|suivante?s?))\s+((?:apr[èe]s|avant)\s+[^:«",]+?)\s*:`)
	amMoreWords        = mustRe(`^\s*(?:,|et)\s*q(\d+)`)
	amWords            = mustRe(`(?:` + occurrence + `|(?:les|le|la|l'|des|du|aux?|a\s+la|a\s+l')\s*)` + wordNoun + `q(\d+)`)
	amCount            = mustRe(`\b(?:un|une|des|` + cardinalWords + `|\d+|l'|les|le|la)\s*(?:\S+\s+)?(alineas?|paragraphes?|phrases?|` + amItemListLow + `|\d+\s*°\s*` + latinOrd + `?(?:\s+[a-z]{1,2})?|[ivx]+(?:\s+` + latinOrd + `)?(?:\s+[a-z]{1,2})?|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?|` + amParenList + `|` + amParenLabel + `)\s+(?:ainsi\s+rediges?e?s?|suivante?s?)\b`)
	amAfterThis        = mustRe(`\b(apres|avant)\s+(cet\s+alinea|ces\s+alineas)\b`)
	// amAfterRank is an alinéa named by its rank as the place of new
	// alinéas: "Après le dernier alinéa", "Avant le premier alinéa du II".
	amAfterRank = mustRe(`^\s*(apres|avant)\s+(?:le|l')\s*(?:` + ordWords + `)\s+alinea\b`)
	// amItemThenAfter is an item, then the place after (before) which
	// new alinéas go inside it: "au ii, apres le 1°", "au i, avant le
	// premier alinea" (groups: the preposition, the item, "apres" or
	// "avant", the place).
	amItemThenAfter = mustRe(`^\s*(au|dans\s+le)\s+((?:[ivxl]+|\d+°|[a-z]\)?)(?:\s+` + latinOrd + `)?(?:\s+du\s+(?:[ivxl]+|\d+°|[a-z]\)?)(?:\s+` + latinOrd + `)?)*)\s*,\s*(apres|avant)\s+le\s+((?:[ivxl]+|\d+°|[a-z]\)?)(?:\s+` + latinOrd + `)?|(?:` + ordWords + `)\s+alinea)\s*,?\s*$`)
	amAfterItem     = mustRe(`^\s*(apres|avant)\s+le\s+(?:(?:[ivx]+|\d+°|(?:[a-z]|` + doubledLetter + `)\)|` + amParenLabel + `)(?:\s|,|$)|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?(?:\s+d(?:u|es?)\s|\s*,))`)
	amAnyRank       = mustRe(`\b((?:` + ordWords + `)|[a-z-]+ieme|[a-z-]+iere|premier|second|seconde|dernier|derniere|\d+(?:e|eme|er|re|nd|nde))\s+(?:alineas?|phrases?)\b`)
	// amThisArt is the article amended: "cet article", "l'article
	// unique", "l'article" with nothing after it ("Supprimer l'article.",
	// "Rédiger ainsi l'article :").
	amThisArt = mustRe(`\bcet\s+article\b|\bl'article\s+unique\b|\bl'article\s*$`)
	// amTimes is the count a replacement says: "remplacer (deux fois) le
	// mot", "…, par deux fois, …".
	amTimes    = mustRe(`(?:^|[\s,(])(?:par\s+)?(` + cardinalWords + `)\s+fois\b`)
	amSameOp   = mustRe(`^proceder\s+(?:a\s+la|au)\s+meme\s+(substitution|remplacement|suppression|insertion|ajout|modification)\b`)
	amEndOf    = mustRe(`\bla\s+fin\s*(?:(?:de|du|des)\b|:|$)`)
	amStartOf  = mustRe(`\ble\s+debut\s*(?:(?:de|du|des)\b|:|$)`)
	amItemLoc  = mustRe(`\b(?:[Ll]e|[Aa]u|[Dd]u|[Ll]es|[Aa]ux|[Dd]es)\s+(\d+°(?:\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|[IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|` + amLetterBisParen + `|(?:` + smallRoman + `|[a-z]|` + doubledLetter + `)\)|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?|(?:` + smallRoman + `|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)(?:\s|,|\.|$)`)
	amOrdAl    = mustRe(`\b(` + ordWords + `)\s+alinea\b`)
	amSentence = mustRe(`\b(` + ordWords + `)\s+phrase\b`)
)

// amSameAlObject is the alinéa (sentence) of the instruction before named
// after the verb, folded: "supprimer la dernière phrase du même alinéa",
// "compléter le même alinéa", "compléter la même phrase".
var amSameAlObject = mustRe(`\b(?:le|du|au|ce)\s+meme\s+alinea\b|\b(?:la|cette)\s+meme\s+phrase\b`)

// amRelativeAl is an alinéa named from another, folded: "à l'alinéa
// suivant", "de l'alinéa précédent", "aux alinéas suivants".
var amRelativeAl = mustRe(`(?:\ba\s+l'|\bde\s+l'|\bdans\s+l'|\baux\s+|\bdes\s+)alineas?\s+(?:suivants?|precedents?)\b`)

// onEachScope is the operations ops made again on each place the rest
// of a "procéder à la même …" instruction names (rest folded, restCased
// as written).
func onEachScope(ref CodeRef, ops []Edit, rest, restCased string) ([]Edit, bool) {
	scopes, ok := amScope(ref, rest, restCased)
	if !ok {
		return nil, false
	}
	var es []Edit
	for _, s := range scopes {
		for _, e := range ops {
			e.Scope = s
			es = append(es, e)
		}
	}
	return es, true
}

// amSameOps is amSameOp in the plural, "procéder aux mêmes substitutions"
// (group 1: the noun in the singular).
var amSameOps = mustRe(`^proceder\s+aux\s+memes\s+(substitution|remplacement|suppression|insertion|ajout|modification)s\b`)

// sameOperation reports whether two edits are one operation, on their
// places or others.
func sameOperation(e, l Edit) bool {
	return e.Kind == l.Kind && e.Old == l.Old && e.New == l.New && e.Anchor == l.Anchor && e.Before == l.Before && e.Times == l.Times && slices.Equal(e.Occurrences, l.Occurrences) && slices.Equal(e.Lines, l.Lines)
}

// sameOpKinds are the operations "procéder à la même substitution" (…)
// may repeat, by the noun that names them; "la même modification" names
// any.
var sameOpKinds = map[string][]EditKind{
	"substitution": {EditReplaceWords},
	"remplacement": {EditReplaceWords},
	"suppression":  {EditDeleteWords, EditDelete},
	"insertion":    {EditInsertWords, EditAppendWords, EditInsertSentences, EditInsertAlineas, EditAppendAlineas},
	"ajout":        {EditInsertWords, EditAppendWords, EditInsertSentences, EditInsertAlineas, EditAppendAlineas},
}

// amPlaceBetween is a place between the words of a deletion: "supprimer le
// mot : « A » et, à l'alinéa 3, le mot : « B »" (not read: B was deleted
// in the first place).
var amPlaceBetween = mustRe(`q\d+\s*,?\s*(?:\bet|;)\s*,?\s*(?:a|au|aux|dans)\s[^:]*?,\s*(?:les?|la|l'|du|des|aux?)\s*` + wordNoun)

// amTailRead is what may follow an operation's last words, folded: the
// counts of occurrences ("à chaque occurrence", "(deux fois)", "(deux
// occurrences)"), "respectivement", punctuation.
var amTailRead = mustRe(`^(?:\s*` + everywhere + `|\s*,?\s*respectivement\b|\s*,?\s*\(?\s*(?:` + cardinalWords + `)\s+occurrences\s*\)?)*[\s.;,]*$`)

// amPlaceAfter is a place after an operation's last words: "à l'alinéa
// 2", "au premier alinéa", "dans la première phrase de l'alinéa 2" (group
// 1).
var amPlaceAfter = mustRe(`^\s*,?\s*((?:a|au|aux|dans)\s.*)$`)

// amCondition is a date or a condition of an amendment's operation,
// outside its quotations (folded): "à compter du …", "à partir du 1er
// …", "jusqu'au 31 …", "à titre expérimental", "applicable(s) à …",
// "pour une durée de …".
var amCondition = mustRe(`\ba\s+(?:compter|partir)\s+du\s+(?:1er|\d|premier)|\bjusqu'au\s+(?:1er|\d)|\ba\s+titre\s+(?:experimental|transitoire|provisoire)\b|\bapplicables?\s+(?:a|en|aux|au|dans)\s|\bpour\s+une\s+duree\b`)

// startBeforeWords reads "Avant le mot : « A », rédiger ainsi le début
// de l'alinéa 3 : « … »" ("… supprimer le début …": no lines): the start
// of the division up to A, A kept, rewritten (deleted) — A found once in
// it. After a word ("Après le mot : « A », … le début"), or before an
// occurrence named, a start is not bounded so: refused (the anchor was
// dropped and the start rewritten by the words it shares).
func startBeforeWords(s Scope, anchor string, before bool, occ []int, lines []string) ([]Edit, bool) {
	if !before || occ != nil {
		return nil, false
	}
	s.Where = ""
	return []Edit{{Kind: EditRewriteStart, Scope: s, Anchor: anchor, Before: true, Lines: lines}}, true
}

// amEndAlone is the end or the start of the place named before, alone
// after the words deleted, replaced or inserted, folded: "supprimer les
// mots : « A » à la fin", "… par les mots : « B » au début", "insérer
// les mots : « B » à la fin" — the words deleted or replaced must end
// (begin) it, as after "À la fin de l'alinéa 3, supprimer …" (wordEdit);
// words inserted go there. It was refused.
var amEndAlone = mustRe(`^(?:a\s+la\s+fin|au\s+debut)\s*[.;]?\s*$`)

// endAloneRead says whether amEndAlone is read after an operation of
// this verb: words deleted or replaced, or inserted without an anchor
// ("Après le mot : « A », insérer les mots : « B » à la fin": after A, or
// at the end? Not said).
func endAloneRead(verb, anchor string) bool {
	switch verb {
	case "supprimer", "remplacer":
		return true
	case "inserer", "ajouter":
		return anchor == ""
	}
	return false
}

// amPlaceNamed is a division in a place after the last words: "à
// l'alinéa 2", "au 3°", "dans la première phrase" — not "à titre
// expérimental", "à compter du …" (read as places, they were dropped).
var amPlaceNamed = mustRe(`\b(?:alineas?|phrases?|articles?|texte|tiret)\b|\b(?:du|au|aux|des|le|les)\s+(?:[ivxl]+|\d+°(?:\s*` + latinOrd + `)?|[a-z]\)?)(?:\s|,|\.|$)`)

// amSentBefore ends a text that names a sentence of the designation after
// it: "la seconde phrase de l'" (group 1: its rank).
var amSentBefore = mustRe(`\b(` + ordWords + `)\s+phrase\s+(?:de\s+l'|des|du|de)\s*$`)

// amEndBefore and amStartBefore end a text that puts the designation
// after it at the end (the start): "à la fin des", "au début de l'".
var (
	amEndBefore   = mustRe(`\ba\s+la\s+fin\s+(?:des|du|de\s+l'|de\s+la|de)\s*$`)
	amStartBefore = mustRe(`\bau\s+debut\s+(?:des|du|de\s+l'|de\s+la|de)\s*$`)
)

// amRankRange is sentences named by a range of ranks: "les deuxième à
// quatrième phrases" (groups: the first rank, the last).
var amRankRange = mustRe(`\b(` + ordWords + `)\s+a\s+(` + ordWords + `)\s+phrases\b`)

// amRankPlural is one rank in the plural, said of the sentences of
// several alinéas: "les premières phrases", "aux secondes phrases"
// (group 1: the rank).
var amRankPlural = mustRe(`\b(` + ordWords + `)s\s+phrases\b`)

// amPluralPhrases is sentences named by their ranks: "les deuxième et
// troisième phrases" (group 1: the ranks).
var amPluralPhrases = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)\s*)+(?:` + ordWords + `))\s+phrases\b`)

// parseAmInstr parses one instruction of a dispositif into edits of ref;
// amTimesOf reads the counts an amendment says of its words
// ("remplacer (deux fois) le mot : « A » par …", "… et deux fois les mots
// : « C » par …", "supprimer par deux fois les mots : « A »") and gives
// each group of words (spans of s: a replaced pair, the deleted words)
// its count: a count right before a group's words is that group's, any
// other the group it follows. Every occurrence is edited, refused unless
// the place holds exactly that many (as a law's "est remplacé, deux
// fois, par"). False when a count falls on no group or two on one.
func amTimesOf(s string, spans [][2]int) ([]int, bool) {
	times := make([]int, len(spans))
	for _, m := range amTimes.FindAllStringSubmatchIndex(s, -1) {
		g := -1
		for k, sp := range spans {
			if sp[0] >= m[1] && strings.Trim(s[m[1]:sp[0]], " ,)") == "" {
				g = k
				break
			}
		}
		if g < 0 {
			for k, sp := range spans {
				if sp[0] <= m[0] {
					g = k
				}
			}
		}
		if g < 0 || times[g] != 0 {
			return nil, false
		}
		times[g] = cardinal(s[m[2]:m[3]])
	}
	return times, true
}

// locTimes adds to times, the counts an operation says of its words, the
// count said after its place ("À l'alinéa 1 (deux fois), substituer …",
// the Sénat's "Alinéa 1 (deux fois)" line): the words' count, when the
// operation has one group of words and no count of its own (it was
// dropped: every occurrence edited, however many); else not placed —
// false.
func locTimes(loc string, times []int) ([]int, bool) {
	ms := amTimes.FindAllStringSubmatch(loc, -1)
	switch {
	case len(ms) == 0:
		return times, true
	case len(ms) > 1 || len(times) != 1 || times[0] != 0:
		return nil, false
	}
	return []int{cardinal(ms[0][1])}, true
}

// timesPerPlace is the count a word operation says ("(deux fois)") for
// each of its places: over several places ("Alinéas 2 et 4" / "insérer
// (deux fois) les mots :"), the count is the operation's, over them all —
// as many as the places, once in each (it was asked of each: refused, or
// every occurrence of each edited where each held that many); another
// count over several places does not say how many in each: refused.
func timesPerPlace(times, places int) (int, bool) {
	switch {
	case times == 0 || places <= 1:
		return times, true
	case times == places:
		return 1, true
	}
	return 0, false
}

// prevAlinea is the place the instruction before edited ("au même
// alinéa", "après le même alinéa"): false without one, or when its edits
// are on several places.
func prevAlinea(prev []Edit) ([]Division, bool) {
	if len(prev) == 0 {
		return nil, false
	}
	path := prev[len(prev)-1].Scope.Path
	for _, e := range prev {
		if !slices.Equal(e.Scope.Path, path) {
			return nil, false
		}
	}
	return path, true
}
