package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func stripArtPrefix(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	out := append([]string(nil), lines...)
	if _, _, n, ok := artHeading(out[0]); ok {
		out[0] = out[0][n:]
		if out[0] == "" {
			out = out[1:]
		}
	}
	return out
}

// artAlone is an article's heading on a line of its own: "Art. L. 1-1."
var artAlone = mustRe(`^Art(?:icle)?\.?\s+(` + artLettersA + `)?(unique|liminaire|préliminaire|\d+(?:er\b)?(?:` + numHyphen + `\d+)*(?:\s+` + latinOrd + `)?(?:` + numHyphen + `\d+)*(?:\s+` + articleCapitals + `\b)?(?:\s+` + latinOrd + `\b)?)` + newMark + `\s*\.?\s*$`)

// artHeading reads the heading a new article's text opens with, "Art. L.
// 1-1. – " or alone on its line, "Art. L. 1-1.": its prefix ("L. "), its
// number and the length of the heading in l; the mark of a text adopted
// by a chamber after the number, "Art. L. 1-1 (nouveau). – ", is not the
// article's (newMark). The dash of "1-1" is the
// number's, never the separator: "Art. L. 1-1." is L. 1-1, not L. 1.
func artHeading(l string) (prefix, num string, n int, ok bool) {
	if m := artAlone.FindStringSubmatch(l); m != nil {
		return m[1], m[2], len(l), true
	}
	if prefix, num, n, ok := spacedArtHeading(l); ok {
		return prefix, num, n, true
	}
	if m := artPrefix.FindStringSubmatchIndex(l); m != nil {
		// "Art. L. 1-1. Text": the dash right after "1" and before a
		// digit is the number's, not the separator; "Art. 39 bis A. – 1.
		// Les entreprises …" opens with its paragraph 1.
		if r, _ := utf8.DecodeRuneInString(l[m[1]:]); unicode.IsDigit(r) && !strings.ContainsAny(l[m[5]:m[1]], " .–—―") {
			return "", "", 0, false
		}
		prefix := ""
		if m[2] >= 0 {
			prefix = l[m[2]:m[3]]
		}
		return prefix, l[m[4]:m[5]], m[1], true
	}
	return "", "", 0, false
}

// splitArticles cuts quoted text into the articles it creates ("Art. L.
// 132-35. - …"). Division headings before and between them are dropped,
// and so is the title a division heading is followed by ("« Section 4 »,
// « Dispositions diverses », « Art. L. 10. – … »"): no article's text
// runs on past a division heading; the next article starts after it.
func (p *parser) splitArticles(code string, lines []string) []CodeArticle {
	var arts []CodeArticle
	inHeading := false
	for _, l := range lines {
		if prefix, num, n, ok := artHeading(l); ok {
			heading := strings.ReplaceAll(strings.ReplaceAll(prefix, ".", ""), " ", "") + numberHyphens.Replace(num)
			a := CodeArticle{Ref: CodeRef{Code: code, Article: ArticleKey(heading)}, Heading: heading}
			if rest := l[n:]; rest != "" {
				a.Alineas = []string{rest}
			}
			arts = append(arts, a)
			inHeading = false
			continue
		}
		if isHeading(l) {
			inHeading = true
			continue
		}
		if len(arts) == 0 || inHeading {
			continue
		}
		arts[len(arts)-1].Alineas = append(arts[len(arts)-1].Alineas, l)
	}
	return arts
}

// articleHeadings gives, for each article splitArticles cuts lines into,
// the division headings of the new text above it, largest first, as the
// code's folders name them: « Section 1 », « Art. L. 1 », « Sous-section
// 1 », « Art. L. 2 » give [section-1] and [section-1 sous-section-1]; a
// heading ends those of its kind and below ("section-2" after
// "section-1/sous-section-1" is alone).
func articleHeadings(lines []string) [][]string {
	var out [][]string
	var stack []string
	for _, l := range lines {
		if _, _, _, ok := artHeading(l); ok {
			out = append(out, append([]string(nil), stack...))
			continue
		}
		if !isHeading(l) {
			continue
		}
		sl := divisionSlugs(asciiLower(foldAccents(strings.TrimSpace(l))))
		if len(sl) == 0 {
			continue
		}
		h := sl[len(sl)-1] // the first named: the heading's own
		for len(stack) > 0 && divisionRank(stack[len(stack)-1]) >= divisionRank(h) {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, h)
	}
	return out
}

