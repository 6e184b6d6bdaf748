package law

import (
	"errors"
	"fmt"
	"strings"
)

// errLabelNoPlace30: an item's label followed by "du", "de la" or "des"
// and words that name no place ("Le 1° bis du juge de l'article L. 1",
// "Au 2° de la loi …" is a place): the words were passed over and the
// item of the article edited.
var errLabelNoPlace30 = fmt.Errorf("%w: %w", errPartOfArticleUnread22, errors.New("the label is followed by words that name no place"))

// reLabelOf30 is an item's label in a bill's place, as cased (a degree or
// a roman numeral, a Latin adverb and capitals after it), then "du", "de
// la" or "des" and the next word (group 1).
var reLabelOf30 = mustRe(`(?:^|[\s,(])(?:\d+\s*[°º]|[IVX]+)(?:\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2})?\s+(?:du|de\s+la|des)\s+([\p{L}\d°º][\p{L}\d°º'’-]*)`)

// rePlaceWord30 is a word, folded, that names a place or begins the name
// of one after "du", "de la" or "des" following an item's label: a
// division's or a text's noun, a label, a rank or a count, "présent",
// "même".
var rePlaceWord30 = mustRe(`^(?:` + ordWords + `|` + cardinalWords + `|\d+(?:°|º|er|e|re|eme)?|[ivxl]+|[a-z]{1,2}|(?:avant-)?(?:premier|premiere|dernier|derniere)s?|second|seconde|presente?s?|memes?|sous-titres?|divisions?|subdivisions?|rubriques?|listes?|points?|reglements?|directives?|conventions?|traites?|constitution|charte|protocoles?|accords?|arretes?|decisions?|deliberations?|decrets?|lois?|ordonnances?|codes?|baremes?|nomenclatures?|grilles?|cases?|categories?)$`)

// labelNoPlace30 is the refusal of a bill's place (low is cased folded
// to lower case without accents, cased as written) when an item's label
// is followed by "du", "de la" or "des" and a word that names no place
// ("Le 1° bis du juge", "au II de la commune"): which item is meant is
// not said (the words were passed over, the article's item edited).
// Only before the first quotation mark.
func labelNoPlace30(cased string) error {
	for _, m := range reLabelOf30.FindAllStringSubmatch(wordsBeforeQuote(cased), -1) {
		w := asciiLower(foldAccents(m[1]))
		if knownHeads[w] || rePlaceWord30.MatchString(w) {
			continue
		}
		return reasonOf(errLabelNoPlace30, "the label is followed by words that name no place: "+strings.TrimSpace(m[0]))
	}
	return nil
}

// romanCapitals30 reports whether lab, an item's label of kind k
// (labelOf), is a roman numeral with capitals after it ("ii a" for "II A.
// –", "ii bis a"): a part a later reading put before the II, whose rank
// in a range is not known as a degree's "2° A" is not (unrankedLabel).
// "Les I à II" on "I. –", "II A. –", "II. –" left the II A in force; it
// is refused, as "les 1° à 3°" on a "3° A" was (rangeItems).
func romanCapitals30(lab string, k byte) bool {
	f := strings.Fields(lab)
	if k != 'r' || len(f) < 2 {
		return false
	}
	_, latin := latinOrder[f[len(f)-1]]
	return !latin
}

// adverbRangeEnd30 refuses a range whose last bound carries a Latin
// adverb ("Les 1° à 3° bis", read by adverbRanges29 as the 1°, the 2°
// and their items with an adverb, the 3°, the 3° bis) when an item whose
// rank is not known stands between the last bound's number and the
// bound ("3° bis A", placed before the 3° bis): in the range or not is
// not said (it was left in force, every item around it repealed), as
// "les 1° à 3°" on a "3° A" is refused (rangeItems). The edits are one
// instruction's; the bound is an edit on "3° bis" after one on "3°"
// after one that goes on (GoesOn), of one article and one path above.
func adverbRangeEnd30(c Corpus, edits []Edit) error {
	for i := 2; i < len(edits); i++ {
		a, b, z := edits[i-2].Scope, edits[i-1].Scope, edits[i].Scope
		n := len(z.Path)
		if n == 0 || a.Ref != z.Ref || b.Ref != z.Ref || len(a.Path) != n || len(b.Path) != n {
			continue
		}
		da, db, dz := a.Path[n-1], b.Path[n-1], z.Path[n-1]
		if !da.GoesOn || db.GoesOn || dz.GoesOn || db.Item == "" || !strings.HasPrefix(dz.Item, db.Item+" ") {
			continue
		}
		art, ok := c[z.Ref]
		if !ok {
			continue
		}
		_, hi, _, err1 := resolve(art.Alineas, b.Path)
		lo, _, _, err2 := resolve(art.Alineas, z.Path)
		if err1 != nil || err2 != nil {
			continue
		}
		_, kind := labelOf(art.Alineas[lo])
		for j := hi; j < lo; j++ {
			if lab, k := labelOf(art.Alineas[j]); k == kind && (unrankedLabel(lab, k) || romanCapitals30(lab, k)) {
				return applyKind26(errApplyItemList26, fmt.Sprintf("the range holds the %s, whose rank is not known: in the range or not is not said", lab))
			}
		}
	}
	return nil
}

// capitalsBaseMissing30 is the refusal of e, whose place resolved with
// err, when the item not found is the one its new item, labelled with
// capitals after that item's label, goes before ("il est inséré un 1° A
// ainsi rédigé : « 1° A … »" placed before the 1°, capitalsPlaced29, on a
// list with no 1°): where the 1° A goes is not said; a refusal of its
// class, the place not found (it was an untyped "item not found").
func capitalsBaseMissing30(e Edit, err error) error {
	var missing itemNotFound
	n := len(e.Scope.Path)
	if !errors.As(err, &missing) || n == 0 || missing.item != e.Scope.Path[n-1].Item || len(e.Lines) == 0 {
		return nil
	}
	newLab, kind := labelOf(e.Lines[0])
	if base, _, ok := capitalsOf(newLab, kind); !ok || base != missing.item {
		return nil
	}
	return applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("the %s goes before the %s, not in the text in force: where it goes is not said", newLab, missing.item))
}
