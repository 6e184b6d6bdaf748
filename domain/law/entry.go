package law

import (
	"strings"
)

// An alinéa of a bill article setting the day some of its parts take
// effect ("III. – Le I entre en vigueur le 1er janvier 2030.", "Le 2°
// entre en vigueur le …", "Les dispositions du I s'appliquent à compter
// du 1er janvier 2030.", "Le présent article entre en vigueur le …")
// defers them, as a date written in the instruction does (reDeferred):
// the law in force changes at that date (reEntryCalendar: a day of the
// calendar only). "La présente loi entre en vigueur …" concerns the whole law, whose
// own date is the one it is applied at: it defers nothing. A date that is
// the law's own ("à compter de la publication de la présente loi", "le
// lendemain de sa publication") defers nothing either.

// reEntryCalendar is the date of such an alinéa when it is a day of the
// calendar: "le 1er janvier 2030", "à compter du 1er janvier 2030", "à
// partir du …", "au …" (folded). A date set by a delay or an event —
// "six mois après la publication de la présente loi", "à une date fixée
// par décret", "à compter de la publication du décret …", "du prochain
// renouvellement …" — is not one: the parts stay applied, marked with it
// (entryLater, Instruction.TakesEffect).
// Refusing them costs the development set what its consolidated codes
// record as changed by the law (loi organique 2013-906: 5 articles
// exact, its articles 1er to 3; loi 2010-874's run of 2011-01-28: 2),
// measured when this rule was written; placing such a date is left.
var reEntryCalendar = mustRe(`^(?:a\s+(?:compter|partir)\s+du\s+|le\s+|au\s+)(?:1\s?er|premier|\d{1,2})\s+` + monthNames + `\s+\d{4}\b(?:\s*[.;]?\s*$|\s*,|\s+et\s)`)

// reEntryIntoForce is such an alinéa, folded, its label cut: group 1 the
// parts named, 2 the verb, 3 what follows it.
var reEntryIntoForce = mustRe(`^(.+?)\s+(` + entryVerbs + `)\b\s*(.*)$`)

// entryVerbs are the verbs of an entry into force, folded.
const entryVerbs = `entre(?:nt)?\s+en\s+vigueur|s'appliqu(?:e|ent)|(?:est|sont)\s+applicables?|(?:prend(?:ront|ra)?|prennent)\s+effet`

// reEntryAtOnce is a date that is the law's own: its publication, its
// entry into force, the day after.
var reEntryAtOnce = mustRe(`^(?:a\s+(?:compter|partir)\s+(?:de\s+la|du)\s+|des\s+la\s+|a\s+la\s+|le\s+)?(?:date\s+de\s+(?:la\s+)?|jour\s+de\s+(?:la\s+)?|lendemain\s+de\s+(?:la\s+|sa\s+)?)?(?:publication|promulgation|entree\s+en\s+vigueur)\s+(?:de\s+la\s+presente\s+loi|de\s+la\s+presente\s+loi\s+organique)\s*[.;]?$|^(?:a\s+compter\s+du\s+|le\s+)lendemain\s+de\s+(?:la\s+|sa\s+)publication(?:\s+de\s+la\s+presente\s+loi(?:\s+organique)?)?\s*[.;]?$`)

// reEntryDate is what follows "s'applique(nt)" or "est (sont)
// applicable(s)" when it is a date: "à compter du …", "à partir de …",
// "le 1er janvier 2030", "au 1er janvier …" ("s'applique aux contrats
// conclus …" is no date of the text: it is not read).
var reEntryDate = mustRe(`^(?:a\s+(?:compter|partir)\s+d|le\s+(?:1\s?er|premier|\d{1,2})\s|au\s+(?:1\s?er|premier|\d{1,2})\s|a\s+une\s+date\s)`)

// reWholeLaw is the whole law: "la présente loi", "les dispositions de
// la présente loi" (folded).
var reWholeLaw = mustRe(`^(?:les\s+dispositions\s+de\s+)?la\s+presente\s+loi(?:\s+organique)?$`)

// reThisArticle is the bill article itself: "le présent article", "les
// dispositions du présent article" (folded).
var reThisArticle = mustRe(`^(?:les\s+dispositions\s+du\s+|l'ensemble\s+du\s+)?present\s+article$|^(?:le|les\s+dispositions\s+du)\s+present\s+article$`)

