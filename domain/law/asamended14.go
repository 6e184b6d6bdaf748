package law

import "strings"

// A place named in the version this law gives it — "À l'article L. 1,
// dans sa rédaction résultant de l'article 5 de la présente loi, …",
// "L'article L. 1, tel que modifié par le 2° du présent article, est
// ainsi modifié :", "…, dans sa rédaction issue de la présente loi, …" —
// is read in the text the engine has when the instruction's turn comes:
// the bill's edits applied in order. That is the version named when the
// part named comes before the instruction ("du II de l'article 3" in
// article 4, "du 2°" in the 3°), or when nothing between the instruction
// and the end of the part named edits the same place (the edits after it
// change other articles: the place reads the same). When an edit there
// does change the place — the part named comes later and edits it — the
// text named is not the one in hand (the instruction edited the text
// before that edit): refused (laterVersionRefused). So is a place named
// as a part of this law left for a later day of the calendar made it
// ("dans sa rédaction résultant du I de l'article 2" where "Le I du
// présent article entre en vigueur le 1er janvier 2030"): that version is
// not yet the law in force. A version of another law ("de l'article 5 de
// la loi n° 2010-1 du …") is the current text, as before: read.

// reOwnVersion is a version clause and what it names (group 1), folded:
// "dans sa rédaction résultant de …", "dans leur version issue du …",
// "tel qu'il résulte du …", "telle que modifiée par …", "tel que rédigé
// (créé, inséré, rétabli) par …".
var reOwnVersion = mustRe(`(?:dans\s+(?:sa|leur)\s+(?:redaction|version)\s+(?:resultant|issue)s?|tel(?:le)?s?\s+qu'(?:il|elle)s?\s+resulte(?:nt)?|tel(?:le)?s?\s+que\s+(?:modifie|redige|cree|insere|retabli)e?s?)\s+(?:par\s+|de\s+|du\s+|des\s+|d')([^,;:«"]*)`)

// reOwnVersionArticle is a bill article named in such a clause, folded:
// "l'article 5 de la présente loi", "l'article 5" (the law's own, as the
// law writes it), "le I de l'article 3 de la présente loi" (its parts
// before it, group 1). Group 2 is the number.
var reOwnVersionArticle = mustRe(`^((?:(?:le\s+|la\s+|les\s+)?[^,]*?\s+(?:de\s+l'|du\s+))?)l?'?article\s+(` + billArticleNum + `)(?:\s+de\s+la\s+presente\s+loi)?\s*$`)

// reOwnVersionHere is a part of the bill article itself named in such a
// clause, folded: "présent article", "I du présent article", "2° du
// présent III", "présent I", "2°", "I". Group 1 is the first label named
// (empty for the article or a "présent" part).
var reOwnVersionHere = mustRe(`^(?:la\s+|le\s+)?(?:((?:[ivxl]+|[a-z]|\d+°?)(?:\s+` + latinOrd + `)?)(?:\s+(?:du|de\s+la|de\s+l')\s+.*)?|present\s+(?:article|[ivxl]+|[a-z]|\d+°?)(?:\s+` + latinOrd + `)?)\s*$`)

// ownVersion is the stretch of out an instruction's version clause names
// as later edits of its text (from, to: indices into out, to excluded),
// and whether the version is this law's at all. A part named that comes
// before the instruction gives an empty stretch; earlier is the bill
// article the part stands in, when it is another (-1 if none).
type ownVersion struct {
	from, to int
	earlier  int
}

