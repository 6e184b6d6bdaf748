package law

import (
	"errors"
	"strings"
)

// A place named again by a demonstrative pronoun: "Au premier alinéa de
// l'article L. 1 et à celui de l'article L. 2", "À la première phrase du
// I et à celle du II", "Aux 1° et 2° du I et à ceux du II". The pronoun
// stands for the first place's noun — its rank and noun, or its item's
// label — with the complement the pronoun takes in place of the first
// place's own: "et au premier alinéa de l'article L. 2". It was dropped:
// the whole article L. 2 was edited.
//
// Read when the first place names its noun (an alinéa, a sentence, an
// item) right before one complement of the kind the pronoun's
// complement names (an article, an item, an alinéa); when the pronoun
// does not agree with that noun ("celle" for an alinéa), when the first
// place nests several complements before the one the pronoun's stands
// for ("À la deuxième phrase du premier alinéa de l'article L. 1 et à
// celle de l'article L. 2": that of the article, or of its first
// alinéa?), or when the kinds differ, it is refused (errPronounPlace22).

// errPronounPlace22 refuses a place named by "celui", "celle", "ceux"
// or "celles" whose antecedent is not told.
var errPronounPlace22 = errors.New("a place named by a pronoun (celui, celle, ceux, celles de …) whose antecedent the text does not tell")

// rePronounPlace22 is a second place named by a demonstrative pronoun
// after "et" or "ainsi qu'" (folded, lower case; groups: the
// preposition, the pronoun, the complement's start).
var rePronounPlace22 = mustRe(`(?:\s*,\s*|\s+)(?:et|ainsi\s+qu')\s*(?:(a|au|aux)\s+)?(celui|celle|ceux|celles)\s+(de\s+l'|de\s+la\s+|du\s+|des\s+|d')`)

// rePlaceHead22 is the first place's article or preposition.
var rePlaceHead22 = mustRe(`^\s*(?:(?:aux|au|a\s+la|les|le|la)\s+|(?:a\s+l'|l')\s*)`)

// reGenitive22 is a complement's start inside a place.
var reGenitive22 = mustRe(`\s(?:de\s+l'|de\s+la\s+|du\s+|des\s+|d')`)

const item22 = `(?:[ivxl]+|\d+°|[a-z])(?:\s+` + latinOrd + `)?`

var (
	reAlineaOne22   = mustRe(`^(?:` + ordWords + `)\s+alinea$`)
	reAlineaMany22  = mustRe(`^(?:` + ordWords + `)(?:\s*,\s*(?:` + ordWords + `))*\s+et\s+(?:` + ordWords + `)\s+alineas$`)
	rePhraseOne22   = mustRe(`^(?:` + ordWords + `)\s+phrase$`)
	rePhraseMany22  = mustRe(`^(?:` + ordWords + `)(?:\s*,\s*(?:` + ordWords + `))*\s+et\s+(?:` + ordWords + `)\s+phrases$`)
	reItemOne22     = mustRe(`^` + item22 + `$`)
	reItemMany22    = mustRe(`^` + item22 + `(?:\s*,\s*` + item22 + `)*\s+et\s+` + item22 + `$`)
	reComplArticle  = mustRe(`^(?:article|articles)\b`)
	reComplItem22   = mustRe(`^` + item22 + `(?:\s|,|$)`)
	reComplAlinea22 = mustRe(`^(?:` + ordWords + `)\s+alinea\b`)
)

// pronounPlace22 reads the place the pronoun of low names as the first
// place's noun with the pronoun's complement ("et au premier alinéa de
// l'article L. 2"); low and cased keep the same offsets. why is set when
// the antecedent is not told; ok when low named such a place.
func pronounPlace22(low, cased string) (string, string, error) {
	m := rePronounPlace22.FindStringSubmatchIndex(low)
	if m == nil {
		return low, cased, nil
	}
	first := low[:m[0]]
	h := rePlaceHead22.FindStringIndex(first)
	if h == nil {
		return low, cased, errPronounPlace22
	}
	g := reGenitive22.FindStringIndex(first[h[1]:])
	if g == nil {
		// "Au premier alinéa et à celui de l'article L. 2": the first
		// place's complement is not said.
		return low, cased, errPronounPlace22
	}
	anteStart, anteEnd := h[1], h[1]+g[0]
	ante := strings.TrimSpace(low[anteStart:anteEnd])
	firstCompl := strings.TrimSpace(first[h[1]+g[1]:])
	compl := low[m[7]:]
	// The kind the pronoun names.
	var kind string
	switch pron := low[m[4]:m[5]]; {
	case pron == "celui" && (reAlineaOne22.MatchString(ante) || reItemOne22.MatchString(ante)):
		kind = "au"
	case pron == "celle" && rePhraseOne22.MatchString(ante):
		kind = "a la"
	case pron == "ceux" && (reAlineaMany22.MatchString(ante) || reItemMany22.MatchString(ante)):
		kind = "aux"
	case pron == "celles" && rePhraseMany22.MatchString(ante):
		kind = "aux"
	default:
		return low, cased, errPronounPlace22
	}
	if m[2] < 0 {
		// A subject: "Le premier alinéa de l'article L. 1 et celui de
		// l'article L. 2".
		switch kind {
		case "au":
			kind = "le"
		case "a la":
			kind = "la"
		default:
			kind = "les"
		}
	}
	// The complement the pronoun takes stands for the first place's
	// first, alone: the same kind, and no other complement nested
	// between them.
	if k := complKind22(firstCompl); k == "" || k != complKind22(compl) || k != "article" && nestedBeforeArticle22(firstCompl) {
		return low, cased, errPronounPlace22
	}
	join := " et " + kind + " "
	nl := low[:m[0]] + join + low[anteStart:anteEnd] + " " + low[m[6]:]
	nc := cased[:m[0]] + join + cased[anteStart:anteEnd] + " " + cased[m[6]:]
	return nl, nc, nil
}

