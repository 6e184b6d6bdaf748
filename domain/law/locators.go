package law

import (
	"strconv"
	"strings"
)

// divisionSlugs names the divisions of a locator as the code's folders do,
// largest first: "le chapitre Ier du titre VI du livre III" → livre-iii,
// titre-vi, chapitre-ier.
func divisionSlugs(low string) []string {
	var out []string
	for _, ix := range reDivisionName.FindAllStringSubmatchIndex(low, -1) {
		m := make([]string, len(ix)/2)
		for g := range m {
			if ix[2*g] >= 0 {
				m[g] = low[ix[2*g]:ix[2*g+1]]
			}
		}
		switch {
		case m[5] != "":
			// "la cinquième partie" is the folder "cinquieme-partie",
			// "la seconde" the "deuxieme-partie".
			out = append([]string{strings.Replace(m[5], "seconde", "deuxieme", 1) + "-partie"}, out...)
			continue
		case m[6] != "":
			out = append([]string{"partie-" + m[6]}, out...)
			continue
		}
		n := m[2]
		if n == "premier" {
			n = "ier"
		}
		slug := m[1] + "-" + n
		if m[3] != "" {
			slug += "-" + m[3]
		}
		// "la section 1 A", "le titre Ier A": a division a chamber put
		// before the 1 (folder "section-1-a"; it was the section 1) —
		// capitals A to H, the letters such labels use.
		// "Le paragraphe 1er" keeps its "er" ("paragraphe-1er"; it was
		// no level: the sous-section around it was named).
		if m[4] != "" && !rePrepositionAfter.MatchString(low[ix[1]:]) {
			slug += "-" + m[4]
		}
		out = append([]string{slug}, out...)
	}
	return out
}

// reDivisionList is a list of divisions of one kind: group 1 the kind,
// 2 the list ("1 et 2", "II, III et IV", "2 à 4"), 3 what follows.
var reDivisionList = mustRe(`^(?:les|des|aux)\s+(sous-sections|sections|chapitres|titres|paragraphes|livres)\s+((?:` + divNum + `)(?:\s*(?:,|et|a)\s*(?:` + divNum + `))+)\b(.*)$`)

var reListSep = mustRe(`\s*(?:,|\bet\b)\s*`)

const divNum = `(?:[ivxlc]+er|[ivxlc]+|\d+|premier)(?:\s+` + latinOrd + `)?`

var divisionSingular = map[string]string{"sous-sections": "la sous-section", "sections": "la section", "chapitres": "le chapitre", "titres": "le titre", "paragraphes": "le paragraphe", "livres": "le livre"}

// divisionListNames spells out "1 et 2", "II, III et IV", "2 à 4" (a
// range only of arabic numbers without bis).
func divisionListNames(list string) ([]string, bool) {
	var out []string
	for _, part := range reListSep.Split(list, -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if from, to, ok := strings.Cut(part, " a "); ok {
			a, err1 := strconv.Atoi(strings.TrimSpace(from))
			b, err2 := strconv.Atoi(strings.TrimSpace(to))
			if err1 != nil || err2 != nil || b <= a {
				return nil, false
			}
			for k := a; k <= b; k++ {
				out = append(out, strconv.Itoa(k))
			}
			continue
		}
		out = append(out, part)
	}
	return out, len(out) > 1
}

// moreArticles reads the list an article first begins, from rest, the
// text after it: "L. 1, L. 2 et L. 3", "L. 1 à L. 5" (a range, "l1..l5"),
// and gives the text after the list.
func moreArticles(first, rest string) ([]string, string) {
	arts := []string{first}
	if m := reRangeEnd.FindStringSubmatch(rest); m != nil {
		// "les articles L. 1 à L. 5": every article between.
		arts[0] += ".." + ArticleKey(m[1]+m[2])
		rest = rest[len(m[0]):]
	}
	for {
		m := reArtMore.FindStringSubmatchIndex(rest)
		if m == nil || strings.HasPrefix(strings.TrimLeft(rest[m[1]:], " "), "°") {
			// "l'article L. 1, 2°, …": an item of the article, not an
			// article 2 (the whole L. 1 was edited, and an article 2).
			break
		}
		pre := ""
		if m[2] >= 0 {
			pre = rest[m[2]:m[3]]
		}
		arts = append(arts, ArticleKey(pre+rest[m[4]:m[5]]))
		rest = rest[m[1]:]
		if m := reRangeEnd.FindStringSubmatch(rest); m != nil {
			arts[len(arts)-1] += ".." + ArticleKey(m[1]+m[2])
			rest = rest[len(m[0]):]
		}
	}
	return arts, rest
}

// reCommaEt is the comma before a list's last "et" (group: the comma):
// "premier, deuxième, et troisième", "1°, 2°, et 3°", "L. 2, et L. 3".
var reCommaEt = mustRe(`(?:` + ordWords + `|\d+°|\b[ivx]+|\b[a-z]\)?|\d)(?:\s+` + latinOrd + `)?(,)\s+et\s+(?:` + ordWords + `|\d|\b[ivx]+\b|\b[a-z]\b|l\.|r\.|d\.)`)

// reRanksOr is places joined by "ou": "premier ou deuxième", "1° ou 3°",
// "ii ou iii", "au a ou au b", "au premier alinéa ou au second".
var reRanksOr = mustRe(`(?:\b(?:` + ordWords + `)|\d+°|\b[ivx]+|\b(?:au|aux|le|les|du|des)\s+[a-z]\)?)(?:\s+` + latinOrd + `)?\s*,?\s+ou\s+(?:(?:le|la|les|au|aux|du|des|a\s+la)\s+)?(?:(?:` + ordWords + `)\b|\d+°|[ivx]+\b|[a-z]\)?(?:\s|,|$))|\b(?:alineas?|phrases?)\s*,?\s+ou\s+(?:au|aux|a\s+la|a\s+l'|le|la|les|l'|du|de\s+la|des)(?:\s|$)`)

// reArticleOr is another article after a list, joined by "ou": " ou
// L. 3".
var reArticleOr = mustRe(`^\s*,?\s*ou\s+(?:` + artLettersA + `)?\d`)