// reEntryPartsPrefix and reEntryPartsSuffix are the words around the
// parts named, accents folded, case kept: "Les dispositions du", "du
// présent article".
var (
	reEntryPartsPrefix = mustRe(`^(?i:les\s+dispositions\s+(?:du|des|de\s+la|de\s+l')\s*|(?:les|le|la)\s+|l'\s*)`)
	reEntryPartsSuffix = mustRe(`\s+(?i:du|de)\s+(?i:present|cet)\s+(?i:article)$`)
	// reEntryLevel is one level of the parts named, the smallest first:
	// "2°", "1° et 3°", "I à VII", "a" (group 1), then "du" / "de l'" and
	// the level above.
	reEntryLevel = mustRe(`^(` + entryLabel + `(?:\s*(?:,|\bet\b|\ba\b)\s*` + entryLabel + `)*)(?:\s+(?:du|de\s+l'|des)\s+|$)`)
	// reEntryRange is a range of one level: "I a VII", "1° a 3°".
	reEntryRange = mustRe(`^(` + entryLabel + `)\s+a\s+(` + entryLabel + `)$`)
	// reEntryMember is one part of a list of one level, whole: the list
	// cut at its commas and "et" (reEntrySep), each piece a label ("2° et
	// 3°" is "2°" and "3°", never the letters of "et").
	reEntryMember = mustRe(`^` + entryLabel + `$`)
	reEntrySep    = mustRe(`\s*(?:,|\bet\b)\s*`)
)

// entryLabel is a part's label as an entry into force names it, case
// kept: a roman part "II", a capital-letter part "A", an arabic part "1",
// an item "2°", a letter item "a" ("bis" after any).
const entryLabel = `(?:[IVXL]+|[A-Z]|\d+°|\d+|[a-z])(?:\s+` + latinOrd + `)?`

// partAt is where an alinéa of a bill article stands among its parts:
// its roman part ("ii"), its capital-letter part ("A"), its arabic part
// ("1"), its item ("2°"), its letter item ("a"), as labelled (itemName).
type partAt struct{ roman, capital, arabic, item, letter string }

// billParts is the part each alinéa of a bill article stands in, by the
// labels before it, and whether it is quoted (new text, whose labels are
// not the article's).
func billParts(al []string) ([]partAt, []bool) {
	out := make([]partAt, len(al))
	quoted := make([]bool, len(al))
	var cur partAt
	inQuote := false
	for i, l := range al {
		raw := strings.TrimSpace(l)
		if inQuote || isQuoted(raw) {
			inQuote = !closesQuote(raw)
			out[i], quoted[i] = cur, true
			continue
		}
		level, body := enumeration(raw)
		label := itemName(enumLabel(raw[:len(raw)-len(body)]))
		switch {
		case level == 0:
			cur = partAt{roman: label}
		case level == 1:
			cur.capital, cur.arabic, cur.item, cur.letter = label, "", "", ""
		case level == 2:
			cur.arabic, cur.item, cur.letter = label, "", ""
		case level == 3:
			cur.item, cur.letter = label, ""
		case level == levelSmall:
			cur.letter = label
		}
		out[i] = cur
	}
	return out, quoted
}

// enumLabel is the label an alinéa's enumerator carries ("I. – ",
// "II (nouveau).―", "a) ", "1° bis "): the text before it with its dot,
// its dash (every dash the enumerators read) or parenthesis, and the
// chamber's "(nouveau)" taken off.
func enumLabel(enum string) string {
	const marks = " .-\u2010\u2011\u2013\u2014\u2015"
	s := strings.TrimRight(strings.TrimSpace(enum), marks)
	s = strings.TrimRight(strings.TrimSuffix(s, "(nouveau)"), marks)
	return strings.TrimSuffix(s, ")")
}

// entryRange is the parts an entry into force names at one level: the
// labels listed (as itemName keeps them), or a range of ranks lo..hi.
type entryRange struct {
	labels []string
	lo, hi int
}

func (r entryRange) has(label string) bool {
	if label == "" {
		return false
	}
	for _, l := range r.labels {
		if l == label {
			return true
		}
	}
	n := entryRank(label)
	return r.hi > 0 && n >= r.lo && n <= r.hi
}

// entryRank is the rank of a label in its series, a roman in either case
// ("ii", "II" → 2), "bis" left out.
func entryRank(label string) int {
	f := strings.Fields(label)
	if len(f) == 0 {
		return 0
	}
	if strings.Trim(strings.ToUpper(f[0]), "IVXL") == "" && !strings.Contains(f[0], "°") {
		return fromRoman(strings.ToUpper(f[0]))
	}
	return labelRank(f[0])
}

// entryKind is the kind of a label as an entry into force writes it:
// "roman" (capitals), "capital" (one capital letter, not a roman),
// "arabic", "°", "letter".
func entryKind(label string) string {
	f := strings.Fields(label)[0]
	switch {
	case strings.Contains(f, "°"):
		return "°"
	case strings.Trim(f, "0123456789") == "":
		return "arabic"
	case strings.Trim(f, "IVXL") == "":
		return "roman"
	case isCapitalItem(f):
		return "capital"
	}
	return "letter"
}

