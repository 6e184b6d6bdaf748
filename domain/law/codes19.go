package law

import "strings"

// codeBackRef is a qualifier written after a code's name that points
// back to a code already named (folded): "précité", "susvisé",
// "susmentionné", "mentionné ci-dessus", "ci-dessus mentionné", "cité
// ci-dessus", "déjà cité", "visé ci-dessus".
const codeBackRef = `(?:precitee?s?|sus-?visee?s?|susmentionnee?s?|(?:mentionnee?s?|citee?s?|visee?s?)\s+ci[- ]dessus|ci[- ]dessus\s+(?:mentionnee?s?|citee?s?|visee?s?)|deja\s+(?:citee?s?|mentionnee?s?|visee?s?))`

// codeNameEnd is what ends a code's name as the grammar reads it: a
// comma, the end, a verb, "dans", a colon, "après", "il", "et" before a
// determiner or a locator.
const codeNameEnd = `(?:\s*,|\s*[.;]\s*$|\s+est\b|\s+sont\b|\s+dans\b|\s*:|\s*$|\s+apres\b|\s+il\b|\s+et\s+(?:l'|le|la|les)\b|\s+et\s+(?:a\s+l'|a\s+la\b|au\b|aux\b|dans\b))`

// codeNameStart is the first word after "code" in the names of the
// codes in force (Légifrance's list, folded): "code civil", "code de
// commerce", "code des douanes", "code du travail", "code d'entrée …",
// "code général des impôts", "code rural et …", "code électoral" ….
const codeNameStart = `(?:de|des|du|d'|civil|penal|general|rural|electoral|forestier|minier|monetaire|disciplinaire|penitentiaire|douanier)`

var (
	// reCodeNameBackRef is a code's name as reCode reads it that ends
	// with a qualifier pointing back (groups: the name without it).
	reCodeNameBackRef = mustRe(`^((?:nouveau\s+)?code\s+.+?)\s*,?\s+` + codeBackRef + `$`)
	// reSameCodeNamed is "dudit code", "du même code", "ledit code", "ce
	// code" followed by a code's name: "dudit code civil" (groups: the
	// name).
	reSameCodeNamed = mustRe(`^(code\s+` + codeNameStart + `\b[a-z' -]*?)` + codeNameEnd)
)

// codeNamed is the key of the code a name read by reCode or reCodeSubj
// names: "code civil précité", "code civil susvisé", "code civil
// mentionné ci-dessus" are the code civil — the qualifier points back
// to it, it is not part of its name (the key was "code civil precite",
// a code of no article).
func codeNamed(name string) string {
	name = codeInForce20(name)
	if m := reCodeNameBackRef.FindStringSubmatch(name); m != nil {
		name = m[1]
	}
	return codeOf(name)
}

// sameCodeName is the code "dudit code civil", "du même code civil"
// names, m a match of reSameCode in low: the code its name says, ""
// when no name follows ("dudit code, …"). The name says which code; the
// pointer back adds nothing ("dudit code civil" with no code named
// before was refused as "du même code" with none).
func sameCodeName(low string, m []int) string {
	if strings.Contains(low[m[0]:m[1]], "present") {
		// "du présent code": the bill's own code, as before.
		return ""
	}
	n := reSameCodeNamed.FindStringSubmatch(low[m[1]-len("code"):])
	if n == nil {
		return ""
	}
	return codeNamed(n[1])
}

// sameCodeMatch is the first "du même code", "dudit code" of low
// (folded) that no code's name follows, nil if none.
func sameCodeMatch(low string) []int {
	for _, m := range reSameCode.FindAllStringIndex(low, -1) {
		if sameCodeName(low, m) == "" {
			return m
		}
	}
	return nil
}

// reNamedCodeBackRef is a code's name followed by a qualifier pointing
// back to it, within a text (folded): "code civil précité" (groups: the
// name).
var reNamedCodeBackRef = mustRe(`\b(code\s+` + codeNameStart + `\b[a-z' -]*?)\s*,?\s+` + codeBackRef + `\b`)

// withoutCodeBackRef is low (folded) with the qualifiers after a code's
// name taken out, "code civil précité" read "code civil": the code is
// named, not pointed back to (an alinéa not read that named "du code
// civil précité" was taken for one naming no code, and "du même code"
// after it took an earlier one).
func withoutCodeBackRef(low string) string {
	if !reNamedCodeBackRef.MatchString(low) {
		return low
	}
	return reNamedCodeBackRef.ReplaceAllString(low, "$1")
}

// reBareVersion is a version clause with no "tel que" before its
// participle, folded: "… du code civil modifié par la loi n° …", "… de
// la loi du 6 janvier 1978 modifiée par l'ordonnance n° …", "… créé par
// l'article 3 de la loi n° …" up to the next comma (groups: the word
// before it — a verb's auxiliary says it is no clause, "est modifié
// par").
var reBareVersion = mustRe(`(\S+)\s+(?:(?:modifie|complete|abroge|redige|retabli|cree|insere)e?s?)\s+(?:en\s+dernier\s+lieu\s+)?par\s+(?:(?:l'article|les\s+articles)\s[^,]*?\s(?:de\s+la|de\s+l'|du)\s*|(?:la|l'|le|ladite|ledit|cette|ce)\s*)(?:meme\s+|presente\s+)?(?:loi|ordonnance|decret)\b[^,]*`)

// bareVersions gives the spans of low (folded) that are version clauses
// with no "tel que" (reBareVersion): which version of the text is meant,
// not a place. The law it names was taken for the text edited: "L'article
// L. 1 du code civil modifié par la loi n° 2000-1 … est abrogé" repealed
// article 1 of that law.
func bareVersions(low string) [][2]int {
	if !strings.Contains(low, " par ") {
		return nil
	}
	var out [][2]int
	for _, m := range reBareVersion.FindAllStringSubmatchIndex(low, -1) {
		switch low[m[2]:m[3]] {
		case "est", "sont", "ete", "a", "ont", "sera", "seront", "etre", "soit", "soient":
			continue
		}
		out = append(out, [2]int{m[3], m[1]})
	}
	return out
}

// withoutBareVersions is low with its bareVersions blanked, of the same
// length.
func withoutBareVersions(low string) string {
	for _, s := range bareVersions(low) {
		low = low[:s[0]] + strings.Repeat(" ", s[1]-s[0]) + low[s[1]:]
	}
	return low
}

// formerCodeNames are the former names of codes ([renamedCodes]) that do
// not begin with "code", folded: "du nouveau code de procédure civile"
// (refused: the place named no text).
const formerCodeNames = `nouveau\s+code\s+de\s+procedure\s+civile(?:\s*,?\s+` + codeBackRef + `)?`
