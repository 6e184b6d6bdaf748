package law

import (
	"sort"
	"strconv"
	"strings"
)

// becomesThen reads an article or an item renumbered and then edited
// under its new number, the new number in a relative clause — "L'article
// L. 2, qui devient l'article L. 5, est ainsi modifié :", "Les articles
// L. 2 et L. 3, qui deviennent respectivement les articles L. 5 et L. 6,
// sont …", "Le 3°, qui devient le 4°, est complété par …" — as "… devient
// l'article L. 5 et est …", and a verb after "et" with no subject of its
// own, "Le 3° devient le 4° et est complété par …", as "… et le 4° est
// complété par …" (they were refused: a renumbering into a division). The
// two numbers of one kind, articles or labels alone (alinéas, counted on
// which text, are left as they are); an item rewritten under its new
// label is relabelledRewrite's, "ainsi modifié" and "ainsi rédigé" after
// "et" renumberedContext's and renumberedRewrite's.
func becomesThen(body string) string {
	body = becomesAt(relabelInLocator(body))
	body = becomesSame(body)
	if m := reWhichBecomes2.FindStringSubmatch(body); m != nil && !strings.Contains(m[1], "devien") && sameNumberKind(m[1], m[4]) {
		if strings.Contains(m[4], "article") || !reRewrittenVerb.MatchString(m[5]) {
			body = m[1] + " " + m[2] + " " + m[3] + m[4] + " et " + m[5]
		}
	}
	m := reBecomesAnd.FindStringSubmatch(body)
	if m == nil || strings.Contains(m[1], "devien") || !sameNumberKind(m[1], m[4]) || reRenumberedModified.MatchString(body) || reRenumberedRewritten.MatchString(body) {
		return body
	}
	return m[1] + " " + m[2] + " " + m[3] + m[4] + " et " + lowerFirst(m[4]) + " " + m[5]
}

// becomesAt reads a place renumbered in the locator of the edit made
// there, "Au 3°, qui devient le 4°, le mot : « A » est remplacé …", "À
// l'article L. 2, qui devient l'article L. 5, …", "Aux 3° et 4°, qui
// deviennent respectivement les 4° et 5°, …", as "Le 3° devient le 4°
// et, au 4°, …" (they were refused: a renumbering into a division). The
// place is a label alone or articles, the new number of its kind; an
// item named inside another ("Au 3° du I, qui devient …") or an alinéa
// is left as it is (refused).
func becomesAt(body string) string {
	m := reWhichBecomesAt.FindStringSubmatch(body)
	if m == nil {
		m = reWhichBecomeListAt.FindStringSubmatch(body)
	}
	if m == nil || strings.Contains(m[2], "devien") {
		return body
	}
	prep, from, to := m[1], m[2], m[5]
	if prep == "Aux" && m[4] != "" {
		if in, outer, ok := nestedRelabelledList(from, to); ok {
			// "Aux 3° et 4° du I, qui deviennent respectivement les 4°
			// et 5°, …": each item of the I relabelled, then the edit in
			// the new ones, as one item is (it was refused).
			return "Les " + in + " " + outer + " " + m[3] + " respectivement " + to + " et, aux " + strings.TrimPrefix(to, "les ") + ", " + m[6]
		}
	}
	if prep == "Au" && m[4] == "" {
		if in, outer, ok := nestedRelabelled(from, to); ok {
			// "Au 3° du I, qui devient le 4°, …": the 3° of the I
			// relabelled, then the edit in the 4° (the second clause is
			// read in the division that holds the first's item).
			return "Le " + in + " " + outer + " " + m[3] + " " + to + " et, au " + strings.TrimPrefix(to, "le ") + ", " + m[6]
		}
	}
	subj := ""
	switch {
	case (prep == "À" || prep == "A") && (strings.HasPrefix(from, "l'article ") || strings.HasPrefix(from, "les articles ")):
		subj = upperFirst(from)
	case prep == "Au" && reBareLabelDesignation.MatchString("le "+from):
		subj = "Le " + from
	case prep == "Aux" && reBareLabelDesignation.MatchString("les "+from):
		subj = "Les " + from
	default:
		return body
	}
	if !sameNumberKind(subj, to) {
		return body
	}
	place := ""
	switch {
	case strings.HasPrefix(to, "l'article "):
		place = "à " + to
	case strings.HasPrefix(to, "les "):
		place = "aux " + strings.TrimPrefix(to, "les ")
	case strings.HasPrefix(to, "le "):
		place = "au " + strings.TrimPrefix(to, "le ")
	default:
		return body
	}
	return subj + " " + m[3] + " " + m[4] + to + " et, " + place + ", " + m[6]
}

// becomesSame reads the place a renumbering's second clause names by
// "même" and the new number, "Le 3° devient le 4° et, au même 4°, …", "Le
// II devient le III et, au premier alinéa du même III, …", "L'article L.
// 2 devient l'article L. 5 et, au premier alinéa du même article, …", as
// that number written plainly, "… et, au 4°, …", "… du III, …", "… de
// l'article L. 5, …" (they were refused: no 4° before it — the first
// clause names the 3° —, and the article's words were sought in the L. 2
// it left). One item's label, or one article, and "même" the new number
// (or "même article" after an article); another label after "même" is
// left as it is (refused).
func becomesSame(body string) string {
	m := reBecomesSame.FindStringSubmatch(body)
	if m == nil || strings.Contains(m[1], "devien") || strings.Contains(m[4], "devien") {
		return body
	}
	subj, to, same := m[1], m[2], m[5]
	switch {
	case reBareLabelDesignation.MatchString(to) && !strings.HasPrefix(to, "les ") && reBareLabelDesignation.MatchString(lowerFirst(ownLabel(subj))):
		if same != strings.TrimPrefix(strings.TrimPrefix(to, "le "), "la ") {
			return body
		}
		return m[1] + " devient " + to + " et, " + m[3] + same + ", " + m[6]
	case strings.HasPrefix(to, "l'article ") && same == "article" && reArticleNumbers.MatchString(numberHyphens.Replace(to)) && !strings.Contains(to, " et ") && !strings.Contains(to, " à ") &&
		strings.HasPrefix(asciiLower(subj), "l'article ") && sameNumberKind(subj, to):
		lead := m[3]
		switch {
		case strings.HasSuffix(lead, "du "):
			lead = strings.TrimSuffix(lead, "du ") + "de "
		case lead == "au ":
			lead = "à "
		default:
			return body
		}
		return m[1] + " devient " + to + " et, " + lead + to + ", " + m[6]
	}
	return body
}

