package law

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countWords is how many times the words w stand in the alinéas al, as
// findWords finds them.
func countWords(w string, al ...string) int {
	n := 0
	for _, s := range al {
		n += len(findOcc(s, w, nil)) / 2
	}
	return n
}

// findOcc finds the words whose occurrences occ counts: counting
// occurrences ("après la troisième occurrence du mot : « les »"), the
// word with a capital at the start of a sentence counts too ("Les
// membres …, les membres …, les directeurs": the third is "les
// directeurs"). Without occ, it is findWords.
func findOcc(s, w string, occ []int) []int {
	hits := findWords(s, w)
	if pre := labelPrefix(s); pre != "" && (isSign(w) || !strings.ContainsAny(w, ".-–—―)")) {
		// The alinéa's label is not its words: a punctuation sign is
		// never the one of the label ("I." in "I. – A."), nor a bare
		// number within it (« I » in "I. – Selon le I …", « 1° » in "1°
		// Selon le 1° …": they relabelled the part). The label quoted
		// with its punctuation is (« I.- » in "supprimer la référence :
		// « I.- »").
		var kept []int
		for k := 0; k+1 < len(hits); k += 2 {
			if isSign(w) && hits[k] < len(pre) || hits[k+1] <= len(pre) {
				continue
			}
			kept = append(kept, hits[k], hits[k+1])
		}
		hits = kept
	} else if pre != "" && len(hits) > 2 && hits[0] < len(pre) {
		// The label quoted with its punctuation is the label only when
		// the text does not hold it besides: « a) » in "a) Selon le a)
		// du 2° …" is the reference (both were replaced).
		hits = hits[2:]
	}
	if len(occ) == 0 || w == "" {
		return hits
	}
	r, n := utf8.DecodeRuneInString(w)
	other := string(unicode.ToUpper(r)) + w[n:]
	if unicode.IsUpper(r) {
		other = string(unicode.ToLower(r)) + w[n:]
	}
	if other == w {
		return hits
	}
	more := findWords(s, other)
	if len(more) == 0 {
		return hits
	}
	type span struct{ a, b int }
	var all []span
	for _, h := range [][]int{hits, more} {
		for k := 0; k+1 < len(h); k += 2 {
			all = append(all, span{h[k], h[k+1]})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].a < all[j].a })
	out := make([]int, 0, 2*len(all))
	for i, x := range all {
		if i > 0 && x.a == all[i-1].a {
			continue // found both ways
		}
		out = append(out, x.a, x.b)
	}
	return out
}

// pickOccurrences keeps the hits (start, end pairs) of the given
// occurrences (1-based, -1 the last); all of them when occ is empty.
func pickOccurrences(hits []int, occ []int) []int {
	if len(occ) == 0 {
		return hits
	}
	n := len(hits) / 2
	var out []int
	for k := 0; k < n; k++ {
		for _, o := range occ {
			if o == k+1 || o < 0 && n+o == k {
				out = append(out, hits[2*k], hits[2*k+1])
				break
			}
		}
	}
	return out
}

// variants gives spellings of quoted words to try when the text in force
// was typeset differently ("oeuvre" / "œuvre", straight / curly
// apostrophe, "L.O. 176" / "L. O. 176", "4 °" / "4°", "I.-" / "I. -").
// The spellings combine: "de l’article L.O. 1" finds "de l'article
// L. O. 1".
func variants(w string) []string {
	vs := []string{w}
	seen := map[string]bool{w: true}
	for _, f := range spellings {
		for _, v := range vs {
			if len(vs) >= 64 {
				break
			}
			if x := f(v); !seen[x] {
				seen[x] = true
				vs = append(vs, x)
			}
		}
	}
	return vs
}

// spellings are the typographic variants variants tries, each one way.
var spellings = []func(string) string{
	func(w string) string { return strings.ReplaceAll(w, "oe", "œ") },
	func(w string) string { return strings.ReplaceAll(w, "œ", "oe") },
	func(w string) string { return strings.ReplaceAll(w, "'", "’") },
	func(w string) string { return strings.ReplaceAll(w, "’", "'") },
	func(w string) string { return strings.ReplaceAll(w, "Etat", "État") },
	// "L.O. 176" and "L. O. 176" are the same article.
	func(w string) string { return strings.ReplaceAll(w, "L.O.", "L. O.") },
	func(w string) string { return strings.ReplaceAll(w, "L. O.", "L.O.") },
	// Capitals with or without their accent ("Conseil d'État" / "d'Etat").
	plainCapitals.Replace,
	// Quotation marks inside quoted words (an instruction quoted by an
	// amendment): « A » as the bill prints it, "A".
	func(w string) string { return innerQuotes.ReplaceAllString(w, `"`) },
	// "4 °" and "4°"; a paragraph's number with any dash, spaced or
	// tight, and the three ways the codes print it: "I. – " (the bills'),
	// "I. - ", "I.-", "I. ― ".
	func(w string) string { return spacedDegree.ReplaceAllString(w, "$1°") },
	func(w string) string { return tightDash.ReplaceAllString(w, "$1. - ") },
	func(w string) string { return anyDash.ReplaceAllString(w, "$1. -$2") },
	func(w string) string { return plainDash.ReplaceAllString(w, "$1.-") },
	func(w string) string { return plainDash.ReplaceAllString(w, "$1. ―$2") },
	// "L.123-4" and "L. 123-4", "R.1" and "R. 1": an article's number
	// with or without the space after its letters.
	func(w string) string { return tightArticle.ReplaceAllString(w, "$1. $2") },
	func(w string) string { return spacedArticle.ReplaceAllString(w, "$1.$2") },
	// "L 123-4" and "L. 123-4": the period after its letters left out
	// (the words were not found — TestGenArtsReferenceWithoutItsPeriod).
	func(w string) string { return barePrefixArticle.ReplaceAllString(w, "$1. $2") },
	// "5%" and "5 %", "5\u00a0%": French sets a space before the sign.
	func(w string) string { return tightPercent.ReplaceAllString(w, "$1 %") },
	// "n°2009-669" and "n° 2009-669": a space after the sign.
	func(w string) string { return tightNumero.ReplaceAllString(w, "n° $1") },
	// "\"contrat\"" and "« contrat »": quoted words in the other marks.
	func(w string) string { return straightQuoted.ReplaceAllString(w, "« $1 »") },
	// "1500 €" and "1 500 €": a number's thousands set apart or not.
	groupThousands,
	ungroupThousands,
	// "1 000 €" and "1 000 euros": a sum with the euro's sign or its
	// name, as the consolidated codes re-typeset it.
	func(w string) string { return euroSign.ReplaceAllString(w, "$1 euros") },
	func(w string) string { return euroWord.ReplaceAllString(w, "$1 €") },
	// "n° 1234/2007" and "n° 1234 / 2007": a European text's number
	// with its slash set apart or not.
	func(w string) string { return tightSlash.ReplaceAllString(w, "$1 / $2") },
	func(w string) string { return spacedSlash.ReplaceAllString(w, "$1/$2") },
}

