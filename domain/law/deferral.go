package law

import (
	"regexp"
	"strconv"
	"strings"
)

// A bill article may say, after its instructions, when some of its
// parts take effect: "II. – Le I entre en vigueur le 1er janvier 2030",
// "Les dispositions du 2° entrent en vigueur à une date fixée par
// décret", "Le présent article entre en vigueur …". The parts it names
// change the law at that date, not when the law does: their
// instructions are refused as deferred, as "À compter du …, …" is
// (they were applied at once). A date that is the law's own ("le
// lendemain de sa publication") defers nothing.

// reEntryIntoForce is a sentence of entry into force naming parts of
// the article: the parts (group 1), "du présent article" or not, and
// what follows the verb (group 2).
var reEntryIntoForce = regexp.MustCompile(`^(?i:les\s+dispositions\s+(?:du|des|de\s+la|de\s+l['’])\s*|les\s+|le\s+|la\s+|l['’])?(?i:présente?\s+)?(` + deferList + `)(?i:\s+du\s+présent\s+article)?\s*,?\s+(?i:entrent\s+en\s+vigueur|entre\s+en\s+vigueur|prend\s+effet|prennent\s+effet)\b(.*)$`)

// reArticleIntoForce: "Le présent article entre en vigueur …" (group 1:
// what follows the verb).
var reArticleIntoForce = regexp.MustCompile(`^(?i:(?:les\s+dispositions\s+du\s+|le\s+)présent\s+article\s*,?\s+(?:entre\s+en\s+vigueur|prend\s+effet)\b(.*))$`)

// reAnyIntoForce is any sentence of entry into force naming the
// article or its parts, read or not: "Le présent article, à l'exception
// du I, entre en vigueur …". ("Le présent I …" is the I.)
var reAnyIntoForce = regexp.MustCompile(`(?i)^(?:les\s+dispositions\s+d\S*\s+|les?\s+|la\s+|l['’])(?:présent\s+article\b|(?:présente?\s+)?(?-i:(?:[IVXL]+|[A-Z]|\d+\s*°|[a-z])(?:[\s,]|$)))[^«"]*?\b(?:entrent|entre)\s+en\s+vigueur\b`)

const (
	deferLabel = `(?:[IVXL]+|[A-Z]|\d+\s*°|[a-z])(?:\s+` + latinOrd + `)?`
	deferChain = deferLabel + `(?:\s+(?:du|de\s+la|de\s+l['’])\s*` + deferLabel + `)*`
	deferList  = deferChain + `(?:\s*(?:,|\bet\b|\bà\b)\s*(?:(?i:les|le|la|l['’])\s*)?` + deferChain + `)*`
)

// reAtOnce is a date of entry into force that is the law's own: the
// parts it names change with the law.
var reAtOnce = regexp.MustCompile(`(?i)^\s*(?:(?:à\s+compter\s+)?(?:du\s+lendemain\s+de|le\s+lendemain\s+de|à\s+la\s+date\s+de|dès|de)\s+(?:sa|la)\s+publication(?:\s+de\s+la\s+présente\s+loi)?|immédiatement)\s*[.;]?\s*$`)

// billLabel is the label an alinéa of a bill article begins with, as
// kind and name ("r:II", "c:A", "n:1", "d:2° bis", "l:a"), and its level
// (0 roman … 4 lettered item); "", -1 for none.
func billLabel(s string) (string, int) {
	for i, re := range []*regexp.Regexp{enumRoman, enumLetter, enumArabic, enumDegree, enumSmall} {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		name := strings.Join(strings.Fields(m[1]), " ")
		switch i {
		case 0:
			return "r:" + name, i
		case 1:
			return "c:" + name, i
		case 2:
			return "n:" + name, i
		case 3:
			name += "°"
			if len(m) > 2 && m[2] != "" {
				name += " " + m[2]
			}
			return "d:" + name, i
		default:
			return "l:" + name, i
		}
	}
	return "", -1
}

// deferRefKinds are the labels a part named in the sentence may be: "I"
// a roman part or a capital one.
func deferRefKinds(lab string) []string {
	lab = strings.Join(strings.Fields(strings.ReplaceAll(lab, "°", "° ")), " ")
	lab = strings.Replace(lab, " °", "°", 1)
	head := strings.Fields(lab)[0]
	switch {
	case strings.HasSuffix(head, "°"):
		return []string{"d:" + lab}
	case head[0] >= 'a' && head[0] <= 'z':
		return []string{"l:" + lab}
	case strings.Trim(head, "0123456789") == "":
		return []string{"n:" + lab}
	case strings.Trim(head, "IVXL") == "" && len(head) == 1:
		return []string{"r:" + lab, "c:" + lab}
	case strings.Trim(head, "IVXL") == "":
		return []string{"r:" + lab}
	}
	return []string{"c:" + lab}
}

// deferRank is the rank of a label in its series (II → 2, 3° → 3,
// c → 3), 0 if it has a Latin adverb or none.
func deferRank(k string) int {
	name := k[2:]
	if strings.Contains(name, " ") {
		return 0
	}
	switch k[0] {
	case 'r':
		return fromRoman(name)
	case 'd':
		n, _ := strconv.Atoi(strings.TrimSuffix(name, "°"))
		return n
	case 'n':
		n, _ := strconv.Atoi(name)
		return n
	case 'c':
		return int(name[0]-'A') + 1
	case 'l':
		return int(name[0]-'a') + 1
	}
	return 0
}

