package law

import (
	"fmt"
	"sort"
)

func applyRenumbering(c Corpus, edits []Edit, inst, idx []int) []error {
	errs := make([]error, len(edits))
	type moved struct {
		k        int
		alineas  []string
		division []string
	}
	var moves []moved
	cut := map[CodeRef][][2]int{} // alinéa ranges to remove per source
	spans := map[int][2]int{}     // the alinéas each part moved was
	whole := map[CodeRef]bool{}
	sources := map[CodeRef]bool{}
	for _, e := range edits {
		if len(e.Scope.Path) == 0 {
			sources[e.Scope.Ref] = true
		}
	}
	left := rangesLeftOut(c, edits)
	for k, e := range edits {
		if err := left[e.FromRange]; err != nil {
			errs[k] = err
			continue
		}
		a, ok := c[e.Scope.Ref]
		if !ok {
			errs[k] = errMissing
			continue
		}
		if t, ok := c[e.To]; ok && e.ToPart == (Division{}) && !sources[e.To] && inForce(t) {
			// "L'article L. 2 devient l'article L. 3" where an L. 3 in
			// force stays: it was overwritten; an instruction is
			// missing.
			errs[k] = applyKind26(errApplyLayout26, fmt.Sprintf("renumbered onto article %s, in force", e.To.Article))
			continue
		}
		if len(e.Scope.Path) == 0 {
			moves = append(moves, moved{k, append([]string(nil), a.Alineas...), a.Division})
			continue
		}
		lo, hi, _, err := resolve(a.Alineas, e.Scope.Path)
		if err != nil {
			errs[k] = err
			continue
		}
		moves = append(moves, moved{k, append([]string(nil), a.Alineas[lo:hi]...), nil})
		spans[k] = [2]int{lo, hi}
	}
	chainedSources(edits, errs, inst)
	refuseRenumberings(edits, errs, inst, idx)
	// Of those left, in order, one moving an article moved already or
	// onto a number given already is refused, and its instruction.
	claimed, twice := map[CodeRef]bool{}, false
	for _, m := range moves {
		if errs[m.k] == nil {
			if err := claimedTwice(claimed, edits[m.k]); err != nil {
				errs[m.k], twice = err, true
			}
		}
	}
	if renumberCycles(edits, errs) {
		twice = true
	}
	if twice {
		refuseRenumberings(edits, errs, inst, idx)
		// A range left an article inside to another renumbering of the
		// list, now refused: it stays inside, not renumbered
		// (TestGenArts2RangeMovedAfter).
		if stayedInRanges(c, edits, errs) {
			refuseRenumberings(edits, errs, inst, idx)
		}
	}
	kept := moves[:0]
	for _, m := range moves {
		if errs[m.k] != nil {
			continue
		}
		kept = append(kept, m)
		e := edits[m.k]
		if sp, ok := spans[m.k]; ok {
			cut[e.Scope.Ref] = append(cut[e.Scope.Ref], sp)
		} else {
			whole[e.Scope.Ref] = true
		}
	}
	moves = kept
	for ref := range whole {
		delete(c, ref)
	}
	for ref, ranges := range cut {
		a, ok := c[ref]
		if !ok {
			continue
		}
		drop := make([]bool, len(a.Alineas))
		for _, r := range ranges {
			for i := r[0]; i < r[1]; i++ {
				drop[i] = true
			}
		}
		var keep []string
		for i, al := range a.Alineas {
			if !drop[i] {
				keep = append(keep, al)
			}
		}
		if len(keep) == 0 {
			delete(c, ref)
			continue
		}
		a.Alineas = keep
		c[ref] = a
	}
	// Parts of an article built by the renumbering ("devient le 1° de
	// l'article L. 331-39", "devient le premier alinéa de …"): alinéas by
	// position first, then items in the order of their labels; the first
	// alinéa of an item takes its label. An article that exists already
	// is not built from parts (refused).
	parts := map[CodeRef][]moved{}
	for _, m := range moves {
		e := edits[m.k]
		if e.ToPart != (Division{}) {
			parts[e.To] = append(parts[e.To], m)
			continue
		}
		// An article renumbered whole stays in its division (its
		// folders), as the law leaves it: "La section 2 est abrogée"
		// after "L'article L. 2 devient l'article L. 2-1" repeals it.
		var div []string
		if len(e.Scope.Path) == 0 && !e.Transferred {
			div = m.division
		}
		c[e.To] = CodeArticle{Ref: e.To, Heading: e.ToHeading, Alineas: m.alineas, Division: div}
	}
	for to, ps := range parts {
		if _, ok := c[to]; ok {
			for _, m := range ps {
				errs[m.k] = applyKind26(errApplyLayout26, "renumbering into a part of an article that exists is not supported")
			}
			continue
		}
		sort.SliceStable(ps, func(i, j int) bool {
			a, b := edits[ps[i].k].ToPart, edits[ps[j].k].ToPart
			if (a.Item == "") != (b.Item == "") {
				return a.Item == ""
			}
			if a.Item == "" {
				return a.Alinea < b.Alinea
			}
			return labelRank(a.Item) < labelRank(b.Item)
		})
		var al []string
		for _, m := range ps {
			lines := append([]string(nil), m.alineas...)
			if it := edits[m.k].ToPart.Item; it != "" && len(lines) > 0 {
				lines[0] = it + " " + lines[0]
			}
			al = append(al, lines...)
		}
		c[to] = CodeArticle{Ref: to, Heading: edits[ps[0].k].ToHeading, Alineas: al}
	}
	return errs
}

