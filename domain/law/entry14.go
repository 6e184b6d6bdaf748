package law

import "strings"

// An entry into force may except parts of what it names: "À l'exception
// de son III, le présent article entre en vigueur le …", "Le présent
// article, à l'exception du III, entre en vigueur …", "L'article 3, à
// l'exception de ses I et II, …". The exception is cut from the subject
// (entryExceptCut), the subject read as before, and the parts excepted
// stay as they are; an exception whose parts are not read, or that the
// article has not, defers the whole article, to no day (the entry is not
// understood). An exception after the date ("…, à l'exception du III.")
// is tangled as before (entryTangled): the whole article, to no day.

// reEntryExceptLead and reEntryExceptInner are an exception at the head
// of an entry's subject (up to the comma before an article: "À
// l'exception des I, II et IV, le présent article") or after its first
// words, accents folded, case kept: group 1 the parts excepted ("son III", "du 2° du I", "ses I et
// II"), for reEntryExceptHead to cut their article.
var (
	reEntryExceptLead  = mustRe(`^(?i:a\s+l'(?:exception|exclusion)\s+)(.+?),\s*(?:(?i:le|la|les)\s|(?i:l'))`)
	reEntryExceptInner = mustRe(`,\s*(?i:a\s+l'(?:exception|exclusion)\s+)(.+?),?\s*$`)
	reEntryExceptHead  = mustRe(`^(?i:de\s+(?:son|sa|ses|l')\s*|des\s+|du\s+|de\s+la\s+)`)
	// reEntryPresentList is "présent(s)" before the parts named, after
	// their article cut ("Les présents I et II": "I et II").
	reEntryPresentList = mustRe(`^(?i:presents?)\s+([IVXL]+\b|[A-Z]\b|\d)`)
)

// entryExceptCut cuts an exception from an entry's subject (cased,
// accents folded): the subject left, the parts excepted (as entryParts
// reads them, "III", "2° du I"), and whether there was one.
func entryExceptCut(subject string) (rest, except string, ok bool) {
	if m := reEntryExceptLead.FindStringSubmatchIndex(subject); m != nil {
		return strings.TrimSpace(subject[m[3]+1:]), entryExceptHeadCut(subject[m[2]:m[3]]), true
	}
	if m := reEntryExceptInner.FindStringSubmatchIndex(subject); m != nil {
		return strings.TrimSpace(subject[:m[0]]), entryExceptHeadCut(subject[m[2]:m[3]]), true
	}
	return subject, "", false
}

// entryExceptHeadCut is the parts of an exception, "de son", "du" cut.
func entryExceptHeadCut(s string) string {
	return strings.TrimSpace(reEntryExceptHead.ReplaceAllString(strings.TrimSpace(s), ""))
}

// entryExcepted reads the parts an exception names in an article whose
// alinéas stand in parts: ok false when they are not read as parts, or
// not told in the article (entryWhole), or one of them is held by none
// of its alinéas (entryMissing) — the entry is then not understood.
func entryExcepted(parts []partAt, except string) (entryNamed, bool) {
	n, ok := entryParts(except)
	if !ok || entryWhole(parts, n) || entryMissing(parts, n) {
		return entryNamed{}, false
	}
	return n, true
}

// A part named by an entry into force on a day of the calendar that the
// article has not ("Le V entre en vigueur le …" beside a I, a II and a
// III; "Les I et V …") is a text not understood: which parts take effect
// that day is not known, and every part of the article is refused as
// deferred, to no day. Before, a roman part missing deferred nothing and
// the rest was applied at once. At a date set by a delay or an event the
// parts are applied all the same (entryLater), as before.

