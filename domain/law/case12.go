package law

import "strings"

// casedItem is the path's division for an item as a text writes it
// ("I", "ii", "2° bis", "B"): its name (itemName, romans in lower case)
// and, for a roman written in capitals or a lower-case i, v, x, ii, …,
// that case (Division.RomanCase). Paths keep romans in lower case, so "le
// I" was the item "i)" of an article with no part "I. –" (it was
// deleted or edited in its place).
func casedItem(s string) Division {
	d := Division{Item: itemName(s)}
	f := strings.Fields(s)
	if len(f) == 0 {
		return d
	}
	switch {
	case strings.Trim(f[0], "IVX") == "":
		d.RomanCase = 'U'
	case strings.Trim(f[0], "ivx") == "":
		d.RomanCase = 'l'
	}
	return d
}

// romanCaseFits reports whether a label of kind k may be the item d
// names: a roman in capitals is a part (kind 'r'), never an item "i)",
// "v)" or "ii)"; a lower-case one an item, never a part.
func romanCaseFits(d Division, k byte) bool {
	switch d.RomanCase {
	case 'U':
		return k == 'r'
	case 'l':
		return k != 'r'
	}
	return true
}