// errChainedSource refuses the renumberings of an instruction one of
// whose articles is not in the corpus and is the new number another
// renumbering of the list gives: read in order, it is that article
// (moved twice); read as one list, it is the one in force under that
// number, which the corpus may not hold. The two readings differ and the
// corpus cannot tell: the instruction is refused whole, not its other
// articles moved alone (TestGenArts2RenumberingChain).
type errChainedSource struct{ ref CodeRef }

func (e errChainedSource) Error() string {
	return "article " + e.ref.Article + " is not in the corpus and another renumbering gives its number: read in order or as one list, another article"
}

// chainedSources refuses, with errChainedSource, the other renumberings
// of an instruction whose source is missing and given as a new number by
// another renumbering of the list (the missing one stays missing).
func chainedSources(edits []Edit, errs []error, inst []int) {
	made := map[CodeRef]int{} // new number → instruction giving it
	for k, e := range edits {
		if e.ToPart == (Division{}) {
			made[e.To] = inst[k]
		}
	}
	table := map[int]bool{} // instructions that are items of a table
	for k, e := range edits {
		if e.Table {
			table[inst[k]] = true
		}
	}
	chained := map[int]CodeRef{}
	for k, e := range edits {
		if i, ok := made[e.Scope.Ref]; ok && errs[k] == errMissing && len(e.Scope.Path) == 0 && i != inst[k] && !(table[i] && e.Table) {
			// (Items of a table "de la nouvelle numérotation suivante"
			// name each article by its number before the table: one
			// list, the head says so — TestLeft5RenumberingTable.)
			chained[inst[k]] = e.Scope.Ref
		}
	}
	for k := range edits {
		if r, ok := chained[inst[k]]; ok && errs[k] == nil {
			errs[k] = errChainedSource{r}
		}
	}
}

// errRenumberedTwice refuses a renumbering of an article another
// renumbering applied with it moves already, or onto a number another
// gives already ("1° L'article L. 1 devient l'article L. 5 ; 2° L'article
// L. 3 devient l'article L. 5": the second overwrote the first).
type errRenumberedTwice struct{ ref CodeRef }

func (e errRenumberedTwice) Error() string {
	return "article " + e.ref.Article + " is renumbered twice, or given twice as a new number"
}

// claimedTwice records the article a whole-article renumbering moves and
// its new number in claimed (sources under their own key, new numbers
// with the article's key prefixed by ">"), and refuses one whose source
// or new number is claimed already.
func claimedTwice(claimed map[CodeRef]bool, e Edit) error {
	if len(e.Scope.Path) != 0 || e.ToPart != (Division{}) {
		return nil
	}
	to := CodeRef{Code: e.To.Code, Article: ">" + e.To.Article}
	if claimed[e.Scope.Ref] {
		return errRenumberedTwice{e.Scope.Ref}
	}
	if claimed[to] {
		return errRenumberedTwice{e.To}
	}
	claimed[e.Scope.Ref], claimed[to] = true, true
	return nil
}
