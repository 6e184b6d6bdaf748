package law

import "strings"

// reBeforeLastSpaced is "avant-dernier" (-ère, -s) typed with a space or
// a dash other than the hyphen between its two words: "l'avant dernier
// alinéa", "l'avant‑dernière phrase" (groups: "avant", the rank).
var reBeforeLastSpaced = mustRe(`(?i)\b(avant)(?:\s+|\s*[‐‑–—]\s*|-\s+|\s+-\s*)(derni(?:er|ère|ere)s?)\b`)

// beforeLastSpelled writes "avant-dernier" as the grammar reads it
// where the instruction's own words (not its quotations) type it with a
// space or another dash: "La dernière phrase de l'avant dernier alinéa
// est supprimée" read "dernier alinéa" — the last alinéa's last sentence
// deleted.
func beforeLastSpelled(s string) string {
	if !strings.Contains(strings.ToLower(s), "avant") {
		return s
	}
	return outsideQuotes(s, func(seg string) string {
		return reBeforeLastSpaced.ReplaceAllString(seg, "${1}-${2}")
	})
}

// reSeveralTextsPlace is a code and a law, or two laws (ordonnances,
// décrets), named as one place of word operations, folded: "dans
// l'ensemble du code civil et de la loi n° 2000-1", "dans la loi n°
// 2000-1 et dans la loi n° 2001-2", "dans le code civil ainsi que dans
// l'ordonnance n° …" (two codes are [reSeveralCodes]). A list of texts
// repealed ("L'article L. 1 du code civil et la loi n° … sont abrogés")
// names no place with "dans".
var reSeveralTextsPlace = mustRe(`(?:^|\s)(?:dans|au\s+sein\s+d[eu])\s+(?:l'ensemble\s+d[eu]\s+|tout\s+le\s+|toute\s+la\s+)?(?:le\s+|la\s+|l')?(?:code|loi|ordonnance|decret)\b[^,;:«»"]*?(?:,|\s(?:et|ainsi\s+que)\b)\s*(?:(?:dans|a)\s+)?(?:la|le|l'|du|de\s+la|de\s+l'|l'ensemble\s+d[eu]\s+(?:la\s+|l')?|tout\s+le|toute\s+la)\s*(?:code|loi|ordonnance|decret)\b`)

// reItemThenList is an item, then "et" ("ainsi que") and a list of items
// after the plural determiner: "le 1° et les 2° et 3°", "au a ainsi que
// aux b, c et d" (groups: the determiner, the item, the plural
// determiner, the list, what follows).
var reItemThenList = mustRe(`\b([Ll]e|[Aa]u|[Dd]u)\s+(` + itemLabel + `)\s*,?\s+(?:et|ainsi\s+que)\s+(les|aux|des)\s+(` + itemLabel + `(?:\s*,\s*` + itemLabel + `)*\s+et\s+` + itemLabel + `)(\s|,|$)`)

// reListThenItem is a list of items after the plural determiner, then
// "et" ("ainsi que") and an item: "les 1° et 2° et le 4°" (groups: the
// plural determiner, the list, the determiner, the item, what follows).
var reListThenItem = mustRe(`\b([Ll]es|[Aa]ux|[Dd]es)\s+(` + itemLabel + `(?:\s*,\s*` + itemLabel + `)*\s+et\s+` + itemLabel + `)\s*,?\s+(?:et|ainsi\s+que)\s+(le|au|du)\s+(` + itemLabel + `)(\s|,|$)`)

// reListJoint is what joins the labels of a list of items: a comma or
// "et".
var reListJoint = mustRe(`\s*,\s*|\s+et\s+`)

// singularOf is the singular of a plural determiner, folded.
var singularOf = map[string]string{"les": "le", "aux": "au", "des": "du"}

// itemsAsOneList writes an item and a list of items of the same kind
// joined as two subjects as one list: "Le 1° et les 2° et 3°" ("Le 1°
// est supprimé ainsi que les 2° et 3°") is "Les 1°, 2° et 3°", "les 1°
// et 2° et le 4°" is "les 1°, 2° et 4°", as "Le 1°, le 2° et le 3°" is
// read (they were refused as one place inside the other). Items of
// other kinds ("le a et les 1° et 2°"), or determiners not agreeing,
// are left as they are.
func itemsAsOneList(cased string) string {
	if !strings.Contains(cased, " et ") && !strings.Contains(cased, "ainsi que") {
		return cased
	}
	sameKind := func(first string, list string) bool {
		k := casedKind(strings.Fields(first)[0])
		for _, l := range reListJoint.Split(list, -1) {
			if casedKind(strings.Fields(l)[0]) != k {
				return false
			}
		}
		return true
	}
	cased = reItemThenList.ReplaceAllStringFunc(cased, func(m string) string {
		g := reItemThenList.FindStringSubmatch(m)
		if singularOf[g[3]] != strings.ToLower(g[1]) || !sameKind(g[2], g[4]) {
			return m
		}
		plural := g[3]
		if g[1][0] != strings.ToLower(g[1])[0] {
			plural = upperFirst(plural)
		}
		return plural + " " + g[2] + ", " + g[4] + g[5]
	})
	return reListThenItem.ReplaceAllStringFunc(cased, func(m string) string {
		g := reListThenItem.FindStringSubmatch(m)
		if singularOf[strings.ToLower(g[1])] != g[3] || !sameKind(g[4], g[2]) {
			return m
		}
		list := reListJoint.Split(g[2], -1)
		return g[1] + " " + strings.Join(list, ", ") + " et " + g[4] + g[5]
	})
}

// masculineRank says a rank alone after its article, "le second", "la
// dernière", "l'avant-dernier", names a masculine noun (an alinéa): by
// the article, or, elided, by the rank's ending ("l'avant-dernière" is a
// sentence). See [rankWithNoun].
func masculineRank(article, rank string) bool {
	if a := strings.ToLower(article); a != "l'" {
		return a == "le"
	}
	return !strings.HasSuffix(strings.TrimSpace(rank), "e")
}