// ownLabel is a designation's own label, before the place it is in: "Le
// 3° du I de l'article L. 1" → "Le 3°".
func ownLabel(s string) string {
	if i := strings.Index(s, " du "); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " de "); i >= 0 {
		s = s[:i]
	}
	return s
}

// reBecomesSame is "<S> devient <T> et, <lead>même <N>, <the rest>"
// (groups: S, T, lead, unused, N, the rest).
var reBecomesSame = mustRe(`^((?:[Ll]'article|[Ll]es?|[Ll]a)\s+[^,«"]+?)\s+devient\s+((?:l'article|le|la)\s+[^,«"]+?)\s+et\s*,\s*((?:(?:au|à\s+la|à\s+l')\s+[^,«"]*?\s+)?(?:du|au)\s+)()même\s+([^,«"]+?)\s*,\s*(.+)$`)

// relabelInLocator reads an item relabelled in a relative clause after
// a locator naming the division that holds it, "Au I, au 4°, qui devient
// le 5°, …", "Au I, le 4°, qui devient le 5°, est …", "À l'article L. 1,
// le 2°, qui devient le 3°, …", as the item named inside it, "Au 4° du I,
// qui devient le 5°, …", "Le 4° du I, qui devient …" (they were refused:
// a renumbering into a division). One label in the locator, or one
// article; the new label is then checked as in nestedRelabelled.
func relabelInLocator(body string) string {
	m := reRelabelInLocator.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	outer := "du " + m[2]
	if m[1] != "Au" {
		outer = "de " + m[2]
	}
	if _, _, ok := nestedRelabelled(m[4]+" "+outer, m[5]); !ok {
		return body
	}
	lead := "Au "
	if strings.ToLower(m[3]) == "le" {
		lead = "Le "
	}
	return lead + m[4] + " " + outer + ", qui devient " + m[5] + m[6]
}

// reRelabelInLocator is "<Au L | À l'article A>, <au | le> <label>, qui
// devient le <label>…" (groups: the preposition, the locator's label or
// article, au or le, the item's label, the new label, the rest from the
// comma after it).
var reRelabelInLocator = mustRe(`^(Au|À|A)\s+(` + bareLabel + `(?:\s+du\s+` + bareLabel + `)*(?:\s+de\s+l'article\s+[^,«"]+?)?|l'article\s+[^,«"]+?)\s*,\s*(au|le)\s+(` + bareLabel + `)\s*,\s*qui\s+devient\s+(le\s+` + bareLabel + `)(\s*,.*)$`)

// nestedRelabelled reads the place of "Au 3° du I, qui devient le 4°, …",
// "Au a du 1° de l'article L. 1, qui devient le b, …": one item's label
// (in) named inside the divisions outer ("du I", "du 1° du II", "de
// l'article L. 1"), the new label (to, "le 4°") of the item's kind and of
// no kind outer names — else the relative clause may relabel the
// division that holds it ("Au a du 1°, qui devient le 2°": the 1°?), and
// ok is false (left to be refused).
func nestedRelabelled(from, to string) (in, outer string, ok bool) {
	m := reNestedPlace.FindStringSubmatch(from)
	if m == nil || !strings.HasPrefix(to, "le ") {
		return "", "", false
	}
	in, outer = m[1], m[2]
	newLabel := strings.TrimPrefix(to, "le ")
	if !reBareLabelDesignation.MatchString(to) || casedKind(itemName(newLabel)) != casedKind(itemName(in)) {
		return "", "", false
	}
	for _, l := range reOuterLabel.FindAllStringSubmatch(outer, -1) {
		if casedKind(itemName(l[1])) == casedKind(itemName(newLabel)) {
			return "", "", false
		}
	}
	return in, outer, true
}

// nestedRelabelledList reads the place of "Aux 3° et 4° du I, qui
// deviennent respectivement les 4° et 5°, …": items' labels (in, "3° et
// 4°", or "2°, 3° et 4°") named inside the divisions outer, and as many
// new labels (to, "les 4° et 5°"), each pair read as nestedRelabelled
// reads one; else ok is false (left to be refused).
func nestedRelabelledList(from, to string) (in, outer string, ok bool) {
	m := reNestedPlaces.FindStringSubmatch(from)
	if m == nil || !strings.HasPrefix(to, "les ") {
		return "", "", false
	}
	olds := reLabelListSep.Split(m[1], -1)
	news := reLabelListSep.Split(strings.TrimPrefix(to, "les "), -1)
	if len(olds) != len(news) {
		return "", "", false
	}
	for k := range olds {
		if _, _, ok := nestedRelabelled(olds[k]+" "+m[2], "le "+news[k]); !ok {
			return "", "", false
		}
	}
	return m[1], m[2], true
}

var (
	// reNestedPlaces is reNestedPlace with a list of labels, "3° et 4°
	// du I", "2°, 3° et 4° de l'article L. 1" (groups: the labels, the
	// divisions that hold them).
	reNestedPlaces = mustRe(`^(` + bareLabel + `(?:\s*,\s*` + bareLabel + `)*\s+et\s+` + bareLabel + `)\s+((?:du\s+` + bareLabel + `\s*)+(?:de\s+l'article\s+[^,«"]+)?|de\s+l'article\s+[^,«"]+)$`)
)

var (
	// reNestedPlace is "<label> du <label>…" or "<label> de l'article …"
	// (groups: the item's label, the divisions that hold it).
	reNestedPlace = mustRe(`^(` + bareLabel + `)\s+((?:du\s+` + bareLabel + `\s*)+(?:de\s+l'article\s+[^,«"]+)?|de\s+l'article\s+[^,«"]+)$`)
	// reNestedSubject is an item's label named inside divisions, "Le 4°
	// du I", "Le 2° de l'article L. 1" (group: without its article).
	reNestedSubject = mustRe(`^(?:[Ll]e|[Ll]a)\s+(` + bareLabel + `\s+(?:du|de\s+l'article)\s+[^,«"]+)$`)
	// reOuterLabel is a label after "du" in reNestedPlace's divisions.
	reOuterLabel = mustRe(`\bdu\s+(` + bareLabel + `)(?:\s|$)`)
)

