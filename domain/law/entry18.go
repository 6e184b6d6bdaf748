package law

import (
	"strconv"
	"strings"
)

// Entry into force: a placement in the clause, the participle form, each
// part named taken, the specific part before the whole (entry18).
//
// "L'article 1er, en tant qu'il insère, après l'article L. 2 du code
// civil, un article L. 2-1, entre en vigueur le …" is read as "en tant
// qu'il insère un article L. 2-1 dans le code civil" whose edit creates
// it at the place named ("après" or "avant" the article named): an
// instruction creating it elsewhere does not fit, and the parts named
// are refused, to no day (inSoFarPlacedRead). "Les dispositions de
// l'article 1er (du présent article, du I) modifiant (concernant,
// créant, insérant, abrogeant, supprimant, rétablissant, relatives à)
// … entrent en vigueur le …" is the clause "…, en tant qu'elles
// modifient …," (entryParticipleRewrite): read as it is, or refused, to
// no day, when what follows is no code article ("relatives au code
// civil", "concernant les communes …"); they were applied at once. In
// the article's own entry, every part named must have an instruction
// the clause takes, as every article of another article's entry must
// (inSoFarEvery). Two entries naming the same instruction, one by its
// part ("Le I", "Le I de l'article 1er") and one by its whole article
// ("Le présent article", "L'article 1er"), each at its day: the part
// named specifically takes its day, whatever their order (the specific
// entries are read first).

// reEntryParticiple is an entry whose subject is the provisions of an
// article or part that do something, folded, case kept: group 1 the
// provisions, group 2 the participle, group 3 what it names, group 4 the
// verb of entry and what follows.
var reEntryParticiple = mustRe(`^(?i:(les\s+dispositions\s+(?:de\s+l'article\s+[^\s,]+(?:\s+de\s+la\s+presente\s+loi)?|des\s+articles\s+[^\s,]+(?:\s*(?:,|et)\s*[^\s,]+)*|du\s+present\s+article|du\s+[ivxlc]+\b(?:\s+de\s+l'article\s+[^\s,]+)?))\s+(modifiant|concernant|creant|inserant|abrogeant|supprimant|retablissant|relati(?:ve|f)s?\s+(?:a\s+la\s|a\s+l'|aux\s|au\s|a\s))\s*(.+?)\s*,?\s+((?:entre(?:nt)?\s+en\s+vigueur|prenn?ent\s+effet|prend\s+effet)\b.*))$`)

// entryParticipleVerb is the verb of the clause each participle says.
var entryParticipleVerb = map[string]string{
	"modifiant": "modifient", "concernant": "concernent", "creant": "creent", "inserant": "inserent",
	"abrogeant": "abrogent", "supprimant": "suppriment", "retablissant": "retablissent",
}

// entryParticipleRewrite writes an entry of the participle form (body,
// folded, case kept) as the clause it is: "Les dispositions de l'article
// 1er modifiant l'article L. 1 du code civil entrent en vigueur …" is
// "Les dispositions de l'article 1er, en tant qu'elles modifient
// l'article L. 1 du code civil, entrent en vigueur …"; "relatives au
// code civil", "concernent le code civil". Any other body as it is.
func entryParticipleRewrite(body string) string {
	m := reEntryParticiple.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	part, object := asciiLower(strings.TrimSpace(m[2])), m[3]
	verb, ok := entryParticipleVerb[part]
	if !ok {
		// "relatives au (aux, à la, à l') …": what they concern.
		verb = "concernent"
		switch rest := strings.TrimSpace(part[strings.IndexAny(part, " \t")+1:]); {
		case rest == "au":
			object = "le " + object
		case rest == "aux":
			object = "les " + object
		case rest == "a la":
			object = "la " + object
		case rest == "a l'":
			object = "l'" + object
		}
	}
	return m[1] + ", en tant qu'elles " + verb + " " + object + ", " + m[4]
}

