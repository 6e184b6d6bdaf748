package law

import "strings"

// besideEachOther returns the first of e.Beside that stands next to an
// occurrence of e.Old in the alinéas (nothing but spaces between them,
// in either order), or "". "Le signe : « , » et le mot : « et » sont
// remplacés par le mot : « puis »" on "le bail, et le juge" would give
// "le bail puis puis le juge" read word by word; the drafter most likely
// meant the run ", et" once, but the law does not say so: refused.
func besideEachOther(als []string, e Edit) string {
	if e.Kind != EditReplaceWords || len(e.Beside) == 0 {
		return ""
	}
	for _, s := range als {
		olds := findOcc(s, e.Old, nil)
		for _, b := range e.Beside {
			bs := findOcc(s, b, nil)
			for i := 0; i+1 < len(olds); i += 2 {
				for k := 0; k+1 < len(bs); k += 2 {
					if onlySpaces(s, olds[i+1], bs[k]) || onlySpaces(s, bs[k+1], olds[i]) {
						return b
					}
				}
			}
		}
	}
	return ""
}

// onlySpaces reports whether s[from:to] is empty or white space, the
// no-break spaces included (from ≤ to).
func onlySpaces(s string, from, to int) bool {
	return from <= to && strings.TrimSpace(s[from:to]) == ""
}
