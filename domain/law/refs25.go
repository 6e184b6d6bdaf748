package law

import "strings"

// articlePrecited25 is "l'article précité" with no number (folded, with
// its preposition: "de l'article précité", "à l'article précité"): the
// article named last, read as "ledit article" (reSameArticle holds it;
// scopes resolves it to the instruction before's article, refused typed,
// errSameUnresolved22, when there is none or several). With a number
// ("l'article L. 1 précité") it is not this form; the word ends there
// (reSameArticle's closing \b: not "précitée").
const articlePrecited25 = `(?:(?:de|a)\s+)?l'article\s+precite`

// One part named for an article and a group of articles, each after its
// own genitive: "Au premier alinéa de l'article L. 1 et des articles
// L. 2 et L. 3" is "Au premier alinéa des articles L. 1, L. 2 et L. 3"
// (it was refused: a second article named apart), as refs23 reads "de
// l'article L. 1 et de l'article L. 2". Only with no text after the
// last article and one part named by its rank or label alone
// (onePartNamed23); each article must hold the part, else the whole
// instruction is refused (errApartPartMissing24, the scopes marked
// apart).

// artOne25 is one article number with its letters (case kept).
const artOne25 = `(?:` + artLetters + `)?(?:` + articleNumber + `)`

// reArticlesGroup25 is "de l'article A (, de l'article B)* et des
// articles C (, D)* et E", then a comma or the end (case kept, accents
// folded).
var reArticlesGroup25 = mustRe(`\b(?i:de\s+l'article)\s+` + artOne25 + `(?:\s*,\s*(?i:de\s+l'article)\s+` + artOne25 + `)*\s+(?i:et\s+des\s+articles)\s+` + artOne25 + `(?:\s*,\s*` + artOne25 + `)*\s+(?i:et)\s+` + artOne25 + `(?:\s*,|\s*$)`)

// reGroupSplit25 splits reArticlesGroup25's match at its genitives and
// joins: what is left are the article numbers.
var reGroupSplit25 = mustRe(`(?i)\s*(?:,\s*)?(?:\bet\s+)?(?:\bde\s+l'article|\bdes\s+articles)\s+|\s*,\s*|\s+et\s+`)

// articlesGroupJoined25 rewrites in low and cased one part of an
// article and a group of articles as "des articles A, B et C".
func articlesGroupJoined25(low, cased string) (string, string) {
	m := reArticlesGroup25.FindStringIndex(cased)
	if m == nil || !onePartNamed23(low[:m[0]]) {
		return low, cased
	}
	span := strings.TrimRight(strings.TrimSpace(cased[m[0]:m[1]]), ",")
	var nums []string
	for _, n := range reGroupSplit25.Split(span, -1) {
		if n = strings.TrimSpace(n); n != "" {
			nums = append(nums, n)
		}
	}
	if len(nums) < 3 {
		return low, cased
	}
	joined := "des articles " + strings.Join(nums[:len(nums)-1], ", ") + " et " + nums[len(nums)-1]
	if strings.HasSuffix(strings.TrimSpace(cased[m[0]:m[1]]), ",") {
		joined += ","
	}
	return spliceJoined(low, cased, m[0], m[1], joined)
}
