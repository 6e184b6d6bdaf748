package law

import (
	"slices"
	"strings"
)

// sameDivisionAlineas says scopes are several alinéas of one division
// of one article: "les premier et deuxième alinéas du I".
func sameDivisionAlineas(scopes []Scope) bool {
	if len(scopes) < 2 {
		return false
	}
	for _, sc := range scopes[1:] {
		a, b := scopes[0], sc
		if a.Ref != b.Ref || len(a.Path) == 0 || len(a.Path) != len(b.Path) || !slices.Equal(a.Path[:len(a.Path)-1], b.Path[:len(b.Path)-1]) {
			return false
		}
		if a.Path[len(a.Path)-1].Alinea == 0 || b.Path[len(b.Path)-1].Alinea == 0 {
			return false
		}
	}
	return true
}

// adjacentScopes says b follows a, as far as the locator says it: two
// alinéas (sentences) ranked from the start must be consecutive; items
// of one division must be consecutive in their series when their labels
// say it ("le I et le III", "le 1° et le 3°" are not; "le 1° bis et le
// 2°" are), and are taken as named when they do not.
func adjacentScopes(a, b Scope) bool {
	if a.Sentence != 0 || b.Sentence != 0 {
		return a.Sentence > 0 && b.Sentence == a.Sentence+1 && slices.Equal(a.Path, b.Path)
	}
	if len(a.Path) == 0 || len(a.Path) != len(b.Path) {
		return false
	}
	da, db := a.Path[len(a.Path)-1], b.Path[len(b.Path)-1]
	if da.Alinea != 0 || db.Alinea != 0 {
		// Counted from the start, or both from the end ("entre
		// l'avant-dernier et le dernier alinéa": -2 and -1; it was
		// refused as two alinéas apart).
		return (da.Alinea > 0 || db.Alinea < 0) && db.Alinea == da.Alinea+1 && da.Count <= 1 && db.Count <= 1
	}
	return da.Item != "" && db.Item != "" && slices.Equal(a.Path[:len(a.Path)-1], b.Path[:len(b.Path)-1]) && !itemsApart(da.Item, db.Item)
}

// itemsApart reports whether the item b cannot follow the item a in their
// series: same kind, ranks known, and b neither the next number ("2°"
// after "1°" or "1° bis") nor the next Latin ordinal of a's number ("1°
// bis" after "1°", "1° ter" after "1° bis").
func itemsApart(a, b string) bool {
	if itemKind(a) != itemKind(b) {
		return false
	}
	ra, rb := latinItemRank(a), latinItemRank(b)
	if ra == 0 || rb == 0 {
		return false
	}
	next := ra%100 + 1
	if ra%100 == 0 {
		next = 2
	}
	return !(rb == ra-ra%100+next || rb == (ra/100+1)*100)
}

// latinItemRank is an item's rank in its series with its Latin ordinal,
// "1°" 100, "1° bis" 102, "II" 200; 0 when it is not read ("1° A").
func latinItemRank(it string) int {
	kind := byte('l')
	if itemKind(it) == "roman" {
		kind = 'r'
	}
	return latinRank(it, kind)
}

// sameAlineas reads "Aux mêmes alinéas, …": the alinéas the instruction
// before named, several, whole, in one article ("Aux deuxième et
// troisième alinéas" then "Aux mêmes alinéas": it was refused). Places
// with a sentence, an end, a range of articles, or of another article
// than the context's, are refused.
func (p *parser) sameAlineas(parent Scope) ([]Scope, bool, error) {
	why := reasonOf(errSameUnresolved22, "\"aux mêmes alinéas\" with no alinéas before it in the same article")
	if p.lastScope.Ref.Article == "" || parent.Ref.Article != "" && parent.Ref != p.lastScope.Ref || parent.Sentence != 0 || len(parent.Path) > 0 {
		return nil, false, why
	}
	var out []Scope
	count := 0
	for _, s := range append([]Scope{p.lastScope}, p.lastOthers...) {
		n := len(s.Path)
		if s.Ref != p.lastScope.Ref || s.RangeTo != "" || s.Everywhere || len(s.Division) > 0 || s.Sentence != 0 || s.Where != "" || s.OneAlinea || len(s.Within) > 0 || n == 0 || s.Path[n-1].Alinea == 0 {
			return nil, false, why
		}
		seen := false
		for _, o := range out {
			if slices.Equal(o.Path, s.Path) {
				seen = true
			}
		}
		if !seen {
			out = append(out, Scope{Ref: s.Ref, Path: append([]Division(nil), s.Path...)})
			if c := s.Path[n-1].Count; c > 1 || c < 0 {
				count += 2
			} else {
				count++
			}
		}
	}
	if count < 2 {
		return nil, false, reasonOf(errSameUnresolved22, "\"aux mêmes alinéas\" after one alinéa")
	}
	return out, true, nil
}

// scopes reads a locator ("À la première phrase du premier alinéa de
// l'article L. 331-9 du code …") into scopes, starting from parent. low is
// the folded lower-case locator, cased the same with case kept.
//
// Under a sentence ("a) La première phrase est ainsi modifiée :" then "–
// le mot : « A » est remplacé …", "– sont ajoutés les mots : « B »"),
// a place that names no sentence of its own is that sentence (it was the
// whole alinéa: words replaced in the other sentences too, words added
// at the alinéa's end); a division inside it, or another sentence of it,
// is refused.
func (p *parser) scopes(low, cased string, parent Scope) ([]Scope, bool, error) {
	if verbInLocator(low) {
		return nil, false, errVerbInLocator
	}
	if m := reExceptPlace.FindString(low); m != "" {
		// "À l'article L. 1, à l'exception du dernier alinéa, …", "Aux
		// articles L. 1 à L. 3, hormis l'article L. 2, …": a place left
		// out (the one left out was edited, alone or with the others).
		return nil, false, reasonOf(errExceptionRefused, "a place named as an exception, not read: "+strings.TrimSpace(m))
	}
	if m := reBareRankLast.FindStringSubmatch(low); m != nil {
		// "L'article L. 1 du code civil et le second": what the rank
		// ranks is not said (it was dropped, the article alone went).
		return nil, false, reasonOf(errPlaceUnread22, "a rank with no noun: "+m[1])
	}
	low, cased = ainsiQueApart26(low, cased)
	joinedFrom24 := low
	low, cased = articlesGroupJoined25(low, cased)
	low, cased = articlesApartJoined23(low, cased)
	low, cased, why24 := p.articlesApartText24(low, cased, parent)
	if why24 != nil {
		return nil, false, why24
	}
	joined24 := joinedFrom24 != low
	low, cased, why22 := pronounPlace22(low, cased)
	if why22 != nil {
		return nil, false, why22
	}
	if strings.Contains(low, "devenu") {
		var ok bool
		if low, cased, ok = nowLabelled(low, cased); !ok {
			return nil, false, reasonOf(errPlaceUnread22, "a division named with its former label, in a form not read (… devenu …)")
		}
	}
	if reSameAlineas.MatchString(strings.TrimSpace(low)) {
		return p.sameAlineas(parent)
	}
	low, cased = divisionAfterPlace(low, cased)
	if m := reSameDivision.FindStringSubmatchIndex(low); m != nil {
		// "La section 3 du même chapitre": the chapitre named before.
		var why error
		if low, cased, parent, why = p.sameDivision(low, cased, parent, m); why != nil {
			return nil, false, reasonCaused22(errSameUnresolved22, why)
		}
	}
	out, ok, why := p.scopesFrom(low, cased, parent)
	if why26 := countOfOnePlace26(low, out); ok && why26 != nil {
		return nil, false, why26
	}
	markApart24(out, joined24)
	if !ok || parent.Sentence == 0 {
		return out, ok, why
	}
	for i, s := range out {
		if s.Ref != parent.Ref || s.RangeTo != "" || s.Everywhere || len(s.Division) > 0 || len(s.Path) < len(parent.Path) || !slices.Equal(s.Path[:len(parent.Path)], parent.Path) {
			continue // another place, named in full
		}
		if len(s.Path) > len(parent.Path) {
			return nil, false, reasonOf(errPlaceUnread22, "a division inside the sentence of the context")
		}
		switch s.Sentence {
		case 0:
			out[i].Sentence, out[i].SentenceLast = parent.Sentence, parent.SentenceLast
		case parent.Sentence:
		default:
			return nil, false, reasonOf(errPlaceUnread22, "another sentence under the sentence of the context")
		}
	}
	return out, true, nil
}

// reBareRankPlace is a place named by its rank alone: "au septième
// alinéa", "à la première phrase", "à l'avant-dernier alinéa" (ascii,
// lower case).
var reBareRankPlace = mustRe(`^\s*(?:au|a\s+la|a\s+l')\s*[a-z0-9-]+\s+(?:alinea|phrase)\s*$`)

// reDivisionOf is a division's genitive in a place: "du 3°", "du II",
// "du a", "des 1° et 2°", "du premier alinéa" is not one (ascii, lower
// case).
var reDivisionOf = mustRe(`\b(?:du|des)\s+(?:[ivxl]+|\d+°|[a-z])(?:\s+` + latinOrd + `)?(?:\s|,|$)`)

// bareRankBeforeDivision reports places joined by "et" whose first is
// an alinéa or a sentence named by its rank alone and whose second is in
// a division of the article named by its label, before
// any article: "Au septième alinéa et au deuxième alinéa du 3°", "À la
// première phrase et au 2° du II". The genitive may be the last place's
// alone (the article's seventh alinéa) or both places' (the 3°'s): the
// text does not say; "Aux deuxième et septième alinéas du 3°" and "Au
// septième alinéa du 3° et au deuxième alinéa" say it.
func bareRankBeforeDivision(low string) bool {
	loc := reAndLocator.FindStringSubmatchIndex(low)
	if loc == nil || !strings.Contains(low[loc[0]:loc[2]], "et") || !reBareRankPlace.MatchString(low[:loc[0]]) {
		return false
	}
	tail := low[loc[2]:]
	if i := strings.IndexAny(tail, ",:"); i >= 0 {
		tail = tail[:i]
	}
	if i := strings.Index(tail, "article"); i >= 0 {
		tail = tail[:i]
	}
	return reDivisionOf.MatchString(tail)
}

// reAlineaOrSentence is an alinéa or a sentence named as a place.
var reAlineaOrSentence = mustRe(`\b(?:alinea|phrase)s?\b`)

