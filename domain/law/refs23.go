package law

import (
	"errors"
	"fmt"
	"strings"
)

// One part named for two articles: "Au premier alinéa de l'article L. 1
// et de l'article L. 2" is "Au premier alinéa des articles L. 1 et
// L. 2" — the genitive repeated before each article, the part before it
// shared. It was refused (a second article named apart). Each article
// must follow "de l'article" right after the one before (", de
// l'article …", "et de l'article …"): an article followed by its own
// text ("de l'article L. 1 du code civil et de l'article L. 2 du code de
// commerce", "… de l'article L. 2 du code civil": L. 1's text not
// said) or by another complement stays refused, and so does a part
// nested in another (onePartNamed23).

// reArticlesApart23 is "de l'article A (, de l'article B)* et de
// l'article C" (accents folded, case kept: the articles' letters).
var reArticlesApart23 = mustRe(`\b(?i:de\s+l'article)\s+(?:` + artLetters + `)?(?:` + articleNumber + `)(?:\s*,\s*(?i:de\s+l'article)\s+(?:` + artLetters + `)?(?:` + articleNumber + `))*\s+(?i:et\s+de\s+l'article)\s+(?:` + artLetters + `)?(?:` + articleNumber + `)(?:\s*,|\s*$)`)

// onePartNamed23 reports that first, the place before the articles,
// is one part named by its rank or label alone after its article or
// preposition ("au premier alinéa", "aux deuxième et troisième
// alinéas", "à la dernière phrase", "au 2°"): with a part nested
// ("la fin du premier alinéa", "la dernière phrase du premier alinéa")
// "et de l'article L. 2" may be that part's or the outer one's (the end
// of the whole L. 2, its last sentence).
func onePartNamed23(first string) bool {
	h := rePlaceHead22.FindStringIndex(first)
	if h == nil {
		return false
	}
	ante := strings.TrimSpace(first[h[1]:])
	for _, re := range []*lre{reAlineaOne22, reAlineaMany22, rePhraseOne22, rePhraseMany22, reItemOne22, reItemMany22} {
		if re.MatchString(ante) {
			return true
		}
	}
	return false
}

// reDeLArticle23 is one "de l'article " inside reArticlesApart23's match.
var reDeLArticle23 = mustRe(`(?i)\bde\s+l'article\s+`)

// articlesApartJoined23 rewrites in low and cased (the same offsets) the
// articles each named by "de l'article" after one part as "des articles
// A, B et C".
func articlesApartJoined23(low, cased string) (string, string) {
	m := reArticlesApart23.FindStringIndex(cased)
	if m == nil {
		return low, cased
	}
	if !onePartNamed23(low[:m[0]]) {
		return low, cased
	}
	return apartJoined(low, cased, m[0], m[1])
}

// apartJoined rewrites cased[from:to], "de l'article A (, de l'article
// B)* et de l'article C", as "des articles A, B et C" in low and cased
// (the same offsets); it leaves them as they are when the span does not
// open on "de l'article" or names fewer than two articles.
func apartJoined(low, cased string, from, to int) (string, string) {
	parts := reDeLArticle23.Split(cased[from:to], -1)
	if len(parts) < 3 || strings.TrimSpace(parts[0]) != "" {
		return low, cased
	}
	return spliceJoined(low, cased, from, to, "des articles "+strings.Join(parts[1:], ""))
}

// spliceJoined puts joined (case kept) in place of [from, to) in cased
// and its lower case in low.
func spliceJoined(low, cased string, from, to int, joined string) (string, string) {
	return low[:from] + asciiLower(joined) + low[to:], cased[:from] + joined + cased[to:]
}

// A sentence an alinéa does not hold: "À la deuxième phrase du premier
// alinéa, le mot : « A » est remplacé …" on an alinéa of one sentence
// was refused as "words not found"; it is refused as the sentence not
// found (errSentenceNotFound23), as a sentence deleted or rewritten by
// an earlier edit of the group is.

// errSentenceNotFound23 is the kind of a refusal naming a sentence the
// alinéa does not hold.
var errSentenceNotFound23 = errors.New("sentence not found")

// sentenceMissing23 is the refusal of sentence n, not found.
type sentenceMissing23 int

func (s sentenceMissing23) Error() string { return fmt.Sprintf("sentence %d not found", int(s)) }

// Is makes a sentenceMissing23 an errSentenceNotFound23.
func (sentenceMissing23) Is(t error) bool { return t == errSentenceNotFound23 }

// Subjects each naming its article, the second a count of alinéas or
// sentences: "La dernière phrase du premier alinéa de l'article L. 1 et
// les deux derniers alinéas de l'article L. 2 sont supprimés" is read
// one by one as "… et le dernier alinéa de l'article L. 2" is
// (andArticleOrPart22); it was refused (a second article named apart).

// reAndCounted23 is "et" then alinéas or sentences counted from the
// start or the end, their genitive next (folded, lower case).
var reAndCounted23 = mustRe(`\s+et\s+les\s+(?:` + cardinalWords + `|\d+)\s+(?:derniers|premiers|dernieres|premieres)\s+(?:alineas|phrases)\s+(?:de|du|des)\s`)

// eachOwnArticle23 reports, for a match m of reSentenceAndDivision or
// reDivisionAndSentence in low, that both places name their article
// ("La dernière phrase du premier alinéa de l'article L. 1 et le
// deuxième alinéa de l'article L. 2"): the second's article is not the
// first's too (it was given to it: "… de l'article L. 1 de l'article
// L. 2", refused); they are read one by one (andArticleOrPart22).
func eachOwnArticle23(low string, m []int) bool {
	return strings.Contains(low[:m[3]], "article") && strings.Contains(low[m[4]:], "article")
}