// headingRe is a division's heading in a code's text: "Section 3",
// "Chapitre IV bis", "Paragraphe 1er", "TITRE II", "Chapitre préliminaire",
// alone or with its title on the same line ("Section 3 : Dispositions
// diverses", "Section 3. – …").
var headingRe = mustRe(`^(?i:section|sous-section|chapitre|titre|livre|paragraphe|sous-paragraphe)\s+(?:[IVXLC]+(?:er)?|\d+(?:er)?|premier|première|préliminaire|unique)(?:\s+` + latinOrd + `)?\s*(?:(?:[:.]\s*[-–—]?|[-–—])\s*\S.*)?$`)

func isHeading(l string) bool { return headingRe.MatchString(strings.TrimSpace(l)) }

var reDivisionName = mustRe(`\b(?:(livre|titre|chapitre|section|sous-section|sous-paragraphe|paragraphe|partie)\s+(premier|preliminaire|unique|[ivxlc]+er|[ivxlc]+|\d+(?:er|re)?)(?:\s+(` + latinOrd + `))?(?:\s+([a-h])\b)?|(` + partOrdinals + `)\s+partie|partie\s+(legislative|reglementaire))\b`)

// rePrepositionAfter is the article after an unaccented "a" that follows
// a division's number: "de la section 1 a la section 2" is no section 1 A.
var rePrepositionAfter = mustRe(`^\s*(?:la|le|les|l'|l’|un|une|compter)\b`)

// reDivisionPlace is a division of a code as the place of an edit,
// folded: "au chapitre Ier du titre II du livre III (du code civil)", "à
// la section 2", "dans le titre II", "dans l'ensemble du chapitre Ier" —
// divisions only, then the text's name or nothing.
var reDivisionPlace = mustRe(`^(?:au|a\s+la|dans\s+(?:le|la|l'ensemble\s+(?:du|de\s+la)|tout\s+le|toute\s+la))\s+` + divisionChain + `(?:\s+(?:du|de\s+la)\s+` + divisionChain + `)*\s*(?:(?:du|de\s+la|de\s+l')\s*(?:code\b|meme\s+code\b|loi\b|ordonnance\b|meme\s+loi\b|meme\s+ordonnance\b)[^,;:]*|dudit\s+code|de\s+ce\s+code|du\s+present\s+code)?\s*,?\s*$`)

// divisionChain is one division of a code by its name and number, folded:
// "chapitre ier", "section 2 bis", "cinquieme partie".
const divisionChain = `(?:(?:livre|titre|chapitre|section|sous-section|sous-paragraphe|paragraphe)\s+(?:premier|preliminaire|unique|[ivxlc]+er|[ivxlc]+|\d+(?:er|re)?)(?:\s+` + latinOrd + `)?(?:\s+[a-h]\b)?|(?:` + partOrdinals + `)\s+partie)`

// partOrdinals are the ordinals a code's part is named by, folded: "la
// cinquième partie du code du travail" (its folder "cinquieme-partie").
const partOrdinals = `premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme`

// newArticlesNamed reports whether the articles of the new text (arts)
// are those the instruction names in what (cased): "il est inséré un
// article L. 1-1" then "Art. L. 1-2. – …" is refused — which is meant is
// not said; so is a range whose first or last article the text does not
// give. True when what names no article number.
func newArticlesNamed(what string, arts []CodeArticle, gone map[string]bool) bool {
	named := namedNewArticles28(what)
	if named == nil {
		return true
	}
	has := map[string]bool{}
	for k := range gone {
		has[k] = true // marked deleted in the list (artrange27)
	}
	for _, a := range arts {
		has[a.Ref.Article] = true
		ok := false
		for _, n := range named {
			from, to, isRange := strings.Cut(n, "..")
			ok = ok || n == a.Ref.Article || isRange && inRange(a.Ref.Article, from, to)
		}
		if !ok {
			return false
		}
	}
	for _, n := range named {
		// "des articles L. 1-1 à L. 1-3": both ends of a range are
		// created, whatever lies between ("L. 1-1 à L. 1-3" then L. 1-1
		// and L. 1-2 alone: an article is missing from the text).
		from, to, isRange := strings.Cut(n, "..")
		if !isRange && !has[n] || isRange && (!has[from] || !has[to]) {
			return false
		}
		// Every number between the ends of one series too ("L. 1-1 à
		// L. 1-3" then L. 1-1 and L. 1-3: the L. 1-2 the range names is
		// not in the text — its heading not read, its text went into
		// the L. 1-1's). Articles numbered after one, "L. 1-1-1", may
		// come between.
		if isRange && !seriesGiven(from, to, has) {
			return false
		}
	}
	return true
}

