package law

import (
	"fmt"
	"strings"
)

// afterItsPrevious refuses new items inserted before the item at lo
// ("Avant le 2°, il est inséré un 1°", "Avant le 3°, il est inséré un 1°
// bis", "Avant le II, il est inséré un I") whose first label, first, ranks
// no higher than the item of its kind before lo in the same list: the
// list would hold two 1° (two I), or a 1° bis after the 2°. This is
// outOfRank's rule seen from the other side (it went in, the label
// doubled). The list is read back from lo to a label of a higher
// division, an unnumbered alinéa ending with a colon (which introduces
// another list) or a line quoted otherwise; a placeholder ("1°
// (Abrogé)") the new item may take, and labels without a rank ("1° A"),
// are not compared.
func afterItsPrevious(al []string, lo int, first string) error {
	newLab, kind := labelOf(first)
	r := latinRank(newLab, kind)
	if r == 0 || lo <= 0 || lo > len(al) {
		return nil
	}
	quoted := lo < len(al) && isQuoted(al[lo])
	for i := lo - 1; i >= 0; i-- {
		if isQuoted(al[i]) != quoted {
			return nil
		}
		l, k := labelOf(al[i])
		switch {
		case k == kind:
			if isAbrogatedPlaceholder(strings.TrimLeft(strings.TrimSpace(al[i]), "«\"“ ")) {
				return nil
			}
			if p := latinRank(l, k); p > 0 && p >= r {
				return applyErr(fmt.Sprintf("item %q inserted after item %q: out of their order", newLab, l))
			}
			return nil
		case k != 0 && ranksAbove(k, kind):
			return nil
		case k == 0 && strings.HasSuffix(strings.TrimRight(strings.TrimSpace(al[i]), "»\"” "), ":"):
			return nil
		}
	}
	return nil
}