// reExceptPlace is a place left out of a locator: "à l'exception du",
// "sauf au", "excepté", "hormis", "exception faite de".
var reExceptPlace = mustRe(`\b(?:a\s+l'exception\s+d|exception\s+faite\s+d|sauf\s|excepte\s|hormis\s)`)

// reTailTimes is a count of occurrences after a bill's word operation:
// "deux fois", "à deux reprises", "aux deux occurrences", "(deux fois)"
// (groups: the count, in either form).
var reTailTimes = mustRe(`^\s*,?\s*\(?\s*(?:(?:par\s+|a\s+)?(` + cardinalWords + `|\d{1,2})\s+(?:fois|reprises)|(?:a|aux|dans)\s+(?:ses\s+|leurs\s+|les\s+)?(` + cardinalWords + `|\d{1,2})\s+occurrences)\s*\)?\s*[.;,]?\s*$`)

// reTailEvery is every occurrence said after a bill's word operation,
// as without it: "à chaque fois", "dans toutes ses occurrences",
// "partout où il figure".
var reTailEvery = mustRe(`^\s*,?\s*(?:` + timesSaid(false) + `|a\s+chaque\s+fois)\s*[.;,]?\s*$`)

// reTailOccurrences is occurrences named after a bill's word operations
// in a form not read ("à la deuxième occurrence", "aux deux premières
// occurrences", "trois fois de suite"): never dropped.
var reTailOccurrences = mustRe(`\boccurrences?\b|\bfois\b|\breprises\b`)

// reBareItemAfter is an item named bare after a comma: ", 1° et 2°",
// ", II et III".
var reBareItemAfter = mustRe(`^,\s*(?:\d+°|[a-z]\)|[ivx]+\b)`)

// reDivInParens is a division in parentheses: "(ii)", "(2°)", "(premier
// alinea)", "(al. 2)".
var reDivInParens = mustRe(`\(\s*(?:[ivxl]+(?:\s+` + latinOrd + `)?|\d+°[^)]*|[a-z]|[^)]*\b(?:alineas?|al\.|phrases?)\b[^)]*)\s*\)`)

// reTitleStart is how the title of a text named by its number and date
// begins after the date: "portant …", "relative à …", "pour …",
// "tendant à …", "d'orientation …" (folded, lower case).
var reTitleStart = mustRe(`^\s+(?:portant|relati(?:f|ve)s?|pour|sur|tendant|visant|modifiant|ratifiant|habilitant|instituant|creant|concernant|d'orientation|de\s+(?:modernisation|simplification|programmation|reglementation|finances|financement))\b`)

// reTitleOtherPlace is what, in the words after a text's date, is a
// second place and no title's: a comma, "et de l'article", "et à
// l'article", "et au", "et aux".
var reTitleOtherPlace = mustRe(`,|\bet\s+(?:de\s+l'|a\s+l'|aux?\s|du\s)`)

// inTextTitle says whether byte i of low (folded, lower case) is in the
// title of a text named by its number and date before it: "de
// l'ordonnance n° 58-1099 du 17 novembre 1958 portant loi organique pour
// l'application de l'article 23 de la Constitution" names the
// ordonnance's article, not the Constitution's (it was refused: a second
// article named apart). Not when a comma or "et de l'…" comes between
// the date and i: a second place.
func inTextTitle(low string, i int) bool {
	for _, d := range reNumberedTextDate.FindAllStringIndex(low, -1) {
		if d[1] > i {
			break
		}
		between := low[d[1]:i]
		if (reTitleStart.MatchString(between) || reTitleStart19.MatchString(between)) && !reTitleOtherPlace.MatchString(between) {
			return true
		}
	}
	return false
}

// reArticleAfterText is a text named after a list of articles, then
// another article's number and its text: " du code de la santé publique
// et L. 2 du code …", " de la loi n° 2000-1 du 3 janvier 2000 et 5 de la
// loi …" (not a number of the first text's title: "… n° s 93 / 83 du
// 27 septembre 1993 et 93 / 98 du …").
// reSameParagraph is the paragraph named before, folded: "du même
// paragraphe", "au même paragraphe" (group 1: the noun).
var reSameParagraph = mustRe(`\b(?:au|le|du|dans\s+le)\s+meme\s+(paragraphe)\b`)

// reArticlesEachText is two articles, each followed by the text it is
// of, the whole locator: "aux articles L. 1 du code civil et L. 2 du code
// pénal" (groups: each number and each text); a number after "et" must
// be followed by its own text, so that "du code rural et de la pêche
// maritime" stays one name.
var reArticlesEachText = mustRe(`^(?:aux|les|des)\s+articles\s+((?:` + strings.ToLower(artLettersA) + `)?\d+(?:` + numHyphen + `\d+)*(?:er)?(?:\s+` + latinOrd + `)?)\s+((?:du|de\s+la|de\s+l')\s*(?:code|loi|ordonnance)\b[^,;:«"]*?)\s+et\s+((?:` + strings.ToLower(artLettersA) + `)?\d+(?:` + numHyphen + `\d+)*(?:er)?(?:\s+` + latinOrd + `)?)\s+((?:du|de\s+la|de\s+l')\s*(?:code|loi|ordonnance)\b[^,;:«"]*?)\s*,?$`)

var reArticleAfterText = mustRe(`^\s*(?:du|de\s+la|de\s+l['’])\s+(?:code|loi|ordonnance|livre)\b[^,;:«"“]*?(?:,|\set|\sainsi\s+que)\s+(?:` + artLettersA + `)?\d+(?:` + numHyphen + `\d+)*(?:er)?(?:\s+(?:du|de\s+la|de\s+l['’]|et)\s|\s*,)`)

// artLetters are the letters before an article's number, its period
// and the star Légifrance prints after the letter of an article taken by
// a décret en Conseil des ministres: "L. ", "L.O. ", "LO ", "R. ", "R.* ",
// "R*", "D.* " (the star marks the décret, not the number: ArticleKey
// drops it); artLettersA the same with the A of an arrêté's articles.
const (
	artLetters  = `(?:L\.?\s*O|L|R|D)\.?\*?\.?\s*`
	artLettersA = `(?:L\.?\s*O|L|R|D|A)\.?\*?\.?\s*`
)

