package law

import (
	"sort"
	"strings"
)

// reDivisionDissolved is a division removed with its heading, its
// articles kept: "la division et l'intitulé de la section 2 … sont
// supprimés", "les divisions et intitulés des sections 1 et 2 … sont
// supprimés" (folded; group 1 the article before the divisions named,
// group 2 them). "L'intitulé du chapitre II est supprimé" removes the
// heading only: not this.
var reDivisionDissolved = mustRe(`^\s*(?:la\s+division\s+et\s+l'intitule|les\s+divisions\s+et\s+(?:les\s+)?intitules)\s+(du|de\s+la|des)\s+((?:titre|chapitre|section|sous-section|livre|sous-paragraphe|paragraphe)s?\b[^«:;]*?)\s+(?:est|sont)\s+supprimee?s?\s*[.;]?\s*$`)

// dissolvedArticle is the article a locator takes once "du", "de la",
// "des" before it are read off.
var dissolvedArticle = map[string]string{"du": "le ", "de la": "la ", "des": "les "}

// divisionsDissolved reads the divisions an instruction removes with
// their headings, keeping their articles ("La division et l'intitulé de
// la section 2 du chapitre II … sont supprimés"): the code and each
// division's folders (Edit.Dissolved). Not such a clause: ok, nothing
// set. Such a clause whose divisions are not read as divisions of a
// known code: why it is refused (the articles would be left in a
// division that no longer exists).
func (p *parser) divisionsDissolved(e *Edit, low, cased string, parent Scope) error {
	m := reDivisionDissolved.FindStringSubmatchIndex(low)
	if m == nil {
		return nil
	}
	art := dissolvedArticle[strings.Join(strings.Fields(low[m[2]:m[3]]), " ")]
	loc := art + low[m[4]:m[5]]
	locCased := loc
	if len(cased) == len(low) {
		locCased = art + cased[m[4]:m[5]]
	}
	src, ok, _ := p.scopes(loc, locCased, parent)
	if !ok || len(src) == 0 {
		return reasonOf(errDissolvedUnread26, "a division removed with its heading (la division et l'intitulé): the divisions not read")
	}
	code := src[0].Ref.Code
	for _, s := range src {
		if len(s.Division) == 0 || s.Ref.Article != "" || len(s.Path) > 0 || s.Everywhere || s.RangeTo != "" || s.Ref.Code == "" || s.Ref.Code != code {
			return reasonOf(errDissolvedUnread26, "a division removed with its heading (la division et l'intitulé): not read as divisions of one known code")
		}
		e.Dissolved = append(e.Dissolved, append([]string(nil), s.Division...))
	}
	e.Scope = Scope{Ref: CodeRef{Code: code}}
	return nil
}

// dissolveDivisions applies the divisions e removes with their headings
// (Edit.Dissolved), their articles kept: the articles of each go up one
// level, into the division that held it (their folders lose its level:
// ".../chapitre-ii/section-2/article" is ".../chapitre-ii/article"), when
// that division is left with no other division of its kind — the only
// section of its chapter, or all its sections removed together. Where
// another stays beside it (a section 1 kept when the section 2 goes),
// the articles of the one removed belong to no division the law says:
// refused, never left in a division that no longer exists. A division
// named by too few levels to be one of the corpus is refused as any
// division is (notAtTop, namedTwice); one holding no article of the
// corpus is recorded only.
func dissolveDivisions(c Corpus, e Edit) error {
	code := e.Scope.Ref.Code
	type gone struct {
		full []string
		arts []CodeRef
	}
	var all []gone
	for _, slugs := range e.Dissolved {
		if err := notAtTop(c, code, slugs); err != nil {
			return err
		}
		if err := namedTwice(c, code, slugs); err != nil {
			return err
		}
		refs := inDivision(c, code, slugs)
		if len(refs) == 0 {
			continue
		}
		sort.Slice(refs, func(i, j int) bool { return refs[i].Article < refs[j].Article })
		a := c[refs[0]]
		i := divisionAt(a.Division, slugs)
		if len(slugs) == 1 {
			i = topIndex(a.Division)
		}
		if i < 0 {
			return applyKind26(errApplyLayout26, "division removed with its heading: "+strings.Join(slugs, "/")+" not found in the folders of article "+refs[0].Article)
		}
		full := append([]string(nil), a.Division[:i+len(slugs)]...)
		if divisionKind(full[len(full)-1]) == "" {
			return applyKind26(errApplyLayout26, "division removed with its heading: "+full[len(full)-1]+" is no division level")
		}
		all = append(all, gone{full: full, arts: refs})
	}
	removed := func(path []string) bool {
		for _, g := range all {
			if samePath(g.full, path) {
				return true
			}
		}
		return false
	}
	for _, g := range all {
		n := len(g.full)
		base, kind := g.full[:n-1], divisionKind(g.full[n-1])
		for r, a := range c {
			if r.Code != code || len(a.Division) <= n-1 || !samePath(a.Division[:n-1], base) {
				continue
			}
			sib := a.Division[:n]
			if divisionKind(sib[n-1]) == kind && !removed(sib) {
				return applyKind26(errApplyLayout26, "the "+g.full[n-1]+" removed with its heading beside the "+sib[n-1]+", which stays (article "+r.Article+"): which division its articles go to is not said")
			}
		}
	}
	for _, g := range all {
		n := len(g.full)
		for _, r := range g.arts {
			if a := c[r]; len(a.Division) < n || !samePath(a.Division[:n], g.full) {
				return applyKind26(errApplyLayout26, "division removed with its heading: article "+r.Article+" not filed in "+strings.Join(g.full, "/"))
			}
		}
	}
	for _, g := range all {
		n := len(g.full)
		for _, r := range g.arts {
			a := c[r]
			a.Division = append(append([]string(nil), g.full[:n-1]...), a.Division[n:]...)
			c[r] = a
		}
	}
	return nil
}

// samePath says whether two folders' paths name the same divisions.
func samePath(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if firstAsOne(a[i]) != firstAsOne(b[i]) {
			return false
		}
	}
	return true
}

// topIndex is where the code's top division sits in an article's
// folders, past its part (as topFolder reads them), or -1.
func topIndex(folders []string) int {
	switch {
	case len(folders) > 0 && strings.HasPrefix(folders[0], "partie-"):
		if len(folders) > 1 {
			return 1
		}
		return -1
	case len(folders) > 0:
		return 0
	}
	return -1
}
