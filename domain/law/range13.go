package law

// reLetterLabel is a letter item's label written with its parenthesis,
// after the words before it ("les c) et d)", "le d)", "les b) à d)"):
// group 1 what precedes it, 2 the letter.
var reLetterLabel = mustRe(`(^|[\s,'’])([a-z])\)`)

// plainLetterLabels writes the letter items a renumbering names without
// their parenthesis, "Les c) et d) deviennent respectivement les d) et
// e)" as "Les c et d deviennent respectivement les d et e" (it was
// refused as a renumbering into a division of an article; "Les b) à d)
// deviennent les c) à e)" as labels that do not match). A numbered label
// "1)" keeps its parenthesis.
func plainLetterLabels(s string) string {
	return reLetterLabel.ReplaceAllString(s, "$1$2")
}

// rangeEndGoneInBill refuses an edit of a range of articles ("Les
// articles L. 2 à L. 4 sont abrogés", "Aux articles L. 2 à L. 4, …")
// whose first or last article the corpus given held and the text applied
// so far repealed or renumbered away ("L'article L. 4 devient l'article
// L. 9"): whether the range is drawn on the text as it was (reaching the
// article under its new number) or as it is now (stopping at the place
// it left) is not said (the articles left in the range were edited, the
// one renumbered passed over silently).
// A range re-established or rewritten with its ends' new text ("… sont
// ainsi rétablis : « Art. L. 4. – … »") names them anew. Returns nil
// when none is gone.
func rangeEndGoneInBill(in, out Corpus, renamed map[CodeRef]CodeRef, e Edit) error {
	s := e.Scope
	if s.RangeTo == "" || s.Everywhere {
		return nil
	}
	for _, end := range []string{s.Ref.Article, s.RangeTo} {
		r := CodeRef{Code: s.Ref.Code, Article: ArticleKey(end)}
		made := false
		for _, a := range e.NewArticles {
			made = made || a.Ref == r
		}
		if !made && removedSoFar(in, out, r) {
			return errGoneInBill{ref: r, to: renamed[r], rangeEnd: true}
		}
	}
	return nil
}
