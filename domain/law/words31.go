package law

import "strings"

// words31: a word replaced at two named occurrences, the second said
// short. Both are rewritten to the form read ("la première occurrence du
// mot : « A » est remplacée par … et la seconde occurrence du mot : « A »
// est remplacée par …"), whose occurrences are counted on the text
// before the instruction and refused (words not found) when the text
// holds fewer.

// reSecondShort31 is "la première occurrence du mot : « A » est remplacée
// par le mot : « B » et la seconde par", "… et la seconde occurrence du
// même mot (de ce mot) est remplacée par".
var reSecondShort31 = mustRe(`(?i)(?P<head>\bla\s+(?:` + ordWordsAcc + `)\s+occurrence\s+(?P<of>du|de\s+la|des|de\s+l['’])\s*(?P<noun>` + wordNounCased + `)\s*:?\s*(?P<old>«[^«»]*»)\s+est\s+remplacée\s+par\s+(?:le|la|les|l['’])\s*` + wordNounCased + `\s*:?\s*«[^«»]*»\s+et\s+la\s+(?:` + ordWordsAcc + `))(?:\s+occurrence(?:\s+(?:du\s+même\s+mot|de\s+ce\s+mot|des\s+mêmes\s+mots|de\s+ces\s+mots))?)?\s+(?:est\s+remplacée\s+)?par\s`)

// reRanksAfterVerb31 is "le mot : « A » est remplacé, à la première
// occurrence, par le mot : « B » et, à la seconde occurrence, par".
var reRanksAfterVerb31 = mustRe(`(?i)\b(?P<art>le|la|les|l['’])\s*(?P<noun>` + wordNounCased + `)\s*:?\s*(?P<old>«[^«»]*»)\s+est\s+remplacée?\s*,\s*à\s+la\s+(?P<r1>` + ordWordsAcc + `)\s+occurrence\s*,\s*par\s+(?P<new>(?:le|la|les|l['’])\s*` + wordNounCased + `\s*:?\s*«[^«»]*»)\s+et\s*,\s*à\s+la\s+(?P<r2>` + ordWordsAcc + `)\s+occurrence\s*,\s*par\s`)

var ofArticle31 = map[string]string{"le": "du", "la": "de la", "l'": "de l'", "l’": "de l'"}

// occurrencePairs31 rewrites both forms to the one read.
func occurrencePairs31(body string) string {
	if !strings.Contains(body, "occurrence") {
		return body
	}
	sub := func(re *lre, g []string, name string) string { return g[re.SubexpIndex(name)] }
	body = reRanksAfterVerb31.ReplaceAllStringFunc(body, func(m string) string {
		re := reRanksAfterVerb31
		g := re.FindStringSubmatch(m)
		art := sub(re, g, "art")
		of, ok := ofArticle31[strings.ToLower(art)]
		if !ok {
			return m
		}
		la := "la"
		if art[:1] != strings.ToLower(art[:1]) {
			la = "La"
		}
		words := of + " " + sub(re, g, "noun") + " : " + sub(re, g, "old")
		return la + " " + sub(re, g, "r1") + " occurrence " + words + " est remplacée par " + sub(re, g, "new") +
			" et la " + sub(re, g, "r2") + " occurrence " + words + " est remplacée par "
	})
	body = reSecondShort31.ReplaceAllStringFunc(body, func(m string) string {
		re := reSecondShort31
		g := re.FindStringSubmatch(m)
		return sub(re, g, "head") + " occurrence " + sub(re, g, "of") + " " + sub(re, g, "noun") + " : " + sub(re, g, "old") + " est remplacée par "
	})
	return body
}
