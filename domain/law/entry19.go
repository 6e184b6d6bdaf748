package law

import "strings"

// Entry into force, entry19: the code named first in an "en tant qu'il
// insère" clause, "n'entre en vigueur que le …", an entry that ends the
// application of articles ("cesse d'être applicable le …", "est
// applicable jusqu'au …"), and the part named by another article before
// the whole named by its own.
//
// "L'article 2, en tant qu'il insère dans le code civil des articles
// L. 4-1 et L. 4-2, entre en vigueur le …" is "…, en tant qu'il insère des
// articles L. 4-1 et L. 4-2 dans le code civil, …" (inSoFarCodeFirst):
// read as that form is (the parts named were refused, to no day).
//
// "L'article 2 n'entre en vigueur que le 1er janvier 2030." is "L'article
// 2 entre en vigueur le 1er janvier 2030." ("ne prend effet que", "n'est
// applicable qu'à compter du", entryOnlyRewrite): it was no entry read,
// and the article applied at once.
//
// "L'article 2 cesse d'être applicable le 1er janvier 2030." ("cesse de
// produire ses effets", "n'est plus applicable à compter du", "est
// applicable jusqu'au …", "entre en vigueur le … et jusqu'au …") says the
// parts named are in force for a time only: the text goes back after it,
// as a temporary instruction's does (reTemporary); they are refused, to
// no day (they were applied for good — or, "le … et jusqu'au …",
// deferred to the first day for good).
//
// An instruction its own article's entry naming it whole ("Le présent
// article entre en vigueur le 1er janvier 2030.") defers or marks, and
// another article's entry names by its part ("Le II de l'article 1er
// entre en vigueur le 1er juillet 2030."), takes the part's day: the
// part named specifically, as entry18 decided for two entries of one
// article or of another (the own one was read first and won). Two entries
// naming it whole, its own article's and another's, at different dates,
// are refused, to no day (errEntryWholeTwice's reason): which holds is
// not said. A part marked by a delay or an event keeps its mark against
// an entry of the whole article on a day (it was deferred to that day).

// reInSoFarCodeFirst is a clause of creation naming the code before the
// articles created, folded and lowered, its comma before: group 1 the
// clause to the verb, group 2 the code, group 3 the articles ("un
// article …", "des articles …").
var reInSoFarCodeFirst = mustRe(`^(,?\s*en\s+(?:tant|ce)\s+qu'(?:il|elle|ils|elles)\s+(?:inser|cre)(?:e|ent))\s+(?:dans\s+le|au)\s+(code\s.+?)\s*,?\s+((?:un\s+article|des\s+articles)\s+.+?)\s*,?$`)

// inSoFarCodeFirst writes a clause naming the code first (low, folded
// and lowered; cased, the same case kept, of the same length) as the
// form inSoFarVerb reads: "en tant qu'il insère dans le code civil des
// articles L. 4-1 et L. 4-2" is "en tant qu'il insère des articles L.
// 4-1 et L. 4-2 dans le code civil". Any other clause as it is.
func inSoFarCodeFirst(low, cased string) (string, string) {
	m := reInSoFarCodeFirst.FindStringSubmatchIndex(low)
	if m == nil || len(low) != len(cased) {
		return low, cased
	}
	write := func(s string) string {
		return s[m[2]:m[3]] + " " + s[m[6]:m[7]] + " dans le " + s[m[4]:m[5]]
	}
	return write(low), write(cased)
}

// reEntryOnly is an entry's verb under "ne … que", folded, case kept:
// "n'entre(nt) en vigueur que (qu')", "ne prend (prennent) effet que",
// "n'est (ne sont) applicable(s) que", "ne s'applique(nt) que": group 1
// the verb.
var reEntryOnly = mustRe(`(?i)\bn(?:'|e\s+)(entre(?:nt)?\s+en\s+vigueur|prend\s+effet|prennent\s+effet|est\s+applicable|sont\s+applicables|s'appliqu(?:e|ent))\s+qu(?:e\s+|')`)

