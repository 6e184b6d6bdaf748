package law

import "strings"

// Consolidation conventions (conventions27): how the text reads after an
// instruction, beyond its words.

// coordinatedEnd27 reports whether the edit e, which found nothing in the
// alinéas al[lo:hi] of its place, is the coordination of a list's end
// that the consolidation convention has already made: an item's final
// sign replaced by the other one ("À la fin du 2°, le point est remplacé
// par un point-virgule" after "Il est ajouté un 3°"; "le signe : « ; »
// est remplacé par le signe : « . »" after the last item deleted as an
// alinéa), where the item already ends so — " ;" before an item of its
// kind, "." ending its list — and holds the old sign nowhere. The text
// reads as the law says: the clause is done (it was refused as words not
// found, the law drafted in the other order being read); an item in
// force that ends so already is done likewise. A conjunction
// after the sign ("; et"), an occurrence, a count, an anchor or a
// sentence said, or an item that is not where the convention puts the
// sign, still refuse.
func coordinatedEnd27(al []string, lo, hi int, e Edit) bool {
	if e.Kind != EditReplaceWords || hi <= lo || hi > len(al) || len(e.Occurrences) > 0 || e.Times > 0 || e.Anchor != "" || e.Scope.Sentence != 0 {
		return false
	}
	old, nw := strings.TrimSpace(e.Old), strings.TrimSpace(e.New)
	if !(old == "." && nw == ";" || old == ";" && nw == ".") {
		return false
	}
	if !listItem(al[lo]) && !dashItem(al[lo]) {
		return false
	}
	for _, s := range al[lo:hi] {
		if countWords(e.Old, s) > 0 {
			return false
		}
	}
	if !strings.HasSuffix(strings.TrimRight(al[hi-1], " \u00a0\u202f"), nw) {
		return false
	}
	next := hi < len(al) && sameItemKind(al[lo], al[hi])
	return next == (nw == ";")
}