// reWhichBecomesAt is "<À l'article S | Au S | Aux S>, qui devient <T>,
// <the rest>" (groups: the preposition, S, the verb, "respectivement ",
// T, the rest).
var reWhichBecomesAt = mustRe(`^(À|A|Au|Aux)\s+([^,«"]+?)\s*,\s*qui\s+(devien(?:t|nent))\s+((?:respectivement\s+)?)((?:l'article|les\s+articles|le|les)\s+[^,«"]+?)\s*,\s*(.+)$`)

// reWhichBecomeListAt is reWhichBecomesAt for items listed with commas,
// "Aux 2°, 3° et 4° du I, qui deviennent respectivement les 3°, 4° et 5°,
// …" (the same groups): three labels or more, as many new ones, each
// pair then checked as reWhichBecomesAt's two are.
var reWhichBecomeListAt = mustRe(`^(Aux)\s+(` + bareLabel + `(?:\s*,\s*` + bareLabel + `)+\s+et\s+` + bareLabel + `(?:\s+(?:du|de)\s+[^,«"]+?)?)\s*,\s*qui\s+(deviennent)\s+(respectivement\s+)(les\s+` + bareLabel + `(?:\s*,\s*` + bareLabel + `)+\s+et\s+` + bareLabel + `)\s*,\s*(.+)$`)

// sameNumberKind says two designations a renumbering joins are both
// articles or both an item's label.
func sameNumberKind(from, to string) bool {
	a, b := strings.Contains(asciiLower(from), "article"), strings.Contains(asciiLower(to), "article")
	if m := reNestedSubject.FindStringSubmatch(from); m != nil {
		// "Le 4° du I de l'article L. 1": an item, named in the article
		// that holds it (it was read as an article, and refused); its
		// new label of its kind and of none of the divisions that hold
		// it (nestedRelabelled).
		_, _, ok := nestedRelabelled(m[1], to)
		return ok
	}
	if a || b {
		// "l'article L. 2‑1": the number with the hyphen codes print
		// (numberHyphens), as the plain one (it was refused).
		return a && b && reArticleNumbers.MatchString(numberHyphens.Replace(to))
	}
	return reBareLabelDesignation.MatchString(to)
}

var (
	// reWhichBecomes2 is "<S>, qui devient <T>, <est …>" (groups: S, the
	// verb, "respectivement ", T, the rest).
	reWhichBecomes2 = mustRe(`^((?:[Ll]'article|[Ll]es\s+articles|[Ll]es?|[Ll]a)\s+[^,«"]+?)\s*,\s*qui\s+(devien(?:t|nent))\s+((?:respectivement\s+)?)((?:l'article|les\s+articles|le|la|les)\s+[^,«"]+?)\s*,\s*((?:est|sont)\s+.*)$`)
	// reBecomesAnd is "<S> devient <T> et <est …>" (the same groups).
	reBecomesAnd = mustRe(`^((?:[Ll]'article|[Ll]es\s+articles|[Ll]es?|[Ll]a)\s+[^,«"]+?)\s+(devien(?:t|nent))\s+((?:,?\s*respectivement\s*,?\s+)?)((?:l'article|les\s+articles|le|la|les)\s+[^,«"]+?)\s+et\s+((?:est|sont)\s+.*)$`)
	// reRewrittenVerb is a rewrite's verb.
	reRewrittenVerb = mustRe(`^(?:est|sont)\s+ainsi\s+rédigée?s?`)
	// reArticleNumbers is articles named by their numbers alone, up to
	// the end: "l'article L. 5", "les articles L. 5 et L. 6".
	reArticleNumbers = mustRe(`^(?:l'article|les\s+articles)\s+(?:(?:[A-Z]{1,2}\.?\s*)?\d[\w-]*(?:\s+` + latinOrd + `)?(?:\s*,\s*|\s+et\s+|\s+à\s+)?)+$`)
	// reBareLabelDesignation is an item named by its label alone, up to
	// the end: "le 4°", "les 4° et 5°", "le III", "le b".
	reBareLabelDesignation = mustRe(`^(?:le|la|les)\s+(?:` + bareLabel + `(?:\s*,\s*|\s+et\s+|\s+à\s+)?)+$`)
)

// renumberedContext reads "L'article L. 1 devient l'article L. 1-1 et est
// ainsi modifié :": the renumbering, then the items under it edit the
// article under its new number (it was refused, and its items with it).
// Only articles renumbered whole.
func (p *parser) renumberedContext(in *Instruction, level int, head string) {
	depth := len(p.stack)
	p.instructionBody(in, level, head, nil)
	p.stack = p.stack[:depth]
	if in.Status != Parsed || len(in.Edits) == 0 {
		return
	}
	var targets []Scope
	for _, e := range in.Edits {
		if n := len(e.Scope.Path); e.Kind == EditRelabel && n > 0 && e.Scope.Path[n-1].Item != "" && e.Scope.Sentence == 0 {
			// "Le 3° devient le 4° et est ainsi modifié :": the 4°.
			sc := e.Scope
			sc.Path = append(append([]Division(nil), sc.Path[:n-1]...), Division{Item: itemName(e.New)})
			targets = append(targets, sc)
			continue
		}
		if e.Kind == EditRenumberDivision && e.Scope.Ref.Code != "" && len(in.Edits) == 1 {
			// "La section 2 devient la section 3 et est ainsi modifiée :":
			// the items under it in its code (division headings are not
			// applied; a heading of no division named stays refused).
			sc := Scope{Ref: CodeRef{Code: e.Scope.Ref.Code}}
			if len(e.Moves) == 1 {
				// Its new path: "1° À la sous-section 2, …" is the
				// sous-section 2 of the section 3 (it was the code's,
				// refused).
				sc.Division = append([]string(nil), e.Moves[0].To...)
			}
			targets = append(targets, sc)
			continue
		}
		if e.Kind != EditRenumber || e.ToPart != (Division{}) || len(e.Scope.Path) > 0 || e.To.Article == "" {
			refuseTyped(in, errRenumberedModified)
			return
		}
		targets = append(targets, Scope{Ref: e.To})
	}
	p.stack = append(p.stack, frame{level: level, scope: targets[0], also: targets[1:]})
}

