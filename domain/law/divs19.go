package law

import "strings"

// reNewDivisionNamed is the one new division an addition announces,
// folded, as the words after its verb begin: "une section 4 ainsi
// rédigée", "un chapitre iv comprenant l'article l. 15 ainsi rédigé",
// "une nouvelle section 2 bis …" (group 1 the division's words, group 2
// the rest).
var reNewDivisionNamed = mustRe(`^une?\s+(?:nouv(?:eau|elle)\s+)?(` + divKinds + `\s+(?:premier|premiere|preliminaire|unique|[ivxlc]+er|[ivxlc]+|\d+(?:er|re)?)(?:\s+` + latinOrd + `)?)\b(.*)$`)

// reOtherNewPart is, in the rest of an addition's words after its new
// division, another thing announced beside it ("… et un article L. 5-1",
// "… et une section 5") or a division of the code named (its parent, "du
// chapitre ii"): the new division is not the only one, or not named
// alone, and heads nothing of its own.
var reOtherNewPart = mustRe(`\bet\s+(?:une?|des|deux|trois)\s|\b` + divKinds + `s?\b`)

// errNewDivisionHeadedOtherwise refuses new articles whose new text
// heads them with a division other than the one the instruction creates
// ("Le chapitre II est complété par une section 4 ainsi rédigée :" then
// « Section 5 »): which one holds them is not said.
const errNewDivisionHeadedOtherwise = applyErr("the new text heads its articles with another division than the one the instruction creates: which one holds them is not said")

// namedHeads files the new articles of an addition that creates a
// division ("est complété par un chapitre IV ainsi rédigé :", "il est
// inséré une section 4 comprenant l'article L. 5-1 ainsi rédigé :") in
// that division, as the code's folders name it: what is the addition's
// words (folded), heads the new text's headings above each article
// (articleHeadings). The text's own heading of the division (« Chapitre
// IV ») says it already; headings of lower divisions only (« Section
// 1 ») are inside it — they were filed straight in the place above it
// ("titre-ier/section-1", no chapitre IV), and articles under no heading
// were filed nowhere. A text heading them with another division of its
// kind or above (« Section 5 » for "une section 4") is reported (other):
// refused when applied. An addition naming more than the one division
// (its parent, another division or article beside it) is left as it is.
func namedHeads(what string, heads [][]string) (out [][]string, other bool) {
	m := reNewDivisionNamed.FindStringSubmatch(what)
	if m == nil || reOtherNewPart.MatchString(unquoted14(m[2])) {
		return heads, false
	}
	sl := divisionSlugs(m[1])
	if len(sl) != 1 || divisionRank(sl[0]) < 0 {
		return heads, false
	}
	named := sl[0]
	rank := divisionRank(named)
	out = make([][]string, len(heads))
	for i, h := range heads {
		switch {
		case len(h) == 0 || divisionRank(h[0]) > rank:
			out[i] = append([]string{named}, h...)
		case divisionRank(h[0]) == rank && firstAsOne(h[0]) == firstAsOne(named):
			out[i] = h
		default:
			return heads, true
		}
	}
	return out, false
}

// reDivisionPlaceInVerb is a creation whose place, a division of a code,
// follows its verb with no comma: "Il est créé au titre Ier du livre Ier
// du code de commerce un chapitre IV ainsi rédigé :", "Il est inséré
// dans la section 2 … un article L. 3-1 …", "… une section 4 intitulée :
// « X » et comprenant les articles …" (groups: the auxiliary, the verb,
// the place, the new division or articles and what follows).
var reDivisionPlaceInVerb = mustRe(`^([Ii]l\s+est|[Ss]ont|[Ee]st)\s+((?:cr[ée]{2}|ins[ée]r[ée]|ajout[ée]|r[ée]tabli|introduit)e?s?)\s+((?:au|à\s+la|a\s+la|dans\s+le|dans\s+la)\s+` + divKinds + `\s[^,;:«"“]*?)\s+((?:une?|des|deux|trois|quatre|cinq)\s+(?:nouv(?:eau|elle)s?\s+)?(?:` + divKinds + `s?|articles?)\s.*)$`)

// divisionPlaceFirst reads a creation whose place, a division of a code,
// follows its verb with no comma as the same with its place first ("Au
// titre Ier du livre Ier du code de commerce, il est créé un chapitre IV
// ainsi rédigé :", read already): the place was read as the end of the
// code's name, "code de commerce un chapitre iv", and the new articles
// created in a code of that name. Anything else is left as it is.
func divisionPlaceFirst(body string) string {
	return divisionPlaceFirstBy(reDivisionPlaceInVerb, body)
}

// divisionPlaceFirstBy rewrites body, matched by re (groups: the auxiliary, the
// verb, the place, the rest), with its place first: "Au chapitre III,
// il est créé une section 2 …"; body as it is when re does not match.
func divisionPlaceFirstBy(re *lre, body string) string {
	m := re.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return body
	}
	aux := m[1]
	if strings.EqualFold(aux, "il est") {
		aux = "il est"
	} else {
		aux = strings.ToLower(aux)
	}
	return upperFirst(m[3]) + ", " + aux + " " + m[2] + " " + m[4]
}

// reEdgeOfDivision is a place at the start or the end of a division
// before a new division said to hold articles in force: "Au début du
// chapitre II …", "À la fin de la section 2 …", "En tête du chapitre II
// …", or the division of the context alone, "Au début", "À la fin"
// (groups: the preposition's article, the division's words).
var reEdgeOfDivision = mustRe(`^(?:Au\s+d[ée]but|[AÀ]\s+la\s+fin|En\s+t[êe]te)(?:\s+(du|de\s+la)\s+(` + divKinds + `\s+[^,;:«]+))?$`)

