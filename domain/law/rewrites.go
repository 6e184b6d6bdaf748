package law

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// digitRank is ranks written in digits before what they rank: "3e
// alinéa", "2ème phrase", "4è alinéa", a list or a range of them, "les
// 2e et 3e alinéas", "les 2e à 4e phrases"; digitRankOne one of them.
var (
	digitRank    = mustRe(`\b\d{1,2}\s*` + rankSuffix + `(?:\s*(?:,|et|à)\s*\d{1,2}\s*` + rankSuffix + `)*\s+(?:alinéas?|phrases?)\b`)
	digitRankOne = mustRe(`\b(\d{1,2})\s*` + rankSuffix)
)

// rankSuffix is the ending of a rank in digits ("2nd", "2nde" the
// second).
const rankSuffix = `(?:er|re|ère|ème|eme|è|e|nde|nd)\b`

// rankWords writes ranks in digits as words, outside quotations: "au 3e
// alinéa" reads as "au troisième alinéa", "les 2e et 3e alinéas" as "les
// deuxième et troisième alinéas" (the 2e was not read: the third alone
// was deleted). A rank beyond the words read is left as it is (and
// refused later).
func rankWords(body string) string {
	if !digitRank.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		return digitRank.ReplaceAllStringFunc(seg, func(m string) string {
			return digitRankOne.ReplaceAllStringFunc(m, func(r string) string {
				n, _ := strconv.Atoi(digitRankOne.FindStringSubmatch(r)[1])
				if n == 1 {
					// "1er alinéa", "1re phrase": the first, of the
					// noun's gender (it was left unread).
					if strings.HasSuffix(m, "phrase") || strings.HasSuffix(m, "phrases") {
						return "première"
					}
					return "premier"
				}
				if name := rankName(n); n >= 2 && name != "" {
					return name
				}
				return r
			})
		})
	})
}

// fromToRanges writes a range said with "du … au …" ("de la … à la …"),
// outside quotations, as the law's other way of saying it: "Du deuxième
// au quatrième alinéa, …" is "Aux deuxième à quatrième alinéas, …", "Du
// 2° au 4°" "Aux 2° à 4°", "De la première à la troisième phrase" "Aux
// première à troisième phrases", "De l'alinéa 2 à l'alinéa 4" "Aux
// alinéas 2 à 4"; lower-case, the genitive ("… du
// deuxième au quatrième alinéa de l'article L. 1" is "… des deuxième à
// quatrième alinéas …"). Each place of the range is edited (only its
// last one was: "au quatrième alinéa" was read and the rest dropped).
func fromToRanges(body string) string {
	body = fromToNumbers(body)
	if !reFromTo.MatchString(body) && !reFromToNumbered.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		seg = reFromToNumbered.ReplaceAllStringFunc(seg, func(m string) string {
			g := reFromToNumbered.FindStringSubmatch(m)
			if g[1] == "D" {
				return "Aux alinéas " + g[2] + " à " + g[3]
			}
			return "des alinéas " + g[2] + " à " + g[3]
		})
		return reFromTo.ReplaceAllStringFunc(seg, func(m string) string {
			g := reFromTo.FindStringSubmatch(m)
			head := "des "
			if g[1] == "D" {
				head = "Aux "
			}
			switch {
			case g[2] != "": // alinéas, paragraphes
				return head + g[2] + " à " + g[3] + " " + g[4] + "s"
			case g[5] != "": // phrases
				return head + g[5] + " à " + g[6] + " phrases"
			}
			return head + g[7] + " à " + g[8] + g[9]
		})
	})
}

// reFromTo is a range said with "du … au …": group 1 the first letter's
// case; 2, 3, 4 the ranks and the noun of alinéas or paragraphs; 5, 6 the
// ranks of sentences; 7, 8 the labels of items and 9 what follows them.
var reFromTo = mustRe(`\b([Dd])(?:u\s+(` + simpleOrdinalsAcc + `)(?:\s+(?:alinéa|paragraphe))?\s+au\s+(` + simpleOrdinalsAcc + `)\s+(alinéa|paragraphe)s?\b|e\s+la\s+(` + simpleOrdinalsAcc + `)(?:\s+phrase)?\s+à\s+la\s+(` + simpleOrdinalsAcc + `)\s+phrases?\b|u\s+(` + fromToItem + `)\s+au\s+(` + fromToItem + `)(\s|,|$))`)

// reFromToNumbered is a range of alinéas by their numbers said with "de
// … à …": "De l'alinéa 2 à l'alinéa 4" (group 1 the first letter's case,
// 2 and 3 the numbers).
var reFromToNumbered = mustRe(`\b([Dd])e\s+l['’]alinéa\s+(\d+)\s+à\s+l['’]alinéa\s+(\d+)\b`)