// everyArticleGiven reports whether each article the scopes name has its
// text in arts: each one named alone, and both ends of a range (what lies
// between them is the range's).
func everyArticleGiven(scopes []Scope, arts []CodeArticle) bool {
	has := map[CodeRef]bool{}
	for _, a := range arts {
		has[a.Ref] = true
	}
	for _, s := range scopes {
		if len(s.Path) > 0 || s.Sentence != 0 {
			continue
		}
		if !has[s.Ref] || s.RangeTo != "" && !has[CodeRef{Code: s.Ref.Code, Article: s.RangeTo}] {
			return false
		}
		if s.RangeTo != "" {
			// "Les articles L. 5 à L. 7 sont ainsi rédigés (rétablis) :"
			// then L. 5 and L. 7: the L. 6 the range names has no text
			// (it stayed as it was, or was not made).
			nums := map[string]bool{}
			for _, a := range arts {
				if a.Ref.Code == s.Ref.Code {
					nums[a.Ref.Article] = true
				}
			}
			if !seriesGiven(s.Ref.Article, s.RangeTo, nums) {
				return false
			}
		}
	}
	return true
}

// seriesGiven reports whether has holds every number between from and
// to when they are of one series ("L. 1-1" and "L. 1-3": "L. 1-2");
// articles numbered after one ("L. 1-1-1") may come between, and ends
// of different series ("L. 1" to "L. 2-1") say nothing between.
func seriesGiven(from, to string, has map[string]bool) bool {
	base, lo, ok1 := splitLast(from)
	base2, hi, ok2 := splitLast(to)
	if ok1 && ok2 && base == base2 && hi-lo < 100 {
		for k := lo + 1; k < hi; k++ {
			if !has[base+strconv.Itoa(k)] {
				return false
			}
		}
	}
	return true
}

// wholeArticles reports whether every scope is a whole article (or a
// range of them).
func wholeArticles(scopes []Scope) bool {
	for _, s := range scopes {
		if s.Ref.Article == "" || len(s.Path) > 0 || s.Sentence != 0 || s.Everywhere {
			return false
		}
	}
	return len(scopes) > 0
}

// reRenumberedRewritten is an article renumbered and given a new text:
// "L'article L. 1 devient l'article L. 1-1 et est ainsi rédigé :" (group
// 1: the renumbering).
var reRenumberedRewritten = mustRe(`^(.*\bdevient\b.*?)\s*,?\s+et\s+est\s+(?:ainsi\s+r[ée]dig[ée]|r[ée]dig[ée]\s+comme\s+suit)\s*:\s*$`)

// renumberedRewrite reads "L'article L. 1 devient l'article L. 1-1 et est
// ainsi rédigé :" then the new text: the renumbering, then the text of
// the article under its new number (refused before: "renumbering into a
// division of an article"). Only an article renumbered whole; a text
// headed by another article's number is refused.
func (p *parser) renumberedRewrite(in *Instruction, level int, head string, lines []string) {
	depth := len(p.stack)
	p.instructionBody(in, level, head, nil)
	p.stack = p.stack[:depth]
	if in.Status != Parsed {
		return
	}
	if len(in.Edits) != 1 || in.Edits[0].Kind != EditRenumber || in.Edits[0].ToPart != (Division{}) || len(in.Edits[0].Scope.Path) > 0 || in.Edits[0].To.Article == "" {
		refuseTyped(in, errRenumberedRewritten)
		return
	}
	to := in.Edits[0].To
	if arts := p.splitArticles(to.Code, lines); len(arts) > 1 || len(arts) == 1 && arts[0].Ref != to {
		refuseTyped(in, errRenumberedTextOther)
		return
	}
	in.Edits = append(in.Edits, Edit{Kind: EditRewrite, Scope: Scope{Ref: to}, Lines: stripArtPrefix(lines)})
}

