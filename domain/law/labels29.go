package law

import "strings"

// capitalsPlaced29 reads "il est inséré un 1° A ainsi rédigé : « 1° A …
// »" with no place said before or after which: an item whose label ends
// with capitals goes before its base item by its label ("1° A" before the
// 1°, "1° bis A" before the 1° bis, "II A" before the II), as "un 1° bis"
// goes after the 1° at its rank — it is "Avant le 1°, il est inséré un 1°
// A" (it was put after the 1° and refused: its place and its label
// disagreed). Only "inséré", one place, the label announced the quoted
// one's; the base item must be there (else not found, refused at apply).
// "Est complété par un 1° A" (at the end) is left as it is read.
func (p *parser) capitalsPlaced29(verb, what, loc string, scopes []Scope, lines []string) ([]Scope, bool) {
	if !strings.Contains(verb, "insere") || reAtStartOrEnd.MatchString(loc) || len(scopes) != 1 || len(lines) == 0 {
		return nil, false
	}
	if s := scopes[0]; s.Sentence != 0 || s.Where != "" || s.RangeTo != "" || len(s.Division) > 0 {
		return nil, false
	}
	first := strings.TrimLeft(strings.TrimSpace(lines[0]), "«\"“ ")
	newLab, kind := labelOf(first)
	base, _, ok := capitalsOf(newLab, kind)
	if !ok {
		return nil, false
	}
	if w := strings.Fields(what); len(w) < 2 || w[0] != "un" || strings.Join(w[1:], " ") != newLab {
		return nil, false
	}
	cased := base
	if kind == 'r' {
		f := strings.Fields(base)
		f[0] = strings.ToUpper(f[0])
		cased = strings.Join(f, " ")
	}
	got, ok, err := p.scopes("le "+base, "le "+cased, scopes[0])
	if !ok || err != nil || len(got) != 1 {
		return nil, false
	}
	return got, true
}

// reAdverbRange29 is a range of items one of whose bounds carries a Latin
// adverb: "les 1° à 3° bis", "des 1° bis à 3°", "aux a bis à c ter", "les
// I bis à III" (groups: the first bound, its adverb, the last bound, its
// adverb). What follows the range is checked by adverbRanges29.
var reAdverbRange29 = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(\d+°|[IVX]+|[a-z])\)?(?:\s+(` + latinOrd + `))?\s+(?:à|a)\s+(\d+°|[IVX]+|[a-z])\)?(?:\s+(` + latinOrd + `))?\)?`)

// reAdverbRangeEnd29 is what may follow such a range: a space, a comma,
// the end — not capitals ("les 1° à 3° bis A") nor another item.
var reAdverbRangeEnd29 = mustRe(`^(?:\s*,|\s*$|\s+(?:de|du|des|d['’]|sont|est|et)\b)`)

// adverbRange29 is a range read by adverbRanges29: where it starts in
// the locator, its items.
type adverbRange29 struct {
	pos  int
	divs []Division
}

// adverbRanges29 reads the ranges of items whose bound carries a Latin
// adverb, in the locator cased (divCased): "Les 1° à 3° bis" are the 1°
// and the items after it numbered 1 (1° bis, 1° ter), the 2° and its, the
// 3° and the 3° bis — not a 3° ter, the range stops at its bound; "Les 1°
// bis à 3°" the 1° bis and the items numbered 1 after it (1° ter), the 2°
// and its, the 3° (a 3° bis stays). Both bounds of one kind, the first
// ranking before the last (same number: not read). Each range read is
// blanked in the text returned (the other readers see no range); one not
// read is left as it is (refused by them, errRangeBoundWithAdverb,
// errRangeFirstBound22).
func adverbRanges29(divCased string) (string, []adverbRange29) {
	var ms []adverbRange29
	for _, m := range reAdverbRange29.FindAllStringSubmatchIndex(divCased, -1) {
		if m[4] < 0 && m[8] < 0 || !reAdverbRangeEnd29.MatchString(divCased[m[1]:]) {
			continue
		}
		from, to := divCased[m[2]:m[3]], divCased[m[6]:m[7]]
		k := casedKind(from)
		a, b := casedRank(from), casedRank(to)
		if k == "" || casedKind(to) != k || a == 0 || b <= a || k == "letter" && (from == "i" || to == "i" || from == "v" || to == "v" || from == "x" || to == "x") {
			continue
		}
		rc := casedItem(from).RomanCase
		var divs []Division
		for r := a; r <= b; r++ {
			d := Division{Item: strings.ToLower(labelOfRank(r, k, from)), GoesOn: r < b, RomanCase: rc}
			if r == a && m[4] >= 0 {
				d.Item += " " + divCased[m[4]:m[5]]
				d.GoesOn = true
			}
			divs = append(divs, d)
		}
		if m[8] >= 0 {
			divs = append(divs, Division{Item: strings.ToLower(labelOfRank(b, k, from)) + " " + divCased[m[8]:m[9]], RomanCase: rc})
		}
		ms = append(ms, adverbRange29{pos: m[0], divs: divs})
		divCased = divCased[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + divCased[m[1]:]
	}
	return divCased, ms
}

// reLetterCapitals29 is a new item announced as a letter with capitals
// after it, as the instruction's words are read (lowercased): "un a a"
// for "un a A", "un b aa".
var reLetterCapitals29 = mustRe(`^un\s+[a-z](?:\s+` + latinOrd + `)?\s+[a-z]{1,2}$`)

// letterCapitalsUnplaced29 reports "il est inséré un a A ainsi rédigé :
// « a A) … »" with no place said: a letter with capitals after it is no
// label read, its rank not known (it was appended at the end of the
// article as an unlabelled alinéa, after the b)); refused.
func letterCapitalsUnplaced29(verb, what, loc string, lines []string) bool {
	if !strings.Contains(verb, "insere") || reAtStartOrEnd.MatchString(loc) || len(lines) == 0 || !reLetterCapitals29.MatchString(what) {
		return false
	}
	_, kind := labelOf(strings.TrimLeft(strings.TrimSpace(lines[0]), "«\"“ "))
	return kind == 0
}
