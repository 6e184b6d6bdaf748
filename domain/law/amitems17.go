package law

// amLetterBisParen is a lettered item with its Latin adverb and its
// parenthesis as a locator writes it, "a bis)", "b ter)", "ii bis)"
// (amItemLoc, amItemName): the parenthesis after the adverb was not
// read — "Supprimer le a bis) du 1°" deleted the whole 1°, "Au a bis),
// …" edited the whole article, "les a bis) et a ter) du 1°" the 1°.
const amLetterBisParen = `(?:` + smallRoman + `|[a-z]|` + doubledLetter + `)\s+` + latinOrd + `\)`