// entryMissing tells whether a label the entry names (n), a roman,
// capital-letter or arabic part, or a bound of a range, is held by no alinéa of the article (parts)
// among the parts it names above it.
func entryMissing(parts []partAt, n entryNamed) bool {
	// Each level checked with those above it only, from the top.
	for k := 0; k < 3; k++ {
		m := entryNamed{roman: n.roman}
		if k >= 1 {
			m.capital = n.capital
		}
		if k >= 2 {
			m.arabic = n.arabic
		}
		lv := [...]**entryRange{&m.roman, &m.capital, &m.arabic}[k]
		r := *lv
		if r == nil {
			continue
		}
		var one []entryRange
		for _, l := range r.labels {
			one = append(one, entryRange{labels: []string{l}})
		}
		if r.hi > 0 {
			one = append(one, entryRange{lo: r.lo, hi: r.lo}, entryRange{lo: r.hi, hi: r.hi})
		}
		for _, o := range one {
			o := o
			*lv = &o
			held := false
			for _, p := range parts {
				held = held || m.has(p)
			}
			if !held {
				return true
			}
		}
	}
	return false
}

// An entry into force may name parts of several levels, each with its
// article: "Le I et le B du II entrent en vigueur …", "Les 1° et 3° du I
// ainsi que le II …", "Le A du I, le II et le III …". Each is read as
// one alone is (entryParts) and exactly their parts are deferred; one
// not read leaves the words unread, as before (the whole article).

// reEntryJoin is where such a list is cut, accents folded, case kept: a
// comma, "et" or "ainsi que" before an article (group 1, kept).
var reEntryJoin = mustRe(`(?:\s*,\s*(?:(?i:et|ainsi\s+que)\s+)?|\s+(?i:et|ainsi\s+que)\s+)((?i:le|la|les)\s|(?i:l')\s*)`)

// entryNames is the parts an entry into force names: one reading of
// entryParts for each member of a list.
type entryNames []entryNamed

// entryNamesRead reads the parts an entry names (s, cased and folded),
// one (entryParts) or a list of them (reEntryJoin).
func entryNamesRead(s string) (entryNames, bool) {
	if n, ok := entryParts(s); ok {
		return entryNames{n}, true
	}
	var out entryNames
	from := 0
	cut := reEntryJoin.FindAllStringSubmatchIndex(s, -1)
	for k := 0; k <= len(cut); k++ {
		end, next := len(s), len(s)
		if k < len(cut) {
			end, next = cut[k][0], cut[k][2]
		}
		n, ok := entryParts(s[from:end])
		if !ok {
			return nil, false
		}
		out = append(out, n)
		from = next
	}
	return out, len(out) > 1
}

// has tells whether an alinéa standing in p is in one of the parts named.
func (ns entryNames) has(p partAt) bool {
	for _, n := range ns {
		if n.has(p) {
			return true
		}
	}
	return false
}

// whole tells whether one of the parts named is not told in the article
// (entryWhole).
func (ns entryNames) whole(parts []partAt) bool {
	for _, n := range ns {
		if entryWhole(parts, n) {
			return true
		}
	}
	return false
}

// missing tells whether one of the parts named is held by no alinéa of
// the article (entryMissing).
func (ns entryNames) missing(parts []partAt) bool {
	for _, n := range ns {
		if entryMissing(parts, n) {
			return true
		}
	}
	return false
}

// A clause before the subject, "Sous réserve du III, le présent article
// entre en vigueur le …", "Par dérogation, le I …", leaves which parts
// take effect that day unsaid: when the subject is read only past it
// (entryLeadCut), every part it names is refused as deferred, to no day
// (the words were taken for another article's, and nothing deferred).

// reEntryLead is such a clause, accents folded, case kept: the words up
// to a comma before an article (group 1, where the subject starts).
var reEntryLead = mustRe(`^[^,]+,\s*((?i:le|la|les)\s|(?i:l'))`)

// entryLeadCut is the subject past a clause before it, and whether there
// was one.
func entryLeadCut(subject string) (string, bool) {
	if m := reEntryLead.FindStringSubmatchIndex(subject); m != nil {
		return subject[m[2]:], true
	}
	return subject, false
}
