package law

import (
	"errors"
	"strconv"
	"strings"
)

// reJointBecome24 is a division and articles renumbered by one verb,
// their new numbers in the same order after it: "La section 2 du
// chapitre II … et les articles L. 5 à L. 7 deviennent la section 3 et
// les articles L. 6 à L. 8" (groups: the subjects, the new numbers, the
// end).
var reJointBecome24 = mustRe(`^([^«:;]+?)\s+deviennent\s+(?:respectivement\s+)?([^«:;]+?)\s*([.;]?)$`)

// reJointSplit24 is where the second subject (or new number) of such a
// clause begins: " et " before an article or a division of a code
// (group 1 the noun phrase's start).
var reJointSplit24 = mustRe(`\s+et\s+((?:l['’]|les\s+|le\s+|la\s+)(?:articles?|` + divKinds + `s?)\b)`)

// reJointHead24 is a noun phrase's start, its kind: an article
// (group 1) or a division (group 2), and whether it is plural (group 3
// "les").
var reJointHead24 = mustRe(`^(?:l['’]|(les)\s+|le\s+|la\s+)(?:(articles?)|(` + divKinds + `)s?)\b`)

// jointKind24 is the kind of a noun phrase ("article", "section" …) and
// whether it is plural; "" when it is neither an article nor a division.
func jointKind24(np string) (string, bool) {
	m := reJointHead24.FindStringSubmatch(strings.ToLower(np))
	switch {
	case m == nil:
		return "", false
	case m[2] != "":
		return "article", m[1] != ""
	}
	return m[3], m[1] != ""
}

// becomesVerb24 is "devient" for one subject, "deviennent" for several.
func becomesVerb24(plural bool) string {
	if plural {
		return " deviennent "
	}
	return " devient "
}

// jointBecome24 reads a division and articles renumbered by one verb
// ("La section 2 du chapitre II … et les articles L. 5 à L. 7 deviennent
// la section 3 et les articles L. 6 à L. 8"; the articles first, "Les
// articles L. 5 à L. 7 et la section 2 … deviennent …", too) as two
// clauses, each with its own verb ("La section 2 … devient la section 3
// et les articles L. 5 à L. 7 deviennent les articles L. 6 à L. 8"),
// read already: the division moved, then the articles renumbered in it.
// It was recorded only, nothing moved nor renumbered, silently. Only two
// subjects, one a division and the other articles, and their new
// numbers of the same kinds in the same order; anything else is left as
// it is.
func jointBecome24(body string) string {
	b := strings.TrimSpace(body)
	m := reJointBecome24.FindStringSubmatch(b)
	if m == nil {
		return body
	}
	split := func(s string) (string, string, bool) {
		at := reJointSplit24.FindAllStringSubmatchIndex(s, -1)
		if len(at) != 1 {
			return "", "", false
		}
		return s[:at[0][0]], s[at[0][2]:], true
	}
	a1, a2, ok1 := split(m[1])
	b1, b2, ok2 := split(m[2])
	if !ok1 || !ok2 {
		return body
	}
	k1, p1 := jointKind24(a1)
	k2, p2 := jointKind24(a2)
	n1, _ := jointKind24(b1)
	n2, _ := jointKind24(b2)
	if k1 == "" || k2 == "" || k1 == k2 || k1 != n1 || k2 != n2 || (k1 != "article") == (k2 != "article") {
		return body
	}
	return a1 + becomesVerb24(p1) + b1 + " et " + a2 + becomesVerb24(p2) + b2 + m[3]
}