// complKind22 is the kind of place a complement names: an article, an
// item (by its label's kind), an alinéa; "" for another.
func complKind22(c string) string {
	c = strings.TrimSpace(c)
	switch {
	case reComplArticle.MatchString(c):
		return "article"
	case reComplAlinea22.MatchString(c):
		return "alinea"
	case reComplItem22.MatchString(c):
		return "item:" + itemKind(strings.Fields(strings.TrimRight(c, ","))[0])
	}
	return ""
}

// nestedBeforeArticle22 reports a complement that names another before
// its article (or the end): "1° du I de l'article L. 1", where the
// pronoun's "du II" may stand for the 1°'s or the I's.
func nestedBeforeArticle22(c string) bool {
	if i := reOfArticle22.FindStringIndex(c); i != nil {
		c = c[:i[0]]
	}
	return reGenitive22.MatchString(c)
}

// reOfArticle22 is the genitive naming the article.
var reOfArticle22 = mustRe(`\s(?:de\s+l'|des\s+)articles?\b`)

// The same place named twice by one instruction: "Aux premier et dernier
// alinéas de l'article L. 1, après le mot : « A », sont insérés les
// mots : « et C »" on an article of one alinéa (the first is the last),
// "Au I et au premier alinéa du I", "Aux articles L. 1 à L. 3 et L. 2",
// "Aux deuxième et troisième alinéas et au dernier alinéa" on three
// alinéas: the operation was applied twice there ("A et C et C"), or
// refused there alone after its first application (a replacement no
// longer finding its words). The text names one place as two: refused
// whole (errSamePlaceTwice22). Each place's edit is tried alone on the
// text before the instruction; two edits of one operation (the same
// kind and words) whose changes meet in one alinéa of one article name
// the same place. Places that only border (two sentences of one alinéa,
// two items) are apart.

// errSamePlaceTwice22 refuses an instruction naming one place twice.
var errSamePlaceTwice22 = errors.New("the same place named twice by one instruction (a list of places that overlap): the operation would be applied twice there")

// samePlaceTwice22 reports whether two edits of one operation of edits
// change the same part of one alinéa of an article of c, each tried
// alone on c as it is (its group as the bill article found it).
func samePlaceTwice22(c Corpus, edits []Edit, groups map[CodeRef]*groupState, opt ApplyOptions) error {
	type op struct {
		kind            EditKind
		old, nw, anchor string
		before          bool
		times           int
		where           string
	}
	type place struct {
		edit int
		ref  CodeRef
	}
	byOp := map[op][]place{}
	for j, e := range edits {
		switch e.Kind {
		case EditReplaceWords, EditDeleteWords, EditInsertWords, EditAppendWords:
		default:
			continue
		}
		if e.Scope.Everywhere || e.Scope.Ref.Article == "" || len(e.Occurrences) > 0 {
			continue
		}
		k := op{e.Kind, e.Old, e.New, e.Anchor, e.Before, e.Times, e.Scope.Where}
		if e.Scope.RangeTo == "" {
			byOp[k] = append(byOp[k], place{j, e.Scope.Ref})
			continue
		}
		for r := range c {
			if r.Code != e.Scope.Ref.Code {
				continue
			}
			if in, certain := rangePlace(r.Article, e.Scope.Ref.Article, e.Scope.RangeTo); in && certain && !e.Scope.excepted(ArticleKey(r.Article)) {
				byOp[k] = append(byOp[k], place{j, r})
			}
		}
	}
	for _, places := range byOp {
		if len(places) < 2 {
			continue
		}
		byRef := map[CodeRef][]int{}
		for _, p := range places {
			byRef[p.ref] = append(byRef[p.ref], p.edit)
		}
		for ref, js := range byRef {
			if len(js) < 2 {
				continue
			}
			a, ok := c[ref]
			if !ok {
				continue
			}
			type span struct{ line, from, to int }
			var spans [][]span
			for _, j := range js {
				one := edits[j]
				one.Scope.Ref, one.Scope.RangeTo = ref, ""
				trial := Corpus{ref: cloneArticle(a)}
				o := opt
				o.groups = nil
				if g := groups[ref]; g != nil && len(g.tags) == len(a.Alineas) {
					o.grp = cloneGroup(g)
				} else {
					o.grp = newGroup(a.Alineas)
				}
				if applyEditContained(trial, one, o, nil) != nil {
					continue
				}
				after := trial[ref].Alineas
				if len(after) != len(a.Alineas) {
					continue
				}
				var ss []span
				for i := range after {
					if after[i] != a.Alineas[i] {
						from, to := changedSpan22(a.Alineas[i], after[i])
						ss = append(ss, span{i, from, to})
					}
				}
				spans = append(spans, ss)
			}
			for x := range spans {
				for y := x + 1; y < len(spans); y++ {
					for _, s := range spans[x] {
						for _, u := range spans[y] {
							if s.line == u.line && (s.from < u.to && u.from < s.to || s.from == u.from) {
								return errSamePlaceTwice22
							}
						}
					}
				}
			}
		}
	}
	return nil
}