// entryParts reads the parts an entry into force names ("le 2° du I",
// "les I à VII", "les 1° et 3°"), accents folded and case kept, "du
// présent article" and "les dispositions du" cut: by level, the roman
// part, the capital-letter part, the arabic part, the item and the
// letter ("le 2 du A du I"); ok false when the words are not such parts.
func entryParts(s string) (n entryNamed, ok bool) {
	s = reEntryPartsSuffix.ReplaceAllString(strings.TrimSpace(s), "")
	s = reEntryPartsPrefix.ReplaceAllString(s, "")
	s = reEntryPresentList.ReplaceAllString(s, "${1}")
	s = reEntryPresentPart.ReplaceAllString(s, "${1} ${2}")
	for s != "" {
		m := reEntryLevel.FindStringSubmatch(s)
		if m == nil {
			return entryNamed{}, false
		}
		s = s[len(m[0]):]
		r := &entryRange{}
		var kind string
		if rm := reEntryRange.FindStringSubmatch(m[1]); rm != nil {
			kind = entryKind(rm[1])
			if entryKind(rm[2]) != kind {
				return entryNamed{}, false
			}
			r.lo, r.hi = entryRank(rm[1]), entryRank(rm[2])
			if r.lo == 0 || r.hi < r.lo {
				return entryNamed{}, false
			}
		} else {
			for _, mem := range reEntrySep.Split(m[1], -1) {
				if !reEntryMember.MatchString(mem) {
					return entryNamed{}, false
				}
				k := entryKind(mem)
				if kind != "" && k != kind {
					return entryNamed{}, false
				}
				kind = k
				r.labels = append(r.labels, itemName(mem))
			}
		}
		// Each level above the one before, the smallest first.
		switch {
		case kind == "roman" && n.roman == nil:
			n.roman = r
		case kind == "capital" && n.capital == nil && n.roman == nil:
			n.capital = r
		case kind == "arabic" && n.arabic == nil && n.capital == nil && n.roman == nil:
			n.arabic = r
		case kind == "°" && n.item == nil && n.arabic == nil && n.capital == nil && n.roman == nil:
			n.item = r
		case kind == "letter" && n.letter == nil && n.item == nil && n.arabic == nil && n.capital == nil && n.roman == nil:
			n.letter = r
		default:
			return entryNamed{}, false
		}
	}
	return n, n.any()
}

// deferredByEntry refuses, as deferred, the instructions of a bill
// article (ins, from out[from:]) standing in the parts a later alinéa of
// it says take effect at another date. Parts it cannot tell — an item
// named without its roman part in an article of several, words not read
// as parts — defer the whole article. The entry alinéa itself, when it
// was returned as no known form, says what it is.
func deferredByEntry(a Article, out []Instruction) {
	if len(out) == 0 {
		return
	}
	said := false
	for _, l := range a.Alineas {
		said = said || strings.Contains(l, "vigueur") || strings.Contains(l, "appliqu") || strings.Contains(l, "applicab") || strings.Contains(l, "effet")
	}
	if !said {
		return
	}
	parts, quoted := billParts(a.Alineas)
	// The entries naming parts first, then those of the whole article:
	// the part named specifically takes its day (entry18.go).
	for pass := 0; pass < 2; pass++ {
		deferredByEntryPass(a, out, parts, quoted, pass == 1)
	}
}

