package law

import "strings"

// quoteShape says whether an alinéa opens a quotation (starts with a
// quotation mark) and whether it closes one (ends with a quotation mark,
// before the instruction's own punctuation).
func quoteShape(s string) (opens, closes bool) {
	return isQuoted(s), closesQuote(s)
}

// requote gives new alinéas the quotation marks of the alinéas they
// replace in a bill: in a quoted block every alinéa opens with a quotation
// mark and the last one closes it — the block's own marks, those of host,
// a line of it: « … », spaced, or straight ones. Lines that bring their
// own are kept.
func requote(lines []string, open, close bool, host string) []string {
	if !open {
		return lines
	}
	opening, closing := "\"", "\""
	if strings.HasPrefix(strings.TrimSpace(host), "«") {
		opening, closing = "« ", " »"
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if !isQuoted(l) {
			l = opening + l
		}
		out[i] = l
	}
	if close && !closesQuote(out[len(out)-1]) {
		out[len(out)-1] += closing
	}
	return out
}

// introCount is the number of alinéas of new text a bill's line
// introduces when it says so: "est complété par deux alinéas ainsi
// rédigés :" (2), "il est inséré un alinéa ainsi rédigé :" (1), "2° Le
// second alinéa est ainsi rédigé :" (1); 0 otherwise (an article "ainsi
// rédigé" has as many alinéas as it has).
func introCount(l string) int {
	low := asciiLower(foldAccents(strings.TrimSpace(l)))
	if !strings.HasSuffix(low, ":") {
		return 0
	}
	if m := introCounted.FindStringSubmatch(low); m != nil {
		if m[1] == "un" || m[1] == "une" {
			return 1
		}
		return cardinals[m[1]]
	}
	if introOne.MatchString(low) {
		return 1
	}
	return 0
}

var (
	introCounted = mustRe(`\b(un|une|` + cardinalWords + `)\s+(?:alineas?|phrases?)\s+ainsi\s+redigee?s?\s*:$`)
	introOne     = mustRe(`^(?:\S+\s+)?(?:le|la)\s+(?:[a-z-]+\s+)?(?:alinea|phrase)\b[^:]*\best\s+ainsi\s+redigee?\s*:$`)
)

