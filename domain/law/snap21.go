package law

import (
	"maps"
	"slices"
	"sort"
)

// An instruction is applied whole or not at all: when one of its edits
// is refused, what its other edits changed is put back and they are
// refused with it (errWithRefused). One snapshot, taken before the
// instruction, scoped by what it acts on:
//
//   - an instruction acting on the code's structure and doing something
//     else in the same sentence (actsOnStructure, structureWhole): every
//     article of the codes it acts on — text, number, folders — and the
//     bill article's bookkeeping (groups, divisions vacated or blind, the
//     I to number); on a refusal all of it is put back and every other
//     edit refused;
//   - any other instruction of several edits (or over a range): the
//     articles its edits may change; on a refusal the articles an edit
//     was refused on are put back, with the instruction's other edits to
//     them; its edits to other articles stand, as the consolidated codes
//     apply the parts of an instruction that can be ("au deuxième alinéa
//     de l'article L. 1 et à l'article L. 2, le mot …" where L. 1 no
//     longer has the word).

// instructionSnapshot is the state an instruction found.
type instructionSnapshot struct {
	// codes are the codes saved whole (the instruction acts on their
	// structure); nil: the articles of arts only.
	codes map[string]bool
	// arts are the articles saved, as they were (an article saved and
	// not held was not in force: it is removed on the way back).
	arts   Corpus
	groups map[CodeRef]*groupState
	// The bookkeeping saved with whole codes.
	vacated map[string][][]string
	blind   map[string][][]string
	numberI map[CodeRef]string
}

// applyBook is the bookkeeping of Apply a snapshot of whole codes saves
// and puts back.
type applyBook struct {
	vacated map[string][][]string
	blind   map[string][][]string
	numberI map[CodeRef]string
	onto    map[CodeRef]renumberedFrom
}

// snapshotFor saves the state an instruction may change: whole codes
// when it acts on their structure among edits of several kinds
// (structureWhole), the articles its edits may change when it has
// several edits or spans a range of articles; nil for an instruction of
// one edit on one article (applied or refused whole already) or one of
// renumberings only (applied together later, refused whole with
// refuseRenumberings).
func snapshotFor(c Corpus, edits []Edit, groups map[CodeRef]*groupState, b applyBook) *instructionSnapshot {
	if structureWhole(edits) {
		return codesSnapshot(c, edits, groups, b)
	}
	if len(edits) < 2 && (len(edits) == 0 || edits[0].Scope.RangeTo == "") {
		return nil
	}
	s := &instructionSnapshot{arts: Corpus{}, groups: map[CodeRef]*groupState{}}
	saved := map[CodeRef]bool{}
	save := func(r CodeRef) {
		if saved[r] {
			return
		}
		saved[r] = true
		if a, ok := c[r]; ok {
			s.arts[r] = cloneArticle(a)
		}
		if g := groups[r]; g != nil {
			s.groups[r] = cloneGroup(g)
		}
	}
	for _, e := range edits {
		if e.Kind == EditRenumber {
			return nil
		}
		if e.Scope.Everywhere || e.Scope.RangeTo != "" || len(e.Moves) > 0 {
			for r := range c {
				if r.Code == e.Scope.Ref.Code {
					save(r)
				}
			}
		}
		save(e.Scope.Ref)
		for _, a := range e.NewArticles {
			save(a.Ref)
		}
	}
	return s
}

// structureWhole reports whether an instruction of edits is put back
// over whole codes when refused: of several kinds, one of which acts on
// the code's structure and one of which is applied at once (not a
// renumbering). A list of divisions under one verb ("Les sections 1 et
// 2 sont abrogées") is each whole or not at all, the others applied.
func structureWhole(edits []Edit) bool {
	if len(edits) < 2 {
		return false
	}
	structural, other, mixed := false, false, false
	for _, e := range edits {
		structural = structural || actsOnStructure(e)
		other = other || e.Kind != EditRenumber
		mixed = mixed || e.Kind != edits[0].Kind
	}
	return structural && other && mixed
}

// codesSnapshot saves the articles of the codes the edits act on and
// the bookkeeping.
func codesSnapshot(c Corpus, edits []Edit, groups map[CodeRef]*groupState, b applyBook) *instructionSnapshot {
	s := &instructionSnapshot{codes: map[string]bool{}, arts: Corpus{}, groups: map[CodeRef]*groupState{}, vacated: map[string][][]string{}, blind: map[string][][]string{}, numberI: maps.Clone(b.numberI)}
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
			s.arts[r] = cloneArticle(a)
		}
	}
	for r, g := range groups {
		s.groups[r] = cloneGroup(g)
	}
	for code := range s.codes {
		s.vacated[code] = slices.Clone(b.vacated[code])
		s.blind[code] = slices.Clone(b.blind[code])
	}
	return s
}

// cloneArticle copies an article's alinéas and folders.
func cloneArticle(a CodeArticle) CodeArticle {
	a.Alineas = slices.Clone(a.Alineas)
	a.Division = slices.Clone(a.Division)
	return a
}

// undo puts back what instruction i changed when one of its edits was
// refused (errs[nerr:] are the errors since it began) and refuses its
// other edits with it; whole reports a snapshot of whole codes put
// back: the caller drops the renumberings pending with it and applies
// again those of earlier instructions (their errors are dropped here).
func (s *instructionSnapshot) undo(c Corpus, groups map[CodeRef]*groupState, b applyBook, in Instruction, i int, errs []ApplyError, nerr int) (_ []ApplyError, whole bool) {
	if s.codes == nil {
		return s.rollback(c, groups, i, in.Edits, errs, nerr), false
	}
	first := firstRefused(errs[nerr:], i)
	if first == 0 {
		return errs, false
	}
	return s.restore(c, groups, b, in, i, errs, nerr, first), true
}

