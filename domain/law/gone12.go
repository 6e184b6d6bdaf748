package law

import "fmt"

// errGoneInBill refuses an edit naming an article of the corpus given
// that an earlier instruction of the same text repealed or renumbered
// away ("1° L'article L. 4 est abrogé ; 2° Le premier alinéa de
// l'article L. 4 est supprimé"): the law in force was given, the text
// itself names an article it no longer holds — not "not in the corpus"
// (the law in force not supplied). As the anchor of new articles ("Après
// l'article L. 4, il est inséré un article L. 4-1" after "L'article L. 4
// devient l'article L. 6"): the place the article left or the article
// under its new number is not said (the new one was filed in no
// division).
type errGoneInBill struct {
	ref    CodeRef
	to     CodeRef // its new number, when renumbered
	anchor bool
	// rangeEnd: the first or last article of a range (rangeEndGoneInBill).
	rangeEnd bool
}

func (e errGoneInBill) Error() string {
	how := "repealed earlier in this text"
	if e.to.Article != "" {
		how = "renumbered " + e.to.Article + " earlier in this text"
	}
	if e.anchor {
		return fmt.Sprintf("new articles placed beside article %s, %s: the place it left or the article under its new number is not said", e.ref.Article, how)
	}
	if e.rangeEnd {
		return fmt.Sprintf("a range of articles bounded by article %s, %s: whether it is drawn on the text as it was or as it is now is not said", e.ref.Article, how)
	}
	return fmt.Sprintf("article %s %s", e.ref.Article, how)
}

// goneInBill is the error of an edit on r (err) once the text applied so
// far (out) left the corpus given (in): errMissing on an article in
// holds and out no longer does becomes errGoneInBill (renamed: the
// numbers the renumberings applied gave, by old number).
func goneInBill(in, out Corpus, renamed map[CodeRef]CodeRef, r CodeRef, err error) error {
	if err != errMissing || !removedSoFar(in, out, r) {
		return err
	}
	return errGoneInBill{ref: r, to: renamed[r]}
}

// removedSoFar reports whether the corpus given (in) held r and the text
// applied so far (out) no longer does: repealed or renumbered away.
func removedSoFar(in, out Corpus, r CodeRef) bool {
	_, held := in[r]
	_, still := out[r]
	return held && !still
}

// anchorGoneInBill refuses new articles placed beside an article (e's
// scope, not one of them) that the corpus given held and the text
// applied so far removed (errGoneInBill), or returns nil.
func anchorGoneInBill(in, out Corpus, renamed map[CodeRef]CodeRef, e Edit) error {
	r := e.Scope.Ref
	if e.Kind != EditCreateArticles || r.Article == "" || e.Scope.RangeTo != "" || e.Scope.Everywhere || len(e.Into) > 0 {
		return nil
	}
	for _, a := range e.NewArticles {
		if a.Ref == r {
			return nil
		}
	}
	if !removedSoFar(in, out, r) {
		return nil
	}
	return errGoneInBill{ref: r, to: renamed[r], anchor: true}
}

// noteRenamed records the new numbers of the articles the renumberings
// applied (edits, their errors errs) moved whole.
func noteRenamed(renamed map[CodeRef]CodeRef, edits []Edit, errs []error) {
	for k, e := range edits {
		if errs[k] == nil && len(e.Scope.Path) == 0 && e.ToPart == (Division{}) && e.To.Article != "" && e.Scope.RangeTo == "" {
			renamed[e.Scope.Ref] = e.To
		}
	}
}
