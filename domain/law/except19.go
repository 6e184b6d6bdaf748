package law

import (
	"errors"
	"strings"
)

// exceptItems is the words that take several items out of a range of
// items repealed: "à l'exception des 3° et 5°", "sauf les 3°, 4° et 5°"
// (also "hormis", "excepté"); group: the items kept as written.
const exceptItems = `(?:à\s+l['’]exception\s+des|(?:sauf|hormis|excepté)\s+les)\s+((?:[^,«»:;]+?\s*,\s*)*[^,«»:;]+?\s+et\s+[^,«»:;]+?)`

// reRangeItemsBefore is a range of items repealed but for several of
// them, the exception before the verb: "Les 1° à 5° du II, à l'exception
// des 3° et 4°, sont abrogés" (groups: before, subject, kept, verb,
// end); reRangeItemsAfter the same after the verb, "… sont abrogés, sauf
// les 3° et 4°." (groups: before, subject, verb, kept, end). Only one
// item kept was read (rangeException): several were refused.
var (
	reRangeItemsBefore = mustRe(`^((?:.*,\s+)?)([Ll]es\s+[^,«»:;]*?\s+à\s+[^,«»:;]*?)\s*,\s*` + exceptItems + `\s*,\s*(sont\s+(?:abrogé|supprimé)e?s)(\s*[.;]?\s*)$`)
	reRangeItemsAfter  = mustRe(`^((?:.*,\s+)?)([Ll]es\s+[^,«»:;]*?\s+à\s+[^,«»:;]*?)\s+(sont\s+(?:abrogé|supprimé)e?s)\s*,\s*` + exceptItems + `(\s*[.;]?\s*)$`)
)

// keptItems reads several items kept, "3° et 5°", "3°, 4° bis et 5°",
// "a et c", into their labels (each as reKeptItem reads one); ok false
// for anything else, one item repeated, or an "ou".
func keptItems(list string) (labels []string, ok bool) {
	list = strings.TrimSpace(list)
	last := strings.LastIndex(list, " et ")
	if last < 0 {
		return nil, false
	}
	parts := append(strings.Split(list[:last], ","), list[last+len(" et "):])
	seen := map[string]bool{}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if !reKeptItem.MatchString(p) || seen[itemKey(p)] {
			return nil, false
		}
		seen[itemKey(p)] = true
		labels = append(labels, p)
	}
	return labels, len(labels) > 1
}

// rangeExceptItems reads a range of items repealed but for several of
// them (reRangeItemsBefore): rest is the repeal of the range, kept the
// labels of the items kept; ok false when body is no such range.
func rangeExceptItems(body string) (rest string, kept []string, ok bool) {
	rest, list, ok := keptBeforeOrAfter(body, reRangeItemsBefore, reRangeItemsAfter)
	if !ok {
		return body, nil, false
	}
	if kept, ok = keptItems(list); !ok {
		return body, nil, false
	}
	return rest, kept, true
}

