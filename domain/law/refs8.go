package law

// reUnidentifiedText is a law, an ordonnance or a décret named in a form
// the grammar keys no text by, folded: "la loi du 29 juillet 1881" (its
// date only), "l'ordonnance du 2 novembre 1945", "la loi
// constitutionnelle n° 2008-724", "le décret-loi du 30 octobre 1935"
// (groups: the kind and the date of the first form; the kind of the
// others).
var reUnidentifiedText = mustRe(`\b(loi|ordonnance|decret)\s+(?:organique\s+)?du\s+(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4})\b|\b(loi)\s+constitutionnelle\b|\b(decret)-loi\b`)

// forgetUnidentified forgets the last text of a kind when low (folded,
// quotes out) names one of that kind the grammar does not identify: "I.
// – L'article 3 de la loi n° 78-17 …", "II. – L'article 24 de la loi du
// 29 juillet 1881 sur la liberté de la presse est abrogé." (refused),
// then "III. – L'article 25 de la même loi" (or "ladite loi", "cette
// loi", "la loi précitée") is the law of 1881, which is not known: not
// the law n° 78-17 (it was edited). A law named by its date after its
// number was named ("la loi du 6 janvier 1978 précitée") is known.
func (p *parser) forgetUnidentified(low string) {
	low = precitedAfterDate19(low)
	p.forgetUnkeyed19(low)
	for _, m := range reUnidentifiedText.FindAllStringSubmatch(low, -1) {
		switch {
		case m[1] != "" && p.textDates[m[1]+" "+m[2]] != "":
		case m[1] != "":
			p.lastKind[m[1]] = ""
		case m[3] != "":
			p.lastKind[m[3]] = ""
		default:
			p.lastKind[m[4]] = ""
		}
	}
}

// forgetAcronymCode forgets the code named last when an instruction
// names an article of a text by capitals ("II. – L'article 5 du CGI est
// abrogé.", refused: foreignAcronym): "III. – L'article 6 du même code"
// is that text's, which is not known — not the code named before it (it
// was edited). The context's code stays for an article named alone.
func (p *parser) forgetAcronymCode() {
	p.unknownCode = true
	p.lastKind["code"] = ""
}

// reTextKind is a word naming a kind of text, folded: "code", "loi",
// "ordonnance", "décret" (group: the kind).
var reTextKind = mustRe(`\b(code|loi|ordonnance|decret)\b`)

// forgetTitled forgets the last text of a kind when low (folded, quotes
// out) names one of that kind in the title of another: "II. – L'article
// 3 de l'ordonnance n° 2000-912 du 18 septembre 2000 relative à la partie
// législative du code de commerce est abrogé." then "III. – L'article L.
// 4 du même code" may be the code de commerce, named last, or the code
// an earlier part named (that one was edited): which is not said. So
// for "la loi n° 2005-1 … ratifiant l'ordonnance n° 2004-2 …" then "de la
// même ordonnance".
func (p *parser) forgetTitled(low string) {
	for _, m := range reTextKind.FindAllStringSubmatchIndex(low, -1) {
		if inTextTitle(low, m[0]) {
			kind := low[m[2]:m[3]]
			p.lastKind[kind] = ""
			if kind == "code" {
				p.unknownCode = true
			}
		}
	}
}

// codedInText refuses an article numbered as a code's ("L. 2", "R. 5",
// "D. 1", "LO 3": prefix its letters) named with no text (named, the
// text it is of) in the bill article's law, ordonnance or décret (key):
// "I. – À l'article 3 de la loi n° 78-17 …" then "II. – À l'article L.
// 2, …", or "1° L'article L. 2 est abrogé" under "La loi n° 78-17 … est
// ainsi modifiée :", is an article of a code not said — a law's articles
// are numbered without letters (the law's "L. 2" was edited, or created
// in it). An article of a code named after it stays unknown ("du même
// code" refused).
func (p *parser) codedInText(prefix, named, key string) string {
	if prefix == "" || named != "" || !reTextKey.MatchString(key) {
		return ""
	}
	p.unknownCode = true
	return "an article numbered as a code's (L., R., D.) with no code named, in a law, an ordonnance or a décret"
}

// reCodedKey is an article's key numbered as a code's: "l3-1", "r2",
// "d1", "lo5".
var reCodedKey = mustRe(`^(?:lo|l|r|d)\d`)

// codedArticleInText reports whether new articles numbered as a code's
// ("Art. L. 3-1") go into a law, an ordonnance or a décret (key): "La
// loi n° 78-17 … est ainsi modifiée : 1° Après l'article 3, il est
// inséré un article L. 3-1 ainsi rédigé :" names no code the article is
// of (it was created in the law).
func codedArticleInText(key string, arts []CodeArticle) bool {
	if !reTextKey.MatchString(key) {
		return false
	}
	for _, a := range arts {
		if reCodedKey.MatchString(a.Ref.Article) {
			return true
		}
	}
	return false
}

// censoredText refuses a law, an ordonnance or a décret named back ("de
// la même loi", "de ladite loi", "de cette ordonnance", "de la loi
// précitée", "du même décret") after a part censured when the bill
// article has named no text before: "I. – (Censuré)" then "II. –
// L'article 4 de la même loi" may be the law the censured part named,
// not said to be the one an earlier bill article named (it was), as
// "du même code" is refused so. Read after a text the bill article
// names ("I. – … la loi n° 78-17 …", "II. – (Censuré)", "III. – … de la
// même loi").
func (p *parser) censoredText(low string) string {
	if !p.censoredSinceText || p.articleCode != "" {
		return ""
	}
	for _, re := range []*lre{reSameText, reLaidite, reKindPrecitee, reSameDecret} {
		if m := re.FindStringIndex(low); m != nil && !reTextKind.MatchString(low[:m[0]]) {
			return "a law, an ordonnance or a décret named back after a part censured: the text it names is not known"
		}
	}
	return ""
}
