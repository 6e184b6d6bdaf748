package law

// An entry into force may name the parts of a bill article at every level
// a law labels them: its roman parts ("I. –"), its capital-letter parts
// ("A. –"), its arabic ones ("1."), its items ("1°") and letter items
// ("a)"): "Le A du I entre en vigueur le …", "Le 1 du I s'applique à
// compter du …", "Les B et C du I …", "Le 2 du A du I …". Exactly the
// parts named are deferred; a part named that the article has not, or
// that stands under two parts of a level the entry does not name ("Le 1"
// where both the A and the B have a 1), defers the whole article.

// reEntryPresentPart is "du présent" before a part of the bill article,
// accents folded, case kept: "Le A du présent I" is "Le A du I" (the
// word cut, entryParts).
var reEntryPresentPart = mustRe(`(\s(?i:du|de\s+l'))\s+(?i:present)\s+([IVXL]+\b|[A-Z]\b|\d)`)

// entryNamed is the parts an entry into force names, by level (nil: the
// level is not named).
type entryNamed struct{ roman, capital, arabic, item, letter *entryRange }

// any tells whether a level is named.
func (n entryNamed) any() bool {
	return n.roman != nil || n.capital != nil || n.arabic != nil || n.item != nil || n.letter != nil
}

// has tells whether an alinéa standing in p is in the parts named.
func (n entryNamed) has(p partAt) bool {
	for _, c := range [...]struct {
		r     *entryRange
		label string
	}{{n.roman, p.roman}, {n.capital, p.capital}, {n.arabic, p.arabic}, {n.item, p.item}, {n.letter, p.letter}} {
		if c.r != nil && !c.r.has(c.label) {
			return false
		}
	}
	return true
}

// entryWhole tells whether the parts named cannot be told in the article
// (parts, its alinéas' places), so that the whole article is deferred:
// an item named without its roman part where the article has roman parts
// ("Le 2°" beside a I and a II); no alinéa standing in the parts named
// where they name a capital-letter or arabic part ("Le C du I" where the
// I has no C); or the parts named standing under
// two parts of a level the entry does not name, above the lowest it
// names ("Le 1" where the A and the B each have a 1, "Le a du 1" where
// the 1° and the 2° of the 1 each have an a).
func entryWhole(parts []partAt, n entryNamed) bool {
	if n.roman == nil {
		for _, p := range parts {
			if p.roman != "" {
				return true
			}
		}
	}
	// levels from the lowest: whether named, and the label of an alinéa.
	levels := func(p partAt) [5]struct {
		named bool
		label string
	} {
		return [5]struct {
			named bool
			label string
		}{{n.letter != nil, p.letter}, {n.item != nil, p.item}, {n.arabic != nil, p.arabic}, {n.capital != nil, p.capital}, {n.roman != nil, p.roman}}
	}
	found := false
	var first partAt
	for _, p := range parts {
		if !n.has(p) {
			continue
		}
		if !found {
			found, first = true, p
			continue
		}
		a, b := levels(first), levels(p)
		lowest := true
		for k := range a {
			if a[k].named {
				lowest = false
				continue
			}
			if !lowest && a[k].label != b[k].label {
				return true
			}
		}
	}
	// A roman part the article has not ("Le III" beside a I and a II)
	// defers nothing, as before (TestLeft5TakesEffect).
	return !found && (n.capital != nil || n.arabic != nil)
}