// fromToItem is an item's label in a range said with "du … au …": "2°",
// "II", "b", each maybe with its Latin adverb.
const fromToItem = `(?:\d+°|[IVX]+|[a-z]\)?)(?:\s+` + latinOrd + `)?`

// alineaNumbers writes the alinéas a bill numbers, outside quotations,
// as ranks: "à l'alinéa 2 de l'article L. 1" reads as "au deuxième
// alinéa de l'article L. 1", "l'alinéa 1er", "l'alinéa premier" as "le
// premier alinéa", "aux alinéas 2 et 3" as "aux deuxième et troisième
// alinéas" (they were refused). In a bill, the alinéa of the text it modifies; an
// amendment's "alinéa 3", counted in the bill article, is read apart
// (amparse.go). An alinéa numbered with a Latin adverb ("alinéa 2 bis")
// or a degree sign is left as it is.
func alineaNumbers(body string) string {
	rank := func(d string) string {
		if d == "1er" || d == "premier" {
			return "premier"
		}
		n, _ := strconv.Atoi(d)
		return rankName(n)
	}
	m := reArticleCommaAlinea.FindStringSubmatch(body)
	r := ""
	if m != nil && m[3] != "" {
		r = rank(m[3]) + " alinéa"
	} else if m != nil && ordValue[asciiLower(foldAccents(m[4]))] != 0 {
		// "À l'article L. 1, premier alinéa, du code civil": a rank in
		// words.
		r = m[4] + " alinéa"
	} else if m != nil && m[5] != "" {
		// "À l'article L. 1, 2°, du code civil", "…, II, …": its item.
		r = m[5]
	}
	if r != "" {
		text, after := "", m[6]
		if g := reTextGenitive.FindString(after); g != "" {
			end := len(after)
			for _, sep := range []string{",", " est ", " sont "} {
				if i := strings.Index(after, sep); i >= 0 && i < end {
					end = i
				}
			}
			text, after = " "+strings.TrimSpace(after[:end]), strings.TrimLeft(after[end:], ", ")
		}
		head := map[string]string{"à": "Au ", "dans": "Dans le ", "l": "Le "}[strings.ToLower(strings.Fields(strings.NewReplacer("'", " ", "’", " ").Replace(m[1]))[0])]
		sep := ", "
		if head == "Le " {
			sep = " "
		}
		body = head + r + " de l'article " + m[2] + text + sep + after
	}
	if !reAlineaNumber.MatchString(body) && !reAlineaNumbers.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		seg = reAlineaNumber.ReplaceAllStringFunc(seg, func(m string) string {
			g := reAlineaNumber.FindStringSubmatch(m)
			r := rank(g[3])
			if g[4] != "" || r == "" {
				return m
			}
			art := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(g[2], "’", "'"))), " ")
			return g[1] + alineaNumberArticle[art].of(g[2]) + r + " alinéa" + g[5]
		})
		return reAlineaNumbers.ReplaceAllStringFunc(seg, func(m string) string {
			g := reAlineaNumbers.FindStringSubmatch(m)
			if g[3] != "" {
				return m
			}
			ranks := reAlineaDigits.ReplaceAllStringFunc(g[2], func(d string) string {
				if r := rank(d); r != "" {
					return r
				}
				return d
			})
			if reAlineaDigits.MatchString(ranks) {
				return m
			}
			return g[1] + " " + ranks + " alinéas" + g[4]
		})
	})
}

// betweenWords reads words inserted between two others — "Entre les
// mots : « A » et les mots : « B », sont insérés les mots : « C »",
// "entre le mot « A » et le mot « B », il est inséré le mot « C »" — as
// "les mots : « A B » sont remplacés par les mots : « A C B »": the
// two must follow each other (else the words are not found, and the
// edit is refused); a second word that begins with a punctuation mark
// follows the first with no space. After an elision ("« l' » et
// « État »") where the words go is not clear: left as it is (refused).
func betweenWords(body string) string {
	if m := reBetweenWordsOf.FindStringSubmatch(body); m != nil {
		// "Entre les mots : « A » et « B » du deuxième alinéa de
		// l'article L. 1, sont insérés …": the place after the words is
		// "Au deuxième alinéa de l'article L. 1, entre …" (it was
		// refused).
		at := map[string]string{"du": "Au ", "de la": "À la ", "de l'": "À l'", "de l’": "À l'", "des": "Aux "}[strings.Join(strings.Fields(m[3]), " ")]
		body = at + m[4] + ", entre les mots : « " + m[1] + " » et les mots : « " + m[2] + " », " + m[5]
	}
	m := reBetweenWords.FindStringSubmatch(body)
	if m == nil || strings.HasSuffix(m[2], "'") || strings.HasSuffix(m[2], "’") {
		return body
	}
	a, b, c := m[2], m[3], m[4]
	sep := " "
	if strings.ContainsAny(b[:1], ",.;:)") {
		sep = ""
	}
	edit := "les mots : « " + a + sep + b + " » sont remplacés par les mots : « " + a + " " + c + sep + b + " »" + m[5]
	if m[1] == "" {
		return upperFirst(edit)
	}
	return m[1] + ", " + edit
}

