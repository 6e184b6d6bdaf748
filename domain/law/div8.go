package law

import "strings"

// reSameDivision names a division of a code as the one the instruction
// before named, folded: "la section 3 du même chapitre", "au même
// chapitre", "le même titre", "de ladite section" (group 1 the
// preposition or article before it, group 2 its kind; group 3 and 4 the
// same for the "ledit" forms). "Le même paragraphe" is not one: in an
// article it names the roman part the instruction before named.
var reSameDivision = mustRe(`\b(du|de\s+la|le|la|au|a\s+la|dans\s+le|dans\s+la)\s+meme\s+(sous-section|section|chapitre|titre|livre)\b|\b(dudit|ledit|audit|de\s+ladite|ladite|a\s+ladite|dans\s+ledit|dans\s+ladite)\s+(sous-section|section|chapitre|titre|livre)\b`)

// saidOfSame gives the preposition or article a "ledit" form stands for:
// "dudit chapitre" is "du chapitre …".
var saidOfSame = map[string]string{
	"dudit": "du", "ledit": "le", "audit": "au", "de ladite": "de la", "ladite": "la",
	"a ladite": "a la", "dans ledit": "dans le", "dans ladite": "dans la",
}

// reDivNumAfter is a division's number after its kind, folded: "titre
// ier" in "du même titre Ier".
var reDivNumAfter = mustRe(`^\s+(?:[ivxlc]+er|[ivxlc]+|\d+(?:er|re)?|premier|unique|preliminaire)\b`)

// reArticleNamed is an article named in a place, folded.
var reArticleNamed = mustRe(`\barticles?\b`)

// sameDivision reads "la section 3 du même chapitre", "Au même
// chapitre, …", "Le même titre est complété …" (m the match of
// reSameDivision in low): the division of that kind the instruction
// before named, in the same bill article (its scope's folders, a
// context's included; when it named none, the head's), written out in
// full so that the place reads as if the bill had named it ("la section
// 3 du chapitre ier"), under that division's parent in its code. They were read as naming no parent
// (the section 3 sought at the top of the code, not found) or no
// division. Refused: no division of that kind named before ("L'article
// L. 3 est abrogé" names none the parser knows), the instruction before
// naming several that differ there ("Les chapitres II et III …"), a
// place after it ("du même chapitre du titre II"), an article's context.
// An article named with it ("l'article L. 5 du même chapitre") is named
// by its number, the division only said of it, and a division with its
// number ("du même titre Ier") names itself: left as written.
func (p *parser) sameDivision(low, cased string, parent Scope, m []int) (string, string, Scope, error) {
	prep, kind := "", ""
	if m[2] >= 0 {
		prep, kind = strings.Join(strings.Fields(low[m[2]:m[3]]), " "), low[m[4]:m[5]]
	} else {
		prep, kind = saidOfSame[strings.Join(strings.Fields(low[m[6]:m[7]]), " ")], low[m[8]:m[9]]
	}
	if reArticleNamed.MatchString(low[:m[0]]) || reDivNumAfter.MatchString(low[m[1]:]) {
		return low, cased, parent, nil
	}
	why := "\"" + strings.TrimSpace(low[m[0]:m[1]]) + "\""
	if parent.Ref.Article != "" || len(parent.Path) > 0 {
		return "", "", parent, reasonOf(errSameDivision26, why+" under an article's context")
	}
	if rest := strings.Trim(low[m[1]:], " ,"); rest != "" {
		return "", "", parent, reasonOf(errSameDivision26, why+" followed by another place: "+rest)
	}
	last, others := p.lastScope, p.lastOthers
	at := kindAt(last.Division, kind)
	if at < 0 {
		// The instruction before named none (a heading, a renumbering):
		// the head's division, "1° L'intitulé est ainsi rédigé : … ; 2°
		// La sous-section 1 de la même section …" under "La section 2 …
		// est ainsi modifiée :".
		last, others = parent, nil
		at = kindAt(last.Division, kind)
	}
	if at < 0 || last.Ref.Code == "" {
		return "", "", parent, reasonOf(errSameDivision26, why+" with no "+kind+" named before")
	}
	for _, o := range others {
		if o.Ref.Code != last.Ref.Code || len(o.Division) <= at || !slicesEqualFolded(o.Division[:at+1], last.Division[:at+1]) {
			return "", "", parent, reasonOf(errSameDivision26, why+" after several of them")
		}
	}
	slug := last.Division[at]
	words := prep + " " + kind + " " + strings.ReplaceAll(slug[len(kind)+1:], "-", " ")
	low = low[:m[0]] + words + low[m[1]:]
	cased = cased[:m[0]] + words + cased[m[1]:]
	return low, cased, Scope{Ref: CodeRef{Code: last.Ref.Code}, Division: append([]string(nil), last.Division[:at]...)}, nil
}

