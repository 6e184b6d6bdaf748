package law

import "strings"

// reTitleStart19 is how more titles of texts named by number and date
// begin after the date, folded: a décret "pris pour l'application de
// …", "pris en application de …", a law "autorisant la ratification de
// …", "complétant …", "abrogeant …", "fixant …" — a participle heading a
// title, never a second place (inTextTitle).
var reTitleStart19 = mustRe(`^\s+(?:pris|autorisant|completant|abrogeant|fixant|prorogeant|reformant|renforcant|organisant|adaptant|transposant|simplifiant|etablissant|definissant|approuvant)\b`)

// reUnkeyedLaw19 is a law or an ordonnance named in a form that keys no
// text, folded: by its name with no number ("la loi de finances pour
// 2001", "la loi de finances rectificative pour 2001", "la loi de
// financement de la sécurité sociale pour 2001" — not followed by "(n°
// …)", which keys it), by its year ("la loi de 1901"), by its title
// alone ("la loi organique relative aux lois de finances", "l'ordonnance
// relative à …") (group: the kind).
var reUnkeyedLaw19 = mustRe(`\b(loi)\s+(?:de\s+finances\s+(?:rectificative\s+)?|de\s+financement\s+de\s+la\s+securite\s+sociale\s+)pour\s+(?:l'(?:annee|exercice)\s+)?\d{4}\b(?:\s*\(?\s*n[°o])?|\b(loi)\s+de\s+\d{4}\b|\b(loi|ordonnance)\s+(?:organique\s+)?(?:portant|relati(?:f|ve)s?|tendant|visant|modifiant|ratifiant|habilitant|instituant|creant|concernant|d'orientation)\b`)

// forgetUnkeyed19 forgets the last text of a kind when low (folded,
// quotes out) names one of that kind in a form reUnkeyedLaw19 finds: "I.
// – L'article 3 de la loi n° 2000-1 …", "II. – L'article 4 de la loi de
// finances pour 2001 est abrogé." (refused), then "III. – L'article 5 de
// la même loi" is the finance law's, not known: refused (the law n°
// 2000-1 was edited).
func (p *parser) forgetUnkeyed19(low string) {
	for _, m := range reUnkeyedLaw19.FindAllStringSubmatchIndex(low, -1) {
		if strings.HasSuffix(low[:m[0]], "presente ") {
			// "les dispositions de la présente loi relatives à …": the
			// bill itself.
			continue
		}
		if low[m[1]-1] == '°' || low[m[1]-1] == 'o' && low[m[1]-2] == 'n' {
			// "la loi de finances pour 2010 (n° 2009-1673 …)": keyed.
			continue
		}
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				p.lastKind[low[m[g]:m[g+1]]] = ""
			}
		}
	}
}

// reTextDateKey19 is a key of textDates: a kind and a date.
//
// noteTextDate19 records that key (the kind and date of a text named by
// its number, "loi 1er janvier 2000") is the text's key; a second text of
// that kind and date ("la loi n° 2000-1 du 1er janvier 2000", then "la
// loi n° 2000-2 du 1er janvier 2000") makes it none: "la loi du 1er
// janvier 2000 précitée" names one of two, which one is not said
// (refused; it took the last).
func (p *parser) noteTextDate19(kindDate, key string) {
	if old, ok := p.textDates[kindDate]; ok && old != key {
		p.textDates[kindDate] = ""
		return
	}
	p.textDates[kindDate] = key
}

// rePrecitedBeforeDate19 is "la loi précitée du 29 juillet 1881", the
// qualifier before the date, folded (groups: kind, date).
var rePrecitedBeforeDate19 = mustRe(`\b(loi|ordonnance|decret)\s+(organique\s+)?(?:precitee?|susvisee?|susmentionnee?)\s+du\s+(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4})\b`)

// precitedAfterDate19 writes "la loi précitée du 29 juillet 1881" as
// "la loi du 29 juillet 1881 précitée": the law of that date named
// before by its number, else none known (it took the last law named,
// whatever its date).
func precitedAfterDate19(low string) string {
	return rePrecitedBeforeDate19.ReplaceAllString(low, "${1} ${2}du ${3} precitee")
}

// reOrganicLaw19 is an organic law named by its number, folded (groups:
// the number's two parts); reSameOrganic19 an organic law named back:
// "la même loi organique", "ladite loi organique", "cette loi
// organique", "la loi organique précitée".
var (
	reOrganicLaw19  = mustRe(`\bloi\s+organique\s+n[°o]?\s*(\d+)\s*-\s*(\d+)\b`)
	reSameOrganic19 = mustRe(`\b(?:meme|ladite|cette)\s+loi\s+organique\b|\bloi\s+organique\s+(?:precitee|susvisee|susmentionnee)\b`)
)

// organicSame19 refuses an organic law named back ("de la même loi
// organique", "ladite loi organique", "la loi organique précitée") when
// the law named last is not organic: "I. – … la loi organique n° 2001-2
// …", "II. – … la loi n° 2000-1 …", "III. – L'article 5 de la même loi
// organique" (it took the law n° 2000-1, which is not organic). The law
// named last being organic, it is read; one named before it in the same
// alinéa too. It then notes the organic laws low names.
func (p *parser) organicSame19(low string) error {
	defer func() {
		for _, m := range reOrganicLaw19.FindAllStringSubmatch(low, -1) {
			if p.organic19 == nil {
				p.organic19 = map[string]bool{}
			}
			p.organic19[textKey30("loi", m[1], m[2])] = true
		}
	}()
	m := reSameOrganic19.FindStringIndex(low)
	if m == nil || reOrganicLaw19.MatchString(low[:m[0]]) {
		return nil
	}
	if last := p.lastKind["loi"]; last != "" && !p.organic19[last] {
		return errOrganicNamedBack26
	}
	return nil
}
