package law

import (
	"regexp"
	"strings"
)

// reTextMember is a member of a list of places, after ", " or " et ",
// that names a whole text or a division of one: "et la loi n° …", ", l'ordonnance
// n° …", "et le titre II de la loi n° …" (folded; group 1: the member's
// start).
var reTextMember = regexp.MustCompile(`(?:,\s+|\s+et\s+)((?:la|l'|le|les)\s*(?:loi|ordonnance|decret|titres?|chapitres?|sections?|sous-sections?|livres?|parties?|paragraphes?)\b)`)

// reNumberedText names a law, an ordonnance or a décret by its number.
var reNumberedText = regexp.MustCompile(`\b(?:loi|ordonnance|decret)\s+(?:organique\s+)?n[°o]?\s*\d+\s*-\s*\d+`)

// repealMembers reads the subject of a repeal ("… sont abrogés", an item
// under "Sont abrogés :"). A list whose later members name a text of
// their own by its number — "L'article L. 1 du code civil et la loi n°
// … sont abrogés", "Sont abrogées la loi n° … et la loi n° …",
// "L'article L. 1 du code civil et le titre II de la loi n° …" — is read
// member by member: the locator read the first text named as every
// member's, and the later text was dropped (the law stayed in force).
func (p *parser) repealMembers(low, cased string, parent Scope) ([]Scope, bool, string) {
	cuts := []int{0}
	for _, m := range reTextMember.FindAllStringSubmatchIndex(low, -1) {
		end := len(low)
		if n := reTextMember.FindStringSubmatchIndex(low[m[1]:]); n != nil {
			end = m[1] + n[0]
		}
		if reNumberedText.MatchString(low[m[2]:end]) {
			cuts = append(cuts, m[0], m[2])
		}
	}
	if len(cuts) == 1 {
		return p.scopes(low, cased, parent)
	}
	cuts = append(cuts, len(low))
	var out []Scope
	for i := 0; i+1 < len(cuts); i += 2 {
		part, partCased := low[cuts[i]:cuts[i+1]], cased[cuts[i]:cuts[i+1]]
		if strings.TrimSpace(part) == "" {
			continue
		}
		sc, ok, why := p.scopes(part, partCased, parent)
		if !ok {
			return nil, false, why
		}
		out = append(out, sc...)
	}
	return out, true, ""
}

// wholeText lists the articles of a law, an ordonnance or a décret the
// corpus holds, for its repeal as a whole; a code repealed whole is not
// read (none).
func wholeText(c Corpus, text string) []CodeRef {
	if text == "" || strings.HasPrefix(text, "code ") {
		return nil
	}
	var out []CodeRef
	for r := range c {
		if r.Code == text {
			out = append(out, r)
		}
	}
	return out
}

// reAdaptation opens an adaptation of a text to a place or a case, "Pour
// l'application de l'article L. 1 à Mayotte, …", "Pour son application
// en Nouvelle-Calédonie, …" (folded).
var reAdaptation = regexp.MustCompile(`^pour\s+(?:l'|son\s+|leur\s+)application\b`)

// reTerritoryVersion names the version of a text that applies in an
// overseas territory, "dans sa rédaction applicable en
// Nouvelle-Calédonie", "dans leur version applicable à Mayotte" (folded).
var reTerritoryVersion = regexp.MustCompile(`\bdans\s+(?:sa|leur)\s+(?:redaction|version)\s+applicables?\s+(?:en|a|aux|au|dans\s+les|dans)\s+(?:la\s+|les\s+|l')?(?:nouvelle|polynesie|wallis|iles|mayotte|saint|reunion|guadeloupe|guyane|martinique|terres|collectivites|outre|departements|territoires)`)

// deferredMore are the deferrals reDeferred reads besides a date: "à
// compter d'une date fixée par décret", "à compter de l'année 2030", "à
// compter de 2030", "à compter de l'imposition des revenus de …", "à une
// date fixée par décret", "au plus tard le …", "est abrogé au 31
// décembre 2030" (folded; never "à compter
// de la publication de la présente loi", which is at once).
const deferredMore = `(?:^|[\s,;])a\s+(?:compter|partir)\s+(?:d'une\s+date|de\s+l'annee|des?\s+annees?\s+\d{4}|de\s+\d{4}\b|de\s+l'imposition|des\s+impositions)|(?:^|[\s,;])a\s+une\s+date\s+fixee\b|(?:^|[\s,;])au\s+plus\s+tard\s+le\s|(?:est|sont)\s+(?:abroge|supprime)(?:e|s|es)?\s+au\s+(?:1er|\d{1,2})\s+` + monthNames + `\s+\d{4}`

// reTemporary is an instruction in force for a time only: "jusqu'au 31
// décembre 2030", "à titre expérimental (transitoire, provisoire)",
// "pour une durée de trois ans" (folded).
var reTemporary = regexp.MustCompile(`(?:^|[\s,;])(?:jusqu'au\s+(?:1er\b|\d)|a\s+titre\s+(?:experimental|transitoire|provisoire)|pour\s+une\s+duree\s+(?:de|d')\s)[^,:;]*`)
