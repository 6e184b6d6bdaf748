package law

import (
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

// reArtRange27 is the heading of a range of articles, "Art. L. 1-3 à L.
// 1-6. – ", "Art. 5 à 7. – ".
var reArtRange27 = mustRe(`^Art(?:icle)?s?\.?\s+` + artLettersA + `?\d+(?:` + numHyphen + `\d+)*\s+à\s+` + artLettersA + `?\d+(?:` + numHyphen + `\d+)*\s*\.?\s*[-–—―−]\s*`)

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
// followed it but another article's heading or the end of the text.
func deletedRangesDropped27(arts []CodeArticle) []CodeArticle {
	for i := range arts {
		al := arts[i].Alineas
		n := len(al)
		for n > 0 && deletedRange27(al[n-1]) {
			n--
		}
		if n > 0 && n < len(al) {
			arts[i].Alineas = al[:n:n]
		}
	}
	return arts
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
