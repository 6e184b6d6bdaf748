package law

import "strings"

// moves21Num is one article's number: "L. 1", "L. 1-1", "12 bis", "L.O.
// 3".
const moves21Num = `(?:[A-Z](?:\.?\s*[A-Z])?\.?\s*)?\d[\w-]*(?:\s+` + latinOrd + `)?`

// moves21Renumbered is the renumbering that ends an instruction of other
// edits, after the last one: ", et l'article devient l'article L. 2", "
// et cet article (il, l'article L. 1) devient l'article L. 2", "; il
// devient …" (groups: the article named, if any; the new number).
const moves21Renumbered = `\s*(?:,?\s*et|;)\s+(?:l'article(?:\s+(` + moves21Num + `))?|cet\s+article|il)\s+devient\s+l'article\s+(` + moves21Num + `)\s*[.;]?$`

// moves21Ops is the edits before it: they end with a quotation or a
// deletion ("… par le mot : « b »", "… la dernière phrase est
// supprimée").
const moves21Ops = `(.*(?:»|\bsupprimée?s?|\babrogée?s?))`

var (
	// reEditedThenRenumberedAt is "À l'article L. 1 du code civil, le
	// mot : « a » est remplacé par le mot : « b » et l'article devient
	// l'article L. 2" ("Au premier alinéa de l'article L. 1, …") (groups:
	// the preposition, the place inside the article, its number, the
	// text named after it, the edits, the article named again, the new
	// number).
	reEditedThenRenumberedAt = mustRe(`^(À|A|Au|Aux)\s+([^,«"]*?)l'article\s+(` + moves21Num + `)((?:\s+(?:du|de\s+la|de\s+l')\s*[^,«"]+?)?)\s*,\s*` + moves21Ops + moves21Renumbered)
	// reEditedThenRenumberedModified is "L'article L. 1 du code civil
	// est ainsi modifié : le mot : « a » … ; il devient l'article L. 2"
	// (groups: the number, the text named, the edits, the article named
	// again, the new number).
	reEditedThenRenumberedModified = mustRe(`^L'article\s+(` + moves21Num + `)((?:\s+(?:du|de\s+la|de\s+l')\s*[^,«":]+?)?)\s+est\s+ainsi\s+modifié\s*:\s*` + moves21Ops + moves21Renumbered)
)

// editedThenRenumbered reads an article edited and then renumbered in
// one sentence, the renumbering last — "À l'article L. 1 du code civil,
// le mot : « a » est remplacé par le mot : « b » et l'article devient
// l'article L. 2", "Au premier alinéa de l'article L. 1, … et cet
// article devient …", "L'article L. 1 est ainsi modifié : … ; il devient
// l'article L. 2" — as the renumbering, then the edits under the new
// number: "L'article L. 1 du code civil devient l'article L. 2 et, à
// l'article L. 2, le mot : « a » …" (it was refused: "renumbering after
// another verb"). The edits are the article's, whatever the order; the
// article named again must be the one edited, one article, the new
// number another article's; anything else is left as it is (refused).
func editedThenRenumbered(body string) string {
	b := strings.TrimSpace(body)
	if m := reEditedThenRenumberedAt.FindStringSubmatch(b); m != nil {
		prep, lead, from, text, ops, again, to := m[1], m[2], m[3], m[4], m[5], m[6], m[7]
		if lead != "" && !strings.HasSuffix(lead, " de ") {
			return body
		}
		if !moves21Renumbering(from, again, to, ops) {
			return body
		}
		return "L'article " + from + text + " devient l'article " + to + " et, " + lowerFirst(prep) + " " + lead + "l'article " + to + ", " + ops + "."
	}
	if m := reEditedThenRenumberedModified.FindStringSubmatch(b); m != nil {
		from, text, ops, again, to := m[1], m[2], m[3], m[4], m[5]
		if !moves21Renumbering(from, again, to, ops) || reItemLabelStart.MatchString(ops) {
			return body
		}
		return "L'article " + from + text + " devient l'article " + to + " et, à l'article " + to + ", " + ops + "."
	}
	return body
}

