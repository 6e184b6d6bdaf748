package law

import (
	"fmt"
	"strings"
)

// reTextMember is a member of a list of places, after ", " or " et ",
// that names a whole text or a division of one: "et la loi n° …", ", l'ordonnance
// n° …", "et le titre II de la loi n° …" (folded; group 1: the member's
// start).
var reTextMember = mustRe(`(?:,\s+|\s+et\s+)((?:la|l'|le|les)\s*(?:loi|ordonnance|decret|titres?|chapitres?|sections?|sous-sections?|livres?|parties?|paragraphes?)\b)`)

// reNumberedText names a law, an ordonnance or a décret by its number.
var reNumberedText = mustRe(`\b(?:loi|ordonnance|decret)\s+(?:organique\s+)?n[°o]?\s*\d+\s*-\s*\d+`)

// repealMembers reads the subject of a repeal ("… sont abrogés", an item
// under "Sont abrogés :"). A list whose later members name a text of
// their own by its number — "L'article L. 1 du code civil et la loi n°
// … sont abrogés", "Sont abrogées la loi n° … et la loi n° …",
// "L'article L. 1 du code civil et le titre II de la loi n° …" — is read
// member by member: the locator read the first text named as every
// member's, and the later text was dropped (the law stayed in force).
func (p *parser) repealMembers(low, cased string, parent Scope) ([]Scope, bool, error) {
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
	return out, true, nil
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
// en Nouvelle-Calédonie, …", or an edit for an overseas territory alone,
// "En Nouvelle-Calédonie, …", "À Mayotte, …", "Dans les îles Wallis et
// Futuna, …" (folded).
var reAdaptation = mustRe(`^pour\s+(?:l'|son\s+|leur\s+)application\b|^(?:en|a|au|aux|dans|pour)\s+(?:la\s+|les\s+|l')?` + overseas + `[^,:;]*,`)

// overseas begins the name of an overseas territory, folded: "nouvelle-caledonie",
// "polynesie francaise", "iles wallis et futuna", "mayotte", "saint-…",
// "terres australes …", "outre-mer".
const overseas = `(?:nouvelle|polynesie|iles\s+wallis|wallis|mayotte|saint-|reunion|guadeloupe|guyane|martinique|terres\s+australes|clipperton|outre-mer|departements\s+d'outre|collectivites\s+d'outre)`

// reTerritoryVersion names the version of a text that applies in an
// overseas territory, "dans sa rédaction applicable en
// Nouvelle-Calédonie", "dans leur version applicable à Mayotte" (folded).
var reTerritoryVersion = mustRe(`\bdans\s+(?:sa|leur)\s+(?:redaction|version)\s+applicables?\s+(?:en|a|aux|au|dans\s+les|dans)\s+(?:la\s+|les\s+|l')?(?:nouvelle|polynesie|wallis|iles|mayotte|saint|reunion|guadeloupe|guyane|martinique|terres|collectivites|outre|departements|territoires)`)

// deferredMore are the deferrals reDeferred reads besides a date: "à
// compter d'une date fixée par décret", "à compter de l'année 2030", "à
// compter de 2030", "à compter de l'imposition des revenus de …", "à une
// date fixée par décret", "au plus tard le …", "est abrogé au 31
// décembre 2030", "à compter de la date fixée par le décret …", "de
// l'entrée en vigueur de l'ordonnance …" (folded; never "à compter
// de la publication de la présente loi", which is at once).
const deferredMore = `(?:^|[\s,;])a\s+(?:compter|partir)\s+de\s+(?:la\s+date\s+(?:fixee|prevue|mentionnee|retenue|d'entree\s+en\s+vigueur\s+` + otherText + `)|l'entree\s+en\s+vigueur\s+` + otherText + `)|(?:^|[\s,;])a\s+(?:compter|partir)\s+(?:d'une\s+date|de\s+l'annee|des?\s+annees?\s+\d{4}|de\s+\d{4}\b|de\s+l'imposition|des\s+impositions)|(?:^|[\s,;])a\s+une\s+date\s+fixee\b|(?:^|[\s,;])au\s+plus\s+tard\s+le\s|(?:est|sont)\s+(?:abroge|supprime)(?:e|s|es)?\s+au\s+(?:1er|\d{1,2})\s+` + monthNames + `\s+\d{4}`

// deferredUnknown are the dates written before an instruction that
// defer it to a day the bill does not write there (folded, the
// instruction's start): "Dès le 1er janvier 2030, …", "À cette date,
// …", "À compter de cette date, …", "À la même date, …" (a day another
// alinéa names), "Six mois après la publication de la présente loi, …"
// (a delay), "En 2030, …", "Au titre de l'année 2030, …" (a year):
// refused as deferred, never applied at once.
const deferredUnknown = `^(?:des\s+(?:le|la|l')\s|a\s+(?:(?:compter|partir)\s+de\s+)?(?:cette|la\s+meme)\s+date\b|(?:\d+|[a-z]+)\s+(?:jours?|mois|ans|annees)\s+(?:apres|suivant)\s|en\s+\d{4}\s*,|au\s+titre\s+de\s+(?:l'annee\s+)?\d{4}\s*,)`

// reTemporary is an instruction in force for a time only: "jusqu'au 31
// décembre 2030", "à titre expérimental (transitoire, provisoire)",
// "pour une durée de trois ans" (folded); temporaryMore.
var reTemporary = mustRe(`(?:^|[\s,;])(?:jusqu'au\s+(?:1er\b|\d)|a\s+titre\s+(?:experimental|transitoire|provisoire)|pour\s+une\s+duree\s+(?:de|d')\s|` + temporaryMore + `)[^,:;]*`)

// DivisionMove is a division of a code renumbered: the folders' path of
// its articles before (From) and after (To), largest first.
type DivisionMove struct {
	From, To []string
}

// reRenumDivisionTo is the new number of divisions renumbered in the same
// parent, nothing after it: "la section 3", "respectivement les sections
// 3 et 4", "les sections 2 à 4" (folded; group 1 the list's kind, 2 its
// numbers; or group 3 a single division).
var reRenumDivisionTo = mustRe(`^(?:respectivement\s+)?(?:les\s+(sous-sections|sections|chapitres|titres|paragraphes|livres)\s+((?:` + divNum + `)(?:\s*(?:,|et|\ba\b)\s*(?:` + divNum + `))+)|((?:le|la|l')\s*(?:livre|titre|chapitre|section|sous-section|paragraphe)\s+` + divNum + `))$`)

// divisionMoves reads the divisions of a renumbering clause "La section
// 2 … devient la section 3", "Les sections 2 et 3 … deviennent
// (respectivement) les sections 3 et 4" with their paths: each source a
// division of at least two levels (the code's folders name it), the new
// numbers of the same kind, as many, in the same parent — or of any kind
// in the parent the target names after them ("… deviennent les
// sous-sections 1 et 2 de la section 1", withinBase). Any other clause
// ("… deviennent les paragraphes 1 et 2", a range) gives none: the
// renumbering is recorded only (Edit.Touched).
func (p *parser) divisionMoves(loc, locCased, target string, parent Scope) []DivisionMove {
	var within []string
	if wm := reWithinDivision.FindStringSubmatchIndex(target); wm != nil {
		// "… deviennent les sous-sections 1 et 2 de la section 1".
		if within = divisionSlugs(target[wm[2]:wm[3]]); len(within) == 0 {
			return nil
		}
		target = target[:wm[0]]
	}
	tm := reRenumDivisionTo.FindStringSubmatch(target)
	if tm == nil {
		return nil
	}
	var to []string
	if tm[3] != "" {
		to = divisionSlugs(tm[3])
	} else {
		names, ok := divisionListNames(tm[2])
		if !ok {
			return nil
		}
		for _, n := range names {
			sl := divisionSlugs(divisionSingular[tm[1]] + " " + n)
			if len(sl) != 1 {
				return nil
			}
			to = append(to, sl[0])
		}
	}
	src, ok, _ := p.scopes(loc, locCased, parent)
	if !ok || len(src) != len(to) {
		return nil
	}
	var out []DivisionMove
	for i, s := range src {
		n := len(s.Division)
		if n < 2 || s.Ref.Article != "" || len(s.Path) > 0 || s.Ref.Code == "" || s.Everywhere || s.RangeTo != "" {
			return nil
		}
		k := divisionKind(s.Division[n-1])
		if k == "" || within == nil && k != divisionKind(to[i]) {
			// "Le chapitre unique devient la section 1": another kind
			// of division, no parent said, recorded only.
			return nil
		}
		base := append([]string(nil), s.Division[:n-1]...)
		if within != nil {
			if base = withinBase(base, k, within); base == nil {
				return nil
			}
			for _, f := range base {
				if divisionKind(f) == divisionKind(to[i]) {
					return nil
				}
			}
		}
		dst := append(base, to[i])
		out = append(out, DivisionMove{From: s.Division, To: dst})
	}
	return out
}

// divisionCountsDiffer is why divisions renumbered into a list of new
// numbers ("Les sections 2 et 3 … deviennent les sections 3 à 5", "Les
// chapitres II à IV … deviennent les chapitres III à V") are refused:
// the new numbers or the divisions named not spelled out one by one (a
// range of roman numbers), or not as many of each — which division takes
// which number is not said (it was recorded, no article moved, no
// error); "" when the target is one division, or the lists go in pairs
// (Edit.Unpaired).
func (p *parser) divisionCountsDiffer(loc, locCased, target string, parent Scope) string {
	if wm := reWithinDivision.FindStringSubmatchIndex(target); wm != nil {
		target = target[:wm[0]]
	}
	tm := reRenumDivisionTo.FindStringSubmatch(target)
	if tm == nil || tm[2] == "" {
		return ""
	}
	names, ok := divisionListNames(tm[2])
	if !ok {
		return "renumbering divisions: the new numbers not read one by one"
	}
	src, ok, _ := p.scopes(loc, locCased, parent)
	if !ok {
		return "renumbering divisions: the divisions renumbered not read one by one"
	}
	if len(src) != len(names) {
		return fmt.Sprintf("renumbering divisions: %d divisions, %d new numbers", len(src), len(names))
	}
	return ""
}

// reWithinDivision is the parent a renumbering's target names after its
// new numbers, "… de la section 1", "… du chapitre II du titre Ier"
// (folded; group 1 the parent).
var reWithinDivision = mustRe(`\s+(?:du|de\s+la|de\s+l')\s*(` + divisionChain + `(?:\s+(?:du|de\s+la|de\s+l')\s*` + divisionChain + `)*)$`)

// withinBase is the path of the parent a renumbering's target names
// (within, largest first) for a source of kind k in base: the level of
// base of within's largest kind replaced by within ("du chapitre II" for
// a section of the chapitre Ier), or within under base when its largest
// kind is the source's ("de la section 1" for the sections 2 and 3: their
// sibling); nil when neither.
func withinBase(base []string, k string, within []string) []string {
	top := divisionKind(within[0])
	if top == "" {
		return nil
	}
	for i, f := range base {
		if divisionKind(f) == top {
			return append(append([]string(nil), base[:i]...), within...)
		}
	}
	if top == k {
		return append(append([]string(nil), base...), within...)
	}
	return nil
}

// divisionAt is where the path slugs begins in an article's folders, or
// -1.
func divisionAt(folders, slugs []string) int {
	for i := 0; i+len(slugs) <= len(folders); i++ {
		match := true
		for j, sl := range slugs {
			if firstAsOne(folders[i+j]) != firstAsOne(sl) {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// moveDivisions applies the divisions renumbered by e (EditRenumberDivision
// with Moves), all at once: the articles of each From take its To in
// their folders, so that the bill's later instructions naming the
// division by its new number find them ("La section 3 est abrogée" after
// "La section 2 devient la section 3": it was the former section 3). A
// new number another division keeps, with articles not renumbered with
// it, is refused (two sections 3); divisions the corpus holds no article
// of are recorded, as before.
func moveDivisions(c Corpus, e Edit) error {
	if e.Unpaired != "" {
		return applyKind26(errApplyLayout26, e.Unpaired)
	}
	if len(e.Moves) == 0 {
		return nil
	}
	moving := map[CodeRef]int{}
	nested := map[CodeRef][]int{}
	for k, m := range e.Moves {
		if err := namedTwice(c, e.Scope.Ref.Code, m.From); err != nil {
			return err
		}
		for _, r := range inDivision(c, e.Scope.Ref.Code, m.From) {
			moving[r] = k
			nested[r] = append(nested[r], k)
		}
	}
	if len(moving) == 0 {
		// No article of them held: recorded, as a renumbering is.
		return nil
	}
	for _, m := range e.Moves {
		for _, r := range inDivision(c, e.Scope.Ref.Code, m.To) {
			if _, ok := moving[r]; !ok {
				return applyKind26(errApplyLayout26, "renumbered onto "+strings.Join(m.To, "/")+", which holds article "+r.Article)
			}
		}
	}
	for r := range moving {
		a := c[r]
		a.Division = composedMoves(a.Division, e.Moves, nested[r])
		c[r] = a
	}
	return nil
}

// divisionKind is the kind of a division's folder ("sous-section" for
// "sous-section-2-bis"), or "".
func divisionKind(slug string) string {
	for _, k := range []string{"sous-paragraphe", "sous-section", "paragraphe", "section", "chapitre", "titre", "livre"} {
		if strings.HasPrefix(slug, k+"-") {
			return k
		}
	}
	return ""
}

// divisionRank is a division's level in a code, the largest first
// (livre 0 … sous-paragraphe 6); -1 for a part or no division.
func divisionRank(slug string) int {
	for i, k := range []string{"livre", "titre", "chapitre", "section", "sous-section", "paragraphe", "sous-paragraphe"} {
		if divisionKind(slug) == k {
			return i
		}
	}
	return -1
}

// reStillRepealed is the codification laws' "sont et demeurent abrogés"
// ("est et demeure abrogée"): group 1 the auxiliary, 2 the participle's
// stem.
var reStillRepealed = mustRe(`\b([Ss]ont|[Ee]st)\s+et\s+demeure(?:nt)?\s+(abrog)`)

// stillRepealed reads "Sont et demeurent abrogés …", "L'article L. 1 est
// et demeure abrogé" as "Sont abrogés …", "… est abrogé" (they were not
// understood), outside the new text's quotations.
func stillRepealed(body string) string {
	end := strings.Index(body, "«")
	if end < 0 {
		end = len(body)
	}
	return reStillRepealed.ReplaceAllString(body[:end], "$1 $2") + body[end:]
}

// reTablePart names a table (folded).
var reTablePart = mustRe(`\btableaux?\b`)

// reTransferred is an article (articles) moved to a division and
// renumbered, as the codification laws write it: "L'article L. 1 est
// transféré au chapitre II du titre Ier et devient l'article L. 10",
// "Les articles L. 1 à L. 3 sont transférés à la section 2 et deviennent
// les articles …", "… devient l'article L. 10 et est transféré au
// chapitre II", "… devient l'article L. 12 et est inséré dans la section
// 2", "… sont insérés au sein de la section 3" (groups: the subject, the
// place, the renumbering; or 4 the renumbering, 5 the place).
var reTransferred = mustRe(`^(.+?)\s+(?:est|sont)\s+` + movedVerb + `\s+(` + movedPlace + `\s*[^,;:«]+?)\s+et\s+(devien(?:t|nent)\s+[^,;:«]+?\s*[.;]?)$|^(.+?\s+devien(?:t|nent)\s+[^,;:«]+?)\s+et\s+(?:est|sont)\s+` + movedVerb + `\s+(` + movedPlace + `\s*[^,;:«]+?)\s*([.;]?)$`)

// movedVerb is the verb of an article moved among its code's divisions:
// "transféré(s)", and "inséré(s)" said of an article in force ("L'article
// L. 5 … est inséré dans la section 2": moved there, as transferred).
// movedPlace is the words before the division it goes to: "au", "à la",
// "dans le", "au sein de la", "dans une (nouvelle)" (a division the bill
// creates).
const (
	movedVerb  = `(?:transf[ée]r[ée]|ins[ée]r[ée])e?s?`
	movedPlace = `(?:au\s+sein\s+(?:du|de\s+la|de\s+l'|d'une?)\s*|au|à\s+la|à\s+l'|dans\s+le|dans\s+la|dans\s+une?)`
)

// reDivisionsOnly is a place made of a code's divisions alone, no text
// named but "du même code": "au chapitre II du titre Ier du livre Ier",
// "dans une nouvelle section 1".
var reDivisionsOnly = mustRe(`^` + movedPlace + `\s*(?:nouv(?:eau|elle)\s+)?(?:(?:livre|titre|chapitre|section|sous-section|paragraphe|sous-paragraphe)\s+\S+(?:\s+(?:bis|ter|quater|[A-H]))?(?:\s+(?:du|de\s+la|de\s+l')\s*)?)+(?:\s*(?:du\s+même\s+code|dudit\s+code|de\s+ce\s+code))?$`)

// reMovedHeading is the heading given, at the end of the instruction, to
// the division an article is moved into: ", intitulée : « Dispositions
// générales »" (group 1 the end's punctuation). Headings are not
// articles: the move is read without it.
var reMovedHeading = mustRe(`,?\s+(?:et\s+)?intitul[ée]e?\s*:\s*«[^«»]*»\s*([.;]?)$`)

// withoutMovedHeading is body without the heading of the division it
// moves an article into (reMovedHeading), and whether there was one.
func withoutMovedHeading(body string) (string, bool) {
	b := strings.TrimSpace(body)
	m := reMovedHeading.FindStringSubmatchIndex(b)
	if m == nil {
		return body, false
	}
	return b[:m[0]] + b[m[2]:m[3]], true
}

// movedUnderHeading reads an article moved into a division given its
// heading, "Les articles L. 1 à L. 3 sont insérés dans une section 1
// intitulée : « Dispositions générales »" ("… est transféré au chapitre
// II, intitulé : « … »", "… et devient …"), as the move without it
// (transferredOnly, transferredAndRenumbered; the heading is no
// article's text). Anything else is left as it is.
func movedUnderHeading(body string) string {
	b, ok := withoutMovedHeading(body)
	if !ok {
		return body
	}
	if t := transferredAndRenumbered(b); t != b {
		return t
	}
	if t := transferredOnly(b); t != b {
		return t
	}
	return body
}

// transferredAndRenumbered reads an article moved to a division of the
// same code and renumbered as its renumbering, "L'article L. 1 devient
// l'article L. 10" (it was refused: "renumbering after another verb"):
// the article's text goes to its new number; its place among the
// divisions is a heading matter, not an article's text. A place naming
// a text ("au chapitre II du code pénal") is left as it is (refused).
func transferredAndRenumbered(body string) string {
	m := reTransferred.FindStringSubmatch(strings.TrimSpace(body))
	switch {
	case m == nil:
		return body
	case m[1] != "" && reDivisionsOnly.MatchString(strings.TrimSpace(m[2])):
		return m[1] + " " + m[3]
	case m[4] != "" && reDivisionsOnly.MatchString(strings.TrimSpace(m[5])):
		return m[4] + m[6]
	}
	return body
}

// reTransferredOnly is an article (articles) moved to a division of its
// code, its number kept: "L'article L. 1 du code civil est transféré au
// chapitre II du titre Ier", "Les articles L. 2 et L. 3 sont transférés à
// la section 4", "Les articles L. 1 à L. 3 sont insérés dans une section
// 1" (groups: "L'article" or "Les articles", the numbers, the text named
// after them, the place, the end).
var reTransferredOnly = mustRe(`^(L'article|Les\s+articles)\s+(.+?)(\s+(?:du|de\s+la|de\s+l')\s*(?:code|loi|ordonnance|décret)\b[^,;:«]*?)?\s+(?:est|sont)\s+` + movedVerb + `\s+(` + movedPlace + `\s*[^,;:«]+?)\s*([.;]?)$`)

// transferredOnly reads an article moved to a division of the same code,
// its number kept, as renumbered onto itself and transferred ("L'article
// L. 1 devient l'article L. 1", Edit.Transferred): its text stays, and
// its folders no longer say its division (it was not understood). The
// division it goes to is in Edit.Touched: a later instruction naming it
// is refused (transferredTo). A place naming a text ("au chapitre II du
// code pénal") stays refused.
func transferredOnly(body string) string {
	m := reTransferredOnly.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil || !reDivisionsOnly.MatchString(strings.TrimSpace(m[4])) || strings.Contains(m[2], "«") {
		return body
	}
	if m[1] == "L'article" {
		return m[1] + " " + m[2] + m[3] + " devient l'article " + m[2] + m[5]
	}
	return m[1] + " " + m[2] + m[3] + " deviennent les articles " + m[2] + m[5]
}

// reTransferPlace is the division a transfer names, folded: "transféré
// au chapitre II du titre Ier", "inséré au sein de la section 3" (group
// 1).
var reTransferPlace = mustRe(`\b(?:transfer|inser)(?:e|es|ee|ees)\s+(?:au\s+sein\s+(?:du|de\s+la|de\s+l'|d'une?)\s*|au|a\s+la|a\s+l'|dans\s+le|dans\s+la|dans\s+une?)\s*(?:nouv(?:eau|elle)\s+)?([^,;:]+?)(?:\s+et\s+devien|\s*[.;]?$)`)

// transferredTo is the folders' path of the division a transfer names
// ("au chapitre II du titre Ier" → titre-ier/chapitre-ii), or nil.
func transferredTo(text string) []string {
	text, _ = withoutMovedHeading(text)
	m := reTransferPlace.FindStringSubmatch(asciiLower(foldAccents(shapeOnly(text))))
	if m == nil {
		return nil
	}
	return divisionSlugs(m[1])
}

// refuseRenumberings completes the refusals of a batch of renumberings
// (errs, by edit; inst and idx their instruction and place in it): an
// instruction is applied whole or not at all, so a refused renumbering
// refuses the others of its instruction; and an article renumbered onto
// one whose own renumbering is refused would overwrite it, so it is
// refused too ("Les articles L. 1 à L. 3 deviennent les articles L. 3 à
// L. 5" with an L. 5 in force: the L. 3 stayed, and the L. 1 took its
// place — its text was lost). An article not in the corpus is no
// refusal.
func refuseRenumberings(edits []Edit, errs []error, inst, idx []int) {
	refused := func(k int) bool { return errs[k] != nil && errs[k] != errMissing }
	for changed := true; changed; {
		changed = false
		first := map[int]int{} // instruction → 1-based index of its first refused edit
		for k := range edits {
			if refused(k) {
				if _, ok := first[inst[k]]; !ok {
					first[inst[k]] = idx[k] + 1
				}
			}
		}
		stays := map[CodeRef]bool{}
		for k, e := range edits {
			if refused(k) && len(e.Scope.Path) == 0 {
				stays[e.Scope.Ref] = true
			}
		}
		for k, e := range edits {
			if errs[k] != nil {
				continue
			}
			switch {
			case first[inst[k]] > 0:
				errs[k] = errWithRefused{edit: first[inst[k]]}
				changed = true
			case e.ToPart == (Division{}) && stays[e.To]:
				errs[k] = applyKind26(errApplyLayout26, "renumbered onto article "+e.To.Article+", which stays: its own renumbering was refused")
				changed = true
			}
		}
	}
}

// reRepealedAlso is a repeal or a deletion whose second subject follows
// the verb, "L'article L. 1 est abrogé, ainsi que l'article L. 2." (groups:
// the first subject, the verb's stem, the second subject, the end). A
// list of items, "ainsi que les 2°, 3° et 4°", holds commas of its own
// ([reListAfterAlso]; it was refused).
var reRepealedAlso = mustRe(`^(.+?)\s+(?:est|sont)\s+(abrog|supprim)[ée]e?s?\s*,\s+ainsi\s+que\s+(` + reListAfterAlso + `|[^,;:«]+?)\s*([.;]?)$`)

// repealedAlsoThat reads "X est abrogé, ainsi que Y." as "X et Y sont
// abrogés." (it was not understood).
func repealedAlsoThat(body string) string {
	m := reRepealedAlso.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return body
	}
	return m[1] + " et " + rankWithNoun(m[1], m[3]) + " sont " + m[2] + "és" + m[4]
}

// alsoRanks are the ranks an alinéa or a phrase is named by.
const alsoRanks = `(?:premier|première|second|seconde|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|avant-dernier|avant-dernière|dernier|dernière)`

// reRankNounEnd is a subject ending with a rank and its noun, "le
// premier alinéa", "les deux premières phrases" (group 1 the noun).
var reRankNounEnd = mustRe(`(?i)\b` + alsoRanks + `s?\s+(alinéa|phrase)s?$`)

// reBareRank is a rank with no noun, "le second", "la dernière",
// "l'avant-dernier" (group 1 the article).
var reBareRank = mustRe(`(?i)^(le|la|l')\s*` + alsoRanks + `$`)

// rankWithNoun gives the second subject of "X est supprimé, ainsi que Y"
// the noun of the first when Y is a rank alone: "le premier alinéa est
// supprimé, ainsi que le second" is "le second alinéa" (it was refused,
// a rank with no noun), when the article agrees with the noun (le
// alinéa, la phrase; elided, the rank's ending: [masculineRank]); else Y
// as written.
func rankWithNoun(first, second string) string {
	n := reRankNounEnd.FindStringSubmatch(strings.TrimSpace(first))
	b := reBareRank.FindStringSubmatch(strings.TrimSpace(second))
	if n == nil || b == nil {
		return second
	}
	noun := strings.ToLower(n[1])
	if masculineRank(b[1], second) != (noun == "alinéa") {
		return second
	}
	return second + " " + noun
}

// divisionAlone says a renumbering clause (folded) names, before its
// verb, one division of the kind alone ("la section 2 devient la section
// 3"): no parent, code nor article said.
func divisionAlone(clause, kind string) bool {
	m := reRenumItem.FindStringSubmatchIndex(clause)
	if m == nil || kind == "" {
		return false
	}
	loc := strings.TrimSpace(clause[m[2]:m[3]])
	sl := divisionSlugs(loc)
	return len(sl) == 1 && divisionKind(sl[0]) == kind && !strings.Contains(loc, "code") && !strings.Contains(loc, "article")
}

// mergeDivisionMoves makes the divisions renumbered by the clauses of one
// alinéa one renumbering, applied at once: "La section 2 devient la
// section 3 et la section 3 devient la section 4" is the shift "Les
// sections 2 et 3 deviennent les sections 3 et 4" (the first clause was
// refused, the section 3 holding articles still). Only when every
// division clause says its paths (Moves) and names one code.
func mergeDivisionMoves(edits []Edit) []Edit {
	first := -1
	for k, e := range edits {
		if e.Kind != EditRenumberDivision {
			continue
		}
		if len(e.Moves) == 0 || first >= 0 && e.Scope.Ref.Code != edits[first].Scope.Ref.Code {
			return edits
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 {
		return edits
	}
	var out []Edit
	for k, e := range edits {
		switch {
		case e.Kind != EditRenumberDivision:
			out = append(out, e)
		case k == first, insideNewNumber(out, e):
			out = append(out, e)
		default:
			m := &out[len(out)-1]
			for i := len(out) - 1; i >= 0; i-- {
				if out[i].Kind == EditRenumberDivision {
					m = &out[i]
					break
				}
			}
			m.Moves = append(append([]DivisionMove(nil), m.Moves...), e.Moves...)
		}
	}
	return out
}

// reTransferredAny is a transfer's verb, as written ("transféré",
// "transférés"), or an article in force "inséré" into a division ("et
// est inséré dans la section 2", "sont insérés au sein de …").
var reTransferredAny = mustRe(`\btransf[ée]r[ée]|(?:est|sont)[\s\x{a0}]+ins[ée]r[ée]e?s?[\s\x{a0}]+(?:au|à|dans)[\s\x{a0}]`)

// otherText is a text other than the present law, after "l'entrée en
// vigueur": "du décret …", "de l'ordonnance …", "de la loi n° …"
// (folded; never "de la présente loi").
const otherText = `(?:du|des|de\s+l'|de\s+la\s+loi\s+n|d'un|d'une)`

// touchedBy is the division a renumbering of divisions recorded only may
// have changed (Edit.Touched): the parent of its sources ("les sections
// 2 et 3 du chapitre Ier" → the chapitre Ier; the context's division when
// they are not read), cut above the largest kind its target names ("…
// deviennent les sections 1 et 2 du chapitre II": the titre holding both
// chapters); nil, the whole code, when nothing is known.
func (p *parser) touchedBy(loc, locCased, target string, parent Scope) []string {
	var prefix []string
	if src, ok, _ := p.scopes(loc, locCased, parent); ok && len(src) > 0 {
		for k, s := range src {
			if len(s.Division) == 0 {
				return nil
			}
			up := s.Division[:len(s.Division)-1]
			if k == 0 {
				prefix = append([]string(nil), up...)
				continue
			}
			n := 0
			for n < len(prefix) && n < len(up) && firstAsOne(prefix[n]) == firstAsOne(up[n]) {
				n++
			}
			prefix = prefix[:n]
		}
	} else {
		prefix = append([]string(nil), parent.Division...)
	}
	for _, sl := range divisionSlugs(target) {
		k := divisionKind(sl)
		for i, f := range prefix {
			if k != "" && divisionKind(f) == k {
				prefix = prefix[:i]
				break
			}
		}
	}
	if len(prefix) == 0 {
		return nil
	}
	return prefix
}

// touchedDivision says whether a division named by an edit (its folders'
// path d) may be one a renumbering recorded only changed (touched: the
// division it changed, nil the whole code): d in it, or d beginning
// inside its last levels ("la section 2 du chapitre Ier" for a
// renumbering in the chapitre Ier of the titre Ier).
func touchedDivision(touched, d []string) bool {
	if len(d) == 0 {
		return false
	}
	if len(touched) == 0 || divisionAt(d, touched) >= 0 {
		return true
	}
	for k := 1; k <= len(touched) && k <= len(d); k++ {
		if divisionAt(d[:k], touched[len(touched)-k:]) == 0 {
			return true
		}
	}
	return false
}

// blindTo says whether edit e names, as a division of its code, one the
// renumberings recorded only of the code (touched, Edit.Touched) may
// have changed: a division repealed, rewritten or edited as a whole, or
// the divisions a later renumbering moves.
func blindTo(touched [][]string, e Edit) bool {
	var named [][]string
	if e.Scope.Ref.Article == "" && len(e.Scope.Path) == 0 {
		named = append(named, e.Scope.Division)
	}
	for _, m := range e.Moves {
		named = append(named, m.From, m.To)
	}
	for _, t := range touched {
		for _, d := range named {
			if touchedDivision(t, d) {
				return true
			}
		}
	}
	return false
}

// holdsIn says whether the corpus holds an article of code in the
// division touched (nil: in any division of the code): a renumbering
// recorded only where none is held changes nothing the bill may name
// later.
func holdsIn(c Corpus, code string, touched []string) bool {
	for r, a := range c {
		if r.Code == code && len(a.Division) > 0 && (len(touched) == 0 || divisionAt(a.Division, touched) >= 0) {
			return true
		}
	}
	return false
}

// topFolder is the first division of an article's folders, past the
// code's part ("partie-legislative"), or "".
func topFolder(folders []string) string {
	if len(folders) > 0 && strings.HasPrefix(folders[0], "partie-") {
		folders = folders[1:]
	}
	if len(folders) == 0 {
		return ""
	}
	return folders[0]
}

// atTop lists the articles of code whose folders begin with the division
// slug, past the code's part: "le livre II du code civil" is the code's
// livre II (it named no article, its repeal found none and its rewrite
// left the articles it held in force).
func atTop(c Corpus, code, slug string) []CodeRef {
	var out []CodeRef
	for r, a := range c {
		if r.Code == code && topFolder(a.Division) != "" && firstAsOne(topFolder(a.Division)) == firstAsOne(slug) {
			out = append(out, r)
		}
	}
	return out
}

// notAtTop refuses a division named by one level that is not of the
// kind any of the code's folders begin with, "le titre II du code civil"
// where its articles sit in livres (a titre II in each livre: which one
// is not said) — unless the corpus holds no article of the code in a
// division.
func notAtTop(c Corpus, code string, slugs []string) error {
	if len(slugs) != 1 {
		return nil
	}
	other := ""
	for r, a := range c {
		top := topFolder(a.Division)
		if r.Code != code || top == "" {
			continue
		}
		if divisionKind(top) == divisionKind(slugs[0]) {
			return nil
		}
		other = top
	}
	if other != "" {
		return applyKind26(errApplyLayout26, "the "+slugs[0]+" of the code alone: its articles sit in a "+other)
	}
	return nil
}

// namedTwice refuses a division named by some of its levels that the
// corpus holds in two places: "la section 1 du chapitre Ier" where
// articles sit in the chapitre Ier of the titre Ier and in that of the
// titre II — which one the law means is not said (both were repealed,
// rewritten or edited). A name one level long is the code's top
// (notAtTop).
func namedTwice(c Corpus, code string, slugs []string) error {
	if len(slugs) < 2 {
		return nil
	}
	var first string
	for r, a := range c {
		if r.Code != code {
			continue
		}
		i := divisionAt(a.Division, slugs)
		if i < 0 {
			continue
		}
		var k []string
		for _, f := range a.Division[:i+len(slugs)] {
			k = append(k, firstAsOne(f))
		}
		key := strings.Join(k, "/")
		switch {
		case first == "":
			first = key
		case key != first:
			return applyKind26(errApplyLayout26, "the "+strings.Join(slugs, "/")+" of the code: the corpus holds two ("+first+", "+key+"), which is meant is not said")
		}
	}
	return nil
}

// divisionNamed is a division named as the place of an edit: at the
// code's top when named by one level, one division of the corpus.
func divisionNamed(c Corpus, code string, slugs []string) error {
	if err := notAtTop(c, code, slugs); err != nil {
		return err
	}
	return namedTwice(c, code, slugs)
}

// heldElsewhere refuses a division rewritten whole ("La section 1 …
// est ainsi rédigée :") whose new text quotes an article the corpus
// holds in force in another division ("« Art. L. 8. – … »" where L. 8
// sits in the chapitre III): whether the law moves it there or means
// another is not said (it was moved, its text replaced).
func heldElsewhere(c Corpus, e Edit) error {
	for _, a := range e.NewArticles {
		old, ok := c[a.Ref]
		if !ok || !inForce(old) || len(old.Division) == 0 || divisionAt(old.Division, e.Scope.Division) >= 0 {
			continue
		}
		return applyKind26(errApplyLayout26, "article "+a.Ref.Article+" of the new text is in force in "+strings.Join(old.Division, "/"))
	}
	return nil
}

// movesAny says whether the corpus holds an article of code in one of the
// divisions moves renumbers (their From).
func movesAny(c Corpus, code string, moves []DivisionMove) bool {
	for _, m := range moves {
		if len(inDivision(c, code, m.From)) > 0 {
			return true
		}
	}
	return false
}

// vacate adds to vacated the divisions a renumbering that moved articles
// left empty — each source no target of it refills ("Les sections 2 et
// 3 deviennent les sections 3 et 4": the section 2) — and takes out of it
// those its targets fill again.
func vacate(vacated [][]string, moves []DivisionMove) [][]string {
	var out [][]string
	for _, v := range vacated {
		filled := false
		for _, m := range moves {
			filled = filled || slicesEqualFolded(v, m.To)
		}
		if !filled {
			out = append(out, v)
		}
	}
	for _, m := range moves {
		filled := false
		for _, n := range moves {
			filled = filled || slicesEqualFolded(m.From, n.To)
		}
		if !filled {
			out = append(out, m.From)
		}
	}
	return out
}

// slicesEqualFolded compares two folders' paths, the first of a kind
// spelled either way ("chapitre-ier", "chapitre-premier").
func slicesEqualFolded(a, b []string) bool {
	return len(a) == len(b) && divisionAt(a, b) == 0
}

// vacatedBy is the division of vacated edit e names (a division
// repealed, rewritten or edited as a whole, or renumbered), or nil: the
// bill renumbered it away earlier, its number now names nothing — the
// division before its renumbering, or one the bill thinks is there, is
// not said (it was reported missing, or a rewrite put its new articles
// over those renumbered). A division created or re-established there
// ("Il est rétabli une section 2") is not named so; one rewritten whole
// ("La section 2 est ainsi rédigée") is.
func vacatedBy(vacated [][]string, e Edit) []string {
	if len(vacated) == 0 || e.Kind == EditCreateDivision || e.Kind == EditCreateArticles && !e.ReplaceDivision {
		return nil
	}
	var named [][]string
	if e.Scope.Ref.Article == "" && len(e.Scope.Path) == 0 && len(e.Scope.Division) > 0 {
		named = append(named, e.Scope.Division)
	}
	for _, m := range e.Moves {
		named = append(named, m.From)
	}
	for _, v := range vacated {
		for _, d := range named {
			// d in v ("la sous-section 1 de la section 2"), or v named
			// by its last levels ("la section 2 du chapitre Ier").
			if divisionAt(d, v) == 0 || len(d) <= len(v) && divisionAt(v[len(v)-len(d):], d) == 0 {
				return v
			}
		}
	}
	return nil
}

// errRenumberedAway refuses an edit naming a division an earlier
// renumbering of the bill emptied (vacatedBy).
type errRenumberedAway struct{ from []string }

func (e errRenumberedAway) Error() string {
	return "names " + strings.Join(e.from, "/") + ", which the bill renumbered earlier: the division before its renumbering or another is not said"
}

// reAtTheHead is "En tête du I", "en tête de l'article L. 1", "en tête
// de la section 2" opening a bill's instruction or after a comma (group
// 1 what precedes, 2 the place's preposition).
var reAtTheHead = mustRe(`(^\s*|,\s*)[Ee]n\s+tête\s+(du\s|des\s|de\s+la\s|de\s+l['’]|de\s+cet(?:te)?\s|de\s+ce\s)`)

// atTheHead reads "En tête du I de l'article L. 1, sont insérés les
// mots …" (", en tête du I, il est inséré …") as "Au début du I …", as
// the amendments' "En tête de l'alinéa 2" (amAtHead): the start of that
// place (it was not understood, or read as a place not said). Outside
// the new text's quotations.
func atTheHead(body string) string {
	end := strings.IndexAny(body, "«\"")
	if end < 0 {
		end = len(body)
	}
	return reAtTheHead.ReplaceAllStringFunc(body[:end], func(m string) string {
		sm := reAtTheHead.FindStringSubmatch(m)
		au := "au début "
		if strings.TrimSpace(sm[1]) == "" {
			au = "Au début "
		}
		return sm[1] + au + sm[2]
	}) + body[end:]
}
