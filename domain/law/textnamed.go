package law

import "strings"

// noteText records a text an instruction names as the one "du même
// code" ("de la même loi") and the bill article's context name next.
func (p *parser) noteText(code string) {
	p.censoredSinceText = false
	p.lastCode = code
	p.articleCode = code
	p.articleTexts[code] = true
	p.lastKind[strings.Fields(code)[0]] = code
}

// headingText records the text a division's heading an instruction edits
// belongs to: "L'intitulé du titre Ier du livre VII du code civil est
// ainsi rédigé : « … »" then "II. – À l'article L. 1 du même code" is the
// code civil's (the heading's code was not recorded: "article of an
// unknown code").
func (p *parser) headingText(low string) {
	if code := p.textNamed(low); code != "" && !reSameCode.MatchString(low) {
		p.unknownCode = false
		p.noteText(code)
	}
}

// namesTheSameCode reports whether low (folded) names the code named
// before: "du même code", "dudit code", "de ce code", and "du code
// précité", "du code susmentionné", "du code susvisé" (these were not
// refused after an article of an unknown code, and took the code of an
// earlier bill article — TestGenArtsSameCodeAfterAnUnknownOne).
func namesTheSameCode(low string) bool { return sameCodeAt(low) >= 0 }

// sameCodeAt gives where low (folded) names the code named before
// (namesTheSameCode), -1 if it does not.
func sameCodeAt(low string) int {
	if m := sameCodeMatch(low); m != nil {
		return m[0]
	}
	if m := reCode.FindStringSubmatchIndex(low); m != nil && reCodeAnaphor.MatchString(low[m[2]:m[3]]) {
		return m[0]
	}
	return -1
}

// codeOfRefused records the code an instruction refused for its date or
// its version names ("À compter du 1er janvier 2030, l'article L. 1 du
// code civil est abrogé"): "du même code", "de ce code" after it are
// that code (they took the one named before it, and a new article went
// into another code — TestGenArtsCodeOfARefusedInstruction).
func (p *parser) codeOfRefused(low string) {
	// The text a version clause names is not the place ("L'article L. 4,
	// dans sa rédaction antérieure à la loi n° …": no code named).
	low = reEarlierVersion.ReplaceAllString(low, " ")
	low = reDatedVersion.ReplaceAllString(low, " ")
	code := p.textNamed(low)
	switch {
	case strings.HasPrefix(code, "code ") && !namesTheSameCode(low):
		p.unknownCode = false
		p.noteText(code)
	case strings.HasPrefix(code, "code ") && !p.unknownCode:
		// "de ce code": the bill article names it, as read at once.
		p.noteText(code)
	case code == "" && p.articleCode == "" && reNewCodeArticle.MatchString(low):
		// "L'article L. 5 est abrogé à compter du …" with no code
		// named: unknown, as read at once.
		p.unknownCode = true
	}
}

// textOfUnread records the text an alinéa not read (refused, or no
// instruction) names by its name, outside its quotes: "I. – À l'article
// L. 1 du code civil, les mots : « A » sont déplacés …" (refused), then
// "II. – À l'article L. 2 du même code" is the code civil's (it took the
// code an earlier bill article named — TestCodesSameCodeAfterUnread). A
// text it names as "du même code", "ladite loi", "précité" is not noted
// (the one before stays, or stays unknown after a part censured).
func (p *parser) textOfUnread(low string) {
	low = withoutCodeBackRef(low)
	low = reEarlierVersion.ReplaceAllString(low, " ")
	low = reDatedVersion.ReplaceAllString(low, " ")
	defer p.forgetUnidentified(low)
	if sameCodeAt(low) >= 0 || reSameText.MatchString(low) || reSameDecret.MatchString(low) || rePrecitee.MatchString(low) || reLaidite.MatchString(low) {
		return
	}
	if code := p.textNamed(low); code != "" {
		p.unknownCode = false
		p.noteText(code)
	}
}

