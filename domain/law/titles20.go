package law

import (
	"errors"
	"strings"
)

// errArticleHeading: an article's heading ("l'intitulé de l'article L. 1",
// "le titre de l'article 3 de la loi …", under an article's context
// "Son intitulé …", "L'intitulé est supprimé") is no text the codes hold
// for an article: its edit is refused, never applied to the article's
// alinéas (they were rewritten, completed, deleted, or their words
// edited).
var errArticleHeading = errors.New("an article's heading (intitulé, titre): no text of the article, not read")

var (
	// reArticleHeadingNamed is an article's heading named, folded and
	// quotes shaped away: "l'intitule de l'article", "le titre de cet
	// article", "dans les intitules des articles" (group 1: what comes
	// before, to leave out "au titre de l'article", "under the article").
	reArticleHeadingNamed = mustRe(`(^|[\s,'])(?:intitule|titre)s?\s+(?:de\s+l'|de\s+cet\s+|des\s+|de\s+ces\s+)articles?\b`)
	// reArticleHeadingBare is a heading not named further, as subject or
	// place: "l'intitulé est …", "son titre est …", "à (dans) l'intitulé,",
	// "à la fin de l'intitulé,".
	reArticleHeadingBare = mustRe(`(?:^|[\s,])(?:(?:a|dans|de)\s+)?(?:l'intitule|son\s+intitule|leur\s+intitule|son\s+titre|le\s+titre)(?:\s*,|\s+(?:est|sont)\b|\s*[.;:]?\s*$)`)
	// reUnderArticle ends the words before "titre de l'article" that make
	// it "under the article" ("versées au titre de l'article L. 1").
	reUnderArticle = mustRe(`(?:^|\s)au\s+$`)
	// reArticleNamed20 is an article named in the instruction's own words.
	reArticleNamed20 = mustRe(`\barticles?\b`)
)

// articleHeading20 refuses an edit of an article's heading: named ("de
// l'article …"), or bare under an article's context or after an article
// the instruction names ("À l'article L. 1, l'intitulé est ainsi rédigé").
// low is the instruction folded, its quotations shaped away.
func articleHeading20(low string, parent Scope) error {
	if reHeadingAndPlaceHead.MatchString(strings.TrimSpace(low)) {
		return errHeadingAndPlaceHead
	}
	for _, m := range reArticleHeadingNamed.FindAllStringSubmatchIndex(low, -1) {
		if !reUnderArticle.MatchString(low[:m[3]]) {
			return errArticleHeading
		}
	}
	if loc := reArticleHeadingBare.FindStringIndex(low); loc != nil {
		if parent.Ref.Article != "" || reArticleNamed20.MatchString(low[:loc[0]]) {
			return errArticleHeading
		}
	}
	return nil
}

// reHeadingEdge is the start or the end of a division's heading as the
// place of words added or removed: "Au début (À la fin) de l'intitulé du
// chapitre II …, sont ajoutés les mots : « … »", and under a division's
// context "Au début de l'intitulé, …" (headingEdge20).
var reHeadingEdge = mustRe(`^(?:au\s+debut|a\s+la\s+fin)\s+de\s+l'intitule(\s+(?:du|de\s+la|des)\s+(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)\b[^:]*?)?\s*,`)

// headingEdge20 reports whether low (folded, trimmed) edits the words at
// the start or the end of a division's heading: named, or bare under a
// division's context (not an article's). Headings are not articles: the
// edit is recorded, no article changes (it was refused, "no target
// article").
func headingEdge20(low string, parent Scope) bool {
	m := reHeadingEdge.FindStringSubmatchIndex(low)
	if m == nil {
		return false
	}
	return m[2] >= 0 || parent.Ref.Article == "" && len(parent.Division) > 0
}

// errHeadingAndPlaceHead: a head naming a division's heading and another
// place as its subjects, "L'intitulé du chapitre II … et l'article L. 1
// … sont ainsi modifiés :": which item edits which is not said; its items
// were read as the heading's words alone, the article's edits dropped
// though applied. Refused, its items with it.
var errHeadingAndPlaceHead = errors.New("a division's heading and another place as the subjects of one head, not read")

// reHeadingAndPlaceHead is such a head, folded (group 1 the other
// place's noun; another heading, "et celui de la section 1", is not one).
var reHeadingAndPlaceHead = mustRe(`^(?:l'intitule|les\s+intitules)\b[^:]*?\s(?:et|ainsi\s+que)\s+(?:l'|les\s+|le\s+|la\s+)(articles?|chapitres?|sections?|sous-sections?|titres?|livres?|parties?|paragraphes?|annexes?)\b[^:]*\bsont\s+ainsi\s+modifie`)