// namedNewArticles28 is the articles what names ("un article L. 1", "des
// articles L. 1-1 à L. 1-3 et L. 2"), keys or ranges "from..to"
// (moreArticles); nil when it names none.
func namedNewArticles28(what string) []string {
	// "un article L. 1-1 et un article L. 1-2": a list, each with its
	// noun (the second was not read: refused).
	what = reEachNewArticle.ReplaceAllString(what, " et ")
	loc := reArticle.FindStringSubmatchIndex(what)
	if loc == nil {
		return nil
	}
	prefix := ""
	if loc[2] >= 0 {
		prefix = what[loc[2]:loc[3]]
	}
	named, _ := moreArticles(ArticleKey(prefix+what[loc[4]:loc[5]]), what[loc[1]:])
	return named
}

// reUnreadArtHeading is an alinéa of a new article's text that opens as
// an article's heading, "Art. L. 1-2. − …" (a dash not read): another
// article whose heading was not read.
var reUnreadArtHeading = mustRe(`^(?:Art\.|Article)\s*(?:(?:L\.?\s*O|LO|L|R|D|A)\.?\s*\*?\s*)?\d`)

// unreadArticleHeading reports whether an alinéa of the new articles,
// after its first, opens as an article's heading.
func unreadArticleHeading(arts []CodeArticle) bool {
	for _, a := range arts {
		for _, l := range a.Alineas {
			if reUnreadArtHeading.MatchString(strings.TrimSpace(l)) {
				return true
			}
		}
	}
	return false
}

// reEachNewArticle is the noun repeated in a list of new articles: " et
// un article ", " et un nouvel article ", ", un article ".
var reEachNewArticle = mustRe(`(?i)\s*(?:,|\bet)\s+(?:un|l['’])\s*(?:nouvel\s+)?article\s+`)

var reCreates = mustRe(`\b(?:articles?|sections?|sous-sections?|chapitres?|titres?|paragraphes?|livres?)\b`)

// creationScope: creating articles or divisions needs only the code, not
// an article: "Au chapitre Ier du titre IV du code de la consommation, il
// est inséré un article L. 541-1", "Il est ajouté un chapitre II" under
// "Le titre IX est ainsi modifié :". The code is the one the locator
// names, else the context's; without one it stays refused.
func (p *parser) creationScope(what, loc string, parent Scope, scopes []Scope, ok bool) ([]Scope, bool) {
	p.into, p.intoEnd = nil, 0
	if !reCreates.MatchString(what) {
		return scopes, ok
	}
	if ok && !(len(scopes) == 1 && scopes[0].Everywhere && len(scopes[0].Division) > 0) {
		// (A division as the place, "Au chapitre Ier …, il est inséré
		// un article …", is the code's, the article placed by its
		// number — not the words of the division's articles.)
		return scopes, ok
	}
	if p.unknownCode && (namesTheSameCode(loc) || namesTheSameCode(what)) {
		// "Après l'article L. 3 du même code, il est inséré …" after an
		// article of an unknown code: that unknown code, refused as an
		// edit is (it took the code named before it —
		// TestGenArtsSameCodeAfterAnUnknownOne).
		return scopes, ok
	}
	if reSeveralCodes.MatchString(loc) || ofTwoTexts(loc) {
		// "Après l'article 28 de la loi n° … et de l'ordonnance n° …, il
		// est inséré …": two texts as the place, refused as an edit's is
		// (the article went into the first).
		return scopes, ok
	}
	code := p.textNamed(loc)
	if code == "" {
		// "Il est rétabli un article L. 1 du code civil ainsi rédigé":
		// the code named after the article (it was "no target article").
		code = p.textNamed(what)
		if code != "" {
			// And it is the code "du même code" names next (it
			// was the one named before: TestGenArtsCodeAfterTheNewArticle).
			if !namesTheSameCode(what) {
				p.unknownCode = false
			}
			p.noteText(code)
		}
	}
	if code == "" {
		code = parent.Ref.Code
	}
	if code == "" && p.articleCode != "" && len(p.articleTexts) == 1 && !p.unknownCode && reNewCodeArticle.MatchString(what) {
		// "Il est rétabli un article L. 3 ainsi rédigé :" in a bill
		// article that has named one code: that code's, as an article
		// named so in a locator is (it was "no target article" —
		// TestGenArtsNewArticleOfTheOneCode).
		code = p.articleCode
	}
	if code == "" {
		if p.articleCode == "" && reNewCodeArticle.MatchString(what) {
			// Its code unknown, as an article named so in a locator:
			// "du même code" after it is not said.
			p.unknownCode = true
		}
		return scopes, ok
	}
	// The division named, where the new articles are filed (Edit.Into).
	if ok {
		p.into = append([]string(nil), scopes[0].Division...)
	} else if m := reAtDivisionStart.FindStringSubmatch(asciiLower(foldAccents(strings.TrimSpace(loc)))); m != nil && reDivisionPlace.MatchString("au "+m[1]) {
		// "Au début de la section 2 du chapitre Ier", "En tête du
		// chapitre II": that division, under the context's.
		if parent.Ref.Code == code && parent.Ref.Article == "" {
			p.into = append(p.into, parent.Division...)
		}
		p.into = append(p.into, divisionSlugs(m[1])...)
		p.intoEnd = divisionEnd(m[0])
	} else if (strings.TrimSpace(loc) == "" || atDivisionEnds(loc)) && parent.Ref.Code == code && parent.Ref.Article == "" && len(parent.Division) > 0 {
		// "Le titre II … est ainsi modifié : 1° Il est ajouté un
		// chapitre IV ainsi rédigé :", no place of its own: in the
		// context's division, as "Au titre II …, il est ajouté …" (it
		// was filed nowhere).
		p.into = append([]string(nil), parent.Division...)
	}
	return []Scope{{Ref: CodeRef{Code: code}}}, true
}

