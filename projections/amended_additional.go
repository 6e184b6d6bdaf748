package projections

import (
	"regexp"
	"strings"

	"github.com/scrutin/scrutin/domain/law"
)

// reAdditionalHead is the announcement of an article additionnel's text,
// at the head of its dispositif: "Après l'article 2, insérer un article
// additionnel ainsi rédigé :", "Avant l'article 1er, insérer l'article
// suivant :" (groups: the position, the article, the text after the colon
// on its line).
var reAdditionalHead = regexp.MustCompile(`^(Après|Avant|après|avant)\s+l['’]article\s+(.+?)\s*,\s*(?:insérer|ajouter)\s+(?:un\s+article(?:\s+additionnel)?\s+ainsi\s+rédigé|l['’]article\s+suivant)\s*:\s*(.*)$`)

// additionalText is an article additionnel's dispositif as the rewriting
// of a new article ("Rédiger ainsi cet article : « … »"): when it is its
// announcement, at the place the amendment was tabled (position "après"
// or "avant" article), then quoted alinéas only. Its paragraphs are the
// dispositif's, one for one (a sub-amendment counts them).
func additionalText(dispositif, position, article string) (string, bool) {
	paras := law.HTMLToParagraphs(dispositif)
	if len(paras) == 0 {
		return "", false
	}
	m := reAdditionalHead.FindStringSubmatch(paras[0])
	if m == nil || !strings.EqualFold(m[1], position) ||
		law.NormalizeArticleNumber(m[2]) != law.NormalizeArticleNumber(article) {
		return "", false
	}
	quoted := 0
	if m[3] != "" {
		if !opensQuote(m[3]) {
			return "", false
		}
		quoted++
	}
	for _, p := range paras[1:] {
		if !opensQuote(p) {
			// "II. – En conséquence, …": another instruction.
			return "", false
		}
		quoted++
	}
	if quoted == 0 {
		return "", false
	}
	return strings.Join(append([]string{strings.TrimSpace("Rédiger ainsi cet article : " + m[3])}, paras[1:]...), "\n"), true
}

func opensQuote(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "«") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
}

// additionalNumber names a new article in the bill's instructions: "2
// (article additionnel après, n° 12)".
func additionalNumber(position, article, number string) law.ArticleNumber {
	return law.ArticleNumber(article + " (article additionnel " + strings.ToLower(position) + ", n° " + number + ")")
}