var (
	reDeferChainSep = regexp.MustCompile(`\s+(?:du|de\s+la|de\s+l['’])\s*`)
	reDeferListSep  = regexp.MustCompile(`\s*(?:,|\bet\b|\bà\b)\s*(?:(?i:les|le|la|l['’])\s*)?`)
)

// deferPart is one part named: its chain of labels, outermost first
// (each with the kinds it may be), and the last one's range end.
type deferPart struct {
	chain [][]string
	to    []string
}

// deferParts reads the parts a sentence names: "I", "2° du I", "I à
// VII", "1° et 3° du II" (the qualifier of the last is every one's).
func deferParts(list string) []deferPart {
	var parts []deferPart
	pos := 0
	idx := reDeferListSep.FindAllStringIndex(list, -1)
	var seps []string
	var items []string
	for _, m := range idx {
		items = append(items, list[pos:m[0]])
		seps = append(seps, strings.TrimSpace(list[m[0]:m[1]]))
		pos = m[1]
	}
	items = append(items, list[pos:])
	var chains [][][]string
	for _, it := range items {
		var ch [][]string
		labs := reDeferChainSep.Split(strings.TrimSpace(it), -1)
		for i := len(labs) - 1; i >= 0; i-- {
			ch = append(ch, deferRefKinds(labs[i]))
		}
		chains = append(chains, ch)
	}
	// The qualifier of the last names the others' place too: "les 1°
	// et 3° du II".
	last := chains[len(chains)-1]
	for i := range chains[:len(chains)-1] {
		if len(chains[i]) == 1 && len(last) > 1 {
			chains[i] = append(append([][]string(nil), last[:len(last)-1]...), chains[i]...)
		}
	}
	for i := 0; i < len(chains); i++ {
		p := deferPart{chain: chains[i]}
		if i < len(seps) && strings.HasPrefix(seps[i], "à") {
			p.to = chains[i+1][len(chains[i+1])-1]
			i++
		}
		parts = append(parts, p)
	}
	return parts
}

// matches says whether an alinéa's path (its labels, outermost first)
// lies in the part.
func (d deferPart) matches(path []string) bool {
	k := 0
	for _, lab := range path {
		if k == len(d.chain) {
			break
		}
		last := k == len(d.chain)-1
		ok := false
		for _, kind := range d.chain[k] {
			if lab == kind {
				ok = true
			} else if last && d.to != nil && lab[0] == kind[0] {
				for _, to := range d.to {
					if to[0] == kind[0] {
						r, lo, hi := deferRank(lab), deferRank(kind), deferRank(to)
						ok = ok || r > 0 && lo > 0 && r >= lo && r <= hi
					}
				}
			}
		}
		if ok {
			k++
		}
	}
	return k == len(d.chain)
}

// deferLater refuses the instructions of a bill article's parts that a
// sentence of the article says take effect at a later date.
func deferLater(a Article, ins []Instruction) {
	paths := make([][]string, len(a.Alineas)+1)
	var stack []struct {
		level int
		lab   string
	}
	var later [][]deferPart
	all := false
	for i, raw := range a.Alineas {
		raw = strings.TrimSpace(raw)
		if raw == "" || isQuoted(raw) {
			continue
		}
		lab, level := billLabel(raw)
		if level >= 0 {
			for len(stack) > 0 && stack[len(stack)-1].level >= level {
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, struct {
				level int
				lab   string
			}{level, lab})
		}
		for _, s := range stack {
			paths[i+1] = append(paths[i+1], s.lab)
		}
		_, body := enumeration(raw)
		body = strings.TrimSpace(body)
		if m := reArticleIntoForce.FindStringSubmatch(body); m != nil {
			if !reAtOnce.MatchString(m[1]) {
				all = true
			}
			continue
		}
		if m := reEntryIntoForce.FindStringSubmatch(body); m != nil {
			if !reAtOnce.MatchString(m[2]) {
				later = append(later, deferParts(m[1]))
			}
			continue
		}
		if reAnyIntoForce.MatchString(body) {
			// Named in a form not read: which parts are deferred is not
			// known; all are.
			all = true
		}
	}
	if !all {
		// A part named that the article does not have: what is deferred
		// is not known.
		for _, parts := range later {
			for _, d := range parts {
				found := false
				for _, p := range paths {
					found = found || len(p) > 0 && d.matches(p)
				}
				all = all || !found
			}
		}
	}
	for k := range ins {
		in := &ins[k]
		if in.Status != Parsed || in.Alinea < 1 || in.Alinea >= len(paths) {
			continue
		}
		deferred := all
		for _, parts := range later {
			for _, d := range parts {
				deferred = deferred || d.matches(paths[in.Alinea])
			}
		}
		if deferred {
			in.Status, in.Edits = Unparsed, nil
			in.Reason = "deferred: the article says it takes effect at a later date (… entre en vigueur …)"
		}
	}
}
