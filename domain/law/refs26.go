package law

import "errors"

// A parenthesis inside a list of articles: "Aux articles L. 1, L. 2
// (deux fois) et L. 3, le mot : « A » est remplacé …", "Les articles
// L. 1, L. 2 (ancien) et L. 3 sont abrogés". The list ended at the
// parenthesis and what followed it was dropped: L. 3 was left as it was,
// L. 1 and L. 2 edited. A count attached to one article of the list
// (the word twice in L. 2, once in the others) is not read: the whole
// instruction is refused (errArticleListBroken26).

// errArticleListBroken26 refuses a list of articles broken by a
// parenthesis after one of them.
var errArticleListBroken26 = errors.New("a parenthesis after one article of a list of articles (a count of occurrences, a remark), not read")

// reListGoesOn26 is the text after a list of articles when a
// parenthesis follows its last article read and another article comes
// after it: "(deux fois) et L. 3", "(ancien), L. 3" (case kept).
var reListGoesOn26 = mustRe(`^\s*\([^()]*\)\s*(?:,\s*et|,|et|,?\s*ainsi\s+que)\s*(?:` + artLettersA + `)?\d`)

// articleListBroken26 refuses rest, the text after a list of articles
// (moreArticles), when a parenthesis breaks the list.
func articleListBroken26(rest string) error {
	if reListGoesOn26.MatchString(rest) {
		return errArticleListBroken26
	}
	return nil
}

// A count of occurrences said after one place of a locator naming
// several: "À l'article L. 2 (deux fois) et à l'article L. 3, le mot :
// « A » est remplacé …", "Au premier alinéa (deux fois) et au second
// alinéa de l'article L. 1", "Aux articles L. 1 et L. 2 (deux fois)".
// The count was dropped: every occurrence replaced in each place,
// whatever their number. Whose count it is (the place before it, or
// each), and how many the others hold, is not read: refused
// (errCountOfOnePlace26). A count after the locator's only place is
// left as it was.

// errCountOfOnePlace26 refuses a count of occurrences said inside a
// locator naming several places.
var errCountOfOnePlace26 = errors.New("a count of occurrences said after one place of a locator naming several, not read")

// reCountInLocator26 is a count of occurrences in parentheses, "(deux
// fois)", "(à trois reprises)" (folded, lower case; group 1: the count).
var reCountInLocator26 = mustRe(`\(\s*(?:par\s+|a\s+)?(` + cardinalWords + `|\d{1,2})\s+(?:fois|reprises)\s*\)`)

// countOfOnePlace26 refuses the scopes out read from low when they are
// several and low says a count of occurrences.
func countOfOnePlace26(low string, out []Scope) error {
	if len(out) > 1 && reCountInLocator26.MatchString(low) {
		return errCountOfOnePlace26
	}
	return nil
}

// "Ainsi que" for "et" between articles named apart after one part:
// "Au premier alinéa de l'article L. 1 ainsi que de l'article L. 2", "…
// de l'article L. 1 ainsi que des articles L. 2 et L. 3" are read as
// with "et" (refs23, refs24, refs25: one part of each; refused whole
// when one lacks it, errApartPartMissing24). They were refused (a second
// article named apart). And a list of articles joined by "ainsi que",
// "Aux articles L. 1, L. 2 ainsi que L. 3", is one list: L. 3 was
// dropped (artAinsiQue26, in moreArticles).

// artAinsiQue26 is "ainsi que" joining the last article of a list
// (reArtMore's alternative; case kept).
const artAinsiQue26 = `,?\s*ainsi\s+que`

// reAinsiQueApart26 is "de l'article A ainsi que de l'article B" or "…
// ainsi que des articles" (group 1: " ainsi que", accents folded, case
// kept).
var reAinsiQueApart26 = mustRe(`\b(?i:de\s+l'article)\s+` + artOne25 + `(\s*,?\s+(?i:ainsi\s+que))\s+(?i:de\s+l'article|des\s+articles)\s`)

// ainsiQueApart26 rewrites in low and cased (the same offsets) each "
// ainsi que" between articles named apart as " et".
func ainsiQueApart26(low, cased string) (string, string) {
	for {
		m := reAinsiQueApart26.FindStringSubmatchIndex(cased)
		if m == nil {
			return low, cased
		}
		low, cased = spliceJoined(low, cased, m[2], m[3], " et")
	}
}

// A count of occurrences after the locator's only place: "À l'article
// L. 2 (deux fois), le mot : « A » est remplacé par le mot : « B »", "Au
// premier alinéa (à deux reprises) de l'article L. 1, les mots : « A »
// sont supprimés". The count was dropped: every occurrence was edited,
// however many. It is read as "est remplacé, deux fois, par": the count
// the law says (Edit.Times; another count found refuses at apply). With
// several word operations, one naming its occurrences or words around,
// or not replacing or deleting words, what the count counts is not
// read: refused (errCountNotRead26).

// errCountNotRead26 refuses a count of occurrences after the locator's
// only place when its word operations are not one replacement or
// deletion of words the count can be given to.
var errCountNotRead26 = errors.New("a count of occurrences after the locator's place, of word operations it cannot be given to, not read")

// timesOfOnlyPlace26 gives e, the edit of the only word operation (of
// ops, with more further edits) after loc, the count loc says after its
// only place (scopes); it refuses a count it cannot give.
func timesOfOnlyPlace26(loc string, scopes []Scope, e *Edit, ops, more int) error {
	m := reCountInLocator26.FindStringSubmatch(loc)
	if m == nil || len(scopes) != 1 {
		return nil
	}
	n := cardinal(m[1])
	if n < 1 || ops != 1 || more != 0 || e.Times != 0 || len(e.Occurrences) > 0 || e.Anchor != "" || e.Kind != EditReplaceWords && e.Kind != EditDeleteWords {
		return errCountNotRead26
	}
	e.Times = n
	return nil
}