// ownVersionOf reads the version clause of low (an alinéa, folded),
// instruction k of out in bill article ai (spans: each article's
// instructions in out; arts: the articles as read). ok false: no clause
// naming this law.
func ownVersionOf(low string, k, ai int, arts []Article, spans [][2]int, out []Instruction) (ownVersion, bool) {
	m := reOwnVersion.FindStringSubmatch(low)
	if m == nil {
		return ownVersion{}, false
	}
	named := strings.TrimSpace(m[1])
	switch {
	case strings.HasPrefix(named, "la presente loi"):
		// The law's result: its edits in order, as the engine reads
		// them (a part deferred aside).
		return ownVersion{from: k + 1, to: k + 1, earlier: -1}, true
	case reOwnVersionArticle.MatchString(named):
		sm := reOwnVersionArticle.FindStringSubmatch(named)
		got, _ := entryArticles(arts, sm[2])
		if len(got) != 1 {
			// An article the bill does not hold: not read here.
			return ownVersion{}, false
		}
		switch t := got[0]; {
		case t > ai:
			return ownVersion{from: k + 1, to: spans[t][1], earlier: -1}, true
		case t < ai:
			return ownVersion{from: k + 1, to: k + 1, earlier: t}, true
		}
		// The article the instruction stands in, by its number.
		named = strings.TrimSpace(sm[1])
		if named == "" {
			named = "present article"
		}
	}
	hm := reOwnVersionHere.FindStringSubmatch(named)
	if hm == nil {
		return ownVersion{}, false
	}
	end := spans[ai][1]
	if hm[1] == "" {
		// The article itself or the part the instruction stands in.
		return ownVersion{from: k + 1, to: end, earlier: ai}, true
	}
	label := itemName(strings.TrimRight(hm[1], "°"))
	before, after := labelAround(arts[ai].Alineas, out[k].Alinea-1+out[k].Payload, out[k].Alinea-1, label)
	if before || !after {
		// A part before the instruction (or none found): in order.
		return ownVersion{from: k + 1, to: k + 1, earlier: ai}, true
	}
	return ownVersion{from: k + 1, to: end, earlier: ai}, true
}

// labelAround reports whether an alinéa of al not quoted, before index at
// or after index last, opens with the label (as itemName keeps it).
func labelAround(al []string, last, at int, label string) (before, after bool) {
	_, quoted := billParts(al)
	for i, l := range al {
		if quoted[i] || i >= at && i <= last {
			continue
		}
		raw := strings.TrimSpace(l)
		level, body := enumeration(raw)
		if level < 0 {
			continue
		}
		got := itemName(strings.TrimRight(strings.TrimSpace(raw[:len(raw)-len(body)]), " .-–—)°"))
		if !strings.EqualFold(got, label) {
			continue
		}
		if i < at {
			before = true
		} else {
			after = true
		}
	}
	return before, after
}

// places is what an instruction's edits change: the code articles
// (editRefs) and the ranges of articles (code, first, last); a division
// edit is neither.
type places struct {
	refs   map[CodeRef]bool
	ranges [][3]string
}

func editPlaces(edits []Edit) places {
	p := places{refs: map[CodeRef]bool{}}
	for _, e := range edits {
		rs, ok := editRefs(e)
		if !ok && e.Scope.Ref.Article != "" && e.Scope.RangeTo == "" && len(e.Scope.Division) > 0 {
			// "1° À l'article L. 3, …" under "Le chapitre II, dans sa
			// rédaction résultant de l'article 2, est ainsi modifié :":
			// the article, named in its division (it was not compared,
			// and the 1° read while article 2 edits L. 3 after it).
			rs, ok = []CodeRef{e.Scope.Ref}, true
		}
		for _, r := range rs {
			p.refs[CodeRef{Code: r.Code, Article: ArticleKey(r.Article)}] = true
		}
		if !ok && e.Scope.RangeTo != "" {
			p.ranges = append(p.ranges, [3]string{e.Scope.Ref.Code, e.Scope.Ref.Article, e.Scope.RangeTo})
		}
	}
	return p
}

// inRanges reports whether the article r is in one of the ranges.
func (p places) inRanges(r CodeRef) bool {
	for _, g := range p.ranges {
		if g[0] == r.Code && inRange(r.Article, g[1], g[2]) {
			return true
		}
	}
	return false
}

// editsMeet reports whether two instructions' edits may change the same
// place: an article both name or one names in the other's range, ranges
// of one code. Divisions are not compared (which articles a division
// holds is the corpus's, and a division edit does not always say its
// code): read, as before.
func editsMeet(a, b []Edit) bool {
	pa, pb := editPlaces(a), editPlaces(b)
	for r := range pa.refs {
		if pb.refs[r] || pb.inRanges(r) {
			return true
		}
	}
	for r := range pb.refs {
		if pa.inRanges(r) {
			return true
		}
	}
	for _, g := range pa.ranges {
		for _, h := range pb.ranges {
			if g[0] == h[0] {
				return true
			}
		}
	}
	return false
}