const articleNumber = `\d+(?:er\b)?(?:-\d+)*(?:\s+` + latinOrd + `)?(?:-\d+)*(?:\s+` + articleCapitals + `\b)?(?:\s+` + latinOrd + `\b)?`

// ordWords are the ordinals read, folded (no accents, lower case): the
// words to "vingtième" and the last ones (simpleOrdinalsAcc, folded), the
// compounds to 99 (ordinals.go) first, longest first.
var ordWords = compoundOrdinals + `|` + foldAccents(simpleOrdinalsAcc)

var ordValue = map[string]int{
	"premier": 1, "premiere": 1, "1er": 1, "1re": 1, "deuxieme": 2, "second": 2, "seconde": 2,
	"troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8,
	"neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14,
	"quinzieme": 15, "seizieme": 16, "dix-septieme": 17, "dix-huitieme": 18, "dix-neuvieme": 19, "vingtieme": 20, "dernier": -1, "derniere": -1, "avant-dernier": -2, "avant-derniere": -2,
	"penultieme": -2, "antepenultieme": -3,
}

func init() {
	for w, n := range compoundValue {
		ordValue[w] = n
	}
}

// rePluralRank is a rank in the plural before "alinéas" or "phrases"
// ("premieres phrases"; group 1 the rank, then its "s").
var rePluralRank = mustRe(`\b(` + ordWords + `)s\s+(?:alineas|phrases)\b`)

// reCountBefore is a count that ends s: "les deux " before "premières
// phrases".
var reCountBefore = mustRe(`\b(?:` + cardinalWords + `|\d+)\s+$`)