// reNewCodeArticle is a new article numbered as a code's are, folded:
// "un article l. 3", "des articles r. 1-1 et r. 1-2", "un article lo 1".
var reNewCodeArticle = mustRe(`\barticles?\s+(?:l\.?\s*o|l|r|d)\.?\*?\.?\s*\d`)

// reAtDivisionStart is a place at the start or the end of a division,
// folded: "au début de la section 2 …", "en tête du chapitre II …", "à
// la fin de la section 2 …" (group 1 the division and what follows).
var reAtDivisionStart = mustRe(`^(?:au\s+debut|en\s+tete|a\s+la\s+fin)\s+(?:du|de\s+la|de\s+l')\s*(.+?)\s*,?$`)

// monthNames are the months, folded.
const monthNames = `(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)`

// reBookOrPart is a new book or part of a code, made of articles as a
// chapter is: "Le code civil est complété par un livre VII ainsi rédigé".
var reBookOrPart = mustRe(`\b(?:livres?|parties?)\s+(?:[ivxlc]+|\d+|premier|preliminaire|legislative|reglementaire)\b`)

// addition handles "est complété par …", "après …, il est inséré …".
// restored is set for "il est rétabli": the article was abrogated, and a
// text of it in the corpus is the last one in force, not a conflict.
func (p *parser) addition(in *Instruction, what, whatCased string, scopes []Scope, lines []string, anchor string, before, restored bool) {
	if m := reNewPart.FindStringSubmatch(what); m != nil && articleScopes(scopes) {
		// "L'article L. 1 est complété par un paragraphe ainsi rédigé :
		// « II. – … »": a part of the article, as "par un II" (it was
		// read as a division of the code: "no Art. …"). As many parts
		// numbered in roman as announced, the first line one of them, or
		// refused.
		n := 1
		if m[1] != "un" {
			n = cardinal(m[1])
		}
		var parts []string
		for _, l := range lines {
			if lab, k := labelOf(l); k == 'r' {
				parts = append(parts, lab)
			}
		}
		named := true
		if m[2] != "" {
			// "deux paragraphes III et IV ainsi rédigés": those, in order
			// (it was read as divisions of the code: "no Art. …").
			named = strings.Join(strings.Fields(strings.NewReplacer(",", " ", " et ", " ").Replace(" "+m[2]+" ")), " ") == strings.Join(parts, " ")
		}
		if _, k := labelOf(lines[0]); k != 'r' || len(parts) != n || !named {
			refuseTyped(in, errNewPartsNotAnnounced)
			return
		}
		what = "alinea"
	}
	switch {
	case strings.Contains(what, "article") || strings.Contains(what, "section") || strings.Contains(what, "chapitre") || strings.Contains(what, "titre") || strings.Contains(what, "paragraphe") || reBookOrPart.MatchString(what):
		created := map[string]bool{}
		for _, s := range scopes {
			if created[s.Ref.Code] {
				// "Entre les articles L. 1 et L. 2, il est inséré un
				// article L. 1-1": one place, named by both neighbours;
				// the articles are created once in a code (the second
				// creation failed, "in force already").
				continue
			}
			created[s.Ref.Code] = true
			arts, gone := deletedRangesDropped27(p.splitArticles(s.Ref.Code, lines))
			if len(arts) == 0 {
				refuseTyped(in, errNoNewArticleHeading)
				return
			}
			if !newArticlesNamed(whatCased, arts, gone) {
				refuseTyped(in, errNewArticlesNotNamed)
				return
			}
			if codedArticleInText(s.Ref.Code, arts) {
				refuseTyped(in, errCodedArticleInText)
				return
			}
			if why := insertedOutOfOrder(s.Ref.Article, before, arts); anchor != "" && s.Ref.Article != "" && s.RangeTo == "" && why != nil {
				in.Status = Unparsed
				in.Reason, in.refusal = why.Error(), why
				in.Edits = nil
				return
			}
			if unreadArticleHeading(arts) {
				refuseTyped(in, errNewArticleHeadingUnread)
				return
			}
			// Filed in the division the place names, or the neighbour's
			// (Apply); none when the text creates its division.
			newDiv := strings.Contains(what, "section") || strings.Contains(what, "chapitre") || strings.Contains(what, "titre") || strings.Contains(what, "paragraphe") || reBookOrPart.MatchString(what)
			end := p.intoEnd
			if newDiv && anchor != "" && s.Ref.Article == "" && len(p.into) == 0 && end == 0 {
				// "Après (avant) le chapitre II, il est inséré un
				// chapitre II bis": the side (siblingDivision).
				end = 1
				if before {
					end = -1
				}
			}
			heads, otherwise := articleHeadings(lines), false
			if newDiv {
				// "… par un chapitre IV ainsi rédigé :": in it (divs19).
				heads, otherwise = namedHeads(what, heads)
			}
			if arts, heads = keptNewArticles27(arts, heads); len(arts) == 0 {
				continue // every one marked "(Supprimé)" (articles27)
			}
			in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: placedInCode27(s), NewArticles: arts, Fresh: !restored, Into: p.into, NewDivision: newDiv, End: end, Headings: heads, headedOtherwise: otherwise})
		}
		p.into, p.intoEnd = nil, 0
	case strings.Contains(what, "phrase"):
		if anchor != "" {
			// "Après les deux premières phrases, il est inséré une
			// phrase": once, after the second (sent19).
			one, ok := oneSideOfSentences(scopes, before)
			if !ok {
				refuseTyped(in, errSentenceBesideApart)
				return
			}
			scopes = one
		}
		for _, s := range scopes {
			if anchor != "" {
				in.Edits = append(in.Edits, Edit{Kind: EditInsertSentences, Scope: s, Lines: lines, Before: before})
				continue
			}
			places, ok := addedTo(s)
			if !ok {
				refuseTyped(in, errSentenceAddedToEnd)
				return
			}
			for _, s := range places {
				in.Edits = append(in.Edits, Edit{Kind: EditInsertSentences, Scope: s, Lines: lines})
			}
		}
	case strings.Contains(what, "alinea") || anchor != "" || reItemWhat.MatchString(what) || dashesAdded(what, lines):
		for _, s := range scopes {
			if anchor != "" {
				in.Edits = append(in.Edits, Edit{Kind: EditInsertAlineas, Scope: s, Lines: lines, Before: before})
			} else {
				in.Edits = append(in.Edits, Edit{Kind: EditAppendAlineas, Scope: s, Lines: lines})
			}
		}
	default:
		why := unknownAddition(what)
		in.Status, in.Reason, in.refusal = Unparsed, why.Error(), why
		return
	}
	in.Status = Parsed
}

