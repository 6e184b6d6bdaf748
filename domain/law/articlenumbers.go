package law

import "strings"

// articleCapitals are the capital letters after an article's number, up
// to three: "39 A", "302 bis ZB", "235 ter ZAA", a bill's "1er AAA"
// ("235 ter ZAA" was read as "235 ter", the wrong article edited).
const articleCapitals = `[A-Z]{1,3}`

// numberDashes are the dashes a bill may type between the numbers of an
// article's number: the hyphen, U+2010, the non-breaking hyphen, the
// figure dash, the en and em dashes, the horizontal bar, the minus sign
// (U+2010 to U+2015, U+2212).
const numberDashes = `[-\x{2010}-\x{2015}\x{2212}]`

// spacedNumber is an article's number as a bill may type it, its
// hyphens spaced or a dash ("L. 176 - 1", "L. 176 -1", "L. 176 – 1"),
// with the latin ordinals and capital letters that follow a number.
const spacedNumber = `(?:` + artLettersA + `)?\d+(?:er\b)?(?:\s*` + numberDashes + `\s*\d+°?|\s+` + latinOrd + `\b|\s+` + articleCapitals + `\b)*`

// reArticleRun is "l'article" or "les articles" and the numbers that
// follow it, a list or a range ("les articles L. 1 - 1, L. 2 et L. 3 – 1").
var reArticleRun = mustRe(`\b[Aa]rticles?\s+` + spacedNumber + `(?:(?:\s*,\s*(?:et\s+)?|\s+et\s+|\s+à\s+)` + spacedNumber + `)*`)

// reSpacedHyphen is a hyphen between two numbers (or a latin ordinal and
// a number, "quater - 0") with a space before or after it, or another
// dash (groups: what is before, the number after, a degree sign after it).
var reSpacedHyphen = mustRe(`(\d|\b` + latinOrd + `)(?:\s+` + numberDashes + `\s*|` + numberDashes + `\s+|[\x{2010}-\x{2015}\x{2212}])(\d+)(°?)`)

// spacedArticleHyphens writes the numbers of the articles an instruction
// names with the plain hyphen, unspaced ("l'article L. 176 - 1" →
// "l'article L. 176-1", "L. 176 – 1 – 2" → "L. 176-1-2"): the hyphen of
// a number, spaced or a dash as some bills type it, is that number's
// (the locator stopped at it, and L. 176 was edited). A number followed
// by the degree sign is an item ("l'article 5 - 1°"), left as it is.
func spacedArticleHyphens(seg string) string {
	if !strings.ContainsAny(seg, "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212") {
		return seg
	}
	return reArticleRun.ReplaceAllStringFunc(seg, func(run string) string {
		for {
			joined := reSpacedHyphen.ReplaceAllStringFunc(run, func(h string) string {
				m := reSpacedHyphen.FindStringSubmatch(h)
				if m[3] != "" {
					return h
				}
				return m[1] + "-" + m[2]
			})
			if joined == run {
				return run
			}
			run = joined
		}
	})
}

// reSpacedArtHeading is the heading of a new article whose number a bill
// typed with a spaced hyphen or a dash, then its period and dash: "Art.
// L. 176 - 1. – ", after a Latin adverb too, "Art. L. 176 bis - 1. – "
// (it was read as L. 176 bis, its text "- 1. – …"; groups: the letters,
// the number).
var reSpacedArtHeading = mustRe(`^Art(?:icle)?\.?\s+(` + artLettersA + `)?(\d+(?:er\b)?(?:-\d+)*(?:\s+` + latinOrd + `)?(?:\s*` + numberDashes + `\s*\d+)*(?:\s+` + numberDashes + `\s*\d+|` + numberDashes + `\s+\d+|[\x{2010}-\x{2015}\x{2212}]\d+)(?:\s*` + numberDashes + `\s*\d+)*(?:\s+` + latinOrd + `)?(?:\s+` + articleCapitals + `\b)?(?:\s+` + latinOrd + `\b)?)` + newMark + `\s*\.\s*[-–—―]\s*`)

// spacedArtHeading reads the heading of a new article whose number is
// typed with a spaced hyphen ("« Art. L. 176 - 1. – Il agit. »") as the
// number with its plain hyphen, "L. 176-1" (it was read as article L.
// 176, its text "1. – Il agit."). The period and the dash after the
// number are required: "Art. 12. – 1. Les …" is article 12 opening with
// its paragraph 1.
func spacedArtHeading(l string) (prefix, num string, n int, ok bool) {
	m := reSpacedArtHeading.FindStringSubmatchIndex(l)
	if m == nil {
		return "", "", 0, false
	}
	if m[2] >= 0 {
		prefix = l[m[2]:m[3]]
	}
	num = spacedArticleHyphens("article " + l[m[4]:m[5]])[len("article "):]
	return prefix, num, m[1], true
}

// reCapitalLatin is an article's number followed by its Latin adverb
// typed with capitals ("l'article 5 Quater", "l'article 5 QUATER"; groups:
// what comes before the adverb, the adverb).
var reCapitalLatin = mustRe(`(\b[Aa]rticles?\s+(?:` + artLettersA + `)?\d+(?:er\b)?(?:-\d+)*\s+)((?i:` + latinOrd + `))\b`)

// articleNumbersPlain writes the numbers of the articles an instruction
// names as the codes print them: hyphens unspaced
// ([spacedArticleHyphens]), and the Latin adverb in lower case ("5
// Quater", "5 QUATER" → "5 quater": the adverb was dropped, and article 5
// edited).
func articleNumbersPlain(seg string) string {
	seg = spacedArticleHyphens(seg)
	if !reCapitalLatin.MatchString(seg) {
		return seg
	}
	return reCapitalLatin.ReplaceAllStringFunc(seg, func(s string) string {
		m := reCapitalLatin.FindStringSubmatch(s)
		return m[1] + strings.ToLower(m[2])
	})
}