// reDashRank is dashes of a list by their ranks: "deuxieme tiret",
// "dernier tiret", "deuxieme et troisieme tirets" (group 1 the ranks).
var reDashRank = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)?\s*)+)\s*tirets?\b`)

// reBareRankLast is a place's last member a rank alone, "… et le
// second", ", la dernière", "et l'avant-dernier" (folded; group 1 the
// rank).
var reBareRankLast = mustRe(`(?:,|\bet|\bou)\s+(?:(?:le|la|les)\s+|l')(` + ordWords + `)\s*[.;]?\s*$`)

// reRankNoNoun is a rank followed by "de", "du", "des" with no noun
// between ("au deuxieme de l'", "au 2nd du"; group 1 the rank).
var reRankNoNoun = mustRe(`(?:^|\s)(?:au|le|la|du|de\s+la|a\s+la|dans\s+le|dans\s+la)\s+((?:` + ordWords + `)|\d{1,2}(?:er|re|eme|e|nde|nd))\s+(?:de|du|des)\b`)

// reUniqueAlinea is an article's only alinéa: "alinea unique", "unique
// alinea".
var reUniqueAlinea = mustRe(`\balinea\s+unique\b|\bunique\s+alinea\b`)

// rePhraseRange is a range of sentences: "deuxieme a quatrieme phrases".
var rePhraseRange = mustRe(`\b(` + ordWords + `)\s+a\s+(` + ordWords + `)\s+phrases\b`)

// reAlineaRange is a range of alinéas by position: "quatrieme a
// douzieme alineas".
var reAlineaRange = mustRe(`\b(` + ordWords + `)\s+a\s+(` + ordWords + `)\s+alineas\b`)

// toTheEnd as a Division's Count: every alinéa from Alinea to the end of
// the enclosing division ("les deuxième à dernier alinéas").
const toTheEnd = -1

// reRankAndLast is one alinéa or sentence given both its rank and its
// rank from the end: "second et dernier alinea", "troisieme et derniere
// phrase", "troisieme et avant-dernier alinea" (the noun singular: "aux
// premier et dernier alineas" are two).
var reRankAndLast = mustRe(`^(` + ordWords + `)\s+et\s+(` + ordWords + `)\s+(?:alinea|phrase)$`)

// rankAndLast reads a designation of reRankAndLast: the rank from the
// start and the rank from the end (-1 the last, -2 the one before).
func rankAndLast(s string) (rank, fromEnd int, ok bool) {
	m := reRankAndLast.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || ordValue[m[1]] <= 0 || ordValue[m[2]] >= 0 {
		return 0, 0, false
	}
	return ordValue[m[1]], ordValue[m[2]], true
}

var ordRe = mustRe(`\b(` + ordWords + `)\b`)

func ordinals(s string) []int {
	var out []int
	for _, m := range ordRe.FindAllStringSubmatch(s, -1) {
		out = append(out, ordValue[m[1]])
	}
	return out
}

// countedAlineas is the alinéas "les deux derniers alinéas", "les 2
// premiers alinéas" name, m a match of reCounted in low: counted from the
// end (the start) of their division, in words or digits.
func countedAlineas(low string, m []int) Division {
	n := cardinal(low[m[2]:m[3]])
	d := Division{Alinea: 1, Count: n}
	if strings.HasPrefix(low[m[4]:m[5]], "dernier") {
		d.Alinea = -n
	}
	return d
}

var (
	reCounted        = mustRe(`\b(` + cardinalWords + `|\d+)\s+(derniers|dernieres|premiers|premieres)\s+alineas\b`)
	reAlineas        = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)?\s*)+)\s*alineas?\b`)
	reCountedPhrases = mustRe(`\b(` + cardinalWords + `|\d+)\s+(dernieres|premieres)\s+phrases\b`)
	rePhrases        = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)?\s*)+)\s*phrases?\b`)
	// reItemMore: the next label of a list of items, its Latin adverb
	// with it ("des a et a bis", "les I et I bis": only a degree took
	// it, and "a bis" was read as "a" or as nothing).
	reItemMore = mustRe(`^\s*(?:,\s*|et\s+)(\d+°(?:\s*` + latinOrd + `)?|(?:[IVX]+|` + smallRoman + `|[a-z]|` + doubledLetter + `|[A-HJ-UWYZ])(?:\s+` + latinOrd + `)?|\d+(?:\s+` + latinOrd + `)?)(?:\s+(?:de|du|et)\b|\s*,|\s*$)`)
	reItem     = mustRe(`\b(?:[Ll]e|[Aa]u|du|[Ll]es|[Aa]ux|des)\s+(\d+°(?:\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|[IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|\d+(?:\s+` + latinOrd + `)?\)|\d+(?:\s+` + latinOrd + `)?|(?:` + smallRoman + `|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?)(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$)`)
	reArticle  = mustRe(`\barticles?\s+(` + artLetters + `)?(` + articleNumber + `|preliminaire\b|liminaire\b|unique\b)`)
	reArtMore  = mustRe(`^\s*(?:,\s*et|,|et|` + artAinsiQue26 + `)\s*(` + artLetters + `)?(` + articleNumber + `)`)
	reRangeEnd = mustRe(`^\s*(?:a|à)\s+(` + artLetters + `)?(\d+(?:-\d+)*(?:\s+` + latinOrd + `\b)?)`)
	reCode     = mustRe(`\b(?:du|dans\s+(?:tout\s+)?le|au)\s+(` + codeTitlesJoined + `|code\s+(?:[a-z' -]+?)|livre\s+des\s+procedures\s+fiscales|` + formerCodeNames + `)` + codeNameEnd)
	reCodeSubj = mustRe(`^(?:le\s+)?(` + codeTitlesJoined + `|code\s+(?:[a-z' -]+?)|livre\s+des\s+procedures\s+fiscales|` + formerCodeNames + `)\s*,?\s*(?:est\b|sont\b|$)`)
	// reLaw is a law by its number; a finance law by its name first, as
	// Légifrance cites it: "la loi de finances pour 2010 (n° 2009-1673 du
	// 30 décembre 2009)", "la loi de financement de la sécurité sociale
	// pour 2012 (n° …)" (groups: the number's two parts).
	reLaw     = mustRe(`\b(?:de\s+la\s+|la\s+)?loi\s+(?:organique\s+)?(?:(?:de\s+finances|de\s+financement\s+de\s+la\s+securite\s+sociale)(?:\s+rectificative)?(?:\s+pour\s+\d{4})?\s*\(?\s*)?n[°o]?\s*(\d+)\s*-\s*(\d+)`)
	reDivWord = mustRe(`\b(?:alineas?|phrases?|tiret)\b|\b(?:du|au|aux|des|le|les)\s+(?:[ivxl]+|\d+°(?:\s*` + latinOrd + `)?|(?:[a-z]|` + doubledLetter + `)\)?)(?:\s|,|$)`)
	// reJoinedSubject ends the words from one place named to the next
	// when they are two subjects, folded: "le 2° du I et " before "le
	// II", "le a, " before "le b", "… ainsi que " before "les …".
	reJoinedSubject = mustRe(`(?:\s(?:et|ainsi\s+que)|,)\s*$`)
	reAndLocator    = mustRe(`(?:(?:,|\s+et|\s+ainsi\s+que)\s*,?\s+|\s+ainsi\s+qu')((?:au|aux|a\s+la|a\s+l'|a|dans\s+(?:le|la|les))\s|dans\s+l')`)
	reLatinAfterA   = mustRe(`^a\s+` + latinOrd + `\b`)
	reAndArticle    = mustRe(`\s+(?:et|ainsi que)\s+(?:l'article|les articles|les\s+\S+\s+(?:et\s+\S+\s+)?alineas)\s`)
	reSameCode      = mustRe(`\b(?:(?:du|au|le)\s+(?:meme|present)|dudit|audit|ledit|ce(?:\s+meme)?)\s+code\b`)
	reCodeAnaphor   = mustRe(`^code\s+` + codeBackRef + `$`)
	reSameText      = mustRe(`\b(?:(?:de\s+la|a\s+la|la)\s+meme|ladite|de\s+ladite|a\s+ladite|(?:de\s+|a\s+)?cette(?:\s+meme)?)\s+(loi|ordonnance)\b`)
	rePrecitee      = mustRe(`\bprecitee?\b`)
	reOrdonnance    = mustRe(`\bordonnance\s+n[°o]?\s*(\d+)\s*-\s*(\d+)`)
	// reDecret is a décret by its number, "du décret n° 2005-1516 du …";
	// reSameDecret the last one named, "du même décret", "dudit décret".
	reDecret     = mustRe(`\bdecret\s+n[°o]?\s*(\d+)\s*-\s*(\d+)`)
	reSameDecret = mustRe(`\b(?:(?:du|au|le)\s+meme|dudit|audit|ledit|ce(?:\s+meme)?)\s+decret\b`)
	reTextSubj   = mustRe(`^(?:(?:le|la|l')\s*(?:meme\s+(?:code|loi|ordonnance)|code\s|loi\s|ordonnance\s)|ledit\s+code\b|ladite\s+(?:loi|ordonnance)\b|ce\s+(?:meme\s+)?code\b|cette\s+(?:meme\s+)?(?:loi|ordonnance)\b|le\s+(?:meme\s+)?decret\s|ledit\s+decret\b|ce\s+(?:meme\s+)?decret\b)`)
	// reSentenceOnly is a locator naming a sentence and nothing larger.
	reSentenceOnly = mustRe(`^(?:et\s*,?\s*)?(?:(?:au\s+debut|a\s+la\s+fin)\s+de|a|aux?|dans)\s+(?:la|les)\s+(?:` + ordWords + `)(?:\s+et\s+(?:` + ordWords + `))?\s+phrases?\s*$`)
	// reHeadPrep is a locator's preposition, genitive its "of" form.
	reHeadPrep = mustRe(`^(au\b|aux\b|a\s+la\b|a\s+l'|dans\s+le\b|dans\s+la\b|dans\s+les\b|dans\s+l')`)
)

// placeInVerb is a place said inside a verb phrase, between commas: a
// preposition, then words naming an article, an alinéa, a sentence or
// an item.
const placeInVerb = `(?:(?:à|au|aux|dans)\s[^«»",]*?(?:\barticles?\b|\balinéas?\b|\bphrases?\b|\b(?:du|au|aux|le|les)\s+` + labelInVerb + `)|(?:au|aux)\s+` + labelInVerb + `)[^«»",]*?`

