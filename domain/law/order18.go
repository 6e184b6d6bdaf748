package law

import (
	"fmt"
	"strings"
)

// betweenOther is the second of two neighbours a place names ("Entre le
// chapitre II et le chapitre III, …", "Entre les articles L. 4 et L. 5,
// …"): the new text goes after the first, and the two must stand next to
// each other in the text as it stands (betweenAdjacent). division is the
// second division's slug ("chapitre-iii"), article its article key.
type betweenOther struct {
	division, article string
}

// Number of an article or a division as the places write it: "L. 4",
// "L. 4-1", "4 bis", "L.O. 12", "II", "2", "Ier", "1 A".
const betweenNum = `(?:(?:L\.\s*O\.|L\.\s*|R\.\s*|D\.\s*|A\.\s*|LO\s+)?[0-9IVXLC][0-9A-Za-z]*(?:-[0-9]+)*(?:\s+(?:bis|ter|quater|[a-z]+ies|[A-H]))?)`

// reBetweenDivisions is "Entre le chapitre II et le chapitre III (du
// titre Ier …), il est inséré …": two divisions of one kind, whatever
// follows the second naming the parent of both.
var reBetweenDivisions = mustRe(`^[Ee]ntre\s+(?:le|la)\s+(livre|titre|chapitre|section|sous-section)\s+(` + betweenNum + `)\s+et\s+(?:le|la)\s+(livre|titre|chapitre|section|sous-section)\s+(` + betweenNum + `)((?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+[^,]+?)?)\s*,\s*((?:il\s+est|sont|est)\s+(?:insér|ajout|rétabli|créé).*)$`)

// reBetweenArticles is "Entre les articles L. 4 et L. 5 (du code
// civil), il est inséré …" ("Entre l'article L. 4 et l'article L. 5").
var reBetweenArticles = mustRe(`^[Ee]ntre\s+(?:les\s+articles|l['’]article)\s+(` + betweenNum + `)\s+et\s+(?:l['’]article\s+)?(` + betweenNum + `)((?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+[^,]+?)?)\s*,\s*((?:il\s+est|sont|est)\s+(?:insér|ajout|rétabli|créé).*)$`)

// betweenTwo reads a place between two articles, or two divisions of
// one kind, as the place after the first ("Entre le chapitre II et le
// chapitre III du titre Ier, il est inséré un chapitre II bis …" →
// "Après le chapitre II du titre Ier, il est inséré …"), with the second
// kept for betweenAdjacent. ok false for any other text (two of other
// kinds, items and alinéas: read or refused as before).
func betweenTwo(body string) (rest string, b betweenOther, ok bool) {
	if m := reBetweenDivisions.FindStringSubmatch(body); m != nil {
		if m[1] != m[3] {
			return body, b, false
		}
		slugs := divisionSlugs(asciiLower(foldAccents("le " + m[3] + " " + m[4])))
		if len(slugs) != 1 {
			return body, b, false
		}
		art := "le "
		if m[1] == "section" || m[1] == "sous-section" {
			art = "la "
		}
		return "Après " + art + m[1] + " " + m[2] + m[5] + ", " + m[6], betweenOther{division: slugs[0]}, true
	}
	if m := reBetweenArticles.FindStringSubmatch(body); m != nil {
		return "Après l'article " + m[1] + m[3] + ", " + m[4], betweenOther{article: ArticleKey(m[2])}, true
	}
	return body, b, false
}

// betweenMark gives the new articles of in the second neighbour b of
// their place; an instruction read otherwise (no new articles, or not
// after an article or beside a division as the place said) is refused —
// the place between two would be lost.
func betweenMark(in *Instruction, b betweenOther) {
	if in.Status != Parsed {
		return
	}
	n := 0
	for i := range in.Edits {
		e := &in.Edits[i]
		if e.Kind != EditCreateArticles {
			continue
		}
		switch {
		case b.article != "" && e.Scope.Ref.Article != "" && e.Scope.RangeTo == "" && !e.Before:
		case b.division != "" && e.NewDivision && e.End == 1 && e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0:
		default:
			continue
		}
		e.between = &b
		n++
	}
	if n != 1 || len(in.Edits) != 1 {
		refuseTyped(in, errPlaceBetweenUnread)
	}
}

