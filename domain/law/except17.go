package law

import "strings"

// reExclusion is "à l'exclusion de" (du, des, de la, de l'), the same
// exception as "à l'exception de" in the legislative language; a
// "exclusion faite de" is "exception faite de" (group: what follows
// "exclusion"). reExceptOwn is "sauf", "hormis", "excepté" before a part
// of the subject ("sauf son dernier alinéa"), written "à l'exception de
// son …" as exceptedPart and rangeException read it.
var (
	reExclusion = mustRe(`((?:^|[\s,(])[ÀàAa]\s+l['’])exclusion(\s+(?:de|du|des)\b)`)
	reExclFaite = mustRe(`\bexclusion(\s+faite\s+d)`)
	reExceptOwn = mustRe(`(,\s*)(?:sauf|hormis|excepté)\s+((?:sa|son|ses)\s)`)
)

// exceptionWords17 writes the unquoted words of an exception in the one
// form the exception rules read (outside quotations: quoted text is
// text): "à l'exclusion de" is "à l'exception de" — it was no exception
// at all: "Les articles L. 1 à L. 5, à l'exclusion de l'article L. 3,
// sont abrogés" repealed the L. 3 with the others, "L'article L. 1, à
// l'exclusion de son dernier alinéa, est abrogé" deleted the last alinéa
// alone; ", sauf son dernier alinéa," before the verb is ", à l'exception
// de son dernier alinéa," (it was refused, while after the verb it was
// read). What that form does not read stays refused.
func exceptionWords17(body string) string {
	body = outsideQuotes(body, func(seg string) string {
		seg = reExclusion.ReplaceAllString(seg, "${1}exception$2")
		seg = reExclFaite.ReplaceAllString(seg, "exception$1")
		return reExceptOwn.ReplaceAllString(seg, "${1}à l'exception de $2")
	})
	return exceptionWords18(body)
}

// keptArticles reads several articles kept, "articles L. 2 et L. 4",
// "articles L. 2, L. 4 et L. 6" (the noun in the plural, each number
// as reKeptArticle reads it), into their keys; ok false for anything
// else, one article repeated, or an "ou" (which is kept is not said).
func keptArticles(place string) (keys []string, ok bool) {
	place = strings.TrimSpace(place)
	rest, found := strings.CutPrefix(place, "articles ")
	if !found {
		return nil, false
	}
	last := strings.LastIndex(rest, " et ")
	if last < 0 {
		return nil, false
	}
	parts := append(strings.Split(rest[:last], ","), rest[last+len(" et "):])
	seen := map[string]bool{}
	for _, p := range parts {
		k := reKeptArticle.FindStringSubmatch("article " + strings.TrimSpace(p))
		if k == nil {
			return nil, false
		}
		key := ArticleKey(k[1])
		if seen[key] {
			return nil, false
		}
		seen[key] = true
		keys = append(keys, key)
	}
	return keys, len(keys) > 1
}

// exceptSeveral is the words that take several articles out of what an
// instruction names: "à l'exception des articles", "sauf les articles"
// (also "hormis", "excepté").
const exceptSeveral = `(?:à\s+l['’]exception\s+des|(?:sauf|hormis|excepté)\s+les)\s+(articles\s+[^,«»:;]+?(?:\s*,\s*[^,«»:;]+?)*)`

// reRangeExceptSeveral is a range of articles repealed but for several
// of them, the exception before or after the verb: "Les articles L. 1 à
// L. 5, à l'exception des articles L. 2 et L. 4, sont abrogés", "… sont
// abrogés, sauf les articles L. 2 et L. 4." (groups: before, subject,
// the articles kept, the verb; or before, subject, verb, kept; the end).
var (
	reRangeSeveralBefore = mustRe(`^((?:.*,\s+)?)([Ll]es\s+articles\s+[^,«»:;]*?\s+à\s+[^,«»:;]*?)\s*,\s*` + exceptSeveral + `\s*,\s*(sont\s+(?:abrogé|supprimé)e?s)(\s*[.;]?\s*)$`)
	reRangeSeveralAfter  = mustRe(`^((?:.*,\s+)?)([Ll]es\s+articles\s+[^,«»:;]*?\s+à\s+[^,«»:;]*?)\s+(sont\s+(?:abrogé|supprimé)e?s)\s*,\s*` + exceptSeveral + `(\s*[.;]?\s*)$`)
)

// rangeExceptSeveral reads a range of articles repealed but for several
// of them (reRangeSeveralBefore): rest is the repeal of the range, kept
// the raw list of the articles kept; ok false when body is no such
// range.
func rangeExceptSeveral(body string) (rest, kept string, ok bool) {
	return keptBeforeOrAfter(body, reRangeSeveralBefore, reRangeSeveralAfter)
}

