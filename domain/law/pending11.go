package law

import (
	"maps"
	"slices"
	"strings"
)

// prefixReader reads a bill's articles one after the other, as
// ParseInstructions does, and says how another article reads after those
// read so far (after): what ParseAmendedInstructions needs for each
// amended article, which it read by parsing again every article before it
// — the bill read once per amended article, 2.7 s for Hadopi with every
// article amended (BenchmarkPending11AmendedInstructionsHadopi); now once.
type prefixReader struct {
	p    *parser
	read []Article // the articles read, as the grammar reads them
	// masked is read with the alinéas of each article none of whose
	// alinéas is an entry into force of other bill articles set to nil:
	// deferredByOtherArticle reads only those, and of the last article
	// (after's) its alinéas.
	masked []Article
	out    []Instruction // the articles' instructions, quantities marked
	spans  [][2]int      // each article's instructions in out
	seen   map[string]bool
}

func newPrefixReader() *prefixReader {
	return &prefixReader{p: newParser(), seen: map[string]bool{}}
}

// next reads a and adds it to the articles read.
func (r *prefixReader) next(a Article) {
	ua, ins := r.p.readArticle(a)
	r.spans = append(r.spans, [2]int{len(r.out), len(r.out) + len(ins)})
	r.out = append(r.out, ins...)
	r.read = append(r.read, ua)
	m := ua
	if !entersOtherArticles(ua) {
		m.Alineas = nil
	}
	r.masked = append(r.masked, m)
	r.seen[NormalizeArticleNumber(string(a.Number))] = true
}

// after returns a's instructions as ParseInstructions(append(read, a))
// gives them, the articles read left as they were; ok is false when an
// article read bears a's number (its instructions would be a's too: the
// caller reads the whole).
func (r *prefixReader) after(a Article) (ins []Instruction, ok bool) {
	if r.seen[NormalizeArticleNumber(string(a.Number))] {
		return nil, false
	}
	q := r.p.clone()
	ua, ins := q.readArticle(a)
	if len(q.codeEntries) > 0 {
		// An entry into force of code articles reads every instruction
		// of the bill (codeEntry.resolve), deferred or not: the whole.
		all := append(slices.Clone(r.out), ins...)
		spans := append(slices.Clone(r.spans), [2]int{len(r.out), len(all)})
		deferredByOtherArticle(append(r.read[:len(r.read):len(r.read)], ua), spans, all)
		codeArticlesTakeEffect(q.codeEntries, all)
		laterVersionRefusedIn(append(r.read[:len(r.read):len(r.read)], ua), spans, all, len(spans)-1)
		return all[len(r.out):], true
	}
	// Only a's instructions are read: the articles before give none
	// (their spans empty), and only those naming others defer any.
	spans := make([][2]int, len(r.masked)+1)
	spans[len(r.masked)] = [2]int{0, len(ins)}
	deferredByOtherArticle(append(r.masked[:len(r.masked):len(r.masked)], ua), spans, ins)
	laterVersionAfter(r.read, r.spans, r.out, ua, ins)
	return ins, true
}

// entersOtherArticles says whether an alinéa of a is one
// deferredByOtherArticle reads: an entry into force naming other bill
// articles.
func entersOtherArticles(a Article) bool {
	for _, l := range a.Alineas {
		if !containsFold(l, "article") {
			continue
		}
		_, low, m, _, ok := entryAt(l)
		if ok && reEntryOtherArticle.MatchString(low[m[2]:m[3]]) {
			return true
		}
	}
	return false
}

// clone is a copy of p that reading more with does not change p: its maps
// and slices copied.
func (p *parser) clone() *parser {
	q := *p
	q.versionKinds = maps.Clone(p.versionKinds)
	q.lastKind = maps.Clone(p.lastKind)
	q.textDates = maps.Clone(p.textDates)
	q.organic19 = maps.Clone(p.organic19)
	q.articleTexts = maps.Clone(p.articleTexts)
	q.codeEntries = slices.Clone(p.codeEntries)
	q.into = slices.Clone(p.into)
	q.lastOthers = slices.Clone(p.lastOthers)
	q.lastRelabels = slices.Clone(p.lastRelabels)
	q.lastMade = slices.Clone(p.lastMade)
	q.stack = slices.Clone(p.stack)
	return &q
}

// refuseAnaphorAmendedInArticle refuses, in each article of out the
// amendments changed (amended[k] not tabled[k]), an instruction left as
// tabled that names its text by anaphora ("du même code", "dudit code",
// "du code précité", "de la même loi") and whose targets differ from the
// article's as tabled (whole: the bill as tabled read): the amendment took
// away, or moved to another text, the alinéa of the article that named
// the text, and the words now name what comes before it. Whether they
// still mean what they meant as tabled is not said (as across articles:
// ParseAmendedInstructions). An instruction the amendment wrote is read as
// written; one naming no text (an item under a head the amendment moved)
// goes with its head.
func refuseAnaphorAmendedInArticle(tabled, amended []Article, whole, out []Instruction) {
	for k, a := range amended {
		if a.Alineas == nil || sameAlineas(tabled[k].Alineas, a.Alineas) {
			continue
		}
		byLine := map[string][]Instruction{}
		for _, in := range whole {
			if in.Article == a.Number && namesTextByAnaphor(in.Text) {
				key := instructionKey(in)
				byLine[key] = append(byLine[key], in)
			}
		}
		for j := range out {
			in := &out[j]
			if in.Article != a.Number || in.Status != Parsed || !namesTextByAnaphor(in.Text) {
				continue
			}
			key := instructionKey(*in)
			if len(byLine[key]) == 0 {
				continue
			}
			was := byLine[key][0]
			byLine[key] = byLine[key][1:]
			if was.Status != Parsed || editTargets(was.Edits) == editTargets(in.Edits) {
				continue
			}
			refuseTyped(in, errAnaphorAmended22)
			in.TakesEffect, in.Deferred = "", nil
		}
	}
}

// reasonAnaphorAmendedInArticle is the reason refuseAnaphorAmendedInArticle
// gives.
const reasonAnaphorAmendedInArticle = "read otherwise after the amendment to its article took away or changed the alinéa naming the text its words « du même code » name: what they mean is not said"

// namesTextByAnaphor says whether an instruction's text names a code or a
// law by anaphora, outside its quotations.
func namesTextByAnaphor(text string) bool {
	low := strings.ToLower(foldAccents(quoteRe.ReplaceAllString(text, "« »")))
	return reSameCode.MatchString(low) || reSameText.MatchString(low) || reCodeAnaphorIn.MatchString(low)
}

// reCodeAnaphorIn is "code précité" and its kin within a text
// (reCodeAnaphor is the locator's whole).
var reCodeAnaphorIn = mustRe(`\bcode\s+` + codeBackRef + `(?:\s|,|$)`)

// IsSubAmendmentOf says whether a dispositif is a sub-amendment of the
// amendment numbered number, as ComposeNumbered reads one ("Amendement
// n° 12, alinéa 2, …", "À l'alinéa 2 de l'amendement n° 12, …").
func IsSubAmendmentOf(dispositif, number string) bool {
	paras := HTMLToParagraphs(dispositif)
	if len(paras) == 0 {
		return false
	}
	m := subAmendment.FindStringSubmatch(paras[0])
	if m == nil {
		num, _, ok := amendmentNamedIn(paras)
		if !ok {
			return false
		}
		m = []string{"", num}
	}
	return amendmentNumber(m[1]) == amendmentNumber(number)
}