// deferredByEntryPass is deferredByEntry over the entries of the whole
// article, plain ("Le présent article entre en vigueur …"), or, general
// false, over the others.
func deferredByEntryPass(a Article, out []Instruction, parts []partAt, quoted []bool, general bool) {
	for i, l := range a.Alineas {
		if strings.TrimSpace(l) == "" || quoted[i] {
			continue
		}
		cased, low, m, later, ok := entryAt(l)
		if !ok {
			continue
		}
		inSoFarSubject, inSoFar := entryInSoFarCut(cased[m[2]:m[3]])
		if entryLawDivision(inSoFarSubject) {
			// "Le titre II entre en vigueur …": a division of the law,
			// not this article's parts (deferredByOtherArticle).
			continue
		}
		casedSubject, exceptWords, excepted := entryExceptCut(inSoFarSubject)
		lead := false
		if _, ok := entryNamesRead(casedSubject); !ok && !excepted && !reThisArticle.MatchString(asciiLower(casedSubject)) {
			// "Sous réserve du III, le présent article …" (entryLeadCut).
			if rest, cut := entryLeadCut(casedSubject); cut && (reThisArticle.MatchString(asciiLower(rest)) || func() bool { _, ok := entryNamesRead(rest); return ok }()) {
				casedSubject, lead = rest, true
			}
		}
		subject := asciiLower(casedSubject)
		if reWholeLaw.MatchString(subject) {
			continue
		}
		whole := reThisArticle.MatchString(subject)
		several := entryTangled(low[m[6]:m[7]]) || lead
		// "Le I cesse d'être applicable le …": a time only, the parts
		// named refused, to no day (entry19.go).
		temporary := entryTemporary(low, m)
		if temporary {
			later = false
			several = several || inSoFar
		}
		except, exceptOK := entryExceptedIn(parts, exceptWords, casedSubject)
		if excepted && !exceptOK {
			// "À l'exception de son V, …" where the article has no V:
			// not understood, every part refused, to no day.
			several = true
		}
		if several {
			// "Le I entre en vigueur le …; le II entre en vigueur …",
			// "…, à l'exception du 2°": which part takes effect when is
			// not read; every part is refused as deferred, to no day.
			whole, later = true, false
		}
		var named entryNames
		if !whole {
			var ok bool
			named, ok = entryNamesRead(casedSubject)
			if !ok {
				if strings.Contains(subject, "article") || strings.Contains(subject, "loi") || strings.Contains(subject, "code") || strings.Contains(subject, "ordonnance") {
					// "L'article 5 de la présente loi entre en
					// vigueur …", "L'article L. 1 du code civil, dans sa
					// rédaction …": another article's, or a text's —
					// not this article's parts.
					continue
				}
				whole = true
			}
		}
		// "Le 2° entre en vigueur …" where the article has roman parts:
		// the 2° of which is not said (entryWhole).
		whole = whole || named.whole(parts)
		if !whole && !later && named.missing(parts) {
			// "Le V …" where the article has no V: not understood.
			whole, several = true, true
		}
		if general != (whole && !several && !inSoFar) {
			continue
		}
		why := "deferred: a later alinéa of the article sets when it takes effect (" + strings.TrimSpace(l) + ")"
		if temporary {
			why = reasonTemporaryEntry + " (" + strings.TrimSpace(l) + ")"
		}
		var chosen []*Instruction
		for k := range out {
			in := &out[k]
			if in.Alinea == i+1 {
				if noKnownForm22(in) {
					refuseKeeping(in, reasonOf(errEntryIntoForce, "an entry into force: it sets when parts of the article take effect, and they are refused as deferred"))
					if later {
						refuseKeeping(in, reasonOf(errEntryIntoForce, "an entry into force: it sets when parts of the article take effect, by a delay or an event; they are applied, marked with it (TakesEffect)"))
					}
				}
				continue
			}
			if in.Alinea < 1 || in.Alinea > len(parts) {
				continue
			}
			p := parts[in.Alinea-1]
			if !whole && !named.has(p) || excepted && !several && except.has(p) {
				continue
			}
			if !several && !temporary && entrySettledAgain(in, l, general) {
				// An earlier entry of the article named it as this one
				// does (entry19.go).
				continue
			}
			if in.Status != Parsed {
				continue
			}
			chosen = append(chosen, in)
		}
		// "…, en tant qu'il modifie l'article L. 1 du code civil, …":
		// the instructions of those edits only (entryInSoFarSelect).
		var take, refuse map[*Instruction]bool
		if inSoFar && !several {
			take, refuse = entryInSoFarSelect(cased[m[2]:m[3]], chosen)
			// "Les I et III, en tant qu'ils modifient …" where the I
			// edits nothing named: not understood (inSoFarEvery).
			if !whole && !inSoFarEvery(chosen, take, func(in *Instruction) string { return entryNamedKey(named, parts[in.Alinea-1]) }) {
				several = true
			}
		}
		for _, in := range chosen {
			if general && in.entryPart != "" {
				// A part named specifically took its date (marked).
				continue
			}
			if inSoFar && (several || refuse[in]) {
				deferTo(in, "", why)
				continue
			}
			if inSoFar && !take[in] {
				continue
			}
			if several || temporary {
				deferTo(in, "", why)
				continue
			}
			// Settled: by a part named, or by the whole article — which
			// another article's entry naming its part overrides
			// (entry19.go).
			if general {
				in.entryWhole = strings.TrimSpace(l)
			} else {
				in.entryPart = strings.TrimSpace(l)
			}
			if later {
				in.TakesEffect = strings.TrimSpace(l)
				continue
			}
			deferBy(in, why, l)
		}
	}
}

// entryTangled tells an entry into force whose words after its verb
// (rest, folded) name other parts taking effect (reEntryAnother) or
// except some (reEntryExcept): its parts and days are not read one to
// one.
func entryTangled(rest string) bool {
	return reEntryAnother.MatchString(rest) || reEntryExcept.MatchString(rest) || entryDayTail(strings.TrimSpace(rest))
}

// reEntryExcept is an exception after an entry's date, folded: "…, à
// l'exception du 2°", "… sauf …", "… à l'exclusion de …", "… hormis …".
var reEntryExcept = mustRe(`(?:^|[\s,])(?:a\s+l'exception|a\s+l'exclusion|sauf|hormis)\b`)

