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
// (the edits to other articles stand) would leave divisions moved,
// emptied or filled by an instruction reported refused: its snapshot is
// of whole codes (instructionSnapshot, structureWhole in snap21.go).

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