var (
	euroSign    = mustRe(`(\d)[\s\x{a0}\x{202f}]?€`)
	euroWord    = mustRe(`(\d)[\s\x{a0}\x{202f}]euros\b`)
	tightSlash  = mustRe(`(\d)/(\d)`)
	spacedSlash = mustRe(`(\d) / (\d)`)
)

// groupThousands sets a space between the thousands of a number of five
// digits or more, or of four before a currency ("15000" → "15 000",
// "1500 €" → "1 500 €"); a number in a decimal or a reference ("1,5",
// "L. 1500-1") stays, and so does a year ("2015").
func groupThousands(w string) string {
	var b strings.Builder
	last := 0
	for _, m := range bareThousands.FindAllStringSubmatchIndex(w, -1) {
		digits := w[m[2]:m[3]]
		if !regroupable(w, m, digits) {
			continue
		}
		b.WriteString(w[last:m[2]])
		for i, r := range digits {
			if i > 0 && (len(digits)-i)%3 == 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
		}
		last = m[3]
	}
	b.WriteString(w[last:])
	return b.String()
}

// regroupable reports whether the number matched at m in w (group 1 the
// number, group 2 a currency after it), of the given digits, is one whose
// thousands are set apart or not: five digits or more, or four before a
// currency, and not a part of a decimal or a reference ("1,5", "L.
// 1500-1"). groupThousands and ungroupThousands read the same numbers.
func regroupable(w string, m []int, digits string) bool {
	if m[2] > 0 && strings.ContainsRune(".,-", rune(w[m[2]-1])) || m[3] < len(w) && strings.ContainsRune(".,-", rune(w[m[3]])) {
		return false
	}
	return len(digits) >= 5 || m[4] >= 0
}

// ungroupThousands is groupThousands the other way: "15 000" → "15000",
// "1 500 €" → "1500 €", under the same conditions.
func ungroupThousands(w string) string {
	var b strings.Builder
	last := 0
	for _, m := range groupedThousands.FindAllStringSubmatchIndex(w, -1) {
		digits := strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(w[m[2]:m[3]])
		if !regroupable(w, m, digits) {
			continue
		}
		b.WriteString(w[last:m[2]] + digits)
		last = m[3]
	}
	b.WriteString(w[last:])
	return b.String()
}

var (
	// bareThousands is a number of four digits or more, not part of a
	// decimal or a reference ("L. 1500-1", "1,5"), and the currency
	// after it if any; groupedThousands one whose thousands are set apart.
	bareThousands    = mustRe(`\b(\d{4,})\b((?:\s|\x{a0})*(?:€|euros?\b))?`)
	groupedThousands = mustRe(`\b(\d{1,3}(?:[ \x{a0}\x{202f}]\d{3})+)\b((?:\s|\x{a0})*(?:€|euros?\b))?`)
	tightPercent     = mustRe(`(\d)%`)
	tightNumero      = mustRe(`n°(\d)`)
	straightQuoted   = mustRe(`"([^"]+)"`)
	spacedDegree     = mustRe(`(\d) °`)
	tightArticle     = mustRe(`\b(L|R|D|LO|L\.O)\.(\d)`)
	spacedArticle    = mustRe(`\b(L|R|D|LO|L\.O)\. (\d)`)
	tightDash        = mustRe(`\b([IVX]+|[A-Z])\.-\s*`)
	anyDash          = mustRe(`\b([IVX]+|[A-Z])\.\s*[–—―](\s?)`)
	plainDash        = mustRe(`\b([IVX]+|[A-Z])\. -( ?)`)
)

// barePrefixArticle is an article's letters with no period, then a
// space and its number: "L 123-4".
var barePrefixArticle = mustRe(`\b(L|R|D|LO) (\d)`)

// wordEdges says whether s[i:j], holding the quoted words w, begins and
// ends where words do: a word character of w's edge may not continue a
// word of s ("maire" is not in "maires"); words that begin or end with
// punctuation (", dans sa") may follow or precede anything.
func wordEdges(s string, i, j int, w string) (okL, okR bool) {
	okL = i == 0 || !isWordByte(s, i, true) || !isWordByte(w, 0, false)
	okR = j == len(s) || !isWordByte(s, j, false) || !isWordByte(w, len(w), true)
	return okL, okR
}

