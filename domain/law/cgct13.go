package law

import "fmt"

// sameNumbering reports whether two article keys' letters number one
// sequence of a code: the same letters, or L. and L.O., whose articles
// the code électoral and the code général des collectivités territoriales
// interleave (L. 1112-1, LO 1112-2, L. 1112-3). R., D. and L. articles are
// numbered apart (the regulatory part of a code, not the legislative).
func sameNumbering(a, b string) bool {
	return a == b || a == "l" && b == "lo" || a == "lo" && b == "l"
}

// insertedOutOfOrder says why new articles placed after (before, when
// before is set) the article anchor are refused: one is numbered, with
// the anchor's letters, on the other side of it ("Après l'article
// L. 5211-10, il est inséré un article L. 5211-9-1", "Avant l'article
// L. 5211-10, il est inséré un article L. 5211-10-1": the place or the
// number is wrong, which is not said — it was filed in the anchor's
// division by its number). Capitals after the same number ("L. 1" and
// "L. 1 A"), ordered one way in the codes and the other in the bills,
// and articles numbered apart (R. after L.) are not judged. The error
// is errInsertedOutOfOrder, or errOrderBesideNotCertain; nil when the
// order holds.
func insertedOutOfOrder(anchor string, before bool, arts []CodeArticle) error {
	x, ok := articleNumbers(anchor)
	if !ok {
		return nil
	}
	for _, a := range arts {
		y, ok := articleNumbers(a.Ref.Article)
		if !ok || !sameNumbering(x.letters, y.letters) {
			continue
		}
		if !latinBesideDashCertain(y, x) {
			// "Après l'article L. 4-1, il est inséré un article L. 4
			// bis": which of the two comes first is no convention held
			// (it was refused as numbered before L. 4-1).
			return errOrderBesideNotCertain{created: a.Ref.Article, anchor: anchor, before: before}
		}
		c, certain := compareArticles(y, x)
		if !certain {
			continue
		}
		if before && c >= 0 || !before && c <= 0 {
			return errInsertedOutOfOrder{created: a.Ref.Article, anchor: anchor, before: before}
		}
	}
	return nil
}

// rangeEndsApart refuses a range of articles whose two ends are not
// numbered with the same letters ("les articles L. 1112-1 à LO 1112-3",
// "les articles L. 1111-2 à R. 1111-3"): whether the articles of the
// other letters between them are in it is not said (none was, and the
// range was reported out of the corpus).
func rangeEndsApart(from, to string) error {
	f, ok1 := articleNumbers(from)
	t, ok2 := articleNumbers(to)
	if ok1 && ok2 && f.letters != t.letters {
		return applyKind26(errApplyLayout26, fmt.Sprintf("a range from article %s to article %s, numbered with other letters: which articles it holds is not said", from, to))
	}
	return nil
}