// renumber reads a renumbering: under a "font l'objet de la nouvelle
// numérotation suivante :" heading or alone, one or more clauses "X devient
// Y" joined by "et" ("le chapitre unique devient le chapitre II et les
// articles L. 1 à L. 4 deviennent les articles L. 11 à L. 14"), each read
// by renumberClause.
func (p *parser) renumber(in *Instruction, level int, low, cased string, parent Scope, push func(Scope, bool), fail func(error)) {
	trim := strings.TrimSpace(low)
	var context []string // the division the instruction is read in, of its code
	contextCode := parent.Ref.Code
	if parent.Ref.Article == "" && len(parent.Path) == 0 {
		context = parent.Division
	}
	if reRenumHead.MatchString(trim) {
		in.Status = Context
		push(Scope{Ref: CodeRef{Code: parent.Ref.Code}}, false)
		p.stack[len(p.stack)-1].table = true
		return
	}
	table := len(p.stack) > 0 && p.stack[len(p.stack)-1].table
	casedTrim := strings.TrimSpace(strings.ReplaceAll(cased, "\u00a0", " "))
	if len(casedTrim) != len(trim) {
		fail(reasonOf(errPlaceUnread22, "unexpected characters in the locator"))
		return
	}
	if m := reRenumLocator.FindStringSubmatchIndex(trim); m != nil {
		// "Au 1° de l'article L. 1, le b devient le c": the clauses are
		// read within the locator.
		scopes, ok, why := p.scopes(trim[:m[3]], casedTrim[:m[3]], parent)
		if !ok || len(scopes) != 1 || scopes[0].RangeTo != "" {
			if ok {
				why = reasonOf(errRenumberingUnread22, "renumbering: the locator is not one article or division of one")
			}
			fail(why)
			return
		}
		parent = scopes[0]
		trim, casedTrim = trim[m[1]:], casedTrim[m[1]:]
		trim, casedTrim, parent = p.moreRenumLocators22(trim, casedTrim, parent)
	}
	var edits []Edit
	var chainParent *Scope
	chainKind := ""
	for k, c := range renumClauses(trim) {
		clauseParent := parent
		if k > 0 && chainParent != nil && divisionAlone(trim[c[0]:c[1]], chainKind) {
			// "La section 1 du chapitre Ier … devient la section 2 et la
			// section 2 devient la section 3": the later clause's
			// division, named alone, is the first's sibling (as its new
			// number is) — the clauses merge into one renumbering, at
			// once (a chain).
			clauseParent = *chainParent
		}
		es, why := p.renumberClause(trim[c[0]:c[1]], casedTrim[c[0]:c[1]], clauseParent)
		if k == 0 && len(es) == 1 && es[0].Kind == EditRenumberDivision && len(es[0].Moves) == 1 {
			f := es[0].Moves[0].From
			chainParent = &Scope{Ref: CodeRef{Code: es[0].Scope.Ref.Code}, Division: append([]string(nil), f[:len(f)-1]...)}
			chainKind = divisionKind(f[len(f)-1])
		}
		if why != "" {
			fail(renumberingWhy23(why))
			return
		}
		edits = append(edits, es...)
		if k == 0 && parent.Ref.Article == "" && len(es) > 0 && es[0].Scope.Ref.Article != "" && es[0].Kind == EditRelabel {
			// "Le II de l'article L. 1 devient le III et le III devient
			// le IV": the later clauses are in the first's article.
			parent = Scope{Ref: es[0].Scope.Ref}
		} else if k == 0 && parent.Ref.Code == "" && len(es) > 0 && es[0].Scope.Ref.Code != "" {
			// "Le chapitre II du code civil devient le chapitre IV et les
			// articles L. 2 et L. 3 deviennent …": the later clauses are in
			// the first's code (they were of an unknown code).
			parent = Scope{Ref: CodeRef{Code: es[0].Scope.Ref.Code}}
		}
	}
	edits = mergeDivisionMoves(edits)
	for k := range edits {
		edits[k].Table = table && edits[k].Kind == EditRenumber
	}
	if t := transferText(in.Text); t != "" {
		// "… est transféré au chapitre II … et devient …": another
		// division, which the folders do not say; the division it goes
		// to is Touched (a later instruction naming it is refused).
		to := transferredTo(t)
		for k := range edits {
			edits[k].Transferred = true
			if edits[k].Kind == EditRenumber {
				edits[k].Touched = to
				if edits[k].Scope.Ref.Code == contextCode {
					edits[k].Touched = transferPath(context, to)
				}
			}
		}
	}
	// Items relabelled in several clauses of one article ("le II devient
	// le III et le III devient le IV"): shifting up, the highest first, so
	// that no label is taken before it is freed; shifting down, the lowest
	// first.
	if len(edits) > 1 {
		same, up, down := true, true, true
		for _, e := range edits {
			if e.Kind != EditRelabel || e.Scope.Ref != edits[0].Scope.Ref || len(e.Scope.Path) == 0 {
				same = false
				break
			}
			from, to := itemRank(e.Scope.Path[len(e.Scope.Path)-1].Item), itemRank(e.New)
			up = up && from > 0 && to > from
			down = down && from > 0 && to > 0 && to < from
		}
		if same && (up || down) {
			rank := func(e Edit) int { return itemRank(e.Scope.Path[len(e.Scope.Path)-1].Item) }
			sort.SliceStable(edits, func(i, j int) bool {
				if up {
					return rank(edits[i]) > rank(edits[j])
				}
				return rank(edits[i]) < rank(edits[j])
			})
		}
	}
	edits, err := orderRelabels22(edits)
	if err != nil {
		refuseTyped(in, err)
		return
	}
	in.Edits = edits
	in.Status = Parsed
}

// reRenumPart is the part of an article a renumbering target names: "le
// premier alinea de ", "le 2° de ".
var reRenumPart = mustRe(`^(?:le\s+(premier\s+alinea)|le\s+(\d+°))\s+de\s+()`)

var reRenumLocator = mustRe(`^((?:a|au|aux|dans)\b[^,]*),\s*`)

var reRenumNext = mustRe(`^(?:le|la|les|l')\b[^;]*\bdevien(?:t|nent)\b`)

// renumClauses splits a renumbering at each "et" that ends one clause "X
// devient Y" and begins another, at "; ", and at a comma (", et") after
// a clause whose target is named ("Le c devient le d, le b devient le c
// et …": reRenumClauseDone).
func renumClauses(low string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(low); i++ {
		var sep int
		switch {
		case strings.HasPrefix(low[i:], ", et ") && reRenumClauseDone.MatchString(low[start:i]):
			sep = 5
		case strings.HasPrefix(low[i:], " et "):
			sep = 4
		case strings.HasPrefix(low[i:], "; "):
			sep = 2
		case strings.HasPrefix(low[i:], ", ") && reRenumClauseDone.MatchString(low[start:i]):
			sep = 2
		default:
			continue
		}
		if reRenumber.MatchString(low[start:i]) && reRenumNext.MatchString(low[i+sep:]) {
			out = append(out, [2]int{start, i})
			start = i + sep
			i = start - 1
		}
	}
	return append(out, [2]int{start, len(low)})
}

var (
	reRenumDivision    = mustRe(`^(?:respectivement\s+)?(?:le|la|les|l')\s*(?:titre|chapitre|section|sous-section|livre|partie|paragraphe|sous-paragraphe)s?\b`)
	reRenumItems       = mustRe(`^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]')\s*((?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?)(?:\s*(?:,|\bet\b|\ba\b)\s*(?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?))*)((?:\s+(?:du|de|des)\b.*)?)$`)
	reRenumItemsTo     = mustRe(`^(?:respectivement\s+)?(?:[Ll]e|[Ll]a|[Ll]es|[Ll]')\s*((?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?)(?:\s*(?:,|\bet\b|\ba\b)\s*(?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?))*)$`)
	reItemPair         = mustRe(`\b([Ll]e|[Aa]u|[Dd]u)\s+(\d+°(?:\s+` + latinOrd + `)?|[IVX]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)\s*,?\s+(?:et|ainsi\s+que)\s+(le|au|du)\s+(\d+°(?:\s+` + latinOrd + `)?|[IVX]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)(\s|,|$)`)
	reRenumArticleList = mustRe(`^(?:respectivement\s+)?les\s+articles\s+(.+\s+et\s+.+)$`)
	reArticleNumber    = mustRe(`^` + renumNumber + `$`)
	reRenumArticles    = mustRe(`^(?:respectivement\s+)?les\s+articles\s+((?:l\.?\s*o|l|r|d)\.?\s*)?(\d+(?:-\d+)*)\s+a\s+(?:l'article\s+)?((?:l\.?\s*o|l|r|d)\.?\s*)?(\d+(?:-\d+)*)$`)
)

