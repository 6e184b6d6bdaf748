package law

import (
	"slices"
	"strconv"
	"strings"
)

// amDashBefore is a dash of an alinéa named before it, folded: "au
// deuxième tiret de l'alinéa 3" (groups: the rank, the number);
// amDashAfter after it, "alinéa 3, deuxième tiret", "à l'alinéa 3, au
// dernier tiret" (group 1: the rank; the match starts at the comma).
var (
	amDashBefore = mustRe(`\b(?:(?:au|le)\s+)?(` + ordWords + `)\s+tiret\s+de\s+l'alinea\s+(\d+)\b`)
	amDashAfter  = mustRe(`\balinea\s+\d+(\s*,\s*(?:(?:au|le)\s+)?(` + ordWords + `)\s+tiret)\b`)
)

// amDashOfAlinea reads a dash of an alinéa named by its number — "Alinéa
// 3, deuxième tiret", "Au dernier tiret de l'alinéa 3", "À l'alinéa 3, au
// deuxième tiret": the alinéa then Division{Dash}, which renumberAsTabled
// makes the dash of that rank in the list the alinéa introduces (it ends
// with a colon, the dashes on their lines after it). dash is false when
// low names no such dash; ok false when it does but the rest is not one
// alinéa by number (refused).
func amDashOfAlinea(ref CodeRef, low, cased string) (sc []Scope, ok, dash bool) {
	pad := func(s string, a, b int, with string) string {
		return s[:a] + with + strings.Repeat(" ", b-a-len(with)) + s[b:]
	}
	rank := 0
	switch {
	case amDashBefore.MatchString(low):
		m := amDashBefore.FindStringSubmatchIndex(low)
		rank = ordValue[low[m[2]:m[3]]]
		with := "a l'alinea " + low[m[4]:m[5]]
		low, cased = pad(low, m[0], m[1], with), pad(cased, m[0], m[1], with)
	case amDashAfter.MatchString(low):
		m := amDashAfter.FindStringSubmatchIndex(low)
		rank = ordValue[low[m[4]:m[5]]]
		low, cased = pad(low, m[2], m[3], ""), pad(cased, m[2], m[3], "")
	default:
		return nil, false, false
	}
	if rank == 0 {
		return nil, false, true
	}
	sc, ok = amDashesOfAlinea27(ref, low, cased, Division{Alinea: rank, Dash: true})
	return sc, ok, true
}

// amDashesOfAlinea27 is the alinéa low names (its dashes blanked) then
// dash, the dashes of the list it introduces; ok false when the rest is
// not one alinéa by number.
func amDashesOfAlinea27(ref CodeRef, low, cased string, dash Division) ([]Scope, bool) {
	if strings.Contains(low, "tiret") || amThisNumber.MatchString(low) {
		// "Alinéa 1, deuxième tiret" / "Supprimer cet alinéa": the
		// alinéa 1, or the dash (an alinéa the Sénat numbers)? Not
		// said.
		return nil, false
	}
	sc, ok := amScope(ref, low, cased)
	if !ok || len(sc) != 1 || len(sc[0].Path) != 1 || !sc[0].Path[0].Numbered || sc[0].Path[0].Count > 1 || sc[0].Sentence != 0 || len(sc[0].Within) > 0 {
		return nil, false
	}
	sc[0].Path = append(sc[0].Path, dash)
	return sc, true
}

