package law

// reExceptArticlePart is the part left out of a word operation over
// several articles when it is one article of them, as wordsException
// writes it: "à l'article L. 2" (from "à l'exception de l'article L. 2",
// "sauf à l'article L. 2"; group: its number, as reKeptArticle reads it).
var reExceptArticlePart = mustRe(`^à\s+l['’]\s*(article\s+[^«»:;,]+?)\s*$`)

// exceptArticleOfWords reads one article left out of a word operation
// over a range of articles or a whole code: "Aux articles L. 1 à L. 4,
// à l'exception de l'article L. 2, les mots : « A » sont remplacés par
// les mots : « B »", "Dans l'ensemble du code civil, …, sauf à l'article
// L. 2": the words are edited in every article of the place but that
// one (Scope.Except, as exceptInRange does for a range repealed). part
// is the place left out as wordsException writes it. It reports whether
// the instruction is of that kind (a range of articles or a whole code);
// then it is read, or refused: the part not one article, the article
// not in the range (or not certainly in it), the code's division named
// (whether the article is of it is not said), a part or sentence of the
// articles, occurrences named or counted, a place that is not the same
// for every operation.
func exceptArticleOfWords(in *Instruction, part string) bool {
	wide := false
	for _, e := range in.Edits {
		if e.Scope.RangeTo != "" || e.Scope.Everywhere {
			wide = true
		}
	}
	if !wide {
		return false
	}
	refuse := func(why string) bool {
		refuseTyped(in, reasonOf(errArticleLeftOutUnread, "an article left out of a word operation over several articles, not read: "+why))
		return true
	}
	keys, labels, ok := articlesLeftOut(part)
	if !ok {
		return refuse("the part left out " + part + " is not one article or a list of articles")
	}
	first := in.Edits[0].Scope
	for i := range in.Edits {
		e := &in.Edits[i]
		s := e.Scope
		switch {
		case e.Kind != EditReplaceWords && e.Kind != EditDeleteWords && e.Kind != EditInsertWords:
			return refuse("not a word operation")
		case len(e.Occurrences) > 0 || e.Times > 0 || s.Where != "" || e.Through != "" || e.quantity:
			return refuse("occurrences named, counted or placed")
		case len(s.Path) > 0 || s.Sentence != 0 || s.OnlyInSentence || len(s.Except) > 0 || len(s.ExceptAt) > 0 || len(s.Division) > 0:
			return refuse("a part of the articles, or a division of the code, named")
		case s.Ref != first.Ref || s.RangeTo != first.RangeTo || s.Everywhere != first.Everywhere:
			return refuse("operations in different places")
		case s.RangeTo != "" && s.Everywhere:
			return refuse("a range and a whole code")
		}
		if s.RangeTo != "" {
			for j, key := range keys {
				if inRange, certain := rangePlace(key, s.Ref.Article, s.RangeTo); !inRange || !certain {
					return refuse("the article " + labels[j] + " is not in the range")
				}
			}
		} else if !s.Everywhere {
			return refuse("not a range of articles or a whole code")
		}
	}
	for i := range in.Edits {
		in.Edits[i].Scope.Except = append([]string(nil), keys...)
	}
	return true
}
