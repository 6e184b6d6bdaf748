package law

import (
	"strconv"
	"strings"
)

// exceptOne is the words that take one place out of what a deletion
// names, with that place's article or determiner: "à l'exception de
// l'article", "à l'exception du", "sauf le", "hormis l'", "excepté la".
const exceptOne = `(?:à\s+l['’]exception\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+)|(?:sauf|hormis|excepté)\s+(?:l['’]\s*|le\s+|la\s+))`

// reRangeExceptBefore is a range repealed but for one of its places,
// the exception before the verb: "Les articles L. 1 à L. 5 du code civil,
// à l'exception de l'article L. 3, sont abrogés", "Les 1° à 5°, sauf le
// 3°, sont supprimés" (groups: what comes before the subject, the
// subject, the place kept, the verb, the end). reRangeExceptAfter is the
// same with the exception after the verb: "… sont abrogés, à
// l'exception de l'article L. 3." (groups: before, subject, verb, kept,
// end).
var (
	reRangeExceptBefore = mustRe(`^((?:.*,\s+)?)([Ll]es\s+[^,«»:;]*?\s+à\s+[^,«»:;]*?)\s*,\s*` + exceptOne + `([^,«»:;]+?)\s*,\s*(sont\s+(?:abrogé|supprimé)e?s)(\s*[.;]?\s*)$`)
	reRangeExceptAfter  = mustRe(`^((?:.*,\s+)?)([Ll]es\s+[^,«»:;]*?\s+à\s+[^,«»:;]*?)\s+(sont\s+(?:abrogé|supprimé)e?s)\s*,\s*` + exceptOne + `([^,«»:;]+?)(\s*[.;]?\s*)$`)
)

// reKeptArticle is the place kept an article: "article L. 3"; reKeptItem
// an item: "3°", "3° bis", "II", "b".
var (
	reKeptArticle = mustRe(`^article\s+((?:[A-Z]{1,2}\*?\.?\s*)?\d+(?:-\d+)*(?:\s+` + latinOrd + `)?(?:\s+[A-Z])?)$`)
	reKeptItem    = mustRe(`^(\d+°(?:\s+` + latinOrd + `)?|[IVXL]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)$`)
)

// rangeException reads a range repealed but for one of its places (see
// reRangeExceptBefore): body is the instruction without the exception
// ("Les articles L. 1 à L. 5 du code civil sont abrogés"), kept the place
// kept ("L. 3" with article true, or the item "3°"); ok false when body
// is no such range.
func rangeException(body string) (rest, kept string, article, ok bool) {
	var subj, place, verb, pre, end string
	if m := reRangeExceptBefore.FindStringSubmatch(body); m != nil {
		pre, subj, place, verb, end = m[1], m[2], m[3], m[4], m[5]
	} else if m := reRangeExceptAfter.FindStringSubmatch(body); m != nil {
		pre, subj, verb, place, end = m[1], m[2], m[3], m[4], m[5]
	} else {
		return body, "", false, false
	}
	place = strings.TrimSpace(place)
	switch {
	case reKeptArticle.MatchString(place):
		kept, article = reKeptArticle.FindStringSubmatch(place)[1], true
	case reKeptItem.MatchString(place):
		kept = place
	default:
		// Not one article or one item: left as written, refused.
		return body, "", false, false
	}
	return pre + subj + " " + verb + end, kept, article, true
}

// exceptInRange takes the place kept out of the edits of a range
// repealed (rangeException): the article out of the range of articles
// (Scope.Except), the item out of the items named — the item's edit
// goes, or, when items numbered after it with a Latin adverb are the
// range's too ("3° bis", Division.GoesOn), it stays with the item kept
// (Scope.Except). Any other reading (the place not in the range, no
// range, an edit that is not a deletion) refuses the instruction: what
// is kept is not certain.
func exceptInRange(in *Instruction, kept string, article bool) {
	refuse := func(why string) {
		refuseTyped(in, reasonOf(errRangeExceptionUnread, "an exception to a range repealed, not read: "+why))
	}
	if in.Status != Parsed || len(in.Edits) == 0 {
		return
	}
	for _, e := range in.Edits {
		if e.Kind != EditDelete || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Except) > 0 {
			refuse("not a deletion of places")
			return
		}
	}
	if article {
		e := &in.Edits[0]
		if len(in.Edits) != 1 || e.Scope.RangeTo == "" || len(e.Scope.Path) > 0 {
			refuse("the article kept is not of a range of articles")
			return
		}
		if in, certain := rangePlace(ArticleKey(kept), e.Scope.Ref.Article, e.Scope.RangeTo); !in || !certain {
			refuse("the article " + kept + " is not in the range")
			return
		}
		e.Scope.Except = []string{ArticleKey(kept)}
		return
	}
	want := itemKey(kept)
	at := -1
	for k, e := range in.Edits {
		n := len(e.Scope.Path)
		if n == 0 || e.Scope.RangeTo != "" || e.Scope.Path[n-1].Item == "" {
			refuse("the item kept is not of a range of items")
			return
		}
		if itemKey(e.Scope.Path[n-1].Item) == want {
			if at >= 0 {
				refuse("the " + kept + " is in two ranges")
				return
			}
			at = k
		}
	}
	if at < 0 || len(in.Edits) < 2 {
		refuse("the " + kept + " is not in the range")
		return
	}
	if e := &in.Edits[at]; e.Scope.Path[len(e.Scope.Path)-1].GoesOn {
		e.Scope.Except = []string{want}
		return
	}
	in.Edits = append(in.Edits[:at], in.Edits[at+1:]...)
}

