package law

import (
	"strconv"
	"strings"
)

// itemRank is labelRank of an item as a path names it (romans in lower
// case there: "iii").
func itemRank(it string) int {
	if r := labelRank(it); r > 0 && !(len(it) > 1 && strings.Trim(it, "ivx") == "") {
		return r
	}
	return labelRank(strings.ToUpper(it))
}

// reLatinOrdWord is a Latin ordinal alone: "bis", "quinquies".
var reLatinOrdWord = mustRe(`^` + latinOrd + `$`)

// itemList reads a list of item labels: "II", "II et III", "2°, 3° et
// 4°", "3° à 5°" (a range of labels of one kind without "bis", spelt
// out), "a à c"; goesOn marks the labels a range goes on past (the 3°
// and 4° of "3° à 5°": see Division.GoesOn).
func itemList(s string) (out []string, goesOn map[int]bool, ok bool) {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	goesOn = map[int]bool{}
	rng := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		if len(out) > 0 && !rng && (w == "et" || w == "a" || w == "à") && i+1 < len(words) {
			rng = w != "et"
			continue
		}
		if len(out) > 0 && reLatinOrdWord.MatchString(w) {
			out[len(out)-1] += " " + w
			continue
		}
		if rng {
			rng = false
			first := out[len(out)-1]
			if strings.Contains(first, " ") || strings.Contains(w, " ") || casedKind(first) != casedKind(w) {
				return nil, nil, false
			}
			lo, hi := casedRank(first), casedRank(w)
			if lo <= 0 || hi <= lo || hi-lo > 50 {
				return nil, nil, false
			}
			for r := lo + 1; r <= hi; r++ {
				l := labelOfRank(r, casedKind(w), first)
				if casedKind(l) != casedKind(w) {
					// "A à J": the capitals I, V and X are romans.
					return nil, nil, false
				}
				goesOn[len(out)-1] = true
				out = append(out, l)
			}
			continue
		}
		out = append(out, w)
	}
	return out, goesOn, !rng
}

// labelRank is the rank of an item label in its series: 3° → 3, IV → 4,
// c → 3; 0 if it is not one.
func labelRank(l string) int {
	l = strings.Fields(l + " ")[0]
	switch itemKind(l) {
	case "°":
		n, err := strconv.Atoi(strings.TrimSuffix(l, "°"))
		if err != nil {
			return 0
		}
		return n
	case "roman":
		return fromRoman(l)
	case "number":
		n, _ := strconv.Atoi(l)
		return n
	case "paren":
		n, _ := strconv.Atoi(strings.TrimSuffix(l, ")"))
		return n
	}
	if len(l) == 1 && l[0] >= 'a' && l[0] <= 'z' {
		return int(l[0]-'a') + 1
	}
	if isCapitalItem(l) {
		return int(l[0]-'A') + 1
	}
	return 0
}

// labelOfRank is the label of rank r in the series of kind (like is a
// label of that series, for the case of letters).
func labelOfRank(r int, kind, like string) string {
	switch kind {
	case "°":
		return strconv.Itoa(r) + "°"
	case "roman":
		return toRoman(r)
	case "number":
		return strconv.Itoa(r)
	case "paren":
		return strconv.Itoa(r) + ")"
	case "capital":
		return string(rune('A' + r - 1))
	}
	return string(rune('a' + r - 1))
}

// itemKind is the kind of an item label: "°" (2°), "roman" (II), "letter"
// (b), "capital" (B, a part lettered in capitals).
func itemKind(it string) string {
	switch {
	case it != "" && strings.HasSuffix(strings.Fields(it)[len(strings.Fields(it))-1], ")") && it[0] >= '0' && it[0] <= '9':
		// "2)", "2 bis)": an item numbered with a parenthesis.
		return "paren"
	case strings.Contains(it, "°"):
		return "°"
	case isCapitalItem(it):
		return "capital"
	case it != "" && strings.Trim(strings.ToUpper(strings.Fields(it)[0]), "IVXL") == "":
		// "II", and "I bis", "II A" (a roman with its Latin adverb or
		// capital: it was a letter, and "Le I bis devient le II" was
		// refused as changing kind).
		return "roman"
	case it != "" && strings.Trim(strings.Fields(it)[0], "0123456789") == "":
		// "1", "2 bis": a paragraph numbered "1.", "2 bis.".
		return "number"
	}
	return "letter"
}

// isCapitalItem reports whether a path's item is a part lettered in
// capitals ("B", "B bis"): a capital other than I, V and X (roman numerals,
// which paths keep in lower case).
func isCapitalItem(it string) bool {
	f := strings.Fields(it)
	return len(f) > 0 && len(f[0]) == 1 && f[0][0] >= 'A' && f[0][0] <= 'Z' && !strings.ContainsRune("IVX", rune(f[0][0]))
}

// casedKind is itemKind of a label as a text writes it, where romans are
// capitals ("I", "V", "X"): a lower-case "i", "v" or "x" there is a
// letter, the ninth, twenty-second or twenty-fourth ("les h et i", "les c
// à i", "le h devient le i"). A path keeps romans in lower case: its
// items are read by itemKind.
func casedKind(l string) string {
	if f := strings.Fields(l); len(f) > 0 && (f[0] == "i" || f[0] == "v" || f[0] == "x") {
		return "letter" // "i", "i bis"
	}
	return itemKind(l)
}

// casedRank is labelRank of a label as a text writes it (see casedKind).
func casedRank(l string) int {
	if casedKind(l) == "letter" && len(l) == 1 {
		return int(l[0]-'a') + 1
	}
	return labelRank(l)
}

// itemName is an item designation as a path keeps it: in lower case
// ("II" → "ii", "3° bis"), but a part lettered in capitals keeps its
// capital ("B"), never the letter item "b".
func itemName(s string) string {
	n := strings.Join(strings.Fields(s), " ")
	if isCapitalItem(n) {
		return n
	}
	return strings.ToLower(n)
}

// asciiLower lowers ASCII letters only, so that offsets in the result are
// offsets in the input.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
