package law

import (
	"fmt"
	"strings"
)

// reTextByNumber is a law or an ordonnance named by its number or its
// date, folded: "la loi n° 2010-5", "l'ordonnance du 1er mars 2000"
// (group: the kind).
var reTextByNumber = mustRe(`\b(loi|ordonnance)\s+(?:organique\s+)?(?:n[°o]?\s*\d|du\s+(?:1er|\d))`)

// sameTextAfterVersion refuses "de la même loi" ("ladite loi", "cette
// ordonnance") when the law it names last was named with a version
// clause naming another of its kind: "L'article 2 de la loi n° 2000-1,
// dans sa rédaction issue de la loi n° 2010-5, …" then "… l'article 3 de
// la même loi" — the law edited (which was read) or the one named last
// (the version's), the text does not say; in one locator ("À l'article 2
// de la loi n° 2000-1, dans sa rédaction issue de la loi n° 2010-5, et à
// l'article 3 de la même loi") the second article was dropped. It also
// records, for the alinéas after, whether the alinéa (low, folded,
// quotations shaped out) named a text of that kind with such a clause.
func (p *parser) sameTextAfterVersion(low string) string {
	if p.versionKinds == nil {
		p.versionKinds = map[string]bool{}
	}
	versionAt := map[string]int{} // kind → the end of the first clause naming one
	outside := low
	for _, c := range reVersionClause.FindAllStringIndex(low, -1) {
		for _, k := range reTextByNumber.FindAllStringSubmatch(low[c[0]:c[1]], -1) {
			if _, ok := versionAt[k[1]]; !ok {
				versionAt[k[1]] = c[1]
			}
		}
		outside = blankOut(outside, c[0], c[1])
	}
	why := ""
	if m := reSameText.FindStringSubmatchIndex(outside); m != nil {
		kind := outside[m[2]:m[3]]
		namedBefore := false
		for _, k := range reTextByNumber.FindAllStringSubmatch(outside[:m[0]], -1) {
			namedBefore = namedBefore || k[1] == kind
		}
		if at, ok := versionAt[kind]; ok && at <= m[0] || p.versionKinds[kind] && !namedBefore {
			why = "\"la même " + kind + "\" after a " + kind + " named with a version clause naming another (dans sa rédaction issue de …): which one is not said"
		}
	}
	for _, k := range reTextByNumber.FindAllStringSubmatch(outside, -1) {
		_, ok := versionAt[k[1]]
		p.versionKinds[k[1]] = ok
	}
	return why
}

// reRepealedAlsoBare is "<X> est abrogé ainsi que <Y>" with no comma
// before "ainsi que", Y a place by its label, its rank or its noun
// (groups: up to the verb, the rest) — never "ainsi que le prévoit …".
var reRepealedAlsoBare = mustRe(`^(.+?\s+(?:est|sont)\s+(?:abrog|supprim)[ée]e?s?)(\s+ainsi\s+que\s+(?:(?:les?|la)\s+|l['’])(?:\d|[IVX]+\b|[a-z]\b|[A-Z]\b|` + alsoRanks + `s?\b|(?:deux|trois|quatre|cinq)\b|(?:articles?|alinéas?|phrases?|paragraphes?|sections?|sous-sections?|chapitres?|titres?)\b))`)

// repealedAlsoBare reads "Le 1° est abrogé ainsi que le 3°" as "Le 1°
// est abrogé, ainsi que le 3°", which repealedAlsoThat reads (it was
// not understood).
func repealedAlsoBare(body string) string {
	if m := reRepealedAlsoBare.FindStringSubmatchIndex(body); m != nil {
		return body[:m[3]] + "," + body[m[3]:]
	}
	return body
}

// reOpensQuoteAtEnd is an instruction whose new text opens on its own
// line after its colon, "… est ainsi rédigé : « Il signe." (groups: the
// instruction up to its colon, the new text from its opening mark).
var reOpensQuoteAtEnd = mustRe(`^(.*\S\s*:)\s*([«“].*)$`)

// quoteOpenedOnLine cuts the alinéas holding an instruction whose
// quotation opens on its line and runs over the next alinéas, "Le
// second alinéa est ainsi rédigé : « Il signe." then "« Il date. »", into
// the instruction ("… est ainsi rédigé :") and the first alinéa of its
// new text ("« Il signe."), as the new text on lines of its own is read
// (the instruction was refused: no new text). Cut only when the
// quotation opened there is not closed on the line, the next alinéa is
// quoted and a later quoted alinéa closes it; src keeps each line's
// alinéa of the bill article.
func quoteOpenedOnLine(lines []string, src []int) ([]string, []int) {
	var out []string
	var outSrc []int
	for i, l := range lines {
		t := strings.TrimSpace(l)
		// the cheap tests first: the pattern runs on every alinéa
		if isQuoted(t) || !closedLater(lines[i+1:]) {
			out, outSrc = append(out, l), append(outSrc, src[i])
			continue
		}
		if m := reOpensQuoteAtEnd.FindStringSubmatch(t); m != nil && opensUnclosed(m[2]) {
			out, outSrc = append(out, m[1], m[2]), append(outSrc, src[i], src[i])
			continue
		}
		out, outSrc = append(out, l), append(outSrc, src[i])
	}
	return out, outSrc
}