// quoteIntroduced quotes, among new alinéas that are a bill's own lines
// (the Assemblée's amendments quote each inserted alinéa once: "« 2° Le
// second alinéa est ainsi rédigé : »", "« Sauf si … »"), the text such a
// line introduces when it gives its count: in the bill that text is
// quoted ("« Sauf si … »"). Lines already quoted are left as they are.
func quoteIntroduced(lines []string) []string {
	if len(lines) < 2 || !modVerb.MatchString(lines[0]) {
		return lines
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		n := introCount(lines[i])
		if n == 0 || i+n > len(lines)-1 {
			continue
		}
		block := lines[i+1 : i+1+n]
		ok := true
		for _, b := range block {
			if isQuoted(b) || introCount(b) > 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for k, b := range block {
			b = "« " + b
			if k == n-1 {
				b = closeQuoted(b)
			}
			out = append(out, b)
		}
		i += n
	}
	return out
}

// closeQuoted closes a quotation at the end of a bill's alinéa, before its
// " ;" if it has one ("… nationaux ;" → "… nationaux » ;").
// quoteTail is what follows the closing quotation mark of s: " ;" (an
// item's), "." or nothing.
func quoteTail(s string) string {
	t := strings.TrimSpace(s)
	i := strings.LastIndex(t, "»")
	if i < 0 {
		return ""
	}
	switch strings.TrimSpace(t[i+len("»"):]) {
	case ";":
		return " ;"
	case ".":
		return "."
	}
	return ""
}

func closeQuoted(s string) string {
	t := strings.TrimRight(s, " ")
	if strings.HasSuffix(t, ";") {
		return strings.TrimRight(strings.TrimSuffix(t, ";"), " ") + " » ;"
	}
	return t + " »"
}

// proposedText finds in al[lo:hi] the text proposed for article num: from
// the quoted alinéa that opens with its heading ("« Art. L. 558-48. – ")
// to the next quoted heading or unquoted alinéa; found only once.
func proposedText(al []string, lo, hi int, num string) (int, int, bool) {
	key := ArticleKey(num)
	start := -1
	for i := lo; i < hi; i++ {
		if !isQuoted(al[i]) || artLabel.FindString(al[i]) == "" {
			continue
		}
		// The heading's number as ArticleKey reads it: "L. 1‑1" (the
		// non-breaking hyphen) is L. 1-1, "R.* 1" R. 1.
		if prefix, n, _, ok := artHeading(strings.TrimLeft(al[i], "\"«“ \u00a0")); ok && ArticleKey(prefix+n) == key {
			if start >= 0 {
				return 0, 0, false // twice: ambiguous
			}
			start = i
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	end := start + 1
	for end < hi && isQuoted(al[end]) && artLabel.FindString(al[end]) == "" {
		end++
	}
	return start, end, true
}

// sameListItem reports whether next is an item (1°, a), a dash) of the
// same kind as prev, whose quotation mark is not part of its label.
func sameListItem(prev, next string) bool {
	if dashItem(prev) && dashItem(next) {
		return true // "– le juge." then "– le greffier."
	}
	_, k := label(next)
	_, kp := label(strings.TrimLeft(strings.TrimSpace(prev), "\"«“ \u00a0"))
	return (k == 'd' || k == 'l' || k == 'p') && kp == k
}

// quoteInBlock quotes alinéas inserted after al[at-1] inside a bill's
// quoted block: after an alinéa that opens a quotation, the new ones are
// part of it; if that alinéa closed the block, the closing mark moves to
// the last new one — unless the new text is an instruction of its own.
func quoteInBlock(al []string, at int, lines []string) ([]string, []string) {
	if at == 0 || len(lines) == 0 || isQuoted(lines[0]) {
		return al, lines
	}
	o, c := quoteShape(al[at-1])
	if !o {
		return al, lines
	}
	if !c {
		return al, requote(lines, true, false, al[at-1])
	}
	if modVerb.MatchString(strings.Join(lines, " ")) {
		return al, lines
	}
	if _, k := label(lines[0]); k == 'r' || (k == 'd' || k == 'l' || k == 'p') && !sameListItem(al[at-1], lines[0]) {
		// A paragraph numbered as the bill numbers its own ("III bis. –"
		// where the bill has an unquoted "III. –") is the bill's, not a
		// line of the quoted text; so is an item ("1° bis" where the bill
		// has an unquoted "1°" whose quoted text ends here) unless it
		// continues a quoted list ("« 4° … ; »" then "5° …": it took the
		// quotation's closing mark and quotes of its own).
		for _, l := range al {
			if _, kl := label(l); kl == k && !isQuoted(l) {
				return al, lines
			}
		}
	}
	item := sameListItem(al[at-1], lines[0])
	prev := strings.TrimRight(al[at-1], " ")
	tail := ""
	for _, suf := range []string{" ;", ";", "."} {
		if strings.HasSuffix(prev, "\""+suf) || strings.HasSuffix(prev, "»"+suf) {
			tail = suf
			prev = strings.TrimSuffix(prev, suf)
			break
		}
	}
	q := prev[len(prev)-len(lastRune(prev)):]
	al = append([]string(nil), al...)
	al[at-1] = strings.TrimRight(strings.TrimSuffix(prev, q), " ")
	if item && strings.HasSuffix(al[at-1], ".") && !strings.HasSuffix(al[at-1], "..") {
		// The item that ended the quoted list now ends with " ;": the
		// new last item carries the period ("… d'aménagement ;" then
		// "« 5° D'un organisme … modéré. »").
		al[at-1] = strings.TrimRight(strings.TrimSuffix(al[at-1], "."), " ") + " ;"
	}
	// The new text may close the quotation itself: "« 2° … ces mêmes
	// régimes. » »" leaves "2° … régimes. »" once its own quotation marks
	// are gone (a closing mark no « opens). It keeps that mark alone (the
	// block's was added after it: "régimes. »\"").
	own := closesOwnQuotation(lines[len(lines)-1])
	lines = requote(lines, true, false, al[at-1])
	if own {
		return al, lines
	}
	if q == "»" {
		// The block's own marks: « … », spaced.
		for i, l := range lines {
			if strings.HasPrefix(l, "\"") {
				lines[i] = "« " + l[1:]
			}
		}
		q = " »"
	}
	lines[len(lines)-1] += q + tail
	return al, lines
}

// quoteBeforeInBlock gives new alinéas put before a line of a bill's
// quoted text that is not its first ("Avant l'alinéa 3, insérer …" where
// the 2 opens the quotation and the 3 goes on with it) the quotation's
// marks, as after that line's predecessor (quoteInBlock): they are lines
// of the quoted text — they went in unquoted, a bill's line amid it.
func quoteBeforeInBlock(al []string, at int, lines []string) []string {
	if at == 0 || at >= len(al) || len(lines) == 0 || isQuoted(lines[0]) || !isQuoted(al[at]) {
		return lines
	}
	if o, c := quoteShape(al[at-1]); !o || c {
		return lines
	}
	return requote(lines, true, false, al[at-1])
}

// closesOwnQuotation says whether a new line, its own quotation marks
// gone, ends with a closing mark that nothing in it opens ("… régimes. »",
// "… régimes. » ;", "… régimes.\"", "… régimes.”"): it closes the bill's
// quotation itself. A straight mark closes when the line holds an odd
// number of them.
func closesOwnQuotation(l string) bool {
	t := strings.TrimRight(strings.TrimSpace(l), " ;.,")
	switch {
	case strings.HasSuffix(t, "»"):
		return strings.Count(l, "«") < strings.Count(l, "»")
	case strings.HasSuffix(t, "”"):
		return strings.Count(l, "“") < strings.Count(l, "”")
	case strings.HasSuffix(t, "\""):
		return strings.Count(l, "\"")%2 == 1
	}
	return false
}