func isWordByte(s string, i int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// findWords returns the byte offsets of whole-word occurrences of w in s.
// partOfLarger reports whether the quoted f found at s[i:j] is only a
// part of a larger word or number there: beginning or ending with a
// digit, joined to digits by a hyphen, a period, a comma or a slash ("L.
// 331-3", "3,5", "1.3", "3/4"), or an item's number ("3°"); a
// designation ending with a number or a roman numeral followed by the
// Latin adverb of another ("L. 2 bis", "1° ter", "I bis"); beginning or
// ending with a letter joined by a hyphen to another (a compound word:
// "vice-président", "sous-section").
func partOfLarger(s string, i, j int, f string) bool {
	if signInNumber(s, i, j, f) {
		return true // the comma of "1,5 %" (signs21.go)
	}
	joined := func(k, step int) bool { // s[k] a joiner, and a digit past it
		if k < 0 || k >= len(s) || !strings.ContainsRune("-.,/", rune(s[k])) {
			return false
		}
		d := k + step
		return d >= 0 && d < len(s) && s[d] >= '0' && s[d] <= '9'
	}
	first, last := f[0], f[len(f)-1]
	if last >= '0' && last <= '9' && strings.HasPrefix(s[j:], "°") {
		return true // the 3 of "3°": an item's number
	}
	if designationEnd.MatchString(f) && latinAfter.MatchString(s[j:]) {
		return true // the L. 2 of "L. 2 bis", the 1° of "1° ter", the I of "I bis", the a of "a bis", the 1er of "1er bis"
	}
	if capitalledEnd.MatchString(f) && capitalsAfter.MatchString(s[j:]) {
		return true // the L. 1 of "L. 1 A", the 1er of "article 1er A", the I of "I A", the 302 bis of "302 bis ZA"
	}
	if compoundEdge(s, i, f, true) || compoundEdge(s, j, f, false) {
		return true // the président of "vice-président", the section of "sous-section"
	}
	if first >= '0' && first <= '9' && leadingDigits(f) == 3 && thousandsBefore(s[:i]) || last >= '0' && last <= '9' && thousandsAfter(s[j:]) {
		return true // the 500 of "1 500 €", the 1 of "1 500": a number's thousands are spaced
	}
	return first >= '0' && first <= '9' && joined(i-1, -1) || last >= '0' && last <= '9' && joined(j, 1)
}

// leadingDigits is how many digits s begins with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// thousandsBefore reports whether s ends with a digit and one space
// (plain, non-breaking or narrow): the thousands of a number before
// ("1 " of "1 500").
func thousandsBefore(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if r != ' ' && r != '\u00a0' && r != '\u202f' {
		return false
	}
	d, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return d >= '0' && d <= '9'
}

// thousandsAfter reports whether s begins with one space and a group of
// three digits that ends there (" 500" of "1 500 €").
func thousandsAfter(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if r != ' ' && r != '\u00a0' && r != '\u202f' {
		return false
	}
	return leadingDigits(s[n:]) == 3
}

var (
	// designationEnd is quoted words ending with a number, an item's
	// number or a roman numeral ("L. 2", "1°", "III", "1er", "Ier"), or
	// an item's letter ("a", "aa").
	designationEnd = mustRe(`(?:\d°?|\d(?:er|re)|(?:^|[^\pL\pN])(?:[IVXLC]+(?:er)?|[a-z]{1,2}))$`)
	// capitalledEnd is quoted words ending as a designation that a
	// capital or two may follow ("L. 1 A", "article 1er A", "I A", "1° A",
	// "302 bis ZA"): a roman numeral, an item's number, an ordinal, a
	// number's Latin adverb, or an article's number (not a bare number:
	// the 12 of "12 MW" is a quantity).
	capitalledEnd = mustRe(`(?:(?:^|[^\pL\pN])[IVXLC]+(?:er)?|\d[ \x{a0}]` + latinOrd + `|\d°|\d(?:er|re)|(?:^|[^\pL\pN])(?:[A-Z]{1,2}\.(?: ?O\.)?|[Aa]rticles?) ?\d+(?:-\d+)*)$`)
	// capitalsAfter is the capital or two that number a designation
	// between two others: "A" after "L. 1", "ZA" after "302 bis".
	capitalsAfter = mustRe(`^[ \x{a0}\x{202f}]+[A-Z]{1,2}(?:[^\pL\pN'’]|$)`)
	// latinAfter is the multiplicative adverb that numbers a designation
	// between two others: "bis" after "L. 2".
	latinAfter = mustRe(`^[ \x{a0}\x{202f}]+` + latinOrd + `\b`)
)

// compoundEdge reports whether the quoted f, found with its edge at s[k]
// (its start when start is set, else its end), is joined there by a
// hyphen to a letter of the text while f's own edge is a letter: a part
// of a compound word ("vice-président", "sous-section").
func compoundEdge(s string, k int, f string, start bool) bool {
	if start {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) || k < 2 || !isHyphen(s[:k], true) {
			return false
		}
		_, n := utf8.DecodeLastRuneInString(s[:k])
		p, _ := utf8.DecodeLastRuneInString(s[:k-n])
		return unicode.IsLetter(p)
	}
	r, _ := utf8.DecodeLastRuneInString(f)
	if !unicode.IsLetter(r) || !isHyphen(s[k:], false) {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	p, _ := utf8.DecodeRuneInString(s[k+n:])
	return unicode.IsLetter(p)
}

// isHyphen reports whether s ends (begins, when last is false) with a
// hyphen.
func isHyphen(s string, last bool) bool {
	r := edgeRune(s, last)
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// operationInWords is a word operation of the instruction inside new
// words, after a quotation closed in them: "« » et à la fin, sont
// ajoutés les mots : « »" — quotations paired wrong (a lone guillemet
// quoted), never words a law inserts.
var operationInWords = mustRe(`»\s*[,;]?\s*(?:et|puis)\b[^«»]*\b(?:est|sont)\s+(?:ajouté|inséré|remplacé|supprimé)e?s?\s+(?:par\s+)?(?:les?|la|l')\s*(?:mots?|référence|références)\s*:`)

// citedTextDate is the date a text cited is known by: "loi n°
// 2010-874 du 27 juillet 2010", "décret n° 2010-12 du 2 mars 2010", "la
// loi du 29 juillet 1881" (group 1 the date).
var citedTextDate = mustRe(`(?:\bn[°º]\s*[\w/.-]+|\b(?:[Ll]oi|[Oo]rdonnance|[Dd]écret|[Aa]rrêté))\s+du\s+((?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4})\b`)

// citedDateMixed reports whether words w, every occurrence of which an
// edit names (no rank, no count, no place), are found in the alinéas
// both within the date of a text cited and outside it: "l'année : «
// 2010 » est remplacée par l'année : « 2012 »" where the alinéa reads
// "En 2010, selon le décret n° 2010-12 du 2 mars 2010, …" means the
// year of the rule, not the citation's (both were replaced, the decree
// cited by a date it does not bear) — which is meant is not said.
// Words found only in a citation's date are that date (a citation set
// right).
func citedDateMixed(al []string, w string) bool {
	in, out := 0, 0
	for _, s := range al {
		dates := citedTextDate.FindAllStringSubmatchIndex(s, -1)
		hits := findOcc(s, w, nil)
		for k := 0; k+1 < len(hits); k += 2 {
			cited := false
			for _, d := range dates {
				if hits[k] >= d[2] && hits[k+1] <= d[3] {
					cited = true
				}
			}
			if cited {
				in++
			} else {
				out++
			}
		}
	}
	return in > 0 && out > 0
}

func findWords(s, w string) []int {
	var out []int
	if w == "" {
		return nil
	}
	for _, v := range variants(w) {
		forms := []string{v}
		// Quoted words that begin a sentence of the text in force carry
		// its capital: « le présent chapitre » matches "Le présent chapitre".
		if r, n := utf8.DecodeRuneInString(v); unicode.IsLower(r) {
			forms = append(forms, string(unicode.ToUpper(r))+v[n:])
		}
		for _, f := range forms {
			from := 0
			for {
				i := strings.Index(s[from:], f)
				if i < 0 {
					break
				}
				i += from
				j := i + len(f)
				okL, okR := wordEdges(s, i, j, f)
				if okL && okR && partOfLarger(s, i, j, f) {
					// « 3 » is not the 3 of "L. 331-3", "3,5" or "1.3".
					okL = false
				}
				if okL && (okR) && (f == v || sentenceStart(s[:i])) {
					out = append(out, i, j)
				}
				from = j
			}
		}
		if len(out) > 0 {
			sortPairs(out)
			return spacedOtherwise(s, w, out)
		}
	}
	// The blanks of a law not yet numbered and a looser spacing combine
	// with the spellings: « de l’article de la loi n° du » finds "de
	// l'article ...... de la loi n° ...... du".
	vs := variants(w)
	for _, v := range vs {
		if out := blankWords(s, v); out != nil {
			return out
		}
	}
	for _, v := range vs {
		if out := looseWords(s, v); out != nil {
			return out
		}
	}
	return nil
}

// looseWords finds w where the text spaces or hyphenates it otherwise:
// any run of spaces, non-breaking or narrow non-breaking spaces for a
// space ("2 mois" in "2\u00a0mois", "de  deux"), any hyphen or dash
// between letters for a hyphen ("Provence–Alpes" for "Provence-Alpes").
// A capital first letter counts at the start of a sentence, as in
// findWords.
//
// A capital without its accent stands for the capital with it
// ("Ile-de-France" finds "Île-de-France", "Ecole" "École"): French prints
// capitals with or without accents, and a quotation may be typed the
// other way (the other way round is variants' plainCapitals).
func looseWords(s, w string) []int {
	capitals := strings.ContainsAny(s, accentedCapitals) && strings.ContainsAny(w, "AEIOUC")
	ellipsis := strings.Contains(w, "…") || strings.Contains(w, "...")
	if !capitals && !ellipsis && !strings.ContainsAny(s, "\u00a0\u202f\t-\u2010\u2011\u2013\u2014\u2015") && !strings.Contains(s, "  ") && !strings.ContainsAny(w, "\u00a0\u202f\u2010\u2011\u2013\u2014\u2015") {
		return nil
	}
	var b strings.Builder
	space := false
	rs := []rune(w)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if n := ellipsisAt(rs, i); n > 0 {
			b.WriteString(`(?:…|\.\.\.)`)
			i += n - 1
			space = false
			continue
		}
		switch r {
		case ' ', '\u00a0', '\u202f', '\t':
			if !space {
				b.WriteString(`[ \t\x{a0}\x{202f}]+`)
			}
			space = true
			continue
		case '-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2015':
			if parentheticalDash(rs, i) {
				b.WriteString(`[-\x{2010}\x{2011}\x{2013}\x{2014}\x{2015}]`)
				break
			}
			if r == '\u2014' || r == '\u2015' {
				b.WriteString(string(r))
				break
			}
			b.WriteString(`[-\x{2010}\x{2011}\x{2013}]`)
		default:
			if f, ok := capitalForms[r]; ok && capitals {
				b.WriteString("[" + f + "]")
				break
			}
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		space = false
	}
	pat := b.String()
	var out []int
	for k, p := range []string{pat, upperFirst(pat)} {
		if k == 1 && p == pat {
			break
		}
		rx, err := regexp.Compile(p)
		if err != nil {
			return nil
		}
		for _, m := range rx.FindAllStringIndex(s, -1) {
			// « L. 2 » is not the "L. 2" of "L.\u00a02-1" (partOfLarger).
			if ellipsis && dotsAround(s, m[0], m[1], w) {
				continue
			}
			if okL, okR := wordEdges(s, m[0], m[1], w); okL && okR && (k == 0 || sentenceStart(s[:m[0]])) && !partOfLarger(s, m[0], m[1], w) {
				out = append(out, m[0], m[1])
			}
		}
	}
	sortPairs(out)
	return out
}

// accentedCapitals are the capitals with an accent French prints;
// capitalForms the capitals a plain one stands for (looseWords).
const accentedCapitals = "ÀÂÉÈÊËÎÏÔÙÛÜÇ"

var capitalForms = map[rune]string{'A': "AÀÂ", 'E': "EÉÈÊË", 'I': "IÎÏ", 'O': "OÔ", 'U': "UÙÛÜ", 'C': "CÇ"}

// lowerFirst gives s with its first letter in lower case.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// upperFirst gives s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// blankWords finds words written with the blanks of a law not yet numbered
// ("de l'article de la loi n° du de finances") in a text that prints the
// blanks as dots ("de l'article ...... de la loi n° ....... du .......
// de finances"), as amendments' own dots are read as blanks
// (HTMLToParagraphs).
func blankWords(s, w string) []int {
	if !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		return nil
	}
	pat := regexp.QuoteMeta(w)
	re := blankSlot.ReplaceAllString(pat, `$1(?:[ \x{a0}]+`+blankMark+`)?[ \x{a0}]+`)
	if re == pat {
		return nil
	}
	rx, err := regexp.Compile(re)
	if err != nil {
		return nil
	}
	var out []int
	for _, m := range rx.FindAllStringIndex(s, -1) {
		if okL, okR := wordEdges(s, m[0], m[1], w); okL && okR && !partOfLarger(s, m[0], m[1], w) {
			out = append(out, m[0], m[1])
		}
	}
	return out
}

// blankSlot is a word after which a law not yet numbered leaves a blank.
var blankSlot = mustRe(`(\bn°|\bdu|\barticle) `)

// anchorHits finds the anchor of a word edit: its only occurrence, or
// the one Occurrences names ("après la deuxième occurrence du mot").
func anchorHits(s string, e Edit) []int {
	if len(e.Occurrences) == 0 {
		return findWords(s, e.Anchor)
	}
	return pickOccurrences(findOcc(s, e.Anchor, e.Occurrences), e.Occurrences)
}

// nearAnchor picks, among the hits of some words, the first after the
// anchor's only occurrence (the last before it when before is true); none
// when the anchor is missing or occurs more than once (ambiguous).
func nearAnchor(s string, hits, anchors []int, before bool) []int {
	// Each occurrence of the anchor names the first hit after it (the
	// last before it, with "avant"); anchors that name none are passed
	// over ("après les mots : « A », supprimer les mots : « B »" where A
	// also ends the alinéa), two that name different hits are ambiguous.
	var found []int
	for a := 0; a+1 < len(anchors); a += 2 {
		h := hitNear(hits, anchors[a:a+2], before)
		if h == nil {
			continue
		}
		if found != nil && found[0] != h[0] {
			return nil
		}
		found = h
	}
	return found
}

// nearEachAnchor finds, for each occurrence occ names among the
// anchors (start, end pairs), the hit nearest after it (before it, with
// before) and short of the next anchor that way; nil when an occurrence
// named is missing or names no hit.
func nearEachAnchor(hits, anchors, occ []int, before bool) []int {
	n := len(anchors) / 2
	var out []int
	for k := 0; k < n; k++ {
		named := false
		for _, o := range occ {
			if o == k+1 || o < 0 && n+o == k {
				named = true
			}
		}
		if !named {
			continue
		}
		h := hitNear(hits, anchors[2*k:2*k+2], before)
		// Short of the anchor's next occurrence that way.
		switch {
		case h == nil:
		case before && k > 0 && h[0] < anchors[2*k-1]:
			h = nil
		case !before && k < n-1 && h[1] > anchors[2*k+2]:
			h = nil
		}
		if h == nil {
			return nil
		}
		out = append(out, h...)
	}
	if len(out)/2 != len(occ) {
		return nil
	}
	return out
}

// hitNear is the first hit (start, end) after an anchor's occurrence
// (start, end), or with before the last one before it; nil when none.
func hitNear(hits, anchor []int, before bool) []int {
	if before {
		for k := len(hits) - 2; k >= 0; k -= 2 {
			if hits[k+1] <= anchor[0] {
				return hits[k : k+2]
			}
		}
		return nil
	}
	for k := 0; k+1 < len(hits); k += 2 {
		if hits[k] >= anchor[1] {
			return hits[k : k+2]
		}
	}
	return nil
}

// sortPairs sorts (start, end) pairs by start.
func sortPairs(h []int) {
	for i := 2; i < len(h); i += 2 {
		for j := i; j > 0 && h[j] < h[j-2]; j -= 2 {
			h[j], h[j-2] = h[j-2], h[j]
			h[j+1], h[j-1] = h[j-1], h[j+1]
		}
	}
}

// wordEdit applies a word-level edit to one text, returning the count.
// isSign reports whether quoted words are a lone punctuation sign.
func isSign(w string) bool {
	w = strings.TrimSpace(w)
	return len(w) == 1 && strings.ContainsAny(w, ".,;:")
}

// reTextEnd is what may follow the last words of a text: its punctuation,
// closing quotes and brackets, a footnote call.
var reTextEnd = mustRe(`^[\s\x{00a0}.;,:!?»"”)\]]*(?:\(\d\)[\s.;]*)?$`)

func wordEdit(s string, e Edit, only int) (string, int) {
	if r, n, ok := wordEditTable22(s, e, only); ok {
		return r, n // a table's words, never its markup (tables22.go)
	}
	pick := func(hits []int) []int {
		switch {
		case len(hits) == 0 || only == 0:
			return hits
		case only > 0:
			// "Au début de …": words that begin it (after a label), or
			// none; an anchor ("Au début de la phrase, après les mots …")
			// is only its first occurrence.
			if pre := strings.TrimLeft(s[:hits[0]], " \u00a0«\"“"); e.Kind != EditInsertWords && pre != "" && labelPrefix(pre) != pre {
				return nil
			}
			return hits[:2]
		}
		// "À la fin de …": words that end it (before its punctuation), or
		// none; an anchor is only its last occurrence.
		if e.Kind != EditInsertWords && !reTextEnd.MatchString(s[hits[len(hits)-1]:]) {
			return nil
		}
		return hits[len(hits)-2:]
	}
	switch e.Kind {
	case EditReplaceWords:
		var hits []int
		if e.Anchor != "" {
			hits = nearAnchor(s, findOcc(s, e.Old, nil), anchorHits(s, e), e.Before)
		} else {
			hits = pick(pickOccurrences(findOcc(s, e.Old, e.Occurrences), e.Occurrences))
			if isSign(e.Old) && only == 0 && len(e.Occurrences) == 0 && e.Times == 0 && !e.every26 && len(hits) > 2 {
				// "Le signe : « . » est remplacé …" where the text holds
				// several: which one is not said.
				hits = nil
			}
		}
		if strings.TrimSpace(e.New) == "" {
			// Words replaced by nothing ("le mot : « »"): deleted, with
			// the space they leave ("Le  contrôle" was printed).
			return deleteAt(s, hits)
		}
		if strings.HasSuffix(e.New, ",") && !strings.HasSuffix(e.Old, ",") {
			// New words that end with the comma that follows the old ones
			// ("… s'il l'estime utile" by "… s'ils l'estiment utile,"
			// before ", avec"): one comma, not two.
			hits = append([]int(nil), hits...)
			for k := 1; k < len(hits); k += 2 {
				if hits[k] < len(s) && s[hits[k]] == ',' {
					hits[k]++
				}
			}
		}
		if m := clauseMark(e.New); m != "" && clauseMark(e.Old) == "" {
			// New words that end with the semicolon (colon) that follows
			// the old ones ("l'acte" by "le plan ;" before " ;"): one
			// mark, not two (it gave "le plan ; ;").
			hits = append([]int(nil), hits...)
			for k := 1; k < len(hits); k += 2 {
				rest := s[hits[k]:]
				if t := strings.TrimLeft(rest, " \u00a0"); strings.HasPrefix(t, m) {
					hits[k] += len(rest) - len(t) + len(m)
				}
			}
		}
		if strings.HasPrefix(e.New, ",") {
			// New words that begin with a comma (", les établissements
			// … et les collectivités" for "et les établissements …")
			// are glued to the word before, as a comma is.
			hits = append([]int(nil), hits...)
			for k := 0; k+1 < len(hits); k += 2 {
				if hits[k] > 0 && s[hits[k]-1] == ' ' {
					hits[k]--
				}
			}
		}
		k := 0
		return replaceAt(s, hits, func(old string) string {
			at, end := hits[k], hits[k+1]
			k += 2
			nw := e.New
			if strings.HasSuffix(nw, ".") && !strings.HasSuffix(nw, "..") && !strings.HasSuffix(e.Old, ".") && strings.Trim(nw, ". ") != "" {
				// New words ending with the period that ends the Sénat's
				// line, before the text's own ("vite" by "lentement."
				// before ".") or inside a sentence ("contrat" by "bail."
				// before "de vente"): no period of their own.
				rest := strings.TrimLeft(s[end:], " \u00a0")
				if r, _ := utf8.DecodeRuneInString(rest); strings.HasPrefix(s[end:], ".") || rest != "" && (unicode.IsLower(r) || strings.ContainsRune(";:,", r)) {
					nw = strings.TrimSuffix(nw, ".")
				}
			}
			if r, _ := utf8.DecodeLastRuneInString(nw); strings.HasSuffix(e.Old, ".") && afterWord(strings.TrimSuffix(e.Old, ".")) && (unicode.IsLetter(r) || unicode.IsDigit(r)) && (strings.Trim(s[end:], " \u00a0»\"”;") == "" || nextSentence(s[end:])) {
				// Old words quoted with the alinéa's final period, new
				// ones without ("de vente." by "de bail"): the period
				// stays ("… de bail."; it was lost) — not an
				// abbreviation's ("C.G.I."); so does a sentence's period
				// before the next sentence ("… de bail. Il signe." — it
				// gave "… de bail Il signe.").
				nw += "."
			}
			if sign := closingSign(old); sign != "" && strings.Trim(s[end:], " \u00a0»\"”") == "" {
				// Old words quoted with the item's closing " ;" (an
				// introduction's " :"), new ones without ("vite ;" by
				// "tôt" in "1° Part vite ;"): the sign stays, as the
				// period does ("1° Part tôt ;" — it was lost).
				if r, _ := utf8.DecodeLastRuneInString(nw); (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')') && !strings.ContainsAny(nw, ";:") {
					nw += sign
				}
			}
			if rest := strings.TrimLeft(s[end:], " \u00a0"); strings.HasSuffix(nw, ",") && strings.Trim(nw, ", ") != "" && (rest == "" || strings.ContainsAny(rest[:1], ".;:") || strings.HasPrefix(rest, "»")) {
				// Before the text's period a comma goes: "contrat, sauf
				// urgence," for "contrat" before "." reads "contrat, sauf
				// urgence." (a sign alone is put as said).
				nw = strings.TrimRight(strings.TrimSuffix(nw, ","), " ")
			}
			old = strings.TrimLeft(old, " ")
			nw = numberDashOf(old, nw)
			// Words replaced at the start of a sentence: the new ones take
			// its capital — also when the amendment quoted the old ones
			// with it ("aux mots : « Le préfet » les mots : « le maire »").
			r, _ := utf8.DecodeRuneInString(old)
			o, _ := utf8.DecodeRuneInString(e.Old)
			if unicode.IsUpper(r) && (unicode.IsLower(o) || sentenceStart(s[:at])) {
				return upperFirst(nw)
			}
			return nw
		})
	case EditDeleteWords:
		if e.Anchor != "" && len(e.Occurrences) == 0 {
			// "Après le mot : « A », le signe : « , » est supprimé".
			return deleteAt(s, nearAnchor(s, findOcc(s, e.Old, nil), findWords(s, e.Anchor), e.Before))
		}
		if e.Anchor != "" && len(e.Occurrences) == 1 {
			// "Après la deuxième occurrence du mot : « A », supprimer le
			// mot : « B »": the first B after that A (the last before it
			// with "avant"), as a replacement finds it; it was the words
			// right after A only, whatever "avant" said.
			return deleteAt(s, nearAnchor(s, findOcc(s, e.Old, nil), anchorHits(s, e), e.Before))
		}
		if e.Anchor != "" {
			// "Après la première et la troisième occurrences du mot : « A »,
			// les mots : « B » sont supprimés": for each occurrence named,
			// the first whole words B after it (the last before it, with
			// "avant"), short of A's next occurrence that way. One named
			// with no B there, or an occurrence the text lacks, refuses
			// the whole (it took B right after A whatever "avant" said, and
			// « noir » at the start of "noirs").
			return deleteAt(s, nearEachAnchor(findOcc(s, e.Old, nil), findOcc(s, e.Anchor, e.Occurrences), e.Occurrences, e.Before))
		}
		hits := pick(pickOccurrences(findOcc(s, e.Old, e.Occurrences), e.Occurrences))
		if isSign(e.Old) && only == 0 && len(e.Occurrences) == 0 && e.Times == 0 && !e.every26 && len(hits) > 2 { // (words26: a count, every one said)
			// "Le signe : « , » est supprimé" (« la virgule est
			// supprimée ») where the text holds several: which one is not
			// said (every one went).
			hits = nil
		}
		return deleteAt(s, hits)
	case EditInsertWords:
		hits := pick(pickOccurrences(findOcc(s, e.Anchor, e.Occurrences), e.Occurrences))
		if !e.Before {
			// "Après les mots : « prise en charge », insérer les mots :
			// « les modalités, »" where the text reads "prise en charge,
			// le nombre": new words ending with the punctuation that
			// follows the anchor go after it, an item of the same list.
			if p := strings.TrimSpace(e.New); len(hits) > 0 && strings.HasSuffix(p, ",") && strings.TrimSpace(strings.Trim(p, ",")) != "" {
				lead := strings.HasPrefix(p, ",")
				for k := 1; k < len(hits); k += 2 {
					if strings.HasPrefix(s[hits[k]:], ",") {
						hits[k]++
					}
				}
				k := 1
				return replaceAt(s, hits, func(a string) string {
					q := p
					if rest := strings.TrimLeft(s[hits[k]:], " \u00a0"); rest == "" || strings.ContainsAny(rest[:1], ".;:") || strings.HasPrefix(rest, "»") {
						// Before the text's period (semicolon, colon, closing
						// quotation mark) a comma goes: ", le cas échéant,"
						// after "décide." reads "décide, le cas échéant.".
						q = strings.TrimRight(strings.TrimSuffix(q, ","), " ")
					}
					k += 2
					if lead {
						// ", les achats," before the text's own comma:
						// one comma each side.
						return strings.TrimSuffix(a, ",") + q
					}
					return a + " " + q
				})
			}
		}
		k := 0
		return replaceAt(s, hits, func(a string) string {
			at, end := hits[k], hits[k+1]
			k += 2
			nw := e.New
			if m := clauseMark(nw); m != "" && !e.Before && strings.HasPrefix(strings.TrimLeft(s[end:], " \u00a0"), m) {
				// New words ending with the semicolon (colon) the text
				// has after the anchor: one mark ("acte et le plan ;" —
				// it gave "; ;").
				nw = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(nw, " \u00a0"), m), " \u00a0")
			}
			if !e.Before && strings.HasSuffix(nw, ".") && !strings.HasSuffix(nw, "..") {
				// New words ending with the period that ends the Sénat's
				// line, put before the text's period or inside a sentence
				// ("écrit." after "contrat" in "… contrat de vente."): no
				// period of their own ("… écrit de vente.", "… et bien.").
				rest := strings.TrimLeft(s[end:], " \u00a0")
				if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLower(r) || strings.ContainsRune(".;:,", r)) {
					nw = strings.TrimSuffix(nw, ".")
				}
			}
			if !e.Before && strings.HasSuffix(a, ".") && strings.TrimSpace(s[end:]) == "" && nw != "" {
				// "Après le mot :" / "vite." (the alinéa's final period
				// with the word): the words go before the period ("vite
				// et bien."; they went after it).
				if r, _ := utf8.DecodeRuneInString(nw); unicode.IsLower(r) || r == ',' {
					return joinWords(strings.TrimSuffix(a, "."), strings.TrimSuffix(nw, ".")) + "."
				}
			}
			if e.Before {
				if at == 0 || sentenceStart(s[:at]) {
					// Before the first words of a sentence (the text's
					// first, too: "avant le mot : « Toute »" gave "Sauf
					// urgence, Toute …" where "Au début …" gives "toute"):
					// the new ones begin it, its first word loses its
					// capital ("Le maire" after "Dans tous les cas, ": "le
					// maire").
					return joinWords(upperFirst(e.New), lowerFirstWord(a, e.New))
				}
				return joinWords(e.New, a)
			}
			return joinWords(a, nw)
		})
	}
	return s, 0
}