// reNewPart is a new part of an article announced as a paragraph without
// its number: "un paragraphe", "deux nouveaux paragraphes" (group 1 the
// count) — a paragraph of a code has its number ("un paragraphe 3").
var reNewPart = mustRe(`^(un|` + cardinalWords + `)\s+(?:nouveaux?\s+)?paragraphes?((?:\s+[ivxl]+(?:\s+` + latinOrd + `)?(?:\s*,|\s+et)?)*)$`)

// articleScopes reports whether every scope is an article or a division
// of one.
func articleScopes(scopes []Scope) bool {
	for _, s := range scopes {
		if s.Ref.Article == "" {
			return false
		}
	}
	return len(scopes) > 0
}

// articleNumber is an article's number after its prefix, read whole: "1er",
// "331-5", "72 D bis", "1649 quater-0 B bis", "238 bis HV".
// renumNumber is the new number of a renumbered article (groups: its
// prefix, "L. ", "LO ", "R. ", "D. ", and its number, articleNumber);
// renumHeading writes it as a heading ("L. 4 bis" → "L4 bis").
const renumNumber = `(` + artLetters + `)?(` + articleNumber + `)`

func renumHeading(m []string) string {
	return strings.ReplaceAll(strings.ReplaceAll(m[1], ".", ""), " ", "") + m[2]
}
