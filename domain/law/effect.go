package law

import "strings"

// An alinéa of a bill naming CODE articles, in the wording the law gives
// them, and the day they take effect ("II. – Les articles L. 331-5 à
// L. 331-45 du même code, dans leur rédaction résultant de la présente
// loi, entrent en vigueur à la date de la première réunion de la Haute
// Autorité …", "L'article L. 1 du code civil, dans sa rédaction issue de
// l'article 3, entre en vigueur le 1er janvier 2030.") is no instruction
// of its own: it says when the instructions that edit those articles
// change the law in force. By a delay or an event, they are applied and
// marked with it (Instruction.TakesEffect), as an entry into force of the
// bill article's own parts is (entryLater); on a day of the calendar,
// they are refused as deferred, as the parts of a bill article are
// (deferredByEntry). An instruction marked or deferred is one whose edits
// all stand in the articles named: one that also edits others is left as
// it was (a mark would say of those what the law does not say; a
// refusal of the whole is not said either).

// codeEntry is such an alinéa: the bill article and alinéa, the text as
// written, the articles named (whole articles of a code: a list, or a
// range with Scope.RangeTo) and whether the date is a delay or an event
// (later) or a day of the calendar.
type codeEntry struct {
	article ArticleNumber
	alinea  int
	text    string
	scopes  []Scope
	later   bool
	// byEdits: the code was not said (scopes' Ref.Code empty); it is the
	// one code whose articles of those numbers the bill's edits change.
	byEdits bool
	// division: the entry names a division of a code (scopes with their
	// Division, no article): every edit of that code is refused, to no
	// day (noteCodeDivisionEntry).
	division bool
	// temporary: the entry ends the articles' application ("cesse d'être
	// applicable le …"): the instructions editing them are refused, to
	// no day (mend19.go).
	temporary bool
}

// reCodeArticlesEntry is the subject of such an alinéa, folded: "l'article
// L. 1 du code civil", "les articles L. 1 à L. 5 du même code", "les
// dispositions des articles …", a version clause after it cut
// (reEntryVersion). Group 1 is the locator, read by parser.scopes.
var reCodeArticlesEntry = mustRe(`^(?:les\s+dispositions\s+(?:de\s+l'|des\s+)|l'|les\s+)(articles?\s+.+)$`)

// reEntryVersion is the version clause of such a subject: ", dans leur
// rédaction résultant de la présente loi", ", dans sa rédaction issue de
// l'article 3 de la présente loi", "tel(s) que modifié(s) par …".
var reEntryVersion = mustRe(`\s*,?\s*(?:dans\s+(?:leur|sa)\s+(?:redaction|version)\s+(?:resultant|issue)s?\s+d.*|tel(?:le)?s?\s+que\s+(?:modifiee?s?|issue?s?|resultant)\b.*)$`)

// noteCodeEntry reads an alinéa of a bill article that is no instruction
// (raw, the alinéa as written) as an entry into force of code articles
// (codeEntry), the code resolved as a locator's is ("du même code": the
// last named). Any other alinéa leaves the parser as it was.
func (p *parser) noteCodeEntry(article ArticleNumber, alinea int, raw string) {
	if !strings.Contains(raw, "vigueur") && !strings.Contains(raw, "effet") && !codeEntryEndsMaybe(raw) {
		return
	}
	cased, low, m, later, ok := entryAt(raw)
	if !ok {
		return
	}
	// "L'article L. 1 du code civil cesse d'être applicable …": the
	// instructions editing it refused, to no day (mend19.go).
	temporary := entryTemporary(low, m) || reEntryEndVerb.MatchString(low)
	later = later && !temporary
	subject, subjectCased := low[m[2]:m[3]], cased[m[2]:m[3]]
	thisLaw := false // "dans leur rédaction résultant de la présente loi"
	if v := reEntryVersion.FindStringIndex(subject); v != nil {
		thisLaw = strings.Contains(subject[v[0]:], "presente loi")
		subject, subjectCased = subject[:v[0]], subjectCased[:v[0]]
	}
	if p.noteCodeDivisionEntry(article, alinea, raw, subject, subjectCased, later) {
		return
	}
	sm := reCodeArticlesEntry.FindStringSubmatchIndex(subject)
	if sm == nil || !strings.Contains(subject, "code") {
		return
	}
	// "à l'article …": the locator form parser.scopes reads.
	loc, locCased := "a l'"+subject[sm[2]:sm[3]], "a l'"+subjectCased[sm[2]:sm[3]]
	if strings.HasPrefix(subject[sm[2]:], "articles") {
		loc, locCased = "aux "+subject[sm[2]:sm[3]], "aux "+subjectCased[sm[2]:sm[3]]
	}
	scopes, ok, _ := p.scopes(loc, locCased, Scope{})
	byEdits := false
	if at := sameCodeAt(loc); !ok && thisLaw && at >= 0 && p.censoredSinceText {
		// "du même code" after a part censured (the code is not known),
		// of articles "dans leur rédaction résultant de la présente
		// loi": the articles of this law's edits, in the one code whose
		// articles of those numbers it edits (codeArticlesTakeEffect).
		// The numbers are read as a locator's, apart (a code named for
		// the reading only, the parser left as it was).
		q := newParser()
		scopes, ok, _ = q.scopes(loc[:at]+"du code civil", locCased[:at]+"du code civil", Scope{})
		for k := range scopes {
			scopes[k].Ref.Code = ""
		}
		byEdits = true
	}
	if !ok || len(scopes) == 0 {
		return
	}
	for _, s := range scopes {
		if s.Ref.Code == "" && !byEdits || s.Ref.Article == "" || len(s.Path) > 0 || s.Sentence != 0 || len(s.Division) > 0 {
			return
		}
	}
	p.codeEntries = append(p.codeEntries, codeEntry{article: article, alinea: alinea, text: strings.TrimSpace(raw), scopes: scopes, later: later, byEdits: byEdits, temporary: temporary})
}