// labelInVerb is an item's label in placeInVerb: "II", "1°", "a)".
const labelInVerb = `(?:[IVXL]+\b|\d+°|[a-z]\))`

// codeTitlesJoined are the titles of the codes in force whose own words
// end a code's name as the grammar reads it — a conjunction before an
// article ("et l'administration"), a comma — read whole before that rule
// (Légifrance's list of codes; folded to lower case without accents).
const codeTitlesJoined = `code\s+des\s+relations\s+entre\s+le\s+public\s+et\s+l'administration` +
	`|code\s+de\s+la\s+legion\s+d'honneur,\s+de\s+la\s+medaille\s+militaire\s+et\s+de\s+l'ordre\s+national\s+du\s+merite`

// reSentenceAndDivision is a sentence of a division named, then "et" and
// a division of its own: "la dernière phrase du premier alinéa et le
// deuxième alinéa …" (groups: the first, the second from its
// determiner).
var reSentenceAndDivision = mustRe(`^((?:la|les)\s+[^,]*?\bphrases?\s+(?:du|des|de\s+la|de\s+l')\s*[^,]*?)\s+et\s+((?:le|les|l')\s*[^,]*)$`)

// bothScopes reads two targets of one subject, each on its own, and
// joins them; either not read, neither is.
func (p *parser) bothScopes(first, firstCased, second, secondCased string, base Scope) ([]Scope, bool, error) {
	a, ok, why := p.scopes(first, firstCased, base)
	if !ok {
		return nil, false, why
	}
	b, ok, why := p.scopes(second, secondCased, base)
	if !ok {
		return nil, false, why
	}
	return append(a, b...), true, nil
}

// itemsAndAlineas splits a subject naming items and alinéas by their
// rank, one after the other, "Les 3° et 4° et le dernier alinéa", "Le
// deuxième alinéa et le b du 1°", "Le 2° du I et le dernier alinéa du I"
// — two subjects, each read in turn (they were read as the one inside
// the other, "le 2° du dernier alinéa", and refused as not found). first
// is the first subject's span, second the second's and, at second[2],
// the article (or text) that ends it, which the first takes too. A place
// written after the second alone ("Le 2° et le dernier alinéa du I",
// "Le deuxième alinéa et le b du 1°"): whether the first is in it is not
// said, and why says so. ok is false when low is not of this form.
func itemsAndAlineas(low string) (first, second [3]int, why string, ok bool) {
	for _, m := range reAndThe.FindAllStringSubmatchIndex(low, -1) {
		head, tail := low[:m[0]], low[m[2]:]
		hi, ha := reItemsSubject.MatchString(head), reAlineasSubject.MatchString(head)
		ti, ta := reItemsSubject.MatchString(tail), reAlineasSubject.MatchString(tail)
		if !(hi && ta || ha && ti || alineasEachPlaced(head, tail) || alineaPlacedThenBare(head, tail)) || strings.Contains(head, "article") || strings.Contains(head, "phrase") || strings.Contains(tail, "phrase") {
			continue
		}
		t0 := len(low) - len(tail)
		end := len(low)
		if a := reArticleHolder.FindStringIndex(tail); a != nil {
			end = t0 + a[0]
		}
		first, second = [3]int{0, m[0], 0}, [3]int{t0, 0, end}
		if !reDesignationEnd.MatchString(head) && reDesignationEnd.MatchString(low[t0:end]) {
			return first, second, "a place named after the second of two subjects (items and alinéas): whether the first is in it is not said", true
		}
		return first, second, "", true
	}
	return first, second, "", false
}

// itemsAndAlineasList splits a subject listing three designations or
// more with commas, items and alinéas mixed, "Le dernier alinéa du I, le
// II et le III", "Le 2°, le dernier alinéa et le IV de l'article L. 1" —
// each a subject read in turn, as itemsAndAlineas reads two (they were
// refused). parts are the designations' spans, the items first (an item
// ending its list takes the alinéas after it: the alinéa, counted first,
// would be refused as edited already), and holder where the article (or
// text) that ends the last begins, which all take. A place written after
// a later designation that an earlier one lacks ("Le 2°, le 3° et le
// dernier alinéa du I"): whether the earlier is in it is not said, and
// why says so — unless the earlier is an item of the place's own kind
// ("Le II, le III et le dernier alinéa du I": no II is in the I). A
// sentence among them ("Le second alinéa du I, la première phrase du
// premier alinéa et le III") is not read, and why says so (the III was
// dropped). ok is false when low is not of this form.
func itemsAndAlineasList(low, cased string) (parts [][2]int, holder int, why string, ok bool) {
	holder = len(low)
	if a := reArticleHolder.FindStringIndex(low); a != nil {
		holder = a[0]
	}
	seps := reListThe.FindAllStringSubmatchIndex(low[:holder], -1)
	if len(seps) < 2 || !strings.Contains(low[seps[len(seps)-1][0]:seps[len(seps)-1][2]], "et") {
		return nil, 0, "", false
	}
	var items, alineas, placeless [][2]int
	sentence := false
	start := 0
	for k := 0; k <= len(seps); k++ {
		end := holder
		if k < len(seps) {
			end = seps[k][0]
		}
		part := low[start:end]
		switch {
		case strings.Contains(part, "article"):
			return nil, 0, "", false
		case strings.Contains(part, "phrase"):
			sentence = true
		case reItemsSubject.MatchString(part):
			items = append(items, [2]int{start, end})
		case reAlineasSubject.MatchString(part):
			alineas = append(alineas, [2]int{start, end})
		default:
			return nil, 0, "", false
		}
		if !reDesignationEnd.MatchString(part) {
			placeless = append(placeless, [2]int{start, end})
		} else if why == "" && !outsidePlace(placeless, cased, cased[start:end]) {
			why = "a place named after a later subject of several (items and alinéas) that an earlier one lacks: whether the earlier is in it is not said"
		}
		if k < len(seps) {
			start = seps[k][2]
		}
	}
	if sentence && len(items)+len(alineas) > 0 {
		return nil, 0, "a sentence in a list of three subjects or more with divisions, not read", true
	}
	if len(items) == 0 || len(alineas) == 0 {
		return nil, 0, "", false
	}
	return append(items, alineas...), holder, why, true
}