// amScope reads the locator words of an instruction (low: folded, lower
// case; cased: the same with case kept) into scopes of ref. numbered is
// true when alinéas are designated by number ("alinéa 6": the bill
// article's own numbering, all alinéas counted).
func amScope(ref CodeRef, low, cased string) ([]Scope, bool) {
	if amAlineaNotRead.MatchString(low) {
		// "À l'alinéa premier", "à l'alinéa II", "à l'alinéa n° 2",
		// "à l'alinéa 2 bis", "au sous-alinéa 2", "à la phrase 2 de
		// l'alinéa 1", "au dernier membre de phrase", "à la première
		// partie de l'alinéa 1": an alinéa or a sentence named in a form
		// not read — the whole article (or alinéa) was edited. Refused.
		return nil, false
	}
	if amSoleSentence.MatchString(low) {
		// "À la seule phrase de l'alinéa 2": not read (amSoleSentence).
		return nil, false
	}
	if amAlineaParenItem.MatchString(low) {
		// "À l'alinéa 3, 1), …": refused (amAlineaParenItem).
		return nil, false
	}
	if sc, ok, matched := parenItems(ref, low, cased); matched {
		// "Supprimer les 1) et 2) du a)", "les 1) à 3)": each
		// (parenItems).
		return sc, ok
	}
	if amParenNotRead.MatchString(cased) {
		// "Supprimer les 1) et 2) du 1°": items numbered with a
		// parenthesis, several, not read (amParenNotRead; one is read:
		// amParenItemLoc).
		return nil, false
	}
	if l, c, ok := itemThenInnerOf(low, cased); ok {
		// "Au I, à la dernière phrase du premier alinéa", "Au II, au
		// second alinéa": the inner place of that item, read as "à la
		// dernière phrase du premier alinéa du I" (the item was read
		// inside the alinéa: refused).
		return amScope(ref, l, c)
	}
	if amCountedDash26.MatchString(low) {
		// "Supprimer les deux derniers tirets de l'alinéa 3": those of
		// its list (amCountedDashes27); alone, not read.
		return amCountedDashes27(ref, low, cased)
	}
	if sc, ok, dash := amDashOfAlinea(ref, low, cased); dash {
		return sc, ok
	}
	if m := amPartNotRead.FindStringSubmatchIndex(low); m != nil && (m[2] < 0 || !strings.Contains(low, "alinea")) {
		// "Supprimer l'intitulé de cet article", "Compléter le tableau
		// de cet article par …", "À la deuxième ligne du tableau de
		// l'alinéa 7, …": a
		// part of the text no division reads — the whole article (or
		// alinéa) was deleted, completed or edited. Refused.
		return nil, false
	}
	if amFollowing.MatchString(low) {
		// "Aux alinéas 4 et suivants", "Aux 2° et suivants": how far is
		// not said (only the first was edited). Refused.
		return nil, false
	}
	if sc, ok, matched := rangeThenList(ref, low, cased); matched {
		// "Supprimer les 1 à 2 et 3 du I": the range, then the items
		// listed after it (rangeThenList).
		return sc, ok
	}
	if m := amItemRange.FindStringSubmatchIndex(cased); m != nil {
		// "Supprimer les 2° à 4°", "Aux a) à c) du 1°", "du I au III":
		// each item of the range, and those the text numbers after one
		// with a Latin adverb (a 2° bis: Division.GoesOn), as the bills'
		// "les 2° à 4°" are read (it was refused). Bounds of two kinds,
		// bounds with their own adverb or capitals ("les 2° bis à 4°"),
		// or out of order: refused.
		g := 2
		if m[2] < 0 {
			g = 4
		}
		from, to := strings.TrimSuffix(cased[m[g]:m[g+1]], ")"), strings.TrimSuffix(cased[m[6]:m[7]], ")")
		k := casedKind(from)
		a, b := casedRank(from), casedRank(to)
		if ra, rb, ok := smallRomanRange(from, to); ok {
			// "Supprimer les i à iii du a": items in small roman numerals.
			k, a, b = "roman", ra, rb
		}
		if len(strings.Fields(from)) != 1 || len(strings.Fields(to)) != 1 || k == "" || casedKind(to) != k || a == 0 || b <= a {
			return nil, false
		}
		det := map[string]string{"les": "le", "aux": "au", "des": "du", "du": "du"}[asciiLower(cased[m[0]:m[0]+3])]
		span := m[7] - m[0]
		var out []Scope
		for r := a; r <= b; r++ {
			it := labelOfRank(r, k, from)
			if k == "roman" && from == strings.ToLower(from) {
				it = strings.ToLower(it)
			}
			one := det + " " + it
			if len(one) > span {
				return nil, false
			}
			pad := one + strings.Repeat(" ", span-len(one))
			sc, ok := amScope(ref, low[:m[0]]+asciiLower(pad)+low[m[7]:], cased[:m[0]]+pad+cased[m[7]:])
			if !ok {
				return nil, false
			}
			for i := range sc {
				n := len(sc[i].Path)
				if n == 0 || sc[i].Path[n-1].Item != itemName(it) {
					return nil, false
				}
				sc[i].Path[n-1].GoesOn = r < b
			}
			out = append(out, sc...)
		}
		return out, true
	}
	if m := amItemList.FindStringSubmatchIndex(cased); m != nil && !prepositionLast(cased[m[4]:m[5]], cased[m[5]:]) {
		// "Supprimer les a) et b) du 1°", "Au 1° et au 2° du I, …": each
		// item of the list with the divisions around it (only the first
		// was read).
		// Each item after the first takes the first's determiner or none:
		// "du I et le II" is two designations, not a list ("le premier
		// alinéa du I et le II": not read).
		det := strings.ToLower(cased[m[2]:m[3]])
		for _, d := range amItemSep.FindAllStringSubmatch(cased[m[4]:m[5]], -1) {
			if d[1] != "" && (d[1] != det) {
				return nil, false
			}
		}
		m = m[2:]
		items := amItemSep.Split(cased[m[2]:m[3]], -1)
		kind := func(it string) string {
			if f := strings.Fields(it); len(f) > 0 {
				return itemKind(strings.TrimSuffix(f[0], ")"))
			}
			return ""
		}
		var out []Scope
		for _, it := range items {
			if kind(it) == "" || kind(it) != kind(items[0]) {
				return nil, false // "le 2° et le a": no list; not read
			}
			pad := it + strings.Repeat(" ", m[3]-m[2]-len(it))
			sc, ok := amScope(ref, low[:m[2]]+asciiLower(pad)+low[m[3]:], cased[:m[2]]+pad+cased[m[3]:])
			if !ok {
				return nil, false
			}
			out = append(out, sc...)
		}
		return out, true
	}
	var paths [][]Division
	// within is the division named beside alinéas designated by number
	// ("Au 2° de l'alinéa 3"), which must hold them.
	var within []Division
	// own holds, by path, the sentence a list gives one of its alinéas
	// ("Alinéas 24, seconde phrase, 37 et 38": the second sentence of 24,
	// the whole of 37 and 38).
	var own map[int]int
	// pathWhere holds, by path, "end" or "start" when the place is said
	// of that designation only: "à la fin des alinéas 5 et 6 et à
	// l'alinéa 7" — the end of 5 and 6, anywhere in 7.
	var pathWhere map[int]string
	// eachSentence holds, by path, an alinéa of a list a sentence named
	// after the last may or may not be said of ("Alinéas 1 et 6, dernière
	// phrase": the 1).
	var eachSentence map[int]bool
	// "à la fin des alinéas 5 et 6 et à l'alinéa 7": every designation.
	if ms := amNumAl.FindAllStringSubmatchIndex(low, -1); ms != nil {
		if sc, matched := itemInAlineas(ref, low, cased); matched {
			return sc, sc != nil
		}
		if besideNumbered(low, cased) {
			return nil, false
		}
		within = itemsNamed(cased)
		pathWhere = map[int]string{}
		// "Supprimer la seconde phrase de l'alinéa 2 et l'alinéa 3": a
		// sentence named just before one designation of several is that
		// designation's (it was each one's); a sentence named elsewhere
		// as well, or several, is not read.
		var attach map[int]int
		if len(ms) > 1 {
			for j, mi := range ms {
				if sm := amSentBefore.FindStringSubmatch(low[:mi[0]]); sm != nil {
					if attach == nil {
						attach = map[int]int{}
					}
					attach[j] = ordValue[sm[1]]
				}
			}
			if attach != nil && (len(attach) != len(amSentence.FindAllString(low, -1)) || strings.Contains(low, "phrases")) {
				return nil, false
			}
			if attach != nil && own == nil {
				own = map[int]int{}
			}
		}
		for j, mi := range ms {
			m := make([]string, len(mi)/2)
			for k := range m {
				if mi[2*k] >= 0 {
					m[k] = low[mi[2*k]:mi[2*k+1]]
				}
			}
			w := ""
			switch {
			case amEndBefore.MatchString(low[:mi[0]]):
				w = "end"
			case amStartBefore.MatchString(low[:mi[0]]):
				w = "start"
			}
			if amNumAlTail.MatchString(low[mi[1]:]) {
				// "Aux alinéas 2 ainsi que 5": a number left after the
				// list, which stopped before it. Refused.
				return nil, false
			}
			from := len(paths)
			mark := func() {
				for k := from; k < len(paths); k++ {
					pathWhere[k] = w
					if _, set := own[k]; attach != nil && !set {
						own[k] = attach[j]
					}
				}
			}
			first, _ := strconv.Atoi(m[1])
			if strings.Contains(m[2], "phrase") {
				if strings.Contains(m[2], " a ") {
					return nil, false // a range with a sentence: not a form of the language
				}
				if own == nil {
					own = map[int]int{}
				}
				xs := amNumSent.FindAllStringSubmatch(m[0], -1)
				if n := len(xs); n > 1 && xs[n-1][2] != "" {
					withSentence := 0
					for _, x := range xs {
						if x[2] != "" {
							withSentence++
						}
					}
					if withSentence == 1 {
						// "Alinéas 1 et 6, dernière phrase": of the 6 only,
						// or of both? Not said: the sentence of each,
						// where both readings agree (Scope.OnlyInSentence:
						// the 1's words only in its last sentence).
						if eachSentence == nil {
							eachSentence = map[int]bool{}
						}
						for _, x := range xs[:n-1] {
							v, _ := strconv.Atoi(x[1])
							paths = append(paths, []Division{{Alinea: v, Numbered: true}})
							own[len(paths)-1] = ordValue[xs[n-1][2]]
							eachSentence[len(paths)-1] = true
						}
						xs = xs[n-1:]
					}
				}
				for _, x := range xs {
					v, _ := strconv.Atoi(x[1])
					paths = append(paths, []Division{{Alinea: v, Numbered: true}})
					own[len(paths)-1] = ordValue[x[2]]
				}
				mark()
				continue
			}
			// Each number of the list, "à" making a range of the one
			// before: "2 à 3 et 5" is 2 to 3 and 5 (it was 2 to 5).
			paths = append(paths, []Division{{Alinea: first, Numbered: true}})
			prev := first
			for _, x := range amNumAlItem.FindAllStringSubmatch(m[2], -1) {
				v, _ := strconv.Atoi(x[2])
				if x[1] == "a" {
					if v < prev || attach[j] != 0 {
						return nil, false
					}
					paths[len(paths)-1][0].Count = v - prev + 1
				} else {
					paths = append(paths, []Division{{Alinea: v, Numbered: true}})
				}
				prev = v
			}
			mark()
		}
	} else {
		// Alinéas named by several ranks in a part ("à la fin des
		// deuxième et troisième alinéas du I"): only the last rank was
		// read. Not read: refused.
		if amOrdAlList.MatchString(low) {
			return nil, false
		}
		// An alinéa or a sentence named by a rank not read ("au
		// quarantième alinéa"): never the whole article.
		for _, m := range amAnyRank.FindAllStringSubmatch(low, -1) {
			if _, ok := ordValue[m[1]]; !ok {
				return nil, false
			}
		}
		// Divisions, smallest first: "du premier alinéa du I", "du a) du 2°".
		type mention struct {
			pos int
			d   Division
		}
		var ms []mention
		for _, m := range itemLocs(cased) {
			ms = append(ms, mention{m[0], casedItem(amItemLabel(cased[m[2]:m[3]]))})
		}
		for _, m := range amOrdAl.FindAllStringSubmatchIndex(low, -1) {
			ms = append(ms, mention{m[0], Division{Alinea: ordValue[low[m[2]:m[3]]]}})
		}
		// "les deux derniers alinéas (du II)": counted from the end (the
		// start) of the division named, or of the article.
		for _, m := range reCounted.FindAllStringSubmatchIndex(low, -1) {
			ms = append(ms, mention{m[0], countedAlineas(low, m)})
		}
		if len(ms) == 0 && strings.Contains(low, "alineas") {
			// Alinéas named in a form not read: never the whole article.
			return nil, false
		}
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && ms[j].pos < ms[j-1].pos; j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
		var p []Division
		for i := len(ms) - 1; i >= 0; i-- {
			p = append(p, ms[i].d)
		}
		paths = append(paths, p)
	}
	// "la deuxième phrase", "les deuxième et troisième phrases", "les
	// deux dernières phrases": each sentence a scope.
	sentences := []int{0}
	toEnd := false
	switch m := reCountedPhrases.FindStringSubmatch(low); {
	case m != nil:
		n := cardinal(m[1])
		sentences = sentences[:0]
		for k := 1; k <= n; k++ {
			if strings.HasPrefix(m[2], "dernier") {
				sentences = append(sentences, k-n-1)
			} else {
				sentences = append(sentences, k)
			}
		}
	case amPluralPhrases.MatchString(low):
		m := amPluralPhrases.FindStringSubmatch(low)
		sentences = ordinals(m[1])
		if len(sentences) < 2 {
			return nil, false
		}
	case amRankRange.MatchString(low):
		// "les deuxième à quatrième phrases": each rank of the range (it
		// was refused); to "dernière", how many is not said here.
		m := amRankRange.FindStringSubmatch(low)
		from, to := ordValue[m[1]], ordValue[m[2]]
		if from > 1 && to == -1 {
			// "les deuxième à dernière phrases": the second and every
			// one after it (SentencesToEnd, as the bills' side reads
			// it; how many is known only on the text).
			sentences, toEnd = []int{from}, true
			break
		}
		if from <= 0 || to <= from {
			return nil, false
		}
		sentences = sentences[:0]
		for k := from; k <= to; k++ {
			sentences = append(sentences, k)
		}
	case amRankPlural.MatchString(low) && (len(paths) > 1 || len(paths) == 1 && len(paths[0]) > 0 && paths[0][len(paths[0])-1].Numbered && paths[0][len(paths[0])-1].Count > 1):
		// "Aux premières phrases des alinéas 2 et 3", "Alinéas 2 et 3,
		// premières phrases": one rank, in the plural, of several
		// alinéas — that sentence of each (it was refused).
		sentences = []int{ordValue[amRankPlural.FindStringSubmatch(low)[1]]}
	case strings.Contains(low, "phrases"):
		// Sentences named in a form not read: never the whole alinéa.
		return nil, false
	default:
		if m := amSentence.FindStringSubmatch(low); m != nil {
			sentences = []int{ordValue[m[1]]}
		}
	}
	where := ""
	switch {
	case strings.Contains(low, "a la fin"):
		where = "end"
	case strings.Contains(low, "au debut"):
		where = "start"
	}
	// "À la première phrase des alinéas 2 à 4", "À la fin des alinéas 2
	// à 4", "Compléter les alinéas 2 à 4 par les mots …": the sentence,
	// the end or the start of each alinéa of the range (it was the
	// range's: alinéa 2's first sentence or start, alinéa 4's end).
	if own == nil && (where != "" || amEndOf.MatchString(low) || amStartOf.MatchString(low) || slices.ContainsFunc(sentences, func(n int) bool { return n != 0 })) {
		var each [][]Division
		var eachWhere map[int]string
		if pathWhere != nil && len(paths) > 1 {
			eachWhere = map[int]string{}
		}
		for i, p := range paths {
			qs, ok := eachAlineaOf(p)
			if !ok {
				return nil, false
			}
			for _, q := range qs {
				if eachWhere != nil {
					eachWhere[len(each)] = pathWhere[i]
				}
				each = append(each, q)
			}
		}
		paths, pathWhere = each, eachWhere
	}
	if amThisSentence.MatchString(low) && own == nil && !slices.ContainsFunc(sentences, func(n int) bool { return n != 0 }) {
		// "À l'alinéa 2, supprimer cette phrase": no sentence named —
		// the alinéa was deleted whole. Refused.
		return nil, false
	}
	if amThisDivision.MatchString(low) && len(paths) == 1 && len(paths[0]) == 0 && !slices.ContainsFunc(sentences, func(n int) bool { return n != 0 }) {
		// "Compléter cet alinéa par …", "Dans cet alinéa, supprimer …"
		// with no alinéa named before: which one is not said (the whole
		// article was edited, or its last alinéa completed). Refused, as
		// "Supprimer cet alinéa" is.
		return nil, false
	}
	if amThisAlineas.MatchString(low) && len(paths) == 1 && len(paths[0]) == 0 {
		// "Supprimer la dernière phrase de cet alinéa" with no alinéa
		// named before: the article's last sentence was deleted, as if
		// "de cet alinéa" were not said (TestThisAlineaUnnamed).
		return nil, false
	}
	var out []Scope
	for i, p := range paths {
		w := where
		if pathWhere != nil && len(paths) > 1 {
			w = pathWhere[i]
		}
		if own != nil {
			out = append(out, Scope{Ref: ref, Path: p, Sentence: own[i], Where: w, Within: within, OnlyInSentence: eachSentence[i]})
			continue
		}
		for _, sentence := range sentences {
			out = append(out, Scope{Ref: ref, Path: p, Sentence: sentence, SentencesToEnd: toEnd, Where: w, Within: within})
		}
	}
	return out, true
}

