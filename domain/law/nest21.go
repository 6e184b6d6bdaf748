package law

import (
	"errors"
	"strconv"
	"strings"
)

// errQuoteNeverClosed21: new text whose quotation is left open ("… ainsi
// rédigé :" then "« Art. L. 1. – A." and no closing mark) running over
// an alinéa labelled as the bill's next part ("II. – L'article L. 2 est
// abrogé.") while the new text itself holds labels of that kind ("« I.
// – …"): whether that part is the bill's or the new text's is not said.
// The head is refused (the part went into the new text, silently).
var errQuoteNeverClosed21 = errors.New("new text's quotation left open over the bill's next part: where the new text ends is not said")

// Outcomes of quoteOverPart21.
const (
	quoteGoesOn21    = iota // the line is the new text's (the quotation goes on)
	quoteEnds21             // the line is the bill's next part: the quotation ended before it
	quoteAmbiguous21        // the line may be either (errQuoteNeverClosed21)
)

// quoteOverPart21 says what line j is, an alinéa not opening with a
// quotation mark after new text whose quotation is still open (the head
// at line i, of level level, payload the quoted alinéas so far). In the
// French convention each alinéa of new text opens with « and the last
// closes with »; a line with no « that is labelled as the bill's next
// part at the head's level or above — its label the one after the
// bill's last label of that level ("2°" after the head "1° …", "II. –"
// after "I. – …") — and that closes no quotation is that part: the
// new text's closing mark was left out (the part, "II. – L'article L. 2
// est abrogé.", was put into the new text as an alinéa of it). When the
// new text holds labels of that kind itself ("« 1° …"), the line may be
// the new text's next item: ambiguous. A line after it closing a
// quotation it did not open ("3° Fin. »") says the quotation goes on.
func quoteOverPart21(lines []string, i, j, level int, payload []string) int {
	t := strings.TrimSpace(lines[j])
	tl, _ := enumeration(t)
	if tl < 0 || tl > levelSmall || level < 0 || tl > level || closesOpenQuote21(t) {
		return quoteGoesOn21
	}
	label := partLabel21(t, tl)
	prev := ""
	for k := i; k >= 0 && prev == ""; k-- {
		l := strings.TrimSpace(lines[k])
		if isQuoted(l) {
			continue
		}
		kl, _ := enumeration(l)
		switch {
		case kl < 0 || kl > tl:
			continue
		case kl < tl:
			return quoteGoesOn21
		}
		prev = partLabel21(l, kl)
	}
	if prev == "" {
		return quoteGoesOn21
	}
	for _, l := range lines[j+1:] {
		if closesOpenQuote21(l) {
			// "2° Les autres ;" then "3° Fin. »": a later line closes
			// the quotation — its items typed without «.
			return quoteGoesOn21
		}
	}
	if !labelFollows21(prev, label, tl) {
		// "III. – …" after "I. – …": the bill's part, one skipped, or
		// the new text's alinéa, not said (it went into the new text).
		return quoteAmbiguous21
	}
	for _, l := range payload {
		l = strings.TrimLeft(strings.TrimSpace(l), "«\"“ \u00a0")
		if _, _, n, ok := artHeading(l); ok {
			l = strings.TrimSpace(l[n:])
		}
		for {
			kl, rest := enumeration(l)
			if kl == tl {
				return quoteAmbiguous21
			}
			if kl < 0 || kl > tl || rest == l {
				break
			}
			l = rest // "« I. – A. – …", "« II. – 1° …"
		}
	}
	return quoteEnds21
}

// closesOpenQuote21 says whether s closes a quotation it did not open:
// more closing marks than opening ones.
func closesOpenQuote21(s string) bool {
	return strings.Count(s, "»")+strings.Count(s, "”") > strings.Count(s, "«")+strings.Count(s, "“")
}

// partLabel21 is the label of a bill's part of level tl at the start of
// s: "II", "I bis", "B", "3", "2", "2 bis", "c".
func partLabel21(s string, tl int) string {
	var m []string
	switch tl {
	case 0:
		m = enumRoman.FindStringSubmatch(s)
	case 1:
		m = enumLetter.FindStringSubmatch(s)
	case 2:
		m = enumArabic.FindStringSubmatch(s)
	case 3:
		if m = enumDegree.FindStringSubmatch(s); m != nil {
			return strings.TrimSpace(m[1] + " " + m[2])
		}
	case levelSmall:
		m = enumSmall.FindStringSubmatch(s)
	}
	if m == nil {
		return ""
	}
	return strings.Join(strings.Fields(m[1]), " ")
}