// placeThenArticlePlace reports places joined by "et" (or "ainsi que"),
// the first an alinéa or a sentence with its own noun naming no article
// nor text, the last a division of an article: "Au second alinéa et au
// premier alinéa de l'article L. 2", "À la première phrase du I et au
// dernier alinéa de l'article L. 2". Under a context naming an article,
// the first may be that article's or the last's: the text does not say.
// One noun for both ("Aux premier et second alinéas de l'article L. 2",
// "au premier et au dernier alinéas …") or each naming its article
// says it.
func placeThenArticlePlace(low string) bool {
	for _, loc := range reAndLocator.FindAllStringSubmatchIndex(low, -1) {
		join := low[loc[0]:loc[2]]
		if !strings.Contains(join, "et") && !strings.Contains(join, "ainsi qu") {
			continue
		}
		head, tail := low[:loc[0]], low[loc[2]:]
		if strings.Contains(head, "article") || reTextWord.MatchString(head) || !reAlineaOrSentence.MatchString(head) {
			return false
		}
		i := strings.Index(tail, "article")
		return i > 0 && reDivWord.MatchString(tail[:i])
	}
	return false
}

// reNowLabelled is a division named by its former label and its label
// now: "2°, devenu 3°", "II, devenu III", "b, devenu c", "l'article L.
// 1, devenu l'article L. 2" (folded; groups: the former, the label now);
// a comma before "de", "du", "des" after it goes with it.
var reNowLabelled = mustRe(`\b(\d+°(?:\s+` + latinOrd + `)?|[ivxl]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\)?|articles?\s+[^,;:]+?)\s*,?\s+devenue?s?\s+(?:le\s+|la\s+|les\s+|l')?(\d+°(?:\s+` + latinOrd + `)?|[ivxl]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\)?|articles?\s+[^,;:]+?)(\s*,\s*(?:de|du|des|d')\s|\s*,|\s|$)`)

// nowLabelled reads "Au 2°, devenu 3°, de l'article L. 1" as "Au 3° de
// l'article L. 1": the division is the one its label now names (the 2°
// was edited, the item a relabelling of the bill gave that label, or the
// one inserted there); a "devenu" in another form is not read. low and
// cased are the locator folded and as written, of equal lengths.
func nowLabelled(low, cased string) (string, string, bool) {
	for strings.Contains(low, "devenu") {
		m := reNowLabelled.FindStringSubmatchIndex(low)
		if m == nil {
			return low, cased, false
		}
		from, to := low[m[2]:m[3]], low[m[4]:m[5]]
		if strings.HasPrefix(from, "article") != strings.HasPrefix(to, "article") {
			return low, cased, false
		}
		tail := low[m[6]:m[7]]
		keep := ""
		if strings.HasPrefix(strings.TrimSpace(tail), ",") {
			if k := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(tail), ",")); k != "" {
				keep = " " + k + " "
			} else {
				keep = ","
			}
		} else {
			keep = tail
		}
		low = low[:m[2]] + to + keep + low[m[7]:]
		cased = cased[:m[2]] + cased[m[4]:m[5]] + keep + cased[m[7]:]
	}
	return low, cased, len(low) == len(cased)
}

// sentenceOfEach reads a sentence of several alinéas counted together
// ("à la première phrase des deux derniers alinéas", "la dernière phrase
// des deuxième à quatrième alinéas") as that sentence of each of them,
// as "des premier et deuxième alinéas" is (one alinéa was edited: the
// first or the last of them); alinéas counted to the end ("des deuxième
// à dernier alinéas") are not said in number: refused.
func sentenceOfEach(sc Scope) ([]Scope, bool) {
	if sc.Sentence == 0 {
		return []Scope{sc}, true
	}
	return eachAlinea([]Scope{sc})
}

// addedTo is the places words or sentences added at the end or the
// start of s go to, or words edited there: each alinéa of several
// counted together ("Les deux premiers alinéas sont complétés par les
// mots …", "… par une phrase ainsi rédigée", "Au début des deux derniers
// alinéas, sont ajoutés les mots …", "À la fin des deux premiers
// alinéas, les mots : « A » sont remplacés …"), as "Les premier et
// deuxième alinéas sont complétés …" gives each of them (they went to
// the last, or the first, alone); alinéas counted to the end: not ok. A
// mention put before them ("sont précédés de la mention : « II. – »") is
// put before the first: it is not added by this.
func addedTo(s Scope) ([]Scope, bool) {
	return eachAlinea([]Scope{s})
}

// reGenitiveNext is where a list of genitive complements goes on: ",
// de l'article", " et du", ", de la" (folded).
var reGenitiveNext = mustRe(`(?:,\s+|\s+et\s+)(?:du|de la|de l'|des)\s*`)

// reGenitiveSep is the separator a reGenitiveNext match begins with.
var reGenitiveSep = mustRe(`^(?:,\s+|\s+et\s+)`)

// reGenitiveArticle is a complement that names an article alone: "de
// l'article 114", "des articles 5 et 6".
var reGenitiveArticle = mustRe(`^(?:de l'article|des articles)\s`)

// genitiveParts splits a locator made of genitive complements of one
// subject, each naming its article — "du second alinea de l'article 64,
// de l'article 114 et du dernier alinea de l'article 161" — into them
// (byte ranges of low); nil unless there are several, each names an
// article and no text, the first names a division before its article,
// and a later one too (with only bare articles after the first, "du
// premier alinea de l'article 1 et de l'article 2" may be the first
// alinéa of each: not said).
func genitiveParts(low string) [][2]int {
	if !strings.HasPrefix(low, "du ") && !strings.HasPrefix(low, "de la ") && !strings.HasPrefix(low, "des ") {
		return nil
	}
	var parts [][2]int
	start := 0
	for _, m := range reGenitiveNext.FindAllStringIndex(low, -1) {
		if !strings.Contains(low[start:m[0]], "article") {
			continue
		}
		parts = append(parts, [2]int{start, m[0]})
		start = m[0] + len(reGenitiveSep.FindString(low[m[0]:m[1]]))
	}
	parts = append(parts, [2]int{start, len(low)})
	if len(parts) < 2 {
		return nil
	}
	divided := false
	for i, pt := range parts {
		s := low[pt[0]:pt[1]]
		if !strings.Contains(s, "article") || strings.Contains(s, "code") || strings.Contains(s, " loi ") || strings.Contains(s, "ordonnance") || strings.Contains(s, "decret") || strings.Contains(s, "meme") || strings.Contains(s, "precite") {
			return nil
		}
		bare := reGenitiveArticle.MatchString(s)
		if i == 0 && bare {
			return nil
		}
		if i > 0 && !bare {
			divided = true
		}
	}
	if !divided {
		return nil
	}
	return parts
}

// reTextWord is a word naming a text in a locator: a code by its name
// or as "du même code", "dudit code", "du présent code", a law, an
// ordonnance, a décret.
var reTextWord = mustRe(`\b(?:code|loi|ordonnance|decret)\b`)

// textOfEachUnsaid refuses two places each naming its article, joined
// by "et" ("À l'article L. 1 et à l'article L. 5 du code pénal", "À
// l'article L. 5 du code pénal et au premier alinéa de l'article L. 2"),
// under a context naming another text ("Le code civil est ainsi modifié
// :" then the item), when one of them names no text of its own: the
// text named in the other may be its text, as the locator alone reads,
// or the context's may be, as an item alone reads — which is not said
// (it took the text named: the code pénal's L. 1 was edited under the
// code civil). One noun for both, "Aux articles L. 1 et L. 2 du code
// pénal", is of that text; outside a context the text named is each's,
// as read. It returns the reason, or "".
func textOfEachUnsaid(head, tail, code string, parent Scope) error {
	if parent.Ref.Code == "" || code == "" || code == parent.Ref.Code {
		return nil
	}
	if reTextWord.MatchString(head) && reTextWord.MatchString(tail) {
		return nil
	}
	return reasonOf(errJoinedPlacesUnread22, "two articles named apart under the context of another text, one naming no text of its own: whether it is the context's text or the other's is not said")
}

// divisionThenArticle reads a place with no article joined to a whole
// article, "Au second alinéa et à l'article L. 2 (du code pénal), …",
// "au I et aux articles L. 2 et L. 3": the article names no division, so
// the first place is not a division of it ("au second alinéa de l'article
// L. 2" is another place) — it is one of the article a context names
// ("L'article L. 1 est ainsi modifié :" then the item), and with none
// whose it is is not said: refused. (The first was read as a division of
// the second: L. 2's second alinéa was edited, the whole L. 2 and L. 1's
// alinéa were not.) The article takes the text the locator names, else
// the context's.
func (p *parser) divisionThenArticle(head, headCased, tail, tailCased string, parent, base Scope) ([]Scope, []Scope, error) {
	if parent.Ref.Article == "" || parent.RangeTo != "" {
		return nil, nil, reasonOf(errJoinedPlacesUnread22, "a division with no article joined to a whole article: whose division it is is not said")
	}
	first, ok, why := p.scopes(head, headCased, parent)
	if !ok {
		return nil, nil, why
	}
	second, ok, why := p.scopes(tail, tailCased, base)
	if !ok {
		return nil, nil, why
	}
	return first, second, nil
}

// reAndFollowing is an article and those after it, "l'article L. 1 et
// suivants", "les articles 5 et suivants".
var reAndFollowing = mustRe(`\barticles?\s+[^,;:]*?\d\S*\s+et\s+suivant(?:e)?s\b`)

