package law

import (
	"slices"
	"strings"
)

// splitClauses splits an alinéa holding two operations of their own
// joined by "et" or ";" — a division repealed, deleted or rewritten
// inline, then another with its own subject and verb ("Le I est abrogé
// et le II est ainsi rédigé :", "Le deuxième alinéa est ainsi rédigé :
// « … » et le troisième alinéa est supprimé"). Word operations joined so
// are read together as before (they share the place before them).
func splitClauses(body string) (head, tail string, ok bool) {
	quoted := quoteRe.FindAllStringIndex(body, -1)
	inQuote := func(i int) bool {
		for _, q := range quoted {
			if i >= q[0] && i < q[1] {
				return true
			}
		}
		return false
	}
	for _, m := range reClauseJoin.FindAllStringIndex(body, -1) {
		if inQuote(m[0]) {
			continue
		}
		h, t := body[:m[0]], body[m[1]:]
		hs, _ := shape(h)
		ts, _ := shape(t)
		hl := asciiLower(foldAccents(strings.TrimSpace(hs)))
		tl := asciiLower(foldAccents(strings.TrimSpace(ts)))
		d := reClauseDone.FindStringSubmatchIndex(hl)
		if d == nil || !reClauseNext.MatchString(tl) || !modVerb.MatchString(ts) {
			continue
		}
		if d[2] < 0 && d[4] >= 0 {
			d[2] = d[4] // the new text's mark, added inline
		}
		if words := hl; d[2] >= 0 && reQuotedPart.MatchString(words[:d[2]]) || d[2] < 0 && reQuotedPart.MatchString(words) {
			continue // word operations: read together, under their place
		}
		if reContext.MatchString(tl) {
			return "", "", false // a context after: its items would lose their place
		}
		if reRenumber.MatchString(hl) && reRenumber.MatchString(tl) {
			continue // renumberings joined: read together (renumClauses)
		}
		return strings.TrimSpace(h), upperFirst(strings.TrimSpace(t)), true
	}
	return "", "", false
}

// clauses reads the two clauses of splitClauses one after the other, as
// one instruction: the second naming no article is in the first's, under
// the division that holds the first's target ("Le I de l'article L. 1 est
// abrogé et le II …": the II of L. 1); refused if either is not read.
func (p *parser) clauses(in *Instruction, level int, head, tail string, payload []string) {
	p.clausesWith(in, level, head, tail, nil, payload)
}

// siblingRelabels says two relabellings are of items of one list, "Les
// 2° et 3° deviennent respectivement les 3° et 4° et, aux 3° et 4°, …"
// (from "Aux 2° et 3°, qui deviennent respectivement …", becomesAt): the
// second clause is in the part that holds them, as after one item (it
// was refused: several places).
func siblingRelabels(a, b Edit) bool {
	n := len(a.Scope.Path)
	return itemRelabel(a) && itemRelabel(b) && n == len(b.Scope.Path) && slices.Equal(a.Scope.Path[:n-1], b.Scope.Path[:n-1])
}

// itemRelabel says an edit relabels one item ("Le 2° devient le 3°"),
// not a range, a sentence or a division.
func itemRelabel(e Edit) bool {
	n := len(e.Scope.Path)
	return e.Kind == EditRelabel && n > 0 && e.Scope.Path[n-1].Item != "" && e.Scope.RangeTo == "" && e.Scope.Sentence == 0
}