// labelFollows21 says whether label comes right after prev among the
// parts of level tl: the next number or letter ("II" after "I", "3°"
// after "2°", "c)" after "b)"), or prev's own inserted one ("I bis"
// after "I", "2° ter" after "2° bis").
func labelFollows21(prev, label string, tl int) bool {
	pf, lf := strings.Fields(prev), strings.Fields(label)
	if len(pf) == 0 || len(lf) == 0 {
		return false
	}
	if pf[0] == lf[0] {
		return len(lf) > 1 && reLatinOrd21.MatchString(lf[1])
	}
	if len(lf) > 1 && !reLatinOrd21.MatchString(lf[1]) {
		return false
	}
	switch tl {
	case 0:
		return fromRoman(lf[0]) == fromRoman(pf[0])+1
	case 2, 3:
		a, err1 := strconv.Atoi(pf[0])
		b, err2 := strconv.Atoi(lf[0])
		return err1 == nil && err2 == nil && b == a+1
	default:
		return len(pf[0]) == 1 && len(lf[0]) == 1 && lf[0][0] == pf[0][0]+1
	}
}

// reLatinOrd21 is a Latin ordinal alone ("bis", "ter").
var reLatinOrd21 = mustRe(`^` + latinOrd + `$`)

// errDashUnderDash21: a dash item that is itself a head ("– le premier
// alinéa est ainsi modifié :", or one refused, "– les mots : « … » sont
// ainsi modifiés :"), followed by dash items: a dash bears no label, so
// which of the dashes after it are its items and which its siblings is
// not said (they were read as its siblings, "– le mot : « a » est
// remplacé …" editing the whole article, not the alinéa the head
// named). The dashes after it, down to an item of a higher level, are
// refused.
var errDashUnderDash21 = errors.New("a dash item after a dash item that announced items: its own or a sibling, not said")

// errOverDashHead21: a dash head followed by items of a higher level
// ("– les mots : « … » sont ainsi modifiés :", "a) Le mot …", "b) …"):
// no level lies below the dash, so they are its items written so, or the
// head announced none — not said (they were read as the parent's items,
// "a) Le mot : « alinéa » est remplacé …" editing the whole article).
// They are refused, with the items of their level and below after them,
// down to an item of a higher level still.
var errOverDashHead21 = errors.New("an item of a higher level after a dash item that announced items: its items or its parent's, not said")

// levelDash21 is the level of the dash ("– "), the lowest (enumerators).
const levelDash21 = 6

// The states of dashUnderDash21: no dash head open; a dash head read
// on the alinéa before; dashes after one, refused.
const (
	dashNone21 = iota
	dashHeadRead21
	dashItems21
)

// dashUnderDash21 refuses in, read at level level, when it stands at the
// dash's level after a dash head (state dashHeadRead21 or
// dashItems21), or at a higher level right after one or in the run of
// such items (run, their level; -1 outside one). It says the state after
// in — a dash head read if in is one (a context read at the dash's
// level, or a refused alinéa there ending with a colon, announcing no
// new text), dashes after one if it was open and in is at that level
// still — and the run after in.
func dashUnderDash21(in *Instruction, level int, body string, state, run int) (int, int) {
	if run >= 0 && level >= run {
		refuseTyped(in, errOverDashHead21)
		return dashNone21, run
	}
	if level != levelDash21 {
		if state == dashHeadRead21 && level >= 0 {
			refuseTyped(in, errOverDashHead21)
			return dashNone21, level
		}
		return dashNone21, -1
	}
	if state != dashNone21 {
		refuseTyped(in, errDashUnderDash21)
		return dashItems21, -1
	}
	if in.Payload == 0 && (in.Status == Context || in.Status == Unparsed && strings.HasSuffix(strings.TrimSpace(stripQuotes(body)), ":")) {
		return dashHeadRead21, -1
	}
	return dashNone21, -1
}

// openQuoteTail21 is the last alinéa of new text left open (quoteEnds21)
// without the bill's list punctuation after its final sign: "« B. ;",
// "« B. ; et" → "« B." (the closing mark would have stood between them;
// the " ;" went into the code's text). A ";" after no final sign may be
// the new text's own (an item's): kept.
func openQuoteTail21(s string) string {
	if m := reOpenQuoteTail21.FindStringSubmatchIndex(s); m != nil {
		return s[:m[3]]
	}
	return s
}

// reOpenQuoteTail21 is a final sign (group 1 ends after it), then " ;"
// and a conjunction, if any, at the end.
var reOpenQuoteTail21 = mustRe(`([.!?…])\s*;(?:\s*(?:et|ou))?\s*$`)