// textOfProvision records the text an autonomous provision (no
// instruction) names: "I. – Les dispositions de l'article L. 1 du code
// civil sont applicables à Mayotte." then "II. – À l'article L. 2 du même
// code" is the code civil's. A code whose name runs to the end of the
// provision ("… l'article L. 1 du code civil fait l'objet d'une
// évaluation.") is not told apart from the words after it (with no list
// of the codes, "du code civil fait l'objet …" may be a name): "du même
// code" after it is refused, as after an article of an unknown code (it
// took the code an earlier bill article named —
// TestCodesSameCodeAfterUnread).
func (p *parser) textOfProvision(low string) {
	if m := reCode.FindStringSubmatchIndex(low); m != nil && !reCodeAnaphor.MatchString(low[m[2]:m[3]]) && sameCodeAt(low) != m[0] {
		if strings.TrimSpace(strings.Trim(strings.TrimSpace(low[m[3]:]), ".;")) == "" {
			p.unknownCode = true
			return
		}
	}
	p.textOfUnread(low)
}

// textNamed returns the key of the code, law, ordonnance or décret a
// locator names first, or the one "du même code" / "de la même
// ordonnance" / "du même décret" / "précitée" refers to; "" if none.
func (p *parser) textNamed(low string) string {
	low = precitedAfterDate19(withoutBareVersions(low))
	best, at := "", len(low)+1
	try := func(i int, key string) {
		if i >= 0 && i < at && key != "" {
			best, at = key, i
		}
	}
	if m := reLaw.FindStringSubmatchIndex(low); m != nil {
		try(m[0], textKey30("loi", low[m[2]:m[3]], low[m[4]:m[5]]))
	}
	for _, m := range reNumberedTextDate.FindAllStringSubmatch(low, -1) {
		p.noteTextDate19(m[1]+" "+m[4], textKey30(m[1], m[2], m[3]))
	}
	dated := false
	if m := reDatedText.FindStringSubmatchIndex(low); m != nil {
		// "de la loi du 12 avril 2000 (précitée)": the text of that
		// kind and date named before by its number, else none known.
		dated = true
		try(m[0], p.textDates[low[m[2]:m[3]]+" "+low[m[4]:m[5]]])
	}
	if m := reOrdonnance.FindStringSubmatchIndex(low); m != nil {
		try(m[0], textKey30("ordonnance", low[m[2]:m[3]], low[m[4]:m[5]]))
	}
	if m := reDecret.FindStringSubmatchIndex(low); m != nil {
		try(m[0], textKey30("decret", low[m[2]:m[3]], low[m[4]:m[5]]))
	}
	if m := reSameDecret.FindStringIndex(low); m != nil {
		try(m[0], p.lastKind["decret"])
	}
	// "du code civil", "Le code civil est ainsi modifié :"; "du code
	// précité", "du code susmentionné", "Le code précité est …": the
	// code named last; in a bill article that has named two codes,
	// which is not said (none). (The subject's anaphor was a code named
	// "précité" — codes19.)
	for _, re := range []*lre{reCode, reCodeSubj} {
		m := re.FindStringSubmatchIndex(low)
		switch {
		case m == nil:
		case reCodeAnaphor.MatchString(low[m[2]:m[3]]):
			dated = true
			if p.codesNamed() < 2 {
				try(m[0], p.lastKind["code"])
			}
		default:
			try(m[0], codeNamed(low[m[2]:m[3]]))
		}
	}
	for _, m := range reSameCode.FindAllStringIndex(low, -1) {
		// "dudit code civil": the code named (codes19).
		if named := sameCodeName(low, m); named != "" {
			try(m[0], named)
		} else if strings.Contains(low[m[0]:m[1]], "present") {
			try(m[0], p.contextCode27()) // "du présent code": the context's (codes27)
		} else {
			try(m[0], p.lastKind["code"])
		}
	}
	unsaid := p.textUnsaid(low)
	if m := reSameText.FindStringSubmatchIndex(low); m != nil && !unsaid {
		try(m[0], p.lastKind[low[m[2]:m[3]]])
	}
	if m := reKindPrecitee.FindStringSubmatchIndex(low); m != nil && best == "" && !dated {
		// "de la loi précitée", "de l'ordonnance précitée": the last
		// text of that kind, never a code; after two, none.
		if !unsaid {
			try(m[0], p.lastKind[low[m[2]:m[3]]])
		}
		dated = true
	}
	if m := rePrecitee.FindStringIndex(low); m != nil && best == "" && !dated && p.codesNamed() < 2 && len(p.articleTexts) < 2 && !foreignText14(low) {
		// "de l'article L. 1 précité": of the text named last; in a
		// bill article that has named two codes, which is not said
		// (none: it took the last, not the one L. 1 was named in); nor
		// after a code and a law ("I. – … l'article L. 1 du code civil",
		// "II. – … l'article 5 de la loi n° …", "III. – … l'article L. 1
		// précité": the law's L. 1 was edited —
		// TestCodesArticlePreciteAfterTwoTexts).
		try(m[0], p.lastCode)
	}
	return best
}

