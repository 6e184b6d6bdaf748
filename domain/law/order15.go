package law

import (
	"fmt"
	"strings"
)

// reSaysComplete is an instruction's text (folded) that says "complété
// par": what it adds goes at the end.
var reSaysComplete = mustRe(`\b(?:est|sont)\s+complete(?:e|s|es)?\s+par\b`)

// divisionEnd is Edit.End for a place reAtDivisionStart read (folded):
// 1 at the end ("à la fin du chapitre II"), -1 at the start ("au début
// de", "en tête du").
func divisionEnd(place string) int {
	if strings.HasPrefix(place, "a la fin") {
		return 1
	}
	return -1
}

// errMisplacedInDivision refuses new articles placed in a division (or
// at an end of the code) whose number puts them elsewhere in the code's
// order: at its end but numbered before one of its articles in force
// ("Le chapitre II est complété par un article L. 3-1" while the
// chapter holds L. 4), at its start but numbered after one, or numbered
// past its articles and over an article in force in another division
// between them ("Le chapitre II est complété par un article L. 7" while
// L. 5 opens the chapitre III). The place or the number is wrong, which
// is not said (it was filed in the division by its place).
type errMisplacedInDivision struct {
	created, division, other, why string
}

func (e errMisplacedInDivision) Error() string {
	return fmt.Sprintf("new article %s placed in %s %s article %s: the place or the number is not said", e.created, e.division, e.why, e.other)
}

// placedInDivision is errMisplacedInDivision for e, new articles placed
// in a division (Edit.Into, or Scope.Division with no article beside),
// or at an end of the whole code, on the corpus as the text applied so
// far left it. Only orders certain (orderCertain) and articles numbered
// in the same sequence (as jumpsOver) are judged; the division's
// articles are those the corpus files in it, the others those it files
// in another division (an article filed nowhere is not judged: it may be
// the division's). nil when none is misplaced, or the corpus holds no
// article of the division. Articles of a division the text creates
// ("Le chapitre II est complété par une section 3 …") are not judged:
// where the new division sits among the others, and so which numbers
// stand beside it, is its own number's to say.
func placedInDivision(c Corpus, e Edit) error {
	r := e.Scope.Ref
	if e.Kind != EditCreateArticles || r.Article != "" || e.Scope.Everywhere || e.ReplaceDivision || e.NewDivision {
		return nil
	}
	d := e.Into
	if len(d) == 0 {
		d = e.Scope.Division
	}
	if len(d) == 0 && e.End == 0 {
		return nil
	}
	name := "the code"
	if len(d) > 0 {
		name = strings.Join(d, "/")
	}
	var in, out []CodeRef
	if len(d) == 0 {
		for k := range c {
			if k.Code == r.Code {
				in = append(in, k)
			}
		}
	} else {
		in = inDivision(c, r.Code, d)
		held := map[CodeRef]bool{}
		for _, k := range in {
			held[k] = true
		}
		for k, a := range c {
			if k.Code == r.Code && !held[k] && len(a.Division) > 0 {
				out = append(out, k)
			}
		}
	}
	made := map[CodeRef]bool{}
	for _, a := range e.NewArticles {
		made[a.Ref] = true
	}
	mixed := !interleaved(c, r.Code, e.NewArticles)
	for _, a := range e.NewArticles {
		y, ok := articleNumbers(a.Ref.Article)
		if !ok {
			continue
		}
		// The division's articles in y's sequence, in force: y's place
		// among them, certain, or not judged.
		var lo, hi articleNum
		var loK, hiK, besideDash string
		judged := true
		for _, k := range in {
			z, ok := numberedWith(c, k, y, made, mixed)
			if !ok {
				continue
			}
			if e.End != 0 && !latinBesideDashCertain(z, y) {
				// "Le chapitre II est complété par un article L. 4
				// bis" while it holds L. 4-1 (order19): refused below
				// unless an order certain refuses it first.
				if besideDash == "" || articleLess(k.Article, besideDash) {
					besideDash = k.Article
				}
				continue
			}
			o, certain := orderCertain(z, y)
			if !certain || o == 0 {
				judged = false
				break
			}
			switch {
			case o < 0 && e.End < 0:
				return errMisplacedInDivision{created: a.Ref.Article, division: name, other: k.Article, why: "at its start, numbered after its"}
			case o > 0 && e.End > 0:
				return errMisplacedInDivision{created: a.Ref.Article, division: name, other: k.Article, why: "at its end, numbered before its"}
			case o < 0 && (loK == "" || articleLess(loK, k.Article)):
				lo, loK = z, k.Article
			case o > 0 && (hiK == "" || articleLess(k.Article, hiK)):
				hi, hiK = z, k.Article
			}
		}
		if besideDash != "" {
			side := "end"
			if e.End < 0 {
				side = "start"
			}
			return errPlaceInDivisionNotSaid{created: a.Ref.Article, division: name, other: besideDash, side: side}
		}
		if !judged || (loK == "") == (hiK == "") {
			// Among the division's articles, or none held: placed by its
			// number, not judged here.
			continue
		}
		for _, k := range out {
			z, ok := numberedWith(c, k, y, made, mixed)
			if !ok {
				continue
			}
			if loK != "" && strictlyBetween(z, lo, y) {
				return errMisplacedInDivision{created: a.Ref.Article, division: name, other: k.Article, why: "after its article " + loK + ", numbered over another division's"}
			}
			if hiK != "" && strictlyBetween(z, y, hi) {
				return errMisplacedInDivision{created: a.Ref.Article, division: name, other: k.Article, why: "before its article " + hiK + ", numbered over another division's"}
			}
		}
	}
	return nil
}

// numberedWith is k's number when k is in force, not one of the new
// articles (made), and numbered in y's sequence (as jumpsOver: L. and
// L.O. together unless the code numbers them apart, mixed).
func numberedWith(c Corpus, k CodeRef, y articleNum, made map[CodeRef]bool, mixed bool) (articleNum, bool) {
	if made[k] || !inForce(c[k]) {
		return articleNum{}, false
	}
	z, ok := articleNumbers(k.Article)
	if !ok || !sameNumbering(y.letters, z.letters) || mixed && z.letters != y.letters {
		return articleNum{}, false
	}
	return z, true
}