// renumberClause reads one clause "X devient Y":
//
//   - an article, or alinéas of one, becoming an article: "L'article
//     L. 331-7 devient l'article L. 331-40", "Les deuxième et troisième
//     alinéas de l'article L. 331-17 deviennent l'article L. 331-44";
//   - a range of articles becoming a range as long: "les articles L. 1 à
//     L. 4 deviennent les articles L. 11 à L. 14", each article the one at
//     the same rank (the last numbers must count alike);
//   - items of an article relabelled: "le 3° devient le 4°", "les II et
//     III deviennent les III et IV", "les 3° à 5° du I de l'article L. 1
//     deviennent respectivement les 4° à 6°", as many targets as sources;
//   - a division of a code renumbered: "les sections 2, 3 et 4 deviennent
//     respectivement les sous-sections 1, 2 et 3 de la section 1" (no
//     change to any article's text).
//
// An article or alinéas becoming a division of another article ("devient
// le 1° de l'article …") and a range of alinéas are refused.
func (p *parser) renumberClause(low, cased string, parent Scope) ([]Edit, string) {
	m := reRenumItem.FindStringSubmatchIndex(low)
	if m == nil {
		return nil, "renumbering: no \"devient\""
	}
	loc, locCased := low[m[2]:m[3]], cased[m[2]:m[3]]
	target, targetCased := low[m[4]:m[5]], cased[m[4]:m[5]]
	target, targetCased = strings.TrimRight(target, " ;."), strings.TrimRight(targetCased, " ;.")
	if reRenumDivision.MatchString(loc) && reRenumDivision.MatchString(target) {
		loc, locCased = withoutComprising(loc, locCased)
		parent = divisionParent(parent, loc)
		code := parent.Ref.Code
		if named := p.textNamed(loc); named != "" {
			// "Le chapitre II du code civil devient …": that code.
			code = named
		}
		e := Edit{Kind: EditRenumberDivision, Scope: Scope{Ref: CodeRef{Code: code}}}
		e.Moves = p.divisionMoves(loc, locCased, target, parent)
		if len(e.Moves) == 0 {
			e.Unpaired = p.divisionCountsDiffer(loc, locCased, target, parent)
			e.Touched = p.touchedBy(loc, locCased, target, parent)
		}
		if why := p.sameDivisionRenumbered(&e, loc, locCased, parent); why != "" {
			return nil, why
		}
		return []Edit{e}, ""
	}
	if edits, why, ok := p.relabelCapital(locCased, targetCased, parent); ok {
		return edits, why
	}
	if im := reRenumItems.FindStringSubmatch(plainLetterLabels(locCased)); im != nil {
		if tm := reRenumItemsTo.FindStringSubmatch(plainLetterLabels(targetCased)); tm != nil {
			return p.relabel(im[1], im[2], tm[1], parent)
		}
	}
	if edits, why, ok := p.renumListIntoText21(loc, locCased, target, targetCased, parent); ok {
		return edits, why
	}
	if am := reRenumArticles.FindStringSubmatchIndex(target); am != nil {
		return p.renumberRange(loc, locCased, targetCased, am, parent)
	}
	if lm := reRenumArticleList.FindStringSubmatch(targetCased); lm != nil {
		return p.renumberList(loc, locCased, lm[1], parent)
	}
	var part Division
	if pm := reRenumPart.FindStringSubmatchIndex(target); pm != nil {
		// "devient le 1° de l'article L. 331-39", "devient le premier
		// alinéa de l'article …": a part of an article the renumbering
		// builds.
		if pm[2] >= 0 {
			part.Alinea = 1
		} else {
			part.Item = targetCased[pm[4]:pm[5]]
		}
		targetCased = targetCased[pm[6]:]
	}
	if reVerbBeforeRenum.MatchString(loc) {
		// "L'article L. 1 du code civil est transféré dans le code de
		// commerce, où il devient l'article L. 5": the number in the code
		// named last, not the first (it was renumbered in the code civil).
		return nil, "renumbering after another verb"
	}
	tm := reRenumTarget.FindStringSubmatch(targetCased)
	inText := false
	if tm == nil {
		if tm = reRenumTargetInText.FindStringSubmatch(targetCased); tm == nil {
			return nil, "renumbering into a division of an article is not supported"
		}
		inText = true
	}
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if ok {
		for _, s := range scopes {
			if s.RangeTo != "" {
				ok, why = false, reasonOf(errRenumberingUnread22, "renumbering a range of articles into one article is not supported")
			}
		}
	}
	if !ok {
		return nil, why.Error()
	}
	heading := renumHeading(tm)
	// Several alinéas of one article move together.
	src := scopes[0]
	for _, sc := range scopes[1:] {
		if sc.Ref != src.Ref || len(sc.Path) != 1 || len(src.Path) != 1 || sc.Sentence != 0 {
			return nil, "renumbering several sources into one article is not supported"
		}
	}
	if len(scopes) > 1 {
		// Alinéas i and j: keep the list as consecutive divisions.
		first, last := scopes[0].Path[0], scopes[len(scopes)-1].Path[0]
		if first.Item != "" || last.Item != "" || first.Alinea <= 0 || last.Alinea < first.Alinea {
			return nil, "renumbering these alinéas is not supported"
		}
		src.Path = []Division{{Alinea: first.Alinea, Count: last.Alinea - first.Alinea + 1}}
	}
	to := CodeRef{Code: src.Ref.Code, Article: ArticleKey(heading)}
	if inText {
		// "devient l'article L. 5 du même code", "… du code de
		// commerce": the article of that text (it was refused).
		ts, ok, _ := p.scopes(target, targetCased, Scope{Ref: CodeRef{Code: src.Ref.Code}})
		if !ok || len(ts) != 1 || len(ts[0].Path) != 0 || ts[0].RangeTo != "" || ts[0].Ref.Article != to.Article || ts[0].Ref.Code == "" {
			return nil, "renumbering: the target is not one article of a text"
		}
		to.Code = ts[0].Ref.Code
	}
	return []Edit{{Kind: EditRenumber, Scope: src, To: to, ToHeading: heading, ToPart: part}}, ""
}

