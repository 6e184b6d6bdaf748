package law

// labelAgain reports whether a line of al[from:to] outside [skipLo,
// skipHi) holds the item label want of kind k, at its start ("1. …") or
// after its part's label ("II. – 1. …"): the code général des impôts
// numbers "1.", "2." under each of an article's I and II, often on the
// part's own line, and "le 1 de l'article" then does not say which.
func labelAgain(al []string, romans map[int]string, from, to, skipLo, skipHi int, want string, k byte) bool {
	for i := from; i < to; i++ {
		if i >= skipLo && i < skipHi {
			continue
		}
		if l, k2 := itemLabelAt(al, romans, i); l == want && k2 == k {
			return true
		}
		if l, k2 := innerLabel(al[i]); l == want && k2 == k {
			return true
		}
	}
	return false
}
