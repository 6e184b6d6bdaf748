package law

import (
	"sort"
	"strings"
)

// divKinds is the kinds of a code's divisions, as a bill writes them.
const divKinds = `(?:livre|titre|chapitre|section|sous-section|paragraphe|sous-paragraphe)`

// reGroupHeading is the heading given to a new division: ", intitulée :
// « X »", "intitulé « X »", in straight or curly marks too (div10: the
// straight ones were read as a new division alone, the guillemets as
// the articles moved) (group 1 its text).
const reGroupHeading = `,?\s+intitul[ée]e?\s*:?\s*(?:«\s*|"|“)([^«»"“”]*?)\s*(?:»|"|”)`

// reCreatedComprising is a new division created holding articles in
// force: "Il est créé une section 4 du chapitre Ier intitulée : « X »,
// comprenant les articles L. 3 à L. 5", "Après l'article L. 2 du code de
// commerce, il est inséré une section 1 bis intitulée : « X » et
// comprenant les articles L. 3 et L. 4" (groups: the place before, the
// new division, its heading, "l'article" or "les articles", the
// numbers, the end).
var reCreatedComprising = mustRe(`^(?:(.+?),\s*)?(?:[Ii]l\s+)?[Ee]st\s+(?:cr[ée]{2}|ins[ée]r[ée]|ajout[ée]|introduit)e?(?:\s*,\s*([^,;:«]+?)\s*,)?\s+(une?\s+(?:nouv(?:eau|elle)\s+)?` + divKinds + `\s+[^,;:«]+?)(?:` + reGroupHeading + `)?\s*,?\s+(?:et\s+)?(?:comprenant|qui\s+comprend|regroupant|qui\s+regroupe)\s+(l'article|les\s+articles)\s+([^,;:«]+?)\s*([.;]?)$`)

// reCompletedComprising is a division completed by a new one holding
// articles in force, no new text: "Le chapitre Ier est complété par une
// section 4 intitulée : « X », comprenant les articles L. 3 à L. 5"
// (groups: the division completed, the new one, its heading, "l'article"
// or "les articles", the numbers, the end).
var reCompletedComprising = mustRe(`^(?:Le|La)\s+(` + divKinds + `\s+[^,;:«]+?)\s+est\s+compl[ée]t[ée]e?\s+par\s+(une?\s+(?:nouv(?:eau|elle)\s+)?` + divKinds + `\s+[^,;:«]+?)(?:` + reGroupHeading + `)?\s*,?\s+(?:et\s+)?(?:comprenant|qui\s+comprend|regroupant|qui\s+regroupe)\s+(l'article|les\s+articles)\s+([^,;:«]+?)\s*([.;]?)$`)

// reRegrouped is articles in force gathered into a new division: "Les
// articles L. 3 à L. 5 sont regroupés au sein d'une section 4 intitulée :
// « X »" (groups: "L'article" or "Les articles", the numbers and their
// text, the division, its heading, the end).
var reRegrouped = mustRe(`^(L'article|Les\s+articles)\s+([^,;:«]+?)\s+(?:est|sont)\s+(?:regroup|rassembl|r[ée]uni)[ée]e?s?\s+(?:au\s+sein\s+d'|dans\s+)(une?\s+(?:nouv(?:eau|elle)\s+)?` + divKinds + `\s+[^,;:«]+?)(?:` + reGroupHeading + `)?\s*([.;]?)$`)

// reFormDivision is articles in force said to form a new division: "Les
// articles L. 3 à L. 5 forment une section 4 intitulée : « X »", "L'article
// L. 10 constitue un chapitre II bis" (groups: "L'article" or "Les
// articles", the numbers and their text, "une" or "la", the division,
// its heading, the end).
var reFormDivision = mustRe(`^(L'article|Les\s+articles)\s+([^,;:«]+?)\s+(?:forment|constituent|composent|forme|constitue|compose)\s+(une?|la|le)\s+((?:nouv(?:eau|elle)\s+)?` + divKinds + `\s+[^,;:«]+?)(?:` + reGroupHeading + `)?\s*([.;]?)$`)

