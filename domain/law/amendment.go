package law

import (
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// AmendedArticle is a bill article as a tabled amendment would leave it.
type AmendedArticle struct {
	// Article is the amended article; its Alineas are nil if Deleted.
	Article Article
	Deleted bool
	// Applied is true when every part of the dispositif was understood and
	// applied. When false, Article is the article unchanged and Unparsed
	// holds the parts of the dispositif, raw, that were not: an amendment
	// is applied whole or not at all, never guessed.
	Applied  bool
	Unparsed []string
	// Refusals says why each line of Unparsed was refused, one error
	// for each, in order, of a kind errors.Is finds (amtyped24.go);
	// the "(reason) " an Unparsed line opens with is its text.
	Refusals []error
	// Edits are the parsed edits (Scope.Ref is the bill article).
	Edits []Edit
	// Identical is set by ComposeAmendments on an amendment identical to
	// one applied before it: adopted jointly, it changes nothing more.
	Identical bool
	// SubAmendmentOf is the number of the amendment a sub-amendment
	// edits (ComposeNumbered); the article changes through that one.
	SubAmendmentOf string
}

// ApplyAmendment applies an amendment's dispositif to its target article.
// The grammar is the Assemblée's and the Sénat's drafting style: "Supprimer
// cet article.", "Rédiger ainsi cet article : …", "À l'alinéa 3, substituer
// aux mots : « A » les mots : « B ».", "Après le mot : « A », insérer les
// mots : « B ».", "À l'alinéa 2, supprimer les mots : « A ».", "Supprimer
// l'alinéa 4.", "Rédiger ainsi l'alinéa 2 : …", "Compléter cet article par
// l'alinéa suivant : …", "Compléter l'alinéa 3 par les mots : « … »", "Après
// l'alinéa 13, insérer l'alinéa suivant : …", with parts numbered "I. –",
// "II. –". The dispositif may be HTML, as in the Assemblée's open data.
func ApplyAmendment(a Article, dispositif string) AmendedArticle {
	if paras := HTMLToParagraphs(dispositif); editsAnAmendment(paras) {
		r := AmendedArticle{Article: a}
		amRefused24(&r, errSubAmendment24, strings.Join(paras, "\n"))
		return r
	}
	r, _ := applyAmendment(a, nil, nil, dispositif)
	return r
}

// restateCounts is an amendment's lines after sub-amendments (composed)
// with the count of new alinéas its heads announce restated where they
// inserted or deleted alinéas of that text: "insérer deux alinéas ainsi
// rédigés :" as tabled, a sub-amendment adding a third — the count the
// amendment announced was its text's, and the text adopted is the
// sub-amended one (the count, now contradicted, refused it). Only an
// instruction whose head, unchanged, announced as many alinéas as it
// gave when tabled, and whose count is written on one line alone among
// the amendment's lines; else the lines are left as they are.
func restateCounts(tabled, composed []string) []string {
	ti, ci := splitDispositif(tabled), splitDispositif(composed)
	if len(ti) != len(ci) {
		return composed
	}
	out := slices.Clone(composed)
	for k := range ti {
		if ti[k].head != ci[k].head || len(ti[k].payload) == len(ci[k].payload) || len(ci[k].payload) == 0 {
			continue
		}
		n, ok := announcedCount(amAnnounced, asciiLower(foldAccents(shapeOnly(ti[k].head))))
		if !ok || n != len(ti[k].payload) {
			continue
		}
		at, loc := -1, []int(nil)
		for j, l := range out {
			if m := amAnnouncedCased.FindStringSubmatchIndex(l); m != nil && cardinal(strings.ToLower(l[m[2]:m[3]])) == n {
				if at >= 0 {
					at = -2
					break
				}
				at, loc = j, m
			}
		}
		if at >= 0 {
			out[at] = out[at][:loc[2]] + strconv.Itoa(len(ci[k].payload)) + out[at][loc[3]:]
		}
	}
	return out
}

// amAnnouncedCased is amAnnounced on the text as written (group 1 the
// count).
var amAnnouncedCased = mustRe(`(?i)\b(` + cardinalWords + `|\d+)\s+alinéas\s+(?:ainsi\s+r[ée]dig[ée]e?s?|suivante?s?)\b`)

// keptLines is the indices of the lines of an amendment's dispositif
// after a sub-amendment edited it (before, after) that stay, without the
// placeholders its deletions left ("II. – (Supprimé)", as a bill keeps a
// deleted part's number): a part of an amendment deleted is gone — the
// placeholder was read as new text and inserted into the article.
func keptLines(before, after []string) []int {
	had := map[string]int{}
	for _, l := range before {
		had[l]++
	}
	var out []int
	for i, l := range after {
		if had[l] > 0 {
			had[l]--
		} else if isAbrogatedPlaceholder(strings.TrimLeft(l, "«\"“ ")) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// editsAnAmendment reports whether a dispositif edits an amendment — a
// sub-amendment — rather than the article: the Sénat's head "Amendement
// n° 10, alinéa 3" (or "Amendement n° 10" alone on its line), or, outside
// quotations, "cet amendement" or "de l'amendement," without its number
// in an instruction
// (with its number, elsewhere refuses the instruction). ComposeNumbered
// applies such a dispositif to its amendment, where "cet amendement" is
// the text edited.
func editsAnAmendment(paras []string) bool {
	if len(paras) > 0 && subAmendment.MatchString(cleanAmendmentLine(paras[0])) {
		return true
	}
	// The statement of reasons after it ("Cet amendement vise à …") is
	// not an instruction.
	for _, p := range dispositifOnly(paras) {
		if matchOutsideQuotes(p, amThisAmendment) {
			return true
		}
	}
	return false
}

// amRewriteThisAmendment is a sub-amendment's instruction rewriting its
// whole amendment: "Rédiger ainsi cet amendement :" ("… ce
// sous-amendement" is not one: it names the sub-amendment itself).
var amRewriteThisAmendment = mustRe(`^\s*R[ée]diger\s+ainsi\s+cet\s+amendement\s*:?\s*$`)

// amThisAmendment is an amendment named without its number as the place
// of an instruction: "cet amendement", "de l'amendement," (a
// sub-amendment's).
var amThisAmendment = mustRe(`(?i)\b(?:cet|ce\s+sous-)\s*amendement\b|\bde\s+l['’](?:sous-)?amendement\s*,`)

// ComposeAmendments applies amendments in turn to a bill article, as a
// sitting adopts them: each to the article as the previous ones left it,
// but with alinéas designated by number ("alinéa 6") counted on the
// article as it stood before the first — the text they were all tabled
// on. It returns the article at the end and each amendment's result
// (an amendment not applied leaves the article as it was).
//
// Identical amendments — the same dispositif from several authors, which
// a sitting discusses and adopts jointly — apply once: an amendment whose
// dispositif equals an applied one's, typography and case aside, is
// applied and changes nothing (Identical is set); so is the same change
// written another way, in the other chamber's style (sameChange).
func ComposeAmendments(a Article, dispositifs []string) (Article, []AmendedArticle) {
	ds := make([]Dispositif, len(dispositifs))
	for i, d := range dispositifs {
		ds[i] = Dispositif{Text: d}
	}
	return ComposeNumbered(a, ds)
}

// Dispositif is an amendment's dispositif with its number in its assembly
// ("78", "COM-12"), which sub-amendments name.
type Dispositif struct {
	Number string
	Text   string
}

// subHost is an amendment as the sub-amendments composed so far left it:
// its alinéas (al), those it was tabled with (tabled) and the number as
// tabled of each of al (tags, as applyAmendment keeps them; nil before
// the first sub-amendment).
type subHost struct {
	al, tabled []string
	tags       []int
}

// ComposeNumbered is [ComposeAmendments] for numbered amendments, which
// also applies sub-amendments: a dispositif that begins "Amendement n° 78
// rectifié, alinéa 9" edits the dispositif of amendment 78 (its
// paragraphs counted as alinéas), which then applies as modified,
// whatever the order of the two. A sub-amendment of an amendment that is
// not among ams is refused.
func ComposeNumbered(a Article, ams []Dispositif) (Article, []AmendedArticle) {
	out := make([]AmendedArticle, len(ams))
	texts := make([]string, len(ams))
	sub := make([]bool, len(ams))
	parentOf := make([]int, len(ams))
	hosts := map[int]*subHost{}
	for i, d := range ams {
		texts[i] = d.Text
	}
	for i, d := range ams {
		paras := HTMLToParagraphs(d.Text)
		if len(paras) == 0 {
			continue
		}
		raw := paras
		m := subAmendment.FindStringSubmatch(paras[0])
		if m == nil {
			// "À l'alinéa 3 de l'amendement n° 78, substituer …": the
			// amendment named in the instruction's place, as the
			// Assemblée writes a sub-amendment.
			num, body, ok := amendmentNamedIn(paras)
			if !ok {
				continue
			}
			m, paras = []string{"", num, ""}, append([]string{""}, body...)
		}
		sub[i] = true
		out[i] = AmendedArticle{Article: a, SubAmendmentOf: m[1]}
		parent := -1
		for j, p := range ams {
			if j != i && amendmentNumber(p.Number) == amendmentNumber(m[1]) {
				parent = j
			}
		}
		if parent < 0 {
			amRefused24(&out[i], parentNotComposed24(m[1]), strings.Join(raw, "\n"))
			continue
		}
		// The amendment's alinéas are counted as tabled, as the
		// article's are: a sub-amendment inserting alinéas into it does
		// not move the alinéa another one names.
		hs := hosts[parent]
		if hs == nil {
			hs = &subHost{al: HTMLToParagraphs(texts[parent])}
			hs.tabled = hs.al
			hosts[parent] = hs
		}
		host := Article{Number: ArticleNumber(ams[parent].Number), Alineas: hs.al}
		loc := strings.TrimSpace(m[2])
		if loc != "" {
			loc = strings.ToUpper(loc[:1]) + loc[1:]
		}
		body := append([]string(nil), paras[1:]...)
		if loc == "" && len(body) > 1 && amRewriteThisAmendment.MatchString(body[0]) {
			// "Amendement n° 10" / "Rédiger ainsi cet amendement :" / its
			// new dispositif: the whole amendment rewritten, as "Rédiger
			// ainsi cet article :" rewrites the article (it was refused).
			body[0] = "Rédiger ainsi cet article :"
		}
		r, tags := applyAmendment(host, hs.tabled, hs.tags, strings.Join(append([]string{loc}, body...), "\n"))
		if !r.Applied || r.Deleted {
			out[i].Unparsed, out[i].Refusals = r.Unparsed, subRefusals24(r)
			if len(out[i].Unparsed) == 0 {
				out[i].Unparsed = []string{strings.Join(raw, "\n")}
			}
			continue
		}
		kept := keptLines(host.Alineas, r.Article.Alineas)
		quoted := quoteInserted28(host.Alineas, r.Article.Alineas) // (amquote28.go)
		hs.al = nil
		var keptTags []int
		for _, k := range kept {
			hs.al = append(hs.al, quoted[k])
			if len(tags) == len(r.Article.Alineas) {
				keptTags = append(keptTags, tags[k])
			}
		}
		hs.tags = keptTags
		if hs.tags == nil {
			// No tags (nothing is left of the amendment): its
			// alinéas are counted as they stand.
			hs.tabled = hs.al
		}
		texts[parent] = strings.Join(restateCounts(hs.tabled, hs.al), "\n")
		out[i].Applied, out[i].Edits = true, r.Edits
		parentOf[i] = parent
	}
	var tags []int
	tabled := a.Alineas
	applied := map[string]bool{}
	// rewritten is the alinéas as tabled an amendment applied rewrote
	// whole, and its number.
	rewritten := map[int]string{}
	// whole is the number of an amendment applied that deleted the
	// article or rewrote it whole: the others fall.
	whole := ""
	// done is the amendments applied, to apply once the same change
	// written another way (sameChange).
	var done []appliedChange
	// gone28 is the sentences as tabled amendments applied rewrote or
	// deleted: one naming them falls (compose28.go).
	gone28 := goneSentences28{}
	for i, d := range texts {
		if sub[i] {
			out[i].Article = a
			continue
		}
		// The same dispositif, final period or not ("Supprimer ces
		// alinéas" and "Supprimer ces alinéas.").
		key := strings.TrimRight(strings.ToLower(NormalizeTypography(strings.Join(HTMLToParagraphs(d), "\n"))), " .")
		if applied[key] {
			out[i] = AmendedArticle{Article: a, Applied: true, Identical: true}
			continue
		}
		if paras := HTMLToParagraphs(d); editsAnAmendment(paras) {
			out[i] = AmendedArticle{Article: a}
			amRefused24(&out[i], errSubAmendment24, strings.Join(paras, "\n"))
			continue
		}
		if sameChange(done, tabled, d, CodeRef{Code: "bill", Article: NormalizeArticleNumber(string(a.Number))}) {
			out[i] = AmendedArticle{Article: a, Applied: true, Identical: true}
			continue
		}
		r, t := applyAmendment(a, tabled, tags, d)
		if n, by := namesRewritten(r.Edits, rewritten, len(tabled)); by != "" && !(r.Applied && sameWords(r.Article.Alineas, a.Alineas)) {
			// An alinéa an earlier amendment rewrote whole is gone with
			// the text this one was tabled on: it falls, as after a
			// whole article rewritten (the new text held its words).
			// The same rewrite in other typography applies.
			out[i] = AmendedArticle{Article: a}
			amRefused24(&out[i], fallsRewritten24(n, by), strings.Join(HTMLToParagraphs(d), "\n"))
			continue
		}
		if err := gone28.falls(r.Edits, tabled); err != nil && !(r.Applied && sameWords(r.Article.Alineas, a.Alineas)) {
			out[i] = AmendedArticle{Article: a}
			amRefused24(&out[i], err, strings.Join(HTMLToParagraphs(d), "\n"))
			continue
		}
		if whole != "" && !(r.Applied && rewritesWholeArticle(r) && sameWords(r.Article.Alineas, a.Alineas)) {
			// An amendment deleting the article or rewriting it whole,
			// once adopted, leaves the others on it without object (they
			// fall, as the chambers rule): tabled on the text it
			// replaced, they name nothing in what is left ("Compléter
			// cet article" completed a deleted article, "Après le mot :
			// « A »" found A in the new text). The same rewrite in other
			// typography (adopted jointly) applies.
			out[i] = AmendedArticle{Article: a}
			amRefused24(&out[i], fallsWholeArticle24(whole), strings.Join(HTMLToParagraphs(d), "\n"))
			continue
		}
		out[i] = r
		if r.Applied {
			done = append(done, appliedChange{before: a, tags: tags, after: r.Article.Alineas, edits: r.Edits, deleted: r.Deleted})
			a, tags = r.Article, t
			applied[key] = true
			for _, e := range r.Edits {
				if p := lastAsTabled(e, len(tabled)).Scope.Path; e.Kind == EditRewrite && len(p) == 1 && p[0].Numbered && p[0].Alinea > 0 && p[0].Count >= 0 && e.Scope.Sentence == 0 && p[0].Item == "" {
					for k := 0; k < max(p[0].Count, 1); k++ {
						rewritten[p[0].Alinea+k] = composedName(ams, i)
					}
				}
			}
			gone28.record(r.Edits, tabled, composedName(ams, i))
			if rewritesWholeArticle(r) {
				whole = composedName(ams, i)
			}
		}
	}
	// A sub-amendment changes the article only through its amendment: one
	// whose amendment, as it left it, is then refused (its instruction
	// line deleted, say) has changed nothing — not applied (it counted as
	// applied beside its amendment refused).
	for i := range ams {
		if sub[i] && out[i].Applied && !out[parentOf[i]].Applied {
			out[i].Applied, out[i].Edits = false, nil
			amRefused24(&out[i], parentRefused24(ams[parentOf[i]].Number), strings.Join(HTMLToParagraphs(ams[i].Text), "\n"))
		}
	}
	return a, out
}

// namesRewritten is an alinéa as tabled that edits name by its number
// (to edit its text: not an insertion beside it) and that rewritten
// holds, with the amendment that rewrote it ("" when none); "le dernier
// alinéa" is the last of the tabled alinéas.
func namesRewritten(edits []Edit, rewritten map[int]string, tabled int) (int, string) {
	for _, e := range edits {
		p := lastAsTabled(e, tabled).Scope.Path
		if len(p) == 0 || !p[0].Numbered || p[0].Alinea <= 0 || p[0].Count < 0 || e.Kind == EditInsertAlineas {
			continue
		}
		for k := 0; k < max(p[0].Count, 1); k++ {
			if by := rewritten[p[0].Alinea+k]; by != "" {
				return p[0].Alinea + k, by
			}
		}
	}
	return 0, ""
}

// rewritesWholeArticle reports whether an amendment applied deleted its
// article or rewrote it whole ("Supprimer cet article.", "Rédiger ainsi
// cet article :", "Rétablir cet article …").
func rewritesWholeArticle(r AmendedArticle) bool {
	if r.Deleted {
		return true
	}
	for _, e := range r.Edits {
		if (e.Kind == EditRewrite || e.Kind == EditDelete) && len(e.Scope.Path) == 0 {
			return true
		}
	}
	return false
}

// sameWords reports whether two texts hold the same words in the same
// order, typography aside (quotation marks, spaces, punctuation, case).
func sameWords(x, y []string) bool {
	key := func(al []string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(strings.Join(al, " ")), func(c rune) bool {
			return !unicode.IsLetter(c) && !unicode.IsDigit(c)
		}), " ")
	}
	return key(x) == key(y)
}

// applyAmendmentText applies one dispositif. tags[i] is the number, in the
// text as tabled (tabled), of the article's alinéa i (0 for an alinéa
// added since); nil means the article is the text as tabled. It returns
// the tags of the result. Sentences are counted as tabled too, as the
// bills' groups count them (groupBounds): "Alinéa 3, troisième phrase"
// after an amendment deleted the first is the third as tabled.
func applyAmendmentText(a Article, tabled []string, tags []int, dispositif string) (AmendedArticle, []int) {
	out := AmendedArticle{Article: a}
	if tags == nil {
		tabled = a.Alineas
		tags = make([]int, len(a.Alineas))
		for i := range tags {
			tags[i] = i + 1
		}
	}
	ref := CodeRef{Code: "bill", Article: NormalizeArticleNumber(string(a.Number))}
	paras := HTMLToParagraphs(dispositif)
	edits, unparsed, why := parseDispositif24(ref, paras)
	markQuantities(edits, strings.Join(paras, "\n"))
	out.Edits = edits
	if len(unparsed) > 0 || len(edits) == 0 {
		out.Unparsed, out.Refusals = unparsed, why
		if len(edits) == 0 && len(unparsed) == 0 {
			out.Unparsed, out.Refusals = []string{strings.Join(HTMLToParagraphs(dispositif), "\n")}, []error{errAmNoInstruction24}
		}
		out.Edits = nil
		return out, tags
	}
	c := Corpus{ref: {Ref: ref, Heading: string(a.Number), Alineas: append([]string(nil), a.Alineas...)}}
	tags = append([]int(nil), tags...)
	joined := joinedDeletions(a.Alineas, edits)
	skipped := introTextSkipped(joined, tabled, tags, a.Alineas)
	tags0, al0 := append([]int(nil), tags...), append([]string(nil), a.Alineas...)
	covered := coveredAlineas(joined, tags0, al0)
	for k, e := range joined {
		fromEnd := k > 0 && fromEndOfArticle(e)
		var divErr error
		if countsInDivision(e) && len(tags0) == len(al0) && divisionMoved(e, al0, tags0, tabled, tabledTags(len(tabled))) {
			// "Au troisième alinéa du I" where an earlier amendment
			// gave the I other alinéas: counted in the I as tabled, as
			// an amendment's "alinéa 6" is in the article.
			e, divErr = divisionAsTabled(e, tabled)
		}
		e = lastAsTabled(e, len(tabled))
		var err error
		if fromEnd && e.Scope.Path[0].Numbered {
			d := e.Scope.Path[0]
			if movedAfter(d.Alinea+max(d.Count, 1)-1, tags, len(c[ref].Alineas), tags0, len(al0)) {
				err = applyKind26(errApplyTabledSince26, "alinéas counted from the end after the amendment's own parts moved the alinéas after them: the last as tabled or as those parts leave it is not said")
			}
		}
		if k > 0 && fromEndOfDivision(e) && divisionMoved(e, c[ref].Alineas, tags, al0, tags0) {
			err = applyKind26(errApplyTabledSince26, "alinéas counted from the end of a division the amendment's own parts changed: the last as tabled or as those parts leave it is not said")
		}
		e, rerr := renumberAsTabled(e, tags, c[ref].Alineas)
		if err == nil {
			err = rerr
		}
		if err == nil {
			e, err = beforeNewParagraph(e, tags, c[ref].Alineas)
		}
		if err == nil {
			err = divErr
		}
		// "Supprimer l'alinéa 1" after a gage numbered the text "I. - ":
		// the number is not the tabled alinéa's (amcomp21).
		given := ""
		if err == nil && editsFirstAlinea(e) {
			if given = givenFirstLabel(c[ref].Alineas, tabled); given != "" {
				cur := c[ref]
				cur.Alineas = append([]string(nil), cur.Alineas...)
				cur.Alineas[0] = cur.Alineas[0][len(given):]
				c[ref] = cur
				a.Alineas = cur.Alineas
			}
		}
		if err == nil && k == 0 {
			err = skipped
		}
		if err == nil && (e.Kind == EditAppendAlineas || e.Kind == EditInsertAlineas) && len(e.Lines) > 0 {
			if i, ok := deletedPlaceholder(c[ref].Alineas, e.Lines[0]); ok {
				e = Edit{Kind: EditRewrite, Scope: Scope{Ref: ref, Path: []Division{{Alinea: i + 1}}}, Lines: e.Lines}
			}
		}
		if err == nil {
			err = placeholderEdited(c[ref].Alineas, e)
		}
		if err == nil {
			err = wordsBeyondTabled(tabled, tags, c[ref].Alineas, e)
		}
		if err == nil {
			err = rankedWordsMoved(tabled, tags, c[ref].Alineas, e)
		}
		if err == nil {
			err = alineaEndMoved(tabled, tags, c[ref].Alineas, e)
		}
		if err == nil {
			err = wordsAtAnchorSince(tabled, tags, c[ref].Alineas, e)
		}
		if err == nil && e.Scope.OneAlinea {
			if lo, hi, _, rerr := resolve(c[ref].Alineas, e.Scope.Path); rerr == nil && hi-lo > 1 {
				err = reasonOf(errThisAlineaDivision26, fmt.Sprintf("\"cet alinéa\" names a division of %d alinéas: which is meant is not said", hi-lo))
			}
		}
		if err == nil && e.Kind == EditRewrite {
			err = payloadKept(c[ref].Alineas, e)
		}
		if err == nil && (e.Kind == EditRewrite || e.Kind == EditDelete) {
			err = introSentenceDropped(c[ref].Alineas, e)
		}
		if err == nil && (e.Kind == EditRewrite || e.Kind == EditDelete) {
			err = rankedIntroDropped(c[ref].Alineas, e)
		}
		if err == nil && e.Kind == EditRewriteEnd {
			err = introEndDropped(c[ref].Alineas, e)
		}
		if err == nil && (e.Kind == EditRewrite || e.Kind == EditDelete || e.Kind == EditRewriteEnd) {
			err = quotedIntroDropped(c[ref].Alineas, e, tags, covered)
		}
		if err == nil && (e.Kind == EditRewrite || e.Kind == EditDelete) {
			err = payloadStraddled(c[ref].Alineas, e)
		}
		if err == nil && e.Kind == EditRewrite {
			e, err = keptParts(c[ref].Alineas, e)
			if err == nil {
				e = labelOfRewritten(c[ref].Alineas, e)
				err = labelDropped(c[ref].Alineas, e)
			}
		}
		if err == nil && e.Kind == EditDelete && e.Scope.Sentence == 0 && len(e.Scope.Path) > 0 {
			e = withPayload(c[ref].Alineas, e)
			err = payloadCut(c[ref].Alineas, e)
		}
		if err == nil && e.Kind == EditDelete && e.Scope.Sentence == 0 && len(e.Scope.Path) > 0 {
			if lines, from, ok := deletedDivision(c[ref].Alineas, e.Scope.Path); ok {
				lo, hi, _, _ := resolve(c[ref].Alineas, e.Scope.Path)
				if from > lo && len(e.Scope.Path) == 1 {
					// "Supprimer les alinéas 5 et 6" where 5 ends a quoted
					// text and 6 is the whole 2°: the 2° stays "2°
					// (Supprimé)", the plain alinéas go as a deletion
					// does (the quotation closed on the line before; it
					// was left open, the placeholder quoted).
					d := e.Scope.Path[0]
					div, plain := d, d
					div.Alinea, div.Count = from+1, hi-from
					plain.Alinea, plain.Count = lo+1, from-lo
					err = applyEdit(c, Edit{Kind: EditRewrite, Scope: Scope{Ref: ref, Path: []Division{div}}, Lines: lines}, ApplyOptions{billQuotes: true})
					e = Edit{Kind: EditDelete, Scope: Scope{Ref: ref, Path: []Division{plain}}, NoMark: e.NoMark}
				} else {
					e = Edit{Kind: EditRewrite, Scope: e.Scope, Lines: lines}
				}
			}
		}
		if err == nil {
			var grp *groupState
			if e.Scope.Sentence != 0 && len(tags) == len(c[ref].Alineas) {
				// Alinéas rewritten together (jointRun) are not the
				// tabled ones: their sentences are counted as they are.
				plain := make([]int, len(tags))
				for k, t := range tags {
					plain[k] = max(t, 0)
				}
				grp = &groupState{orig: tabled, tags: plain}
			}
			if e.rankMoved {
				err = rankReadingsAgree(c[ref].Alineas, e, grp)
			}
			if err == nil {
				err = applyEdit(c, e, ApplyOptions{billQuotes: true, grp: grp, typedAs: tabled})
			}
		}
		if err != nil {
			amRefused24(&out, amEditRefused24(err), strings.Join(HTMLToParagraphs(dispositif), "\n"))
			return out, tags
		}
		before := a.Alineas
		got, ok := c[ref]
		if !ok {
			if k < len(joined)-1 || k > 0 && len(e.Scope.Path) == 0 {
				// "I. – Supprimer cet article. II. – À l'alinéa 2, …":
				// the edits after the deletion have no article to edit,
				// those before it are undone — the amendment says two
				// things (they were dropped, the article deleted).
				amRefused24(&out, errDeletedAndEdited24, strings.Join(HTMLToParagraphs(dispositif), "\n"))
				return out, tags
			}
			tags = nil
			break
		}
		tags = retagSplit(before, got.Alineas, tags, e)
		if given != "" {
			got.Alineas, tags = relabelFirst(got.Alineas, tags, given)
			c[ref] = got
		}
		a.Alineas = got.Alineas
	}
	got, ok := c[ref]
	if !ok {
		out.Deleted = true
		out.Article.Alineas = nil
		out.Article.Status = ArticleDeleted
	} else {
		out.Article.Alineas = got.Alineas
	}
	out.Applied = true
	return out, tags
}

// wordsBeyondTabled refuses a word edit whose words are now found more
// often in its place than in that place as tabled (tags: the tabled
// number of each alinéa of al, 0 for one inserted since): text an
// earlier part of the amendment, an earlier edit of the same instruction
// ("après le mot : « A », insérer les mots : « en urgence » et, après le
// mot : « en », les mots : …"), or an amendment adopted before it, wrote
// holds them beside the tabled ones, and whether that occurrence is meant
// is not said — the amendment was drafted on the text as tabled (they
// were edited there too: TestGenAmWordsBeyondTabled). Without a place,
// the whole article.
func wordsBeyondTabled(tabled []string, tags []int, al []string, e Edit) error {
	w := e.Old
	switch e.Kind {
	case EditInsertWords:
		w = e.Anchor
	case EditReplaceWords, EditDeleteWords:
		if e.Anchor != "" {
			w = e.Anchor
		}
	default:
		return nil
	}
	if w == "" || len(tags) != len(al) {
		return nil
	}
	lo, hi, ok := pathSpan(al, e.Scope.Path)
	if !ok {
		return nil
	}
	now, then := 0, 0
	seen := map[int]bool{}
	for i := lo; i < hi && i < len(al); i++ {
		now += countWords(w, al[i])
		if t := tags[i]; t > 0 && t <= len(tabled) && !seen[t] {
			seen[t] = true
			then += countWords(w, tabled[t-1])
		}
	}
	// Found only in text written since, they can only mean it (an
	// amendment drafted on an adopted one's text: TestProbeAm90SplitAlinea).
	if then > 0 && now > then {
		return applyKind26(errApplyTabledSince26, fmt.Sprintf("words %q found %d times, %d in that place as tabled: whether the text written since is meant is not said", w, now, then))
	}
	return nil
}

// labelOfRewritten gives new text that leaves its label for the
// consolidation to number ("… – Le juge tranche.", "…° …") the label of
// the division it rewrites, when that one begins with a label of that
// kind: "Alinéa 2" / "Rédiger ainsi cet alinéa :" / "… – Le juge
// tranche." on "II. – Le juge statue." is "II. – Le juge tranche." (the
// "… –" stayed).
func labelOfRewritten(al []string, e Edit) Edit {
	if len(e.Lines) == 0 || e.Scope.Sentence != 0 {
		return e
	}
	m := placeholder.FindStringSubmatch(e.Lines[0])
	if m == nil || m[1]+m[3] != "" {
		return e
	}
	lo, hi, _, err := resolve(al, e.Scope.Path)
	if err != nil || lo >= hi {
		return e
	}
	old := strings.TrimLeft(al[lo], " ")
	rest := e.Lines[0][len(m[0]):]
	var line string
	switch m[2] {
	case "°":
		if n := degreeHead.FindString(old); n != "" {
			line = n + " " + rest
		}
	case ")":
		if n := letterHead.FindString(old); n != "" {
			line = n + " " + rest
		}
	default:
		if n := billNumber.FindString(old); n != "" {
			line = n + rest
		}
	}
	if line == "" {
		return e
	}
	e.Lines = append([]string{line}, e.Lines[1:]...)
	return e
}

// labelDropped refuses an alinéa named by its number or its rank and
// rewritten whole ("Rédiger ainsi l'alinéa 3 : « … »", the Sénat's
// "Alinéa 3" / "Rédiger ainsi cet alinéa :") by new text without a label
// where the alinéa begins with one ("2° …", "II. – …", "« Art. L. 1. –
// …"): whether it keeps its number is not said, as for a division named
// by its label ("Rédiger ainsi le II : « Le préfet dort. »") — it lost
// it, "1°" then an unnumbered alinéa then "3°". Every alinéa of the
// article rewritten so is the article rewritten, read. New text with
// another label ("« 3° … »" for the 2°, "« II. – … »" for an item) says
// two labels: refused too (two 3° were left).
func labelDropped(al []string, e Edit) error {
	p := e.Scope.Path
	if e.Kind != EditRewrite || e.Scope.Sentence != 0 || len(p) == 0 || len(e.Lines) == 0 {
		return nil
	}
	if d := p[len(p)-1]; d.Alinea <= 0 || d.Item != "" || d.Dash {
		return nil
	}
	lo, hi, _, err := resolve(al, p)
	if err != nil || lo >= hi || lo == 0 && hi == len(al) || labelPart(al[lo]) == "" {
		return nil
	}
	if labelPart(e.Lines[0]) != "" {
		// "Rédiger ainsi l'alinéa 3 : « 3° … »" where the 3 is the 2°:
		// the alinéa named and the new text's label are two labels, as
		// for a division named by its label — refused (two 3°).
		was, k := labelOf(al[lo])
		now, kn := labelOf(e.Lines[0])
		if k != 0 && kn != 0 && (k != kn || was != now) {
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("alinéa %q rewritten by text labelled %q: two labels", al[lo], labelPart(e.Lines[0])))
		}
		return nil
	}
	if first := strings.TrimLeft(e.Lines[0], " \u00a0«\"“"); strings.HasPrefix(first, "…") || strings.HasPrefix(first, "...") {
		return nil // a label left for the consolidation to number, "...° Le préfet …"
	}
	return applyKind26(errApplyItemLabel26, fmt.Sprintf("alinéa %q rewritten by text without its label %q: whether it keeps its number is not said", al[lo], labelPart(al[lo])))
}