// amThisSentence is a sentence pointed at, folded: "cette phrase", "ces
// phrases", "ces deux phrases".
var amThisSentence = mustRe(`\b(?:cette\s+phrase|ces\s+(?:(?:` + cardinalWords + `|\d+)\s+)?phrases)\b`)

// amItemList is a list of items in a locator: "les a) et b) du 1°", "les
// 1°, 2° et 4°", "le a et le b", "aux I et II" (group 1: the items);
// amItemSep separates them.
var (
	amItemName = `(?:\d+°(?:\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|[IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|` + amLetterBisParen + `|(?:` + smallRoman + `|[a-z]|` + doubledLetter + `)\)?(?:\s+` + latinOrd + `)?|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?|\d+(?:\s+` + latinOrd + `)?\b)`
	amItemSep  = mustRe(`\s*(?:,\s*et\b|,|\bet\b)\s*(?:(le|au|du)\s+)?`)
	// amItemRange is a range of items: "les 1° à 3°", "aux a) à c)", "du
	// I au III".
	amItemRange = mustRe(`\b(?:(?:[Ll]es|[Aa]ux|[Dd]es)\s+(` + amItemName + `)\s+a|[Dd]u\s+(` + amItemName + `)\s+au)\s+(` + amItemName + `)(?:\s|,|\.|$)`)
	amItemList  = mustRe(`\b([Ll]es|[Aa]ux|[Dd]es|[Ll]e|[Aa]u|[Dd]u)\s+(` + amItemName + `(?:\s*(?:,\s*et\b|,|\bet\b)\s*(?:(?:le|au|du)\s+)?` + amItemName + `)+)(?:\s|,|\.|$)`)
)

