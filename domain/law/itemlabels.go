package law

import "strings"

var labelRe = mustRe(`^(\d+ ?[°º](?:\s*` + latinOrd + `)?|` + parenLabel25 + `|` + letterDegreeLabel22 + `|\d+(?:\s+` + latinOrd + `)?\)|[IVX]+(?:\.?\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2})?` + newMark + `(?:\s*[.-])|\d+(?:\s+` + latinOrd + `)?` + newMark + `\s*\.|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?\s*[).]|` + lettersPastZ28 + `|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?` + newMark + `\s*\.\s*[-–—―‑])`)

// newMark is the mark a text adopted by a committee or a chamber puts
// between a new paragraph's number and its period: "II (nouveau). – ",
// "I bis (nouveau). – "; no part of the label.
const newMark = `(?:\s*\(nouveau\))?`

var newMarkRe = mustRe(`\s*\(nouveau\)`)

// capitalLabel is a part lettered in capitals, "A. – ", "B bis. - " (not
// I, V, X: roman numerals).
var capitalLabel = mustRe(`^[A-HJ-UWYZ](?:\s+` + latinOrd + `)?` + newMark + `\s*\.\s*[-–—―‑]`)

// relabelAlinea replaces the item label an alinéa begins with by to,
// keeping what follows it ("III. – Le …" → "IV. – Le …").
func relabelAlinea(s, to string) (string, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	m := labelRe.FindString(s[lead:])
	if m == "" {
		return s, false
	}
	// The label without its period and dash ("B. – " is "B", its dash
	// kept: "B. – Le …" → "C. – Le …").
	core := strings.TrimRight(m, " .-)–—―‑")
	if strings.HasSuffix(to, ")") && strings.HasSuffix(strings.TrimRight(m, " "), ")") {
		// "2) Les …" relabelled "3)": the parenthesis is the label's.
		core = strings.TrimRight(m, " ")
	}
	return s[:lead] + to + s[lead+len(core):], true
}

// label returns an alinéa's item label, canonical ("8°", "ii", "2 bis", "a"),
// and its kind: 'd' degree, 'r' roman, 'n' number, 'l' letter.
// labelOf is label on the alinéa without its opening quotation mark.
func labelOf(s string) (string, byte) {
	return label(strings.TrimLeft(strings.TrimSpace(s), "«\" "))
}

// degreeSign writes an item's degree sign as the codes do: "1º" (the
// ordinal indicator) and "1 °" are "1°".
var degreeSign = strings.NewReplacer(" °", "°", "º", "°", " º", "°")

// gluedRomanLatin is a roman numeral and its Latin ordinal printed
// without a space, or with a period, lowered: "iibis", "iv.bis".
var gluedRomanLatin = mustRe(`^([ivxl]+)\.?(` + latinOrd + `)\b`)

// degreeCapital is the capitals that end a degree's label, after it:
// "1° A L'article", "1° B (nouveau) Le …" (group 1), a word with its
// capital or an opening quotation mark after them.
var degreeCapital = mustRe(`^\s+([A-Z]{1,2})(?:\s*\(nouveau\))?(?:\s+[A-ZÀÂÉÈÊÎÔÙÛÇ«"]|\s*$)`)

func label(s string) (string, byte) {
	m := labelRe.FindString(strings.TrimSpace(s))
	if m == "" {
		return "", 0
	}
	m = newMarkRe.ReplaceAllString(m, "")
	if l, k, ok := parenLabelOf25(m); ok {
		return l, k
	}
	if capitalLabel.MatchString(m) {
		// "B. – ": kept in capitals, so that it is never the letter
		// item "b)".
		t := strings.TrimRight(m, " .-–—―‑")
		return strings.Join(strings.Fields(t), " "), 'c'
	}
	t := strings.TrimRight(m, " .-)")
	t = strings.ToLower(strings.Join(strings.Fields(t), " "))
	if m[0] >= '0' && m[0] <= '9' && strings.HasSuffix(m, ")") {
		// "2) Les immeubles", "2 bis) …": an item numbered with a
		// parenthesis, its own kind ("2)", never the paragraph "2.").
		return t + ")", 'p'
	}
	if d, ok := letterDegree22(m); ok {
		// "1o Premier ;": the letter o typed for the degree sign.
		return letterDegreeCapitals22(d, strings.TrimSpace(s)[len(m):]), 'd'
	}
	switch {
	case strings.ContainsAny(m, "°º"):
		// "1°bis" as the consolidated codes sometimes print it is "1°
		// bis" (it was not found); "1º" (the ordinal indicator) and "1
		// °" are "1°".
		t = degreeSign.Replace(t)
		d := strings.Join(strings.Fields(strings.Replace(t, "°", "° ", 1)), " ")
		// "1° A L'article …", "1° AA (nouveau) Le …": the item a later
		// reading put before the 1°, its capitals part of its label
		// (it was the 1°, found twice); "1° A compter de …" is the 1°.
		if c := degreeCapital.FindStringSubmatch(strings.TrimSpace(s)[len(m):]); c != nil {
			d += " " + strings.ToLower(c[1])
		}
		return d, 'd'
	case m[0] >= 'I' && m[0] <= 'X':
		// "IIbis.-" is "II bis" as "1°bis" is "1° bis", and so is
		// "IV.bis -", as an amendment may type it.
		return gluedRomanLatin.ReplaceAllString(t, "$1 $2"), 'r'
	case m[0] >= '0' && m[0] <= '9':
		return t, 'n'
	}
	return t, 'l'
}