// restore puts the codes of instruction i back as s found them, with the
// bookkeeping, and refuses its edits not refused yet (those of other
// instructions since nerr, renumberings applied with its own, are
// dropped: the caller applies them again). A division the instruction
// renumbered keeps its number: a later instruction naming the new one is
// refused (blind), as after a renumbering refused; likewise an article
// renumbered onto one in force (onto).
func (s *instructionSnapshot) restore(c Corpus, groups map[CodeRef]*groupState, b applyBook, in Instruction, i int, errs []ApplyError, nerr, first int) []ApplyError {
	for r := range c {
		if s.codes[r.Code] {
			delete(c, r)
		}
	}
	maps.Copy(c, s.arts)
	clear(groups)
	maps.Copy(groups, s.groups)
	for code := range s.codes {
		b.vacated[code], b.blind[code] = s.vacated[code], s.blind[code]
	}
	clear(b.numberI)
	maps.Copy(b.numberI, s.numberI)
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
				b.blind[e.Scope.Ref.Code] = append(b.blind[e.Scope.Ref.Code], m.To)
			}
		}
		if e.Kind == EditRenumber && e.To.Article != "" && e.ToPart == (Division{}) && len(e.Scope.Path) == 0 {
			if _, held := c[e.To]; held {
				b.onto[e.To] = renumberedFrom{ref: e.Scope.Ref, bill: in.Article}
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

// rollback puts back each article an edit of instruction i was refused
// on (errs[nerr:] are its errors; an article missing from the corpus is
// not a refusal) and refuses the instruction's other edits to it: an
// instruction is applied to each article whole or not at all.
func (s *instructionSnapshot) rollback(c Corpus, groups map[CodeRef]*groupState, i int, edits []Edit, errs []ApplyError, nerr int) []ApplyError {
	failed := map[CodeRef]int{}
	refused := map[int]bool{}
	for _, e := range errs[nerr:] {
		if e.Instruction != i {
			continue
		}
		refused[e.Edit] = true
		if _, ok := failed[e.Ref]; !e.Missing && !ok {
			// (A range refused in one of its articles names it: the
			// others keep the edit, as a list's do.)
			failed[e.Ref] = e.Edit
		}
	}
	for r := range failed {
		if a, ok := s.arts[r]; ok {
			c[r] = a
		} else {
			delete(c, r)
		}
		if g, ok := s.groups[r]; ok {
			groups[r] = g
		} else {
			delete(groups, r)
		}
	}
	for j, e := range edits {
		if e.Scope.RangeTo != "" {
			// An edit over a range: refused in each of its articles
			// another edit was refused on.
			refs := make([]CodeRef, 0, len(failed))
			for r := range failed {
				refs = append(refs, r)
			}
			sort.Slice(refs, func(a, b int) bool { return articleLess(refs[a].Article, refs[b].Article) })
			for _, r := range refs {
				k := failed[r]
				if k == j || r.Code != e.Scope.Ref.Code || rangeRefusedOn(errs[nerr:], i, j, r) {
					continue
				}
				if in, _ := rangePlace(r.Article, e.Scope.Ref.Article, e.Scope.RangeTo); in {
					w := errWithRefused{edit: k + 1}
					errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: r, Reason: w.Error(), WithRefused: k + 1, Err: w})
				}
			}
			continue
		}
		if k, ok := failed[e.Scope.Ref]; ok && !refused[j] {
			w := errWithRefused{edit: k + 1}
			errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: e.Scope.Ref, Reason: w.Error(), WithRefused: k + 1, Err: w})
		}
	}
	return errs
}

// heldWhole is an instruction put back over whole codes when refused
// whose last edits are renumberings still pending — applied with the
// next batch, "La section 2 est abrogée et l'article L. 5 devient
// l'article L. 1": their refusal is known at that flush only (the
// section stayed repealed while the instruction was reported refused).
type heldWhole struct {
	snap   *instructionSnapshot
	groups map[CodeRef]*groupState
	book   applyBook
	in     Instruction
	i      int
	nerr   int // the errors before it
	end    int // the errors when it ended
}

// settle, after the flush that applied h's renumberings (its errors
// from cut on), puts the codes back as h found them when one was
// refused, and refuses its other edits; the errors of later
// instructions before cut stay, those of the batch's other renumberings
// are dropped (undone reports it: the caller applies them again, later
// its transfers blind again).
func (h *heldWhole) settle(c Corpus, errs []ApplyError, cut int, others []Edit) (_ []ApplyError, undone bool) {
	first := firstRefused(errs[cut:], h.i)
	if first == 0 {
		return errs, false
	}
	between := slices.Clone(errs[h.end:cut])
	errs = append(slices.Clone(errs[:h.end]), errs[cut:]...)
	errs = h.snap.restore(c, h.groups, h.book, h.in, h.i, errs, h.nerr, first)
	for _, e := range others {
		if e.Kind == EditRenumber && e.Transferred && len(e.Touched) > 0 {
			h.book.blind[e.Scope.Ref.Code] = append(h.book.blind[e.Scope.Ref.Code], e.Touched)
		}
	}
	return append(errs, between...), true
}
