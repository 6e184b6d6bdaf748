package law

import "strings"

// An entry into force naming a division of a code (entrycode15): "Le
// chapitre II du titre Ier du livre II du code civil entre en vigueur le
// 1er janvier 2030", "Les dispositions de la section 2 du chapitre III du
// code rural, dans leur rédaction résultant de la présente loi, entrent
// en vigueur …". Which of the code's articles the division holds is not
// said by the bill, nor by the articles the corpus holds: every
// instruction of the law editing that code is refused, to no day, by a
// delay or a day alike (they were applied at once: nothing was deferred).

// reEntryDivisionLead is the determiner before a division named as an
// entry's subject, folded: "le ", "la ", "les ", "les dispositions du ".
var reEntryDivisionLead = mustRe(`^(?:les\s+dispositions\s+(?:du|de\s+la|des)\s+|(?:le|la|les)\s+)`)

// noteCodeDivisionEntry reads an entry's subject (folded, its version
// clause cut; cased alike) naming a division of a code, resolved as a
// locator's ("du même code": the last named), and records it as an
// entry of that division (codeEntry.division). It reports whether the
// subject was one.
func (p *parser) noteCodeDivisionEntry(article ArticleNumber, alinea int, raw, subject, subjectCased string, later bool) bool {
	if !strings.Contains(subject, "code") || !reEntryLawDivision.MatchString(subject) {
		return false
	}
	lead := reEntryDivisionLead.FindStringIndex(subject)
	if lead == nil {
		return false
	}
	loc, locCased := "dans le "+subject[lead[1]:], "dans le "+subjectCased[lead[1]:]
	scopes, ok, _ := p.scopes(loc, locCased, Scope{})
	if !ok || len(scopes) == 0 {
		return false
	}
	for _, s := range scopes {
		if s.Ref.Code == "" || s.Ref.Article != "" || len(s.Division) == 0 {
			return false
		}
	}
	p.codeEntries = append(p.codeEntries, codeEntry{article: article, alinea: alinea, text: strings.TrimSpace(raw), scopes: scopes, later: later, division: true})
	return true
}

// refuseCodeDivisionEdits refuses, to no day, every parsed instruction
// of out with an edit in the code of a division entry (e.division).
func refuseCodeDivisionEdits(e codeEntry, out []Instruction) {
	codes := map[string]bool{}
	for _, s := range e.scopes {
		codes[s.Ref.Code] = true
	}
	why := "deferred: article " + string(e.article) + " of the law sets when a division of a code takes effect, whose articles are not said (" + e.text + ")"
	for k := range out {
		in := &out[k]
		if in.Status != Parsed {
			continue
		}
		for _, ed := range in.Edits {
			if editInCodes(ed, codes) {
				deferTo(in, "", why)
				break
			}
		}
	}
}

// editInCodes reports whether an edit changes, names or creates an
// article of one of the codes.
func editInCodes(ed Edit, codes map[string]bool) bool {
	if codes[ed.Scope.Ref.Code] || codes[ed.To.Code] {
		return true
	}
	for _, a := range ed.NewArticles {
		if codes[a.Ref.Code] {
			return true
		}
	}
	return false
}