// reInSoFarPlaced is the clause with the place of the article created,
// folded and lowered, its comma before: group 1 "apres" or "avant",
// group 2 the article named as the place, group 3 its code, group 4
// the article created.
var reInSoFarPlaced = mustRe(`^,?\s*en\s+(?:tant|ce)\s+qu'(?:il|elle|ils|elles)\s+(?:inser|cre)(?:e|ent)\s*,\s*(apres|avant)\s+(l'article\s+[^,]+?\s+du\s+(code\s[^,]+?))\s*,\s*un\s+article\s+([^,]+?)\s*,?$`)

// inSoFarPlace is where the clause says the article is created: beside
// the article ref, before it or after.
type inSoFarPlace struct {
	ref    CodeRef
	before bool
}

// inSoFarPlacedRead reads a clause with a place (low, folded and
// lowered; cased, the same case kept): the article created as a locator
// names it (object, objectCased: "l'article … du code …") and the place;
// seen when the clause has the form, ok when it is read too.
func inSoFarPlacedRead(low, cased string) (object, objectCased string, place inSoFarPlace, seen, ok bool) {
	m := reInSoFarPlaced.FindStringSubmatchIndex(low)
	if m == nil {
		return "", "", inSoFarPlace{}, false, false
	}
	at, atCased := low[m[4]:m[5]], cased[m[4]:m[5]]
	if strings.Contains(at, "meme") || strings.Contains(low[m[8]:m[9]], " du ") || reInSoFarCodeTail.MatchString(low[m[6]:m[7]]) {
		return "", "", inSoFarPlace{}, true, false
	}
	scopes, read, _ := newParser().scopes("a "+at, "a "+atCased, Scope{})
	if !read || len(scopes) != 1 || scopes[0].Ref.Code == "" || scopes[0].Ref.Article == "" || len(scopes[0].Path) > 0 || len(scopes[0].Division) > 0 || scopes[0].RangeTo != "" {
		return "", "", inSoFarPlace{}, true, false
	}
	object = "l'article " + low[m[8]:m[9]] + " du " + low[m[6]:m[7]]
	objectCased = "l'article " + cased[m[8]:m[9]] + " du " + cased[m[6]:m[7]]
	return object, objectCased, inSoFarPlace{ref: scopes[0].Ref, before: low[m[2]:m[3]] == "avant"}, true, true
}

// at tells whether an edit creating articles creates them at the place.
func (p *inSoFarPlace) at(e Edit) bool {
	return p == nil || e.Kind == EditCreateArticles && e.Scope.Ref == p.ref && e.Before == p.before
}

// inSoFarEvery tells whether each piece (key) of the instructions an
// entry's clause is read over (chosen) has one the clause takes: a
// piece none of whose instructions it takes is not understood.
func inSoFarEvery(chosen []*Instruction, take map[*Instruction]bool, key func(*Instruction) string) bool {
	taken, seen := map[string]bool{}, map[string]bool{}
	for _, in := range chosen {
		k := key(in)
		seen[k] = true
		taken[k] = taken[k] || take[in]
	}
	for k := range seen {
		if !taken[k] {
			return false
		}
	}
	return true
}

// entryNamedKey is the part named (named) an alinéa standing in p is
// in: the rank of the name, and its labels at the levels named.
func entryNamedKey(named entryNames, p partAt) string {
	for k, n := range named {
		if !n.has(p) {
			continue
		}
		key := strconv.Itoa(k)
		for _, c := range [...]struct {
			r     *entryRange
			label string
		}{{n.roman, p.roman}, {n.capital, p.capital}, {n.arabic, p.arabic}, {n.item, p.item}, {n.letter, p.letter}} {
			if c.r != nil {
				key += "/" + c.label
			}
		}
		return key
	}
	return ""
}

// entryOtherGeneral tells whether another article's entry (subject, the
// subject without clause, cased) names whole articles only: "L'article
// 1er", "Les articles 1er et 2", read after the entries naming parts.
func entryOtherGeneral(subject string) bool {
	pieces, split, mixed := entryOtherPieces(subject)
	if mixed {
		return false
	}
	if !split {
		pieces = []string{subject}
	}
	for _, p := range pieces {
		sm := reEntryOtherArticle.FindStringSubmatch(asciiLower(p))
		if sm == nil || sm[1] != "" {
			return false
		}
	}
	return true
}