// reBetweenWords is "<place>, entre les mots : « A » et les mots :
// « B », sont insérés les mots : « C »" (groups: the place, A, B, C,
// what follows).
var reBetweenWords = mustRe(`^(?:(.*?)\s*,\s*)?(?:[Ee]ntre)\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»\s*,?\s*et\s+(?:(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*)?«\s*([^«»]+?)\s*»\s*,?\s*(?:il\s+est\s+insérée?|est\s+insérée?|sont\s+insérée?s)\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»(.*)$`)

// relabelledRewrite reads an item rewritten under its new label — "Le 3°,
// qui devient le 4°, est ainsi rédigé : « 4° … »" — as "Le 3° est ainsi
// rédigé : « 4° … »": the new text carries the new label (it was refused:
// a renumbering into a division). New text without that label, another
// renumbering before it ("Le 2° devient le 3° et le 3°, qui devient …"),
// alinéas ("le deuxième alinéa, qui devient le troisième": counted on
// which text?) and other verbs are left as they are (refused).
func relabelledRewrite(body string, payload []string) string {
	m := reRelabelledRewrite.FindStringSubmatch(body)
	if m == nil || strings.Contains(m[1], "devien") {
		return body
	}
	first := m[4]
	if first == "" {
		// The new text in the alinéas that follow ("… est ainsi
		// rédigé :" then « 4° … »).
		if len(payload) == 0 || !strings.HasSuffix(strings.TrimSpace(m[3]), ":") {
			return body
		}
		first = payload[0]
	}
	if lineLabel(first) != itemName(m[2]) {
		return body
	}
	return m[1] + " " + m[3] + m[4]
}

// reRelabelledRewrite is "<the item>, qui devient le <label>, est ainsi
// rédigé : « …" (groups: the subject, the verb to the quotation mark, the
// new label, the new text from its mark).
var reRelabelledRewrite = mustRe(`^((?:[Ll]e|[Ll]a)\s+(?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?(?:\s+[^«,:]*?)?)\s*,\s*qui\s+devient\s+(?:le|la)\s+((?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?)\s*,\s*(est\s+ainsi\s+rédigée?\s*:?\s*)([«"].*)?$`)

// relabelThenRewritten reads a relabelling then an item rewritten under
// the label a relative clause gives it — "Le 2° devient le 3° et le 3°,
// qui devient le 4°, est ainsi rédigé : « 4° … »" — as two clauses in the
// order that gives no label while another item bears it: the 3° rewritten
// (its new text carrying the 4°), then the 2° relabelled; "Le 3° devient
// le 4° et le 2°, qui devient le 3°, …": the 3° relabelled, then the 2°
// rewritten. The labels bare, of one kind, the rewritten item's the one
// relabelled to or its new one the one relabelled from (a swap, or two
// renumberings apart, are not read); its new text must carry its new
// label, inline. ok is false when body is not of this form, or not read
// (then left to be refused).
func relabelThenRewritten(body string) (string, bool) {
	m := reRelabelThenRewritten.FindStringSubmatch(body)
	if m == nil {
		return body, false
	}
	x, y, c, d := itemName(m[2]), itemName(m[3]), itemName(m[4]), itemName(m[5])
	verb, text := m[6], m[7]
	k := casedKind(x)
	if casedKind(y) != k || casedKind(c) != k || casedKind(d) != k || lineLabel(text) != d {
		return body, false
	}
	end := strings.LastIndexAny(text, "»\"")
	if end < 0 {
		return body, false
	}
	_, n := utf8.DecodeRuneInString(text[end:])
	quote, tail := text[:end+n], text[end+n:]
	switch {
	case y == c && d != x:
		// The 3° rewritten first (it frees its label), then the 2°.
		return m[1] + " " + m[4] + " " + verb + quote + " et le " + m[2] + " devient le " + m[3] + tail, true
	case d == x && y != c:
		// The 3° relabelled first (it frees its label), then the 2°.
		return m[1] + " " + m[2] + " devient le " + m[3] + " et le " + m[4] + " " + verb + quote + tail, true
	}
	return body, false
}

