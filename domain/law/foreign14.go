package law

// foreignKinds14 are the kinds of texts no corpus holds by their name —
// the Constitution, EU and international texts, acts of the
// administration — whose articles and divisions are never a code's.
const foreignKinds14 = `(?:constitution|loi\s+constitutionnelle|decret-loi|reglement|directive|traite|convention|charte|accord|protocole|decision(?:-cadre)?|arrete|deliberation|statut|circulaire|avenant|pacte|declaration|resolution|acte)`

var (
	// reForeignSame14 is an article of such a text named again — "de
	// l'article 5 du même règlement", "dudit protocole", "de ladite
	// directive", "de cette convention", "du traité précité" — or an
	// article of any text named by a rank in words, "l'article premier
	// (unique) de la loi du 9 décembre 1905": under "Le code … est ainsi
	// modifié :" the code's article 5 (unique) was edited.
	reForeignSame14 = mustRe(`\barticles?\s+(?:(?:(?:l\.?\s*o|l|r|d|a)\.?\s*)?\d|premier|unique)[^,;:]*?\s(?:(?:(?:du|de\s+la|de\s+l')\s*meme|dudit|de\s+ladite|de\s+(?:cette|cet|ce)(?:\s+meme)?)\s+` + foreignKinds14 + `|(?:du|de\s+la|de\s+l')\s*` + foreignKinds14 + `\s+(?:precitee?|susvisee?|susmentionnee?))\b`)
	// reRankArticle14 is an article named by a rank in words of a text
	// named after it, "l'article premier (unique) de la loi du 9
	// décembre 1905", as reForeignArticle is one by its number.
	reRankArticle14 = mustRe(`\barticles?\s+(?:premier|unique)\b[^,;:]*?\s(?:de\s+la|de\s+l'|du)\s*(?:loi|ordonnance|decret|presente\s+loi|` + foreignKinds14 + `)\b`)
	// reForeignDivision14 is a division of such a text, or of a law
	// named by its date only: "le titre II de la loi du 9 décembre
	// 1905", "le chapitre III du règlement (UE) 2016/679", "l'annexe I de
	// la directive …", "le préambule de la Constitution", "du même
	// règlement", "de la présente loi" (the bill's own): the items under
	// it edited the code's articles ("Le titre II de la présente loi est
	// abrogé" repealed the code's titre II).
	reForeignDivision14 = mustRe(`\b(?:titres?|chapitres?|sous-sections?|sections?|livres?|parties?|annexes?|preambule)\b[^,;:]*?\s(?:(?:du|de\s+la|de\s+l')\s*(?:meme\s+)?|dudit\s+|de\s+ladite\s+|de\s+(?:cette|cet|ce)\s+)(?:` + foreignKinds14 + `\b|presente\s+loi\b|(?:loi|ordonnance|decret)\s+(?:organique\s+)?du\s+\d)`)
	// reForeignPlace14 is an article of such a text, or of a law named by
	// its date only, by its number: "après l'article 24 de la
	// Constitution" ("de la présente loi", in "dans sa rédaction
	// résultant de l'article 3 de la présente loi", is no place).
	reForeignPlace14 = mustRe(`\barticles?\s+\d[^,;:]*?\s(?:de\s+la|de\s+l'|du)\s*(?:` + foreignKinds14 + `\b|(?:loi|ordonnance|decret)\s+(?:organique\s+)?du\s+\d)`)
	// reForeignWhole14 is such a text, or a law named by its date only,
	// as the subject or place of an instruction: "La loi du 29 juillet
	// 1881 est complétée par un article 70 ainsi rédigé :", "Après
	// l'article 24 de la Constitution, il est inséré …", "La directive …
	// est complétée par …", "Ladite directive …", "La même loi …" (the
	// text named before).
	reForeignWhole14 = mustRe(`^(?:(?:[ivxlc]+\s*\.?\s*[-–—]|\d+°|[a-z]\))\s*)?(?:(?:la|le|l')\s*(?:meme\s+)?|ladite\s+|ledit\s+|(?:cette|cet|ce)\s+)(?:` + foreignKinds14 + `\b|(?:loi|ordonnance|decret)\s+(?:organique\s+)?du\s+\d)`)
)

// foreignText14 reports whether a locator (folded, lower case, its
// quotations left out) names an article or a division of a text the
// grammar does not identify, beyond reForeignArticle.
func foreignText14(low string) bool {
	low = unquoted14(low)
	return reForeignSame14.MatchString(low) || reRankArticle14.MatchString(low) || reForeignDivision14.MatchString(low)
}

// unquoted14 is s with its quotations blanked: words quoted are text,
// never a place.
func unquoted14(s string) string {
	var b []byte
	for len(s) > 0 {
		q := quoteRe.FindStringIndex(s)
		if q == nil {
			b = append(b, s...)
			break
		}
		b = append(b, s[:q[0]]...)
		b = append(b, " « » "...)
		s = s[q[1]:]
	}
	return string(b)
}

// foreignCreate14 refuses new articles whose place is an article of a
// text not identified, or such a text whole — "Après l'article 24 de la
// Constitution, il est inséré un article 24-1 …", "La loi du 29 juillet
// 1881 est complétée par un article 70 …" under "Le code … est ainsi
// modifié :" created them in the code —, when no identified text is
// named.
func (p *parser) foreignCreate14(in *Instruction, body string) {
	if in.Status != Parsed {
		return
	}
	creates := false
	for _, e := range in.Edits {
		if e.Kind == EditCreateArticles {
			creates = true
		}
	}
	if !creates {
		return
	}
	low := unquoted14(asciiLower(foldAccents(body)))
	if why := p.bareCodeUnderText28(low); why != nil {
		refuseTyped(in, why) // laws28: "Le code est complété …" under a law
		return
	}
	if !reForeignPlace14.MatchString(low) && !foreignText14(low) && !reForeignWhole14.MatchString(low) && !reSameText.MatchString(low) && !foreignCreate28(low) {
		return
	}
	if p.textNamed(low) != "" {
		return
	}
	refuseTyped(in, errTextNotIdentified)
}