// prepositionLast reports whether the last item of a list is the
// preposition "à" without its accent, the article after it: "du I, a la
// derniere phrase" (after, what follows the list) is no list of the I and
// the a.
func prepositionLast(list, after string) bool {
	f := strings.Fields(strings.NewReplacer(",", " ").Replace(list))
	if len(f) == 0 || !strings.EqualFold(f[len(f)-1], "a") {
		return false
	}
	a := strings.ToLower(strings.TrimSpace(after))
	return strings.HasPrefix(a, "la ") || strings.HasPrefix(a, "l'") || strings.HasPrefix(a, "l’")
}

// amBillArticle is an article of the bill named by its number: "à
// l'article 5", "de l'article 12 bis", the Sénat's "Article 5, alinéa 3"
// (group 1: the number); amOtherText what makes it an article of another
// text ("de l'article 5 de la loi …", "du code …"), amThisBill what keeps
// it the bill's ("du présent projet de loi"); amHeading a heading or the
// bill's title.
var (
	amBillArticle = mustRe(`(?:^|\bl')[Aa]rticle\s+(` + articleNumber + `)`)
	amOtherText   = mustRe(`^\s+(?:du|de\s+la|de\s+l'|des|de)\s`)
	amThisBill    = mustRe(`^\s+(?:du|de\s+la|de\s+l')\s*(?:present|presente|projet|proposition)\b`)
	amHeading     = mustRe(`\bintitule\s+(?:du|de\s+la|de\s+l'|des)\s*(?:chapitre|titre|section|sous-section|livre|partie|projet|proposition|texte)\b|\btitre\s+(?:du|de\s+la)\s+(?:present\w*\s+)?(?:projet|proposition)\b`)
)