// relabelledRewriteLines is relabelThenRewritten for a new text on the
// alinéas after the instruction (payload; relabelledRewrite reads "Le 3°,
// qui devient le 4°, est ainsi rédigé :" then "« 4° … »" itself): "Le 2°
// devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé :" is the
// rewrite (marked "+": first)
// then the relabelling "Le 2° devient le 3°", "Le 3° devient le 4° et le
// 2°, qui devient le 3°, …" the relabelling then the rewrite. ok is false
// when body is not of these forms or the new text's first alinéa does
// not carry the new label.
func relabelledRewriteLines(body string, payload []string) (rewrite, relabel string, ok bool) {
	if len(payload) == 0 {
		return "", "", false
	}
	m := reRelabelThenRewrittenHead.FindStringSubmatch(body)
	if m == nil {
		return "", "", false
	}
	x, y, c, d := itemName(m[2]), itemName(m[3]), itemName(m[4]), itemName(m[5])
	k := casedKind(x)
	if casedKind(y) != k || casedKind(c) != k || casedKind(d) != k || lineLabel(payload[0]) != d {
		return "", "", false
	}
	rewrite = m[1] + " " + m[4] + " " + m[6] + " :"
	relabel = m[1] + " " + m[2] + " devient le " + m[3] + "."
	switch {
	case y == c && d != x:
		return "+" + rewrite, relabel, true
	case d == x && y != c:
		return upperFirst(rewrite), relabel, true
	}
	return "", "", false
}

// reRelabelThenRewrittenHead is "Le <X> devient le <Y> et le <C>, qui
// devient le <D>, est ainsi rédigé :" (groups: the determiner, X, Y, C,
// D, the verb).
var (
	reRelabelThenRewrittenHead = mustRe(`^([Ll]e|[Ll]a)[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]+devient[\s\x{a0}]+le[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]+et[\s\x{a0}]+le[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]*,[\s\x{a0}]*qui[\s\x{a0}]+devient[\s\x{a0}]+le[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]*,[\s\x{a0}]*(est[\s\x{a0}]+ainsi[\s\x{a0}]+rédigée?)[\s\x{a0}\x{202f}]*:[\s\x{a0}]*$`)
)

// reRelabelThenRewritten is "Le <X> devient le <Y> et le <C>, qui devient
// le <D>, est ainsi rédigé : « …" (groups: the determiner, X, Y, C, D, the
// verb to the quotation mark, the new text from its mark).
var reRelabelThenRewritten = mustRe(`^([Ll]e|[Ll]a)[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]+devient[\s\x{a0}\x{202f}]+le[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]+et[\s\x{a0}\x{202f}]+le[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]*,[\s\x{a0}\x{202f}]*qui[\s\x{a0}\x{202f}]+devient[\s\x{a0}\x{202f}]+le[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]*,[\s\x{a0}\x{202f}]*(est[\s\x{a0}\x{202f}]+ainsi[\s\x{a0}\x{202f}]+rédigée?[\s\x{a0}\x{202f}]*:?[\s\x{a0}\x{202f}]*)([«"].*)$`)

// bareLabel is an item's label alone: "2°", "II", "a", "2° bis".
const bareLabel = `(?:\d+°|[IVX]+|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?`

// reBetweenWordsOf is the same with the place after the two words, in the
// genitive: "Entre les mots : « A » et « B » du deuxième alinéa de
// l'article L. 1, sont insérés …" (groups: A, B, the preposition, the
// place, the insertion).
var reBetweenWordsOf = mustRe(`^[Ee]ntre\s+(?:les|le|la|l')\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»\s*,?\s*et\s+(?:(?:les|le|la|l')\s*` + wordNounCased + `\s*:?\s*)?«\s*([^«»]+?)\s*»\s*,?\s+(du|de\s+la|de\s+l['’]|des)\s*([^«»,]+?)\s*,\s*((?:il\s+est\s+insérée?|est\s+insérée?|sont\s+insérée?s)\s+.*)$`)

// reBetweenWordsAny is words named as a place between two others,
// outside quotations: "entre les mots : « A » et".
var reBetweenWordsAny = mustRe(`(?:^|[\s,])[Ee]ntre\s+(?:les|le|la|l')\s*` + wordNounCased + `\s*:?\s*«[^«»]*»\s*,?\s*et\b`)

// articlePremier writes "l'article premier" as "l'article 1er", outside
// quotations (it was refused: no target article).
func articlePremier(body string) string {
	if !reArticlePremier.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		return reArticlePremier.ReplaceAllString(seg, "${1}1er")
	})
}

var reArticlePremier = mustRe(`\b([Aa]rticles?\s+)premier\b`)

// casedArticle is an article or preposition with the one it stands for
// ("à l'" → "au"), written in the case of the text.
type casedArticle string

func (a casedArticle) of(cased string) string {
	if cased != "" && cased[0] >= 'A' && cased[0] <= 'Z' || strings.HasPrefix(cased, "À") {
		return upperFirst(string(a))
	}
	return string(a)
}

