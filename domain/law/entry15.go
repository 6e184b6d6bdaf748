package law

import "strings"

// Entry into force, the forms left (entry15).
//
// A subject naming several articles of the law, each with its parts or
// whole, "Les I et II de l'article 5 et l'article 7 entrent en vigueur
// le …", "L'article 3 et le I de l'article 5 …", "Le I de l'article 5 et
// le II de l'article 7 …", is cut at each article (entryOtherPieces) and
// each piece read as one alone is (reEntryOtherArticle): exactly the
// parts named are deferred (nothing was, or the last article whole).
// Pieces of which one names an article and another none ("Le I de
// l'article 5 et le II") are not understood: the articles named and the
// entry's own article are refused, whole, to no day.
//
// A subject limited by what it does, "L'article 3, en tant qu'il modifie
// l'article L. 1 du code civil, entre en vigueur le …", "Le I, en tant
// qu'il …": the parts named are refused as deferred, to no day (they
// were applied at once), unless the clause is read (entry16.go). A division of the law, "Le chapitre II de la présente loi", "Le
// titre II", whose articles the bill does not say, refuses every article
// of the law, to no day (nothing was deferred, or the entry's own
// article to the day). An exception naming an item of the part named,
// "Le I, à l'exception de son 2°, …", is that part's item (the whole
// article was refused, to no day).

// reEntryInSoFar is the "en tant que" clause of an entry's subject,
// accents folded, case kept: ", en tant qu'il modifie …," at its end.
var reEntryInSoFar = mustRe(`\s*,\s*(?i:(?:sauf\s+)?en\s+(?:tant|ce)\s+qu'(?:il|elle|ils|elles)\s).*$`)

// entryInSoFarCut cuts the "en tant que" clause from an entry's subject:
// the subject left and whether there was one.
func entryInSoFarCut(subject string) (string, bool) {
	if loc := reEntryInSoFar.FindStringIndex(subject); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(subject[:loc[0]]), true
	}
	return subject, false
}

// reEntryLawDivision is a division of the law as an entry's subject,
// folded: "le chapitre ii de la presente loi", "le titre ii", "les
// dispositions du titre ier", "la section 2 du chapitre 3" (a code's,
// "du code …", or another text's, is not one: reEntryOtherText).
var (
	reEntryLawDivision = mustRe(`^(?:les\s+dispositions\s+(?:du|de\s+la|des)\s+|(?:le|la|les)\s+)(?:titres?|chapitres?|sections?|sous-sections?|livres?|parties?|paragraphes?)\s`)
	reEntryOtherText   = mustRe(`\b(?:code|loi\s+n|loi\s+organique\s+n|ordonnance|decret|traite|convention|reglement|directive)\b`)
)

// reEntryDivisionWord is a word naming a division, for a quick look at
// an alinéa before it is read.
var reEntryDivisionWord = mustRe(`(?i:titre|chapitre|section|livre|partie|paragraphe)`)

// entryLawDivision tells whether an entry's subject (folded) names a
// division of the law itself.
func entryLawDivision(subject string) bool {
	s := asciiLower(strings.TrimSpace(subject))
	if strings.Contains(strings.ReplaceAll(s, "presente loi", ""), "loi") {
		// "Le titre II de la loi du 29 juillet 1881": another law's.
		return false
	}
	return reEntryLawDivision.MatchString(s) && !reEntryOtherText.MatchString(s)
}

// entryOtherPieces cuts an entry's subject (cased, folded) at each
// article it names (reEntryJoin): the pieces when there are several and
// each is one article's (reEntryOtherArticle, ok), or, mixed true, when
// one is and another names no article ("Le I de l'article 5 et le II").
// A single piece, or pieces none of which names an article, give
// nothing: the subject is read whole as before.
func entryOtherPieces(subject string) (pieces []string, ok, mixed bool) {
	subject = strings.TrimRight(strings.TrimSpace(subject), " ,")
	cut := reEntryJoin.FindAllStringSubmatchIndex(subject, -1)
	if len(cut) == 0 {
		return nil, false, false
	}
	from := 0
	for k := 0; k <= len(cut); k++ {
		end, next := len(subject), len(subject)
		if k < len(cut) {
			end, next = cut[k][0], cut[k][2]
		}
		pieces = append(pieces, strings.TrimRight(strings.TrimSpace(subject[from:end]), " ,"))
		from = next
	}
	matched, unmatched := 0, 0
	for _, p := range pieces {
		if reEntryOtherArticle.MatchString(asciiLower(p)) {
			matched++
		} else {
			unmatched++
		}
	}
	switch {
	case matched >= 2 && unmatched == 0:
		return pieces, true, false
	case reEntryOtherArticle.MatchString(asciiLower(subject)):
		// "Le I et le III de l'article 5": one article's parts.
		return nil, false, false
	case matched >= 1 && unmatched >= 1:
		return nil, false, true
	}
	return nil, false, false
}

// entryExceptedIn reads an exception within the parts an entry names
// (subject, cased, its prefix "Le" or "Les dispositions du" kept): "Le
// I, à l'exception de son 2°" excepts the 2° of the I, read "2° du I";
// the exception as written when that is not read.
func entryExceptedIn(parts []partAt, except, subject string) (entryNamed, bool) {
	s := strings.TrimSpace(reEntryPartsPrefix.ReplaceAllString(strings.TrimSpace(subject), ""))
	within, ok := entryParts(s)
	if s == "" || except == "" || !ok {
		return entryExcepted(parts, except)
	}
	if n, ok := entryExcepted(parts, except+" du "+s); ok {
		return n, true
	}
	// "Le I, à l'exception du 2° du I": as written, within the I; "Le
	// I, à l'exception du II" is not understood.
	n, ok := entryExcepted(parts, except)
	if !ok {
		return entryNamed{}, false
	}
	for _, p := range parts {
		if within.has(p) && n.has(p) {
			return n, true
		}
	}
	return entryNamed{}, false
}

// refuseWholeLaw refuses every instruction of the law (out, the spans of
// arts) as deferred to no day: an entry naming a division of the law
// whose articles are not said (entryLawDivision).
func refuseWholeLaw(spans [][2]int, out []Instruction, why string) {
	for _, sp := range spans {
		for k := sp[0]; k < sp[1]; k++ {
			if in := &out[k]; in.Status == Parsed {
				deferTo(in, "", why)
			}
		}
	}
}