// entryOnlyRewrite writes "ne … que" out of an entry (body, folded, case
// kept): "L'article 2 n'entre en vigueur que le …" is "L'article 2 entre
// en vigueur le …". Any other body as it is.
func entryOnlyRewrite(body string) string {
	return reEntryOnly.ReplaceAllString(body, "$1 ")
}

// endVerbs are the verbs of an entry that ends the application of what
// it names, folded and lowered: "cesse(nt) d'être applicable(s)", "cesse
// de produire ses effets", "n'est plus applicable", "ne s'applique plus".
const endVerbs = `cesse(?:nt|ront|ra)?\s+d'(?:etre\s+applicables?|etre\s+en\s+vigueur|avoir\s+effet|produire\s+(?:ses\s+|leurs\s+)?effets?)|cesse(?:nt|ront|ra)?\s+de\s+(?:produire\s+(?:ses\s+|leurs\s+)?effets?|s'appliquer|recevoir\s+application)|n'(?:est|sont)\s+plus\s+(?:applicables?|en\s+vigueur)|ne\s+s'appliqu(?:e|ent)\s+plus`

// reEntryEnds is an entry that ends the application of what it names,
// folded and lowered: group 1 the subject, 2 the verb, 3 what follows.
var reEntryEnds = mustRe(`^(.+?)\s+(` + endVerbs + `)\b\s*(.*)$`)

// reEntryEndVerb is such a verb anywhere in an alinéa, folded and lowered.
var reEntryEndVerb = mustRe(`\b(?:` + endVerbs + `)\b`)

// reEntryUntil is a date that ends the time an entry gives, in what
// follows its verb: "jusqu'au 31 décembre 2030", "jusqu'à la …",
// "jusqu'en 2030".
var reEntryUntil = mustRe(`(?:^|[\s,])jusqu'(?:au|aux|a|en)\b`)

// entryEnds reads an alinéa as an entry that ends the application of
// what it names, or gives it a time only ("… est applicable jusqu'au …"),
// returned as entryIntoForce returns one (group 1 the subject, 2 the
// verb, 3 what follows); nil when it is none.
func entryEnds(l string) (cased, low string, m []int) {
	if cased, low, m = entryIntoForce(l); m != nil && entryTemporary(low, m) {
		return cased, low, m
	}
	if m = reEntryEnds.FindStringSubmatchIndex(low); m != nil && !strings.ContainsAny(low[m[2]:m[3]], "«\"") {
		return cased, low, m
	}
	return cased, low, nil
}

// entryTemporary tells an entry (low, m as entryAt returns them) that
// ends the application of what it names, or gives it a time only.
func entryTemporary(low string, m []int) bool {
	return m != nil && (reEntryEndVerb.MatchString(low) || reEntryUntil.MatchString(low[m[6]:m[7]]))
}

// reasonTemporaryEntry is the reason of the parts an entry gives a time
// only: the text goes back after it.
const reasonTemporaryEntry = "in force for a time only, not read: an alinéa of the law says when it ceases to apply, and the text goes back then"

// entryWholeTwiceReason is the reason of an instruction two entries name
// whole, its own article's and another's, at different dates.
const entryWholeTwiceReason = "deferred: two entries into force name the article whole, at different dates, and which holds is not said"

// entryTwiceReason is the reason of an instruction two entries name
// alike (each its part, or each its article whole, in its article) at
// different dates.
const entryTwiceReason = "deferred: two entries into force name it alike, at different dates, and which holds is not said"

// entrySettledAgain tells an instruction an earlier entry settled, named
// again by the entry l (general, naming the article whole): a part named
// specifically keeps its date against the whole; two entries naming it
// alike at different dates refuse it, to no day ("III. – Le I entre en
// vigueur le 1er janvier 2030." then "IV. – Le I entre en vigueur le 1er
// juillet 2030.": the first won).
func entrySettledAgain(in *Instruction, l string, general bool) bool {
	first := in.entryWhole
	switch {
	case in.entryPart != "" && general:
		return true
	case in.entryPart != "":
		first = in.entryPart
	case first == "" || !general:
		return false
	}
	if !entrySameDate(first, l) {
		deferTo(in, "", entryTwiceReason+" ("+first+" | "+strings.TrimSpace(l)+")")
		in.Deferred, in.TakesEffect = nil, ""
	}
	return true
}