// errNotAdjacent refuses new text placed between two articles (two
// divisions) that do not stand next to each other in the text as it
// stands: one is missing, another stands between them, or the second
// comes first (or their order is no convention held). The law's place
// is not the text's (it went after the first).
type errNotAdjacent struct {
	first, second, why string
}

func (e errNotAdjacent) Error() string {
	return fmt.Sprintf("a place between %s and %s, which do not follow each other: %s", e.first, e.second, e.why)
}

// betweenAdjacent is errNotAdjacent for e on the corpus as the text
// applied so far left it; nil when e names no second neighbour or the
// two follow each other.
func betweenAdjacent(c Corpus, e Edit) error {
	b := e.between
	if b == nil {
		return nil
	}
	code := e.Scope.Ref.Code
	if b.article != "" {
		first, second := e.Scope.Ref, CodeRef{Code: code, Article: b.article}
		for _, r := range []CodeRef{first, second} {
			if a, ok := c[r]; !ok || !inForce(a) {
				return errNotAdjacent{first.Article, second.Article, "article " + r.Article + " is not in force"}
			}
		}
		x, ok1 := articleNumbers(first.Article)
		y, ok2 := articleNumbers(second.Article)
		if !ok1 || !ok2 || !sameNumbering(x.letters, y.letters) {
			return errNotAdjacent{first.Article, second.Article, "their numbers are not of one sequence"}
		}
		if cm, _ := compareArticles(x, y); cm >= 0 || !latinBesideDashCertain(x, y) {
			return errNotAdjacent{first.Article, second.Article, "the first does not come before the second"}
		}
		for k, a := range c {
			if k.Code != code || k == first || k == second || !inForce(a) {
				continue
			}
			z, ok := articleNumbers(k.Article)
			if !ok || !sameNumbering(z.letters, x.letters) {
				continue
			}
			if !latinBesideDashCertain(x, z) || !latinBesideDashCertain(z, y) {
				return errNotAdjacent{first.Article, second.Article, "the place of article " + k.Article + " beside them is not said"}
			}
			c1, _ := compareArticles(x, z)
			c2, _ := compareArticles(z, y)
			if c1 < 0 && c2 < 0 {
				return errNotAdjacent{first.Article, second.Article, "article " + k.Article + " stands between them"}
			}
		}
		return nil
	}
	named := e.Scope.Division
	last := named[len(named)-1]
	parent := named[:len(named)-1]
	second := append(append([]string(nil), parent...), b.division)
	for _, d := range [][]string{named, second} {
		held := false
		for _, r := range inDivision(c, code, d) {
			if inForce(c[r]) {
				held = true
				break
			}
		}
		if !held {
			return errNotAdjacent{last, b.division, strings.Join(d, "/") + " holds no article in force"}
		}
	}
	if before, ok := divisionBefore(last, b.division); !ok || !before {
		return errNotAdjacent{last, b.division, "the first does not come before the second"}
	}
	for k, a := range c {
		if k.Code != code || !inForce(a) {
			continue
		}
		s, found := siblingOf(a.Division, parent, last)
		if !found || divisionKind(s) != divisionKind(last) || firstAsOne(s) == firstAsOne(last) || firstAsOne(s) == firstAsOne(b.division) {
			continue
		}
		x, ok1 := divisionBefore(last, s)
		y, ok2 := divisionBefore(s, b.division)
		if !ok1 || !ok2 {
			return errNotAdjacent{last, b.division, "the place of " + s + " beside them is not said"}
		}
		if x && y {
			return errNotAdjacent{last, b.division, s + " stands between them"}
		}
	}
	return nil
}

// errOrderBesideNotCertain refuses a new article placed right after
// (before) an article whose order beside its number is no convention
// the engine holds: "Après l'article L. 4-1, il est inséré un article
// L. 4 bis" (or "Après l'article L. 4 bis, … L. 4-1"; "L. 4 A" beside
// "L. 4-1") — whether "4 bis" comes before or after "4-1" the codes
// that hold both do not say, so whether the number fits the place is
// not said (latinBesideDashCertain). It was refused as if "4 bis" came
// before "4-1" (or read).
type errOrderBesideNotCertain struct {
	created, anchor string
	before          bool
}