// keptBeforeOrAfter reads a repeal whose parts kept are said before the
// verb (before: what precedes, the subject, the parts kept, the verb, the
// end) or after it (after: what precedes, the subject, the verb, the
// parts kept, the end): rest is the repeal without them, kept the parts
// as written; ok false when neither matches.
func keptBeforeOrAfter(body string, before, after *lre) (rest, kept string, ok bool) {
	if m := before.FindStringSubmatch(body); m != nil {
		return m[1] + m[2] + " " + m[4] + m[5], m[3], true
	}
	if m := after.FindStringSubmatch(body); m != nil {
		return m[1] + m[2] + " " + m[3] + m[5], m[4], true
	}
	return body, "", false
}

// exceptSeveralInRange takes the articles kept out of a range of
// articles repealed (Scope.Except), as exceptInRange does for one: each
// must be certainly in the range, the instruction one deletion of that
// range; otherwise it is refused, never the whole range repealed.
func exceptSeveralInRange(in *Instruction, kept string) {
	refuse := func(why string) {
		refuseTyped(in, reasonOf(errRangeExceptionUnread, "an exception to a range repealed, not read: "+why))
	}
	if in.Status != Parsed || len(in.Edits) == 0 {
		return
	}
	keys, ok := keptArticles(kept)
	if !ok {
		refuse("the places kept " + kept + " are not a list of articles")
		return
	}
	e := &in.Edits[0]
	if len(in.Edits) != 1 || e.Kind != EditDelete || e.Scope.RangeTo == "" || len(e.Scope.Path) > 0 ||
		e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Except) > 0 {
		refuse("the articles kept are not of one range of articles repealed")
		return
	}
	for _, k := range keys {
		if inRange, certain := rangePlace(k, e.Scope.Ref.Article, e.Scope.RangeTo); !inRange || !certain {
			refuse("the article " + k + " is not in the range")
			return
		}
	}
	e.Scope.Except = keys
}

// reExceptArticlesPart is several articles left out of a word operation,
// as wordsException writes the part: "aux articles L. 5 et L. 7" (from
// "sauf aux articles …", "à l'exception des articles …").
var reExceptArticlesPart = mustRe(`^aux\s+(articles\s+[^«»:;]+?)\s*$`)

// articlesLeftOut reads the part left out of a word operation over
// several articles when it is one article ("à l'article L. 2") or
// several ("aux articles L. 5 et L. 7"): their keys and their labels
// for a reason; ok false for any other part.
func articlesLeftOut(part string) (keys, labels []string, ok bool) {
	if m := reExceptArticlePart.FindStringSubmatch(part); m != nil {
		k := reKeptArticle.FindStringSubmatch(strings.TrimSpace(m[1]))
		if k == nil {
			return nil, nil, false
		}
		return []string{ArticleKey(k[1])}, []string{k[1]}, true
	}
	m := reExceptArticlesPart.FindStringSubmatch(part)
	if m == nil {
		return nil, nil, false
	}
	keys, ok = keptArticles(m[1])
	if !ok {
		return nil, nil, false
	}
	return keys, keys, true
}

// amExcept17 adds to an amendment's places taken out (amExcept, folded)
// "à l'exclusion de" and "exception (exclusion) faite de", the same
// exception, and "sous réserve de", which is none: the place it names is
// not the place edited, nor one left out, and what it reserves is not
// said. All were read as if the place named were the one edited
// ("Supprimer les alinéas 3 à 6, à l'exclusion de l'alinéa 5" deleted the
// 5 with the others; "À l'alinéa 4, à l'exclusion de la dernière phrase,
// remplacer …" replaced in the last sentence alone): refused.
const amExcept17 = `a\s+l'exclusion\s+d|exclusion\s+faite\s+d|exception\s+faite\s+d|sous\s+reserve\s+d`

// romanList is one paragraph number or several, "II", "I et III", "I,
// II bis et IV" (group-free).
const romanList = `[IVXL]+(?:\s+` + latinOrd + `)?(?:\s*,\s*[IVXL]+(?:\s+` + latinOrd + `)?)*(?:\s+et\s+[IVXL]+(?:\s+` + latinOrd + `)?)?`

// reArticleButParts is an article repealed but for one of its paragraphs
// or several, the exception before or after the verb: "L'article L. 1,
// à l'exception de son II, est abrogé", "L'article L. 1, sauf le II, est
// abrogé", "L'article L. 1 est abrogé, à l'exception de ses I et III."
// (groups: before, the article, the paragraphs kept, the verb, the end;
// after the verb: before, the article, the verb, kept, the end).
var (
	reArticleButPartsBefore = mustRe(`^((?:.*,\s+)?)([Ll]['’]\s*article\s+[^,«»:;]*?)\s*,\s*(?:à\s+l['’]exception\s+(?:de\s+son|de\s+ses|du|des)|(?:sauf|hormis|excepté)\s+(?:son|ses|le|les))\s+(` + romanList + `)\s*,\s*(est\s+(?:abrogé|supprimé))(\s*[.;]?\s*)$`)
	reArticleButPartsAfter  = mustRe(`^((?:.*,\s+)?)([Ll]['’]\s*article\s+[^,«»:;]*?)\s+(est\s+(?:abrogé|supprimé))\s*,\s*(?:à\s+l['’]exception\s+(?:de\s+son|de\s+ses|du|des)|(?:sauf|hormis|excepté)\s+(?:son|ses|le|les))\s+(` + romanList + `)(\s*[.;]?\s*)$`)
	reRomanOne              = mustRe(`[IVXL]+(?:\s+` + latinOrd + `)?`)
)