// exceptItemsInRange takes several items kept out of the edits of a
// range of items repealed, as exceptInRange takes one: each kept item
// must be the last division of exactly one edit, the edits a deletion of
// items; that edit goes (or, when items numbered after it with a Latin
// adverb are the range's too, it stays with the item kept), and one
// item the range names must still be repealed. Otherwise the instruction is
// refused: what is kept is not certain.
func exceptItemsInRange(in *Instruction, kept []string) {
	refuse := func(why string) {
		refuseTyped(in, reasonOf(errRangeExceptionUnread, "an exception to a range repealed, not read: "+why))
	}
	if in.Status != Parsed || len(in.Edits) == 0 {
		return
	}
	for _, e := range in.Edits {
		n := len(e.Scope.Path)
		if e.Kind != EditDelete || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Except) > 0 ||
			n == 0 || e.Scope.RangeTo != "" || e.Scope.Path[n-1].Item == "" {
			refuse("the items kept are not of a range of items repealed")
			return
		}
	}
	drop := map[int]bool{}
	for _, k := range kept {
		want := itemKey(k)
		at := -1
		for i, e := range in.Edits {
			if itemKey(e.Scope.Path[len(e.Scope.Path)-1].Item) == want {
				if at >= 0 {
					refuse("the " + k + " is in two ranges")
					return
				}
				at = i
			}
		}
		if at < 0 {
			refuse("the " + k + " is not in the range")
			return
		}
		if e := &in.Edits[at]; e.Scope.Path[len(e.Scope.Path)-1].GoesOn {
			e.Scope.Except = []string{want}
			continue
		}
		drop[at] = true
	}
	var left []Edit
	for i, e := range in.Edits {
		if !drop[i] {
			left = append(left, e)
		}
	}
	if len(in.Edits)-len(kept) < 1 {
		// "Les 1° à 2°, à l'exception des 1° et 2°": nothing the range
		// names is repealed (a 1° bis would be, alone).
		refuse("every item of the range is kept")
		return
	}
	in.Edits = left
}

// errHeadInPart is new text for a part of an article (an alinéa, a
// range of alinéas, a paragraph, a sentence) that opens with an
// article's heading, "Art. L. 1. –": whether an article is meant, or
// the whole article rewritten, is not said. The heading was kept as the
// text of an alinéa inside the article ("I. – …", "Art. L. 1. – …").
var errHeadInPart = errors.New("the new text of a part of an article opens with an article's heading (« Art. … – »): whether the whole article is meant is not said")

// headInPart refuses a rewrite of a part of an article whose new text
// opens with an article's heading (errHeadInPart). An article whose own
// alinéas open with one (a bill quoting a code's article, amended) is
// left to the other rules: there the heading is text.
func headInPart(c Corpus, e Edit) error {
	s := e.Scope
	if e.Kind != EditRewrite || len(e.Lines) == 0 || (len(s.Path) == 0 && s.Sentence == 0) || s.Ref.Article == "" {
		return nil
	}
	for _, d := range s.Path {
		if d.Proposed != "" {
			return nil
		}
	}
	if !artPrefix.MatchString(strings.TrimLeft(strings.TrimSpace(e.Lines[0]), "«“\" \u00a0")) {
		return nil
	}
	a, ok := c[s.Ref]
	if !ok {
		return nil
	}
	for _, l := range a.Alineas {
		if artLabel.MatchString(strings.TrimSpace(l)) {
			return nil
		}
	}
	return errHeadInPart
}

// reExceptLabelBare is a part left out of a word operation named by its
// label with an article and no preposition, "À l'article L. 1, sauf le
// III, le mot …", "…, hormis le 3°, …", "… par le mot : « b », excepté
// le II." (groups: the words before, the label, what follows). The
// operation's place starts the alinéa (reWordsLocatorStart) and the
// words hold a quotation; the part is a paragraph or an item only.
var (
	reExceptLabelBare   = mustRe(`(,\s*(?:sauf|hormis|excepté)\s+)le\s+([IVXL]+(?:\s+` + latinOrd + `)?|\d+°(?:\s+` + latinOrd + `)?)(\s*,|\s*[.;]?\s*$)`)
	reWordsLocatorStart = mustRe(`^(?:[ÀA]u?x?|[ÀA]\s+l['’]|[ÀA]\s+la|Dans)\s[^«»:;]*:\s*«`)
)

// exceptLabelBare writes a part left out of a word operation by its
// bare label, "sauf le III", as "sauf au III", the form wordsException
// reads ("à l'exception du III" was read, "sauf le III" refused: a
// place named as an exception). Anything else is left as written.
func exceptLabelBare(body string) string {
	if !reWordsLocatorStart.MatchString(body) || len(reExceptLabelBare.FindAllStringIndex(body, -1)) != 1 {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		return reExceptLabelBare.ReplaceAllString(seg, "${1}au $2$3")
	})
}
