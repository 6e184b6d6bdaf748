package law

import (
	"slices"
	"strings"
)

// smallRoman is an item's label in small roman numerals of two letters or
// more, as a locator writes the items under a letter item ("le ii du a",
// "au iii", "les ii et iii", "les ii à iv"): "i", "v" and "x" alone are
// read as letters, as casedKind does.
const smallRoman = `(?:viii|vii|vi|iv|iii|ii|ix|xviii|xvii|xvi|xv|xiv|xiii|xii|xi)`

// smallRomanPrefix is the label that opens the article's alinéa i, "ii) ",
// when it is an item numbered in small roman numerals under a letter item
// (smallRomanItems), "" otherwise: its placeholder keeps it ("ii)
// (Abrogé) ;"; it was "ii (Abrogé)", and the list under the a ended
// there).
func smallRomanPrefix(al []string, i int) string {
	if i < 0 || i >= len(al) {
		return ""
	}
	if _, ok := smallRomanItems(al)[i]; !ok {
		return ""
	}
	m := reSmallRomanLine.FindStringIndex(al[i])
	if m == nil {
		return ""
	}
	return strings.TrimLeft(al[i][:m[1]], "«\" ") + " "
}

// reSmallRomanLabel is a label in small roman numerals as a locator writes
// it, "i" to "xviii" (group 1), "i", "v" and "x" alone included.
var reSmallRomanLabel = mustRe(`^(` + smallRoman + `|i|v|x)$`)

// smallRomanRange reads a range of items in small roman numerals, "les i
// à iii", "les ii à iv" (their ranks): its end a numeral of two letters or
// more, its start one in lower case — "i" is then the numeral, not the
// letter (the range was not read: "Les i à iii du a du 1° sont supprimés"
// deleted the whole a). "les i à v" is the letters' range.
func smallRomanRange(from, to string) (a, b int, ok bool) {
	if !reSmallRomanLabel.MatchString(from) || !reSmallRomanLabel.MatchString(to) || len(to) < 2 {
		return 0, 0, false
	}
	return fromRoman(strings.ToUpper(from)), fromRoman(strings.ToUpper(to)), true
}

// smallRomanList reports whether next, after first in a list of items
// ("les i et ii", "les v et vi"), makes it a list of items in small roman
// numerals: first in lower case ("i", "v", "x" being then the numerals),
// next of two letters or more. The "ii" was dropped, and the i alone
// deleted.
func smallRomanList(first, next string) bool {
	return reSmallRomanLabel.MatchString(first) && reSmallRomanLabel.MatchString(next) && len(next) >= 2
}

// letterAndRoman reports whether the alinéas [lo, hi) hold an item
// labelled want both as a letter ("i)" of a list a) … j)) and in small
// roman numerals ("i)" under one of its letters): "le i du 1°" names
// either, and the first found was edited — the roman i) of its b,
// before the letter i).
func letterAndRoman(al []string, romans map[int]string, lo, hi int, want string) bool {
	var letter, roman bool
	for i := lo; i < hi; i++ {
		if l, k := itemLabelAt(al, romans, i); l == want {
			letter = letter || k == 'l'
			roman = roman || k == 's'
		}
	}
	return letter && roman
}

// reSmallRomanWord is a label in small roman numerals of two letters or
// more named as an item in a locator, after its determiner, "et", "à" or
// a comma (group 1, with its Latin adverb); not "chapitre iii".
var reSmallRomanWord = mustRe(`(?:(?:^|\s)(?:[Ll]es?|[Aa]ux?|du|des|et|à|a)\s+|,\s*)(` + smallRoman + `(?:\s+` + latinOrd + `)?)(?:[\s,.;:)]|$)`)

// reNewLabelBefore ends with the article that announces a new item ("un
// ii bis ainsi rédigé").
var reNewLabelBefore = mustRe(`\b(?:un|une)\s+$`)

// smallRomanUnread reports whether a locator names an item in small roman
// numerals ("ii", "iii bis") that none of the divisions read is: a form
// the readers of items, lists and ranges do not read ("Les h et ii du
// 1°"), where the numeral was dropped and the division around it edited.
func smallRomanUnread(cased string, read []Division) bool {
	for _, m := range reSmallRomanWord.FindAllStringSubmatchIndex(cased, -1) {
		if reNewLabelBefore.MatchString(cased[:m[2]]) {
			continue // "insérer un ii bis": a new item's label
		}
		name := itemName(cased[m[2]:m[3]])
		if !slices.ContainsFunc(read, func(d Division) bool { return d.Item == name }) {
			return true
		}
	}
	return false
}

// smallRomanNamed reports whether an amendment's head names an item in
// small roman numerals outside its quotations ("Au ii du a du 1°,
// remplacer …", "Supprimer les ii et iii du a") that none of its edits'
// places reads: the numeral was dropped, and the a edited whole, or
// deleted.
func smallRomanNamed(head string, es []Edit) bool {
	var read []Division
	for _, e := range es {
		read = append(read, e.Scope.Path...)
		read = append(read, e.Scope.Within...)
	}
	return smallRomanUnread(shapeOnly(head), read)
}

// reSmallRomanNamed is a new item announced in small roman numerals, "ii
// bis", "iv" (the letters i, v, x alone are letters).
var reSmallRomanNamed = mustRe(`^` + smallRoman + `(?:\s+` + latinOrd + `)?$`)

// smallRomanAnnounced reports whether named, the label an amendment
// announces ("insérer un ii bis ainsi rédigé"), is in small roman
// numerals, and then whether the new text's first line bears it ("« ii
// bis) … »"): labelOf reads no label there, and it was refused as a text
// without its label.
func smallRomanAnnounced(named, first string) (roman, same bool) {
	n := strings.Join(strings.Fields(strings.TrimSuffix(named, ")")), " ")
	if !reSmallRomanNamed.MatchString(n) {
		return false, false
	}
	m := reSmallRomanLine.FindStringSubmatch(first)
	return true, m != nil && strings.TrimSpace(m[1]+" "+m[2]) == n
}