// outsidePlace says each subject of spans (in cased), written without a
// place, names items of the kind of the first label the later subject's
// place names ("le II" before "le dernier alinéa du I"): none of them can
// be in that place.
func outsidePlace(spans [][2]int, cased, later string) bool {
	o := reOuterLabel.FindStringSubmatch(later)
	if o == nil {
		return len(spans) == 0
	}
	kind := writtenKind(o[1])
	for _, sp := range spans {
		m := reLabelsOfSubject.FindStringSubmatch(cased[sp[0]:sp[1]])
		if m == nil {
			return false
		}
		for _, l := range reLabelListSep.Split(m[1], -1) {
			if writtenKind(l) != kind {
				return false
			}
		}
	}
	return true
}

// writtenKind is the kind of a label as written, its case kept: "I" and
// "II" roman, "i" and "a" letters, "1°" numbered.
func writtenKind(l string) string {
	if f := strings.Fields(l); len(f) > 0 && strings.Trim(f[0], "IVXL") == "" {
		return "roman"
	}
	return casedKind(itemName(l))
}

var (
	// reLabelsOfSubject is items named by their labels alone, "le II",
	// "les 1° et 2°" (group: the labels).
	reLabelsOfSubject = mustRe(`^(?:[Ll]es?)\s+(` + bareLabel + `(?:(?:\s*,\s*|\s+et\s+)` + bareLabel + `)*)$`)
	// reListThe is a comma or " et " before a determiner in a list of
	// subjects (group: the determiner).
	reListThe = mustRe(`(?:\s*,\s*(?:et\s+)?|\s+et\s+)((?:le|la|les)\s|l')`)
	// reAndThe is " et " before a determiner (group: the determiner).
	reAndThe = mustRe(`\s+et\s+((?:le|la|les|l')\s*)`)
	// reItemsSubject is a subject naming items by their labels, "le 2°",
	// "les 3° et 4°", "le b du 1°".
	reItemsSubject = mustRe(`^(?:le|les)\s+(?:[ivxl]+|\d+°|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?(?:\s*(?:,|\bet\b|\ba\b)\s*(?:[ivxl]+|\d+°|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)*(?:\s+(?:du|de)\s[^,]*)?$`)
	// reAlineasSubject is a subject naming alinéas by their ranks, "le
	// dernier alinéa", "les deux premiers alinéas du I".
	reAlineasSubject = mustRe(`^(?:le|les|l')\s*[a-z' -]*?\balineas?(?:\s+(?:du|de)\s[^,]*)?$`)
	// reArticleHolder is where the article (or text) holding a
	// designation begins: " de l'article L. 1 …", " du code civil".
	reArticleHolder = mustRe(`\s(?:de\s+l'article|des\s+articles|du\s+meme\s+article|dudit\s+article|de\s+cet\s+article|du\s+code|de\s+la\s+loi|de\s+l'ordonnance)\b`)
)

// reDivisionAndSentence is a division named, then "et" and a sentence
// of a division of its own: "le deuxième alinéa et la dernière phrase
// du premier alinéa …" (groups: the first, the second from its
// determiner).
var reDivisionAndSentence = mustRe(`^((?:le|les|l')\s*[^,]*?)\s+et\s+((?:la|les)\s+[^,]*?\bphrases?\s+(?:du|des|de\s+la|de\s+l')\s*[^,]*)$`)

// reSentenceUnranked is a sentence named as a division ("la phrase du
// …", "les deux phrases du …"), not the end or start of one ("la fin de
// la phrase", the anchor's).
var reSentenceUnranked = mustRe(`(?:^|[^\w-])(?:la|les|a\s+la|aux|des|de\s+la)\s+(?:(?:` + cardinalWords + `)\s+)?phrases?\s+(?:du|de\s+l'|de\s+la|des)\b`)

// reStartOrEnd is a place alone, "au début", "à la fin": after a locator
// naming an article ("Au second alinéa de l'article L. 1, au début, sont
// insérés …"), the start (end) of that place (it was dropped: the words
// went at the end).
var reStartOrEnd = mustRe(`^(?:au\s+debut|a\s+la\s+fin)\s*,?\s*$`)

// itemThenInner reports whether a locator's head names an item or a
// part and its tail, after a comma alone, an alinéa or a sentence with
// no holder of its own: "Au II, au second alinéa", "Au 1°, à la première
// phrase" are that alinéa (sentence) of the item, not two places.
//
// An item of a lower kind after it alone, "Au I, au 1° :", "Au 2°, au
// a)", "Au 2° du I, au b", is that item of it likewise.
func itemThenInner(head, joiner, tail string) bool {
	if strings.TrimSpace(joiner) != "," || !reItemNamed.MatchString(head) || reAndWord.MatchString(tail) ||
		strings.Contains(head, "alinea") || strings.Contains(head, "phrase") {
		return false
	}
	if strings.Contains(tail, "alinea") || strings.Contains(tail, "phrase") || reDashRank.MatchString(tail) {
		return !reItemNamed.MatchString(tail)
	}
	// Items only in the tail, each of a lower kind than every one of the
	// head: "Au 2° du I, au b", "Au I, au b du 2°" are the b of the 2°
	// of the I.
	h, t := reItemNamed.FindAllStringSubmatch(head, -1), reItemNamed.FindAllStringSubmatch(tail, -1)
	if len(h) == 0 || len(t) == 0 || strings.TrimSpace(reItemNamed.ReplaceAllString(tail, " ")) != "" {
		return false
	}
	for _, a := range h {
		for _, b := range t {
			if kindRank[itemKind(strings.TrimSuffix(a[1], ")"))] >= kindRank[itemKind(strings.TrimSuffix(b[1], ")"))] {
				return false
			}
		}
	}
	return true
}