// reRenumTargetInText is an article of a text named: "l'article L. 5 du
// même code", "l'article 12 de la loi n° …".
var reRenumTargetInText = mustRe(`^l'article\s+` + renumNumber + `\s+(?:du|de\s+la|de\s+l'|dudit|de\s+ladite)\s.+$`)

// reVerbBeforeRenum is a verb before "devient", in a clause of its own:
// "… est transféré dans le code de commerce, où il devient …".
var reVerbBeforeRenum = mustRe(`\b(?:est|sont)\s|\bou\s+(?:il|elle)s?\b`)

// relabel reads items relabelled: from and to are lists of labels ("II et
// III", "3° à 5°"), rest the locator after the sources ("du I de l'article
// L. 1", or empty under an article's heading). The edits are ordered so
// that no label is given while another item still bears it.
func (p *parser) relabel(from, rest, to string, parent Scope) ([]Edit, string) {
	src, goesOn, ok1 := itemList(from)
	dst, _, ok2 := itemList(to)
	if !ok1 || !ok2 || len(src) != len(dst) || len(src) == 0 {
		return nil, "renumbering items: the lists of labels do not match"
	}
	var edits []Edit
	for k, it := range src {
		if casedKind(it) != casedKind(dst[k]) {
			return nil, "renumbering items: a label changes kind"
		}
		locCased := "le " + it + rest
		scopes, ok, why := p.scopes(asciiLower(locCased), locCased, parent)
		if !ok {
			return nil, why.Error()
		}
		if len(scopes) != 1 || len(scopes[0].Path) == 0 || scopes[0].Path[len(scopes[0].Path)-1].Item == "" || scopes[0].RangeTo != "" || scopes[0].Sentence != 0 {
			return nil, "renumbering items: not an item of one article"
		}
		scopes[0].Path[len(scopes[0].Path)-1].GoesOn = goesOn[k]
		edits = append(edits, Edit{Kind: EditRelabel, Scope: scopes[0], New: dst[k]})
	}
	if casedRank(dst[0]) > casedRank(src[0]) {
		// Shifting up: the last first ("III devient IV" before "II
		// devient III").
		for i, j := 0, len(edits)-1; i < j; i, j = i+1, j-1 {
			edits[i], edits[j] = edits[j], edits[i]
		}
	}
	return edits, ""
}

// reHeadingsRewritten is "Les intitulés des sections 1 et 2 (du chapitre
// II …) sont ainsi rédigés :" (groups: the kind of division, its labels).
var reHeadingsRewritten = mustRe(`^les\s+intitules\s+des\s+(titre|chapitre|section|sous-section|livre|partie|paragraphe|sous-paragraphe)s\s+((?:\d+|[ivxl]+)(?:er)?(?:\s+` + latinOrd + `)?(?:\s*(?:,|\bet\b)\s*(?:\d+|[ivxl]+)(?:er)?(?:\s+` + latinOrd + `)?)+)\b[^«:;]*?\s+sont\s+ainsi\s+rediges\s*:?\s*$`)

// reHeadingLabelSep splits a list of division labels: "1, 2 et 3".
var reHeadingLabelSep = mustRe(`\s*(?:,|\bet\b)\s*`)

// renumberRange reads "les articles L. 1 à L. 4 deviennent les articles
// L. 11 à L. 14": the article of rank k of the first range becomes that
// of rank k of the second; both ranges must differ only in their last
// number, over as many numbers.
func (p *parser) renumberRange(loc, locCased, targetCased string, am []int, parent Scope) ([]Edit, string) {
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if !ok {
		return nil, why.Error()
	}
	if len(scopes) != 1 || scopes[0].RangeTo == "" || len(scopes[0].Path) != 0 {
		if list, ok := rangeAsList22(targetCased, am); ok && len(scopes) > 1 {
			// A list onto a range: the range's numbers as a list.
			return p.renumberList(loc, locCased, list, parent)
		}
		return nil, "renumbering into a range of articles: the source is not a range of articles"
	}
	s := scopes[0]
	tp := ""
	if am[2] >= 0 {
		tp = strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(targetCased[am[2]:am[3]], ".", ""), " ", ""))
	}
	fromBase, fromLo, ok1 := splitLast(s.Ref.Article)
	fromBase2, fromHi, ok2 := splitLast(s.RangeTo)
	toBase, toLo, ok3 := splitLast(targetCased[am[4]:am[5]])
	toBase2, toHi, ok4 := splitLast(targetCased[am[8]:am[9]])
	if !ok1 || !ok2 || !ok3 || !ok4 || fromBase != fromBase2 || toBase != toBase2 || fromHi-fromLo != toHi-toLo || fromHi < fromLo || fromHi-fromLo > 100 {
		return nil, "renumbering a range of articles: the ranges do not match number for number"
	}
	var edits []Edit
	for k := 0; k <= fromHi-fromLo; k++ {
		src := Scope{Ref: CodeRef{Code: s.Ref.Code, Article: fromBase + strconv.Itoa(fromLo+k)}}
		heading := tp + toBase + strconv.Itoa(toLo+k)
		edits = append(edits, Edit{Kind: EditRenumber, Scope: src, To: CodeRef{Code: s.Ref.Code, Article: ArticleKey(heading)}, ToHeading: heading, FromRange: [2]string{s.Ref.Article, s.RangeTo}})
	}
	return edits, ""
}

// reRestUnchanged is the remark that ends a partial rewrite after its
// quotation, "« … » (le reste sans changement)", "(le reste sans
// modification)": it changes nothing. (A part that holds only "(Sans
// modification)" is a status: rePartStatus.)
var reRestUnchanged = mustRe(`(?i)(["»”])\s*\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)\s*([.;]?)\s*$`)

// dropRestUnchanged removes "(le reste sans changement)" from the end of an
// instruction, keeping its final punctuation.
func dropRestUnchanged(s string) string {
	return reRestUnchanged.ReplaceAllString(s, "$1$2")
}

