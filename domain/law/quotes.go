package law

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotedText is the text of the quotation in s, blanks trimmed: "A" in
// "le mot : « A »" (or "A", “A”).
func quotedText(s string) string {
	for _, q := range [][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}} {
		i, j := strings.Index(s, q[0]), strings.LastIndex(s, q[1])
		if i >= 0 && j > i {
			return strings.TrimSpace(s[i+len(q[0]) : j])
		}
	}
	return s
}

// reRankBeforeVerb is words replaced or deleted at one occurrence said
// between the words and the verb: "le mot : « A », à la première
// occurrence, est remplacé par", "…, dans sa dernière occurrence, est
// supprimé" (groups: what comes before, the determiner, the noun and
// quoted words, the rank, the verb, the participle).
var reRankBeforeVerb = mustRe(`(^|[\s,])([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*,\s*(?:(?:à|a)\s+(?:la|sa|leur)|dans\s+(?:sa|leur))\s+(` + ordWordsAcc + `)\s+occurrence\s*,\s*(est|sont)\s+(remplacée?s?|supprimée?s?)`)

// reEveryInLocator is every occurrence said in the locator, folded: ",
// à chaque occurrence,", ", dans toutes ses occurrences,".
var reEveryInLocator = mustRe(`,\s*(?:a\s+chaque\s+occurrence|(?:dans|a)\s+(?:toutes\s+)?(?:ses|leurs)\s+(?:occurrences|differentes\s+occurrences))\s*,`)

// reRankInLocator is an occurrence named in the locator, then the words
// replaced or deleted: "à la dernière occurrence du mot : « A », le mot
// : « A » est remplacé", "…, ce mot est supprimé"
// (groups: what comes before, the rank, the locator's "du", its quoted
// words, the operated words — none for "ce mot" —, the verb, the
// participle).
var reRankInLocator = mustRe(`(^|[\s,])(?:[àÀaA]|[Dd]ans)\s+la\s+(` + ordWordsAcc + `)\s+occurrence\s+(du|de\s+la|des|de\s+l['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*,\s*(?:(?:les|le|la|l['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)|ce\s+mot|ces\s+mots)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)`)

// reRankAtEnd is words replaced or deleted at one occurrence said after
// the operation: "le mot : « A » est remplacé par le mot : « B » à la
// deuxième occurrence", "le mot : « A » est supprimé à sa deuxième
// occurrence", at the end or before a joined operation ("… et le mot
// …") (groups: what comes before, the determiner, the noun and quoted
// words, the verb, the participle, the new words, the rank, what ends the
// operation).
var reRankAtEnd = mustRe(`(^|[\s,])([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)(\s+par\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*` + quotedAny + `)?\s*,?\s*(?:à|a)\s+(?:la|sa|leur)\s+(` + ordWordsAcc + `)\s+occurrence(\s*[.;]?\s*$|\s*,?\s+et\s)`)

// matchOutsideQuotes reports whether re matches a part of s outside its
// quotations (outsideQuotes).
func matchOutsideQuotes(s string, re interface{ MatchString(string) bool }) bool {
	found := false
	outsideQuotes(s, func(seg string) string {
		found = found || re.MatchString(seg)
		return seg
	})
	return found
}

// outsideQuotes applies f to the parts of s outside its quotations, and
// keeps the quotations as they are.
func outsideQuotes(s string, f func(string) string) string {
	var b strings.Builder
	for len(s) > 0 {
		q := quoteRe.FindStringIndex(s)
		seg := s
		if q != nil {
			seg = s[:q[0]]
		}
		b.WriteString(f(seg))
		if q == nil {
			break
		}
		b.WriteString(s[q[0]:q[1]])
		s = s[q[1]:]
	}
	return b.String()
}

// beforeFirstQuote applies f to s up to its first quotation mark (« "
// “) and keeps the rest as it is: an instruction's own words, before the
// new text's, which may hold the same forms.
func beforeFirstQuote(s string, f func(string) string) string {
	w := wordsBeforeQuote(s)
	return f(w) + s[len(w):]
}