// textUnsaid says a locator names a law (ordonnance, décret) as "ladite
// loi" or "la loi précitée", without its number, when the bill article
// has named two texts of that kind: which one is not said ("la même
// loi", the one named last, is read).
func (p *parser) textUnsaid(low string) bool {
	kind := ""
	if m := reLaidite.FindStringSubmatch(low); m != nil {
		kind = m[1] + m[2]
	} else if m := reKindPrecitee.FindStringSubmatch(low); m != nil {
		kind = m[1]
	}
	if kind == "" || reLaw.MatchString(low) && kind == "loi" {
		return false
	}
	n := 0
	for k := range p.articleTexts {
		if strings.HasPrefix(k, kind+" ") {
			n++
		}
	}
	return n >= 2
}

// reSeveralCodes is two codes named as one place, joined by a comma,
// "et" or "ainsi que": "dans le code civil et le code de commerce", "du
// code civil et du code de commerce", "le code général des impôts et le
// livre des procédures fiscales" (not "à l'article L. 1 du code civil et
// à l'article L. 2 du code de commerce", each its own place).
var reSeveralCodes = mustRe(`\b(?:code|livre\s+des\s+procedures\s+fiscales)\s[^,;:«»"]*?(?:,|\s(?:et|ainsi\s+que)\b)\s*(?:(?:dans|a)\s+)?(?:le|du|au|l'ensemble\s+du|tout\s+le)\s+(?:code|livre\s+des\s+procedures\s+fiscales)\b`)

// reEveryText is every law as a place, folded: "toutes les dispositions
// législatives (réglementaires)", "l'ensemble des textes législatifs",
// "dans les dispositions législatives en vigueur", "tous les codes",
// "l'ensemble des codes", "tous les textes".
var reEveryText = mustRe(`\b(?:toutes\s+les|tous\s+les|l'ensemble\s+des|dans\s+les)\s+(?:(?:dispositions|textes)\s+(?:legislati|reglementaire|en\s+vigueur)|codes\b)|\btous\s+les\s+textes\b`)

// reTextTitle is the title of a text, folded: "le titre de la loi",
// "l'intitulé de l'ordonnance", "dans le titre du décret", "à
// l'intitulé de la présente loi" — never "le titre II de la loi", a
// division.
var reTextTitle = mustRe(`^(?:(?:a|dans)\s+)?(?:l'intitule|le\s+titre)\s+(?:de\s+la\s+(?:presente\s+)?loi|de\s+l'ordonnance|du\s+decret)\b`)

// reOwnTitle is a title named by its text's context, folded: "son
// titre est", "dans son titre,", "l'intitulé est", "à son intitulé,"
// (not "son titre Ier", a division); reTextKey a
// text's key that is a law, an ordonnance or a décret, no code.
var (
	reOwnTitle = mustRe(`^(?:(?:a|dans)\s+)?(?:son\s+|l')(?:titre|intitule)\s*(?:,|est\b)`)
	reTextKey  = mustRe(`^(?:loi|ordonnance|decret)\b`)
)

// reLaidite is "ladite loi", "de ladite ordonnance" (group: the kind).
var reLaidite = mustRe(`\bladite\s+(loi|ordonnance)\b|\bledit\s+(decret)\b`)

// codesNamed counts the codes the bill article has named so far.
func (p *parser) codesNamed() int {
	n := 0
	for k := range p.articleTexts {
		if w := strings.Fields(k); len(w) > 0 && w[0] != "loi" && w[0] != "ordonnance" && w[0] != "decret" {
			n++
		}
	}
	return n
}