// reItemLabelStart is edits opening with an item's label ("1° …"): a
// list inline, not read here.
var reItemLabelStart = mustRe(`^(?:\d+°|[IVX]+\.|[a-z]\))`)

// moves21Renumbering reports whether the article renumbered after the
// edits is the one edited (again empty, or its number), into another
// number of the same kind, and the edits hold no renumbering of their
// own nor any article named ("et, à l'article L. 3, …": which one "l'article"
// is, is not said).
func moves21Renumbering(from, again, to, ops string) bool {
	if again != "" && ArticleKey(again) != ArticleKey(from) {
		return false
	}
	if ArticleKey(to) == ArticleKey(from) || !sameNumberKind("l'article "+from, "l'article "+to) {
		return false
	}
	bare := asciiLower(stripQuotes(ops))
	return !strings.Contains(bare, "devien") && !strings.Contains(bare, "article")
}

// renumberedDivisionsNamed is the scope a division renumbering names for
// the instruction after it ("I. – La section 3 du chapitre II du titre
// III … devient la section 4. II. – La section 2 du même chapitre devient
// la section 3."): the division that holds the one renumbered (the
// chapitre II), each move's, as the scope of any instruction naming
// divisions is. The division renumbered itself is not named: "la même
// section" after it may be its former number or its new one (refused,
// as with no section named before). ok is false when edits are not
// division renumberings with their moves (the scopes left as they
// were: the code alone).
func renumberedDivisionsNamed(edits []Edit) (Scope, []Scope, bool) {
	var named []Scope
	for _, e := range edits {
		if e.Kind != EditRenumberDivision || len(e.Moves) == 0 || e.Scope.Ref.Code == "" {
			return Scope{}, nil, false
		}
		for _, m := range e.Moves {
			if len(m.From) < 2 {
				return Scope{}, nil, false
			}
			named = append(named, Scope{Ref: CodeRef{Code: e.Scope.Ref.Code}, Division: append([]string(nil), m.From[:len(m.From)-1]...)})
		}
	}
	if len(named) == 0 {
		return Scope{}, nil, false
	}
	return named[0], named[1:], true
}

// sameDivisionRenumbered completes or refuses a division renumbered that
// names its place by "même" ("La section 2 du même chapitre devient la
// section 3", loc folded): the code is the one that place was resolved
// in (the edit had none at the top of a bill article, and moved no
// article), and a place not resolved ("du même chapitre" with no
// chapitre named before) refuses it — it was recorded, no article moved,
// no error, the folders left stale for the instructions after it.
func (p *parser) sameDivisionRenumbered(e *Edit, loc, locCased string, parent Scope) string {
	if !reSameDivision.MatchString(loc) {
		return ""
	}
	src, ok, why := p.scopes(loc, locCased, parent)
	if !ok {
		return "renumbering a division named in the place an instruction before named: " + why.Error()
	}
	if len(e.Moves) > 0 && e.Scope.Ref.Code == "" && len(src) > 0 {
		e.Scope.Ref.Code = src[0].Ref.Code
	}
	return ""
}

// reComprisingAfter is the articles a division holds, said after it as
// its subject: ", comprenant les articles L. 1 et L. 2," (", qui
// comprend l'article L. 1", "regroupant …"), lower case, up to the end of
// the subject.
var reComprisingAfter = mustRe(`\s*,\s*(?:comprenant|qui\s+compren(?:d|nent)|regroupant|qui\s+regroupent?)\s+(?:l'article|les\s+articles)\s+[^,«»;:]+?\s*,?\s*$`)

// withoutComprising reads a division renumbered with the articles it
// holds said after it, "La section 2 du chapitre II …, comprenant les
// articles L. 1 et L. 2, devient la section 3", as the division alone:
// the articles are what it holds, not more places renumbered (it was
// recorded, no article moved, no error — the division and the two
// articles made three sources for one new number). loc and locCased are
// the subject, lower case and as written, of the same length.
func withoutComprising(loc, locCased string) (string, string) {
	m := reComprisingAfter.FindStringIndex(loc)
	if m == nil || len(loc) != len(locCased) {
		return loc, locCased
	}
	return loc[:m[0]], locCased[:m[0]]
}
