package law

import "strings"

// Entry into force "en tant qu'il modifie …" (entry16).
//
// A subject limited by the code articles its parts edit, "L'article 3,
// en tant qu'il modifie l'article L. 1 du code civil, entre en vigueur
// le …", "…, en tant qu'ils modifient les articles L. 1 et L. 2 du code
// civil, …", "…, en tant qu'il concerne l'article L. 1 …", "…, en tant
// qu'il crée l'article L. 1-1 …", defers (or marks, by a delay or an
// event) exactly the instructions of the parts named whose edits all
// stand in the code articles the clause names; the parts' instructions
// that edit none of them apply. What is not read exactly is refused, the
// parts named whole, to no day (entryInSoFarRead false): another verb
// ("en tant qu'il s'applique aux contrats …"), a code not said ("l'article
// L. 1", "du même code"), an exception ("sauf en tant que"), an article
// the parts do not edit, an instruction editing a named article and
// another, or a range or division whose articles are not listed.

// reEntryIntoForceInSoFar is an entry into force whose subject ends with
// an "en tant qu'il …" clause between commas, folded: the verb after the
// clause, not one within it ("L'article 3, en tant qu'il s'applique aux
// contrats …, entre en vigueur le …": the clause is no rule of
// application, the article's entry is dated). Groups as reEntryIntoForce.
var reEntryIntoForceInSoFar = mustRe(`^(.+?,\s*(?:sauf\s+)?en\s+(?:tant|ce)\s+qu'(?:il|elle|ils|elles)\s[^,;.]*,)\s*(` + entryVerbs + `)\b\s*(.*)$`)

// reInSoFarCodeTail is a word no code's name holds, after "code" in the
// clause, folded: a place, a case or a time the clause adds ("du code
// civil dans les communes …", "… applicable à Mayotte", "… pour les
// contrats …"): not read.
var reInSoFarCodeTail = mustRe(`\b(?:dans|pour|lorsqu|sauf|hormis|applicables?|en|au|aux|a|qui|que|dont|sous|selon|jusqu|apres|avant|depuis)\b`)

// inSoFarSel is the clause read: the code articles it names.
type inSoFarSel struct {
	entry codeEntry
	kind  inSoFarKind   // what the verb says the edits do (entry17.go)
	place *inSoFarPlace // where they create the article, when said (entry18.go)
}

// entryInSoFarRead reads the "en tant qu'il …" clause of an entry's
// subject (subject, folded, case kept): the code articles it names, each
// of a code said; ok false when it is not read exactly.
func entryInSoFarRead(subject string) (inSoFarSel, bool) {
	loc := reEntryInSoFar.FindStringIndex(subject)
	if loc == nil || loc[0] == 0 {
		return inSoFarSel{}, false
	}
	cased := strings.TrimSpace(subject[loc[0]:])
	low := asciiLower(cased)
	if len(low) != len(cased) {
		return inSoFarSel{}, false
	}
	// "en tant qu'il insère dans le code civil des articles …" (entry19.go).
	low, cased = inSoFarCodeFirst(low, cased)
	kind, from, to, object, objectCased, ok := inSoFarVerb(low, cased)
	var placed *inSoFarPlace
	if o, oc, pl, seen, read := inSoFarPlacedRead(low, cased); seen {
		// "en tant qu'il insère, après l'article L. 2 du code civil, un
		// article L. 2-1" (entry18.go).
		kind, from, to, object, objectCased, ok, placed = inSoFarCreate, 0, len(low), o, oc, read, &pl
	}
	if !ok || strings.Contains(low[from:to], "meme") {
		return inSoFarSel{}, false
	}
	words, wordsCased := low[from:to], cased[from:to]
	if object != "" {
		// "un article L. 2-1 dans le code civil" (entry17.go).
		words, wordsCased = object, objectCased
	}
	place, placeCased := "a "+words, "a "+wordsCased
	if strings.HasPrefix(words, "les ") {
		place, placeCased = "aux "+words[len("les "):], "aux "+wordsCased[len("les "):]
	}
	scopes, ok, _ := newParser().scopes(place, placeCased, Scope{})
	if !ok || len(scopes) == 0 {
		return inSoFarSel{}, false
	}
	if at := strings.LastIndex(words, "code "); at < 0 || reInSoFarCodeTail.MatchString(words[at:]) {
		// "… du code civil dans les communes": words after the code.
		return inSoFarSel{}, false
	}
	for _, s := range scopes {
		if s.Ref.Code == "" || s.Ref.Article == "" || len(s.Path) > 0 || s.Sentence != 0 || len(s.Division) > 0 {
			return inSoFarSel{}, false
		}
	}
	return inSoFarSel{entry: codeEntry{scopes: scopes}, kind: kind, place: placed}, true
}

// In, out and mixed: where an instruction's edits stand against the
// articles a clause names.
const (
	inSoFarOut = iota
	inSoFarIn
	inSoFarMixed
)

// of tells where an instruction's edits stand: all in the articles named
// (inSoFarIn), none (inSoFarOut), or some, or not listed (inSoFarMixed).
func (s inSoFarSel) of(in *Instruction) int {
	if len(in.Edits) == 0 {
		return inSoFarMixed
	}
	named, other := 0, 0
	for _, ed := range in.Edits {
		refs, ok := editRefs(ed)
		if !ok || len(refs) == 0 {
			return inSoFarMixed
		}
		here := false
		for _, r := range refs {
			if s.entry.names(r) {
				named++
				here = true
			} else {
				other++
			}
		}
		if here && (!s.kind.fits(ed) || !s.place.at(ed)) {
			// "en tant qu'il abroge l'article L. 1" where a word of L. 1
			// is replaced: not the edit the clause names.
			return inSoFarMixed
		}
	}
	switch {
	case other == 0:
		return inSoFarIn
	case named == 0:
		return inSoFarOut
	}
	return inSoFarMixed
}

// covers tells whether every article (or range) the clause names is
// edited by one of ins, each edit all in the articles named.
func (s inSoFarSel) covers(ins []*Instruction) bool {
	for _, sc := range s.entry.scopes {
		one := codeEntry{scopes: []Scope{sc}}
		found := false
		for _, in := range ins {
			if s.of(in) != inSoFarIn {
				continue
			}
			for _, ed := range in.Edits {
				refs, _ := editRefs(ed)
				for _, r := range refs {
					found = found || one.names(r)
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// entryInSoFarSelect reads the clause of an entry's subject (subject,
// folded, case kept) against the instructions of the parts it names
// (ins): for each, whether the entry takes it (deferred or marked as it
// would be without the clause), leaves it (applied), or refuses it to
// no day. When the clause is not read exactly, or names an article the
// parts do not edit, every one is refused, to no day.
func entryInSoFarSelect(subject string, ins []*Instruction) (take, refuse map[*Instruction]bool) {
	take, refuse = map[*Instruction]bool{}, map[*Instruction]bool{}
	sel, ok := entryInSoFarRead(subject)
	if ok && !sel.covers(ins) {
		ok = false
	}
	for _, in := range ins {
		switch {
		case !ok:
			refuse[in] = true
		case sel.of(in) == inSoFarIn:
			take[in] = true
		case sel.of(in) == inSoFarMixed:
			refuse[in] = true
		}
	}
	return take, refuse
}