var (
	// reAlineaNumber is "à l'alinéa 2", "l'alinéa 1er", "de l'alinéa 3"
	// (groups: the character before, the article, the number, a Latin
	// adverb or a degree sign after it, the character after).
	reAlineaNumber = mustRe(`(?i)(^|[^\p{L}\d])((?:(?:à|de|dans)\s+)?l['’])\s*alinéa\s+(1er|premier|\d{1,2})(°|\s+(?:bis|ter|quater)\b)?(\s|,|$)`)
	// reAlineaNumbers is "aux alinéas 2 et 3", "les alinéas 2 à 4"
	// (groups: the article, the numbers, a Latin adverb or a degree
	// sign, the character after).
	reAlineaNumbers = mustRe(`(?i)\b(aux|les|des|dans\s+les)\s+alinéas\s+((?:1er|\d{1,2})(?:\s*(?:,|et|à)\s*\d{1,2})+)(°|\s+(?:bis|ter|quater)\b)?(\s|,|$)`)
	reAlineaDigits  = mustRe(`1er|\d{1,2}`)
	// reArticleCommaAlinea is an article then its alinéa between commas,
	// the older drafting: "À l'article L. 1, alinéa 2, du code civil, …",
	// "À l'article L. 1 du code civil, alinéa 2, …", "L'article 6, alinéa
	// 1er, de la loi … est abrogé" (groups: the preposition and article,
	// the article's number and what follows it to the comma, the alinéa's
	// number, "premier alinéa", its rank in words instead of the
	// number, the rest; an item, "2°", "II", instead of the alinéa, then
	// the rest).
	reArticleCommaAlinea = mustRe(`^((?:À|Dans)\s+l['’]|L['’])\s*article\s+([^,«»"]+?)\s*,\s*(?:(?:alinéa|al\.)\s+(1er|\d{1,2})|([a-zàâéèêëîïôûç-]+)\s+alinéa|(\d+°(?:\s+(?:bis|ter|quater))?|[IVX]+(?:\s+(?:bis|ter|quater))?))\s*,\s*(.*)$`)
	// reTextGenitive is a text named after a division: "du code civil",
	// "de la loi n° …", "de l'ordonnance …".
	reTextGenitive = mustRe(`^(?:du\s+code|de\s+la\s+loi|de\s+l['’]ordonnance|du\s+d[ée]cret|du\s+livre\s+des\s+proc[ée]dures)\b`)
	// alineaNumberArticle is what the article of reAlineaNumber becomes
	// before a rank.
	alineaNumberArticle = map[string]casedArticle{"à l'": "au ", "l'": "le ", "de l'": "du ", "dans l'": "dans le "}
)

var (
	// reAllOccurrences is "toutes les occurrences du mot", "chaque
	// occurrence du mot": every one, as "le mot" says (groups: the
	// genitive); "après chaque occurrence du mot : « A »" was refused.
	reAllOccurrences = mustRe(`\b(?:[Tt]outes\s+les\s+occurrences|[Cc]haque\s+occurrence)\s+(du|de\s+la|de\s+l['’]|des)\s*`)
	// reFirstLastOccurrences is "les deux premières (dernières)
	// occurrences" (groups: the count, premières or dernières).
	reFirstLastOccurrences = mustRe(`\b([Ll]es|aux)\s+(` + cardinalWords + `|\d{1,2})\s+(premi[èe]res|derni[èe]res)\s+occurrences\b`)
	// reCountedOccurrences is "les deux occurrences du mot : « A » sont
	// remplacées" (groups: the count, the genitive, the words quoted,
	// the verb).
	reCountedOccurrences = mustRe(`\b[Ll]es\s+(` + cardinalWords + `|\d{1,2})\s+occurrences\s+(du|de\s+la|de\s+l['’]|des)\s*([^«"]*?(?:«[^»]*»|"[^"]*"))\s*,?\s*((?:sont|est)\s+(?:remplacée?s?\s+par|supprimée?s?))`)
)

// reRestOf is the division after "la fin" when it begins with "of": "de
// la première phrase", "du 2°" (group 1 the genitive).
var reRestOf = mustRe(`^(du|de\s+la|de\s+l'|des)\s*`)

// theOf is the article a genitive stands for: "du mot" → "le mot".
// reCountedAnchor is an anchor counted: "après les deux occurrences du
// mot : « A »" (groups: après or avant, the count, du or des…, the
// quoted words).
var reCountedAnchor = mustRe(`\b([Aa]près|[Aa]vant)\s+les\s+(` + cardinalWords + `|\d{1,2})\s+occurrences\s+(du|de\s+la|de\s+l['’]|des)\s*(` + wordNounCased + `\s*:?\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))`)

var theOf = map[string]string{"du": "le ", "de la": "la ", "de l'": "l'", "de l’": "l'", "des": "les "}

// quotedList is two or more quotations joined by commas and a last "et":
// "« A », « B » et « C »".
const quotedList = `((?:«[^»]*»|"[^"]*"|“[^”]*”)(?:\s*,\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))*\s*et\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))`

// reQuotation is one quotation of a quotedList.
var reQuotation = mustRe(`«[^»]*»|"[^"]*"|“[^”]*”`)