// articleButParts reads an article repealed but for some of its
// paragraphs (reArticleButPartsBefore): rest is the article repealed,
// kept the paragraphs kept as written; ok false for any other body.
func articleButParts(body string) (rest, kept string, ok bool) {
	return keptBeforeOrAfter(body, reArticleButPartsBefore, reArticleButPartsAfter)
}

// exceptPartsOfArticle keeps the paragraphs named out of an article
// repealed (Scope.Except, read by deleteButParts when the edit is
// applied): the instruction must be that article's repeal, alone;
// otherwise it is refused — never the whole article repealed.
func exceptPartsOfArticle(in *Instruction, kept string) {
	if in.Status != Parsed || len(in.Edits) == 0 {
		return
	}
	e := &in.Edits[0]
	s := e.Scope
	if len(in.Edits) != 1 || e.Kind != EditDelete || s.Ref.Article == "" || len(s.Path) > 0 || s.RangeTo != "" ||
		s.Everywhere || s.Sentence != 0 || s.Where != "" || len(s.Except) > 0 || len(s.Division) > 0 {
		refuseTyped(in, errPartsKeptOutUnread)
		return
	}
	var keys []string
	for _, r := range reRomanOne.FindAllString(kept, -1) {
		keys = append(keys, partKept+itemKey(r))
	}
	e.Scope.Except = keys
}

// partKept marks a paragraph kept in Scope.Except ("§ii"): an article
// repealed but for it, never an article of a range kept (whose Except the
// range's articles carry as they are applied one by one).
const partKept = "§"

// errPartsKept is an article repealed but for some of its paragraphs
// whose text does not say what the rest is: no paragraph numbered from
// its first alinéa (text before its I), a paragraph kept it has not, a
// number twice, or every paragraph kept.
type errPartsKept struct{ why string }

func (e errPartsKept) Error() string {
	return "paragraphs kept out of an article repealed, not applied: " + e.why
}

// deleteButParts applies an article repealed but for some of its
// paragraphs (exceptPartsOfArticle): every other paragraph is repealed as
// "Les I et III de l'article L. 1 sont abrogés" repeals them ("I. –
// (Abrogé)"), the paragraphs kept stay as they are with their labels.
// Read only on an article divided into paragraphs from its first alinéa,
// each number once, each kept one there and one at least repealed;
// otherwise errPartsKept, the article as it was. handled is false for
// any other edit.
func deleteButParts(c Corpus, e Edit, opt ApplyOptions) (handled bool, err error) {
	s := e.Scope
	if e.Kind != EditDelete || len(s.Except) == 0 || len(s.Path) > 0 || s.RangeTo != "" || s.Everywhere || s.Ref.Article == "" {
		return false, nil
	}
	for _, k := range s.Except {
		if !strings.HasPrefix(k, partKept) {
			return false, nil
		}
	}
	a, ok := c[s.Ref]
	if !ok {
		return true, errMissing
	}
	if len(a.Alineas) == 0 {
		return true, errPartsKept{"the article is empty"}
	}
	if _, k := labelOf(a.Alineas[0]); k != 'r' {
		return true, errPartsKept{"the article does not open with a numbered paragraph: what becomes of its text before them is not said"}
	}
	var parts []string
	seen := map[string]bool{}
	for _, l := range a.Alineas {
		lab, k := labelOf(l)
		if k != 'r' {
			continue
		}
		if seen[itemKey(lab)] {
			return true, errPartsKept{"the article numbers two paragraphs " + strings.ToUpper(lab)}
		}
		seen[itemKey(lab)] = true
		parts = append(parts, lab)
	}
	for _, k := range s.Except {
		if k = strings.TrimPrefix(k, partKept); !seen[k] {
			return true, errPartsKept{"the article has no paragraph " + strings.ToUpper(k)}
		}
	}
	cp := a
	cp.Alineas = append([]string(nil), a.Alineas...)
	one := Corpus{s.Ref: cp}
	gone := 0
	for _, lab := range parts {
		if s.excepted(partKept + itemKey(lab)) {
			continue
		}
		d := e
		d.Scope = Scope{Ref: s.Ref, Path: []Division{{Item: lab, RomanCase: 'U'}}}
		if err := applyEdit(one, d, opt); err != nil {
			return true, err
		}
		gone++
	}
	if gone == 0 {
		return true, errPartsKept{"every paragraph is kept"}
	}
	c[s.Ref] = one[s.Ref]
	return true, nil
}