// names reports whether the entry names the code article r.
func (e codeEntry) names(r CodeRef) bool {
	for _, s := range e.scopes {
		if s.Ref.Code != r.Code {
			continue
		}
		if s.RangeTo == "" && ArticleKey(s.Ref.Article) == ArticleKey(r.Article) || s.RangeTo != "" && inRange(r.Article, s.Ref.Article, s.RangeTo) {
			return true
		}
	}
	return false
}

// resolve sets the code of an entry that did not say it (byEdits): the
// one code whose articles of the numbers named the parsed instructions
// of out edit; false when there are none or several.
func (e *codeEntry) resolve(out []Instruction) bool {
	codes := map[string]bool{}
	for _, in := range out {
		if in.Status != Parsed {
			continue
		}
		for _, ed := range in.Edits {
			refs, _ := editRefs(ed)
			for _, r := range refs {
				if e.names(CodeRef{Article: r.Article}) {
					codes[r.Code] = true
				}
			}
		}
	}
	if len(codes) != 1 {
		return false
	}
	for c := range codes {
		scopes := append([]Scope(nil), e.scopes...)
		for k := range scopes {
			scopes[k].Ref.Code = c
		}
		e.scopes = scopes
	}
	return true
}

// editRefs gives the code articles an edit changes, as its instruction
// names them: the articles it creates (not the one they go after, nor
// their division), or its article and the article it becomes; ok false
// when it changes others it does not list (a range, a division, a
// division rewritten whole).
func editRefs(e Edit) (refs []CodeRef, ok bool) {
	if e.Kind == EditCreateArticles && !e.ReplaceDivision && len(e.NewArticles) > 0 {
		// New articles, in a division or after an article: those.
		for _, a := range e.NewArticles {
			refs = append(refs, a.Ref)
		}
		return refs, true
	}
	if e.Scope.RangeTo != "" || len(e.Scope.Division) > 0 || e.Scope.Ref.Article == "" && len(e.NewArticles) == 0 {
		return nil, false
	}
	if e.Scope.Ref.Article != "" {
		refs = append(refs, e.Scope.Ref)
	}
	if e.To.Article != "" {
		refs = append(refs, e.To)
	}
	return refs, true
}

// codeArticlesTakeEffect marks (later) or defers (a day of the calendar)
// the instructions of out whose edits all stand in the articles an entry
// names (codeEntry), and says what the entry alinéa is when it was
// returned as no known form.
func codeArticlesTakeEffect(entries []codeEntry, out []Instruction) {
	for _, e := range entries {
		if e.division {
			refuseCodeDivisionEdits(e, out)
			continue
		}
		if e.byEdits && !e.resolve(out) {
			continue
		}
		if e.temporary {
			refuseCodeTemporaryEdits(e, out)
			continue
		}
		for k := range out {
			in := &out[k]
			if in.Status != Parsed || len(in.Edits) == 0 {
				continue
			}
			all := true
			for _, ed := range in.Edits {
				refs, ok := editRefs(ed)
				all = all && ok
				for _, r := range refs {
					all = all && e.names(r)
				}
			}
			if !all {
				continue
			}
			if e.later {
				if in.TakesEffect == "" {
					in.TakesEffect = e.text
				}
				continue
			}
			deferBy(in, "deferred: article "+string(e.article)+" of the law sets when the code articles it names take effect ("+e.text+")", e.text)
		}
	}
}

// LaterEffect is an alinéa of a bill that sets, by a delay or an event,
// when changes the bill makes to a code article take effect
// (Instruction.TakesEffect): Article is the bill article holding the
// instruction, Text the alinéa as written.
type LaterEffect struct {
	Article ArticleNumber `json:"article"`
	Text    string        `json:"text"`
}

// LaterEffects gives, for each code article an applied instruction of
// ins edits, the alinéas that say when that instruction's changes take
// effect (Instruction.TakesEffect), in the order of ins, each once. errs
// are Apply's: an instruction with an error was not applied (an
// instruction is applied whole or not at all) and is left out. An edit of
// a range or a division, whose articles the instruction does not list, is
// not attributed to any.
func LaterEffects(ins []Instruction, errs []ApplyError) map[CodeRef][]LaterEffect {
	failed := map[int]bool{}
	for _, e := range errs {
		failed[e.Instruction] = true
	}
	out := map[CodeRef][]LaterEffect{}
	for i, in := range ins {
		if in.Status != Parsed || in.TakesEffect == "" || failed[i] {
			continue
		}
		le := LaterEffect{Article: in.Article, Text: in.TakesEffect}
		for _, ed := range in.Edits {
			refs, _ := editRefs(ed)
			for _, r := range refs {
				if !hasEffect(out[r], le) {
					out[r] = append(out[r], le)
				}
			}
		}
	}
	return out
}

func hasEffect(l []LaterEffect, e LaterEffect) bool {
	for _, x := range l {
		if x == e {
			return true
		}
	}
	return false
}
