package law

import "fmt"

// errJumpsOver refuses new articles placed beside an article (anchor)
// and numbered past an article in force between them ("Après l'article
// L. 10, il est inséré un article L. 12" while L. 11 is in force): a code
// numbers a new article next to its neighbour, never over another, so the
// place or the number is wrong, which is not said (it was created and
// filed beside the anchor).
type errJumpsOver struct {
	anchor, created, over string
}

func (e errJumpsOver) Error() string {
	return fmt.Sprintf("new article %s placed beside article %s, over article %s in force between them: the place or the number is not said", e.created, e.anchor, e.over)
}

// jumpsOver is errJumpsOver for e, new articles placed beside the article
// its scope names, on the corpus c as the text applied so far left it (an
// article it repealed or renumbered away earlier no longer stands
// between). An article is between when its place is certain in the code's
// order (strictlyBetween) and it is numbered in the same sequence: L. and
// L.O. together when the code interleaves them (interleaved); the new articles themselves, and articles the corpus
// holds repealed ("(Abrogé)"), are not. nil when none is jumped over.
func jumpsOver(c Corpus, e Edit) error {
	r := e.Scope.Ref
	if e.Kind != EditCreateArticles || r.Article == "" || e.Scope.RangeTo != "" || e.Scope.Everywhere || e.ReplaceDivision {
		return nil
	}
	x, ok := articleNumbers(r.Article)
	if !ok {
		return nil
	}
	made := map[CodeRef]bool{r: true}
	for _, a := range e.NewArticles {
		if a.Ref == r {
			// "Les articles L. 2 et L. 4 sont ainsi rédigés (rétablis)":
			// no place beside another.
			return nil
		}
		made[a.Ref] = true
	}
	mixed := !interleaved(c, r.Code, e.NewArticles)
	for _, a := range e.NewArticles {
		y, ok := articleNumbers(a.Ref.Article)
		if !ok || !sameNumbering(x.letters, y.letters) {
			continue
		}
		lo, hi := x, y
		if c, _ := compareArticles(y, x); c < 0 {
			lo, hi = y, x
		}
		for k, old := range c {
			if k.Code != r.Code || made[k] || !inForce(old) {
				continue
			}
			z, ok := articleNumbers(k.Article)
			if ok && sameNumbering(x.letters, z.letters) && (z.letters == y.letters || !mixed) && strictlyBetween(z, lo, hi) {
				return errJumpsOver{anchor: r.Article, created: a.Ref.Article, over: k.Article}
			}
		}
	}
	return nil
}

// strictlyBetween reports whether z's place in the code's order is, for
// certain, after lo and before hi. Certain: decided by a number that
// differs at the same depth (L. 1-2 after L. 1-1), by a Latin adverb on
// the same number (L. 4 bis after L. 4), by one capital each (200 B after
// 200 A), or by depth below a number without adverb or capitals (L. 1-1-1
// after L. 1-1). An adverb or capitals beside a deeper number ("L. 4 bis"
// and "L. 4-1"), or capitals beside none ("39" and "39 A"), are ordered
// differently by codes: not judged.
func strictlyBetween(z, lo, hi articleNum) bool {
	c1, ok1 := orderCertain(lo, z)
	c2, ok2 := orderCertain(z, hi)
	return ok1 && ok2 && c1 < 0 && c2 < 0
}

// orderCertain is compareArticles, certain only as strictlyBetween says.
func orderCertain(a, b articleNum) (int, bool) {
	c, certain := compareArticles(a, b)
	if !certain {
		return c, false
	}
	for i := 0; i < len(a.nums) && i < len(b.nums); i++ {
		if a.nums[i] != b.nums[i] {
			return c, true
		}
	}
	if len(a.nums) != len(b.nums) {
		short := a
		if len(b.nums) < len(a.nums) {
			short = b
		}
		return c, short.latin == 0 && short.capitals == ""
	}
	return c, true
}

// interleaved reports whether code numbers its L. and L.O. articles in
// one sequence, as far as c and the new articles arts show: no number is
// held in force (or made) under both ("L. 1-1" and "LO 1-1" are two
// sequences, each with its own neighbours).
func interleaved(c Corpus, code string, arts []CodeArticle) bool {
	held := map[string]string{}
	see := func(k string) bool {
		n, ok := articleNumbers(k)
		if !ok || n.letters != "l" && n.letters != "lo" {
			return true
		}
		num := fmt.Sprint(n.nums, n.latin, n.capitals)
		if l, ok := held[num]; ok && l != n.letters {
			return false
		}
		held[num] = n.letters
		return true
	}
	for k, a := range c {
		if k.Code == code && inForce(a) && !see(k.Article) {
			return false
		}
	}
	for _, a := range arts {
		if !see(a.Ref.Article) {
			return false
		}
	}
	return true
}

// errRangeHoled refuses a range of articles renumbered ("Les articles
// L. 2 à L. 4 deviennent les articles L. 12 à L. 14") one of whose
// articles the text applied so far repealed or renumbered away ("L'article
// L. 3 est abrogé"): drawn on the text as it was, L. 4 becomes L. 14; as
// it is now, the two articles left go onto three numbers, which is not
// said. The whole instruction is refused (it renumbered L. 2 and L. 4 and
// reported L. 3 only).
type errRangeHoled struct {
	ref      CodeRef
	from, to string
}

func (e errRangeHoled) Error() string {
	return fmt.Sprintf("a range of articles %s to %s renumbered, whose article %s the text removed earlier: which numbers the others take is not said", e.from, e.to, e.ref.Article)
}

// rangeHoled is errRangeHoled for e, one article of a range renumbered,
// on the corpus given (in) and as the text applied so far left it (out);
// nil when e is not of a range or its article was not removed.
func rangeHoled(in, out Corpus, e Edit) error {
	if e.Kind != EditRenumber || e.FromRange[0] == "" || len(e.Scope.Path) > 0 || !removedSoFar(in, out, e.Scope.Ref) {
		return nil
	}
	return errRangeHoled{ref: e.Scope.Ref, from: e.FromRange[0], to: e.FromRange[1]}
}