// reNamedText is a text named at the end of a division's or articles'
// words: " du code de commerce", " du même code" (group 1 whether it is
// the same code said again).
var reNamedText = mustRe(`\s+(?:(?:du|de\s+la|de\s+l')\s*(?:code|loi|ordonnance|décret)\b.*|(du\s+même\s+code|dudit\s+code|de\s+ce\s+code))$`)

// rePlaceBeside is the place before "il est créé …": beside an article
// ("Après l'article L. 2 du code de commerce") — group 1 its text, if
// named; or in a division ("Au chapitre Ier du titre Ier du code de
// commerce") — group 2 the division's words after the preposition.
var rePlaceBeside = mustRe(`^(?:(?:[AÀ]près|Avant)\s+l'article\s+[^,;:«]+?(\s+(?:du|de\s+la|de\s+l')\s*(?:code|loi|ordonnance|décret)\b[^,;:«]*)?|(?:Au|[AÀ]\s+la|Dans\s+le|Dans\s+la)\s+(` + divKinds + `\s+[^,;:«]+))$`)

// rePossessiveRenum is a division renumbered, then its own divisions by
// a possessive: "Le titre II du livre Ier devient le titre III et ses
// chapitres Ier bis et II deviennent les chapitres II et III", "… et son
// chapitre II devient le chapitre IV" (groups: the first clause, its
// division's parents, the kind and new number, the possessive, the
// divisions it names, their renumbering).
var rePossessiveRenum = mustRe(`^((?:Le|La)\s+` + divKinds + `\s+\S+(?:\s+` + latinOrd + `)?((?:\s+(?:du|de\s+la|de\s+l')\s*[^,;:«]+?)?)\s+devient\s+(?:le|la)\s+(` + divKinds + `)\s+(\S+(?:\s+` + latinOrd + `)?))\s+et\s+(ses|son|sa)\s+(` + divKinds + `s?\s+[^,;:«]+?)\s+(devien(?:t|nent)\s+[^,;:«]+)$`)

// possessiveArticle is the article a possessive stands for.
var possessiveArticle = map[string]string{"ses": "les", "son": "le", "sa": "la"}

// genitiveOfKind is the genitive of a division's article: "le chapitre"
// → "du chapitre", "la section" → "de la section".
func genitiveOfKind(words string) string {
	switch {
	case strings.HasPrefix(words, "section"), strings.HasPrefix(words, "sous-section"):
		return "de la " + words
	}
	return "du " + words
}