// itemPair writes "le 1° et le 2°" as "les 1° et 2°" ("au" as "aux",
// "du" as "des") when both determiners and both kinds of label agree;
// otherwise it leaves the match as it is.
// doubledLetter is a letter item's label doubled, "aa", "bb": an item a
// later reading put beside the a, the b ("Le aa du 1°", "aa) …"). Not
// "ii", "vv", "xx", "ll": romans, or read as such.
const doubledLetter = `(?:aa|bb|cc|dd|ee|ff|gg|hh|jj|kk|mm|nn|oo|pp|qq|rr|ss|tt|uu|ww|yy|zz)`

// itemLabel is an item's label in a list of them: "1°", "II bis", "a".
const itemLabel = `(?:\d+°(?:\s+` + latinOrd + `)?|[IVX]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)`

// reItemSeries is three items or more, each with its article: "le 1°, le
// 2° et le 4°", "au I, au II ainsi qu'au IV" (the last joined by "et" or
// "ainsi que").
var reItemSeries = mustRe(`\b([Ll]e|[Aa]u|[Dd]u)\s+(` + itemLabel + `)((?:\s*,\s*(?:le|au|du)\s+` + itemLabel + `)+)\s*,?\s+(?:et|ainsi\s+que|ainsi\s+qu')\s*(le|au|du)\s+(` + itemLabel + `)(\s|,|$)`)

var reSeriesItem = mustRe(`(le|au|du)\s+(` + itemLabel + `)`)

// itemSeries writes a match of reItemSeries as one list, "les 1°, 2° et
// 4°", when every item has the same article and kind; else as it is.
func itemSeries(m string) string {
	g := reItemSeries.FindStringSubmatch(m)
	det := strings.ToLower(g[1])
	items := []string{g[2]}
	for _, x := range reSeriesItem.FindAllStringSubmatch(g[3], -1) {
		if x[1] != det {
			return m
		}
		items = append(items, x[2])
	}
	if g[4] != det {
		return m
	}
	items = append(items, g[5])
	for _, it := range items[1:] {
		if casedKind(strings.Fields(it)[0]) != casedKind(strings.Fields(items[0])[0]) {
			return m
		}
	}
	plural := map[string]string{"le": "les", "au": "aux", "du": "des"}[det]
	if g[1][0] != det[0] {
		plural = upperFirst(plural)
	}
	return plural + " " + strings.Join(items[:len(items)-1], ", ") + " et " + items[len(items)-1] + g[6]
}

func itemPair(m string) string {
	g := reItemPair.FindStringSubmatch(m)
	det := strings.ToLower(g[1])
	if det != g[3] || casedKind(strings.Fields(g[2])[0]) != casedKind(strings.Fields(g[4])[0]) {
		return m
	}
	plural := map[string]string{"le": "les", "au": "aux", "du": "des"}[det]
	if g[1][0] != det[0] {
		plural = upperFirst(plural)
	}
	return plural + " " + g[2] + " et " + g[4] + g[5]
}

// renumberList reads "les articles L. 2 et L. 3 deviennent
// (respectivement) les articles L. 4 et L. 5": the articles of the list
// before, in order, become those of the list after, as many; the edits go
// so that no article is given a number another still bears ("L. 2 et L. 3
// deviennent L. 3 et L. 4": L. 3 first); a cycle is refused.
func (p *parser) renumberList(loc, locCased, targets string, parent Scope) ([]Edit, string) {
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if !ok {
		return nil, why.Error()
	}
	var headings []string
	for _, t := range strings.FieldsFunc(strings.ReplaceAll(targets, " et ", ","), func(r rune) bool { return r == ',' }) {
		m := reArticleNumber.FindStringSubmatch(strings.TrimSpace(t))
		if m == nil {
			return nil, "renumbering a list of articles: a number not read in the list after"
		}
		headings = append(headings, renumHeading(m))
	}
	if len(scopes) == 1 && scopes[0].RangeTo != "" && len(scopes[0].Path) == 0 && scopes[0].Sentence == 0 {
		return rangeOntoList22(scopes[0], headings)
	}
	if len(scopes) != len(headings) {
		return nil, "renumbering a list of articles: the lists do not count alike"
	}
	pending := make([]Edit, len(scopes))
	for k, s := range scopes {
		if len(s.Path) != 0 || s.RangeTo != "" || s.Sentence != 0 || k > 0 && s.Ref.Code != scopes[0].Ref.Code {
			return nil, "renumbering a list of articles: the source is not a list of articles of one code"
		}
		pending[k] = Edit{Kind: EditRenumber, Scope: s, To: CodeRef{Code: s.Ref.Code, Article: ArticleKey(headings[k])}, ToHeading: headings[k]}
	}
	edits, ok := orderRenumberings22(pending)
	if !ok {
		return nil, "renumbering a list of articles: the numbers go round in a cycle"
	}
	return edits, ""
}

// splitLast splits an article number at its last number: "l3231-4" →
// "l3231-", 4.
func splitLast(num string) (string, int, bool) {
	// After the last character that is not a digit: "L. 111-4" and
	// "l111-4" end in 4, "l4" too (the code électoral's "L. 1 à L. 5").
	i := strings.LastIndexFunc(num, func(r rune) bool { return r < '0' || r > '9' })
	n, err := strconv.Atoi(num[i+1:])
	if err != nil {
		return "", 0, false
	}
	return num[:i+1], n, true
}

// divisionParent is the place a division renumbered is named in: a
// division of a code never lies in an article, so the article (and its
// parts) a clause before named ("L'article L. 3 est abrogé et la section
// 3 du chapitre Ier … devient la section 4") is not its parent — the
// section was read inside L. 3, and the renumbering recorded only.
// A "paragraphe" may be an article's own (its "1.", "2."): kept.
func divisionParent(parent Scope, loc string) Scope {
	if !reRenumParagraph.MatchString(loc) {
		parent.Ref.Article, parent.Path = "", nil
	}
	return parent
}

var reRenumParagraph = mustRe(`^(?:respectivement\s+)?(?:le|la|les|l')\s*(?:sous-)?paragraphes?\b`)
