package law

import "strings"

// Entry into force "en tant qu'il abroge (rétablit, supprime, insère)
// …" and a clause over several articles (entry17).
//
// The clause of entry16 is read with more verbs, each naming what the
// edits do: "…, en tant qu'il abroge l'article L. 1 du code civil, …"
// ("supprime"), the articles repealed whole; "…, en tant qu'il rétablit
// l'article L. 3 …", the articles re-established; "…, en tant qu'il
// insère (crée) l'article L. 2-1 …", "…, en tant qu'il insère un article
// L. 2-1 dans le code civil, …", the articles created. An instruction of
// the parts named that edits an article named otherwise than the verb
// says (a word replaced in an article "abrogé", an alinéa repealed) is
// refused, to no day, as one editing a named article and another is;
// "modifie" and "concerne" take any edit, as before. A clause over
// several pieces, "Le I de l'article 3 et l'article 4, en tant qu'ils
// modifient …", "L'article 3 et l'article 4, en tant qu'ils …", is read
// over the instructions of all the pieces together (they were refused,
// whole, to no day).

// inSoFarKind is what the clause's verb says the edits do.
type inSoFarKind int

const (
	inSoFarAny     inSoFarKind = iota // modifie, concerne
	inSoFarRepeal                     // abroge, supprime
	inSoFarRestore                    // rétablit
	inSoFarCreate                     // crée, insère
)

// reEntryInSoFarVerb is the clause, folded and lowered, its comma
// before: group 1 the verb's stem, group 2 the articles named
// ("l'article …", "les articles …", and after a verb of creation "un
// article …", "des articles …").
var reEntryInSoFarVerb = mustRe(`^,?\s*en\s+(?:tant|ce)\s+qu'(?:il|elle|ils|elles)\s+(modifi(?:e|ent)|concern(?:e|ent)|cre(?:e|ent)|abrog(?:e|ent)|supprim(?:e|ent)|retabl(?:it|issent)|inser(?:e|ent))\s+((?:l'article|les\s+articles|un\s+article|des\s+articles)\s+.+?)\s*,?$`)

// reInSoFarNewIn is "un article L. 2-1 dans le code civil" (au code,
// dans le même code: not read, reEntryInSoFar's "meme" check), folded:
// group 1 the article(s), group 2 the code.
var reInSoFarNewIn = mustRe(`^(?:un\s+article|des\s+articles)\s+(.+?)\s+(?:dans\s+le|au)\s+(code\s.+)$`)

// inSoFarVerb reads the clause (low, folded and lowered; cased, the same
// case kept): the kind its verb says, and the articles it names, at
// [from, to) of the clause, or, written "un article … dans le code …",
// as a locator names them (object, objectCased: "l'article … du code
// …"); ok false when it is not read.
func inSoFarVerb(low, cased string) (kind inSoFarKind, from, to int, object, objectCased string, ok bool) {
	m := reEntryInSoFarVerb.FindStringSubmatchIndex(low)
	if m == nil {
		return 0, 0, 0, "", "", false
	}
	verb, words := low[m[2]:m[3]], low[m[4]:m[5]]
	switch {
	case strings.HasPrefix(verb, "abrog") || strings.HasPrefix(verb, "supprim"):
		kind = inSoFarRepeal
	case strings.HasPrefix(verb, "retabl"):
		kind = inSoFarRestore
	case strings.HasPrefix(verb, "cre") || strings.HasPrefix(verb, "inser"):
		kind = inSoFarCreate
	}
	if strings.HasPrefix(words, "un ") || strings.HasPrefix(words, "des ") {
		// "un article L. 2-1 dans le code civil": an article created.
		n := reInSoFarNewIn.FindStringSubmatchIndex(words)
		if kind != inSoFarCreate || n == nil {
			return 0, 0, 0, "", "", false
		}
		lead := "l'article "
		if strings.HasPrefix(words, "des ") {
			lead = "les articles "
		}
		wordsCased := cased[m[4]:m[5]]
		return kind, m[4], m[5], lead + words[n[2]:n[3]] + " du " + words[n[4]:n[5]], lead + wordsCased[n[2]:n[3]] + " du " + wordsCased[n[4]:n[5]], true
	}
	return kind, m[4], m[5], "", "", true
}

// fits tells whether an edit in an article the clause names does what
// its verb says: repealed whole, re-established, created.
func (k inSoFarKind) fits(e Edit) bool {
	whole := len(e.Scope.Path) == 0 && e.Scope.Sentence == 0 && len(e.Scope.Division) == 0 && e.Scope.RangeTo == "" && e.Scope.Where == "" && !e.Scope.Everywhere
	switch k {
	case inSoFarRepeal:
		return e.Kind == EditDelete && whole
	case inSoFarRestore:
		return e.Kind == EditCreateArticles && !e.Fresh || e.Kind == EditRewrite && e.Restored && whole
	case inSoFarCreate:
		return e.Kind == EditCreateArticles && e.Fresh
	}
	return true
}

// inSoFarApply reads an entry's "en tant qu'il …" clause (clause, the
// subject whole, folded, case kept) over the instructions of every piece
// of its subject (chosen; read false when a piece was not read, its
// parts refused already): those the clause takes are deferred to the day
// of l (or marked, later), those it leaves applied, the others refused,
// to no day (entryInSoFarSelect). A piece (keys, one for each of chosen:
// an article named whole, or a part named of it, entry18.go) none of
// whose instructions the clause takes ("Le I de l'article 3 et l'article
// 4, en tant qu'ils modifient l'article L. 4 …" where the I edits no L.
// 4) is not understood: every one refused, to no day.
func inSoFarApply(clause string, chosen []*Instruction, keys []string, read bool, why, l string, later bool) {
	take, refuse := entryInSoFarSelect(clause, chosen)
	key := map[*Instruction]string{}
	for k, in := range chosen {
		key[in] = keys[k]
	}
	read = read && inSoFarEvery(chosen, take, func(in *Instruction) string { return key[in] })
	for _, in := range chosen {
		switch {
		case refuse[in] || !read:
			deferTo(in, "", why)
			in.entryPart = strings.TrimSpace(l)
		case !take[in]:
		case later:
			in.entryPart = strings.TrimSpace(l)
			if in.TakesEffect == "" {
				in.TakesEffect = strings.TrimSpace(l)
			}
		default:
			in.entryPart = strings.TrimSpace(l)
			deferBy(in, why, l)
		}
	}
}
