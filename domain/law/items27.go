package law

import (
	"fmt"
	"strings"
)

// romanListOpens27 reports whether the "i)" of the article's alinéa i may
// open a list in small roman numerals (smallRomanItems, which checks
// that "ii)" follows): the alinéa before it announces a list (ends with
// ":"), whatever it is — a letter item "b) … :", a degree item "1° …
// :", the article's opening words "Il est institué :". Not the first
// alinéa: a list is announced (callers pass slices of an article, whose
// first line may be an item of a list opened above them).
// It was only after a letter item: elsewhere "i)" was the letter i and
// "ii)", "iii)" no label, its alinéas — "Le i de l'article L. 1 est
// abrogé" on "Sont institués :", "i) …", "ii) …", "iii) …" left "i)
// (Abrogé)." alone, the ii) and iii) gone with it, and "Le ii" was not
// found.
func romanListOpens27(al []string, i int) bool {
	return i > 0 && strings.HasSuffix(strings.TrimSpace(al[i-1]), ":")
}

// unreadRomans27 refuses the letter item named item, found on line found, spanning
// [found, end), when an alinéa inside it opens with a numeral in small
// roman numerals of two letters or more ("ii) …") that no list read
// (smallRomanItems): "i) …", "ii) …", "iii) …" not announced by ":"
// are a list in small roman numerals or a letter i with alinéas of its
// own, which is not said — "Le i … est abrogé" took the ii) and iii)
// with the i).
func unreadRomans27(al []string, romans map[int]string, item string, found, end int, kind byte) error {
	if kind != 'l' {
		return nil
	}
	for i := found + 1; i < end && i < len(al); i++ {
		if _, ok := romans[i]; ok {
			continue
		}
		if m := reSmallRomanLine.FindStringSubmatch(al[i]); m != nil && len(m[1]) >= 2 {
			return applyKind26(errApplyItemList26, fmt.Sprintf("item %q holds an alinéa labelled %q in small roman numerals that opens no list read: which list it belongs to is not said", item, m[1]+")"))
		}
	}
	return nil
}