// elsewhere reports whether an instruction (low, cased: its shape) edits
// a heading ("l'intitulé du chapitre II", unless an alinéa of the article
// holds it: "Alinéa 3 / Rédiger ainsi l'intitulé du chapitre II"), the
// bill's title or, after the
// amendment's first instruction (later), another article of the bill
// ("II. – En conséquence, à l'alinéa 3 de l'article 5, …"): not an edit of
// the article ref, never applied to it. The first instruction's article is
// the one the amendment is on, whatever number it gives (the text it was
// tabled on may number it otherwise).
func elsewhere(ref CodeRef, low, cased string, later bool) bool {
	if amHeading.MatchString(low) && !amNumAl.MatchString(low) {
		return true
	}
	if m := amWholeBill.FindStringIndex(low); m != nil && !strings.HasPrefix(strings.TrimSpace(low[m[1]:]), "propose") {
		// "Dans l'ensemble du texte, remplacer …", "… dans le présent
		// projet de loi": every article of the bill, this one among
		// them — not this article's edit alone (it was applied here and
		// counted applied, the other articles left).
		return true
	}
	if severalArticles(ref, low, cased) {
		return true
	}
	if amPlaceOutside.MatchString(low) {
		// The Sénat's "Rapport annexé", "Annexe", "Intitulé", "Tableau"
		// line, "Dans le rapport annexé, …": a place that is no alinéa
		// of this article (the line was dropped and every alinéa edited).
		return true
	}
	if amOfAmendment.MatchString(low) {
		// "À l'alinéa 3 de l'amendement n° 12, …", "Compléter
		// l'amendement n° 12 par …": a sub-amendment's, an amendment
		// edited, not this article (its alinéa 3 was).
		return true
	}
	if !later {
		return false
	}
	for _, m := range amBillArticle.FindAllStringSubmatchIndex(cased, -1) {
		if amOtherText.MatchString(low[m[1]:]) && !amThisBill.MatchString(low[m[1]:]) {
			continue // an article of a code or a law the bill quotes
		}
		if NormalizeArticleNumber(cased[m[2]:m[3]]) != ref.Article {
			return true
		}
	}
	return false
}