// emptyDivisionPlace24 is the folders of a division rewritten whole or
// re-established (Edit.ReplaceDivision) that holds no article of the
// corpus — repealed earlier in the bill ("La section 2 … est abrogée",
// then "La section 2 … est ainsi rétablie :"), or emptied before —
// as its parent's folders name it, its own level after them: the new
// articles were filed in no division, and a later instruction naming
// it left them out. Only a division named with its parent ("la section 2
// du chapitre II …"), that parent one of the corpus (not named twice,
// at the code's top when named alone), above it; nil otherwise, as
// before.
func emptyDivisionPlace24(c Corpus, e Edit) []string {
	div, code := e.Scope.Division, e.Scope.Ref.Code
	n := len(div)
	if !e.ReplaceDivision || e.Scope.Ref.Article != "" || n < 2 || divisionRank(div[n-1]) < 0 {
		return nil
	}
	parent := div[:n-1]
	if divisionNamed(c, code, parent) != nil {
		return nil
	}
	refs := inDivision(c, code, parent)
	if len(refs) == 0 {
		return nil
	}
	first := refs[0]
	for _, r := range refs {
		if r.Article < first.Article {
			first = r
		}
	}
	d := c[first].Division
	i := divisionAt(d, parent)
	if i < 0 {
		return nil
	}
	full := d[:i+len(parent)]
	if divisionRank(full[len(full)-1]) < 0 || divisionRank(full[len(full)-1]) >= divisionRank(div[n-1]) {
		return nil
	}
	return append(append([]string(nil), full...), div[n-1])
}

// errArticleAndDivisionDropped24 refuses an instruction whose subjects
// join articles and a division of a code ("L'article L. 1 et la section
// 2 du chapitre II … sont abrogés") where only the articles were read:
// the division was dropped, silently (its articles left in force).
var errArticleAndDivisionDropped24 = errors.New("articles and a division joined as subjects, the division not read")

// reArticleAndDivision24 is such subjects, folded, before the verb:
// an article, then a division after "et" or "ainsi que" (group 1), or a
// division, then an article (group 2). "Paragraphe" is left out: in an
// article it names a roman part.
var reArticleAndDivision24 = mustRe(`\barticles?\b[^«:;]*?\b(?:et|ainsi\s+que)\s+(?:le|la|les)\s+(?:livres?|titres?|chapitres?|sections?|sous-sections?)\s+(?:[ivxlc]+er|[ivxlc]+|\d+|premier|unique|preliminaire)\b|\b(?:livres?|titres?|chapitres?|sections?|sous-sections?)\s+(?:[ivxlc]+er|[ivxlc]+|\d+|premier|unique|preliminaire)\b[^«:;]*?\b(?:et|ainsi\s+que)\s+(?:l'|les\s+)articles?\b`)

// reFirstVerb24 is the first verb of an instruction, folded: its
// subjects end there.
var reFirstVerb24 = mustRe(`\s(?:est|sont|devient|deviennent)\s`)

// articleAndDivisionDropped24 is errArticleAndDivisionDropped24 for the
// instruction in: subjects joining articles and a division, and no edit
// of a division among its edits.
func articleAndDivisionDropped24(in Instruction) error {
	low := foldedWordsBeforeQuote(in.Text)
	if m := reFirstVerb24.FindStringIndex(low); m != nil {
		low = low[:m[0]]
	} else {
		return nil
	}
	if !reArticleAndDivision24.MatchString(low) {
		return nil
	}
	for _, e := range in.Edits {
		if e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0 || len(e.Moves) > 0 || len(e.Dissolved) > 0 {
			return nil
		}
	}
	return errArticleAndDivisionDropped24
}

// errRangeSkipsDivision24 refuses a range of divisions ("Les sections 2
// à 4 … sont abrogées", "… deviennent les sections 3 à 5") where the
// corpus holds a division between its ends that the range spelled out
// one number by one does not name (a section 2 bis, a section 3 A): the
// range holds it, as a range of articles holds L. 2-1 — it was left
// out (kept in force, or not renumbered), and whether it goes with the
// others, and under which number, is not said.
type errRangeSkipsDivision24 struct{ division string }

func (e errRangeSkipsDivision24) Error() string {
	return "a range of divisions over " + e.division + ", which its numbers spelled out do not name: whether it goes with them is not said"
}

// reDivisionRange24 is a range of divisions of one kind named by arabic
// numbers, folded: "sections 2 a 4" (groups: the kind, the ends).
var reDivisionRange24 = mustRe(`\b(sous-sections|sections|chapitres|titres|paragraphes|livres|sous-paragraphes)\s+(\d+)\s+a\s+(\d+)\b`)