// edgeAsDivision is the place a new division holding articles in force
// is created in when the place says its start or its end ("Au début du
// chapitre II, il est inséré une section 1 … comprenant les articles L.
// 10 et L. 11" is "Au chapitre II, …"; "Au début" alone under the
// chapitre's head, the head's): the articles are moved into the new
// division, their folders no longer saying it, as for "Au chapitre II,
// il est créé une section 1 …, comprenant …" (groupedIntoDivision) —
// where in the division is no folder. ok false for any other place.
func edgeAsDivision(place string) (string, bool) {
	m := reEdgeOfDivision.FindStringSubmatch(strings.TrimSpace(place))
	if m == nil {
		return place, false
	}
	switch m[1] {
	case "":
		return "", true
	case "du":
		return "Au " + m[2], true
	}
	return "À la " + m[2], true
}

// besideArticleOnly says a place is beside an article of the code named
// by its number alone ("avant l'article L. 10", no text of its own).
func besideArticleOnly(place string) bool {
	p := rePlaceBeside.FindStringSubmatch(place)
	return p != nil && p[1] == "" && p[2] == "" && strings.Contains(place, "article")
}

// reDivisionBecomesAnd is a division of a code renumbered, then a verb
// after "et" with no subject of its own: "Le chapitre II du titre Ier
// … devient le chapitre IV et est complété par un article L. 11-1 ainsi
// rédigé :" (groups: the division renumbered with its parents, its
// parents and text, the new number, the verb and what follows).
var reDivisionBecomesAnd = mustRe(`^((?:Le|La)\s+` + divKinds + `\s+\S+(?:\s+` + latinOrd + `)?((?:\s+(?:du|de\s+la|de\s+l')\s*[^,;:«"]+?)?))\s+devient\s+((?:le|la)\s+` + divKinds + `\s+\S+(?:\s+` + latinOrd + `)?)\s+et\s+((?:est|sont)\s+.*)$`)

// reDivisionVerbRead is the verbs after "… devient la section 3 et"
// read by their own rules: "est ainsi modifiée :" (renumberedContext),
// "est ainsi rédigée", "comprend", "est intitulée" (headings).
var reDivisionVerbRead = mustRe(`^(?:est|sont)\s+(?:ainsi\s+|intitul|d[ée]nomm|renomm)`)

// divisionBecomesThen reads a division renumbered, then edited under its
// new number by a verb with no subject ("… devient le chapitre IV et est
// complété par un article L. 11-1 ainsi rédigé :"), as the renumbering
// and the same division under its new number, its parents said again
// ("… devient le chapitre IV et le chapitre IV du titre Ier … est
// complété …"): the second clause was dropped, silently, the
// renumbering alone recorded. The renumbering is applied first, so the
// edit finds the articles under the new number; a renumbering recorded
// only leaves that number blind, the edit refused. Only a division named
// with its code: under a head ("1° La section 2 devient la section 4 et
// est complétée …") the second clause is not read in the head's
// division, and a refusal of it would not undo the renumbering (the
// rollback is per article) — left as it was. Anything else is left as
// it is.
func divisionBecomesThen(body string) string {
	m := reDivisionBecomesAnd.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil || reDivisionVerbRead.MatchString(m[4]) || strings.Contains(m[1], "devien") || !reNamedText.MatchString(m[2]) {
		return body
	}
	return m[1] + " devient " + m[3] + " et " + m[3] + m[2] + " " + m[4]
}

// replacedSibling is, for an article of the new text of a division
// replaced ("Le chapitre II est remplacé par un chapitre II et un
// chapitre II bis ainsi rédigés :"), the division beside it the text
// heads it with (« Chapitre II bis »), as the code's folders name it:
// place is the division replaced, heads the text's headings above the
// article. The article was filed in the division replaced, the heading
// of its own level taken for that one's (a chapitre II holding the
// chapitre II bis's articles). nil when the text heads it with the
// division replaced, a division inside it, or none.
func replacedSibling(place, heads []string) []string {
	if len(place) == 0 || len(heads) == 0 {
		return nil
	}
	last := place[len(place)-1]
	if divisionRank(heads[0]) != divisionRank(last) || firstAsOne(heads[0]) == firstAsOne(last) {
		return nil
	}
	return append(append([]string(nil), place[:len(place)-1]...), heads...)
}

// errSiblingHeld refuses a division replaced by several ("… remplacé par
// un chapitre II et un chapitre II bis …") where the corpus holds
// articles, not among those the text gives, in one of the new ones
// beside it: two chapitres II bis — an instruction is missing.
const errSiblingHeld = applyErr("a division replaced by several, one of which beside it holds articles already: an instruction is missing")

// siblingHeld refuses new articles of a division replaced filed beside
// it (replacedSibling) in a division holding other articles already.
func siblingHeld(c Corpus, e Edit, folders [][]string) error {
	given := map[CodeRef]bool{}
	for _, a := range e.NewArticles {
		given[a.Ref] = true
	}
	n := len(e.Scope.Division)
	if n == 0 {
		return nil
	}
	rank := divisionRank(e.Scope.Division[n-1])
	for _, f := range folders {
		if divisionAt(f, e.Scope.Division) >= 0 {
			continue // in the division replaced
		}
		for j, sl := range f {
			if divisionRank(sl) != rank {
				continue
			}
			for _, r := range inDivision(c, e.Scope.Ref.Code, f[:j+1]) {
				if !given[r] {
					return errSiblingHeld
				}
			}
			break
		}
	}
	return nil
}