// amWholeBill is the whole bill as an instruction's place, folded: "dans
// l'ensemble du texte", "dans tout le projet de loi", "dans toute la
// proposition de loi", "dans l'ensemble des articles", "dans le présent
// projet de loi", "dans la présente loi" ("tout le texte proposé pour
// l'article L. 1" is a quoted article's text: not this).
var amWholeBill = mustRe(`\b(?:l'ensemble|tout|toute|totalite)\s+(?:du|de\s+la|des|de\s+l'|le|la)\s*(?:present\w*\s+)?(?:texte|projet|proposition|loi|articles)\b|\bdans\s+(?:le|la)\s+present\w*\s+(?:projet|proposition|loi|texte)\b`)

// amLocOpener is how a place before the verb begins, folded: a
// preposition or an article ("à l'alinéa 2", "au I", "après le mot",
// "dans le texte proposé"), the Sénat's locator line ("alinéa 2", "texte
// proposé pour …", "amendement n° 10" in a sub-amendment), a rank
// ("dernier alinéa"), "en conséquence", "pour compenser", "in fine".
var amLocOpener = mustRe(`^\s*(?:a|au|aux|apres|avant|dans|alineas?|(?:sous-)?amendements?|texte|entre|en|pour|sur|de|du|des|le|la|les|l'|in|` + ordWords + `|avant-derni\w*|derni\w*)\b`)

