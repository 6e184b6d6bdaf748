package law

import "strings"

// reSmallRomanLine is an alinéa numbered in small roman numerals, as the
// codes print the items under a letter item: "i) Le …", "ii bis) …"
// (group 1 the numeral, group 2 its Latin adverb).
var reSmallRomanLine = mustRe(`^[«"\s]*((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}))(?:\s+(` + latinOrd + `))?\)`)

// smallRomanItems are the alinéas of an article that are items numbered in
// small roman numerals (index → label, "ii", "ii bis"), under a letter
// item: a list opens at an "i)" right after an alinéa of a letter item
// (other than "h)") ending with ":", the next labelled alinéa being
// "ii)"; it goes on while each item's numeral follows the last one's (or
// repeats it with a Latin adverb), unlabelled alinéas being its items'
// own, and ends at any other label. label reads "i)", "v)" and "x)" as
// letters and "ii)" as no label: the b's "i)" ended the b ("Le b est
// supprimé" left its i) and ii), a new c went between them). nil when
// there is none.
func smallRomanItems(al []string) map[int]string {
	var out map[int]string
	last := 0 // the numeral of the list's last item, 0 outside a list
	for i, a := range al {
		m := reSmallRomanLine.FindStringSubmatch(a)
		if last > 0 {
			if m != nil && (fromRoman(strings.ToUpper(m[1])) == last+1 || fromRoman(strings.ToUpper(m[1])) == last && m[2] != "") {
				out[i] = strings.TrimSpace(m[1] + " " + m[2])
				last = fromRoman(strings.ToUpper(m[1]))
				continue
			}
			if _, k := labelOf(a); k == 0 && m == nil {
				continue
			}
			last = 0
		}
		if m == nil || m[1] != "i" || m[2] != "" || i+1 >= len(al) || !romanListOpens27(al, i) {
			continue
		}
		if n := reSmallRomanLine.FindStringSubmatch(al[i+1]); n == nil || n[1] != "ii" || n[2] != "" {
			continue
		}
		if out == nil {
			out = map[int]string{}
		}
		out[i] = "i"
		last = 1
	}
	return out
}

// itemLabelAt is label of the article's alinéa i, an item numbered in
// small roman numerals being of kind 's' (romans from smallRomanItems).
func itemLabelAt(al []string, romans map[int]string, i int) (string, byte) {
	if r, ok := romans[i]; ok {
		return r, 's'
	}
	return label(al[i])
}