// excepted reports whether key (an article's ArticleKey, or an item's
// itemKey) is kept out of the scope (Scope.Except).
func (s Scope) excepted(key string) bool {
	for _, k := range s.Except {
		if k == key {
			return true
		}
	}
	return false
}

// reAlineasButFirstLast is every alinéa of an article deleted but its
// first or last one, the exception before or after: "À l'exception du
// dernier, les alinéas de l'article L. 1 sont supprimés", "Tous les
// alinéas de l'article L. 1, sauf le premier, sont supprimés", "Les
// alinéas de l'article L. 1 sont supprimés, à l'exception du premier"
// (groups: before; the rank first; the article; the rank between; the
// rank after; the end).
var reAlineasButFirstLast = mustRe(`^((?:.*,\s+)??)(?:(?:[Àà]|[Aa])\s+l['’]exception\s+du\s+(premier|dernier)(?:\s+alinéa)?\s*,\s*)?(?:[Tt]ous\s+)?[Ll]es\s+alinéas\s+(de\s+l['’]\s*article\s+[^,«»:;]+?)\s*(?:,\s*(?:à\s+l['’]exception\s+du|(?:sauf|hormis|excepté)\s+le)\s+(premier|dernier)(?:\s+alinéa)?\s*,\s*)?\s*sont\s+(?:supprimés|abrogés)(?:\s*,\s*(?:à\s+l['’]exception\s+du|(?:sauf|hormis|excepté)\s+le)\s+(premier|dernier)(?:\s+alinéa)?)?(\s*[.;]?\s*)$`)

// alineasButFirstLast writes every alinéa of an article deleted but its
// first (last) one as the range of the others: "Les deuxième à dernier
// (premier à avant-dernier) alinéas de l'article L. 1 sont supprimés",
// as exceptedPart does for "L'article L. 1, à l'exception de son premier
// alinéa, est abrogé". Only of an article (of a part, whether the alinéa
// kept keeps the part's label is not said) and one exception, written
// once; otherwise the text is left as written (refused).
func alineasButFirstLast(body string) string {
	m := reAlineasButFirstLast.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	rank, n := "", 0
	for _, r := range []string{m[2], m[4], m[5]} {
		if r != "" {
			rank, n = r, n+1
		}
	}
	if n != 1 || !reArticleOnly.MatchString(m[3]) || reTwoNamed.MatchString(m[3]) {
		return body
	}
	span := "deuxième à dernier"
	if rank == "dernier" {
		span = "premier à avant-dernier"
	}
	det := "Les "
	if m[1] != "" {
		det = "les "
	}
	return m[1] + det + span + " alinéas " + m[3] + " sont supprimés" + m[6]
}

// reArticleOnly is "de l'article L. 1 du code civil" with nothing inside
// it named (no part, item, sentence).
var reArticleOnly = mustRe(`^de\s+l['’]\s*article\s+(?:[A-Z]{1,2}\*?\.?\s*)?\d[\w.\-*]*(?:\s+` + latinOrd + `)?(?:\s+(?:du|de\s+la|de\s+l['’])\s+[^,«»:;]+)?$`)

// reTwoNamed is a place naming two ("de l'article L. 1 et de l'article
// L. 2", "… ou …"): every alinéa but the last of each, or of both
// together, is not said.
var reTwoNamed = mustRe(`\s(?:et|ou)\s`)

// reAmAlineasExcept is an amendment's alinéas deleted but one of them:
// "Supprimer les alinéas 3 à 7, à l'exception de l'alinéa 5 (des
// alinéas 4 et 5)." (groups: the first, the last, those kept, the end).
var reAmAlineasExcept = mustRe(`^\s*Supprimer\s+les\s+alinéas\s+(\d+)\s+à\s+(\d+)\s*,?\s*(?:à\s+l['’]ex(?:ception|clusion)\s+(?:de\s+l['’]\s*alinéa|des\s+alinéas)|(?:sauf|hormis|excepté)\s+(?:l['’]\s*alinéa|les\s+alinéas))\s+(\d+(?:\s*,\s*\d+)*(?:\s+et\s+\d+)?)(\s*[.;]?\s*)$`)

// reNumber is a number in a list of alinéas.
var reNumber = mustRe(`\d+`)

// amAlineasExcept writes an amendment's alinéas deleted but one of them
// as the list of the others: "Supprimer les alinéas 3 à 7, à l'exception
// de l'alinéa 5" is "Supprimer les alinéas 3, 4, 6 et 7" (an amendment's
// alinéas are numbered 1, 2, 3 …: the range holds no other); several
// kept alike. An alinéa kept out of the range, or all of them, is left
// as written (refused).
func amAlineasExcept(para string) string {
	m := reAmAlineasExcept.FindStringSubmatch(para)
	if m == nil {
		return para
	}
	from, _ := strconv.Atoi(m[1])
	to, _ := strconv.Atoi(m[2])
	if from >= to || to-from > 200 {
		return para
	}
	kept := map[int]bool{}
	for _, w := range reNumber.FindAllString(m[3], -1) {
		k, _ := strconv.Atoi(w)
		if k < from || k > to || kept[k] {
			return para
		}
		kept[k] = true
	}
	var nums []string
	for k := from; k <= to; k++ {
		if !kept[k] {
			nums = append(nums, strconv.Itoa(k))
		}
	}
	if len(nums) == 0 {
		return para
	}
	if len(nums) == 1 {
		return "Supprimer l'alinéa " + nums[0] + m[4]
	}
	return "Supprimer les alinéas " + strings.Join(nums[:len(nums)-1], ", ") + " et " + nums[len(nums)-1] + m[4]
}