// reArticlesNamed is bill articles named in an alinéa, folded: "l'article
// 1er", "les articles 2 et 3", "de l'article 4" (group 1 the numbers).
var reArticlesNamed = mustRe(`\barticles?\s+(` + billArticleNum + `(?:\s*(?:,|\bet\b|\ba\b)\s*` + billArticleNum + `)*)`)

// entryArticlesNamed is every bill article (indexes in arts) an alinéa
// names (low, folded), each once.
func entryArticlesNamed(arts []Article, low string) []int {
	seen := map[int]bool{}
	var out []int
	for _, m := range reArticlesNamed.FindAllStringSubmatch(low, -1) {
		got, _ := entryArticles(arts, m[1])
		for _, t := range got {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// reEntryAnother is a second entry into force after the first's date in
// the same alinéa, folded: "…; le II entre en vigueur …", "…. Les 2° et
// 3° s'appliquent …", "… et le II prend effet …" (another subject; "… et
// s'applique aux contrats …" names none).
var reEntryAnother = mustRe(`(?:[.;]|\bet)\s+(?:le|la|les|l')\s*[^.;]*?\b(?:entre(?:nt)?\s+en\s+vigueur|s'appliqu(?:e|ent)|(?:est|sont)\s+applicables?|prend(?:ront|ra)?\s+effet|prennent\s+effet)\b`)

// An alinéa of a bill article setting the day OTHER articles of the law
// take effect ("Les articles 1er et 2 de la présente loi entrent en
// vigueur le 1er janvier 2030.", "L'article 3 entre en vigueur …", "Le I
// de l'article 4 de la présente loi s'applique à compter du …") defers
// their parts as an alinéa of their own would (deferredByEntry): a day
// of the calendar only (reEntryCalendar), the law's own date deferring
// nothing. An article named with no text ("L'article 3") is the law's
// own, as a law writes it; one of a code or of another text ("L'article
// 3 de la loi n° …") is not read here.

// reEntryOtherArticle is the subject of such an alinéa, folded: group 1
// the parts named before "de l'article" (empty for the whole article),
// 2 the article's number, 3 the articles' numbers of "les articles …".
var reEntryOtherArticle = mustRe(`^(?:(.+?)\s+de\s+l'article\s+(` + billArticleNum + `)|(?:les\s+dispositions\s+de\s+)?l'article\s+(` + billArticleNum + `)|(?:les\s+dispositions\s+des\s+|les\s+)articles\s+(` + billArticleNum + `(?:\s*(?:,|\bet\b|\ba\b)\s*` + billArticleNum + `)+))(?:\s+de\s+la\s+presente\s+loi(?:\s+organique)?)?$`)

// billArticleNum is a bill article's number as a law names it, folded:
// "1er", "3", "2 bis".
const billArticleNum = `(?:\d+(?:er)?|premier)(?:\s+` + latinOrd + `)?`

var reBillArticleNum = mustRe(billArticleNum)

// entryArticles is the bill articles (indexes in arts) the numbers of an
// entry into force name: "1er et 2", "1er, 2 et 4", "1er à 3" (the
// articles the bill sets between them, in its order); a number of a list
// that is not an article of the bill is passed over, the others named
// all the same; ok false when a range's bound is not one, or none is.
func entryArticles(arts []Article, nums string) ([]int, bool) {
	at := map[string]int{}
	for i, a := range arts {
		at[NormalizeArticleNumber(string(a.Number))] = i
	}
	var out []int
	loc := reBillArticleNum.FindAllStringIndex(nums, -1)
	for k := 0; k < len(loc); k++ {
		i, ok := at[NormalizeArticleNumber(nums[loc[k][0]:loc[k][1]])]
		isRange := k+1 < len(loc) && strings.TrimSpace(nums[loc[k][1]:loc[k+1][0]]) == "a"
		if !ok && isRange {
			return nil, false
		}
		if !ok {
			// "Les articles 3 et 5 …" where the bill has no article 5
			// (censured, or not given): article 3 is named all the same.
			continue
		}
		if isRange {
			j, ok := at[NormalizeArticleNumber(nums[loc[k+1][0]:loc[k+1][1]])]
			if !ok || j < i {
				return nil, false
			}
			for n := i; n <= j; n++ {
				out = append(out, n)
			}
			k++
			continue
		}
		out = append(out, i)
	}
	return out, len(out) > 0
}

// deferredByOtherArticle refuses, as deferred, the instructions (out,
// article i's from out[spans[i][0]:spans[i][1]]) of the parts of bill
// articles another article says take effect at a day of the calendar.
// Parts it cannot tell — an item named without its roman part in an
// article of several, words not read as parts — defer the whole article.
// At a date set by a delay or an event (entryLater: "L'article 3 entre
// en vigueur six mois après la publication de la présente loi", "… à une
// date fixée par décret"), the same parts stay applied and are marked
// with the alinéa (Instruction.TakesEffect), as an alinéa of their own
// article marks them (deferredByEntry).
func deferredByOtherArticle(arts []Article, spans [][2]int, out []Instruction) {
	// The entries naming parts first, then those naming whole articles:
	// the part named specifically takes its day (entry18.go).
	for pass := 0; pass < 2; pass++ {
		deferredByOtherArticlePass(arts, spans, out, pass == 1)
	}
}

// deferredByOtherArticlePass is deferredByOtherArticle over the entries
// naming whole articles, plain ("L'article 1er entre en vigueur …",
// entryOtherGeneral), or, general false, over the others.
func deferredByOtherArticlePass(arts []Article, spans [][2]int, out []Instruction, general bool) {
	for ai, a := range arts {
		_, quoted := billParts(a.Alineas)
		for i, l := range a.Alineas {
			if quoted[i] || !strings.Contains(l, "article") && !reEntryDivisionWord.MatchString(l) {
				continue
			}
			cased, low, m, later, ok := entryAt(l)
			if !ok {
				continue
			}
			whole0, inSoFar := entryInSoFarCut(cased[m[2]:m[3]])
			if general != (!inSoFar && entryOtherGeneral(whole0)) {
				continue
			}
			if entryLawDivision(whole0) {
				// "Le chapitre II de la présente loi entre en vigueur
				// …": its articles are not said, every one refused.
				refuseWholeLaw(spans, out, "deferred: article "+string(a.Number)+" of the law sets when a division of the law takes effect, whose articles are not said ("+strings.TrimSpace(l)+")")
				continue
			}
			subject0, exceptWords0, excepted0 := entryExceptCut(whole0)
			pieces, split, mixed := entryOtherPieces(subject0)
			if rest, cut := entryLeadCut(subject0); !split && cut && !excepted0 && !reEntryOtherArticle.MatchString(asciiLower(subject0)) {
				if reEntryOtherArticle.MatchString(asciiLower(rest)) {
					// "Sous réserve du III, l'article 5 …": read past
					// the clause (entryLeadCut), below.
					mixed = false
				} else if _, ok, _ := entryOtherPieces(rest); ok {
					// "Sous réserve du III, l'article 3 et l'article 5
					// …": the articles named, whole, to no day.
					split, mixed = true, true
				}
			}
			if mixed || split && excepted0 {
				// "Le I de l'article 5 et le II …", "L'article 3 et
				// l'article 5, à l'exception de son II, …": which
				// parts is not read; the articles named and this one,
				// whole, to no day.
				why := "deferred: article " + string(a.Number) + " of the law sets when parts of articles take effect, and which is not read (" + strings.TrimSpace(l) + ")"
				named := entryArticlesNamed(arts, low)
				if !split {
					named = append(named, ai)
				}
				for _, t := range named {
					for k := spans[t][0]; k < spans[t][1]; k++ {
						if in := &out[k]; in.Status == Parsed {
							deferTo(in, "", why)
						}
					}
				}
				continue
			}
			clause := cased[m[2]:m[3]] // the "en tant qu'il …" clause, over every piece (entry17.go)
			if !split {
				pieces = []string{subject0}
			}
			var chosen []*Instruction
			var keys []string
			read := true
			// The instructions its own article's entry of the whole
			// settled, put back for this entry naming parts: those it
			// leaves go back as they were (entry19.go).
			undone := map[*Instruction]Instruction{}
			for _, subject := range pieces {
				ch, ks, ok := deferredByOtherSubject(arts, spans, out, ai, i, l, cased, low, m, later, subject, exceptWords0, excepted0, inSoFar, clause, general, undone)
				chosen, keys, read = append(chosen, ch...), append(keys, ks...), read && ok
			}
			if inSoFar {
				inSoFarApply(clause, chosen, keys, read, "deferred: article "+string(a.Number)+" of the law sets when it takes effect ("+strings.TrimSpace(l)+")", l, later)
			}
			for in, was := range undone {
				if in.entryPart == "" {
					*in = was
				}
			}
		}
	}
}

// deferredByOtherSubject is deferredByOtherArticle for one subject of an
// entry (subject, one article's parts or articles), inSoFar when a clause
// ("en tant qu'il …", entryInSoFarCut) leaves which of them unsaid: the
// parts named are refused, to no day, unless the clause can be read:
// then their instructions are returned (chosen, read true), for the
// clause (in clause, the subject whole) to be read over every piece of
// the subject (inSoFarApply, entry17.go).
func deferredByOtherSubject(arts []Article, spans [][2]int, out []Instruction, ai, i int, l, cased, low string, m []int, later bool, subject, exceptWords string, excepted, inSoFar bool, clause string, general bool, undone map[*Instruction]Instruction) (chosen []*Instruction, keys []string, read bool) {
	a := arts[ai]
	sm := reEntryOtherArticle.FindStringSubmatchIndex(asciiLower(subject))
	lead := false
	if rest, cut := entryLeadCut(subject); sm == nil && cut && !excepted {
		// "Sous réserve du III, l'article 5 …" (entryLeadCut).
		subject, lead = rest, true
		sm = reEntryOtherArticle.FindStringSubmatchIndex(asciiLower(subject))
	}
	if sm == nil {
		return nil, nil, !inSoFar
	}
	group := func(g int) string {
		if sm[2*g] < 0 {
			return ""
		}
		return subject[sm[2*g]:sm[2*g+1]]
	}
	nums, partWords := group(2), group(1)
	if nums == "" {
		nums = group(3)
	}
	if nums == "" {
		nums = group(4)
	}
	targets, ok := entryArticles(arts, asciiLower(nums))
	if !ok {
		return nil, nil, !inSoFar
	}
	several := entryTangled(low[m[6]:m[7]])
	// "L'article 2 cesse d'être applicable le …": a time only, the parts
	// named refused, to no day (entry19.go).
	temporary := entryTemporary(low, m)
	if temporary {
		later = false
		several = several || inSoFar
	}
	sel := inSoFar && clause != "" && !excepted && !lead && !several
	if inSoFar && !sel {
		later, exceptWords, excepted = false, "", false
	}
	if lead {
		// The articles named past the clause, whole, to no day.
		partWords, later, exceptWords, excepted = "", false, "", false
		several = true
	}
	if several && !lead {
		// "L'article 1er entre en vigueur le …; l'article 2 …",
		// "…, à l'exception du II de l'article 1er": every
		// article it names is refused whole, to no day.
		targets, partWords, later = entryArticlesNamed(arts, low), "", false
	}
	why := "deferred: article " + string(a.Number) + " of the law sets when it takes effect (" + strings.TrimSpace(l) + ")"
	if temporary {
		why = reasonTemporaryEntry + " (" + strings.TrimSpace(l) + ")"
	}
	for k := spans[ai][0]; k < spans[ai][1]; k++ {
		if in := &out[k]; in.Alinea == i+1 && noKnownForm22(in) {
			refuseKeeping(in, reasonOf(errEntryIntoForce, "an entry into force: it sets when other articles of the law take effect, and their parts are refused as deferred"))
			if later {
				refuseKeeping(in, reasonOf(errEntryIntoForce, "an entry into force: it sets when other articles of the law take effect, by a delay or an event; their parts are applied, marked with it (TakesEffect)"))
			}
		}
	}
	for _, t := range targets {
		parts, _ := billParts(arts[t].Alineas)
		whole := partWords == ""
		var named entryNames
		if !whole {
			named, ok = entryNamesRead(partWords)
			whole = !ok || named.whole(parts)
		}
		except, exceptOK := entryExceptedIn(parts, exceptWords, partWords)
		exceptLost := excepted && !exceptOK || !whole && !later && named.missing(parts)
		if exceptLost {
			// An exception not understood: every part, to no day.
			whole = true
		}
		for k := spans[t][0]; k < spans[t][1]; k++ {
			in := &out[k]
			if in.Alinea < 1 || in.Alinea > len(parts) {
				continue
			}
			p := parts[in.Alinea-1]
			if !whole && !named.has(p) || excepted && exceptOK && !several && except.has(p) {
				continue
			}
			if in.entryWhole != "" && t != ai {
				// Its own article's entry named it whole (entry19.go).
				if !general {
					// This one names its part: it takes its date.
					if was, ok := undoWholeEntry(in); ok {
						undone[in] = was
					}
				} else if !temporary && !entrySameDate(in.entryWhole, l) {
					// Both name it whole, at different dates.
					deferTo(in, "", entryWholeTwiceReason+" ("+in.entryWhole+" | "+strings.TrimSpace(l)+")")
					in.TakesEffect, in.entryWhole, in.Deferred = "", "", nil
					continue
				}
			}
			if !general && in.entryPart != "" && !several && !temporary && !sel {
				// Another entry named this part (entry19.go).
				entrySettledAgain(in, l, false)
				continue
			}
			if in.Status != Parsed || general && in.entryPart != "" {
				continue
			}
			if exceptLost && !several || inSoFar && !sel {
				deferTo(in, "", why)
				in.entryPart = strings.TrimSpace(l)
				continue
			}
			if sel {
				// Each part named, or the article whole, a piece the
				// clause must take from (inSoFarEvery, entry18.go).
				key := string(arts[t].Number)
				if !whole {
					key += "|" + entryNamedKey(named, p)
				}
				chosen, keys = append(chosen, in), append(keys, key)
				continue
			}
			if several || temporary {
				deferTo(in, "", why)
				in.entryPart = strings.TrimSpace(l)
				continue
			}
			if !general && in.entryPart == "" {
				in.entryPart = strings.TrimSpace(l)
			}
			if later {
				// Its own article's alinéa, nearer, said it first.
				if in.TakesEffect == "" {
					in.TakesEffect = strings.TrimSpace(l)
				}
				continue
			}
			deferBy(in, why, l)
		}
	}
	// "L'article 3, en tant qu'il modifie l'article L. 1 du code civil,
	// …": the instructions of those edits only, chosen over every piece
	// of the subject (inSoFarApply).
	return chosen, keys, sel
}

// entryLater reads an alinéa of a bill article as an entry into force
// ("entre(nt) en vigueur", "prend(ront) effet") at a date set by a delay
// or an event, neither a day of the calendar nor the law's own: "six
// mois après la publication de la présente loi", "à une date fixée par
// décret et au plus tard …", "à compter de la date de publication du
// décret …", "à compter du prochain renouvellement …". Returned as
// entryDated returns a day. "S'applique(nt) …" is not read so (a rule
// of application, "aux contrats conclus …", is no date of the text).
func entryLater(l string) (cased, low string, m []int, ok bool) {
	cased, low, m = entryIntoForce(l)
	if m == nil {
		return cased, low, nil, false
	}
	verb, rest := low[m[4]:m[5]], strings.TrimSpace(low[m[6]:m[7]])
	if !strings.Contains(verb, "vigueur") && !strings.Contains(verb, "effet") || strings.Trim(rest, " .;") == "" || reEntryCalendar.MatchString(rest) || reEntryAtOnce.MatchString(rest) {
		return cased, low, nil, false
	}
	if reEntryTerritory.MatchString(strings.TrimSpace(cased[m[6]:m[7]])) {
		return cased, low, nil, false
	}
	return cased, low, m, true
}

// reEntryTerritory is an entry into force in a part of the territory,
// folded, case kept: "à Mayotte …", "en Nouvelle-Caledonie …", "dans les
// iles Wallis et Futuna …", "outre-mer": the parts take effect elsewhere
// with the law, and no date of the law in force is said (entryLater
// marks nothing; a day of the calendar after it defers nothing either,
// reEntryCalendar reading the date first).
var reEntryTerritory = mustRe(`^(?:(?:a|en|dans|aux?)\s+(?:[A-Z]|(?i:les\s+(?:iles|collectivites|territoires|departements|terres))\b)|(?i:outre-mer)\b)`)

// entryAt reads an alinéa as an entry into force on a day of the
// calendar (entryDated, later false) or by a delay or an event
// (entryLater, later true).
func entryAt(l string) (cased, low string, m []int, later, ok bool) {
	if cased, low, m, ok = entryDated(l); ok {
		return cased, low, m, false, true
	}
	if cased, low, m, ok = entryLater(l); ok {
		return cased, low, m, true, true
	}
	// "L'article 2 cesse d'être applicable le …", "… est applicable
	// jusqu'au …": a time only (entryTemporary, entry19.go).
	cased, low, m = entryEnds(l)
	return cased, low, m, false, m != nil
}

// entryIntoForce reads an alinéa of a bill article, its label dropped,
// as an entry into force (reEntryIntoForce) whose subject quotes no text:
// its text folded (cased), lowered (low), and the indices of the match in
// low, nil when it is none. entryLater and entryDated read its date.
func entryIntoForce(l string) (cased, low string, m []int) {
	_, body := enumeration(strings.TrimSpace(l))
	cased = entryOnlyRewrite(entryParticipleRewrite(foldAccents(strings.TrimSpace(body))))
	low = asciiLower(cased)
	if m = reEntryIntoForceInSoFar.FindStringSubmatchIndex(low); m == nil {
		m = reEntryIntoForce.FindStringSubmatchIndex(low)
	}
	if m == nil || strings.ContainsAny(low[m[2]:m[3]], "«\"") {
		return cased, low, nil
	}
	return cased, low, m
}

// entryDated reads an alinéa of a bill article as an entry into force
// (reEntryIntoForce) on a day of the calendar (reEntryCalendar) that is
// not the law's own (reEntryAtOnce): its text folded (cased), lowered
// (low), and the indices of the match in low; ok false when it is none.
func entryDated(l string) (cased, low string, m []int, ok bool) {
	cased, low, m = entryIntoForce(l)
	if m == nil {
		return cased, low, nil, false
	}
	verb, rest := low[m[4]:m[5]], low[m[6]:m[7]]
	if !strings.Contains(verb, "vigueur") && !strings.Contains(verb, "effet") && !reEntryDate.MatchString(rest) {
		return cased, low, nil, false
	}
	if !reEntryCalendar.MatchString(rest) && !entryDayThenRule(strings.TrimSpace(rest)) || reEntryAtOnce.MatchString(rest) {
		return cased, low, nil, false
	}
	return cased, low, m, true
}