// entrySameDate tells whether two entries into force (alinéas) say the
// same date: one day of the calendar, or the same words after the verb.
func entrySameDate(a, b string) bool {
	_, la, ma := entryIntoForce(a)
	_, lb, mb := entryIntoForce(b)
	if ma == nil || mb == nil {
		return false
	}
	da, oka := oneCalendarDay(a)
	db, okb := oneCalendarDay(b)
	if oka && okb {
		return da == db
	}
	return strings.Trim(la[ma[6]:ma[7]], " .;") == strings.Trim(lb[mb[6]:mb[7]], " .;")
}

// undoWholeEntry puts back an instruction its own article's entry of the
// whole deferred (to a day, its edits kept) or marked, as it was read,
// and returns it as it stood; ok false when it cannot be (deferred to no
// day, its edits lost) or was not so.
func undoWholeEntry(in *Instruction) (was Instruction, ok bool) {
	if in.entryWhole == "" {
		return Instruction{}, false
	}
	was = *in
	switch {
	case in.Status == Parsed && in.TakesEffect == in.entryWhole:
		in.TakesEffect = ""
	case in.Status == Unparsed && in.Deferred != nil:
		in.Status, in.Reason, in.Edits, in.Deferred = Parsed, "", in.Deferred.Edits, nil
	default:
		return Instruction{}, false
	}
	in.entryWhole = ""
	return was, true
}

// reEntryDayHead is a day of the calendar opening what follows an
// entry's verb, folded and lowered: "le 1er janvier 2030", "à compter du
// …", "au …".
var reEntryDayHead = mustRe(`^(?:a\s+(?:compter|partir)\s+du\s+|le\s+|au\s+)(?:1\s?er|premier|\d{1,2})\s+` + monthNames + `\s+\d{4}\b`)

// reEntryDayThenRule is, after that day, a sentence of a rule of
// application whose subject is the entry's ("Il s'applique aux contrats
// en cours."), folded and lowered.
var reEntryDayThenRule = mustRe(`^\s*\.\s+(?:il|elle|ils|elles)\s+(?:s'appliqu(?:e|ent)|(?:est|sont)\s+applicables?)\s+(?:aux?|a)\s[^.;]*[.;]?\s*$`)

// reEntryDayTerritory is, after that day, a part of the territory, folded
// and lowered: "… le 1er janvier 2030 en Polynésie française" (no date of
// the law in force, reEntryTerritory).
var reEntryDayTerritory = mustRe(`^\s*,?\s*(?:a|en|dans|aux?)\s+(?:la\s+|les\s+)?(?:mayotte|reunion|guadeloupe|martinique|guyane|nouvelle-caledonie|polynesie|wallis|iles\s+wallis|saint-|terres\s+australes|outre-mer|collectivites|territoires|departements)`)

// entryDayThenRule tells what follows an entry's verb (rest, folded and
// lowered) that is a day of the calendar then a rule of application of
// the same subject: "le 1er janvier 2030. Il s'applique aux contrats en
// cours." — an entry on that day (it was marked, applied at once).
func entryDayThenRule(rest string) bool {
	loc := reEntryDayHead.FindStringIndex(rest)
	return loc != nil && reEntryDayThenRule.MatchString(rest[loc[1]:])
}

// entryDayTail tells what follows an entry's verb (rest, folded and
// lowered) that opens with a day of the calendar and goes on with words
// not read: "le 1er janvier 2030 pour les contrats conclus après cette
// date", "le 1er janvier 2030 ou, si elle est postérieure, à la date de
// publication du décret …" — not before that day, but when and for what
// is not said: the parts named are refused, to no day (entryTangled;
// they were marked, applied at once). A day read (reEntryCalendar), then
// a rule of application (entryDayThenRule) or a part of the territory,
// is no such tail.
func entryDayTail(rest string) bool {
	loc := reEntryDayHead.FindStringIndex(rest)
	if loc == nil || reEntryCalendar.MatchString(rest) || entryDayThenRule(rest) {
		return false
	}
	tail := rest[loc[1]:]
	return strings.Trim(tail, " .;,") != "" && !reEntryDayTerritory.MatchString(tail)
}