// wordsBeforeQuote is s up to its first quotation mark (« " “), all of s
// for none: an instruction's own words, before the new text's.
func wordsBeforeQuote(s string) string {
	if i := strings.IndexAny(s, "«\"“"); i >= 0 {
		return s[:i]
	}
	return s
}

// foldedWordsBeforeQuote is s folded (accents, typographic marks, lower
// case) up to its first quotation mark: cut after folding, where every
// mark of « » “ ” „ is " (a closing mark before any opening one cuts too).
func foldedWordsBeforeQuote(s string) string {
	return wordsBeforeQuote(asciiLower(foldAccents(s)))
}

// rankNames are the ranks in words, by number.
var rankNames = []string{"", "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième", "dix-septième", "dix-huitième", "dix-neuvième", "vingtième"}

// reLocatorHead is a place alone, ending with a colon, that the items
// under it edit: "À l'article L. 1 :", "Au premier alinéa :", "Au 2° du
// I :" (the folded lower-case shape: no quotation in it, no comma — "Dans
// les conditions prévues à l'article 38 de la Constitution, le
// Gouvernement est autorisé … :" is no place).
var reLocatorHead = mustRe(`^` + locatorPiece + `(?:,\s*` + locatorPiece + `)*\s*:\s*$`)

// locatorPiece is one place of a locator head, between commas: "au
// premier alinéa", "à la première phrase" ("Au premier alinéa, à la
// première phrase :" is that sentence of that alinéa), an item alone,
// "au II", "au 1° bis".
const locatorPiece = `(?:(?:au|aux|a\s+la|a\s+l'|a|dans\s+(?:le|la|les|l'))\s[^:,]*?(?:\barticles?\b|\balineas?\b|\bphrases?\b|\b(?:du|au|aux|le|les)\s+(?:[ivx]+|\d+°|[a-z]\)?)(?:\s|$))[^:,]*?` +
	`|(?:au|aux)\s+(?:[ivx]+|\d+°|[a-z]\)?)(?:\s[^:,]*?)?)`

// isLocatorHead reports whether an alinéa is a place alone, ending with a
// colon ("À l'article L. 1 :").
func isLocatorHead(body string) bool {
	sh, quotes := shape(body)
	return len(quotes) == 0 && reLocatorHead.MatchString(strings.TrimSpace(asciiLower(foldAccents(sh))))
}

// stripQuotes removes quoted passages, so a ":" inside them is not seen.
func stripQuotes(s string) string {
	sh, _ := shape(s)
	return sh
}

// cleanPayload removes the quotation marks around quoted alinéas: the
// opening one, and a closing one left unbalanced at the end, with the
// instruction's own punctuation after it ("… Mayotte." ;).
func cleanPayload(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		for _, o := range []string{"\"", "«", "“"} {
			if strings.HasPrefix(l, o) {
				l = strings.TrimLeft(strings.TrimPrefix(l, o), " \u00a0\u202f")
				break
			}
		}
		t := strings.TrimRight(l, " \u00a0\u202f;.,")
		switch {
		case strings.HasSuffix(t, "»") && strings.Count(t, "»") > strings.Count(t, "«"):
			l = strings.TrimSuffix(t, "»")
		case strings.HasSuffix(t, "”") && strings.Count(t, "”") > strings.Count(t, "“"):
			l = strings.TrimSuffix(t, "”")
		case strings.HasSuffix(t, "\"") && strings.Count(t, "\"")%2 == 1:
			l = strings.TrimSuffix(t, "\"")
		}
		out = append(out, strings.TrimRight(l, " \u00a0\u202f"))
	}
	return out
}

var quoteRe = mustRe(`"[^"]*"|«[^»]*»|“[^”]*”`)

// shape replaces each quoted passage of s by "Qn" and returns the quotes'
// contents, trimmed. Guillemets nest: in « les mots : « A » sont
// supprimés », the outer pair is the quotation and the inner one is part
// of its text (an instruction quoted by an amendment).
var literalQ = mustRe(`[Qq](\d)`)