func joinWords(a, b string) string {
	if b == "" || strings.HasPrefix(b, ",") || strings.HasPrefix(b, ".") || strings.HasSuffix(a, "'") || strings.HasSuffix(a, "’") {
		return a + b
	}
	return a + " " + b
}

func replaceAt(s string, hits []int, f func(string) string) (string, int) {
	if len(hits) == 0 {
		return s, 0
	}
	var b strings.Builder
	prev := 0
	joined := "" // the new words that joined the sentence before to the next
	for k := 0; k+1 < len(hits); k += 2 {
		pre := lowerAfterJoin(s[prev:hits[k]], joined)
		r := f(s[hits[k]:hits[k+1]])
		// French spacing where the new words meet the text: no space
		// before a period or a comma ("agit ; le juge" with "; le juge"
		// replaced by ". Le juge" reads "agit. Le juge"), a space before a
		// semicolon or a colon ("tranche." with "." replaced by ";" reads
		// "tranche ;"), the text's own kind of space.
		switch {
		case (strings.HasPrefix(r, ".") || strings.HasPrefix(r, ",")) && hits[k] > 0:
			pre = strings.TrimRight(pre, " \u00a0")
		case (strings.HasPrefix(r, ";") || strings.HasPrefix(r, ":")) && (wordRune(s[:hits[k]], true) || strings.HasSuffix(s[:hits[k]], ")") || strings.HasSuffix(s[:hits[k]], "»")):
			if strings.Contains(s, "\u00a0;") || strings.Contains(s, "\u00a0:") {
				pre += "\u00a0"
			} else {
				pre += " "
			}
		}
		b.WriteString(pre)
		// Words that replace words beginning or ending with punctuation
		// glued to the text (", seul," in "maire, seul, agit") are not
		// glued to their neighbours: "maire seul agit", not "maireseul".
		if r != "" && wordRune(s[:hits[k]], true) && wordRune(r, false) {
			b.WriteByte(' ')
		}
		b.WriteString(r)
		if r != "" && wordRune(r, true) && wordRune(s[hits[k+1]:], false) {
			b.WriteByte(' ')
		}
		prev = hits[k+1]
		joined = ""
		if joinsSentences(s[hits[k]:hits[k+1]], r) || splitsSentences24(s[hits[k]:hits[k+1]], r) || splitsAtWords26(s[hits[k]:hits[k+1]], r) {
			joined = r
		}
	}
	b.WriteString(lowerAfterJoin(s[prev:], joined))
	return b.String(), len(hits) / 2
}