// reRespectiveInsertion is new words inserted after (before) two or more
// anchors, "respectivement": "après les mots : « A » et « B », sont
// insérés, respectivement, les mots : « C » et « D »" (also "sont
// respectivement insérés", "sont ajoutés", "« A », « B » et « C »")
// (groups: the preposition, the anchors' determiner and noun, the
// anchors, the verb, the new words' determiner and noun, the new words).
var reRespectiveInsertion = mustRe(`\b([Aa]près|[Aa]vant)\s+((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList + `\s*,\s*(?:sont\s+respectivement\s+(insérés|ajoutés)|sont\s+(insérés|ajoutés)\s*,?\s*respectivement)\s*,?\s*((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList)

// respectiveInsertions writes insertions said with "respectivement" as
// insertions joined by "et": "après les mots : « A » et « B », sont
// insérés, respectivement, les mots : « C » et « D »" is "après les mots :
// « A », sont insérés les mots : « C » et, après les mots : « B », les
// mots : « D »" — C after A, D after B (it was not understood); so for
// three or more (they were refused), as many on each side, else left as
// said (refused).
func respectiveInsertions(body string) string {
	body = reRespectiveInsertion.ReplaceAllStringFunc(body, func(m string) string {
		g := reRespectiveInsertion.FindStringSubmatch(m)
		if out, ok := respectivePairs(g[1], g[2], g[3], "sont "+g[4]+g[5], g[6], g[7]); ok {
			return out
		}
		return m
	})
	return eachInsertion(body)
}

// reEachInsertion is one new text inserted after (before) two or more
// anchors: "après les mots : « A » et « B », sont insérés les mots : « C
// »" (groups: the preposition, the anchors' determiner and noun, the
// anchors, the verb, the new words' determiner and noun, the new words).
var reEachInsertion = mustRe(`\b([Aa]près|[Aa]vant)\s+((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList + `\s*,\s*(sont\s+(?:insérés|ajoutés))\s*((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*(«[^»]*»|"[^"]*"|“[^”]*”)`)

// reMoreQuoted is another quotation joined after one: ", « D »", "et « D »".
var reMoreQuoted = mustRe(`^\s*(?:,|et)\s*[«"“]`)

// eachInsertion writes one new text inserted after each of several
// anchors, "après les mots : « A » et « B », sont insérés les mots : « C
// »", as insertions joined by "et", C after A and C after B — as "les
// mots : « A » et « B » sont remplacés par le mot : « C »" replaces each
// (it was refused, read as "respectivement" with one new text). Several
// new texts with no "respectivement" stay refused: how they pair is not
// said.
func eachInsertion(body string) string {
	var out strings.Builder
	last := 0
	for _, m := range reEachInsertion.FindAllStringSubmatchIndex(body, -1) {
		if reMoreQuoted.MatchString(body[m[1]:]) {
			continue
		}
		g := func(k int) string { return body[m[2*k]:m[2*k+1]] }
		as := reQuotation.FindAllString(g(3), -1)
		news := strings.Repeat(g(6)+" et ", len(as)-1) + g(6)
		rep, ok := respectivePairs(g(1), g(2), g(3), g(4), g(5), news)
		if !ok {
			continue
		}
		out.WriteString(body[last:m[0]])
		out.WriteString(rep)
		last = m[1]
	}
	if last == 0 {
		return body
	}
	out.WriteString(body[last:])
	return out.String()
}

// respectivePairs writes anchors and new words paired "respectivement"
// (anchors and news each a quotedList) as insertions joined by "et": the
// first with the verb ("sont insérés", "insérer"), each other after its
// anchor with the preposition in lower case. False when the counts
// differ. Bills (respectiveInsertions) and amendments
// (respectiveAnchors) both write them so.
func respectivePairs(prep, anchorNoun, anchors, verb, newNoun, news string) (string, bool) {
	as, ns := reQuotation.FindAllString(anchors, -1), reQuotation.FindAllString(news, -1)
	if len(as) != len(ns) {
		return "", false
	}
	out := prep + " " + anchorNoun + " " + as[0] + ", " + verb + " " + newNoun + " " + ns[0]
	for k := 1; k < len(as); k++ {
		out += " et, " + strings.ToLower(prep) + " " + anchorNoun + " " + as[k] + ", " + newNoun + " " + ns[k]
	}
	return out, true
}

// occurrencesCounted writes occurrences counted as the grammar reads them:
// "toutes les occurrences du mot : « A »" is "le mot : « A »"; "les deux
// premières (dernières) occurrences" are "les première et deuxième
// (avant-dernière et dernière) occurrences"; "les deux occurrences du mot
// : « A » sont remplacées par" is "le mot : « A » est, deux fois,
// remplacé par" (refused unless there are two). They were refused.
func occurrencesCounted(body string) string {
	if !strings.Contains(body, "occurrence") {
		return body
	}
	// "le mot : « A » est remplacé, à la deuxième occurrence, par" is
	// "la deuxième occurrence du mot : « A » est remplacée par" (it was
	// refused: no known form).
	// "… est remplacé par le mot : « B » à la deuxième occurrence", "…
	// est supprimé à sa deuxième occurrence": the same, said after the
	// operation (it was refused: a place after the operation).
	body = reRankAtEnd.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankAtEnd.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[2])]
		return g[1] + "la " + g[7] + " occurrence " + of + g[3] + " " + g[4] + " " + g[5] + g[6] + g[8]
	})
	body = reRankAfterVerb.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankAfterVerb.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[2])]
		return g[1] + rankedOccurrences(g[6], g[7]) + of + g[3] + g[4] + " " + g[5] + " "
	})
	// "À l'article L. 1, à la deuxième occurrence, le mot : « A » est
	// remplacé par", "Aux deuxième et troisième occurrences, les mots …":
	// the rank said in the locator, just before the words it ranks, is
	// theirs (it was refused: an occurrence named in the locator).
	body = reRankLocatorWords.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankLocatorWords.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[4])]
		return g[1] + rankedOccurrences(g[2], g[3]) + of + g[5] + " " + g[6] + " " + g[7]
	})
	// "le mot : « A » est remplacé, aux deux occurrences, par", "…, à ses
	// deux occurrences, …", "le mot : « A », aux deux occurrences, est
	// supprimé": a count, as "est, deux fois, remplacé par" (refused
	// unless there are that many; it was refused: no known form).
	body = reCountAfterVerb.ReplaceAllString(body, "${1}, ${3} fois, ${2} ")
	body = reCountBeforeVerb.ReplaceAllString(body, "${1}, ${2} fois, ${3} ")
	// "le mot : « A », à la première occurrence, est remplacé par", "…,
	// dans sa dernière occurrence, est supprimé": the same, said before
	// the verb (it was refused: no known form).
	body = reRankBeforeVerb.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankBeforeVerb.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[2])]
		return g[1] + "la " + g[4] + " occurrence " + of + g[3] + " " + g[5] + " " + g[6]
	})
	// "À la dernière occurrence du mot : « A », le mot : « A » (ce mot)
	// est remplacé par": that occurrence of those words, when the
	// locator's words are the operated ones (it was refused: an
	// occurrence in the locator); other words, or a rank alone ("À la
	// seconde occurrence, le mot : « A » …"), are kept refused.
	body = reRankInLocator.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankInLocator.FindStringSubmatch(m)
		if g[5] != "" && quotedText(g[4]) != quotedText(g[5]) {
			return m
		}
		of := g[3]
		if !strings.HasSuffix(of, "'") && !strings.HasSuffix(of, "’") {
			of += " "
		}
		return g[1] + "la " + g[2] + " occurrence " + of + g[4] + " " + g[6] + " " + g[7]
	})
	body = reCountedOccurrences.ReplaceAllStringFunc(body, func(m string) string {
		g := reCountedOccurrences.FindStringSubmatch(m)
		verb := strings.Fields(g[4])
		return theOf[strings.Join(strings.Fields(g[2]), " ")] + g[3] + " " + verb[0] + ", " + g[1] + " fois, " + strings.Join(verb[1:], " ")
	})
	// "après les deux occurrences du mot : « A »" is "après le mot :
	// « A » (deux fois)": an insertion after each, refused unless there
	// are that many (it was refused).
	body = reCountedAnchor.ReplaceAllStringFunc(body, func(m string) string {
		g := reCountedAnchor.FindStringSubmatch(m)
		return g[1] + " " + theOf[strings.Join(strings.Fields(g[3]), " ")] + g[4] + " (" + g[2] + " fois)"
	})
	return outsideQuotes(body, occurrencesRanked)
}