// amPlaceOutside is a place that is no alinéa of the article, folded: a
// locator line naming a part of the bill without its determiner at the
// head's start ("rapport annexe", "annexe", "etat b", "intitule",
// "tableau", "titre", "chapitre", "section", "expose des motifs"), or the
// annexed report anywhere ("dans le rapport annexe"). "Titre II",
// "Intitulé du chapitre" are amOtherPlaceLine's; "au tableau de l'alinéa
// 2" is that alinéa's.
var amPlaceOutside = mustRe(`^\s*(?:rapport\s+annexe|annexes?|etat\s+[a-z]|intitules?|tableaux?|titres?|chapitres?|sections?|expose\s+des\s+motifs)\b|\brapports?\s+annexes?\b`)

// amBillArticles is several articles named together, folded: "aux
// articles 1er et 3", "des articles 2 à 4" (group 1 what follows).
var amBillArticles = mustRe(`\barticles\s+\d+(?:er)?(?:\s+` + latinOrd + `)?(?:\s*(?:,|et|a)\s*\d+(?:er)?(?:\s+` + latinOrd + `)?)+\b(.*)$`)

// amThisArticleNamed is this article named as such, folded.
var amThisArticleNamed = mustRe(`\b(?:cet|present)\s+article\b`)

// severalArticles reports whether an instruction (low, cased: its shape)
// names several articles of the bill as its place — "Aux articles 1er et
// 3", "À l'article 1er et à l'article 3", "Dans cet article et à
// l'article 3": the other articles' edits are not this article's (they
// were dropped and this one edited alone). Articles of a code or a law
// the bill quotes ("des articles 3 et 4 de la loi …") are text.
func severalArticles(ref CodeRef, low, cased string) bool {
	if m := amBillArticles.FindStringSubmatch(low); m != nil && (!amOtherText.MatchString(m[1]) || amThisBill.MatchString(m[1])) {
		return true
	}
	nums := map[string]bool{}
	for _, m := range amBillArticle.FindAllStringSubmatchIndex(cased, -1) {
		if amOtherText.MatchString(low[m[1]:]) && !amThisBill.MatchString(low[m[1]:]) {
			continue
		}
		nums[NormalizeArticleNumber(cased[m[2]:m[3]])] = true
	}
	if len(nums) > 1 {
		return true
	}
	if amThisArticleNamed.MatchString(low) {
		for n := range nums {
			if n != ref.Article {
				return true
			}
		}
	}
	return false
}

// amOfAmendment is an amendment named as the place of an instruction,
// folded: "de l'amendement n° 12", "l'amendement 12" (the Sénat's head
// of a sub-amendment, "Amendement n° 78, alinéa 9", is ComposeNumbered's).
var amOfAmendment = mustRe(`(?:\bl'|\bles\s+|\bd'|\bdes\s+)(?:sous-)?amendements?\s+(?:n[°o]s?\s*)?[a-z]*-?\d`)