// labelPart is the label an alinéa begins with, after its opening
// quotation mark: "2°", "II. –", "Art. L. 1. –"; "" when none.
func labelPart(s string) string {
	t := strings.TrimLeft(s, " \u00a0")
	t = t[len(openingMark.FindString(t)):]
	return strings.TrimSpace(t[:labelSkip(t)])
}

// amKeptLabel is the label of a part of new text that says it stands
// unchanged: "I. – (Non modifié)", "2° (Sans modification)" (group 1).
var amKeptLabel = mustRe(`^[«"“\s]*([IVX]+(?:\s+` + latinOrd + `)?|\d+°(?:\s*` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\))`)

// keptParts reads the new text of a rewrite that leaves parts as they
// are: a part written "I. – (Non modifié)" ("(Sans modification)",
// "(Conforme)") is the article's I as it stands — it was written in as
// "(Non modifié)"; "(Alinéa sans modification)" is the alinéa at that
// place when the new text has as many as the text rewritten (else
// refused); a line of dots ("………") elides what it keeps without
// saying what: refused (the text it stood for was dropped).
func keptParts(al []string, e Edit) (Edit, error) {
	var lines []string
	changed := false
	for _, l := range e.Lines {
		if reOmitted.MatchString(l) {
			return e, applyKind26(errApplyEditUnread26, "a line of dots in the new text: what it keeps is not said")
		}
		m := amKeptLabel.FindStringSubmatch(l)
		if partStatus(strings.Trim(l, "«»\"“” \u00a0")) != "unchanged" || m == nil {
			lines = append(lines, l)
			continue
		}
		lo, hi, _, err := resolve(al, []Division{{Item: itemName(strings.TrimSuffix(m[1], ")"))}})
		if err != nil {
			return e, err
		}
		lines = append(lines, al[lo:hi]...)
		changed = true
	}
	// "(Alinéa sans modification)", "Art. L. 1. – (Non modifié)": the
	// alinéa of the text rewritten at that place, when the new text has
	// as many alinéas as it; otherwise which one is not said.
	lo, hi := 0, 0
	for i, l := range lines {
		if !omittedNote(l) || strings.Contains(asciiLower(foldAccents(l)), "supprim") {
			continue // "I. – (Supprimé)" is the text as adopted prints it
		}
		if hi == 0 {
			var err error
			if lo, hi, _, err = resolve(al, e.Scope.Path); err != nil || e.Scope.Sentence != 0 || changed || hi-lo != len(lines) {
				return e, applyKind26(errApplyEditUnread26, fmt.Sprintf("%q in the new text: which alinéa it keeps is not said", l))
			}
			lines = append([]string(nil), lines...)
		}
		lines[i] = al[lo+i]
		changed = true
	}
	if changed {
		e.Lines = lines
	}
	return e, nil
}

// amStatementHead is the heading of an amendment's statement of reasons,
// alone on its line: the Assemblée's "EXPOSÉ SOMMAIRE", the Sénat's
// "Objet" — with its capital: "objet" alone is a word quoted in the
// Sénat's layout ("Remplacer le mot :" / "objet").
var amStatementHead = mustRe(`^\s*(?:(?i:expos[ée]\s+sommaire)|Objet|OBJET)\s*:?\s*$`)

// amStatementStart is the first words of a statement of reasons printed
// without its heading: "Cet amendement vise à …", "Le présent
// amendement …", "Ce sous-amendement …" — a dispositif speaks of the
// text, never of the amendment ("Cet amendement vise à supprimer
// l'alinéa 3" deleted the alinéa).
var amStatementStart = mustRe(`^(?:Cet|Le\s+présent|Ce\s+sous-|Le\s+sous-)\s*amendement\b`)

// dispositifOnly is the dispositif without the statement of reasons a
// source may print after it ("EXPOSÉ SOMMAIRE" / "Cet amendement vise
// …", "Objet" / …): the statement explains, it edits nothing — read as
// instructions it refused the amendment.
func dispositifOnly(paras []string) []string {
	if len(paras) > 1 {
		// "Amendement 78 rect bis" alone on its line names the amendment
		// a sub-amendment edits (ComposeNumbered): the instructions are
		// the lines after it ("Alinéa 41" / "Compléter cet alinéa …"; the
		// header was taken for their head, and the locator lost).
		if m := subAmendment.FindStringSubmatch(cleanAmendmentLine(paras[0])); m != nil && m[2] == "" && !strings.Contains(paras[0], ",") {
			paras = paras[1:]
		}
	}
	for i, p := range paras {
		// After a line announcing words or text ("par le mot :"), the
		// line is those words, whatever they are.
		l := cleanAmendmentLine(p)
		if i > 0 && (amStatementHead.MatchString(l) || amStatementStart.MatchString(l) || statementLine27(l)) && !strings.HasSuffix(strings.TrimSpace(cleanAmendmentLine(paras[i-1])), ":") {
			return paras[:i]
		}
	}
	return paras
}

// renumberAsTabled turns an edit's alinéa numbers ("alinéa 6", counted on
// the text as tabled) into positions in the article as it stands (al).
func renumberAsTabled(e Edit, tags []int, al []string) (Edit, error) {
	if len(e.Scope.Within) > 0 && e.Scope.Within[0].Numbered {
		// "Alinéas 2 à 6" / "Supprimer les b à d": the alinéas that must
		// hold the items, counted as tabled too.
		w, err := renumberAsTabled(Edit{Kind: EditDelete, Scope: Scope{Path: e.Scope.Within}}, tags, al)
		if err != nil {
			return e, err
		}
		e.Scope.Within = w.Scope.Path
	}
	if len(e.Scope.Path) == 0 || !e.Scope.Path[0].Numbered {
		return e, nil
	}
	d := e.Scope.Path[0]
	find := func(n int) int {
		for i, t := range tags {
			if t == n {
				return i
			}
		}
		return -1
	}
	// spanEnd is the last alinéa bearing k's tabled number: an alinéa an
	// earlier amendment rewrote into several is all of them (retagSplit),
	// alinéas rewritten together all of theirs.
	spanEnd := func(k int) int {
		for k+1 < len(tags) && tags[k+1] == tags[k] {
			k++
		}
		return k
	}
	// joint is the first alinéa of the text that an earlier amendment put
	// in the place of tabled alinéas lo to hi together, n among them.
	joint := func(n int) (k, lo, hi int) {
		for k, t := range tags {
			if lo, hi, ok := jointRun(t); ok && lo <= n && n <= hi {
				return k, lo, hi
			}
		}
		return -1, 0, 0
	}
	i := find(d.Alinea)
	if len(e.Scope.Path) > 1 && e.Scope.Path[1].Dash {
		return dashAsTabled(e, i, tags, al)
	}
	if k, lo, hi := joint(d.Alinea); i < 0 && k >= 0 {
		// "Alinéas 3 et 4" / "Remplacer ces alinéas par trois alinéas"
		// adopted, then "Supprimer l'alinéa 4": the new text stands for
		// the two together, which of its alinéas is the 4 is not said (the
		// second went). Before the first, after the last, or a range from
		// the first or to the last, are said.
		switch {
		case d.Count > 1 && d.Alinea == lo:
			i = k
		case d.Count <= 1 && e.Kind == EditInsertAlineas && e.Before && d.Alinea == lo:
			i = k
		case d.Count <= 1 && e.Kind == EditInsertAlineas && !e.Before && d.Alinea == hi:
			i = spanEnd(k)
		default:
			return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéa %d (as tabled) was rewritten with alinéas %d to %d into other alinéas since: which of them is meant is not said", d.Alinea, lo, hi))
		}
	}
	if i < 0 && e.Kind == EditInsertAlineas && !e.Before && d.Count <= 1 {
		// "Après l'alinéa N" where an earlier amendment deleted N (or
		// rewrote its run into fewer alinéas): the place stays, before the
		// first alinéa tabled after N. Refused when none is left.
		for k, t := range tags {
			if t > d.Alinea {
				if k == 0 {
					e.Before = true
					i = 0
				} else {
					i = k - 1
				}
				break
			}
		}
		if i >= 0 && !e.Before {
			d.Alinea = i + 1
			e.Scope.Path = append([]Division{d}, e.Scope.Path[1:]...)
			return e, nil
		}
		if e.Before {
			d.Alinea = 1
			e.Scope.Path = append([]Division{d}, e.Scope.Path[1:]...)
			return e, nil
		}
	}
	if i < 0 {
		return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéa %d (as tabled) not found", d.Alinea))
	}
	if d.Count > 1 {
		j := find(d.Alinea + d.Count - 1)
		if k, lo, hi := joint(d.Alinea + d.Count - 1); j < 0 && k >= 0 {
			if d.Alinea+d.Count-1 != hi {
				return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéa %d (as tabled) was rewritten with alinéas %d to %d into other alinéas since: which of them is meant is not said", d.Alinea+d.Count-1, lo, hi))
			}
			j = k
		}
		if j < i {
			return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéas %d to %d (as tabled) not found", d.Alinea, d.Alinea+d.Count-1))
		}
		j = spanEnd(j)
		for k := i; k <= j; k++ {
			if tags[k] == 0 {
				// "Supprimer les alinéas 3 à 5" after an amendment
				// inserted an alinéa after the 3: the alinéas tabled
				// were one run, the new one is none of them — whether
				// it goes with them is not said (it was deleted, or
				// edited, with them).
				return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéas %d to %d (as tabled) hold an alinéa inserted since: whether the edit takes it is not said", d.Alinea, d.Alinea+d.Count-1))
			}
		}
		d.Count = j - i + 1
	} else if j := spanEnd(i); j > i {
		// "Supprimer l'alinéa 2" after an amendment rewrote the alinéa 2
		// into two: the text that stands for it, both (the first alone
		// went). What stands at its start or end, or its sentences, are
		// not known.
		switch {
		case e.Scope.Sentence != 0, e.Scope.Where != "", len(e.Scope.Path) > 1 && e.Scope.Path[1].Dash, !slices.Contains(spanKinds, e.Kind):
			return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéa %d (as tabled) was rewritten into %d alinéas since: which is meant is not said", d.Alinea, j-i+1))
		case e.Kind == EditInsertAlineas && e.Before:
		case e.Kind == EditInsertAlineas:
			i = j
		default:
			d.Count = j - i + 1
		}
	}
	if e.Kind == EditInsertAlineas && !e.Before {
		if err := insertedRunUnplaced28(tags, i); err != nil {
			return e, err
		}
	}
	if e.Kind == EditInsertAlineas && !e.Before {
		// After alinéa N and what earlier amendments inserted after it —
		// before an item they inserted that ranks after the new one's
		// label: "Après l'alinéa 2, insérer un 1° bis" adopted after
		// "Après l'alinéa 2, insérer un 1° quater" goes before the 1°
		// quater (it went after it).
		r, kind := 0, byte(0)
		if len(e.Lines) > 0 {
			var l string
			l, kind = labelOf(e.Lines[0])
			r = latinRank(l, kind)
		}
		for i+1 < len(tags) && tags[i+1] == 0 {
			// A quoted line is the text an inserted item quotes, not an
			// item of the bill's list: "« 2° le préfet. »" in the 1° bis's
			// quotation does not rank after a new 1° ter (it went inside
			// that quotation, after "« 1° le maire ;").
			if l, k := labelOf(al[i+1]); r > 0 && k == kind && latinRank(l, k) > r && !isQuoted(al[i+1]) {
				break
			}
			i++
		}
	}
	d.Alinea = i + 1
	path := append([]Division{d}, e.Scope.Path[1:]...)
	e.Scope.Path = path
	return e, nil
}

// placeholderEdited refuses words, sentences or alinéas added to a
// division the bill article keeps as deleted, "II. – (Supprimé)" ("Compléter
// l'alinéa 2 par les mots : « … »", "Au début de l'alinéa 2, insérer …",
// "Compléter le II par un alinéa …"): there is no text to complete, and
// "II. – (Supprimé) et le juge" is none (it was made); "Rétablir" or
// "Rédiger ainsi" says the new text.
func placeholderEdited(al []string, e Edit) error {
	if len(e.Scope.Path) == 0 {
		return nil
	}
	lo, hi, _, err := resolve(al, e.Scope.Path)
	if err != nil || lo >= hi || hi > len(al) {
		return nil
	}
	// The alinéa edited: the first for a start, the last for an end; a
	// division completed by alinéas, itself (a list completed after its
	// last item deleted is not).
	i := -1
	switch {
	case e.Kind == EditRewriteStart, e.Kind == EditInsertWords && e.Anchor == "":
		i = lo
	case e.Kind == EditAppendWords, e.Kind == EditInsertSentences, e.Kind == EditRewriteEnd:
		i = hi - 1
	case e.Kind == EditAppendAlineas && hi-lo == 1:
		i = lo
	}
	if i >= 0 && isAbrogatedPlaceholder(strings.TrimLeft(al[i], "«\"“ ")) {
		return applyKind26(errApplyLayout26, fmt.Sprintf("%q is a division deleted: completed, it is none", strings.TrimSpace(al[i])))
	}
	return nil
}

// lastAsTabled makes an alinéa of the article counted from its end ("le
// dernier alinéa", "l'avant-dernier alinéa", "les deux derniers alinéas")
// an alinéa numbered as tabled (n alinéas), as an amendment counts every
// alinéa: after an adopted amendment completed the article, "Supprimer le
// dernier alinéa" is the last as tabled (the new one went), and after one
// deleted the last, it is refused (the one before was edited). A count
// from the end of a part ("le dernier alinéa du II") is left as it is.
func lastAsTabled(e Edit, n int) Edit {
	if !fromEndOfArticle(e) {
		return e
	}
	d := e.Scope.Path[0]
	if n+d.Alinea < 0 {
		return e
	}
	d.Alinea, d.Numbered = n+d.Alinea+1, true
	e.Scope.Path = append([]Division{d}, e.Scope.Path[1:]...)
	return e
}

// fromEndOfArticle reports whether an edit names alinéas of the article
// counted from its end ("le dernier alinéa", "les deux derniers
// alinéas"), which lastAsTabled numbers as tabled.
func fromEndOfArticle(e Edit) bool {
	if len(e.Scope.Path) == 0 {
		return false
	}
	for _, d := range e.Scope.Path {
		if d.Proposed != "" || d.Dash {
			return false
		}
	}
	d := e.Scope.Path[0]
	return d.Item == "" && !d.Numbered && d.Alinea < 0 && d.Count >= 0
}

// fromEndOfDivision reports whether an edit names alinéas counted from
// the end of a division its label names ("le dernier alinéa du I", "les
// deux derniers alinéas du 2°"), nothing inside them.
func fromEndOfDivision(e Edit) bool {
	p := e.Scope.Path
	if len(p) != 2 || p[0].Item == "" || p[0].Alinea != 0 || p[0].Proposed != "" || p[0].Dash {
		return false
	}
	return p[1].Item == "" && !p[1].Numbered && p[1].Alinea < 0 && p[1].Count >= 0 && p[1].Proposed == "" && !p[1].Dash
}

// divisionMoved reports whether the division an edit counts alinéas in
// from its end (fromEndOfDivision) holds other alinéas now (al, tags)
// than when the amendment began (al0, tags0): "I. – Supprimer l'alinéa
// 6. II. – Au dernier alinéa du I, …" with the alinéa 6 in the II leaves
// the I as tabled, and its last alinéa is known; an alinéa added to or
// removed from the I, or an I not found, is refused
// (TestGenAm2LastOfUntouchedDivision).
func divisionMoved(e Edit, al []string, tags []int, al0 []string, tags0 []int) bool {
	lo, hi, _, err := resolve(al, e.Scope.Path[:1])
	lo0, hi0, _, err0 := resolve(al0, e.Scope.Path[:1])
	if err != nil || err0 != nil || hi-lo != hi0-lo0 {
		return true
	}
	for i := lo; i < hi; i++ {
		if tags[i] <= 0 || tags[i] != tags0[lo0+i-lo] {
			return true
		}
	}
	return false
}

// countsInDivision reports whether an edit names an alinéa by its rank in
// a division its label names ("au troisième alinéa du I", "le dernier
// alinéa du 2°"), not by its number in the article.
func countsInDivision(e Edit) bool {
	p := e.Scope.Path
	if len(p) < 2 || p[0].Item == "" || p[0].Alinea != 0 || p[0].Proposed != "" || p[0].Dash {
		return false
	}
	return p[1].Item == "" && !p[1].Numbered && p[1].Alinea != 0 && p[1].Proposed == "" && !p[1].Dash
}

// divisionAsTabled makes an edit of the alinéas counted in a division
// ("le troisième alinéa du I", "les deux derniers alinéas du 2°") an edit
// of those alinéas by their numbers in the article as tabled; a count
// the tabled text does not hold, or a rank counted from both ends, is
// refused.
func divisionAsTabled(e Edit, tabled []string) (Edit, error) {
	p := e.Scope.Path
	lo, hi, _, err := resolve(tabled, p[:2])
	if err != nil || p[1].FromEnd != 0 || hi <= lo {
		return e, applyKind26(errApplyTabledSince26, "alinéas counted in a division an earlier amendment gave other alinéas, not found in it as tabled")
	}
	d := Division{Alinea: lo + 1, Numbered: true}
	if hi-lo > 1 {
		d.Count = hi - lo
	}
	e.Scope.Path = append([]Division{d}, p[2:]...)
	return e, nil
}

// tabledTags is the tags of an article as tabled: alinéa i is number i+1.
func tabledTags(n int) []int {
	t := make([]int, n)
	for i := range t {
		t[i] = i + 1
	}
	return t
}

// movedAfter reports whether the alinéas after the tabled alinéa t are
// not as many in the article now (tags) as when the amendment began
// (tags0, n0 alinéas): "I. – Compléter cet article par un alinéa … II. –
// Au dernier alinéa, …" — the last as tabled or the one the I added? The
// readings differ (refused); "I. – Après l'alinéa 2, insérer …" moves
// nothing after the last, and both read the same alinéa
// (TestGenAmLastAfterOwnParts).
func movedAfter(t int, tags []int, n int, tags0 []int, n0 int) bool {
	last := func(tg []int) int {
		k := -1
		for i, x := range tg {
			if x == t {
				k = i
			}
		}
		return k
	}
	i, i0 := last(tags), last(tags0)
	return i < 0 || i0 < 0 || n-1-i != n0-1-i0
}

// dashAsTabled makes an edit of a dash of an alinéa named by its number
// ("Alinéa 3, deuxième tiret", i the alinéa's place now) an edit of that
// dash's alinéa: the dashes of an alinéa are the list it introduces, on
// their lines after it — it ends with a colon and is no dash itself. A
// dash an earlier amendment inserted in the list (its rank as tabled is
// not known), an alinéa introducing no dashes, or a rank past the last,
// are refused.
func dashAsTabled(e Edit, i int, tags []int, al []string) (Edit, error) {
	d, dd := e.Scope.Path[0], e.Scope.Path[1]
	if len(e.Scope.Path) != 2 || i < 0 || d.Count > 1 {
		return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéa %d (as tabled) not found", d.Alinea))
	}
	intro := strings.TrimRight(strings.TrimSpace(al[i]), " »\"”")
	if dashItem(al[i]) || !strings.HasSuffix(intro, ":") {
		return e, applyKind26(errApplyItemList26, fmt.Sprintf("alinéa %d introduces no list of dashes", d.Alinea))
	}
	var ds []int
	for j := i + 1; j < len(al) && dashItem(al[j]); j++ {
		if tags[j] <= 0 {
			return e, applyKind26(errApplyTabledSince26, fmt.Sprintf("a dash inserted in the list of alinéa %d since it was tabled: the ranks are not known", d.Alinea))
		}
		ds = append(ds, j)
	}
	k := dd.Alinea - 1
	if dd.Alinea < 0 {
		k = len(ds) + dd.Alinea
		if n := len(ds); n > 0 && strings.HasSuffix(strings.TrimRight(strings.TrimSpace(al[ds[n-1]]), " »\"”"), ":") {
			// The last dash counted introduces items of its own: more
			// dashes may follow them — which is the last is not known
			// (the dash before the items was taken for it).
			return e, applyKind26(errApplyItemList26, fmt.Sprintf("the last dash of alinéa %d introduces items of its own: the dashes after them not counted", d.Alinea))
		}
	}
	if k < 0 || k >= len(ds) {
		return e, applyKind26(errApplyItemList26, fmt.Sprintf("dash %d of alinéa %d not found (%d dashes)", dd.Alinea, d.Alinea, len(ds)))
	}
	if dd.Count > 1 {
		// "Supprimer les deux derniers tirets de l'alinéa 3"
		// (amCountedDashes27).
		return dashesAsTabled27(e, d, dd, al, ds, k)
	}
	if own := strings.TrimRight(strings.TrimSpace(al[ds[k]]), " »\"”"); strings.HasSuffix(own, ":") && ds[k]+1 < len(al) && !dashItem(al[ds[k]+1]) {
		switch {
		case e.Kind == EditDelete, e.Kind == EditRewrite, e.Kind == EditAppendAlineas, e.Kind == EditInsertAlineas && !e.Before:
			// "– le bail :" then "a) …", "b) …": the dash introduces
			// items of its own — deleted, rewritten, followed with or
			// without them is not said (the a) and the b) were left
			// under the dash before; a new dash went between the dash
			// and its items).
			return e, applyKind26(errApplyItemList26, fmt.Sprintf("dash %d of alinéa %d introduces items of its own: with them or not is not said", dd.Alinea, d.Alinea))
		}
	}
	d.Alinea, d.Count = ds[k]+1, 0
	e.Scope.Path = []Division{d}
	return e, nil
}

// numberedSpan gives the alinéas an edit of numbered alinéas alone
// designates, al[lo:hi], and its division; ok is false for any other
// edit, or alinéas not in al.
func numberedSpan(al []string, e Edit) (d Division, lo, hi int, ok bool) {
	if len(e.Scope.Path) != 1 || !e.Scope.Path[0].Numbered {
		return d, 0, 0, false
	}
	d = e.Scope.Path[0]
	lo = d.Alinea - 1
	hi = lo + max(d.Count, 1)
	return d, lo, hi, lo >= 0 && hi <= len(al)
}

// introTextSkipped refuses an amendment that deletes an alinéa
// introducing quoted text and, by another deletion, the alinéa right
// after that text, the text itself not named: "Alinéas 12, 14 et 16" /
// "Supprimer ces alinéas" where 12 is "IV. – Il est ajouté un article L. 1
// ainsi rédigé :", 13 its quoted article and 14 the next such line. One
// introduction deleted alone takes its text (withPayload); naming the
// introductions apart and skipping their texts says the texts are not
// deleted, or are — not said (the texts went with them, where the
// adopted text kept them under the line before). Refused.
func introTextSkipped(edits []Edit, tabled []string, tags []int, al []string) error {
	type span struct{ lo, hi int }
	var dels []span
	for _, e := range edits {
		if e.Kind != EditDelete || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Path) != 1 || !e.Scope.Path[0].Numbered {
			continue
		}
		r, err := renumberAsTabled(lastAsTabled(e, len(tabled)), tags, al)
		if err != nil {
			continue
		}
		if _, lo, hi, ok := numberedSpan(al, r); ok {
			dels = append(dels, span{lo, hi})
		}
	}
	for _, d := range dels {
		end := payloadEnd(al, d.hi-1)
		if end == d.hi || end >= len(al) || !isQuoted(al[d.hi]) {
			continue
		}
		for _, d2 := range dels {
			if d2.lo == end {
				return applyKind26(errApplyIntroducedText26, fmt.Sprintf("alinéas %d and %d deleted, the text alinéa %d introduces between them not named: whether it goes with its introduction is not said", d.hi, end+1, d.hi))
			}
		}
	}
	return nil
}

// payloadCut refuses the deletion of numbered alinéas that takes a line
// introducing text and only a part of that text: "Supprimer les alinéas
// 2 à 4" where the 2 is "II. – L'article L. 1 est complété par trois
// alinéas ainsi rédigés :" and the 5 the third of them (it was left alone,
// "« Le préfet vise. »" after "II. – (Supprimé)"); so does one taking an
// item's first line and a part of the items below it.
func payloadCut(al []string, e Edit) error {
	_, lo, hi, ok := numberedSpan(al, e)
	if !ok {
		return nil
	}
	for i := lo; i < hi; i++ {
		if end := payloadEnd(al, i); end > hi {
			return applyKind26(errApplyIntroducedText26, fmt.Sprintf("alinéa %d introduces the alinéas to %d, deleted in part", i+1, end))
		}
	}
	return nil
}

// payloadStraddled refuses an edit of numbered alinéas that runs from
// the quoted text an alinéa introduces ("2° L'article 2 est ainsi rédigé
// :", "« Art. 2. – … » ;") past its end,
// without that alinéa: "Remplacer les alinéas 4 à 5 par …" or "Rédiger
// ainsi les alinéas 4 et 5" where 4 ends the 2°'s quotation and 5 is the
// 3° (the quotation was left open, or its introducing line without it),
// "Supprimer les alinéas 4 à 5" where 4 is the 2°'s whole quotation (its
// introducing line was left announcing nothing, its quotation cut to "«
// Art. 2. – (Supprimé)"). Deleting the end of a quotation with what
// follows it, its first alinéa kept, stays applied, and so does a range
// past the end of the items below an item (their labels say where each
// ends). A rewrite is refused even when its new text goes on outside the
// quotation ("« … aux sénateurs. »", "IV. – Après l'article 2 …"): the
// amendment's quotation marks are gone from its lines, and every line
// was set inside the bill's quotation (the bill's IV, V and VI quoted).
func payloadStraddled(al []string, e Edit) error {
	_, lo, hi, ok := numberedSpan(al, e)
	if !ok || hi-lo < 2 || e.Scope.Sentence != 0 || e.Scope.Where != "" {
		return nil
	}
	for j := 0; j < lo; j++ {
		end := payloadEnd(al, j)
		if end == j+1 || end <= lo || end >= hi || !isQuoted(al[j+1]) {
			// Items below an item: their labels say where each ends.
			continue
		}
		if e.Kind == EditDelete && lo > j+1 {
			continue
		}
		return applyKind26(errApplyIntroducedText26, fmt.Sprintf("alinéas %d to %d run from the text alinéa %d introduces past its end, without alinéa %d: what becomes of the quotation is not said", lo+1, hi, j+1, j+1))
	}
	return nil
}

// withPayload extends the deletion of numbered alinéas to the quoted text
// the last of them introduces: "Alinéa 6 / Supprimer cet alinéa" where
// alinéa 6 is "IV. – Le premier alinéa de l'article L. O. 322 … est
// ainsi rédigé :" deletes the quoted alinéas that follow it too (the text
// would stand alone otherwise).
//
// So does the deletion of an item's first line that introduces the items
// below it: "Supprimer l'alinéa 2" where alinéa 2 is "1° L'article L. 1
// est ainsi modifié :" and a) and b) follow deletes the 1° (its a) and
// b) were left under "1° (Supprimé)", amending nothing named).
func withPayload(al []string, e Edit) Edit {
	d, lo, hi, ok := numberedSpan(al, e)
	if !ok {
		return e
	}
	if end := payloadEnd(al, hi-1); end > hi {
		d.Count = end - lo
		e.Scope.Path = []Division{d}
	}
	return e
}

// payloadKept refuses the rewrite of numbered alinéas whose last
// introduces text (payloadEnd) by new text that introduces none: "Alinéa
// 2" / "Rédiger ainsi cet alinéa : II. – L'article L. 1 est abrogé." on
// "II. – L'article L. 1 est ainsi rédigé :" left its quoted text standing
// alone; what becomes of it is not said.
func payloadKept(al []string, e Edit) error {
	if len(e.Scope.Path) != 1 || !e.Scope.Path[0].Numbered || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Lines) == 0 {
		return nil
	}
	_, hi, _, err := resolve(al, e.Scope.Path)
	if err != nil || payloadEnd(al, hi-1) == hi || strings.HasSuffix(strings.TrimSpace(e.Lines[len(e.Lines)-1]), ":") {
		return nil
	}
	return applyKind26(errApplyIntroducedText26, fmt.Sprintf("alinéa %d introduces the text after it, rewritten to introduce none: what becomes of that text is not said", hi))
}

// introSentenceDropped refuses the last sentence of an alinéa that
// introduces the text after it ("I. – Le juge statue. Il peut :" then
// "1° …", "2° …"; "… est ainsi rédigé :" then the quoted text) deleted,
// or rewritten by a sentence that introduces nothing ("Supprimer la
// dernière phrase de l'alinéa 1", "Rédiger ainsi la seconde phrase de
// l'alinéa 1 : « Il statue. »"): the items would stand under an alinéa
// that announces none, what becomes of them is not said — as for the
// alinéa rewritten whole (payloadKept). They were left so.
func introSentenceDropped(al []string, e Edit) error {
	n := e.Scope.Sentence
	if n == 0 || len(e.Scope.Path) == 0 {
		return nil
	}
	lo, hi, _, err := resolve(al, e.Scope.Path)
	if err != nil || lo >= hi {
		return nil
	}
	i := pickSentenceAlinea(lo, hi, n)
	if payloadEnd(al, i) == i+1 && !listAfter27(al, i) {
		return nil
	}
	if b := sentenceBounds(al[i]); n > 0 && n != len(b) {
		return nil
	}
	if e.Kind == EditRewrite && announces(e.Lines) {
		return nil
	}
	return applyKind26(errApplyIntroducedText26, fmt.Sprintf("the last sentence of alinéa %q, which introduces the text after it, deleted or rewritten to introduce none: what becomes of that text is not said", al[i]))
}

// rankedIntroDropped is payloadKept for an alinéa named by its rank in a
// division ("Rédiger ainsi le premier alinéa du I : « I. – Le juge
// statue. »", "… du 1° : « 1° L'article L. 1 est abrogé ; »" where that
// alinéa ends with a colon and the items or the quoted text it announces
// follow): rewritten by text that announces none, or deleted ("Supprimer
// le premier alinéa du 1°": "1° (Supprimé)" was left over its a) and b)),
// what becomes of that text is not said — refused (it was left standing
// under nothing).
func rankedIntroDropped(al []string, e Edit) error {
	p := e.Scope.Path
	if len(p) == 0 || p[len(p)-1].Alinea == 0 || len(p) == 1 && p[0].Numbered || e.Scope.Sentence != 0 || e.Scope.Where != "" {
		return nil
	}
	if e.Kind == EditRewrite && announces(e.Lines) {
		return nil
	}
	lo, hi, _, err := resolve(al, p)
	if err != nil || lo >= hi || payloadEnd(al, hi-1) <= hi {
		return nil
	}
	return applyKind26(errApplyIntroducedText26, fmt.Sprintf("alinéa %q introduces the text after it, deleted or rewritten to introduce none without it: what becomes of that text is not said", al[hi-1]))
}

// introEndDropped refuses the end of an alinéa that introduces the text
// after it rewritten by words that close it otherwise than with a colon
// ("Rédiger ainsi la fin de l'alinéa 1 après le mot : « peut » : « aussi
// viser. »" on "I. – Le juge statue. Il peut :" then its items): the
// items would stand under an alinéa announcing none — refused. A new end
// without its final sign keeps the colon, as the end deleted does ("Le
// juge statue :"), read.
func introEndDropped(al []string, e Edit) error {
	if e.Scope.Sentence != 0 || len(e.Lines) == 0 {
		return nil
	}
	if !closesOtherwise(e.Lines) {
		return nil
	}
	lo, hi, ok := pathSpan(al, e.Scope.Path)
	if !ok {
		return nil
	}
	if hi-lo != 1 || payloadEnd(al, lo) <= hi {
		return nil
	}
	return applyKind26(errApplyIntroducedText26, fmt.Sprintf("the end of alinéa %q, which introduces the text after it, rewritten to close otherwise: what becomes of that text is not said", al[lo]))
}

// quotedItemsEnd is the end of the quoted items a line of a bill's
// quoted text announces: a line ending with a colon ("« Art. L. 1. – Le
// juge statue. Il peut :") before quoted items ("« 1° Statuer ;"), up to
// the closing quotation mark, a line of no label (the article's next
// alinéa, "« Art. L. 2. – …") or a label of their rank's parent or above.
// i+1 when it announces none.
func quotedItemsEnd(al []string, i int) int {
	if i < 0 || i+1 >= len(al) || !isQuoted(al[i]) || closesQuote(al[i]) || !strings.HasSuffix(strings.TrimSpace(al[i]), ":") || !isQuoted(al[i+1]) {
		return i + 1
	}
	_, k1 := labelOf(al[i+1])
	if k1 == 0 {
		return i + 1
	}
	_, k0 := labelOf(al[i])
	end := i + 1
	for m := i + 1; m < len(al) && isQuoted(al[m]); m++ {
		if _, k := labelOf(al[m]); m > i+1 && (k == 0 || ranksAbove(k, k1) || k0 != 0 && (k == k0 || ranksAbove(k, k0))) {
			break
		}
		end = m + 1
		if closesQuote(al[m]) {
			break
		}
	}
	return end
}

// coveredAlineas is the alinéas (their numbers as tabled) an amendment's
// edits delete or rewrite whole, named in the text al (tags its numbers).
func coveredAlineas(edits []Edit, tags []int, al []string) map[int]bool {
	out := map[int]bool{}
	for _, e := range edits {
		if e.Kind != EditDelete && e.Kind != EditRewrite || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Path) == 0 {
			continue
		}
		e, err := renumberAsTabled(e, tags, al)
		if err != nil {
			continue
		}
		lo, hi, _, err := resolve(al, e.Scope.Path)
		for j := lo; err == nil && j < hi && j < len(tags); j++ {
			if tags[j] != 0 {
				out[tags[j]] = true
			}
		}
	}
	return out
}

// quotedIntroDropped refuses a line of a bill's quoted text that
// announces the quoted items after it ("« Art. L. 1. – Le juge statue.
// Il peut :" then "« 1° Statuer ;") deleted, or rewritten by text that
// announces none ("Supprimer l'alinéa 2", "Rédiger ainsi l'alinéa 2 : «
// Art. L. 1. – Le juge statue. »"), its last sentence so ("Supprimer la
// dernière phrase de l'alinéa 2"), its end closed otherwise than with a
// colon, the items left: they would stand under a line announcing none —
// what becomes of them is not said (they were left so), as for a bill's
// own line (payloadKept, introSentenceDropped, introEndDropped). Items
// the same amendment deletes or rewrites too (covered, by their numbers
// as tabled; tags the text's) go with it: "Supprimer les alinéas 7 et 8"
// where 7 introduces and 8 is its only item is read.
func quotedIntroDropped(al []string, e Edit, tags []int, covered map[int]bool) error {
	if len(e.Scope.Path) == 0 || e.Scope.Where != "" && e.Kind != EditRewriteEnd {
		return nil
	}
	colon := announces(e.Lines)
	lo, hi, _, err := resolve(al, e.Scope.Path)
	if err != nil || lo >= hi || hi > len(al) {
		return nil
	}
	var intros []int
	switch {
	case e.Kind == EditRewriteEnd:
		if e.Scope.Sentence != 0 || hi-lo != 1 || len(e.Lines) == 0 {
			return nil
		}
		if !closesOtherwise(e.Lines) {
			return nil
		}
		intros = []int{lo}
	case e.Scope.Sentence != 0:
		n := e.Scope.Sentence
		i := pickSentenceAlinea(lo, hi, n)
		if b := sentenceBounds(al[i]); n > 0 && n != len(b) || e.Kind == EditRewrite && colon {
			return nil
		}
		intros, hi = []int{i}, i+1
	default:
		for j := lo; j < hi; j++ {
			if j == hi-1 && e.Kind == EditRewrite && colon {
				continue
			}
			intros = append(intros, j)
		}
	}
	for _, j := range intros {
		end := quotedItemsEnd(al, j)
		for m := max(j+1, hi); m < end; m++ {
			if m >= len(tags) || tags[m] == 0 || !covered[tags[m]] {
				return applyKind26(errApplyIntroducedText26, fmt.Sprintf("quoted alinéa %q announces the items after it, deleted or rewritten to announce none without them: what becomes of them is not said", al[j]))
			}
		}
	}
	return nil
}

// payloadEnd is the end of the text an unquoted alinéa of a bill
// introduces: the quoted text after "IV. – … est ainsi rédigé :", or the
// items below an item whose line ends with ":" ("1° L'article L. 1 est
// ainsi modifié :" then "a) …", "b) …", up to the next item of its rank
// or above). i+1 when it introduces none.
func payloadEnd(al []string, i int) int {
	hi := i + 1
	if i < 0 || hi >= len(al) || isQuoted(al[i]) || !strings.HasSuffix(strings.TrimSpace(al[i]), ":") {
		return hi
	}
	if isQuoted(al[hi]) {
		for hi < len(al) && isQuoted(al[hi]) {
			hi++
			if closesQuote(al[hi-1]) {
				break
			}
		}
		return hi
	}
	_, k0 := label(al[i])
	if _, k := label(al[hi]); k0 == 0 || k == 0 || !ranksAbove(k0, k) {
		return hi
	}
	for hi < len(al) {
		if _, k := label(al[hi]); !isQuoted(al[hi]) && k != 0 && (k == k0 || ranksAbove(k, k0)) {
			break
		}
		hi++
	}
	return hi
}

// divPrefix is a division's number at the start of a bill alinéa, after
// an opening quotation mark if any: "I. - ", "III bis. - ", "7° ",
// "c) ", "aa) ", "ii) " (deleted, "ii) (Supprimé)": it went with no
// placeholder), "Art. L. 5713-1. - ". Groups: quote, label, what follows it.
var divPrefix = mustRe(`^(["«“]\s*)?` +
	`(?:((?:[IVX]+|[A-Z]|\d+)(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2})?)` + newMark + `(\.\s*[-–—―]\s*)` +
	`|` + divNumberDot +
	`|(\d+ ?[°º](?:\s*` + latinOrd + `)?` + degreeParen + `|` + letterDegreePrefix22 + `)(\s+)` +
	`|((?:` + smallRoman + `|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?\))(\s+)` +
	`|` + divNumberParen +
	`|(Art\.\s+(?:` + artLetters + `)?\d+(?:-\d+)*(?:\s+` + latinOrd + `)?)(\.\s*[-–—―]\s*))`)

// latinOrd is a Latin multiplicative adverb as divisions are numbered
// between two others ("b septies", "1° quater", "article 11 terdecies"),
// longest first so that "terdecies" is not read as "ter"; past vicies,
// the words of the code général des impôts' articles ("199 unvicies" to
// "199 novovicies", "199 tricies": "199 novovicies" was read as article
// 199, "199 tervicies" as "199 ter").
const latinOrd = `(?:quatervicies|tervicies|unvicies|duovicies|quinvicies|sexvicies|septvicies|octovicies|novovicies|tricies|quaterdecies|quindecies|sexdecies|septdecies|octodecies|novodecies|undecies|duodecies|terdecies|quinquies|septies|octies|nonies|decies|vicies|sexies|quater|bis|ter)`

// deletedDivision gives the line that stands for numbered divisions
// deleted from a bill article: "7° (Supprimé)", "III. - (Supprimé)",
// "2° et 3° (Supprimé)". A bill keeps the numbers of deleted divisions
// through the shuttle, so that later ones keep theirs and the other
// chamber can restore them. Quoted alinéas after an unquoted division are
// the text it inserts and take no number. from is where the division
// begins (plain alinéas before it in the block go as a deletion does). ok
// is false when the alinéas at path hold no division's number (a plain
// alinéa is simply deleted).
func deletedDivision(al []string, path []Division) ([]string, int, bool) {
	lo, hi, _, err := resolve(al, path)
	if err != nil || lo >= hi {
		return nil, 0, false
	}
	if divPrefix.FindStringSubmatch(al[lo]) == nil {
		// "Supprimer les alinéas 2 et 3" where 2 ends the I and 3 is the
		// whole II: the plain alinéas go, the II stays "II. - (Supprimé)".
		for j := lo + 1; j < hi; j++ {
			m := divPrefix.FindStringSubmatch(al[j])
			if m == nil {
				continue
			}
			if hi < len(al) {
				next := divPrefix.FindStringSubmatch(al[hi])
				if next == nil || kindOf(next) != kindOf(m) {
					return nil, 0, false // the division goes on after the block
				}
			}
			lines, ok := deletedDivisions(al[j:hi])
			return lines, j, ok
		}
		return nil, 0, false
	}
	lines, ok := deletedDivisions(al[lo:hi])
	return lines, lo, ok
}

// joinedDeletions joins the deletions of divisions named by their labels
// that follow one another in the text, in an amendment's edits in a row
// (al is the text the edits apply to)
// ("Supprimer les II et III", "Supprimer les 2° et 3° du I"), into one
// deletion of their alinéas, which leaves one placeholder, "II et III. –
// (Supprimé)", as the same deletion named by alinéas does ("Supprimer
// les alinéas 2 et 3") and as the chambers' texts print divisions
// deleted together (each was left "II. – (Supprimé)", "III. –
// (Supprimé)"). An item a range names ("Supprimer les 2° à 4°") stands
// for those the text numbers after it with a Latin adverb (the 2° bis:
// rangeItems), deleted with it.
func joinedDeletions(al []string, edits []Edit) []Edit {
	byLabel := func(e Edit) bool {
		n := len(e.Scope.Path)
		if len(e.Scope.Within) > 0 {
			// Items that must begin in the alinéas named ("Alinéa 2" /
			// "Supprimer les b et c"): joined only when they do, or the
			// check goes with the join; applyEdit refuses the others.
			lo, _, _, err := resolve(al, e.Scope.Path)
			wlo, whi, _, werr := resolve(al, e.Scope.Within)
			if err != nil || werr != nil || lo < wlo || lo >= whi {
				return false
			}
		}
		return e.Kind == EditDelete && e.Scope.Sentence == 0 && e.Scope.Where == "" && n > 0 && e.Scope.Path[n-1].Item != ""
	}
	var each []Edit
	for _, e := range edits {
		n := len(e.Scope.Path)
		if !byLabel(e) || !e.Scope.Path[n-1].GoesOn {
			each = append(each, e)
			continue
		}
		items, err := rangeItems(al, e.Scope.Path)
		if err != nil {
			each = append(each, e)
			continue
		}
		if k := len(each) - 1; k >= 0 && byLabel(each[k]) {
			// The parser gives a list's items last first: the 2° bis
			// before the 2°, so that each follows the one before.
			lo, _, _, err := resolve(al, e.Scope.Path)
			plo, _, _, perr := resolve(al, each[k].Scope.Path)
			if err == nil && perr == nil && plo > lo {
				slices.Reverse(items)
			}
		}
		for _, it := range items {
			one := e
			one.Scope.Path = append(append([]Division(nil), e.Scope.Path[:n-1]...), Division{Item: it})
			each = append(each, one)
		}
	}
	edits = each
	var out []Edit
	for i := 0; i < len(edits); i++ {
		e := edits[i]
		if !byLabel(e) {
			out = append(out, e)
			continue
		}
		lo, hi, _, err := resolve(al, e.Scope.Path)
		j := i + 1
		for err == nil && j < len(edits) && byLabel(edits[j]) && edits[j].NoMark == e.NoMark {
			// In either order: the parser gives a list's deletions last
			// first.
			lo2, hi2, _, err2 := resolve(al, edits[j].Scope.Path)
			switch {
			case err2 != nil || lo2 >= hi2:
			case lo2 == hi:
				hi = hi2
				j++
				continue
			case hi2 == lo:
				lo = lo2
				j++
				continue
			}
			break
		}
		if err != nil || j == i+1 {
			out = append(out, e)
			continue
		}
		if _, ok := deletedDivisions(al[lo:hi]); !ok {
			out = append(out, edits[i:j]...)
		} else {
			out = append(out, Edit{Kind: EditDelete, Scope: Scope{Ref: e.Scope.Ref, Path: []Division{{Alinea: lo + 1, Count: hi - lo}}}, NoMark: e.NoMark})
		}
		i = j - 1
	}
	return out
}

// kindOf is the group of divPrefix a match's label is in.
func kindOf(m []string) int {
	for k := 2; k < len(m); k += 2 {
		if m[k] != "" {
			return k
		}
	}
	return 0
}

// deletedDivisions is deletedDivision for the alinéas of a block that
// begins with a division's number. A division of a higher level in the
// block ("Supprimer les alinéas 4 et 5" where 4 is the I's last item, "3°
// …", and 5 the whole II) keeps its own placeholder after the first's,
// "3° (Supprimé)" then "II. – (Supprimé)" (the II's number went).
func deletedDivisions(block []string) ([]string, bool) {
	first := divPrefix.FindStringSubmatch(block[0])
	if first == nil || strings.Contains(block[0], "(Supprimé)") && !isAbrogatedPlaceholder(block[0]) || parenAndLetters(block) {
		// A placeholder of several ("II et III. – (Supprimé)") is not
		// read; one of one division is: "Supprimer les alinéas 2 et 3"
		// where the 2 is "II. – (Supprimé)" leaves "II et III. –
		// (Supprimé)" (both lines went, the III's number with them),
		// "Supprimer le II" where it is keeps it.
		return nil, false
	}
	var out []string
	var labels []string
	kind, rest := kindOf(first), ""
	flush := func() {
		lab := labels[0]
		if n := len(labels); n > 1 {
			lab = strings.Join(labels[:n-1], ", ") + " et " + labels[n-1]
		}
		out = append(out, first[1]+lab+rest+"(Supprimé)")
		labels = nil
	}
	romans := smallRomanItems(block)
	for bi, l := range block {
		if _, ok := romans[bi]; ok {
			// "a) … :" then "i) …": the a's items in small roman
			// numerals, inside it (it left "a) et i) (Supprimé)").
			continue
		}
		m := divPrefix.FindStringSubmatch(l)
		if m == nil || first[1] == "" && m[1] != "" || kindOf(m) > kind {
			// Quoted text after an unquoted division is its payload
			// ("3° L'article L. 2 est complété par un 7° ainsi rédigé :"
			// then "« 7° … »"), not a division of the bill; a division
			// of a lower level is inside the one before.
			continue
		}
		if k := kindOf(m); k < kind {
			flush()
			kind = k
		}
		lab := m[kind]
		if c := degreeCapital.FindStringSubmatch(" " + l[len(m[0]):]); c != nil && (strings.Contains(lab, "°") || isLetterDegree22(lab)) {
			// "1° A L'article …": the 1° A (it left "1° (Supprimé)").
			lab += " " + c[1]
		}
		labels = append(labels, lab)
		rest = m[kind+1]
	}
	flush()
	return out, true
}

// deletedPlaceholder finds the alinéa that holds a deleted division with the
// number that the new alinéa first begins with ("II. - (Supprimé)" for
// "II. – L'article …"): a division added with the number of one deleted
// re-establishes it in its place.
func deletedPlaceholder(al []string, first string) (int, bool) {
	m := divPrefix.FindStringSubmatch(first)
	if m == nil {
		return 0, false
	}
	kind := 0
	for k := 2; k < len(m); k += 2 {
		if m[k] != "" {
			kind = k
			break
		}
	}
	for i, l := range al {
		p := divPrefix.FindStringSubmatch(l)
		if p == nil || p[kind] == "" || NormalizeSpace(p[kind]) != NormalizeSpace(m[kind]) {
			continue
		}
		rest := strings.TrimSpace(strings.TrimRight(l[len(p[0]):], " ;.\"»”"))
		if rest == "(Supprimé)" {
			return i, true
		}
	}
	return 0, false
}

// changedRun gives the alinéas an edit left alone at the start (p) and
// at the end (s) of the text: the run between them changed.
func changedRun(before, after []string) (p, s int) {
	for p < len(before) && p < len(after) && before[p] == after[p] {
		p++
	}
	for s < len(before)-p && s < len(after)-p && before[len(before)-1-s] == after[len(after)-1-s] {
		s++
	}
	return p, s
}

// retag carries the tabled numbers of alinéas over an edit: the alinéas
// before and after the changed run keep theirs; in the run, as many as
// were there keep theirs in order and the others are new (0).
func retag(before, after []string, tags []int) []int {
	if len(tags) != len(before) {
		return make([]int, len(after))
	}
	p, s := changedRun(before, after)
	out := make([]int, 0, len(after))
	out = append(out, tags[:p]...)
	oldMid, newMid := len(before)-p-s, len(after)-p-s
	for k := 0; k < newMid; k++ {
		if k < oldMid {
			out = append(out, tags[p+k])
		} else {
			out = append(out, 0)
		}
	}
	return append(out, tags[len(before)-s:]...)
}

// spanKinds are the edits that apply to an alinéa as tabled which an
// earlier amendment rewrote into several alinéas: to all of them, the text
// that stands for it (renumberAsTabled).
var spanKinds = []EditKind{EditDelete, EditRewrite, EditInsertAlineas, EditAppendAlineas, EditReplaceWords, EditDeleteWords, EditInsertWords}

// retagSplit gives each alinéa that a rewrite of one alinéa put in its
// place ("Remplacer cet alinéa par deux alinéas ainsi rédigés", "Rédiger
// ainsi l'alinéa 2 : « A » « B »") that alinéa's tabled number: a later
// amendment naming it ("Supprimer l'alinéa 2") names them all — retag
// gave the number to the first alone, the others counted as inserted.
//
// Several tabled alinéas rewritten into another number of alinéas
// ("Alinéas 3 et 4" / "Remplacer ces alinéas par trois alinéas ainsi
// rédigés") are replaced together: each new alinéa bears the run
// (jointTag), which renumberAsTabled reads as the alinéas 3 to 4 together
// — retag numbered the first two 3 and 4, and "Supprimer l'alinéa 4"
// deleted the second.
func retagSplit(before, after []string, old []int, e Edit) []int {
	tags := retag(before, after, old)
	if e.Kind != EditRewrite || len(old) != len(before) {
		return tags
	}
	p, s := changedRun(before, after)
	oldMid, newMid := len(before)-p-s, len(after)-p-s
	if oldMid == 0 || newMid == 0 || oldMid == newMid {
		return tags
	}
	// The tabled alinéas of the run, each tag as tabled.
	lo, hi := 0, 0
	for _, t := range old[p : p+oldMid] {
		a, b, ok := jointRun(t)
		if !ok {
			a, b = t, t
		}
		if a <= 0 {
			// An alinéa inserted since among them: the run is not the
			// tabled alinéas alone.
			return tags
		}
		if lo == 0 || a < lo {
			lo = a
		}
		hi = max(hi, b)
	}
	tag := lo
	if hi > lo {
		tag = jointTag(lo, hi)
	}
	for k := p; k < len(after)-s; k++ {
		tags[k] = tag
	}
	return tags
}

// jointTag is the tag of an alinéa of the text an amendment put in the
// place of tabled alinéas lo to hi together (lo < hi); jointRun reads it
// back (ok false for the number of one tabled alinéa, or 0).
func jointTag(lo, hi int) int { return -(lo<<16 | hi) }

func jointRun(t int) (lo, hi int, ok bool) {
	if t >= 0 {
		return 0, 0, false
	}
	return -t >> 16, -t & 0xffff, true
}

// subAmendment is the head of a sub-amendment: "Amendement n° 78
// rectifié, alinéa 9", "Amendement 80 rect, alinéa 24, première phrase",
// or the amendment alone on its line, its locator on the next as the
// Sénat writes it ("Amendement 78 rect bis" / "Alinéa 41"), the heading
// of the sub-amendment before it or not ("Sous-amendement à l'amendement
// n° 78, alinéa 9", "Sous-amendement n° 3 à l'amendement n° 78").
var subAmendment = mustRe(`(?i)^(?:sous-amendement\s+(?:n°\s*)?(?:[A-Z]*-?\d+\s+)?(?:à|a)\s+l['’]\s*)?(?:sous-)?amendement\s+(?:n°\s*)?([A-Z]*-?\d+)(?:\s+rect(?:ifi[ée])?\.?(?:\s+(?:bis|ter))?)?(?:\s*,\s*(.*?)\s*:?|\s*)$`)

// amendmentNamedIn reads a sub-amendment that names its amendment in its
// instructions' places ("À l'alinéa 3 de l'amendement n° 78, …",
// "Supprimer l'alinéa 2 de l'amendement 78 rectifié"): the amendment's
// number and the paragraphs without it. ok is false when no paragraph
// names one, or two name different ones.
func amendmentNamedIn(paras []string) (string, []string, bool) {
	num := ""
	body := make([]string, len(paras))
	for i, p := range paras {
		for _, m := range ofAmendment.FindAllStringSubmatch(p, -1) {
			if num != "" && amendmentNumber(m[1]) != amendmentNumber(num) {
				return "", nil, false
			}
			num = m[1]
		}
		if m := atAmendment.FindStringSubmatch(p); m != nil {
			// "À l'amendement n° 78, substituer …": the amendment is the
			// whole place.
			if num != "" && amendmentNumber(m[1]) != amendmentNumber(num) {
				return "", nil, false
			}
			num = m[1]
			body[i] = upperFirst(p[len(m[0]):])
			continue
		}
		body[i] = ofAmendment.ReplaceAllString(p, "")
	}
	return num, body, num != ""
}

// atAmendment is an amendment named as the whole place of an
// instruction, before its verb: "À l'amendement n° 78 rectifié, ", "Dans
// l'amendement n° 78, " (group 1: its number).
var atAmendment = mustRe(`^(?:À|A|Dans|Sur)\s+l['’]amendement\s+(?:n°\s*)?([A-Z]*-?\d+)(?:\s+rect(?:ifi[ée])?\.?(?:\s+(?:bis|ter))?)?\s*,\s*`)

// ofAmendment is an amendment named after the division it edits: " de
// l'amendement n° 78 rectifié" (group 1: its number).
var ofAmendment = mustRe(`\s+de\s+l['’]amendement\s+(?:n°\s*)?([A-Z]*-?\d+)(?:\s+rect(?:ifi[ée])?\.?(?:\s+(?:bis|ter))?)?`)

// amendmentNumber is the number an amendment is named by, without "n°"
// or "rectifié": "COM-12", "78".
func amendmentNumber(s string) string {
	return strings.ToUpper(amendmentNumberRe.FindString(s))
}

var amendmentNumberRe = mustRe(`[A-Za-z]*-?\d+`)

var decimalComma = mustRe(`\b\d+,[ \x{a0}]+\d+\s*(?:%|millions?\b|milliards?\b|€|euros?\b)|\b0,[ \x{a0}]+\d`)

var commaSpace = mustRe(`,[ \x{a0}]+`)

var blankRef = mustRe(`((?:\bn°|\bdu|\barticle))[ \x{a0}]+` + blankMark + `([ \x{a0}])`)

// blankMark is the blank a law not yet numbered leaves, in dots or
// ellipses as texts print it: "......", "…", "……", "……." .
const blankMark = `(?:\.{3,}|[.…]*…[.…]*)`

var invisible = strings.NewReplacer("\ufeff", "", "\u200b", "")

var (
	tagRe   = mustRe(`(?is)<\s*(/?)\s*(p|br|div|li|tr|h[1-6])\b[^>]*>|<\s*/?\s*(td|th)\b[^>]*>|<[^>]*>`)
	blankRe = mustRe(`\n\s*\n+`)
)

// HTMLToParagraphs turns the Assemblée's HTML fields (dispositif, exposé
// sommaire) into plain paragraphs: tags dropped, entities decoded, white
// space collapsed. Plain text goes through unchanged, one paragraph a line.
func HTMLToParagraphs(s string) []string {
	// A superscript ordinal ends its word: the Sénat's HTML prints
	// "1<sup>er</sup>mars", "I<sup>er</sup>du" for "1er mars", "Ier du".
	s = supOrdinal.ReplaceAllString(s, "$1 $2")
	// "n<sup>o</sup> 2009-669": the numero sign the texts print "n°"
	// ("no 2009-669" was not found).
	s = supNumero.ReplaceAllString(s, "${1}°")
	s = tagRe.ReplaceAllStringFunc(s, func(t string) string {
		m := tagRe.FindStringSubmatch(t)
		if m[2] != "" {
			return "\n"
		}
		if m[3] != "" {
			// A table's cells are separate words: "<td>50</td><td>0</td>"
			// is "50 0" (it was read "500").
			return " "
		}
		return ""
	})
	s = html.UnescapeString(s)
	// Accented letters decomposed (a letter, then its combining accent)
	// are the letters French types composed.
	s = composeAccents(s)
	// Invisible characters (byte order mark, zero-width space) are not text.
	s = invisible.Replace(s)
	s = plainOrdinals(s)
	// A decimal comma followed by a space, as amendments are often
	// printed ("0, 5 %", "385, 87 millions"): the number is "0,5".
	s = decimalComma.ReplaceAllStringFunc(s, func(m string) string { return commaSpace.ReplaceAllString(m, ",") })
	// A law not yet numbered: the Sénat writes "loi n° … du …" or
	// "l'article ...... de la loi n° ...... du .......", the bill "loi n°
	// du": the same blanks.
	for i := 0; i < 3 && blankRef.MatchString(s); i++ {
		s = blankRef.ReplaceAllString(s, "$1$2")
	}
	var out []string
	for _, p := range strings.Split(blankRe.ReplaceAllString(s, "\n"), "\n") {
		// The ordinal indicator was read above, before the blanks
		// (plainTyping's other half).
		if p = NormalizeSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// supNumero is the numero sign printed as a superscript o:
// "n<sup>o</sup>" (group 1 the n).
var supNumero = mustRe(`\b([nN])\s*<sup>\s*o\s*</sup>`)

var supOrdinal = mustRe(`(?i)(<sup>\s*(?:er|re|e|ème|eme|nd|nde)\s*</sup>)(\pL)`)

// parseDispositif24 reads the dispositif's paragraphs into edits of the
// article ref. Instructions it does not understand are returned raw,
// each with its refusal (amInstrRefusal24).
func parseDispositif24(ref CodeRef, paras []string) ([]Edit, []string, []error) {
	paras = slices.Clone(dispositifOnly(paras))
	for k := range paras {
		paras[k] = amAlineasExcept(paras[k])
	}
	var edits, prev, group []Edit
	var bad []string
	var why []error // (amInstrRefusal24) one for each of bad
	shifts := sentenceShifts{}
	under := ""
	for _, in := range splitJoined(splitDispositif(paras)) {
		// The instruction before with those joined to it or under the
		// same locator line: "procéder à la même (aux mêmes) …" names
		// them all.
		in.group = group
		es, ok := parseAmInstr(ref, in, prev)
		if !ok && !in.joined && in.under == "" {
			// "I. – À l'alinéa 3, substituer … II. – En conséquence,
			// compléter cet alinéa par …": the one alinéa the
			// instruction before named (it was refused).
			head := sameAlineaAsThis(in.head)
			if n, named := thisAlineaBefore(head, group); named {
				in.head = amThisAlineaCased.ReplaceAllString(head, fmt.Sprintf("l'alinéa %d", n))
				es, ok = parseAmInstr(ref, in, prev)
			}
		}
		if !ok && !in.joined && in.under == "" {
			// "I. – Aux alinéas 2 et 3, substituer … II. – En
			// conséquence, compléter ces alinéas par …": the alinéas
			// the instruction before named (it was refused).
			if head, named := theseAlineasBefore(in.head, group); named {
				in.head = head
				es, ok = parseAmInstr(ref, in, prev)
			}
		}
		if ok && amAlineasDashJoined27(in) != nil {
			es, ok = nil, false
		}
		if in.joined || in.under != "" && in.under == under {
			group = append(group, es...)
		} else {
			group = es
		}
		under = in.under
		if ok && shifts.shifted(es) {
			ok = false // an alinéa counted from the end, or a run of sentences, moved
		}
		if ok {
			for i := range es {
				// A sentence's rank an earlier instruction moved: read
				// where the text as tabled and as it stands agree.
				es[i].rankMoved = shifts.rankShifted(es[i])
			}
		}
		shifts.note(es)
		if !ok {
			bad = append(bad, unquotedReason22(in.head)+amWordsReason23(in.head)+strings.Join(append([]string{in.head}, in.payload...), "\n"))
			why = append(why, amInstrRefusal24(in))
			continue
		}
		edits = append(edits, es...)
		prev = es
	}
	return edits, bad, why
}

// amSameAlineaCased is "le même alinéa" in an instruction's head, with
// its preposition (group 1): "du même alinéa", "au même alinéa", "ce
// même alinéa".
var amSameAlineaCased = mustRe(`\b([Dd]u|[Ll]e|[Aa]u|[Cc]e)\s+m[eê]me\s+alin[ée]a\b`)

// sameAlineaAsThis writes "le même alinéa" of an instruction's head as
// "cet alinéa" ("compléter la dernière phrase du même alinéa" → "… de
// cet alinéa"), which thisAlineaBefore then names: the one alinéa the
// instruction before was made in, as "Au même alinéa, …" before the verb
// is read (prevAlinea). After the verb it was refused, and a bill's "La
// dernière phrase du même alinéa est complétée …" is read. Quoted words
// are left as they are.
func sameAlineaAsThis(head string) string {
	return beforeFirstQuote(head, func(head string) string {
		return amSameAlineaCased.ReplaceAllStringFunc(head, func(m string) string {
			p := amSameAlineaCased.FindStringSubmatch(m)[1]
			w := "cet alinéa"
			switch strings.ToLower(p) {
			case "du":
				w = "de cet alinéa"
			case "au":
				w = "à cet alinéa"
			}
			if p[0] >= 'A' && p[0] <= 'Z' {
				w = upperFirst(w)
			}
			return w
		})
	})
}

// amThisAlineaCased is "cet alinéa" in an instruction's head.
var amThisAlineaCased = mustRe(`\b[Cc]et\s+alin[ée]a\b`)

// thisAlineaBefore is the alinéa "cet alinéa" names in an instruction
// that names no alinéa of its own ("II. – En conséquence, compléter cet
// alinéa par …", "à la dernière phrase de cet alinéa"): the one alinéa,
// numbered as tabled, every edit of the instruction before (with those
// joined to it) was made in — words, a start or an end, a sentence.
// False when that instruction named several alinéas, none, or added,
// deleted or rewrote whole ones (is "cet alinéa" the new one?), or the
// head names another alinéa or division, or "cet alinéa" more than once.
func thisAlineaBefore(head string, group []Edit) (int, bool) {
	low := asciiLower(foldAccents(head))
	if len(amThisAlineaCased.FindAllStringIndex(head, -1)) != 1 || strings.Count(low, "alinea") != 1 || len(group) == 0 {
		return 0, false
	}
	head = wordsBeforeQuote(head)
	low = asciiLower(foldAccents(head))
	if !amThisAlineaCased.MatchString(head) || hasItemLoc(head) || strings.Contains(low, "article") {
		return 0, false
	}
	nums, ok := editedWithin(group)
	if !ok || len(nums) != 1 {
		return 0, false
	}
	return nums[0], true
}

// editedWithin are the alinéas, numbered as tabled, the edits of an
// instruction (with those joined to it) were made in, each once, in
// order: false unless each edit is made inside one alinéa it names by
// its number — words, a start or an end, a sentence — not in a range, a
// division, or on whole alinéas.
func editedWithin(group []Edit) ([]int, bool) {
	var nums []int
	for _, e := range group {
		switch e.Kind {
		case EditReplaceWords, EditDeleteWords, EditInsertWords, EditAppendWords, EditRewriteEnd, EditRewriteStart, EditInsertSentences:
		case EditRewrite, EditDelete:
			if e.Scope.Sentence == 0 {
				return nil, false
			}
		default:
			return nil, false
		}
		p := e.Scope.Path
		if len(p) != 1 || !p[0].Numbered || p[0].Alinea <= 0 || p[0].Count > 1 || p[0].Proposed != "" || len(e.Scope.Within) > 0 || e.Scope.RangeTo != "" {
			return nil, false
		}
		if !slices.Contains(nums, p[0].Alinea) {
			nums = append(nums, p[0].Alinea)
		}
	}
	return nums, true
}

// amTheseAlineas is "ces alinéas" ("ces mêmes alinéas", "ces deux
// alinéas") in an instruction's head, with the preposition before it
// (group 1: "à", "de" or none; group 2 the count).
var amTheseAlineas = mustRe(`(?i)\b(?:(à|de)\s+)?ces\s+(?:mêmes\s+)?(?:(` + cardinalWords + `)\s+)?alinéas\b`)

// theseAlineasBefore is head with "ces alinéas" ("ces mêmes alinéas",
// "ces deux alinéas") named as the alinéas the instruction before (with
// those joined to it) was made in, by words, a start or an end, or a
// sentence, one alinéa each edit, numbered as tabled: "compléter les
// alinéas 2 et 3 par …", "aux alinéas 2 et 3, substituer …". False, as
// in thisAlineaBefore, when that instruction named one alinéa (the
// plural names several), deleted, inserted or rewrote whole alinéas (the
// new ones, or those named?), a range or a division; when a count
// ("ces deux alinéas") is not theirs; when the head names another
// alinéa, division or article, or "ces alinéas" more than once.
func theseAlineasBefore(head string, group []Edit) (string, bool) {
	cut := len(wordsBeforeQuote(head))
	ms := amTheseAlineas.FindAllStringSubmatchIndex(head[:cut], -1)
	low := asciiLower(foldAccents(head[:cut]))
	if len(ms) != 1 || len(amTheseAlineas.FindAllStringIndex(head, -1)) != 1 || strings.Count(low, "alinea") != 1 || len(group) == 0 {
		return "", false
	}
	if hasItemLoc(head[:cut]) || strings.Contains(low, "article") {
		return "", false
	}
	nums, ok := editedWithin(group)
	m := ms[0]
	if !ok || len(nums) < 2 || m[4] >= 0 && cardinal(strings.ToLower(head[m[4]:m[5]])) != len(nums) {
		return "", false
	}
	slices.Sort(nums)
	list := make([]string, len(nums))
	for i, n := range nums {
		list[i] = strconv.Itoa(n)
	}
	named := "les alinéas " + strings.Join(list[:len(list)-1], ", ") + " et " + list[len(list)-1]
	switch {
	case m[2] >= 0 && strings.EqualFold(head[m[2]:m[3]], "à"):
		named = "aux" + named[len("les"):]
	case m[2] >= 0:
		named = "des" + named[len("les"):]
	}
	if m[0] == 0 || strings.TrimSpace(head[:m[0]]) == "" || strings.HasSuffix(strings.TrimSpace(head[:m[0]]), ".") {
		named = upperFirst(named)
	}
	return head[:m[0]] + named + head[m[1]:], true
}

// pathSpan gives the alinéas [lo, hi) of al a path names, all of them for
// none; false when the path does not resolve.
func pathSpan(al []string, path []Division) (lo, hi int, ok bool) {
	if len(path) == 0 {
		return 0, len(al), true
	}
	lo, hi, _, err := resolve(al, path)
	return lo, hi, err == nil
}

// announces reports whether new text ends with a colon: it introduces
// what follows it, as the alinéa it replaces did.
func announces(lines []string) bool {
	return len(lines) > 0 && strings.HasSuffix(strings.TrimSpace(lines[len(lines)-1]), ":")
}

// closesOtherwise reports whether new text ends by closing a sentence
// (".", ";", "!", "?", its quotation marks aside), not with an ellipsis:
// an end rewritten so no longer introduces what follows.
func closesOtherwise(lines []string) bool {
	if len(lines) == 0 {
		return false
	}
	end := strings.TrimRight(strings.TrimSpace(lines[len(lines)-1]), " \u00a0»\"”")
	return end != "" && strings.ContainsAny(end[len(end)-1:], ".;!?") && !strings.HasSuffix(end, "…") && !strings.HasSuffix(end, "...")
}

// rankReadingsAgree checks a sentence named by a rank an earlier
// instruction of the same amendment moved (Edit.rankMoved): counted on
// the text as tabled (g, as applyEdit counts it) and on the alinéa as
// that instruction left it, the rank must name one sentence. "I. –
// Supprimer la deuxième phrase de l'alinéa 1. II. – À la dernière phrase
// du même alinéa, …" is read (the last either way); "II. – À la seconde
// phrase …" after the first was deleted is refused: the second as tabled
// is the first now, and which the drafter counted is not said.
func rankReadingsAgree(al []string, e Edit, g *groupState) error {
	n := e.Scope.Sentence
	why := func(more string) error {
		return applyKind26(errApplyEarlierEdit26, fmt.Sprintf("sentence %d named after an earlier instruction of the amendment changed the sentences of its alinéa: %s", n, more))
	}
	if g == nil {
		return why("the alinéas as tabled are not known")
	}
	lo, hi, _, err := resolve(al, e.Scope.Path)
	if err != nil {
		return err
	}
	if lo >= hi {
		return why("no alinéa")
	}
	i := pickSentenceAlinea(lo, hi, n)
	tb, nb := groupBounds(al, i, g), sentenceBounds(al[i])
	kt, err := sentenceIndex(tb, n)
	if err != nil {
		return err
	}
	kn, err := sentenceIndex(nb, n)
	if err != nil || tb[kt] != nb[kn] {
		return why("counted as tabled and as that instruction left them, it names another sentence or none, and which counting is meant is not said")
	}
	return nil
}