// rePrecededAlinea is an alinéa preceded by a sentence or an alinéa
// ("le troisième alinéa est précédé d'une phrase ainsi rédigée :", "le
// premier alinéa du I est précédé d'un alinéa ainsi rédigé :") (groups:
// what comes before, the determiner, the alinéa, "phrase" or "alinéa").
var rePrecededAlinea = mustRe(`(^|,\s*)([Ll]e|[Ll]['’])\s*((?:` + ordWordsAcc + `)\s+alinéa(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*[^,;:«»"]*?)?)\s+est\s+précédé\s+d['’]une?\s+(phrase\s+ainsi\s+rédigée|alinéa\s+ainsi\s+rédigé)\s*:`)

// precededAlinea writes an alinéa preceded by a sentence as the start of
// that alinéa ("Au début du troisième alinéa, est insérée une phrase
// ainsi rédigée :"), preceded by an alinéa as an alinéa inserted before
// it ("Avant le premier alinéa du I, il est inséré un alinéa ainsi rédigé
// :" — refused, as that is, where a label opens the first alinéa). They
// were refused (no known form).
func precededAlinea(body string) string {
	return rePrecededAlinea.ReplaceAllStringFunc(body, func(m string) string {
		g := rePrecededAlinea.FindStringSubmatch(m)
		det := strings.ToLower(g[2])
		start := g[1] == ""
		if strings.HasPrefix(g[4], "phrase") {
			of := "du "
			if det != "le" {
				of = "de l'"
			}
			at := "au début "
			if start {
				at = "Au début "
			}
			return g[1] + at + of + g[3] + ", est insérée une phrase ainsi rédigée :"
		}
		before := "avant "
		if start {
			before = "Avant "
		}
		return g[1] + before + det + map[bool]string{true: " ", false: ""}[det == "le"] + g[3] + ", il est inséré un alinéa ainsi rédigé :"
	})
}

