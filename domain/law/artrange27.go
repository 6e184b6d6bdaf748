package law

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A range of new articles deleted during the shuttle, in a list of new
// articles: "Art. L. 1-3 à L. 1-6. – (Supprimé)" (artrange27). The bill
// tabled them; a reading deleted them, and the text prints their range
// and the note where they stood. They are not created, as one article
// marked "(Supprimé)" is not (articles27); the others are. The range is
// read at the end of the list or before another new article's heading
// only: text after it, under no heading, is refused (the heading not
// read, errNewArticleHeadingUnread).

// reArtRange27 is the heading of a range or a list of articles, "Art. L.
// 1-3 à L. 1-6. – ", "Art. 5 à 7. – ", "Art. L. 1-3 et L. 1-4. – ", "Art.
// 5, 6 et 7. – " (group 1 the numbers).
var reArtRange27 = mustRe(`^Art(?:icle)?s?\.?\s+(` + artNum28 + `(?:\s*(?:,|à|et)\s+` + artNum28 + `)+)\s*\.?\s*[-–—―−]\s*`)

// artNum28 is an article's number in a heading, its letters optional:
// "L. 1-3", "5".
const artNum28 = `(?:` + artLettersA + `)?\d+(?:` + numHyphen + `\d+)*`

// deletedRange27 says l, a line of new text, is a range of articles'
// heading followed by the note of their deletion alone.
func deletedRange27(l string) bool {
	t := strings.TrimLeft(strings.TrimSpace(l), "«\"“ \u00a0")
	m := reArtRange27.FindStringIndex(t)
	return m != nil && note27(t[m[1]:]) == "deleted"
}

// deletedRangesDropped27 drops from arts, the articles splitArticles cut
// new text into, each last alinéa that is a deleted range's heading
// (deletedRange27): the range stood after that article, and nothing
// followed it but another article's heading or the end of the text. gone
// are the keys of the articles the dropped headings name, every one of a
// range (deletedNames28): the announcement names them with the others
// ("des articles L. 1-1 à L. 1-4" then L. 1-1, L. 1-2 and "Art. L. 1-3 et
// L. 1-4. – (Supprimés)").
func deletedRangesDropped27(arts []CodeArticle) (kept []CodeArticle, gone map[string]bool) {
	gone = map[string]bool{}
	for i := range arts {
		al := arts[i].Alineas
		n := len(al)
		for n > 0 && deletedRange27(al[n-1]) {
			deletedNames28(al[n-1], gone)
			n--
		}
		if n > 0 && n < len(al) {
			arts[i].Alineas = al[:n:n]
		}
	}
	return arts, gone
}

// deletedNames28 adds to gone the keys of the articles l, a deleted
// range's heading, names: each of a list, each of a range between its
// ends when they are of one series ("L. 1-3 à L. 1-6": l1-3 to l1-6).
func deletedNames28(l string, gone map[string]bool) {
	t := strings.TrimLeft(strings.TrimSpace(l), "«\"“ \u00a0")
	m := reArtRange27.FindStringSubmatch(t)
	if m == nil {
		return
	}
	for _, n := range namedNewArticles28("articles " + m[1]) {
		from, to, isRange := strings.Cut(n, "..")
		gone[from] = true
		if !isRange {
			continue
		}
		gone[to] = true
		base, lo, ok1 := splitLast(from)
		base2, hi, ok2 := splitLast(to)
		if ok1 && ok2 && base == base2 && hi-lo < 100 {
			for k := lo + 1; k < hi; k++ {
				gone[base+strconv.Itoa(k)] = true
			}
		}
	}
}

// nestedOpen27 says l, a line of new text as the parser holds it (its
// own opening mark taken off), opens on another quotation mark: a
// quotation inside the new text ("« « Art. L. 5. – … »", `""Art. L. 5. -
// …"` as written: an article a new article quotes, as an adaptation's
// "L'article L. 5 est ainsi rédigé : …" does). Its heading heads no
// article of the list.
func nestedOpen27(l string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, " \u00a0\u202f"))
	return r == '«' || r == '"' || r == '“'
}