// groupedIntoDivision reads a new division said to hold articles in force
// as those articles moved into it, the form read already (transferredOnly:
// "Les articles L. 3 à L. 5 sont insérés dans une section 4 … intitulée :
// « X »" — their folders no longer say their division, and a later
// instruction naming the new one is refused): "Il est créé une section 4
// intitulée : « X », comprenant les articles L. 3 à L. 5", "Après
// l'article L. 2, il est inséré une section 1 bis intitulée : « X » et
// comprenant les articles L. 3 et L. 4", "Les articles L. 3 à L. 5 forment
// une section 4 intitulée : « X »" (the first two created an empty
// division, the articles left where they were; the third was dropped with
// no instruction). A text named after the division is the articles'
// ("… une section 4 du chapitre Ier du code de commerce" → "Les articles
// L. 3 à L. 5 du code de commerce sont insérés dans une section 4 du
// chapitre Ier"); a place in a division before it is the new one's parent.
// Articles said to form a division in force ("forment la section 2") say
// the whole of it, as "La section 2 comprend les articles …": written so,
// refused with its reason. Anything else is left as it is.
func groupedIntoDivision(body string) string {
	b := strings.TrimSpace(body)
	if m := rePossessiveRenum.FindStringSubmatch(b); m != nil {
		return m[1] + " et " + possessiveArticle[m[5]] + " " + m[6] + " " + genitiveOfKind(m[3]+" "+m[4]) + m[2] + " " + m[7]
	}
	if m := reCreatedComprising.FindStringSubmatch(b); m != nil {
		div, text, place := m[3], "", m[1]
		place, edge := edgeAsDivision(place)
		if m[2] != "" {
			inner, innerEdge := edgeAsDivision(upperFirst(m[2]))
			switch p := rePlaceBeside.FindStringSubmatch(place); {
			case place == "" && !edge:
				place, edge = inner, innerEdge
			case !innerEdge && besideArticleOnly(inner) && (place == "" || p != nil && p[2] != ""):
				// "Au chapitre II, il est inséré, avant l'article L.
				// 10, une section 1 …, comprenant …": the division's
				// (divs19; the article only says where in it).
			default:
				return body
			}
		}
		switch p := rePlaceBeside.FindStringSubmatch(place); {
		case place == "":
		case p == nil:
			return body
		case p[2] != "":
			div += " " + genitiveOfKind(p[2])
		default:
			text = p[1]
		}
		return movedInto(m[5], m[6], text, div, m[4], m[7], body)
	}
	if m := reCompletedComprising.FindStringSubmatch(b); m != nil {
		return movedInto(m[4], m[5], "", m[2]+" "+genitiveOfKind(m[1]), m[3], m[6], body)
	}
	if m := reRegrouped.FindStringSubmatch(b); m != nil {
		return movedInto(m[1], m[2], "", m[3], m[4], m[5], body)
	}
	m := reFormDivision.FindStringSubmatch(b)
	if m == nil {
		return body
	}
	if !strings.HasPrefix(m[3], "un") {
		return upperFirst(m[3]) + " " + m[4] + " comprend " + lowerFirst(m[1]) + " " + m[2] + m[6]
	}
	return movedInto(m[1], m[2], "", m[3]+" "+m[4], m[5], m[6], body)
}

// movedInto writes articles (subject "l'article" or "les articles", nums
// their numbers, text the text named elsewhere) moved into the new
// division div with its heading, as transferredOnly reads it; body when
// the articles and the division name two texts.
func movedInto(subject, nums, text, div, heading, end, body string) string {
	if t := reNamedText.FindStringSubmatchIndex(div); t != nil {
		named := div[t[0]:]
		div = div[:t[0]]
		switch n := reNamedText.FindStringIndex(nums); {
		case t[2] >= 0:
		case n != nil && strings.EqualFold(nums[n[0]:], named) && text == "":
			// "Les articles L. 3 à L. 5 du code de commerce forment une
			// section 4 … du code de commerce": the same code said twice.
		case text != "" || n != nil:
			return body
		default:
			text = named
		}
	}
	if text != "" && reNamedText.MatchString(nums) {
		return body
	}
	verb := " sont insérés dans "
	if strings.EqualFold(subject, "l'article") {
		subject, verb = "L'article", " est inséré dans "
	} else {
		subject = "Les articles"
	}
	out := subject + " " + nums + text + verb + lowerFirst(div)
	if heading != "" {
		out += " intitulée : « " + heading + " »"
	}
	return out + end
}

// transferText is the text of an instruction (as written, its item's
// label first) that moves articles into a division: itself when it says
// so ("… sont insérés dans une section 4", reTransferredAny), the move
// groupedIntoDivision reads from "Il est créé une section 4 …,
// comprenant les articles …", "" when neither.
func transferText(text string) string {
	if reTransferredAny.MatchString(text) {
		return text
	}
	b := text
	for i := 0; i < 4; i++ {
		l, rest := enumeration(b)
		if l < 0 || rest == b {
			break
		}
		b = rest
	}
	if g := groupedIntoDivision(divisionPlaceFirst(divisions26(b))); g != b && reTransferredAny.MatchString(g) {
		return g
	}
	return ""
}

// reDividedInto is a division said to be divided into divisions, folded:
// "Le chapitre II est divisé en deux sections : la section 1, intitulée
// « A », comprend l'article L. 10 ; …", under its head "Il est divisé en
// deux sections".
var reDividedInto = mustRe(`^(?:(?:le|la)\s+` + divKinds + `\b[^:«"]*?\b|il\s+|elle\s+)est\s+(?:subdivise|divise|scinde|decoupe)e?\s+en\s+\S+\s+` + divKinds + `s\b`)