// wordRune reports whether the last (or first) character of s is a letter
// or a digit.
func wordRune(s string, last bool) bool {
	r := edgeRune(s, last)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// edgeRune is the last character of s (the first, when last is false).
func edgeRune(s string, last bool) rune {
	if last {
		r, _ := utf8.DecodeLastRuneInString(s)
		return r
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// closingSign is the " ;" or " :" (with the space before it, plain or
// no-break, if any) that ends words w after a word of theirs, "" if none.
func closingSign(w string) string {
	if !strings.HasSuffix(w, ";") && !strings.HasSuffix(w, ":") {
		return ""
	}
	body := strings.TrimRight(w[:len(w)-1], " \u00a0\u202f")
	if body == "" || strings.ContainsAny(body[len(body)-1:], ";:.,") {
		return ""
	}
	return w[len(body):]
}

// deleteAt removes the hits and one adjoining space (and one of two
// commas that enclosed them).
func deleteAt(s string, hits []int) (string, int) {
	if len(hits) == 0 {
		return s, 0
	}
	var b strings.Builder
	prev := 0
	for k := 0; k+1 < len(hits); k += 2 {
		i, j := hits[k], hits[k+1]
		if i < prev {
			continue
		}
		if before := strings.TrimRight(s[:i], " \u00a0"); j > i && s[j-1] == '.' && (strings.Trim(s[j:], " \u00a0»\"”;") == "" || afterWord(s[i:j-1]) && nextSentence(s[j:])) && before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?;:") {
			// Words deleted with the alinéa's final period ("le mot :
			// vite." on "… agit vite."): the period ends what is left
			// ("… agit."; it was lost); so with a sentence's period
			// before the next sentence ("le livre." on "Il lit le
			// livre. Il signe.": "Il lit. Il signe." — it gave "Il lit
			// Il signe.").
			j--
		}
		if sign := closingSign(s[i:j]); sign != "" && strings.Trim(s[j:], " \u00a0»\"”") == "" {
			// Words deleted with the item's closing " ;" (an
			// introduction's " :"): the sign ends what is left, as the
			// period does ("1° Part ;" — it was lost).
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:i], " \u00a0")); unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' {
				j -= len(sign)
			}
		}
		pre := s[prev:i]
		starts := sentenceStart(s[:i])
		// A no-break space after them (before "\u00a0;") stays, the
		// plain one before them goes (it gave "publie \u00a0;":
		// TestGenAmNoBreakAfterDeletedWords).
		nbAfter := strings.HasPrefix(s[j:], "\u00a0") || strings.HasPrefix(s[j:], "\u202f")
		if strings.HasSuffix(pre, " ") && (j == len(s) || s[j] == ' ' || s[j] == ',' || s[j] == '.' || s[j] == ';' || s[j] == ')' || nbAfter) && !(starts && j < len(s) && s[j] == ' ') {
			// (Words that began a sentence keep the space before them: the
			// one after them goes below, "1° Seul avec" → "1° Avec".)
			pre = strings.TrimSuffix(pre, " ")
		}
		prev = j
		switch {
		case strings.HasSuffix(pre, ",") && j < len(s) && s[j] == ',':
			// Words deleted between two commas ("d'arrondissement, de
			// maire de secteur, de maire délégué"): one comma stays.
			prev = j + 1
		case strings.HasSuffix(pre, ",") && endsClause(s[j:]):
			// The last words before a period, a semicolon or a closing
			// parenthesis, set off by a comma ("le contrat, notamment."
			// without "notamment"): the comma goes too (it gave
			// "contrat,.").
			pre = strings.TrimSuffix(pre, ",")
		case strings.HasSuffix(pre, ",") && (strings.HasPrefix(s[j:], " et ") || strings.HasPrefix(s[j:], " ou ")):
			// An item deleted before the list's last ("arrêtés,
			// décisions et circulaires" without "décisions"): no comma
			// before "et" ("arrêtés et circulaires").
			pre = strings.TrimSuffix(pre, ",")
		case strings.HasSuffix(strings.TrimRight(pre, " "), "(") && j < len(s) && s[j] == ')':
			// The whole of a parenthesis ("Il signe (sauf urgence) le
			// contrat." without "sauf urgence"): the parentheses go too.
			pre = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(pre, " "), "("), " ")
			prev = j + 1
		case strings.HasSuffix(pre, "(") && j < len(s) && s[j] == ' ':
			// The first words of a parenthesis ("(sans délai)" without
			// "sans"): the next word opens it, "(délai)" — it gave "(
			// délai)"; the last ones, "(sans)", above.
			prev = j + 1
		}
		b.WriteString(pre)
		if starts {
			// The words that began a sentence are gone: the next word
			// begins it now, with its capital.
			for prev < len(s) && s[prev] == ' ' {
				prev++
			}
			r, n := utf8.DecodeRuneInString(s[prev:])
			if unicode.IsLower(r) {
				b.WriteString(string(unicode.ToUpper(r)))
				prev += n
			}
		}
	}
	b.WriteString(s[prev:])
	return b.String(), len(hits) / 2
}

