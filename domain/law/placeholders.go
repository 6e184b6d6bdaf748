package law

import (
	"fmt"
	"strconv"
	"strings"
)

// billNumber is a paragraph's number as a bill writes it, and what
// follows it (groups: the number, the separator): "II. - ", "II bis. – ",
// "III.-".
var billNumber = mustRe(`^([IVX]+(?:\s+` + latinOrd + `)?)(\s*\.\s*[-–—―]\s*)`)

// numberFirstParagraph writes a new paragraph number as the bill does
// ("II.-" → "II. - ") and, when the article had no numbered paragraph and
// gets a II, numbers its text I: "I. - " before its first alinéa.
func numberFirstParagraph(al, lines, tabled []string) ([]string, []string) {
	if len(lines) == 0 {
		return al, lines
	}
	m := billNumber.FindStringSubmatch(lines[0])
	if m == nil {
		return al, lines
	}
	sep := billSeparator(al, tabled)
	lines = append([]string(nil), lines...)
	lines[0] = m[1] + sep + lines[0][len(m[0]):]
	lines = sameSeparator24(lines, sep)
	if m[1] != "II" || len(al) == 0 {
		return al, lines
	}
	for _, l := range al {
		// "I. ― " too, as Légifrance's typography sets it.
		if romanHead.MatchString(l) || billNumber.MatchString(l) {
			return al, lines
		}
	}
	al = append([]string(nil), al...)
	al[0] = "I" + sep + al[0]
	return al, lines
}

// billSeparator is what the bill article puts between a paragraph's
// number and its text — ". - " (La Fabrique's texts), ". – " (the
// chambers'), ".-" — from its first numbered paragraph; when it has none
// (an amendment rewrote it whole: "Rédiger ainsi cet article : « … »",
// then a gage "II. – … La perte de recettes …"), from the article as
// tabled, whose dash the new labels take (they took ". - " under an
// article written "I. – "); ". - " when neither has one.
func billSeparator(al, tabled []string) string {
	for _, text := range [][]string{al, tabled} {
		for _, l := range text {
			if m := billNumber.FindStringSubmatch(strings.TrimLeft(l, "«\" ")); m != nil {
				return m[2]
			}
		}
	}
	return ". - "
}

var (
	// placeholder is the label an amendment leaves for the consolidation
	// to number: "… –", "...°", "…)" (groups: a suffix said before the
	// sign, "… bis –"; the sign; a suffix after the degree sign, "…°
	// bis").
	placeholder = mustRe(`^(?:…|\.{2,4})\s*(?:(` + latinOrd + `)\s*)?(°|\)|\.?\s*[-–—])\s*(?:(` + latinOrd + `)\s+)?`)
	letterHead  = mustRe(`^([a-z])(?:\s+(` + latinOrd + `))?\s*\)`)
	romanHead   = mustRe(`^([IVXL]+)(?:\s+(` + latinOrd + `))?` + newMark + `\s*\.?\s*[-–—]`)
	degreeHead  = mustRe(`^(\d+)°(?:\s*(` + latinOrd + `))?`)
	// firstParagraph is the I, with or without a new paragraph's mark.
	firstParagraph = mustRe(`^I` + newMark + `\s*\.?\s*[-–—]`)
	nextLatin      = map[string]string{"": "bis", "bis": "ter", "ter": "quater", "quater": "quinquies", "quinquies": "sexies", "sexies": "septies", "septies": "octies", "octies": "nonies", "nonies": "decies"}
)

// startOfList is where "Au début de l'article, il est ajouté un 1° A"
// puts its item when the article's list is introduced by unnumbered
// alinéas ("Sont exclus :", "1° …"): before the list's first item, after
// its introduction, as Légifrance consolidates it. An item of a kind the
// article's text [lo, hi) begins with, or that it does not hold, goes at
// its start (lo); one whose list follows alinéas that do not introduce it
// (no ":" before its first item), or that begins with a division above
// the item ("I. – Sont exclus :"), is refused: where it goes is not said.
func startOfList(al []string, lo, hi int, lines []string) (int, error) {
	if len(lines) == 0 {
		return lo, nil
	}
	name, kind := label(lines[0])
	if kind != 'd' && kind != 'l' && kind != 'p' {
		return lo, nil
	}
	for i := lo; i < hi; i++ {
		_, k := label(al[i])
		if k == 0 {
			continue
		}
		if k != kind && ranksAbove(k, kind) {
			// "I. – Sont exclus :", "1° …": the 1° A at the start of
			// the article would go before the I; in the I is not said.
			return lo, applyKind26(errApplyItemList26, fmt.Sprintf("item %q at the start of an article divided in %q: in which division is not said", name, strings.Fields(al[i])[0]))
		}
		if k != kind || i == lo {
			return lo, nil
		}
		if !strings.HasSuffix(strings.TrimSpace(al[i-1]), ":") {
			return lo, applyKind26(errApplyItemList26, fmt.Sprintf("item %q at the start: the list's first item follows alinéas that do not introduce it", name))
		}
		return i, nil
	}
	return lo, nil
}

// firstItem reports whether an alinéa opens with the 1° of a list, no
// suffix after it ("1° bis" and "1° A" follow other items).
func firstItem(s string) bool {
	l, k := label(s)
	return k == 'd' && l == "1°"
}

