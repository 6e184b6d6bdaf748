package law

import "strings"

// reNamedText20 is a law or an ordonnance named by a name of its own,
// accents folded, case kept: "la loi Informatique et libertés", "la loi
// Macron", "la loi SRU", "la loi « Littoral »" (a quotation is "Q0" in
// the shape), "la loi dite « Macron »", "la loi, dite …" — a name the
// grammar keys no text by (group: the kind).
var reNamedText20 = mustRe(`\b(loi|ordonnance)(?:\s+organique)?(?:\s+[A-Z]|\s*,?\s+dite\b)`)

// reNamedAlias20 is a name given after the text is named ("la loi n° …
// dite loi Macron", "…, dite « loi Macron »"): the same text, keyed by its
// number before.
var reNamedAlias20 = mustRe(`\b(?:dite|appelee|denommee)\s*(?:Q\d+\s*)?$`)

// forgetNamedText20 forgets the last text of a kind when caseSh (an
// alinéa's shape, accents folded, case kept) names one of that kind by a
// name of its own: "I. – L'article 3 de la loi n° 2000-1 …", "II. –
// L'article 4 de la loi Informatique et libertés est abrogé." (refused),
// then "III. – L'article 5 de la même loi" ("ladite loi", "cette loi",
// "la loi précitée") is the named law's, which is not known: refused (it
// took the law n° 2000-1).
func (p *parser) forgetNamedText20(caseSh string) {
	for _, m := range reNamedText20.FindAllStringSubmatchIndex(caseSh, -1) {
		if reNamedAlias20.MatchString(caseSh[:m[0]]) {
			continue
		}
		p.lastKind[strings.ToLower(caseSh[m[2]:m[3]])] = ""
	}
}

// reCodeInForce20 is "en vigueur" written after a code's name, folded:
// "du code civil en vigueur", "actuellement en vigueur", "tel qu'en
// vigueur" — the code civil as it stands, not a code of that name
// (groups: the name, the word before "en vigueur" or its qualifier,
// what follows it).
var reCodeInForce20 = mustRe(`^(code\s.*?(\S+))\s*,?\s+(?:tel\s+qu'(?:il\s+est\s+)?|actuellement\s+)?en\s+vigueur\b(.*)$`)

// reCodeInForceWhere20 is a code named as it stands somewhere or on a
// date, folded: "du code civil en vigueur à Mayotte", "… en vigueur en
// Nouvelle-Calédonie", "… en vigueur au 1er janvier 2020", "… en vigueur
// avant la loi n° …" (groups: the word before "en vigueur", what
// follows).
var reCodeInForceWhere20 = mustRe(`\bcode\s+(?:[a-z'-]+\s+){0,10}?([a-z'-]+)\s*,?\s+(?:tel\s+qu'(?:il\s+est\s+)?|actuellement\s+)?en\s+vigueur\s+((?:a|au|aux|en|dans|le|du|depuis|avant|apres|jusqu'(?:au|a|en)|anterieurement|sur|pour|lors)\b[^,;:]*)`)

// inForceVerb20 is a word before "en vigueur" that makes it a verb's
// ("le code civil entre en vigueur", "est en vigueur", "demeure en
// vigueur"), not a qualifier of the code's name.
var inForceVerb20 = map[string]bool{"entre": true, "entrent": true, "entree": true, "entrees": true, "entres": true, "est": true, "sont": true, "reste": true, "restent": true, "demeure": true, "demeurent": true, "mis": true, "mise": true, "mises": true, "maintenu": true, "maintenue": true, "maintenus": true, "maintenues": true, "etait": true, "etaient": true}

// codeInForce20 is name without "en vigueur" and what follows ("code
// civil en vigueur" is the code civil; it was a code "code civil en
// vigueur", and nothing was applied). A version so named on a date or in
// a territory is refused by codeInForceWhere20.
func codeInForce20(name string) string {
	if m := reCodeInForce20.FindStringSubmatch(name); m != nil && !inForceVerb20[m[2]] {
		return m[1]
	}
	return name
}

// codeInForceWhere20 refuses a place of a code named as the code stands
// on a date, before another law or in a territory, low folded: "À
// l'article L. 1 du code civil en vigueur à Mayotte (en
// Nouvelle-Calédonie, au 1er janvier 2020), …" is a text we may not have
// (it went to a code "code civil en vigueur à Mayotte": nothing
// applied). "En vigueur à la date de publication de la présente loi" is
// the current text, read, as "dans sa rédaction en vigueur à …".
func codeInForceWhere20(low string) error {
	for _, m := range reCodeInForceWhere20.FindAllStringSubmatch(low, -1) {
		if inForceVerb20[m[1]] || strings.HasPrefix(m[2], "dans sa ") || strings.HasPrefix(m[2], "dans leur ") {
			continue
		}
		if strings.Contains(m[2], "presente loi") || strings.Contains(m[2], "presente ordonnance") {
			continue
		}
		return errCodeAsItStood26
	}
	return nil
}