// underHead reports whether instruction k of out stands under the head
// h of its bill article (al, its alinéas): h ends with ":", k's label is
// of a lower level than h's, no alinéa of h's level or higher between (a
// head with no label: no other alinéa with none).
func underHead(h, k int, al []string, quoted []bool, out []Instruction) bool {
	hd := out[h]
	if hd.Status != Context || !strings.HasSuffix(strings.TrimSpace(hd.Text), ":") || out[k].Article != hd.Article || k <= h {
		return false
	}
	lh, _ := enumeration(strings.TrimSpace(hd.Text))
	for i := hd.Alinea; i < out[k].Alinea-1 && i < len(al); i++ {
		if quoted[i] {
			continue
		}
		if l, _ := enumeration(strings.TrimSpace(al[i])); l >= 0 && l <= lh || lh < 0 && l < 0 {
			return false
		}
	}
	lk, _ := enumeration(strings.TrimSpace(out[k].Text))
	return lk > lh
}

// laterVersionRefused refuses the instructions of out whose place is
// named in a version this law gives it that is not the text in hand when
// their turn comes (see above): a part of the law named after them that
// edits that place, or an earlier part deferred to a later day that
// does. arts are the bill articles as read, spans each one's
// instructions in out.
func laterVersionRefused(arts []Article, spans [][2]int, out []Instruction) {
	for ai := range spans {
		laterVersionRefusedIn(arts, spans, out, ai)
	}
}

// laterVersionAfter is laterVersionRefused for ins, the instructions of
// the article ua read after the articles read (prefixReader.after): out
// and spans theirs. Only when one of ins names a version.
func laterVersionAfter(read []Article, spans [][2]int, out []Instruction, ua Article, ins []Instruction) {
	named := false
	for _, in := range ins {
		named = named || reOwnVersion.MatchString(asciiLower(foldAccents(in.Text)))
	}
	if !named {
		return
	}
	all := append(out[:len(out):len(out)], ins...)
	sp := append(spans[:len(spans):len(spans)], [2]int{len(out), len(all)})
	laterVersionRefusedIn(append(read[:len(read):len(read)], ua), sp, all, len(sp)-1)
	copy(ins, all[len(out):])
}

// laterVersionRefusedIn is laterVersionRefused for bill article ai.
func laterVersionRefusedIn(arts []Article, spans [][2]int, out []Instruction, ai int) {
	sp := spans[ai]
	var clauses []int // the instructions of the article naming a version
	for h := sp[0]; h < sp[1]; h++ {
		if reOwnVersion.MatchString(asciiLower(foldAccents(out[h].Text))) {
			clauses = append(clauses, h)
		}
	}
	if len(clauses) == 0 {
		return
	}
	_, quoted := billParts(arts[ai].Alineas)
	headEnd := map[int]int{} // a head's first instruction not under it
	for k := sp[0]; k < sp[1]; k++ {
		in := &out[k]
		if in.Status != Parsed || len(in.Edits) == 0 {
			continue
		}
		for _, h := range clauses {
			if h > k || h < k && !underHead(h, k, arts[ai].Alineas, quoted, out) {
				continue
			}
			t := out[h].Text
			v, ok := ownVersionOf(asciiLower(foldAccents(t)), k, ai, arts, spans, out)
			if !ok {
				continue
			}
			if h < k {
				// A head's clause names the text its items edit: the
				// later edits are those after its last item.
				end, seen := headEnd[h]
				if !seen {
					end = k + 1
					for end < sp[1] && underHead(h, end, arts[ai].Alineas, quoted, out) {
						end++
					}
					headEnd[h] = end
				}
				v.from = max(v.from, end)
				v.to = max(v.to, v.from)
			}
			why := ""
			for j := v.from; j < v.to && why == ""; j++ {
				if w := out[j]; w.Status == Parsed && editsMeet(in.Edits, w.Edits) || w.Deferred != nil && editsMeet(in.Edits, w.Deferred.Edits) {
					why = "the place is named in the version a later part of this law gives it (" + strings.TrimSpace(reOwnVersion.FindString(asciiLower(foldAccents(t)))) + "), which edits it after this instruction: not the text in hand"
				}
			}
			if why == "" {
				why = divisionVersionLater(in, out[v.from:v.to], strings.TrimSpace(reOwnVersion.FindString(asciiLower(foldAccents(t)))))
			}
			for j := 0; j < k && why == ""; j++ {
				if w := out[j]; w.Deferred != nil && (v.earlier < 0 || j >= spans[v.earlier][0] && j < spans[v.earlier][1]) && editsMeet(in.Edits, w.Deferred.Edits) {
					why = "the place is named in the version a part of this law gives it, deferred to " + w.Deferred.On + ": not the law in force"
				}
			}
			if why != "" {
				refuseTyped(in, reasonOf(errNotCurrentText22, why))
				break
			}
		}
	}
}