func shape(s string) (string, []string) {
	var qs []string
	quote := func(q string) string {
		inner := strings.TrimSpace(strings.Trim(strings.TrimSpace(q[len(firstRune(q)):len(q)-len(lastRune(q))]), "\u00a0"))
		qs = append(qs, inner)
		return "Q" + strconv.Itoa(len(qs)-1)
	}
	var b strings.Builder
	// A "Q" and a digit of the text itself, outside quotations, would
	// read as a quotation's mark: it becomes a "K" (as long).
	text := func(x string) { b.WriteString(literalQ.ReplaceAllString(x, "K$1")) }
	for len(s) > 0 {
		i := strings.IndexAny(s, "\"«“")
		if i < 0 {
			text(s)
			break
		}
		if end := max(nestedGuillemets(s[i:]), nestedStraight(s[i:])); end > 0 {
			text(s[:i])
			b.WriteString(quote(s[i : i+end]))
			s = s[i+end:]
			continue
		}
		loc := quoteRe.FindStringIndex(s[i:])
		if loc == nil || loc[0] != 0 {
			text(s[:i+len(firstRune(s[i:]))])
			s = s[i+len(firstRune(s[i:])):]
			continue
		}
		text(s[:i])
		b.WriteString(quote(s[i : i+loc[1]]))
		s = s[i+loc[1]:]
	}
	return b.String(), qs
}

// nestedGuillemets returns the length of a quotation that opens s with
// « and holds another « … » before its closing », or 0.
func nestedGuillemets(s string) int {
	if !strings.HasPrefix(s, "«") {
		return 0
	}
	depth, nested := 0, false
	for i, r := range s {
		switch r {
		case '«':
			depth++
			if depth > 1 {
				nested = true
			}
		case '»':
			depth--
			if depth == 0 {
				if !nested {
					return 0
				}
				return i + len("»")
			}
		}
	}
	return 0
}

// nestedStraight returns the length of a quotation that opens s with a
// straight quote and holds another straight quotation before its own
// closing one, or 0: La Fabrique's texts print every guillemet straight,
// so "(règlement « OCM unique »)" inside new words reads "(règlement
// "OCM unique")". Inside a quotation, a straight quote after a space, a
// parenthesis or an apostrophe and before a letter or a digit opens one;
// any other closes one.
func nestedStraight(s string) int {
	if !strings.HasPrefix(s, "\"") {
		return 0
	}
	depth, nested := 1, false
	for i := 1; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		if (unicode.IsSpace(before) || before == '(' || before == '\'' || before == '’') && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			depth++
			nested = true
			continue
		}
		if depth--; depth == 0 {
			if !nested {
				return 0
			}
			return i + 1
		}
	}
	return 0
}

var genitive = map[string]string{"au": "du", "aux": "des", "a la": "de la", "a l'": "de l'", "dans le": "du", "dans la": "de la", "dans les": "des", "dans l'": "de l'"}

func countQ(s string) int { return len(qNum.FindAllString(s, -1)) }

// inlineOr returns the quoted passage of the instruction when there is
// no payload ("est ainsi rédigé : « … »"), else the payload. Several
// passages inline ("remplacé par deux alinéas ainsi rédigés : « A » ;
// « B »") give none: the last alone took the place of them all.
func inlineOr(quotes, payload []string) []string {
	if len(payload) > 0 {
		return payload
	}
	if len(quotes) > 1 {
		return nil
	}
	if len(quotes) > 0 {
		return []string{quotes[len(quotes)-1]}
	}
	return nil
}

// numHyphen is the hyphen of an article's number, as typed: the plain
// one, the non-breaking one (U+2011) of the chambers' texts, U+2010.
const numHyphen = `[-\x{2010}\x{2011}]`

// numberHyphens writes an article's number with the plain hyphen, as the
// codes print it ("L. 2‑1‑1" → "L. 2-1-1").
var numberHyphens = strings.NewReplacer("\u2010", "-", "\u2011", "-")

var artPrefix = mustRe(`^Art(?:icle)?\.?\s+(` + artLettersA + `)?(unique|liminaire|préliminaire|\d+(?:er\b)?(?:` + numHyphen + `\d+)*(?:\s+` + latinOrd + `)?(?:` + numHyphen + `\d+)*(?:\s+` + articleCapitals + `\b)?(?:\s+` + latinOrd + `\b)?)` + newMark + `\s*\.?\s*[-–—―]\s*`)