// itemThenInnerOf reads a locator whose first place is an item and whose
// second, after a comma, is inside it ("au i, a la derniere phrase du
// premier alinea, " — itemThenInner) as one place, the inner one of the
// item: "a la derniere phrase du premier alinea du i" (low folded, cased
// the same with case kept; ok false when the locator is not of that
// form).
//
// A chain of places, each inside the one before, "au i, au 2°, au b",
// "au i, au 2°, a la premiere phrase", is folded likewise from the left
// ("au b du 2° du i"); after an article named first, "a l'article l. 1,
// au i, au 2°", the places after it are folded and the article kept
// ahead of them. Any link not inside the one before: not of that form.
func itemThenInnerOf(low, cased string) (string, string, bool) {
	parts := strings.Split(strings.TrimRight(strings.TrimSpace(low), ", "), ",")
	partsCased := strings.Split(strings.TrimRight(strings.TrimSpace(cased), ", "), ",")
	if len(parts) != len(partsCased) || len(parts) < 2 {
		return low, cased, false
	}
	first := 0
	if strings.Contains(parts[0], "article") && len(parts) >= 3 {
		first = 1
	}
	acc, accCased := strings.TrimSpace(parts[first]), strings.TrimSpace(partsCased[first])
	for k := first + 1; k < len(parts); k++ {
		tail, tailCased := strings.TrimSpace(parts[k]), strings.TrimSpace(partsCased[k])
		if tail == "" || !itemThenInner(acc, ",", tail) && !((k > first+1 || first == 1) && alineaThenSentence(acc, tail)) {
			return low, cased, false
		}
		m := reHeadPrep.FindStringSubmatchIndex(acc)
		mc := reHeadPrep.FindStringSubmatchIndex(asciiLower(accCased))
		if m == nil || mc == nil {
			return low, cased, false
		}
		of := genitive[strings.Join(strings.Fields(acc[m[2]:m[3]]), " ")]
		acc, accCased = tail+" "+of+acc[m[3]:], tailCased+" "+of+accCased[mc[3]:]
	}
	if first == 1 {
		return parts[0] + ", " + acc, partsCased[0] + ", " + accCased, true
	}
	return acc, accCased, true
}

// alineaThenSentence: after an item and its alinéa read as one place
// (or an article and its alinéa), a sentence alone is that alinéa's ("au
// I, au premier alinéa, à la seconde phrase" is the second sentence of
// the I's first alinéa: it read three places, each holding the words,
// and edited them three times).
func alineaThenSentence(head, tail string) bool {
	return strings.Contains(head, "alinea") && !strings.Contains(head, "phrase") &&
		strings.Contains(tail, "phrase") && !strings.Contains(tail, "alinea") &&
		!reItemNamed.MatchString(tail) && !reAndWord.MatchString(tail)
}

// kindRank is the law's order of the kinds of items inside an article:
// I, A, 1., 1°, a).
var kindRank = map[string]int{"roman": 1, "capital": 2, "number": 3, "°": 4, "paren": 4, "letter": 5}

// reItemNamed is an item or a part named by its label: "au II", "du
// 1° bis", "le a)" (group: the label).
var reItemNamed = mustRe(`(?:^|\b)(?:du|au|aux|des|le|les)\s+((?:[ivxl]+|\d+°|(?:[a-z]|` + doubledLetter + `)\)?)(?:\s+` + latinOrd + `)?)(?:\s|,|$)`)

// reAndWord is a conjunction joining places.
var reAndWord = mustRe(`\bet\b|\bainsi\s+qu`)

// reDesignationEnd is where a division's designation ends and what holds
// it begins: " du I …", " de l'article …".
var reDesignationEnd = mustRe(`\s(?:(?:du|des|de\s+la)\s|de\s+l')`)

// reSubjectHead is the start of a subject: its determiner and the words
// that count or rank what it names ("les deux derniers", "le même", "les
// deuxième à quatrième") (group 1: the word after them).
var reSubjectHead = mustRe(`^(?:(?:le|la|les|ledit|ladite|lesdits|lesdites|cet|cette|ces|son|sa|ses|leurs?)\s+|l')(?:(?:` + ordWords + `|` + cardinalWords + `|\d+(?:e|er|re|eme)|(?:avant-)?(?:premier|premiere|dernier|derniere)s|[a-z-]+iemes|memes?|presente?s?|seule?s?|unique|et|ainsi\s+que|a\s+(?:` + ordWords + `|[a-z-]+iemes?)|le|la|les)(?:\s*,)?\s+|l'|,\s*)*([a-z0-9°'-]+)`)

// knownHeads are the words a subject deleted or rewritten may name: the
// divisions the paths read. Any other ("le chapeau du I", "les trois
// derniers mots", "la lettre a", "le point 3", "le reste de …") was read
// as the division around it, or the whole article, and deleted.
var knownHeads = map[string]bool{
	"alinea": true, "alineas": true, "phrase": true, "phrases": true, "article": true, "articles": true,
	"livre": true, "livres": true, "titre": true, "titres": true, "chapitre": true, "chapitres": true,
	"section": true, "sections": true, "sous-section": true, "sous-sections": true, "partie": true, "parties": true,
	"paragraphe": true, "paragraphes": true, "sous-paragraphe": true, "sous-paragraphes": true,
	"intitule": true, "intitules": true, "dispositions": true, "loi": true, "ordonnance": true, "decret": true,
	"code": true, "annexe": true, "annexes": true, "tableau": true, "tableaux": true, "ligne": true, "lignes": true,
	"colonne": true, "colonnes": true, "tiret": true, "tirets": true, "ensemble": true,
	// "Le texte de l'article L. 1 est remplacé par les dispositions
	// suivantes" (older drafting): the article.
	"texte": true,
}