// numberPlaceholders numbers every new paragraph or item that an
// amendment leaves for the consolidation to number, each after those
// before it: "par deux paragraphes ainsi rédigés :" then "… – A" and "…
// – B" after the II are III and IV (the second was left "… –").
func numberPlaceholders(al []string, at int, lines, tabled []string) []string {
	out := append([]string(nil), numberPlaceholder(al, at, lines, tabled)...)
	for k := 1; k < len(out); k++ {
		m := placeholder.FindStringSubmatch(out[k])
		if m == nil {
			continue
		}
		if strings.HasSuffix(strings.TrimSpace(out[k-1]), ":") && m[1]+m[3] == "" && (m[2] == "°" || m[2] == ")") {
			// The first item of a list the new text opens ("… – Le
			// code est modifié :" then "…° L'article 1 …"): 1°, a).
			first := "1° "
			if m[2] == ")" {
				first = "a) "
			}
			out[k] = first + out[k][len(m[0]):]
			continue
		}
		before := append(append(append([]string(nil), al[:at]...), out[:k]...), al[at:]...)
		if r := numberPlaceholder(before, at+k, out[k:], tabled); len(r) > 0 {
			out[k] = r[0]
		}
	}
	return out
}

// numberPlaceholder numbers a new paragraph or item that an amendment
// leaves for the consolidation to number ("… – Le …", "…° Les …"): after
// paragraph IV it is V if none follows, else IV bis (IV ter after IV bis);
// the same for items (3°, 3° bis). At the end of an article without
// paragraphs it is II (the text before becomes I); before the I, I A;
// otherwise, without a paragraph before it, the placeholder stays.
func numberPlaceholder(al []string, at int, lines, tabled []string) []string {
	if len(lines) == 0 {
		return lines
	}
	m := placeholder.FindStringSubmatch(lines[0])
	if m == nil {
		return lines
	}
	head, kind := romanHead, byte('r')
	switch {
	case m[2] == "°":
		head, kind = degreeHead, 'd'
	case m[2] == ")":
		head, kind = letterHead, 'l'
	}
	// A list ends at a label of a division above it in the law's order
	// (ranksAbove): the letters of a 1° at the 2°, the items of an A at
	// the B, of a I at the II.
	higher := func(l string) bool {
		_, k := label(l)
		return ranksAbove(k, kind)
	}
	given := m[1] + m[3] // "…° bis": the suffix is said, the number not
	prev := -1
	for i := at - 1; i >= 0; i-- {
		if head.MatchString(al[i]) {
			prev = i
			break
		}
		if higher(al[i]) {
			break
		}
	}
	if prev < 0 {
		if kind == 'd' && given == "" && at < len(al) && firstItem(al[at]) {
			// An item added before the 1° of its list: it is 1° A, as
			// the I A before the I.
			out := append([]string(nil), lines...)
			out[0] = "1° A " + lines[0][len(m[0]):]
			return out
		}
		if kind == 'r' && given == "" && at < len(al) && firstParagraph.MatchString(al[at]) {
			// A paragraph added before the I: it is I A, as the
			// chambers number a division put before the first.
			out := append([]string(nil), lines...)
			out[0] = "I A" + billSeparator(al, tabled) + lines[0][len(m[0]):]
			return out
		}
		if kind == 'r' && given == "" && at == len(al) && len(al) > 0 {
			// A paragraph added at the end of an article that has none:
			// it is II, and the text before it I (numberFirstParagraph).
			out := append([]string(nil), lines...)
			out[0] = "II" + billSeparator(al, tabled) + lines[0][len(m[0]):]
			return out
		}
		return lines
	}
	pm := head.FindStringSubmatch(al[prev])
	follows := false
	for _, l := range al[at:] {
		if head.MatchString(l) {
			follows = true
			break
		}
		if higher(l) {
			break
		}
	}
	num := pm[1]
	suffix := ""
	switch {
	case given != "":
		// "…° bis" after the 2°: the 2° bis.
		if pm[2] != "" {
			return lines // after a 2° ter, which bis is not said
		}
		suffix = given
	case follows:
		suffix = nextLatin[pm[2]]
	case kind == 'd':
		n, _ := strconv.Atoi(num)
		num = strconv.Itoa(n + 1)
	case kind == 'l':
		if num == "z" {
			return lines
		}
		num = string(rune(num[0] + 1))
	default:
		num = toRoman(fromRoman(num) + 1)
	}
	label := num
	if suffix != "" {
		label += " " + suffix
	}
	rest := lines[0][len(m[0]):]
	out := append([]string(nil), lines...)
	switch kind {
	case 'd':
		// "1° bis": the suffix follows the degree sign.
		out[0] = num + "°"
		if suffix != "" {
			out[0] += " " + suffix
		}
		out[0] += " " + rest
	case 'l':
		out[0] = label + ") " + rest
	default:
		out[0] = label + billSeparator(al, tabled) + rest
	}
	return out
}

func fromRoman(s string) int {
	v := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	n := 0
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && v[s[i]] < v[s[i+1]] {
			n -= v[s[i]]
		} else {
			n += v[s[i]]
		}
	}
	return n
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// asHost writes new text with the typography of the text it goes into:
// organic articles ("L.O. 136" or "L. O. 136"), the State ("Etat" or
// "État"), the apostrophe (straight or typographic) and the spaces inside
// guillemets (plain or no-break) as the host writes them.
func asHost(lines, host []string) []string {
	out := append([]string(nil), lines...)
	for _, pair := range [][2]string{{"L.O. ", "L. O. "}, {"Etat", "État"}, {"'", "’"}, {"« ", "«\u00a0"}, {" »", "\u00a0»"}} {
		a, b := 0, 0
		for _, h := range host {
			a += strings.Count(h, pair[0])
			b += strings.Count(h, pair[1])
		}
		from, to := pair[0], pair[1]
		switch {
		case b > a:
		case a > b:
			from, to = to, from
		default:
			continue
		}
		for i, l := range out {
			out[i] = strings.ReplaceAll(l, from, to)
		}
	}
	return out
}
