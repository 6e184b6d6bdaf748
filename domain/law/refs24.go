package law

import "errors"

// One part named for two articles of a text named after the last: "Au
// deuxième alinéa de l'article L. 1 et de l'article L. 2 du code civil"
// is "Au deuxième alinéa des articles L. 1 et L. 2 du code civil" — the
// text said once for both, as in "à l'article L. 1 et à l'article L. 2
// du code civil" (refs23 read the form with no text; this one was
// refused: a second article named apart). Under a context naming
// another text ("Le code pénal est ainsi modifié :"), L. 1 may be the
// context's: refused (errTextOfArticlesUnsaid24). A text named after the
// first article too stays refused, as before.

// errTextOfArticlesUnsaid24 refuses articles each named by "de
// l'article" after one part, the text named after the last, under the
// context of another text.
var errTextOfArticlesUnsaid24 = errors.New("one part of articles named apart, the text named after the last only, under the context of another text: whether the first is the context's is not said")

// reArticlesApartText24 is reArticlesApart23 with a text named after
// the last article, by its name or as "du même code", "dudit code", "de
// ce code" (groups: the articles).
var reArticlesApartText24 = mustRe(`\b((?i:de\s+l'article)\s+(?:` + artLetters + `)?(?:` + articleNumber + `)(?:\s*,\s*(?i:de\s+l'article)\s+(?:` + artLetters + `)?(?:` + articleNumber + `))*\s+(?i:et\s+de\s+l'article)\s+(?:` + artLetters + `)?(?:` + articleNumber + `))\s+(?i:du\s+code|du\s+meme\s+code|dudit\s+code|de\s+ce\s+code|de\s+la\s+loi|de\s+l'ordonnance|du\s+decret)\b`)

// articlesApartText24 rewrites in low and cased (the same offsets) one
// part of articles each named by "de l'article", the text named after
// the last, as "des articles A et B" followed by the text; under a
// context naming another text, it refuses.
func (p *parser) articlesApartText24(low, cased string, parent Scope) (string, string, error) {
	m := reArticlesApartText24.FindStringSubmatchIndex(cased)
	if m == nil || !onePartNamed23(low[:m[0]]) {
		return low, cased, nil
	}
	if parent.Ref.Code != "" && p.textNamed(low[m[3]:]) != parent.Ref.Code {
		return low, cased, errTextOfArticlesUnsaid24
	}
	low, cased = apartJoined(low, cased, m[2], m[3])
	return low, cased, nil
}

// One part named for articles each named by "de l'article" ("Au
// deuxième alinéa de l'article L. 1 et de l'article L. 2") is read as
// that part of each (refs23, articlesApartText24) when each holds it.
// When one does not, "et de l'article L. 2" may name the whole L. 2
// (the second alinéa of L. 1, and L. 2): which is not said — the whole
// instruction is refused (errApartPartMissing24), not applied to L. 1
// alone.

// errApartPartMissing24 refuses one part named for articles named apart
// when one of them does not hold it.
var errApartPartMissing24 = errors.New("one part named for articles named apart (de l'article L. 1 et de l'article L. 2), one of which does not hold it: that part of each, or the whole second article, is not said")

// markApart24 marks scopes read from articles named apart after one
// part (joined).
func markApart24(out []Scope, joined bool) {
	if !joined {
		return
	}
	for i := range out {
		out[i].apart24 = true
	}
}

// apartPartMissing24 refuses edits whose part was named for articles
// named apart when an article of c does not hold it.
func apartPartMissing24(c Corpus, edits []Edit) error {
	for _, e := range edits {
		if !e.Scope.apart24 || len(e.Scope.Path) == 0 {
			continue
		}
		a, ok := c[e.Scope.Ref]
		if !ok {
			continue
		}
		if _, _, _, err := resolve(a.Alineas, e.Scope.Path); err != nil {
			var inner innerPart
			if !errors.As(err, &inner) {
				return errApartPartMissing24
			}
		}
	}
	return nil
}
