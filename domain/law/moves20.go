package law

// errRenumberCycle refuses renumberings applied together whose new
// numbers go round in a cycle ("L'article L. 1 devient l'article L. 2 et
// l'article L. 2 devient l'article L. 1", or the same in two items of a
// list): read in order, the first is onto an article in force; read
// together, a swap the list of articles refuses too ("the numbers go
// round in a cycle"). Which the law means is not said.
type errRenumberCycle struct{ ref CodeRef }

func (e errRenumberCycle) Error() string {
	return "article " + e.ref.Article + " is renumbered in a cycle of renumberings: read in order, onto an article in force; together, a swap"
}

// renumberCycles refuses, with errRenumberCycle, the whole-article
// renumberings not refused yet whose chain of new numbers (each the
// source of another) comes back to their own article. It reports
// whether it refused any.
func renumberCycles(edits []Edit, errs []error) bool {
	next := map[CodeRef]int{} // source → its renumbering
	for k, e := range edits {
		if errs[k] == nil && len(e.Scope.Path) == 0 && e.ToPart == (Division{}) && e.To != e.Scope.Ref {
			next[e.Scope.Ref] = k
		}
	}
	found := false
	for k, e := range edits {
		if errs[k] != nil || len(e.Scope.Path) != 0 || e.ToPart != (Division{}) || e.To == e.Scope.Ref {
			continue
		}
		at := e.To
		for n := 0; n <= len(edits); n++ {
			j, ok := next[at]
			if !ok {
				break
			}
			if j == k {
				errs[k], found = errRenumberCycle{e.Scope.Ref}, true
				break
			}
			at = edits[j].To
		}
	}
	return found
}

// renumberedOntoRange is renumberedOnto for a range ("Les articles L. 1
// à L. 3 sont abrogés" after "Les articles L. 4 à L. 6 deviennent les
// articles L. 1 à L. 3" refused, in the same bill article): an article
// of the range, or one whose place in it is not certain, is the new
// number of a renumbering not applied — read in order, the range names
// the articles renumbered; the corpus holds others (the range was
// applied to them).
func renumberedOntoRange(onto map[CodeRef]renumberedFrom, bill ArticleNumber, e Edit) (CodeRef, CodeRef, bool) {
	if e.Scope.RangeTo == "" || e.Scope.Everywhere {
		return CodeRef{}, CodeRef{}, false
	}
	for to, from := range onto {
		if from.bill != bill || to.Code != e.Scope.Ref.Code {
			continue
		}
		if in, certain := rangePlace(to.Article, e.Scope.Ref.Article, e.Scope.RangeTo); in || !certain {
			return from.ref, to, true
		}
	}
	return CodeRef{}, CodeRef{}, false
}
