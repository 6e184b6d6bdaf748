package law

import "errors"

// errOnlyAlineaOfArticle24 refuses the deletion of one alinéa named by
// its rank ("Le premier alinéa de l'article L. 1 est supprimé", "Le
// dernier alinéa") of an article that holds that alinéa only (as the
// bill article found it: alinéas deleted one by one, "Les premier et
// second alinéas sont supprimés", are read): an alinéa of an article is named where it holds more, so the
// text the law read was another, or the article itself was meant — and
// an article is repealed ("est abrogé"), never left with no alinéa. The
// article was emptied. The rule of errOnlyAlineaOfDivision24 at the
// article's level.
var errOnlyAlineaOfArticle24 = errors.New("alinéas named by their rank and deleted are every alinéa of the article: the article holds fewer alinéas than the text read, or the article itself was meant")

// alineaOfArticleDeleted24 is errOnlyAlineaOfArticle24 for the deletion
// e of al[lo:hi], its place one alinéa named in the article itself (no
// part, item or sentence; a bill's numbered alinéas and a table's rows
// aside). Several alinéas counted ("les deux derniers alinéas") may name
// the whole and are read.
func alineaOfArticleDeleted24(al []string, lo, hi int, e Edit, opt ApplyOptions) error {
	if e.Kind != EditDelete || opt.billQuotes || len(e.Scope.Path) != 1 || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Within) > 0 || e.Scope.tableRow22 != 0 || e.Scope.table24.on {
		return nil
	}
	p := e.Scope.Path[0]
	if p.Item != "" || p.Dash || p.Numbered || p.Proposed != "" || p.Count < 0 || p.Count > 1 {
		return nil
	}
	found := len(al)
	if opt.grp != nil {
		found = len(opt.grp.orig)
	}
	if lo == 0 && hi == len(al) && len(al) == 1 && found == 1 {
		return errOnlyAlineaOfArticle24
	}
	return nil
}