// scopesFrom is scopes, but for a sentence of parent.
func (p *parser) scopesFrom(low, cased string, parent Scope) ([]Scope, bool, error) {
	low = strings.TrimSpace(low)
	cased = strings.TrimSpace(cased)
	if len(low) != len(cased) {
		return nil, false, reasonOf(errPlaceUnread22, "unexpected characters in the locator")
	}
	if m := reSameItems.FindStringSubmatchIndex(low); m != nil {
		return p.sameItems(cased[m[2]:m[3]])
	}
	if m := reArticlesEachText.FindStringSubmatchIndex(low); m != nil {
		// "Aux articles L. 1 du code civil et L. 2 du code pénal": each
		// article with the text named right after it, as "à l'article L.
		// 1 du code civil et à l'article L. 2 du code pénal" (it was
		// refused).
		each := func(s string) string {
			return "a l'article " + s[m[2]:m[3]] + " " + s[m[4]:m[5]] + " et a l'article " + s[m[6]:m[7]] + " " + s[m[8]:m[9]]
		}
		return p.scopesFrom(each(low), each(cased), parent)
	}
	// "Aux premier, deuxième, et troisième alinéas", "Aux 1°, 2°, et
	// 3°": the comma before the list's "et" (the last was read alone, or
	// dropped).
	for _, m := range reCommaEt.FindAllStringSubmatchIndex(low, -1) {
		low = low[:m[2]] + " " + low[m[3]:]
		cased = cased[:m[2]] + " " + cased[m[3]:]
	}
	// "Aux 1°, 2° ou 3°", "Aux premier ou deuxième alinéas": places
	// joined by "ou" (the first or the last was read alone).
	if m := reRanksOr.FindString(low); m != "" {
		return nil, false, reasonOf(errJoinedPlacesUnread22, "places joined by \"ou\", not read: "+m)
	}
	// "Le 3°, qui modifie l'article L. 1 du code civil, …": what the
	// part does, not a place (reWhichEdits).
	for _, m := range reWhichEdits.FindAllStringIndex(low, -1) {
		blank := " " + strings.Repeat(" ", m[1]-m[0]-2) + ","
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	// "…, tel qu'il résulte du 2° du présent I, …", "…, dans sa rédaction
	// résultant de …, …": which version of the text is meant, not a place.
	for _, m := range reVersionClause.FindAllStringIndex(low, -1) {
		blank := strings.Repeat(" ", m[1]-m[0])
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	// "… du code civil modifié par la loi n° …": the same (codes19).
	for _, m := range bareVersions(low) {
		blank := strings.Repeat(" ", m[1]-m[0])
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	// "Les articles L. 1 et suivants": the law does not say which
	// article ends the series (it read article L. 1 alone).
	if reAndFollowing.MatchString(low) {
		return nil, false, reasonOf(errPlaceUnread22, "articles \"et suivants\": the last is not named")
	}
	if parts := genitiveParts(low); parts != nil && parent.Ref.Code != "" {
		// "la fin du second alinéa de l'article 64, de l'article 114 et
		// du dernier alinéa de l'article 161" under the text's context:
		// complements of one subject, each naming its article — a
		// later one naming its own division shows that a bare article
		// is the whole article, not the first's division of it. Read
		// one by one (it was refused: a second article named apart).
		var out []Scope
		for _, pt := range parts {
			sc, ok, why := p.scopesFrom(low[pt[0]:pt[1]], cased[pt[0]:pt[1]], parent)
			if !ok {
				return nil, false, why
			}
			out = append(out, sc...)
		}
		return out, true, nil
	}
	if m := reSameParagraph.FindStringSubmatchIndex(low); m != nil {
		// "Au 2° du même paragraphe" after "Au 1° du II": the part
		// numbered in roman the instruction before named, as "du même
		// II" (it was refused: a part not read); none or several:
		// refused below.
		var romans []string
		for _, d := range p.lastScope.Path {
			if d.Item != "" && itemKind(d.Item) == "roman" {
				romans = append(romans, d.Item)
			}
		}
		if len(romans) == 1 {
			low = low[:m[2]] + romans[0] + low[m[3]:]
			cased = cased[:m[2]] + strings.ToUpper(romans[0]) + cased[m[3]:]
		}
	}
	if w := unknownHead(low); w != "" {
		return nil, false, reasonOf(errPartOfArticleUnread22, "a part of an article not read: "+w)
	}
	if err := billSubjectUnread27(low); err != nil {
		return nil, false, err
	}
	if err := labelNoPlace30(cased); err != nil {
		return nil, false, err
	}
	if i := strings.LastIndex(low, ", "); i > 0 {
		// "Au I de l'article L. 1, le chapeau …": the subject after the
		// place.
		if w := unknownHead(low[i+2:]); w != "" {
			return nil, false, reasonOf(errPartOfArticleUnread22, "a part of an article not read: "+w)
		}
	}
	if bareRankBeforeDivision(low) || bareRankSubjectsBeforeDivision(low) {
		// "Au septième alinéa et au deuxième alinéa du 3°": the 3°'s
		// seventh or the article's is not said (it was read as the
		// 3°'s, "aux septième et deuxième alinéas du 3°").
		return nil, false, reasonOf(errJoinedPlacesUnread22, "places joined by \"et\", the first an alinéa or a sentence by its rank alone, the last in a division: whether the first is that division's is not said")
	}
	if parent.Ref.Article != "" && placeThenArticlePlace(low) {
		// "Au second alinéa et au premier alinéa de l'article L. 2"
		// under "L'article L. 1 est ainsi modifié :": whether the second
		// alinéa is L. 2's or the context's is not said (it was read as
		// L. 2's, "aux second et premier alinéas de l'article L. 2").
		return nil, false, reasonOf(errJoinedPlacesUnread22, "places joined by \"et\", the first naming no article, the last a division of an article, under a context naming another: whose the first is is not said")
	}
	low, cased = sharedNoun(low, cased)
	// "Le c) du I", "au a) du 2°": the letter's parenthesis, as the code
	// prints it, is no part of its name (the c was not read: the I went).
	for _, m := range reLetterParen.FindAllStringSubmatchIndex(low, -1) {
		low = low[:m[3]] + " " + low[m[3]+1:]
		cased = cased[:m[3]] + " " + cased[m[3]+1:]
	}
	// "Aux premières phrases des premier et second alinéas", "aux
	// deuxièmes alinéas des I et II": a rank in the plural is the rank of
	// each (it was not read: the whole alinéas were edited); "les deux
	// premières phrases" (a count first) is a count.
	for _, m := range rePluralRank.FindAllStringSubmatchIndex(low, -1) {
		if c := reCountBefore.FindStringSubmatch(low[:m[0]]); c != nil {
			continue
		}
		low = low[:m[3]] + " " + low[m[3]+1:]
		cased = cased[:m[3]] + " " + cased[m[3]+1:]
	}
	if alow, acased := alsoThatAsAnd(low, cased); alow != low {
		// "Le dernier alinéa du I, ainsi que le II et le III": as "et".
		if _, _, _, ok := itemsAndAlineasList(alow, acased); ok {
			low, cased = alow, acased
		}
	}
	if parts, holder, why, ok := itemsAndAlineasList(low, cased); ok {
		// "Le dernier alinéa du I, le II et le III": each subject read
		// in turn, with the article after the last (it was read as "les
		// II et III du dernier alinéa du I", and the III dropped).
		if why != "" {
			return nil, false, reasonOf(errJoinedPlacesUnread22, why)
		}
		p.mixedSubjects = true
		var out []Scope
		for _, pt := range parts {
			sc, ok, why := p.scopesFrom(low[pt[0]:pt[1]]+low[holder:], cased[pt[0]:pt[1]]+cased[holder:], parent)
			if !ok {
				return nil, false, why
			}
			out = append(out, sc...)
		}
		return out, true, nil
	}
	// "Le 1° et le 2°", "au I et au II", "du a et du b": a list of items
	// of one kind, as "les 1° et 2°" (it read "le 1° du 2°").
	if reItemSeries.MatchString(cased) {
		// "Le 1°, le 2° et le 4°": "les 1°, 2° et 4°" (refused).
		cased = reItemSeries.ReplaceAllStringFunc(cased, itemSeries)
		low = asciiLower(cased)
	}
	if reItemPair.MatchString(cased) {
		cased = reItemPair.ReplaceAllStringFunc(cased, itemPair)
		low = asciiLower(cased)
	}
	if c := itemsAsOneList(cased); c != cased {
		cased, low = c, asciiLower(c)
	}
	// "Au II de l'article L. 1, le second alinéa …", "Au I, les deuxième
	// et troisième alinéas …": the subject after the locator is a division
	// of it, so it is read first, as in "le second alinéa du II de
	// l'article L. 1".
	if i := subjectCut(low); i > 0 {
		head, headCased := foldedHead(low[:i], cased[:i])
		if m := reHeadPrep.FindStringSubmatchIndex(head); m != nil {
			// "À l'article L. 1, le II" is "le II de l'article L. 1" (the
			// item was not read after "à": the whole article went).
			of := genitive[strings.Join(strings.Fields(head[m[2]:m[3]]), " ")]
			head, headCased = of+head[m[3]:], of+headCased[m[3]:]
		}
		low = low[i+2:] + " " + head
		cased = cased[i+2:] + " " + headCased
	}
	base := parent
	base.Path = append([]Division(nil), parent.Path...)
	base.Sentence = 0
	base.Where = ""

	// Code or law: the first one named; "du même code", "dudit code",
	// "de la même ordonnance", "précitée" name the last one of their kind.
	code := p.textNamed(low)
	if reEveryText.MatchString(low) {
		// "Dans toutes les dispositions législatives, …", "Dans
		// l'ensemble des codes, …", "dans le code civil et dans tous les
		// textes législatifs": every law in force, which no corpus holds
		// (the code civil's words alone were edited).
		return nil, false, reasonOf(errTextOfPlaceUnknown22, "every law (all the texts in force) named as the place: no corpus holds them")
	}
	if reSeveralCodes.MatchString(low) {
		// "Dans le code civil et le code de commerce, …", "Le code
		// civil et le code de commerce sont ainsi modifiés :": two codes
		// as one place (the second was dropped, or read as part of the
		// first's name, a code of no article).
		return nil, false, reasonOf(errTextOfPlaceUnknown22, "several codes named as one place, not read")
	}
	if reSeveralTextsPlace.MatchString(low) {
		// "Dans l'ensemble du code civil et de la loi n° …, …": the
		// law's articles alone were edited, the code dropped.
		return nil, false, reasonOf(errTextOfPlaceUnknown22, "several texts (a code and a law, two laws) named as one place, not read")
	}
	if ofTwoTexts(low) {
		return nil, false, reasonOf(errTextOfPlaceUnknown22, "a place named as of two texts, not read")
	}
	if at := sameCodeAt(low); at >= 0 && p.censoredSinceText && p.articleCode == "" && !strings.Contains(low[:at], "code") {
		// "I. – (Censuré)" then "II. – À l'article L. 1 du même code",
		// the bill article naming no text before: the part censured may
		// have named the code meant; the one an earlier bill article
		// named is not said to be it. (After a code named in the same
		// bill article, "IV. – … du code électoral …", "V. – (Censuré)",
		// "VI. – … du même code" is that code, as read.)
		return nil, false, reasonOf(errSameUnresolved22, "\"du même code\" after a part censured: the code it names is not known")
	}
	if why := p.censoredText(low); why != "" {
		return nil, false, reasonOf(errSameUnresolved22, why)
	}
	if at := sameCodeAt(low); p.unknownCode && at >= 0 && !strings.Contains(low[:at], "code") {
		// "I. – La section 2 … est complétée par un article L. 2 ainsi
		// rédigé : …" (no code said), then "II. – À l'article L. 1 du
		// même code": the code of the I, which is not known — not the
		// one an earlier bill article named.
		return nil, false, reasonOf(errSameUnresolved22, "\"du même code\" after an article of an unknown code")
	}
	if at := sameCodeAt(low); code != "" && (at < 0 || strings.Contains(low[:at], "code")) {
		p.unknownCode = false
	}
	if code == "" && p.textUnsaid(low) {
		// "À l'article 3 de la loi précitée" after two laws named: it
		// took the last one.
		return nil, false, reasonOf(errSameUnresolved22, "\"ladite loi\" (\"la loi précitée\") after two texts of that kind: which one is not said")
	}
	if code == "" && (reForeignArticle.MatchString(low) || foreignAcronym(cased) || foreignText14(low)) {
		// "À l'article 5 de la loi du 29 juillet 1881" under "Le code
		// civil est ainsi modifié :": the article of a text not known,
		// not the code's article 5 (it was edited).
		if foreignAcronym(cased) {
			p.forgetAcronymCode()
		}
		return nil, false, reasonOf(errTextOfPlaceUnknown22, "an article of a text not identified")
	}
	if code != "" {
		p.noteText(code)
	}
	if m := sameCodeMatch(low); m != nil && p.lastKind["code"] == "" && !strings.Contains(low[:m[0]], "code") {
		// "I. – L'article 3 de la loi n° … est abrogé." then "II. – À
		// l'article L. 1 du même code": no code was named before (the
		// law's article L. 1 was edited). (One named before it in the
		// locator, "À l'article L. 1 du code civil et à l'article L. 2
		// du même code", is read with the locator's parts.)
		return nil, false, reasonOf(errSameUnresolved22, "\"du même code\" with no code named before")
	}
	if m := reSameText.FindStringSubmatchIndex(low); m != nil && p.lastKind[low[m[2]:m[3]]] == "" && !strings.Contains(low[:m[0]], low[m[2]:m[3]]) {
		// "de la même loi", "de ladite ordonnance" with none of that
		// kind named before (the code's article was edited).
		return nil, false, reasonOf(errSameUnresolved22, "\"la même "+low[m[2]:m[3]]+"\" with none named before")
	}
	if why := p.sameDecretUnnamed28(low); why != nil {
		return nil, false, why
	}
	if why := p.bareCodeUnderText28(low); why != nil {
		return nil, false, why
	}
	if code != "" {
		if code != base.Ref.Code {
			// Another text than the context's: none of the context's
			// places is in it — its path, nor its division ("La section
			// 2 du chapitre III … du code de commerce" under "Le chapitre
			// II … du code civil est ainsi modifié :" was sought in the
			// code civil's chapter II).
			base.Ref = CodeRef{Code: code}
			base.Path = nil
			base.Division = nil
		}
	}

	if alow, acased := alsoThatAsAnd(low, cased); alow != low {
		// "Le dernier alinéa du I ainsi que le II": as "et".
		if _, _, _, ok := itemsAndAlineas(alow); ok {
			low, cased = alow, acased
		} else if _, _, _, _, ok := itemsThenSibling(alow, acased); ok {
			low, cased = alow, acased
		}
	}
	if a, aCased, b, bCased, ok := itemsThenSibling(low, cased); ok {
		// "Les 1° et 2° du II et le III": two subjects, read for a
		// deletion only, as items and alinéas are.
		p.mixedSubjects = true
		return p.bothScopes(a, aCased, b, bCased, base)
	}
	if first, second, why, ok := itemsAndAlineas(low); ok {
		if why != "" {
			return nil, false, reasonOf(errJoinedPlacesUnread22, why)
		}
		p.mixedSubjects = true
		a, aCased := low[first[0]:first[1]]+low[second[2]:], cased[first[0]:first[1]]+cased[second[2]:]
		b, bCased := low[second[0]:], cased[second[0]:]
		if reAlineasSubject.MatchString(low[first[0]:first[1]]) {
			// The items first: an item takes the alinéas after it when
			// it ends its list, and the alinéa, counted as found, is
			// then refused as edited already ("Le dernier alinéa et le
			// 4° sont supprimés": the 4° took the alinéa before the last
			// with it).
			a, aCased, b, bCased = b, bCased, a, aCased
		}
		return p.bothScopes(a, aCased, b, bCased, base)
	}

	// "La dernière phrase du premier alinéa et le deuxième alinéa de
	// l'article L. 1": a sentence of a division, then a division of its
	// own; what follows the second's designation ("de l'article L. 1",
	// "du I …") is the first's too (it was refused: an alinéa of an
	// alinéa).
	if m := reSentenceAndDivision.FindStringSubmatchIndex(low); m != nil && !strings.Contains(low[m[4]:], "phrase") && !eachOwnArticle23(low, m) {
		tail, tailCased := low[m[4]:], cased[m[4]:]
		suffix := ""
		if d := reDesignationEnd.FindStringIndex(tail); d != nil {
			suffix = cased[m[4]+d[0]:]
		}
		return p.bothScopes(low[:m[3]]+strings.ToLower(suffix), cased[:m[3]]+suffix, tail, tailCased, base)
	}

	// "Le deuxième alinéa et la dernière phrase du premier alinéa de
	// l'article L. 1": a division, then a sentence of a division of its
	// own; what follows the sentence's holder ("de l'article L. 1", "du
	// II …") is the first's too (it was refused: an alinéa of an alinéa).
	if m := reDivisionAndSentence.FindStringSubmatchIndex(low); m != nil && !strings.Contains(low[:m[3]], "phrase") && !eachOwnArticle23(low, m) {
		tail, tailCased := low[m[4]:], cased[m[4]:]
		suffix := ""
		if h := reDesignationEnd.FindStringIndex(tail); h != nil {
			if d := reDesignationEnd.FindStringIndex(tail[h[1]:]); d != nil {
				suffix = cased[m[4]+h[1]+d[0]:]
			}
		}
		return p.bothScopes(low[:m[3]]+strings.ToLower(suffix), cased[:m[3]]+suffix, tail, tailCased, base)
	}

	// "Le 2° du I de l'article L. 1 et le 1° du II du même article": a
	// second target in the first's article, read with it (the second was
	// dropped: only the 2° of the I went).
	if first, tail, tailCased, ok := p.sameArticleTail(low, cased, base); ok {
		if first == nil {
			return nil, false, reasonOf(errSameUnresolved22, "\"du même article\" after several articles in the locator")
		}
		second, ok, why := p.scopes(tail, tailCased, Scope{Ref: first[0].Ref})
		if !ok {
			return nil, false, why
		}
		return append(first, second...), true, nil
	}

	// "Au premier alinéa de l'article L. 666-2 et aux articles L. 666-4 et
	// L. 666-5", "à la première phrase … de l'article L. 811-1, à la
	// première phrase … de l'article L. 811-2": locators joined by "et" or
	// a comma, each naming its article, read one by one.
	// "À la première phrase du deuxième alinéa et au quatrième alinéa de
	// l'article L. 813-2": a first locator naming no article takes the
	// second's; with no article on either side (under a context), both
	// take the context's.
	if l, c, ok := itemThenInnerOf(low, cased); ok && strings.Count(l, ",") < strings.Count(low, ",") {
		// "Au I, au 2°, au b", "À l'article L. 1, au I, au 2°, à la
		// première phrase": each place inside the one before, one place
		// (from the third, they were read as several places, or
		// refused).
		return p.scopes(l, c, parent)
	}
	for _, loc := range reAndLocator.FindAllStringIndex(low, -1) {
		prep := reAndLocator.FindStringSubmatch(low[loc[0]:loc[1]])[1]
		k := loc[1] - len(prep)
		head, tail := low[:loc[0]], low[k:]
		if prep == "a " && reLatinAfterA.MatchString(tail) {
			// "les a et a bis du 1°": the item a bis, not "et à" a
			// second place (the whole 1° was repealed).
			continue
		}
		artHead, artTail := strings.Contains(head, "article"), strings.Contains(tail, "article")
		divs := reDivWord.MatchString(head) && reDivWord.MatchString(tail)
		if !artHead && !artTail && !strings.Contains(low[loc[0]:k], "et") && !strings.Contains(low[loc[0]:k], "ainsi qu") &&
			strings.Contains(head, "alinea") && !strings.Contains(head, "phrase") && strings.Contains(tail, "phrase") && !strings.Contains(tail, "alinea") {
			// "Au premier alinéa, à la seconde phrase, …": the sentence of
			// that alinéa, not two places.
			continue
		}
		if artHead && !artTail && (divAfter24(tail) || reStartOrEnd.MatchString(tail)) && !strings.Contains(low[loc[0]:k], "et") && !strings.Contains(low[loc[0]:k], "ainsi qu") ||
			!artHead && !artTail && itemThenInner(head, low[loc[0]:k], tail) {
			// "À l'article L. 1, au second alinéa, …", "À l'article L. 1,
			// au premier alinéa du II, …": a division of that article,
			// read as "au second alinéa de l'article L. 1" — never the
			// whole article. The head's preposition becomes "of" ("Au
			// premier alinéa de l'article L. 1, à la première phrase" is
			// "à la première phrase du premier alinéa de l'article L. 1",
			// one place: it read two, the alinéa and the article's first
			// sentence).
			if strings.Contains(head, "phrase") && !strings.Contains(tail, "phrase") {
				// "À la première phrase de l'article L. 1, au second
				// alinéa, …": a sentence holds no alinéa; not said
				// which is meant.
				return nil, false, reasonOf(errPlaceUnread22, "a sentence named before a larger division")
			}
			headCased, tailCased := cased[:loc[0]], cased[k:]
			if m := reHeadPrep.FindStringSubmatchIndex(head); m != nil {
				of := genitive[strings.Join(strings.Fields(head[m[2]:m[3]]), " ")]
				head, headCased = of+head[m[3]:], of+headCased[m[3]:]
			}
			if reStartOrEnd.MatchString(tail) {
				tail, tailCased = strings.TrimRight(tail, ", "), strings.TrimRight(tailCased, ", ")
			}
			return p.scopes(tail+" "+head, tailCased+" "+headCased, parent)
		}
		if !artHead && artTail && !divs && reDivWord.MatchString(head) {
			// "Au second alinéa et à l'article L. 2": a division with
			// no article, then a whole article — not that article's.
			first, second, why := p.divisionThenArticle(head, cased[:loc[0]], tail, cased[k:], parent, base)
			if why != nil {
				return nil, false, why
			}
			return append(first, second...), true, nil
		}
		if !(artHead && artTail || !artHead && artTail && divs || !artHead && !artTail && divs) {
			continue
		}
		if artHead && artTail {
			if why := textOfEachUnsaid(head, tail, code, parent); why != nil {
				return nil, false, why
			}
			// Each names its article: in the order written, so that "du
			// même code" in the second is the first's code.
			first, ok, why := p.scopes(head, cased[:loc[0]], base)
			if !ok {
				return nil, false, why
			}
			second, ok, why := p.scopes(tail, cased[k:], base)
			if !ok {
				return nil, false, why
			}
			return append(first, second...), true, nil
		}
		second, ok, why := p.scopes(tail, cased[k:], base)
		if !ok {
			return nil, false, why
		}
		firstBase := base
		if !artHead && artTail {
			for _, sc := range second[1:] {
				if sc.Ref != second[0].Ref || sc.RangeTo != "" {
					return nil, false, reasonOf(errJoinedPlacesUnread22, "a locator without its article before several articles")
				}
			}
			firstBase = Scope{Ref: second[0].Ref, Division: second[0].Division}
		}
		first, ok, why := p.scopes(head, cased[:loc[0]], firstBase)
		if !ok {
			return nil, false, why
		}
		return append(first, second...), true, nil
	}

	// "Le 4° de l'article L. 332-1 et l'article L. 335-12 du même code":
	// two targets, read one by one with the code found above.
	if loc := andArticleOrPart22(low); loc != nil && loc[0] > 0 {
		if why := textOfEachUnsaid(low[:loc[0]], low[loc[0]:], code, parent); why != nil {
			return nil, false, why
		}
		first, ok, why := p.scopes(low[:loc[0]], cased[:loc[0]], base)
		if !ok {
			return nil, false, why
		}
		second, ok, why := p.scopes(low[loc[0]+len(" et "):], cased[loc[0]+len(" et "):], base)
		if !ok {
			return nil, false, why
		}
		return append(first, second...), true, nil
	}

	// Articles.
	var arts []string
	articleCut := len(low)
	if loc := reArticle.FindStringSubmatchIndex(cased); loc != nil {
		prefix := ""
		if loc[2] >= 0 {
			prefix = cased[loc[2]:loc[3]]
		}
		num := cased[loc[4]:loc[5]]
		isCode := prefix != "" || code != "" || base.Ref.Code != ""
		if isCode {
			articleCut = loc[0]
			var rest string
			arts, rest = moreArticles(ArticleKey(prefix+num), cased[loc[1]:])
			if why := articleListBroken26(rest); why != nil {
				return nil, false, why
			}
			if m := reArticle.FindStringIndex(rest); m != nil && !inTextTitle(asciiLower(foldAccents(rest)), m[0]) {
				// "Au premier alinéa de l'article L. 1 du code civil et de
				// l'article L. 2 du code de commerce": a second article
				// named apart, perhaps of another code, was dropped (and
				// L. 1 given the second code).
				return nil, false, reasonOf(errJoinedPlacesUnread22, "a second article named apart in the locator, not read")
			}
			if reArticleOr.MatchString(rest) {
				// "Aux articles L. 1, L. 2 ou L. 3": articles joined by
				// "ou" (the L. 3 was dropped): whether each is edited is
				// not said.
				return nil, false, reasonOf(errJoinedPlacesUnread22, "articles joined by \"ou\", not read")
			}
			if reArticleAfterText.MatchString(rest) {
				// "Les articles L. 1 du code de la santé publique et L. 2
				// du code de la sécurité sociale": a number after the
				// first's text is an article of another one (L. 2 was
				// dropped, and L. 1 given the second code).
				return nil, false, reasonOf(errJoinedPlacesUnread22, "an article named after the text of the one before, not read")
			}
			if base.Ref.Code == "" {
				if p.articleCode == "" {
					p.unknownCode = true
					return nil, false, errUnknownCode
				}
				if len(p.articleTexts) > 1 {
					return nil, false, reasonOf(errTextOfPlaceUnknown22, "article of a code not said, the bill article naming several")
				}
				base.Ref.Code = p.articleCode
			}
			if why := p.codedInText(prefix, code, base.Ref.Code); why != "" {
				return nil, false, reasonOf(errTextOfPlaceUnknown22, why)
			}
			base.Path = nil
		}
	}
	if m := reSameArticle.FindStringIndex(low); m != nil && len(arts) == 0 {
		// "Le même article est complété …", "Au 1° du même article",
		// "Ledit article": the article of the instruction before.
		if p.lastScope.Ref.Article == "" || p.lastScope.RangeTo != "" {
			return nil, false, reasonOf(errSameUnresolved22, "\"le même article\" with no article before it")
		}
		if !p.lastAgree(samePlace(0, false)) {
			return nil, false, reasonOf(errSameUnresolved22, "\"le même article\" after several articles")
		}
		ref, why := p.sameArticleMade()
		if why != "" {
			return nil, false, reasonOf(errSameUnresolved22, why)
		}
		base.Ref, base.Path, base.Division = ref, nil, nil
		arts = []string{ref.Article}
		articleCut = m[0]
	}
	if m := reSameItem.FindStringSubmatchIndex(low); m != nil && len(arts) == 0 {
		// "Au même 1°, …", "Au premier alinéa du même II": the item (or
		// part) the instruction before named, in its article. "Au même 1°
		// A": the 1° A (the 1° was edited).
		end := m[3]
		if c := reCapitalsAfterItem.FindStringIndex(cased[end:]); c != nil {
			end += c[1]
		}
		it := itemName(cased[m[2]:end])
		if sc, relabelled, why := p.sameRelabelled(it); relabelled {
			// "Le 3° devient le 4° ;" then "Au même 4°, …": the item
			// under its new label (it was refused); the old label is
			// refused (sameRelabelled).
			if why != nil {
				return nil, false, why
			}
			p.lastScope, p.lastOthers, p.lastMade = sc, nil, nil
		}
		var path []Division
		found := false
		for _, d := range p.lastScope.Path {
			path = append(path, d)
			if d.Item == it {
				found = true
				break
			}
		}
		if !found || p.lastScope.Ref.Article == "" || p.lastScope.RangeTo != "" {
			return nil, false, reasonOf(errSameUnresolved22, "\"au même "+it+"\" with no "+it+" before it")
		}
		if !p.lastAgree(samePlace(len(path), false)) {
			return nil, false, reasonOf(errSameUnresolved22, "\"au même "+it+"\" after several of them")
		}
		base.Ref, base.Path, base.Division = p.lastScope.Ref, path, nil
		arts = []string{p.lastScope.Ref.Article}
		articleCut = m[0]
	}
	if len(arts) == 0 && base.Ref.Article == "" && (reSameAlinea.MatchString(low) || reSamePhrase.MatchString(low)) {
		// "II. – Au même alinéa, …" naming no article and under no
		// context: the alinéa (sentence) of the instruction before, in its
		// article (read below).
		if p.lastScope.Ref.Article == "" || p.lastScope.RangeTo != "" {
			return nil, false, reasonOf(errSameUnresolved22, "\"au même alinéa\" with no alinéa before it in the same article")
		}
		base.Ref = p.lastScope.Ref
		arts = []string{p.lastScope.Ref.Article}
	}
	if len(arts) == 0 && code != "" && reWholeCode.MatchString(low) {
		// "Dans l'ensemble du code civil", "Dans tout le code civil",
		// "Dans le code civil": every article of it.
		return []Scope{{Ref: CodeRef{Code: code}, Everywhere: true}}, true, nil
	}
	if len(arts) == 0 && (code == "" || code == base.Ref.Code) && base.Ref.Code != "" && base.Ref.Article == "" && len(base.Division) == 0 && reWholeCodeBare.MatchString(strings.TrimSpace(low)) {
		// "Le code civil est ainsi modifié : 1° Dans l'ensemble du code,
		// les mots …": every article of the context's code (refused).
		// "Dans l'ensemble du présent code" ("du même code") names it
		// too (it was refused: no target article).
		return []Scope{{Ref: CodeRef{Code: base.Ref.Code}, Everywhere: true}}, true, nil
	}
	if len(arts) == 0 && (code == "" || code == base.Ref.Code) && (base.Ref.Article != "" || len(base.Division) > 0) && reWholeCodeBare.MatchString(strings.TrimSpace(low)) {
		// "L'article L. 1 est ainsi modifié : 1° Dans l'ensemble du code,
		// les mots …": the code, its name not said, under an article's
		// (a division's) context — the whole code or that article is not
		// said (the article's words alone were edited).
		return nil, false, reasonOf(errTextOfPlaceUnknown22, "the whole code, its name not said, under the context of an article or a division")
	}
	if len(arts) == 0 && code != "" && reTextSubj.MatchString(low) {
		// "Le code du travail est ainsi modifié :", "Le même code …",
		// "L'ordonnance n° 58-1100 du … est ainsi modifiée :"
		return []Scope{{Ref: CodeRef{Code: code}}}, true, nil
	}
	if len(arts) == 0 && base.Ref.Article == "" {
		// "Les sections 1 et 2 du chapitre III sont abrogées", "les
		// chapitres II à IV": each division of the list.
		if m := reDivisionList.FindStringSubmatch(low); m != nil {
			names, ok := divisionListNames(m[2])
			if !ok {
				return nil, false, reasonOf(errPlaceUnread22, "unrecognised list of divisions")
			}
			var out []Scope
			for _, n := range names {
				sc := base
				sc.Division = append(append([]string(nil), base.Division...), divisionSlugs(divisionSingular[m[1]]+" "+n+m[3])...)
				// "Aux sections 1 et 2 du chapitre III, les mots …": the
				// words of each one's articles, as "À la section 1" (they
				// were sought in no article).
				sc.Everywhere = strings.HasPrefix(low, "aux")
				out = append(out, sc)
			}
			return out, true, nil
		}
	}
	if len(arts) == 0 {
		if base.Ref.Article == "" && base.Ref.Code != "" && reDivisionPlace.MatchString(low) {
			// "Au chapitre Ier du titre II du livre III du code civil,
			// les mots … sont remplacés …", "1° À la section 2, …" under
			// "Le chapitre Ier … est ainsi modifié :": every article of
			// that division (words only, as a whole code's).
			sc := base
			sc.Division = append(append([]string(nil), base.Division...), divisionSlugs(low)...)
			sc.Everywhere = true
			return []Scope{sc}, true, nil
		}
		if base.Ref.Article == "" && !reDivision.MatchString(low) {
			return nil, false, reasonOf(errPlaceUnread22, "no target article")
		}
		if base.Ref.Article == "" {
			// "Le chapitre Ier" under "Le titre VI du livre III … :".
			base.Division = append(append([]string(nil), base.Division...), divisionSlugs(low)...)
		}
		arts = []string{base.Ref.Article}
	}

	// Parts of an article the paths do not name — a table's lines and
	// columns, "le paragraphe 2", an annex: never the whole article (they
	// widened to it). ("Le paragraphe 2 de la sous-section 1 …", a
	// division of a code, names no article.)
	// "le deuxième tiret du 3°", "au dernier tiret du a": a dash of a
	// list by its rank (read before the parts not read, "tirets").
	type dashAt struct {
		pos   int
		ranks []int
	}
	var dashRanks []dashAt
	low, cased, ranges26, err26 := dashRanges26(low, cased, articleCut)
	if err26 != nil {
		return nil, false, reasonOf(err26, err26.Error())
	}
	low, cased, counted27 := countedDashes27(low, cased, articleCut)
	ranges26 = append(ranges26, counted27...)
	for _, m := range reDashRank.FindAllStringSubmatchIndex(low[:min(articleCut, len(low))], -1) {
		dashRanks = append(dashRanks, dashAt{m[0], ordinals(low[m[2]:m[3]])})
		blank := strings.Repeat(" ", m[1]-m[0])
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	if m := reParenItem.FindString(low); m != "" {
		return nil, false, reasonOf(errPlaceUnread22, "an item numbered with a parenthesis not read: "+m)
	}
	if reBracketedItem.MatchString(low) {
		return nil, false, reasonOf(errPlaceUnread22, errBracketedItem)
	}
	if m := reUnreadPart.FindString(low); m != "" && len(arts) > 0 && arts[0] != "" {
		return nil, false, reasonOf(errPartOfArticleUnread22, "a part of an article not read: "+m)
	}
	// A division named after the article and a comma, in a form not read
	// above: never the whole article (nor an item bare after the comma,
	// "l'article L. 1, 1° et 2°, …").
	if articleCut < len(low) {
		if c := strings.Index(low[articleCut:], ","); c >= 0 && (divAfter24(low[articleCut+c:]) || reBareItemAfter.MatchString(low[articleCut+c:])) && !strings.Contains(low[articleCut+c:], "article") {
			return nil, false, reasonOf(errPlaceUnread22, "a division named after the article, in a form not read")
		}
		// "À l'article L. 1 (II) du code civil", "Aux articles L. 1
		// (premier alinéa) et L. 2": a division in parentheses (the whole
		// L. 1 was edited, and the L. 2 dropped).
		if reDivInParens.MatchString(low[articleCut:]) {
			return nil, false, reasonOf(errPlaceUnread22, "a division in parentheses after the article, not read")
		}
		// "Le 2° de l'article L. 1 et le 1° du II sont abrogés": a second
		// division joined after the article, in a form not read (it was
		// dropped).
		if m := reAndAfter.FindStringIndex(low[articleCut:]); m != nil && reDivWord.MatchString(low[articleCut+m[0]:]) {
			return nil, false, reasonOf(errPlaceUnread22, "a division joined after the article, in a form not read")
		}
	}
	// Divisions named before the article, smallest first in French.
	divText := low[:min(articleCut, len(low))]
	divCased := cased[:min(articleCut, len(cased))]
	// "Au même alinéa", "À la même phrase": the alinéa (the sentence) of
	// the instruction before, in the same article.
	sameSentence := 0
	for _, re := range []*lre{reSameAlinea, reSamePhrase} {
		m := re.FindStringIndex(divText)
		if m == nil {
			continue
		}
		if p.lastScope.Ref != base.Ref || len(p.lastScope.Path) == 0 && p.lastScope.Sentence == 0 {
			return nil, false, reasonOf(errSameUnresolved22, "\"au même alinéa\" with no alinéa before it in the same article")
		}
		if !p.lastAgree(samePlace(-1, re == reSamePhrase)) {
			return nil, false, reasonOf(errSameUnresolved22, "\"au même alinéa\" after several alinéas (sentences)")
		}
		for _, d := range p.lastScope.Path {
			if d.Count != 0 && d.Count != 1 {
				return nil, false, reasonOf(errSameUnresolved22, "\"au même alinéa\" after several alinéas (sentences)")
			}
		}
		base.Path = append([]Division(nil), p.lastScope.Path...)
		if re == reSamePhrase {
			if p.lastScope.Sentence == 0 {
				return nil, false, reasonOf(errSameUnresolved22, "\"à la même phrase\" with no sentence before it")
			}
			sameSentence = p.lastScope.Sentence
		}
		blank := strings.Repeat(" ", m[1]-m[0])
		divText = divText[:m[0]] + blank + divText[m[1]:]
		divCased = divCased[:m[0]] + blank + divCased[m[1]:]
	}
	// A rank not read ("au vingt et unième alinéa du I"): never the I.
	for _, m := range amAnyRank.FindAllStringSubmatch(divText, -1) {
		if _, ok := ordValue[m[1]]; !ok {
			return nil, false, reasonOf(errPlaceUnread22, "unrecognised rank of an alinéa or a sentence: "+m[1])
		}
	}
	// A rank with no noun ("Au deuxième de l'article L. 1", "au 2nd du
	// I"): what it ranks is not said — never the whole article (the
	// rank was dropped).
	if m := reRankNoNoun.FindStringSubmatch(divText); m != nil {
		return nil, false, reasonOf(errPlaceUnread22, "a rank with no noun: "+m[1])
	}
	type mention struct {
		pos  int
		divs []Division
		sent []int
		// sentLast: the one sentence of sent is also the last.
		sentLast bool
		// toEnd: the one sentence of sent and every one after it; but
		// of them, that many before the last.
		toEnd bool
		but   int
	}
	var ms []mention
	for _, d := range dashRanks {
		var divs []Division
		for _, r := range d.ranks {
			divs = append(divs, Division{Alinea: r, Dash: true})
		}
		ms = append(ms, mention{pos: d.pos, divs: divs})
	}
	for _, c := range ranges26 {
		ms = append(ms, mention{pos: c.pos, divs: []Division{c.div}})
	}
	// "L'alinéa unique", "l'unique alinéa": the first, which must be the
	// last (it was refused).
	for _, m := range reUniqueAlinea.FindAllStringIndex(divText, -1) {
		ms = append(ms, mention{pos: m[0], divs: []Division{{Alinea: 1, FromEnd: -1}}})
		blank := strings.Repeat(" ", m[1]-m[0])
		divText = divText[:m[0]] + blank + divText[m[1]:]
		divCased = divCased[:m[0]] + blank + divCased[m[1]:]
	}
	// "les quatrième à douzième alinéas": alinéas 4 to 12; "les deuxième
	// à dernier alinéas": from the second to the end.
	ranges := reAlineaRange.FindAllStringSubmatchIndex(divText, -1)
	for _, m := range ranges {
		from, to := ordValue[divText[m[2]:m[3]]], ordValue[divText[m[4]:m[5]]]
		switch {
		case from > 0 && to < 0:
			// "les deuxième à avant-dernier alinéas": to the one before
			// the last (it was refused).
			ms = append(ms, mention{pos: m[0], divs: []Division{{Alinea: from, Count: toTheEnd + to + 1}}})
		case from > 0 && to > from:
			ms = append(ms, mention{pos: m[0], divs: []Division{{Alinea: from, Count: to - from + 1}}})
		default:
			return nil, false, reasonOf(errPlaceUnread22, "unrecognised range of alinéas")
		}
	}
alineas:
	for _, m := range reAlineas.FindAllStringSubmatchIndex(divText, -1) {
		for _, r := range ranges {
			if m[0] >= r[0] && m[0] < r[1] {
				continue alineas
			}
		}
		var ds []Division
		if n, end, ok := rankAndLast(divText[m[0]:m[1]]); ok {
			ds = []Division{{Alinea: n, FromEnd: end}}
		} else {
			for _, o := range ordinals(divText[m[2]:m[3]]) {
				ds = append(ds, Division{Alinea: o})
			}
		}
		ms = append(ms, mention{pos: m[0], divs: ds})
	}
	for _, m := range reCounted.FindAllStringSubmatchIndex(divText, -1) {
		ms = append(ms, mention{pos: m[0], divs: []Division{countedAlineas(divText, m)}})
	}
	if pos, divs := allAlineas(divText); len(pos) > 0 {
		for k := range pos {
			ms = append(ms, mention{pos: pos[k], divs: divs[k : k+1]})
		}
	}
	// "les deuxième à quatrième phrases": sentences 2 to 4; "les
	// deuxième à dernière phrases": the second and every one after it
	// (SentencesToEnd: how many there are is known only on the text; it
	// was refused); to the one before the last ("avant-dernière", or
	// "antépénultième"), SentencesButLast too.
	phraseRanges := rePhraseRange.FindAllStringSubmatchIndex(divText, -1)
	for _, m := range phraseRanges {
		from, to := ordValue[divText[m[2]:m[3]]], ordValue[divText[m[4]:m[5]]]
		if from > 1 && to == -1 {
			ms = append(ms, mention{pos: m[0], sent: []int{from}, toEnd: true})
			continue
		}
		if from >= 1 && to < -1 {
			// "les deuxième à avant-dernière phrases": from the second to
			// the one before the last, as the text counts them.
			ms = append(ms, mention{pos: m[0], sent: []int{from}, toEnd: true, but: -to - 1})
			continue
		}
		if from <= 0 || to <= from {
			return nil, false, reasonOf(errPlaceUnread22, "unrecognised range of sentences")
		}
		var sent []int
		for k := from; k <= to; k++ {
			sent = append(sent, k)
		}
		ms = append(ms, mention{pos: m[0], sent: sent})
	}
phrases:
	for _, m := range rePhrases.FindAllStringSubmatchIndex(divText, -1) {
		for _, r := range phraseRanges {
			if m[0] >= r[0] && m[0] < r[1] {
				continue phrases
			}
		}
		if n, end, ok := rankAndLast(divText[m[0]:m[1]]); ok {
			if end != -1 {
				// "la troisième et avant-dernière phrase" is not read
				// (it was two sentences).
				return nil, false, reasonOf(errPlaceUnread22, "a sentence named by two ranks other than the last")
			}
			ms = append(ms, mention{pos: m[0], sent: []int{n}, sentLast: true})
			continue
		}
		ms = append(ms, mention{pos: m[0], sent: ordinals(divText[m[2]:m[3]])})
	}
	// "les deux dernières phrases", "les trois premières phrases".
	for _, m := range reCountedPhrases.FindAllStringSubmatchIndex(divText, -1) {
		n := cardinal(divText[m[2]:m[3]])
		var sent []int
		for k := 1; k <= n; k++ {
			if strings.HasPrefix(divText[m[4]:m[5]], "dernier") {
				sent = append(sent, k-n-1) // -n … -1
			} else {
				sent = append(sent, k)
			}
		}
		ms = append(ms, mention{pos: m[0], sent: sent})
	}
	// "Les aa à b", "des a à aa": a range bounded by an item whose rank
	// is not known — which items it holds is not said (it was not read:
	// the whole 1° was edited).
	if reDoubledRange.MatchString(divCased) {
		return nil, false, reasonOf(errPlaceUnread22, "a range of items bounded by a doubled letter, whose rank is not known")
	}
	if r := numberRangeNotRead(divCased); r != "" {
		return nil, false, reasonOf(errPlaceUnread22, r)
	}
	// "les 1° à 3° bis", "les 1° bis à 3°": ranges with an adverb on a
	// bound (labels29), blanked for the readers below.
	divCased, ms29 := adverbRanges29(divCased)
	for _, r := range ms29 {
		ms = append(ms, mention{pos: r.pos, divs: r.divs})
	}
	// "les 2° à 4°", "des a à c", "les I à III": every item of the range;
	// "les 1 à 3", of items numbered without a degree sign (reNumberRange).
	itemRanges := append(reItemRange.FindAllStringSubmatchIndex(divCased, -1), numberRanges(divCased)...)
	for _, m := range itemRanges {
		from, to := divCased[m[2]:m[3]], divCased[m[4]:m[5]]
		if rangeBoundGoesOn(divCased, m[5]) {
			return nil, false, reasonOf(errPlaceUnread22, errRangeBoundWithAdverb)
		}
		k := casedKind(from)
		a, b := casedRank(from), casedRank(to)
		if ra, rb, ok := smallRomanRange(from, to); ok {
			// "les i à iii du a": items in small roman numerals.
			k, a, b = "roman", ra, rb
		}
		if casedKind(to) != k || a == 0 || b <= a {
			return nil, false, reasonOf(errPlaceUnread22, "unrecognised range of items")
		}
		var divs []Division
		for r := a; r <= b; r++ {
			divs = append(divs, Division{Item: strings.ToLower(labelOfRank(r, k, from)), GoesOn: r < b, RomanCase: casedItem(from).RomanCase})
		}
		// "Aux 1° à 3° et 5°": items listed after the range, of its kind
		// (the 5° was dropped).
		rest := divCased[m[1]:]
		for {
			n := reItemMore.FindStringSubmatchIndex(rest)
			if n == nil || casedKind(rest[n[2]:n[3]]) != k {
				break
			}
			divs = append(divs, casedItem(rest[n[2]:n[3]]))
			rest = rest[n[3]:]
		}
		ms = append(ms, mention{pos: m[0], divs: divs})
	}
	itemsFound := len(itemRanges) > 0 || len(ms29) > 0
	found := findItems(divCased)
	for _, m := range found {
		itemsFound = true
		divs := []Division{casedItem(divCased[m[2]:m[3]])}
		// "des I et II", "aux 1°, 2° et 4°": a list of items of one kind;
		// "les i et ii", in small roman numerals (smallRomanList).
		rest := divCased[m[3]:]
		for prev := divCased[m[2]:m[3]]; ; {
			lab, end, ok := itemMore28(rest, prev)
			if !ok || casedKind(lab) != casedKind(divCased[m[2]:m[3]]) && !smallRomanList(divCased[m[2]:m[3]], lab) {
				break
			}
			divs = append(divs, casedItem(lab))
			rest, prev = rest[end:], lab
		}
		ms = append(ms, mention{pos: m[0], divs: divs})
	}
	if len(ms) == 0 && (strings.Contains(divText, "alinea") || strings.Contains(divText, "phrase")) {
		return nil, false, reasonOf(errPlaceUnread22, "unrecognised alinéa or sentence designation")
	}
	if err := labelNotRead22(divCased); err != nil {
		return nil, false, err
	}
	read22 := map[int]int{}
	for _, m := range ms {
		read22[m.pos] += len(m.divs)
	}
	if err := listDropped22(divCased, read22); err != nil {
		return nil, false, err
	}
	if err := letterPastZNamed28(divCased); err != nil {
		return nil, false, err
	}
	if !itemsFound && reItemLike.MatchString(divCased) || capitalNotRead(divCased, found) {
		// "Les 2° bis à quater …", "le a bis A", "du 1° A": an item named
		// in a form not read. The whole article (or the item around it)
		// would be wrong: "Le a bis A de l'article L. 1 est abrogé"
		// deleted the article.
		return nil, false, reasonOf(errPlaceUnread22, "unrecognised item designation")
	}
	var read []Division
	for _, m := range ms {
		read = append(read, m.divs...)
	}
	if smallRomanUnread(divCased, read) {
		// "Les h et ii du 1°": a numeral the reading above dropped.
		return nil, false, reasonOf(errPlaceUnread22, "an item numbered in small roman numerals not read")
	}
	// Sort mentions by position, then read them backwards.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].pos < ms[j-1].pos; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	for i := 1; i < len(ms); i++ {
		if reJoinedSubject.MatchString(divText[ms[i-1].pos:ms[i].pos]) {
			// "Le 2° du I et le II sont abrogés", "Le a du 1° et le II
			// …": two places joined as subjects, not the one inside the
			// other (read as the 2° of the I of the II: the II's 1° a was
			// deleted where the I's was meant, and the II kept).
			return nil, false, reasonOf(errJoinedPlacesUnread22, "two divisions joined by \"et\" (or a comma) as two subjects: not one inside the other")
		}
	}
	var sentences []int
	sentLast, toEnd, but := false, false, 0
	paths := [][]Division{base.Path}
	multi := 0
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if len(m.sent) == 0 && len(m.divs) == 0 {
			return nil, false, reasonOf(errPlaceUnread22, "unrecognised alinéa or sentence designation")
		}
		if len(m.sent) > 0 {
			if sentences != nil {
				return nil, false, reasonOf(errPlaceUnread22, "several sentence designations")
			}
			sentences, sentLast, toEnd, but = m.sent, m.sentLast, m.toEnd, m.but
			if len(m.sent) > 1 {
				multi++
			}
			continue
		}
		if len(m.divs) > 1 {
			multi++
		}
		var next [][]Division
		for _, pth := range paths {
			for _, d := range m.divs {
				next = append(next, append(append([]Division(nil), pth...), d))
			}
		}
		paths = next
	}
	if multi > 1 {
		return nil, false, reasonOf(errPlaceUnread22, "several lists of divisions")
	}
	if r, last, ok := soleSentence(divText); ok && sentences == nil && sameSentence == 0 {
		// "À la seule phrase du deuxième alinéa": its first, the last.
		sentences, sentLast = []int{r}, last
	}
	if sentences == nil && sameSentence == 0 && (reSentenceUnranked.MatchString(divText) || reSoleSentences.MatchString(divText)) {
		// "Les deux phrases du premier alinéa", "à la phrase du …": a
		// sentence named with no rank read; the whole alinéa was edited
		// (all its three sentences deleted).
		return nil, false, reasonOf(errPlaceUnread22, "a sentence named without its rank")
	}
	for _, pth := range paths {
		kinds := map[string]bool{}
		for _, d := range pth {
			if d.Item == "" {
				continue
			}
			if k := itemKind(d.Item); k == "°" && kinds[k] {
				// "Les 1° et 2° ainsi que le 4°" read as the 1° of the
				// 4°: an item holds no item of its kind.
				return nil, false, reasonOf(errPlaceUnread22, "an item inside an item of its kind")
			} else {
				kinds[k] = true
			}
		}
		for k := 1; k < len(pth); k++ {
			a, b := pth[k-1], pth[k]
			if a.Item == "" && b.Item == "" && a.Alinea != 0 && b.Alinea != 0 && !a.Numbered && !b.Numbered && a.Proposed == "" && b.Proposed == "" {
				// "la seconde phrase du premier alinéa, ainsi qu'aux
				// troisième …" read as one place: an alinéa holds no
				// alinéa (it edited nothing, or the wrong one).
				return nil, false, reasonOf(errPlaceUnread22, "an alinéa of an alinéa")
			}
		}
	}
	if sentences == nil {
		sentences = []int{0}
		if sameSentence != 0 {
			sentences = []int{sameSentence}
		}
	}
	where := ""
	switch {
	case strings.Contains(divText, "a la fin"):
		where = "end"
	case strings.Contains(divText, "au debut") || strings.Contains(divText, "le debut"):
		where = "start"
	}
	var out []Scope
	for _, a := range arts {
		for _, pth := range paths {
			for _, s := range sentences {
				from, to, _ := strings.Cut(a, "..")
				sc := Scope{Ref: CodeRef{Code: base.Ref.Code, Article: from}, RangeTo: to, Path: pth, Sentence: s, SentenceLast: sentLast, SentencesToEnd: toEnd, SentencesButLast: but, Where: where, Division: base.Division}
				each, ok := sentenceOfEach(sc)
				if !ok {
					return nil, false, reasonOf(errPlaceUnread22, "a sentence of alinéas counted to the end")
				}
				out = append(out, each...)
			}
		}
	}
	if len(out) == 0 {
		return nil, false, reasonOf(errPlaceUnread22, "no target")
	}
	return out, true, nil
}

// subjectCut is where the subject after a locator begins, the ", "
// before it ("Au II de l'article L. 1, le second alinéa …"), or -1: the
// last comma followed by a division, or an earlier one when the commas
// after it list ranks of that subject ("Au premier alinéa, les deuxième,
// troisième et quatrième phrases" — the cut was at ", troisième", no
// subject, and the locator was refused).
func subjectCut(low string) int {
	for i := strings.LastIndex(low, ", "); i > 0; i = strings.LastIndex(low[:i], ", ") {
		if subjectDivision24(low[i+2:]) {
			return i
		}
		if !reRankAfterComma.MatchString(low[i+2:]) {
			return -1
		}
	}
	return -1
}

// foldedHead is a locator before a subject that names places joined by
// commas, each inside the one before ("à l'article L. 1, au premier
// alinéa", "au II, au 2°"), written as one place from the innermost:
// "au premier alinéa de l'article L. 1" — so the subject after it is of
// the innermost ("À l'article L. 1, au premier alinéa, les deuxième et
// troisième phrases sont supprimées" is "les deuxième et troisième
// phrases du premier alinéa de l'article L. 1": they were refused, a
// sentence of the article named before an alinéa). A link not inside the
// one before (two articles, "et"): the head as written.
func foldedHead(head, headCased string) (string, string) {
	parts := strings.Split(head, ", ")
	partsCased := strings.Split(headCased, ", ")
	if len(parts) < 2 || len(parts) != len(partsCased) {
		return head, headCased
	}
	acc, accCased := parts[0], partsCased[0]
	for k := 1; k < len(parts); k++ {
		t, tc := parts[k], partsCased[k]
		m := reHeadPrep.FindStringSubmatchIndex(acc)
		if m == nil || !reHeadPrep.MatchString(t) || reAndWord.MatchString(t) || strings.Contains(t, "ainsi qu") || strings.Contains(t, "article") ||
			!(strings.Contains(acc, "article") && !strings.Contains(acc, "alinea") && !strings.Contains(acc, "phrase") && reDivWord.MatchString(t) ||
				itemThenInner(acc, ",", t) || alineaThenSentence(acc, t)) {
			return head, headCased
		}
		of := genitive[strings.Join(strings.Fields(acc[m[2]:m[3]]), " ")]
		acc, accCased = t+" "+of+acc[m[3]:], tc+" "+of+accCased[m[3]:]
	}
	return acc, accCased
}

// reRankAfterComma is a rank continuing a list after a comma:
// "troisieme et quatrieme phrases" (an ordinal read, ordWords, in the
// singular or the plural).
var reRankAfterComma = mustRe(`^(?:` + ordWords + `)s?\b`)

// sameItem is an item's label in reSameItems: "1°", "1° bis", "II", "a".
const sameItem = `(?:\d+°|[ivx]+|[a-z])(?:\s+` + latinOrd + `)?`

// reSameItems is a locator (or a subject) that is only several items the
// instruction before named, folded: "aux mêmes 1° et 3°", "les mêmes a
// et b", "auxdits 1° et 3°" (group 1: the list).
var reSameItems = mustRe(`^(?:(?:aux|les|des|dans\s+les)\s+memes|auxdits|lesdits|desdits|dans\s+lesdits)\s+(` + sameItem + `(?:\s*(?:,|et)\s*` + sameItem + `)+)\s*,?\s*$`)

// reSameItemSep splits reSameItems' list.
var reSameItemSep = mustRe(`\s*(?:,|\bet\b)\s*`)

// sameItems reads "aux mêmes 1° et 3°": each item (cased, as listed) is
// the one of that label the instruction before named ("a) Au 1° et au
// 3° du I, …" then "b) Aux mêmes 1° et 3°, …"), with the divisions that
// hold it there — as "au même 1°" names one (it was refused: an item
// designation not read). An item it did not name, or named in two
// places (the 1° of the I and of the II), is refused.
func (p *parser) sameItems(list string) ([]Scope, bool, error) {
	var out []Scope
	for _, label := range reSameItemSep.Split(strings.TrimSpace(list), -1) {
		it := itemName(label)
		if sc, relabelled, why := p.sameRelabelled(it); relabelled {
			if why != nil {
				return nil, false, why
			}
			out = append(out, sc)
			continue
		}
		var found []Scope
		for _, s := range append([]Scope{p.lastScope}, p.lastOthers...) {
			if s.Ref.Article == "" || s.RangeTo != "" || s.Everywhere {
				continue
			}
			for k, d := range s.Path {
				if d.Item != it {
					continue
				}
				sc := Scope{Ref: s.Ref, Path: append([]Division(nil), s.Path[:k+1]...)}
				if !slices.ContainsFunc(found, func(f Scope) bool { return samePlace(-1, false)(f, sc) }) {
					found = append(found, sc)
				}
				break
			}
		}
		switch len(found) {
		case 0:
			return nil, false, reasonOf(errSameUnresolved22, "\"aux mêmes …\": the "+it+" was not named by the instruction before")
		case 1:
			out = append(out, found[0])
		default:
			return nil, false, reasonOf(errSameUnresolved22, "\"aux mêmes …\": the instruction before named several "+it)
		}
	}
	return out, true, nil
}

// relabelsOf is the relabellings of items among es.
func relabelsOf(es []Edit) []Edit {
	var out []Edit
	for _, e := range es {
		if itemRelabel(e) {
			out = append(out, e)
		}
	}
	return out
}

// sameRelabelled reads the item it of "aux mêmes 3° et 4°" after an
// instruction that relabelled items ("Les 2° et 3° deviennent les 3° et
// 4° ; aux mêmes 3° et 4°, …"): a new label is the item under it, in the
// place it was (it was refused, the 4° not named before; an old label was
// read as the item it named before the relabelling); "au même 4°" after
// "Le 3° devient le 4°" likewise. An old label that is no new one ("aux
// mêmes 2° et 3°": before or after?) is refused (why set). A label the
// relabelling did not touch is not its (relabelled false): read as
// before.
func (p *parser) sameRelabelled(it string) (sc Scope, relabelled bool, why error) {
	if k := slices.IndexFunc(p.lastRelabels, func(e Edit) bool { return itemName(e.New) == it }); k >= 0 {
		e := p.lastRelabels[k]
		path := append([]Division(nil), e.Scope.Path...)
		path[len(path)-1].Item = it
		return Scope{Ref: e.Scope.Ref, Path: path}, true, nil
	}
	if slices.ContainsFunc(p.lastRelabels, func(e Edit) bool { return e.Scope.Path[len(e.Scope.Path)-1].Item == it }) {
		return Scope{}, true, reasonOf(errSameUnresolved22, "\"même(s) "+it+"\" after a relabelling of the "+it+": its old label, not the item's now (the new one, or the old, is not said)")
	}
	return Scope{}, false, nil
}

// itemsFollowKnown reports whether b follows a in their series, both
// ranks read.
func itemsFollowKnown(a, b string) bool {
	return itemKind(a) == itemKind(b) && latinItemRank(a) != 0 && latinItemRank(b) != 0 && !itemsApart(a, b)
}

// reAnnouncedLabel is the one item or part an instruction announces
// before its new text, in its accents folded: "un 3° ainsi rédigé", "un
// II bis ainsi rédigé" (group 1), "Le 3° (du II …) est ainsi rédigé",
// "… est rétabli", "… est rédigé comme suit" (group 2), "Le 3°, qui
// devient le 4°, est ainsi rédigé" (group 3: the new label).
var reAnnouncedLabel = mustRe(`(?:\bun\s+` + announcedLabel + `\s+(?:ainsi\s+redigee?|redigee?\s+comme\s+suit|dans\s+(?:la|sa)\s+redaction\s+suivante)(?:\s|:|,|$)|(?:^|[\s,;])[Ll]e\s+` + announcedLabel + `(?:\s+(?:du\s|de\s+la\s|de\s+l['’]|des\s)[^«"»,:;]*?)?\s+est\s+(?:ainsi\s+redige|ainsi\s+retabli|retabli|redige\s+comme\s+suit|remplacee?\s+par\s+[a-z]+\s+(?:alineas?|paragraphe)\s+(?:ainsi\s+rediges?|rediges?\s+comme\s+suit))(?:\s|:|,|$)|(?:^|[\s,;])[Ll]e\s+(?:\d+°|[IVXL]+|[a-z])(?:\s+` + latinOrd + `)?[^«"»,:;]*?,\s*qui\s+devient\s+(?:le|la)\s+` + announcedLabel + `\s*,\s*est\s+ainsi\s+redige(?:\s|:|,|$))`)

// reAnnouncedClauseJoin joins two clauses before new text: " et ", "; "
// before a subject or a place (group 1: the second clause's start; not
// "des 4° et 5°").
var reAnnouncedClauseJoin = mustRe(`(?i)(?:\s+et|\s*;)\s+((?:l'|le\s|la\s|les\s|au\s|aux\s|a\s|dans\s|apres\s|avant\s|il\s))`)

// reAnnouncedLabels is the list of items or parts an instruction
// announces before their new text, in its accents folded: "des 4° et 5°
// ainsi rédigés", "deux 3° et 4°", "un 1° bis et un 1° ter" (group 1), "Les 2° et 3° (du II …) sont ainsi rédigés",
// "… sont rétablis" (group 2).
var reAnnouncedLabels = mustRe(`(?:\b(?:(?:des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?(` + labelList + `)\s+(?:ainsi\s+redigee?s|rediges\s+comme\s+suit)(?:\s|:|,|$)|(?:^|[\s,;])[Ll]es\s+(` + labelList + `)(?:\s+(?:du\s|de\s+la\s|de\s+l['’]|des\s)[^«"»,:;]*?)?\s+sont\s+(?:ainsi\s+rediges|ainsi\s+retablis|retablis|rediges\s+comme\s+suit)(?:\s|:|,|$))`)

// labelList is labels joined by commas and a last "et": "4° et 5°",
// "II, III et IV".
const labelList = `(?:un\s+)?` + announcedLabelBare + `(?:\s*,\s*(?:un\s+)?` + announcedLabelBare + `)*\s+et\s+(?:un\s+)?` + announcedLabelBare

// announcedLabelBare is announcedLabel with no group.
const announcedLabelBare = `(?:\d+\s*°(?:\s*` + latinOrd + `)?|[IVXL]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)\)?`

// reLabelListSep parts a labelList.
var reLabelListSep = mustRe(`\s*,\s*|\s+et\s+`)

// announcedLabel is an item's or a part's label as an instruction names
// it: "3°", "3° bis", "II", "II bis", "a", "a bis" (not a capital letter:
// "un A" may be a part or the word).
const announcedLabel = `(\d+\s*°(?:\s*` + latinOrd + `)?|[IVXL]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)\)?`