// amLetterFollow is what follows a letter item named without its
// parenthesis: the division it belongs to ("le b du 1°", and "le b au
// 1°" — "Au 1°, supprimer le b" read with its locator: the b was
// dropped and the whole 1° deleted, TestLetterItemInItsLocator), a comma
// or the end ("Au b, …").
var amLetterFollow = mustRe(`^(?:\s+(?i:du|de|des|au|aux)\s|\s*,|\s*$)`)

// amDegreeCapital is the capitals that end a degree's or a roman
// number's label: "1° A", "2° bis AA", "I A".
var amDegreeCapital = mustRe(`(?:°(?:\s*` + latinOrd + `)?|^[IVX]+(?:\s+` + latinOrd + `)?)(\s+[A-Z]{1,2})$`)

// itemLocs are the items a locator names (amItemLoc): "le 2°", "au II",
// "du b)", and a letter without its parenthesis before the division it
// belongs to, a comma or the end ("le b du 1°", "Au a, …"); elsewhere a
// lone letter is a word.
func itemLocs(s string) [][]int {
	var out [][]int
	for _, m := range amItemLoc.FindAllStringSubmatchIndex(s, -1) {
		if c := amDegreeCapital.FindStringSubmatchIndex(s[m[2]:m[3]]); c != nil && m[3] < len(s) && (strings.HasPrefix(s[m[3]:], "'") || strings.HasPrefix(s[m[3]:], "’")) {
			// "au 1° L'article": an elided word, no capital of the label.
			m[3] = m[2] + c[2]
		}
		if it := s[m[2]:m[3]]; it[0] >= 'a' && it[0] <= 'z' && !strings.HasSuffix(it, ")") && !amLetterFollow.MatchString(s[m[3]:]) {
			continue
		}
		out = append(out, m)
	}
	return parenItemLocs(s, numberItemLocs(s, out))
}

// itemsNamed is the path of the items a locator names (itemLocs),
// outermost first: "au b du 1°" is the 1°, its b.
func itemsNamed(s string) []Division {
	locs := itemLocs(s)
	var p []Division
	for i := len(locs) - 1; i >= 0; i-- {
		p = append(p, casedItem(amItemLabel(s[locs[i][2]:locs[i][3]])))
	}
	return p
}

// ownPlace reports whether an instruction joined to another ("… et, au
// 2°, supprimer …") names its own place: an alinéa, a sentence, the
// article (hasOwnLocator) or an item before its verb — "au 2°" was taken
// for a division within the first's place ("Au 1°, au 2°": the words
// were deleted in both).
func ownPlace(h string) bool {
	if hasOwnLocator(h) {
		return true
	}
	if v := amImperative.FindStringIndex(h); v != nil {
		return hasItemLoc(h[:v[0]])
	}
	return false
}

// hasItemLoc reports whether s names an item (itemLocs).
func hasItemLoc(s string) bool { return len(itemLocs(s)) > 0 }

// amJoinBefore ends a text that joins the division after it to another
// ("l'alinéa 2 et le II"); amJoinAlinea begins one that joins a numbered
// alinéa to the division before it ("le II et l'alinéa 5").
var (
	amJoinBefore = mustRe(`(?:\bet|\bainsi\s+que)\s+(?:(?:a|dans)\s+)?(?:(?:le|la|les|l'|au|aux|du|des)\s*)?$`)
	amJoinAlinea = mustRe(`^\s*,?\s*(?:et|ainsi\s+que)\s+(?:(?:a|au|aux|dans)\s+)?(?:l'|les?\s+|la\s+)?alineas?\s+\d`)
)

// besideNumbered reports whether alinéas designated by number are joined
// to a division named otherwise — a part or an item ("Supprimer l'alinéa
// 2 et le II", "Au II et à l'alinéa 5"), an alinéa by its rank ("l'alinéa
// 1 et le dernier alinéa"): not read (only the numbered alinéas were). A
// division that holds the alinéa ("Au 2° de l'alinéa 3", "À l'alinéa 5,
// au 2°, …") is not joined to it.
func besideNumbered(low, cased string) bool {
	var at [][2]int
	for _, m := range itemLocs(cased) {
		at = append(at, [2]int{m[0], m[1]})
	}
	for _, re := range []*lre{amOrdAl, reCounted} {
		for _, m := range re.FindAllStringIndex(low, -1) {
			at = append(at, [2]int{m[0], m[1]})
		}
	}
	for _, m := range at {
		if amJoinBefore.MatchString(low[:m[0]]) || amJoinAlinea.MatchString(low[m[1]:]) {
			return true
		}
	}
	return false
}