// reDivisionNumber24 is a division's folder by its number: the kind,
// the arabic number, the rest ("section-2-bis": section, 2, bis).
var reDivisionNumber24 = mustRe(`^(sous-paragraphe|sous-section|paragraphe|section|chapitre|titre|livre)-(\d+)(?:-(.+))?$`)

// inRange24 says the folder slug is a division of kind between from and
// to that the range spelled out does not name: "section-2-bis" in
// sections 2 to 4 (after the 2), "section-3-a" (before the 3).
func inRange24(slug, kind string, from, to int) bool {
	m := reDivisionNumber24.FindStringSubmatch(slug)
	if m == nil || m[1] != kind || m[3] == "" {
		return false
	}
	k, err := strconv.Atoi(m[2])
	if err != nil {
		return false
	}
	if len(m[3]) == 1 && m[3] >= "a" && m[3] <= "h" {
		return k > from && k <= to // "3 A" comes before the 3
	}
	return k >= from && k < to
}

// divisionRange24 is one range of divisions of an instruction: the
// kind (singular) and its ends.
type divisionRange24 struct {
	kind     string
	from, to int
}

// divisionRanges24 is the ranges of divisions the instruction in names
// before its first quotation (folded), read once for all its edits.
func divisionRanges24(in Instruction) []divisionRange24 {
	low := foldedWordsBeforeQuote(in.Text)
	var out []divisionRange24
	for _, rm := range reDivisionRange24.FindAllStringSubmatch(low, -1) {
		from, err1 := strconv.Atoi(rm[2])
		to, err2 := strconv.Atoi(rm[3])
		if err1 != nil || err2 != nil || to <= from {
			continue
		}
		out = append(out, divisionRange24{kind: strings.TrimSuffix(rm[1], "s"), from: from, to: to})
	}
	return out
}

// rangeSkipsDivision24 is errRangeSkipsDivision24 for e, an edit of an
// instruction naming the ranges, on the corpus c as the text applied so
// far left it: the division e names (or renumbers) is one of the
// range's, and an article of the corpus sits, beside it under the same
// parent, in a division between the range's ends that the range does
// not name.
func rangeSkipsDivision24(c Corpus, ranges []divisionRange24, e Edit) error {
	if len(ranges) == 0 {
		return nil
	}
	var named [][]string
	if e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0 {
		named = append(named, e.Scope.Division)
	}
	for _, m := range e.Moves {
		named = append(named, m.From, m.To)
	}
	for _, r := range ranges {
		for _, d := range named {
			n := len(d)
			if n == 0 || divisionKind(d[n-1]) != r.kind {
				continue
			}
			parent := d[:n-1]
			for _, a := range c {
				if a.Ref.Code != e.Scope.Ref.Code {
					continue
				}
				i := 0
				if len(parent) > 0 {
					i = divisionAt(a.Division, parent)
					if i < 0 {
						continue
					}
					i += len(parent)
				} else if i = topIndex(a.Division); i < 0 {
					continue
				}
				if i < len(a.Division) && inRange24(a.Division[i], r.kind, r.from, r.to) {
					return errRangeSkipsDivision24{division: strings.Join(append(append([]string(nil), parent...), a.Division[i]), "/")}
				}
			}
		}
	}
	return nil
}

// divisions24 is this file's refusals for one instruction, read once
// from its text: the subjects dropped, the ranges of divisions.
type divisions24 struct {
	dropped error
	ranges  []divisionRange24
}

// newDivisions24 reads the instruction in once for all its edits.
func newDivisions24(in Instruction) divisions24 {
	return divisions24{dropped: articleAndDivisionDropped24(in), ranges: divisionRanges24(in)}
}

// refused is the refusals of this file for e, an edit of the
// instruction, on the corpus c as the text applied so far left it.
func (d divisions24) refused(c Corpus, e Edit) error {
	if d.dropped != nil {
		return d.dropped
	}
	return rangeSkipsDivision24(c, d.ranges, e)
}