// reRankAfterVerb is words replaced or deleted at one occurrence said
// after the verb: "le mot : « A » est remplacé, à la deuxième occurrence,
// par" (groups: what comes before, the determiner, the noun, the quoted
// words, the verb, the rank).
var reRankAfterVerb = mustRe(`(^|[\s,])([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)\s*,\s*` + rankSaid + `\s*,\s*`)

// rankSaid is one rank of occurrence, "à la deuxième occurrence", or
// several, "aux deuxième et troisième occurrences" (groups: the one, the
// several).
var rankSaid = `(?:(?:à|a)\s+la\s+(` + ordWordsAcc + `)\s+occurrence|aux\s+((?:` + ordWordsAcc + `)(?:\s*(?:,|et)\s*(?:` + ordWordsAcc + `))+)\s+occurrences)`

// rankedOccurrences writes the ranks rankSaid read as the grammar reads
// them before the words: "la deuxième occurrence ", "les deuxième et
// troisième occurrences ".
func rankedOccurrences(one, several string) string {
	if several != "" {
		return "les " + several + " occurrences "
	}
	return "la " + one + " occurrence "
}

// reRankLocatorWords is a rank of occurrence said at the end of the
// locator, just before the words replaced or deleted: "À l'article L. 1,
// à la deuxième occurrence, le mot : « A » est remplacé" (groups: what
// comes before, the rank — one, several —, the determiner, the noun and
// quoted words, the verb, the participle).
var reRankLocatorWords = mustRe(`(^|,\s*)(?:(?:[àÀaA])\s+la\s+(` + ordWordsAcc + `)\s+occurrence|[Aa]ux\s+((?:` + ordWordsAcc + `)(?:\s*(?:,|et)\s*(?:` + ordWordsAcc + `))+)\s+occurrences)\s*,\s*([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)`)

// reCountAfterVerb and reCountBeforeVerb are a count of occurrences said
// between commas after (before) the verb: "est remplacé, aux deux
// occurrences, par", "« A », à ses deux occurrences, est supprimé"
// (groups: the verb, the participle, the count; the quotation's end,
// the count, the verb).
var (
	reCountAfterVerb  = mustRe(`(\s(?:est|sont))\s+(remplacée?s?|supprimée?s?)\s*,\s*(?:à|a|aux|dans)\s+(?:ses\s+|leurs\s+|les\s+)?(` + cardinalWords + `)\s+occurrences\s*,\s*`)
	reCountBeforeVerb = mustRe(`(»|"|”)\s*,\s*(?:à|a|aux|dans)\s+(?:ses\s+|leurs\s+|les\s+)?(` + cardinalWords + `)\s+occurrences\s*,\s*(est|sont)\s`)
)

// quotedAny is a quotation in guillemets, straight or curly quotes (the
// occurrence forms read guillemets only: "le mot : “A” est supprimé, à
// la première occurrence" was refused).
const quotedAny = `(?:«[^«»]*»|"[^"]*"|“[^”]*”)`

// occurrencesRanked writes "toutes les occurrences du mot" and "les deux
// premières (dernières) occurrences" of a text outside quotations as
// occurrencesCounted says.
func occurrencesRanked(body string) string {
	body = reAllOccurrences.ReplaceAllStringFunc(body, func(m string) string {
		g := reAllOccurrences.FindStringSubmatch(m)
		return theOf[strings.Join(strings.Fields(g[1]), " ")]
	})
	return reFirstLastOccurrences.ReplaceAllStringFunc(body, func(m string) string {
		g := reFirstLastOccurrences.FindStringSubmatch(m)
		n := cardinal(g[2])
		var ranks []string
		if strings.HasPrefix(g[3], "premi") {
			for k := 1; k <= n; k++ {
				ranks = append(ranks, rankName(k))
			}
		} else {
			from := map[int]string{3: "antépénultième", 2: "avant-dernière", 1: "dernière"}
			for k := n; k >= 1; k-- {
				if from[k] == "" {
					return m // more than three from the end: not read
				}
				ranks = append(ranks, from[k])
			}
		}
		list := strings.Join(ranks[:len(ranks)-1], ", ") + " et " + ranks[len(ranks)-1]
		return g[1] + " " + list + " occurrences"
	})
}