// endsClause reports whether what follows deleted words closes their
// clause: a period, a semicolon, a colon or a closing parenthesis,
// spaces aside.
func endsClause(rest string) bool {
	t := strings.TrimLeft(rest, " \u00a0")
	return t != "" && strings.ContainsRune(".;:)", rune(t[0]))
}

var sentenceStartRe = mustRe(`(?:^|^["«“]\s*|^(?:[IVX]+|[A-Z]|\d+)\s*\.\s*[-–—―]\s*|^\d+°\s*)$`)

// sentenceStart reports whether text ending with pre starts a sentence:
// nothing, a sentence's end (a full stop that no abbreviation or initial
// holds, as sentenceBounds reads them), an opening quotation mark or a
// paragraph number before it.
func sentenceStart(pre string) bool {
	t := strings.TrimRight(pre, " \u00a0")
	if sentenceStartRe.MatchString(t) {
		return true
	}
	if lp := labelPrefix(pre); lp != "" && strings.TrimRight(lp, " \u00a0") == t {
		// Only an item's label before: "a) ", "1. ", "1° bis ".
		return true
	}
	if h := artLabel.FindString(pre); h != "" && strings.TrimRight(h, " \u00a0") == t {
		// Only an article's heading: "« Art. L. 1. – ".
		return true
	}
	switch {
	case t == "" || len(t) == len(pre):
		return false // no space after the stop: "L.O.", "3.5"
	case strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?"):
		return true
	case !strings.HasSuffix(t, "."):
		return false
	}
	i := len(t) - 1
	return i >= 1 && periodEnds(t, 0, i)
}

// quoteSpace is the space that follows an opening quotation mark r in the
// text after it (t): "« " keeps its space, a straight quote none.
func quoteSpace(t string, r rune) string {
	if r == '«' && (strings.HasPrefix(t, " ") || strings.HasPrefix(t, "\u00a0")) {
		return " "
	}
	return ""
}

// beforeElision is the text of line before its first elision mark,
// "..." or "…", and whether it has one.
func beforeElision(line string) (string, bool) {
	i := strings.Index(line, "...")
	if j := strings.Index(line, "…"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return line, false
	}
	return line[:i], true
}
