package law

// goneAlone follows, for one Apply, the articles of the corpus given an
// instruction of the text repealed alone ("L'article L. 4 est abrogé",
// "Les articles L. 3 et L. 4 sont abrogés", "Les articles L. 3 à L. 5
// sont abrogés") and the divisions it named as a whole (repealed,
// rewritten, renumbered, applied or not).
type goneAlone struct {
	alone map[CodeRef]bool
	divs  map[string][][]string // by code
}

// note records e (its error err) once applied: an article-level repeal
// marks the articles of the corpus given it removed; new articles under
// a marked number (re-established) unmark it; a division named whole
// is kept, applied or not.
func (g *goneAlone) note(in, out Corpus, e Edit, err error) {
	if g.alone == nil {
		g.alone, g.divs = map[CodeRef]bool{}, map[string][][]string{}
	}
	code := e.Scope.Ref.Code
	if e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0 && (e.Kind == EditDelete || e.Kind == EditRewrite || e.Kind == EditRenumberDivision || e.ReplaceDivision) {
		g.divs[code] = append(g.divs[code], e.Scope.Division)
	}
	for _, m := range e.Moves {
		g.divs[code] = append(g.divs[code], m.From)
	}
	if err != nil {
		return
	}
	for _, a := range e.NewArticles {
		delete(g.alone, a.Ref)
	}
	r := e.Scope.Ref
	if e.Kind != EditDelete || r.Article == "" || len(e.Scope.Path) > 0 || e.Scope.Sentence != 0 || e.Scope.Everywhere || len(e.Scope.Division) > 0 {
		return
	}
	if e.Scope.RangeTo == "" {
		if removedSoFar(in, out, r) {
			g.alone[r] = true
		}
		return
	}
	for k := range in {
		if removedSoFar(in, out, k) && k.Code == code && inRange(string(k.Article), string(r.Article), e.Scope.RangeTo) {
			g.alone[k] = true
		}
	}
}

// besideGone is anchorGoneInBill, but for new articles placed beside an
// article the text repealed alone ("1° L'article L. 4 est abrogé ; 2°
// Après l'article L. 4, il est inséré un article L. 4-1"): a repealed
// article keeps its place in the code's order (its number is not given
// again unless re-established), and the new one takes the place it
// left — the division the corpus given filed it in (opt.besideGone).
// Still refused: an article renumbered (its new number or the place it
// left is not said), gone with its division, or whose division the
// text named whole since (repealed, rewritten, renumbered) or a
// renumbering recorded only may have changed.
func besideGone(in, out Corpus, renamed map[CodeRef]CodeRef, g *goneAlone, blind, vacated [][]string, e Edit, opt *ApplyOptions) error {
	err := anchorGoneInBill(in, out, renamed, e)
	r := e.Scope.Ref
	if err == nil || !g.alone[r] || renamed[r] != (CodeRef{}) {
		return err
	}
	d := in[r].Division
	if len(d) == 0 {
		return err
	}
	for _, n := range g.divs[r.Code] {
		if divisionAt(d, n) >= 0 {
			return err
		}
	}
	for _, t := range blind {
		if touchedDivision(t, d) {
			return err
		}
	}
	for _, v := range vacated {
		if divisionAt(d, v) >= 0 {
			return err
		}
	}
	opt.besideGone = d
	return nil
}