// clausesWith is clauses with the new text of either clause.
func (p *parser) clausesWith(in *Instruction, level int, head, tail string, headPayload, payload []string) {
	depth := len(p.stack)
	first := &Instruction{Article: in.Article, Alinea: in.Alinea, Text: in.Text}
	p.instructionBody(first, level, head, headPayload)
	p.stack = p.stack[:depth]
	fail := func(why string) {
		refuseTyped(in, reasonOf(errClausesUnread, why))
	}
	if first.Status != Parsed || len(first.Edits) == 0 {
		refuseTyped(in, typedReason{kind: errClausesUnread, cause: refusalSaid(first), text: "first of two clauses: " + first.Reason})
		return
	}
	sc := first.Edits[0].Scope
	for _, e := range first.Edits[1:] {
		if e.Scope.Ref != sc.Ref || !slices.Equal(e.Scope.Path, sc.Path) && !siblingRelabels(first.Edits[0], e) {
			sc = Scope{} // several places: the second must name its own
		}
	}
	p.lastScope, p.lastOthers, p.lastRelabels, p.lastMade = first.Edits[0].Scope, nil, relabelsOf(first.Edits), nil
	tl := asciiLower(foldAccents(tail))
	sc = renumberedThenBeside(first.Edits, sc, tl)
	var up *Scope
	if n := len(sc.Division); sc.Ref.Article == "" && n > 0 && (reDivision.MatchString(strings.TrimSpace(tl)) || reDivisions.MatchString(strings.TrimSpace(tl)) || reBesideDivisionClause.MatchString(strings.TrimSpace(tl))) && !strings.Contains(tl, "code") {
		// "Le chapitre II … est abrogé et le chapitre III devient le
		// chapitre II": the second division is in the one that holds the
		// first (it was refused: no article named).
		p.stack = append(p.stack, frame{level: level, scope: Scope{Ref: CodeRef{Code: sc.Ref.Code}, Division: append([]string(nil), sc.Division[:n-1]...)}})
	} else if !strings.Contains(tl, "article") && !strings.Contains(tl, "code") {
		if s, ok := siblingsPlace24(first.Edits, tl); ok {
			sc = s
		}
		if sc.Ref.Article == "" || sc.RangeTo != "" {
			fail("a second clause naming no article after a first naming several places")
			return
		}
		up = &Scope{Ref: sc.Ref}
		switch {
		case sc.Sentence != 0:
			// "La première phrase du deuxième alinéa est ainsi rédigée :
			// « … » et la seconde phrase est supprimée": the same alinéa.
			up.Path = append([]Division(nil), sc.Path...)
		case len(sc.Path) > 0:
			up.Path = append([]Division(nil), sc.Path[:len(sc.Path)-1]...)
		}
		p.stack = append(p.stack, frame{level: level, scope: *up})
	} else if sc.Ref.Code != "" && !strings.Contains(tl, "code") && !strings.Contains(tl, "loi") && !strings.Contains(tl, "ordonnance") && !strings.Contains(tl, "decret") {
		// "L'article L. 1 du code civil est abrogé et l'article L. 3
		// est ainsi rédigé :": the second article is of the first's
		// text, in one sentence (it was "of a code not said" after
		// another code, "no target article" for "l'article 3" —
		// TestGenArtsSecondClauseArticleOfTheFirstsCode).
		p.stack = append(p.stack, frame{level: level, scope: Scope{Ref: CodeRef{Code: sc.Ref.Code}}})
	}
	second := &Instruction{Article: in.Article, Alinea: in.Alinea, Text: in.Text}
	p.instructionBody(second, level+1, tail, payload)
	p.stack = p.stack[:depth]
	if second.Status != Parsed || len(second.Edits) == 0 {
		refuseTyped(in, typedReason{kind: errClausesUnread, cause: refusalSaid(second), text: "second of two clauses: " + second.Reason})
		return
	}
	// "Au premier alinéa, la seconde phrase est supprimée et le mot : « A »
	// est remplacé …": words of the place written before both clauses,
	// the alinéa whose sentence went (it was refused: no place of its
	// own). Applied after the deletion, they are edited where they stand
	// on the text before the instruction too, unless only in the sentence
	// gone (then not found: refused); an occurrence's rank or a count,
	// which the deletion would shift, is refused.
	placeFirst := reHeadPrep.MatchString(asciiLower(foldAccents(strings.TrimSpace(head)))) &&
		len(first.Edits) == 1 && first.Edits[0].Kind == EditDelete && sc.Sentence != 0
	for _, e := range second.Edits {
		adds := e.Kind == EditAppendAlineas || e.Kind == EditCreateArticles
		words := e.Kind == EditReplaceWords || e.Kind == EditDeleteWords || e.Kind == EditInsertWords
		if placeFirst && words && len(e.Occurrences) == 0 && e.Times == 0 && e.Scope.Where == "" && len(e.Scope.Path) > 0 {
			continue
		}
		if up != nil && !adds && e.Scope.Ref == up.Ref && slices.Equal(e.Scope.Path, up.Path) && e.Scope.Sentence == 0 {
			// "… et le second est supprimé": the second clause names no
			// place of its own; read so, it would edit the whole
			// article (division) that holds the first's. ("… et il est
			// rétabli un III" adds to it: its place.)
			fail("a second clause naming no place of its own")
			return
		}
		if up != nil && sc.Sentence == 0 && len(sc.Path) > 0 && e.Scope.Ref == up.Ref && slices.Equal(e.Scope.Path, up.Path) && e.Scope.Sentence != 0 {
			// "Le premier alinéa est complété par une phrase … et la
			// dernière phrase est supprimée": the first's alinéa, or
			// the article's last, is not said (the article's last
			// sentence went, in its last alinéa).
			fail("a sentence named in a second clause with no division of its own, after a division")
			return
		}
	}
	in.Status, in.Reason = Parsed, ""
	in.Edits = append(first.Edits, second.Edits...)
}

// signOf is the punctuation sign a word names.
var signOf = map[string]string{"point": ".", "point final": ".", "point-virgule": ";", "deux-points": ":", "virgule": ","}

// reOneAnnounced is a head announcing one alinéa or one sentence: "un
// alinéa ainsi rédigé", "une phrase ainsi rédigée" (its quotation closed,
// a second quoted alinéa is not its own: TestSingularHeadTakesOneQuotation).
var reOneAnnounced = mustRe(`\b(?:un\s+alinea|une\s+phrase)\s+ainsi\s+redigee?\s*:?\s*$`)