// changedSpan22 is the span of before that after changes: the bytes
// between their common prefix and their common suffix (empty for an
// insertion).
func changedSpan22(before, after string) (int, int) {
	p := 0
	for p < len(before) && p < len(after) && before[p] == after[p] {
		p++
	}
	s := 0
	for s < len(before)-p && s < len(after)-p && before[len(before)-1-s] == after[len(after)-1-s] {
		s++
	}
	return p, len(before) - s
}

// Subjects naming each its article: "Le premier alinéa de l'article L. 1
// et le second alinéa de l'article L. 2 sont supprimés", "Le 2° de
// l'article L. 1 et le 3° de l'article L. 2 sont abrogés" — read one by
// one, as "Le 4° de l'article L. 1 et l'article L. 2" is and as the
// locators "Au premier alinéa de l'article L. 1 et au second alinéa de
// l'article L. 2" are (they were refused: a second article named
// apart). The part after "et" must name its own article, and the part
// before too: "La dernière phrase du premier alinéa et le deuxième
// alinéa de l'article L. 1" is one article's, read as before.

// reAndPart22 is "et" then a part of an article as a subject, its
// genitive next (folded, lower case).
var reAndPart22 = mustRe(`\s+et\s+(?:(?:le|la|les)\s+(?:` + ordWords + `)(?:\s+et\s+(?:` + ordWords + `))?\s+(?:alinea|phrase)s?|(?:le|les)\s+` + item22 + `(?:\s+et\s+` + item22 + `)?)\s+(?:de|du|des)\s`)

// andArticleOrPart22 is where a second subject naming an article begins
// in low: reAndArticle's, else a part of an article both sides of which
// name their article; nil for none.
func andArticleOrPart22(low string) []int {
	if loc := reAndArticle.FindStringIndex(low); loc != nil {
		return loc
	}
	loc := reAndPart22.FindStringIndex(low)
	if loc == nil {
		loc = reAndCounted23.FindStringIndex(low)
	}
	if loc == nil || !strings.Contains(low[:loc[0]], "article") || !strings.Contains(low[loc[1]:], "article") {
		return nil
	}
	if !strings.HasPrefix(low[loc[0]:], " et ") {
		return nil
	}
	return loc
}

// refused22 is the refusal of a whole instruction before it is applied:
// a range of items refused (rangeRefused), a range of articles
// reversed, the same place named twice.
func refused22(c Corpus, edits []Edit, groups map[CodeRef]*groupState, opt ApplyOptions) error {
	if err := rangeRefused(c, edits); err != nil {
		return err
	}
	if err := adverbRangeEnd30(c, edits); err != nil {
		return err
	}
	if err := rangeReversed22(edits); err != nil {
		return err
	}
	if err := apartPartMissing24(c, edits); err != nil {
		return err
	}
	return samePlaceTwice22(c, edits, groups, opt)
}

// errRangeReversed22 refuses a range of articles whose last is numbered
// before its first: "Aux articles L. 3 à L. 1" held no article and was
// reported as an article the corpus lacks (no refusal).
var errRangeReversed22 = errors.New("a range of articles whose last is numbered before its first")

// rangeReversed22 reports a range of articles of edits numbered
// backwards.
func rangeReversed22(edits []Edit) error {
	for _, e := range edits {
		if e.Scope.RangeTo == "" {
			continue
		}
		f, ok1 := articleNumbers(e.Scope.Ref.Article)
		t, ok2 := articleNumbers(e.Scope.RangeTo)
		if !ok1 || !ok2 || f.letters != t.letters {
			continue
		}
		if c, certain := compareArticles(f, t); certain && c > 0 {
			return errRangeReversed22
		}
	}
	return nil
}
