package law

import (
	"maps"
	"slices"
)

// An instruction that acts on the code's structure — renumbers articles
// or divisions, repeals, rewrites, creates or dissolves a division, or
// files new articles in a division it creates — and does something else
// in the same sentence ("La section 2 devient la section 4 et la section
// 4 est complétée par un article L. 9 …", "L'article L. 3 devient
// l'article L. 3-1 et, au même article, …") is applied whole or not at
// all, over the whole code: when one of its edits is refused, every
// article of the codes it acts on is put back as it was, with its text
// and its folders (its division), and its other edits are refused with
// it (errWithRefused). The per-article rollback of the text's edits
// (instructionSnapshot: the edits to other articles stand) would leave
// divisions moved, emptied or filled by an instruction reported refused.

// structureSnapshot is the state an instruction acting on the code's
// structure found: the articles of the codes it acts on and the bill
// article's bookkeeping its edits change.
type structureSnapshot struct {
	codes   map[string]bool
	arts    Corpus
	groups  map[CodeRef]*groupState
	vacated map[string][][]string
	blind   map[string][][]string
	numberI map[CodeRef]string
}

// actsOnStructure reports whether e moves, removes, creates or dissolves
// divisions or renumbers articles.
func actsOnStructure(e Edit) bool {
	switch e.Kind {
	case EditRenumber, EditRenumberDivision, EditCreateDivision:
		return true
	case EditRewriteHeading:
		return len(e.Dissolved) > 0
	case EditCreateArticles:
		return e.NewDivision || e.ReplaceDivision
	case EditDelete, EditRewrite:
		return e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0
	}
	return false
}

// structureSnapshotFor saves the state before an instruction of edits
// of several kinds, one of which acts on the code's structure and one of
// which is applied at once (not a renumbering, which the renumberings of the
// instruction alone are refused whole with: refuseRenumberings); nil
// for any other instruction.
func structureSnapshotFor(c Corpus, edits []Edit, groups map[CodeRef]*groupState, vacated, blind map[string][][]string, numberI map[CodeRef]string) *structureSnapshot {
	if len(edits) < 2 {
		return nil
	}
	structural, other, mixed := false, false, false
	for _, e := range edits {
		structural = structural || actsOnStructure(e)
		other = other || e.Kind != EditRenumber
		mixed = mixed || e.Kind != edits[0].Kind
	}
	if !structural || !other || !mixed {
		// (A list of divisions under one verb, "Les sections 1 et 2
		// sont abrogées", is each whole or not at all, the others
		// applied.)
		return nil
	}
	s := &structureSnapshot{codes: map[string]bool{}, arts: Corpus{}, groups: map[CodeRef]*groupState{}, vacated: map[string][][]string{}, blind: map[string][][]string{}, numberI: maps.Clone(numberI)}
	for _, e := range edits {
		s.codes[e.Scope.Ref.Code] = true
		if e.To.Code != "" {
			s.codes[e.To.Code] = true
		}
		for _, a := range e.NewArticles {
			s.codes[a.Ref.Code] = true
		}
	}
	for r, a := range c {
		if s.codes[r.Code] {
			a.Alineas = slices.Clone(a.Alineas)
			a.Division = slices.Clone(a.Division)
			s.arts[r] = a
		}
	}
	for r, g := range groups {
		s.groups[r] = cloneGroup(g)
	}
	for code := range s.codes {
		s.vacated[code] = slices.Clone(vacated[code])
		s.blind[code] = slices.Clone(blind[code])
	}
	return s
}

// cloneGroup copies a group's state.
func cloneGroup(g *groupState) *groupState {
	if g == nil {
		return nil
	}
	return &groupState{orig: g.orig, tags: slices.Clone(g.tags), whole: g.whole, insertedAfter: maps.Clone(g.insertedAfter), wordsAfter: maps.Clone(g.wordsAfter)}
}

// firstRefused gives the 1-based index of the first edit of instruction
// i refused among errs (an article not in the corpus is no refusal), or
// 0.
func firstRefused(errs []ApplyError, i int) int {
	first := 0
	for _, e := range errs {
		if e.Instruction == i && !e.Missing && (first == 0 || e.Edit+1 < first) {
			first = e.Edit + 1
		}
	}
	return first
}

// restore puts the codes of instruction i back as s found them, with the
// bookkeeping, and refuses its edits not refused yet (errs[nerr:] are
// the errors since; those of other instructions, renumberings applied
// with its own, are dropped: the caller applies them again). A division
// the instruction renumbered keeps its number: a later instruction
// naming the new one is refused (blind), as after a renumbering refused;
// likewise an article renumbered onto one in force (onto).
func (s *structureSnapshot) restore(c Corpus, groups map[CodeRef]*groupState, vacated, blind map[string][][]string, numberI map[CodeRef]string, onto map[CodeRef]renumberedFrom, in Instruction, i int, errs []ApplyError, nerr, first int) []ApplyError {
	for r := range c {
		if s.codes[r.Code] {
			delete(c, r)
		}
	}
	maps.Copy(c, s.arts)
	clear(groups)
	maps.Copy(groups, s.groups)
	for code := range s.codes {
		vacated[code], blind[code] = s.vacated[code], s.blind[code]
	}
	clear(numberI)
	maps.Copy(numberI, s.numberI)
	kept := errs[:nerr]
	said := map[int]bool{}
	for _, e := range errs[nerr:] {
		if e.Instruction == i {
			kept = append(kept, e)
			said[e.Edit] = true
		}
	}
	errs = kept
	for j, e := range in.Edits {
		if e.Kind == EditRenumberDivision {
			for _, m := range e.Moves {
				blind[e.Scope.Ref.Code] = append(blind[e.Scope.Ref.Code], m.To)
			}
		}
		if e.Kind == EditRenumber && e.To.Article != "" && e.ToPart == (Division{}) && len(e.Scope.Path) == 0 {
			if _, held := c[e.To]; held {
				onto[e.To] = renumberedFrom{ref: e.Scope.Ref, bill: in.Article}
			}
		}
		if said[j] {
			continue
		}
		w := errWithRefused{edit: first}
		errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: e.Scope.Ref, Reason: w.Error(), WithRefused: first, Err: w})
	}
	return errs
}