// reHeadingComprises is a division's heading given with the articles it
// comprises, folded: "L'intitulé de la section 2 est ainsi rédigé : « X »
// ; elle comprend les articles L. 3 et L. 4".
var reHeadingComprises = mustRe(`\bintitule[^«"]*[«"][^«»"]*[»"]\s*[;,]?\s*(?:et\s+)?(?:elle|il|celle-ci|celui-ci)\s+compren(?:d|nent)\s+(?:desormais\s+)?(?:les\s+articles|l'article)\b`)

// reRenumberedComprises is a division renumbered and said to comprise
// articles, folded: "La section 2 devient la section 3 et comprend les
// articles L. 3 à L. 5" (the renumbering was recorded, the rest dropped).
var reRenumberedComprises = mustRe(`^(?:la|le)\s+` + divKinds + `\b[^:«"]*?\bdevien(?:t|nent)\b[^:«"]*?\bet\s+compren(?:d|nent)\s+(?:desormais\s+)?(?:les\s+articles|l'article)\b`)

// groupingRefused says why a division said to be divided into divisions
// holding articles in force, or a heading given with the articles its
// division comprises, is refused (low the alinéa folded); "" when it is
// neither. They were dropped with no instruction ("est divisé en deux
// sections" has no verb of modification), or the heading read and the
// articles left where they were.
func groupingRefused(low string) string {
	switch {
	case reDividedInto.MatchString(low):
		return "a division divided into divisions that comprise articles in force (… est divisé en deux sections : …), not read: which articles each holds is said as its whole, and the others' place is not said (« Les articles L. 1 et L. 2 sont insérés dans une section 1 … » is read)"
	case reRenumberedComprises.MatchString(low):
		return "a division renumbered and said to comprise articles (… devient la section 3 et comprend les articles …): it says the whole of the division, and where the articles it held and does not name go is not said"
	case reHeadingComprises.MatchString(low):
		return "a division's heading given with the articles it comprises (… ; elle comprend les articles …): it says the whole of the division, and where the articles it held and does not name go is not said"
	}
	return ""
}

// insideNewNumber says a renumbering of divisions names them inside a
// division an earlier clause of its sentence (in prev) renumbered, by
// its new number: "Le titre II devient le titre III et les chapitres Ier
// bis et II du titre III deviennent les chapitres II et III" — the
// chapitres of the titre III are those of the former titre II, so the
// clause is applied after the first, not at once with it (merged, it
// sought a titre III that was not yet there: the chapitres kept their
// numbers, silently). A division renumbered onto another's former number
// ("… et le titre III devient le titre IV") is a chain, applied at once.
func insideNewNumber(prev []Edit, e Edit) bool {
	for _, p := range prev {
		if p.Kind != EditRenumberDivision {
			continue
		}
		for _, pm := range p.Moves {
			for _, m := range e.Moves {
				if len(m.From) > len(pm.To) && divisionAt(m.From[:len(pm.To)], pm.To) == 0 {
					return true
				}
			}
		}
	}
	return false
}

// composedMoves is the folders of an article that the divisions moves ks
// (of one renumbering, applied at once) hold, after them: the deepest
// first, so that "Le titre II devient le titre III et les chapitres Ier
// bis et II du titre II deviennent les chapitres II et III" sends the
// articles of the chapitre Ier bis of the titre II to the chapitre II of
// the titre III (the last move alone was applied: the chapitre II of
// the titre II, the titre's renumbering lost for them).
func composedMoves(folders []string, moves []DivisionMove, ks []int) []string {
	ks = append([]int(nil), ks...)
	sort.SliceStable(ks, func(i, j int) bool { return len(moves[ks[i]].From) > len(moves[ks[j]].From) })
	d := folders
	for _, k := range ks {
		from, to := moves[k].From, moves[k].To
		i := divisionAt(d, from)
		if i < 0 {
			continue
		}
		d = append(append(append([]string(nil), d[:i]...), to...), d[i+len(from):]...)
	}
	return d
}