// unknownHead returns the word a deleted subject names when no path reads
// it ("chapeau" in "Le chapeau du I"), "" when the subject names a
// division, an item by its label ("le 2°", "les I et II", "le a") or
// begins otherwise (a place first: "À l'article L. 1, le II").
func unknownHead(loc string) string {
	m := reSubjectHead.FindStringSubmatch(strings.TrimSpace(loc))
	if m == nil {
		return ""
	}
	w := m[1]
	if reExcept.MatchString(loc) {
		return "an exception (sauf, à l'exception de)"
	}
	if i := strings.Index(loc, "partie"); strings.HasPrefix(w, "partie") && (!strings.Contains(loc, "code") || reSentenceOrAlinea.MatchString(loc[i:])) {
		return w // "la dernière partie de la phrase", not a code's
	}
	if knownHeads[w] || reLabelWord.MatchString(w) {
		return ""
	}
	return w
}

// reSentenceOrAlinea is a sentence or an alinéa named.
var reSentenceOrAlinea = mustRe(`\b(?:phrases?|alineas?)\b`)

// reExcept is a part taken out of what is deleted: "le I, à l'exception
// de son dernier alinéa," (it was read as a code's name).
var reExcept = mustRe(`\b(?:a\s+l'exception|sauf|hormis|excepte)\b`)

// reLabelWord is an item's label as a word of a subject: "2°", "ii",
// "a", "3", "1er".
var reLabelWord = mustRe(`^(?:\d+°?|\d+er|[ivxl]+|[a-z]|` + doubledLetter + `)$`)

// reLetterParen is a letter item named with its parenthesis: "le c)",
// "au a bis)" (group 1 ends before the parenthesis).
var reLetterParen = mustRe(`\b((?:le|les|au|aux|du|des|et)\s+(?:` + smallRoman + `|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)\)`)

// reSharedNoun is ranks each with its preposition (determiner) and one
// noun after the last, or after each: "au premier et au dernier
// alinéas", "à la première, à la deuxième et à la dernière phrases", "au
// premier comme au dernier alinéa", "le premier et le dernier alinéas",
// "la première et la dernière phrases", "le premier alinéa et le dernier
// alinéa".
var (
	reSharedNoun        = mustRe(sharedNounOf(`au|a\s+la|a\s+l'`))
	reSharedNounSubject = mustRe(sharedNounOf(`le|la|l'`))
)

func sharedNounOf(prep string) string {
	rank := `(?:` + prep + `)\s*(?:` + ordWords + `)`
	return `\b` + rank + `(?:\s+(?:alinea|phrase)s?)?(?:\s*,\s*` + rank + `(?:\s+(?:alinea|phrase)s?)?)*\s*,?\s+(?:et|ou|comme|ainsi\s+qu'|ainsi\s+que)\s*` + rank + `\s+(alinea|phrase)s?\b`
}

var (
	reOrdWord  = mustRe(`\b(?:` + ordWords + `)\b`)
	reNounWord = mustRe(`\b(?:alinea|phrase)s?\b`)
)

// sharedNoun reads reSharedNoun as "aux premier et dernier alinéas" and
// reSharedNounSubject as "les premier et dernier alinéas", the lists the
// grammar reads (the first ranks were dropped: the last alone was
// edited); low and cased keep the same length.
func sharedNoun(low, cased string) (string, string) {
	for _, sh := range []struct {
		re     *lre
		plural string
	}{{reSharedNoun, "aux"}, {reSharedNounSubject, "les"}} {
		m := sh.re.FindStringSubmatchIndex(low)
		if m == nil {
			continue
		}
		span := low[m[0]:m[2]]
		noun := low[m[2]:m[3]]
		same := true
		for _, n := range reNounWord.FindAllString(span, -1) {
			same = same && strings.TrimSuffix(n, "s") == noun
		}
		if !same {
			continue // "le premier alinéa et la dernière phrase": two kinds
		}
		var l, c []string
		for _, o := range reOrdWord.FindAllStringIndex(span, -1) {
			l = append(l, low[m[0]+o[0]:m[0]+o[1]])
			c = append(c, cased[m[0]+o[0]:m[0]+o[1]])
		}
		list := func(w []string) string {
			return strings.Join(w[:len(w)-1], ", ") + " et " + w[len(w)-1]
		}
		head := sh.plural
		if cased[m[0]] >= 'A' && cased[m[0]] <= 'Z' {
			head = upperFirst(head)
		}
		low = low[:m[0]] + sh.plural + " " + list(l) + " " + noun + "s" + low[m[1]:]
		cased = cased[:m[0]] + head + " " + list(c) + " " + cased[m[2]:m[3]] + "s" + cased[m[1]:]
	}
	return low, cased
}

// reAndAfter joins a second target to a locator: " et ", " ainsi que ".
var reAndAfter = mustRe(`\s(?:et|ainsi\s+que)\s`)

// sameArticleTail splits a locator "<divisions> de l'article A … et
// <divisions> du même article" (dudit article, de cet article) at the "et"
// before the second target: the first's scopes, and the second's text
// with its "du même article" blanked, to be read in the first's article.
// ok with no scopes when the first names several articles.
func (p *parser) sameArticleTail(low, cased string, base Scope) ([]Scope, string, string, bool) {
	art := reArticle.FindStringIndex(cased)
	if art == nil {
		return nil, "", "", false
	}
	same := reSameArticle.FindStringIndex(low)
	if same == nil || same[0] < art[1] {
		return nil, "", "", false
	}
	var cut []int
	for _, m := range reAndAfter.FindAllStringIndex(low[art[1]:same[0]], -1) {
		cut = []int{art[1] + m[0], art[1] + m[1]}
	}
	if cut == nil || !reDivWord.MatchString(low[cut[1]:same[0]]) {
		return nil, "", "", false
	}
	first, ok, _ := p.scopes(low[:cut[0]], cased[:cut[0]], base)
	if !ok || len(first) == 0 {
		return nil, "", "", false
	}
	for _, sc := range first {
		if sc.Ref != first[0].Ref || sc.RangeTo != "" || sc.Ref.Article == "" {
			return nil, "", "", true
		}
	}
	blank := strings.Repeat(" ", same[1]-same[0])
	tail := low[cut[1]:same[0]] + blank + low[same[1]:]
	tailCased := cased[cut[1]:same[0]] + blank + cased[same[1]:]
	return first, tail, tailCased, true
}