// reBareEnds is the start or the end of the division of the context,
// named alone, folded: "Au début, il est ajouté une section 1 …", "À la
// fin, il est ajouté un article …" under "Le chapitre II … est ainsi
// modifié :".
var reBareEnds = mustRe(`^(?:au\s+debut|en\s+tete|a\s+la\s+fin)\s*,?$`)

// atDivisionEnds says loc is the start or the end of the context's
// division, named alone (reBareEnds): the new articles or division are
// filed in it, as with no place at all (they were filed nowhere).
func atDivisionEnds(loc string) bool {
	return reBareEnds.MatchString(asciiLower(foldAccents(strings.TrimSpace(loc))))
}

// reHeadingAndPlace is a division's heading joined to another place in
// one locator, folded: "Dans l'intitulé du chapitre II et à l'article L.
// 10, …", "… ainsi qu'aux articles L. 10 et L. 11, …", "… et au
// chapitre II, …" (group 1 the word after the second place's
// preposition).
var reHeadingAndPlace = mustRe(`^(?:a|dans)\s+l'intitule\b[^,:«]*?(?:\bet|\bainsi\s+qu['e]?)\s*(?:a|au|aux|dans)\s+(\S+)`)

// headingAndPlace says why the locator of body (folded) is refused when
// it joins a division's heading to a place of articles and would be read
// as the heading's words (reHeadingWords): "Dans l'intitulé du chapitre
// II et à l'article L. 10, le mot …" was read as the heading's words
// alone — the heading is no article, the article's words were dropped
// though the instruction was applied. A second heading ("et dans celui
// de la section 1", "et dans l'intitulé du chapitre III") is a heading
// still, read as before.
func headingAndPlace(low string) error {
	t := strings.TrimSpace(low)
	m := reHeadingAndPlace.FindStringSubmatch(t)
	if m == nil || !reHeadingWords.MatchString(t) {
		return nil
	}
	switch strings.TrimRight(m[1], ",") {
	case "l'intitule", "celui", "celle", "ceux", "celles", "son", "leur", "leurs":
		return nil
	}
	return errHeadingAndPlace26
}

// reDivisionSubject is a division of a code as the subject after its
// place and a comma, folded: "la section 2", "les sections 1 et 2", "le
// chapitre II bis" — nothing after it.
var reDivisionSubject = mustRe(`^(?:(?:le|la|l')\s*(?:sous-section|section|chapitre|titre)\s+` + divNum + `(?:\s+[a-h])?|les\s+(?:sous-sections|sections|chapitres|titres)\s+` + divNum + `(?:\s*(?:,|et|a)\s*` + divNum + `)+)\s*$`)

// divisionAfterPlace reads "Au chapitre Ier du titre II …, la section 2
// est abrogée" (low and cased the place and the subject, folded): the
// subject is a division of the place, "la section 2 du chapitre Ier du
// titre II …", as "Au II de l'article L. 1, le second alinéa …" is the
// II's (it was "no target article"). Only a place that is a division of
// a code (reDivisionPlace) and a subject that is one, nothing after it.
func divisionAfterPlace(low, cased string) (string, string) {
	i := strings.LastIndex(low, ", ")
	if i <= 0 || !reDivisionSubject.MatchString(low[i+2:]) || !reDivisionPlace.MatchString(low[:i]) {
		return low, cased
	}
	m := reHeadPrep.FindStringSubmatchIndex(low[:i])
	if m == nil {
		return low, cased
	}
	of, ok := genitive[strings.Join(strings.Fields(low[m[2]:m[3]]), " ")]
	if !ok {
		return low, cased
	}
	return low[i+2:] + " " + of + low[m[3]:i], cased[i+2:] + " " + of + cased[m[3]:i]
}

// subjectAfterPlace says the place low (folded) is a division of a code
// as the subject after its place, "au chapitre Ier …, la section 2"
// (divisionAfterPlace): a division rewritten whole, as "La section 2 du
// chapitre Ier …" is.
func subjectAfterPlace(low string) bool {
	l, _ := divisionAfterPlace(strings.TrimSpace(low), strings.TrimSpace(low))
	return l != strings.TrimSpace(low)
}

// kindAt is the index of the last division of kind in folders, -1 when
// none.
func kindAt(folders []string, kind string) int {
	at := -1
	for i, s := range folders {
		if divisionKind(s) == kind {
			at = i
		}
	}
	return at
}