// opensUnclosed says whether s, from a quotation's opening mark, leaves
// it open at its end: more guillemets opened than closed ("« Il signe
// l'acte « X »." closes the inner quotation only).
func opensUnclosed(s string) bool {
	open := strings.Count(s, "«") + strings.Count(s, "“")
	shut := strings.Count(s, "»") + strings.Count(s, "”")
	return open > shut
}

// closedLater says whether the alinéas after a quotation opened on an
// instruction's line continue it, each quoted, up to one closing it.
func closedLater(next []string) bool {
	for _, n := range next {
		if !isQuoted(n) {
			return false
		}
		if closesQuote(n) {
			return true
		}
	}
	return false
}

// reRenumOneItem is one item relabelled, as written (groups: its label,
// the place it is in); reRenumCapitalTo the label it takes, the same kind
// with capitals after it, "le 1° A", "le a A", "le 2° bis AA" (group: the
// label).
var (
	reRenumOneItem   = mustRe(`^(?:[Ll]e|[Ll]a|[Ll]')\s*((?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?)((?:\s+(?:du|de|des)\b.*)?)$`)
	reRenumCapitalTo = mustRe(`^(?:[Ll]e|[Ll]a|[Ll]')\s*((?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?\s+[A-Z]{1,3})$`)
)

// relabelCapital reads an item relabelled into a label with capitals,
// "Le 1° devient le 1° A", "Le II devient le I A", "Le 2° devient le 2°
// bis A" (it was refused: a renumbering into a division, the capital read
// as a division's): one item, the new label of the old one's kind (ok
// false when the clause is not of this form). A letter's, "Le a devient
// le a A", is refused: "a A)" is no label an item is read by.
func (p *parser) relabelCapital(locCased, targetCased string, parent Scope) ([]Edit, string, bool) {
	fm := reRenumOneItem.FindStringSubmatch(locCased)
	tm := reRenumCapitalTo.FindStringSubmatch(targetCased)
	if fm == nil || tm == nil {
		return nil, "", false
	}
	base := strings.Join(strings.Fields(tm[1])[:len(strings.Fields(tm[1]))-1], " ")
	if casedKind(fm[1]) != casedKind(base) {
		return nil, "renumbering items: a label changes kind", true
	}
	if casedKind(base) == "letter" {
		// "a A)": no item's label the code is read with.
		return nil, "renumbering items: capitals after a letter's label (a A) are not read", true
	}
	loc := "le " + fm[1] + fm[2]
	scopes, ok, why := p.scopes(asciiLower(loc), loc, parent)
	if !ok {
		return nil, why.Error(), true
	}
	if len(scopes) != 1 || len(scopes[0].Path) == 0 || scopes[0].Path[len(scopes[0].Path)-1].Item == "" || scopes[0].RangeTo != "" || scopes[0].Sentence != 0 {
		return nil, "renumbering items: not an item of one article", true
	}
	return []Edit{{Kind: EditRelabel, Scope: scopes[0], New: strings.Join(strings.Fields(tm[1]), " ")}}, "", true
}

// reCapitalsWord is the capitals after an item's label as labelOf
// gives it, in lower case: "a" of "1° a" ("1° A").
var reCapitalsWord = mustRe(`^[a-z]{1,3}$`)

// capitalKeepsOrder refuses an item relabelled under a label with
// capitals out of its list's order: "1° A" ranks after the items before
// the 1° and before the 1° (relabelKeepsOrder does not compare labels
// without a rank) — "Le 3° devient le 1° A" gave 1°, 2°, 1° A, "Le 2°
// devient le 1° AA" 1°, 1° AA. The list is read as relabelKeepsOrder
// reads it, placeholders passed over.
func capitalKeepsOrder(al []string, lo int) error {
	if lo < 0 || lo >= len(al) {
		return nil
	}
	lab, kind := labelOf(al[lo])
	f := strings.Fields(lab)
	if _, latin := latinOrder[f[len(f)-1]]; len(f) < 2 || latin || !reCapitalsWord.MatchString(f[len(f)-1]) {
		return nil
	}
	r := latinRank(strings.Join(f[:len(f)-1], " "), kind)
	if r == 0 {
		return nil
	}
	near := func(i, step int) (string, int) { return rankedSibling(al, i, step, kind) }
	if l, p := near(lo-1, -1); p >= r {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("item relabelled %q after %q: out of their order", lab, l))
	}
	if l, n := near(lo+1, 1); n > 0 && n < r {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("item relabelled %q before %q: out of their order", lab, l))
	}
	return nil
}

// sentencesOverAlineas says whether an instruction read as new sentences
// (inserted, or a sentence rewritten) takes its text from one quotation
// running over several alinéas — "Le second alinéa est complété par une
// phrase ainsi rédigée :" then "« Il signe." and "« Il date. »": a
// sentence holds no alinéa's break; new alinéas or sentences joined, the
// text does not say (the alinéas were joined into the sentence's). The
// sentences quoted one by one ("« Il signe. »", "« Il date. »") are read.
func sentencesOverAlineas(payload []string, edits []Edit) bool {
	if len(payload) < 2 || closesQuote(payload[0]) && !opensUnclosed(payload[0]) {
		return false
	}
	for _, e := range edits {
		if e.Kind == EditInsertSentences || e.Kind == EditRewrite && e.Scope.Sentence != 0 {
			return true
		}
	}
	return false
}