var (
	// reNumberedTextDate is a text named by kind, number and date: "loi
	// n° 2000-321 du 12 avril 2000" (groups: kind, number, date).
	reNumberedTextDate = mustRe(`\b(loi|ordonnance|decret)\s+(?:organique\s+)?n[°o]?\s*(\d+)\s*-\s*(\d+)\s+du\s+(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4})\b`)
	// reDatedText is a text named by kind and date only: "loi du 12 avril
	// 2000" (groups: kind, date).
	reDatedText = mustRe(`\b(loi|ordonnance|decret)\s+(?:organique\s+)?du\s+(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4})\b`)
	// reKindPrecitee is "la loi précitée", "l'ordonnance précitée", "le
	// décret précité", "la loi susvisée" (group: the kind).
	reKindPrecitee = mustRe(`\b(loi|ordonnance|decret)\s+(?:organique\s+)?(?:precitee?|` + kindBackRef21 + `)\b`)
	// reForeignArticle is an article of a text named after it — "l'article
	// 5 de la loi du 29 juillet 1881", "de la Constitution", "de la
	// présente loi", "du code précité", "du règlement (UE) n° 2016/679",
	// "de la directive 2019/790", "du traité", "de la convention" —,
	// which, when the text is not identified, is never the context's (a
	// règlement's, a directive's article 5 under "Le code civil est ainsi
	// modifié :" was the code civil's — TestCodesArticleOfAnUnknownText;
	// "de l'arrêté", "de la délibération", "du statut", "de la
	// circulaire", "de l'avenant", "du pacte", "de la déclaration", "de
	// la résolution", "de l'acte" so — TestPenal13ArticleOfOtherTexts).
	reForeignArticle = mustRe(`\barticles?\s+(?:(?:l\.?\s*o|l|r|d|a)\.?\s*)?\d[^,;:]*?\s(?:de\s+la|de\s+l'|du)\s*(?:loi|ordonnance|decret|constitution|presente\s+loi|code\s+(?:precite|susmentionne|susvise)|reglement|directive|traite|convention|charte|accord|protocole|decision|arrete|deliberation|statut|circulaire|avenant|pacte|declaration|resolution|acte)\b`)
)

// reArticleOfAcronym is an article of a text named after it by capitals,
// on the text as written: "l'article 1 du CGI", "de l'article 5 du
// RGPD" (group: the capitals).
var reArticleOfAcronym = mustRe(`\b[Aa]rticles?\s+(?:(?:L\.?\s*O|L|R|D|A)\.?\s*)?\d[^,;:]*?\s(?:du|de\s+la|de\s+l')\s*([A-Z][A-Z]+)\b`)

// reRomanNumber is a part's label in capitals: "II", "XIV".
var reRomanNumber = mustRe(`^[IVXLC]+$`)

// foreignAcronym reports whether cased (the locator as written) names an
// article of a text by an abbreviation — "À l'article 1 du CGI" under
// "Le code civil est ainsi modifié :" —, which is not a text the grammar
// identifies: never the context's article 1 (it was edited). A part
// after "du" ("du II de l'article L. 1") is not one.
func foreignAcronym(cased string) bool {
	for _, m := range reArticleOfAcronym.FindAllStringSubmatch(cased, -1) {
		if !reRomanNumber.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// capitalNotRead reports whether an item with capitals after its label
// ("le a bis A", "du 1° B bis") is named in s and not read whole by one of
// found (findItems' matches): "au 1° bis A" is read ("1° bis a"), "au a bis
// A" is not (the whole article, or the item around it, was edited).
func capitalNotRead(s string, found [][]int) bool {
	for _, c := range reItemCapital.FindAllStringIndex(s, -1) {
		read := false
		for _, m := range found {
			if m[2] < c[1] && m[3] >= c[1] {
				read = true
			}
		}
		if !read {
			return true
		}
	}
	return false
}

// findItems finds the item designations of a locator, like
// reItem.FindAllStringSubmatchIndex but where the word that ends one may
// begin the next ("au c du 4": "c", then "4").
func findItems(s string) [][]int {
	var out [][]int
	for from := 0; from < len(s); {
		m := reItem.FindStringSubmatchIndex(s[from:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		out = append(out, m)
		from = m[3]
	}
	return out
}

// reSameAlineas is "Aux mêmes alinéas", folded, the whole locator.
var reSameAlineas = mustRe(`^(?:aux|dans\s+les|les)\s+memes\s+alineas\s*,?$`)