func (e errOrderBesideNotCertain) Error() string {
	side := "after"
	if e.before {
		side = "before"
	}
	return fmt.Sprintf("new article %s inserted %s article %s, their order being no convention held: whether the number fits the place is not said", e.created, side, e.anchor)
}

// errRestoredInForce refuses an article re-established ("Il est rétabli
// un article L. 5 ainsi rédigé : …") where the text as it stands holds
// an L. 5 in force, not repealed earlier in this text, which a later
// instruction of the same bill article renumbers ("Les articles L. 5 à
// L. 8 deviennent les articles L. 6 à L. 9"): "rétabli" says the number
// was free, the renumbering that the article under it is in force — the
// two disagree, and which the law means is not said (the new L. 5
// overwrote the one in force, then became L. 6; the old text was lost).
// Re-established alone over a text the corpus holds, it is read (the
// codes may keep a repealed article's last text).
type errRestoredInForce struct {
	article, renumbered string
}

func (e errRestoredInForce) Error() string {
	return fmt.Sprintf("article %s re-established where one in force stands, which a later instruction renumbers %s: whether the number was free is not said", e.article, e.renumbered)
}

// restoredThenRenumbered is errRestoredInForce for e, the edits of
// ins[i], on the corpus c as the text applied so far left it.
func restoredThenRenumbered(c Corpus, ins []Instruction, i int, e Edit) error {
	if e.Kind != EditCreateArticles || e.Fresh || e.ReplaceDivision || !strings.Contains(asciiLower(foldAccents(ins[i].Text)), "retabli") {
		// Only "rétabli": an article (a division) rewritten, "est
		// ainsi rédigé", says nothing of a free number.
		return nil
	}
	for _, a := range e.NewArticles {
		old, ok := c[a.Ref]
		if !ok || !inForce(old) {
			continue
		}
		for k := i + 1; k < len(ins); k++ {
			if ins[k].Article != ins[i].Article || ins[k].Status != Parsed {
				continue
			}
			for _, w := range ins[k].Edits {
				if w.Kind == EditRenumber && w.Scope.Ref == a.Ref && w.To.Article != "" {
					return errRestoredInForce{article: a.Ref.Article, renumbered: "as " + w.To.Article}
				}
			}
		}
	}
	return nil
}

// reBesideDivisionClause is a second clause placing new text beside a
// division, "… et, après le chapitre II, il est inséré un chapitre III
// …" after "Le chapitre III devient le chapitre IV": the division named
// is in the one that holds the first clause's, as a second clause
// naming a division is (it was refused: no article named).
var reBesideDivisionClause = mustRe(`^(?:apres|avant)\s+(?:le|la)\s+(?:livre|titre|chapitre|section|sous-section)\b`)

// renumberedThenBeside is sc, the first clause's place, for a first
// clause renumbering one division in its parent ("Le chapitre III
// devient le chapitre IV") and a second placing new text beside a
// division ("et, après le chapitre II, il est inséré un chapitre III
// …"): the division renumbered, so that the second is read in its
// parent (it was refused: several places). Any other sc unchanged.
func renumberedThenBeside(first []Edit, sc Scope, tl string) Scope {
	if len(first) != 1 || first[0].Kind != EditRenumberDivision || len(first[0].Moves) != 1 || len(sc.Division) > 0 || sc.Ref.Article != "" || !reBesideDivisionClause.MatchString(strings.TrimSpace(tl)) {
		return sc
	}
	from := first[0].Moves[0].From
	if named := divisionSlugs(strings.SplitN(tl, ",", 2)[0]); len(named) != 1 || len(from) < 2 || firstAsOne(named[0]) == firstAsOne(from[len(from)-1]) {
		// "Le chapitre II devient le chapitre IV et, après le chapitre
		// II, …": the number the first emptied — the division before
		// its renumbering or another is not said (refused, as a later
		// instruction naming it is).
		return sc
	}
	{
		sc.Division = append([]string(nil), from...)
	}
	return sc
}
