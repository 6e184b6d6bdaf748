package law

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var closingQuote = mustRe(`["»”]\s*[;.,]?\s*$`)

var closingPunct = mustRe(`\s*[.;:,]\s*$`)

// innerQuoteEnd says whether the mark that ends s closes words s quotes,
// not the alinéa's quotation: "\"Lorsque … la réponse \"oui\" ou
// \"non\"." holds five straight marks, its last closing "non" (the
// quotation goes on in the next alinéa); "« Lorsque … « non »." holds
// more « than ». A rewritten end then takes no closing mark of the old
// one (it was kept: "… « non ».\".", a stray mark and period).
func innerQuoteEnd(s string) bool {
	t := strings.TrimRight(s, " ;.,")
	switch {
	case strings.HasSuffix(t, "\""):
		return strings.Count(s, "\"")%2 == 1
	case strings.HasSuffix(t, "»"):
		return strings.Count(s, "«") > strings.Count(s, "»")
	case strings.HasSuffix(t, "”"):
		return strings.Count(s, "“") > strings.Count(s, "”")
	}
	return false
}

// rewriteEnd keeps s up to the end of the anchor (the occ-th occurrence,
// the first by default) and puts end after it; an empty end keeps s's
// closing punctuation, as does an end without its own.
func rewriteEnd(s, anchor string, occ []int, end string, from bool) (string, bool) {
	hits := pickOccurrences(findOcc(s, anchor, occ), occ)
	if len(hits) == 0 || len(occ) == 0 && len(hits) > 2 {
		// Not there, or there twice without its occurrence said ("après
		// le mot : « maire », la fin de la phrase …" on "Le maire agit et
		// le maire …"): which end is meant is not said.
		return s, false
	}
	head := s[:hits[1]]
	if from {
		// "à partir des mots : « A »": A goes with the end.
		head = strings.TrimRight(s[:hits[0]], " ")
	}
	// The end keeps the alinéa's closing quotation mark ("… alinéa. »"
	// of a quoted text); its final punctuation goes unless the new end
	// brings its own.
	quote := ""
	body := s
	if m := closingQuote.FindString(s); m != "" && !innerQuoteEnd(s) {
		quote = strings.TrimLeft(m, " ")
		body = strings.TrimRight(s[:len(s)-len(m)], " ")
		if strings.HasPrefix(quote, "»") {
			quote = " " + quote
		}
	}
	term := closingPunct.FindString(body)
	if strings.TrimSpace(end) == "" {
		// What the end leaves closes with the alinéa's punctuation, not
		// with a comma before it ("… le contrat, à Paris." from "à Paris":
		// "… le contrat."), nor twice after a sentence it leaves whole
		// ("… le contrat. Il date …" from "Il date": "… le contrat.").
		head = strings.TrimRight(head, " ,")
		if strings.ContainsAny(head[max(len(head)-1, 0):], ".;:!?") {
			term = ""
		}
		t := strings.TrimLeft(term, " \n\t")
		if t != "" && strings.ContainsAny(t[:1], ";:") {
			// "1° Les meubles et les tables ;" ended after "meubles" is
			// "1° Les meubles ;": the space before a semicolon or a colon
			// stays, a non-breaking one as it was (it gave "meubles;").
			sp := " "
			if r, _ := utf8.DecodeLastRuneInString(body[:len(body)-len(term)]); r == '\u00a0' || r == '\u202f' {
				sp = string(r)
			}
			t = sp + t
		}
		return head + t + quote, true
	}
	if closingPunct.MatchString(end) {
		term = ""
	}
	return joinWords(head, end) + strings.TrimRight(term, " \n\t") + quote, true
}

// closedAsDivision: the end of a division rewritten after a word of one
// of its alinéas, the alinéas after it gone, closes with the punctuation
// that closed the division — its last alinéa's ("1° A :", "a) B ;" cut
// after A is "1° A ;"; it kept the colon that opened the sub-items
// gone). A quotation at either end is left as it is.
func closedAsDivision(r, last string) string {
	if closingQuote.MatchString(r) || closingQuote.MatchString(last) {
		return r
	}
	p, q := closingPunct.FindString(r), closingPunct.FindString(last)
	if p == "" || q == "" {
		return r
	}
	// The punctuation with the space the last alinéa sets before it
	// (none before a period, a no-break one kept).
	t := strings.TrimSpace(q)
	sp := ""
	if t == ";" || t == ":" {
		sp = " "
		if w, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(strings.TrimRight(last, " \t\n"), t)); w == '\u00a0' || w == '\u202f' {
			sp = string(w)
		}
	}
	return r[:len(r)-len(p)] + sp + t
}

// rewriteSentenceEnd rewrites the end of the sentence of s (bounds b)
// that holds the anchor's occurrence (occ, or its only one) with f, the
// sentences after it kept: "après le mot : « A », la fin de la phrase".
// f is given the occurrence as counted in the sentence.
func rewriteSentenceEnd(s string, b [][2]int, anchor string, occ []int, f func(sent string, occ []int) (string, bool)) (string, bool, error) {
	all := findOcc(s, anchor, occ)
	hits := pickOccurrences(all, occ)
	if len(hits) == 0 || len(occ) == 0 && len(hits) > 2 {
		return s, false, nil
	}
	for _, x := range b {
		if x[0] < 0 || hits[0] < x[0] || hits[1] > x[1] {
			continue
		}
		if err := doubtfulSentenceEnd(s, hits[0], hits[1], len(occ) > 0); err != nil {
			return s, false, err
		}
		var local []int
		if len(occ) > 0 {
			// The occurrence counted in the sentence: those before it
			// in the alinéa are not in it.
			k := 0
			for j := 0; j+1 < len(all); j += 2 {
				if all[j] >= x[0] && all[j] <= hits[0] {
					k++
				}
			}
			local = []int{k}
		}
		r, ok := f(s[x[0]:x[1]], local)
		if !ok {
			return s, false, nil
		}
		return s[:x[0]] + r + s[x[1]:], true, nil
	}
	return s, false, applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not in one sentence", anchor))
}

// listTail is the end of an item followed by another of its list: " ;
// et", " ; ou", ", et".
var listTail = mustRe(`\s*[;,]\s+(?:et|ou)$`)

// appendWords adds words at the end of a text, before its final period or
// semicolon unless the words bring their own punctuation.
func appendWords(s, words string) string {
	if e := closeStart(s); e < len(s) {
		// A bill's quoted alinéa that closes its quotation ("« Il signe.
		// »", "« Le mot « A ». » ;"): the words go inside it, before its
		// period.
		return appendWords(s[:e], words) + s[e:]
	}
	t := strings.TrimRight(s, " ")
	end := ""
	if m := listTail.FindStringIndex(t); m != nil {
		// "1° Un ; et" completed by "ou trois": "1° Un ou trois ; et" (the
		// words went after the list's conjunction).
		w, sep := strings.TrimSpace(words), " "
		if strings.HasPrefix(w, ",") {
			sep = ""
		}
		return strings.TrimRight(t[:m[0]], " ") + sep + w + t[m[0]:]
	}
	if w := strings.TrimSpace(words); (w == "et" || w == "ou") && strings.HasSuffix(t, ";") {
		// "Le 2° est complété par le mot : « et »" on "2° Viser ;": the
		// conjunction that joins the item to the next goes after its
		// semicolon, "2° Viser ; et", as the consolidated codes print it
		// (it gave "2° Viser et ;").
		return t + " " + w
	}
	if out, ok := sentenceWordsAfter22(t, strings.TrimSpace(words)); ok {
		// "Il date" completed by "Il part." (sentences22).
		return out
	}
	if n := len(t); n > 0 && (t[n-1] == '.' || t[n-1] == ';' || t[n-1] == ':') {
		end = t[n-1:]
		// The space before the sign, plain or no-break, stays before
		// it ("vise\u00a0;" completed: "vise sans délai\u00a0;" — the
		// no-break space was left before the words and a plain one put
		// before the sign: TestGenAmNoBreakBeforeSign).
		body := strings.TrimRight(t[:n-1], " \u00a0\u202f")
		sp := t[len(body) : n-1]
		t = body
		if end == ";" || end == ":" {
			// "… avec les fonctions de président :" completed by ", de
			// vice-président": the words go before the colon.
			if strings.Trim(sp, " ") == "" {
				sp = " "
			}
			end = sp + end
		}
	} else if body, mark, ok := markEnd27(t); ok {
		// "Il date ?" completed by "vite": "Il date vite ?" (sentences27).
		if w := strings.TrimSpace(words); startsSentence(w) && strings.ContainsAny(w[len(w)-1:], ".?!") {
			return t + " " + w
		}
		t, end = body, mark
	}
	w := commaBeforeMark24(strings.TrimSpace(words), end)
	sep := " "
	if strings.HasPrefix(w, ",") || strings.HasPrefix(w, ".") {
		sep = ""
	}
	if last := w[len(w)-1:]; strings.ContainsAny(last, ".;:") {
		if end == "." && last == "." && startsSentence(w) {
			// A sentence of its own ("complété par les mots : « Il
			// signe. »"): after the text's period, not in its place.
			return t + ". " + w
		}
		end = ""
	}
	return t + sep + w + end
}

// completeQuotedEnd completes an alinéa of a bill that ends with the
// text it quotes after a colon ("2° Le second alinéa est ainsi rédigé :
// « Le maire signe. »", "1° … complété par les mots : « en mairie » ;")
// by words or, if sentence, a sentence: inside the quotation, before its
// final period — the bill's sentence ends with it (they went after the
// closing mark, a text of neither). ok is false when s ends with no such
// quotation (a quoted alinéa is closeStart's; a quotation after no colon,
// "dénommé « France Travail »", is a name the words follow). New words
// holding quotation marks may be the bill's next clause ("et le mot :
// “A” est supprimé"), and a sentence completes no quoted words that end
// no sentence: inside or after is not said, refused.
func completeQuotedEnd(s, add string, sentence bool) (string, bool, error) {
	open, end, ok := quotedEnd(s)
	if !ok {
		return s, false, nil
	}
	if strings.ContainsAny(add, "«»“”\"") {
		return s, true, applyKind26(errApplyIntroducedText26, fmt.Sprintf("words holding quotations completing %q, which ends with the text it quotes: inside the quotation or after it is not said", s))
	}
	if billClause.MatchString(add) {
		return s, true, applyKind26(errApplyIntroducedText26, fmt.Sprintf("words that read as the bill's next clause (%q) completing %q, which ends with the text it quotes: inside the quotation or after it is not said", add, s))
	}
	body := strings.TrimRight(s[:end], " \u00a0")
	if !sentence {
		return appendWords(s[:end], add) + s[end:], true, nil
	}
	if !strings.HasSuffix(body, ".") && !strings.HasSuffix(body, "?") && !strings.HasSuffix(body, "!") || len(body) <= open {
		return s, true, applyKind26(errApplyIntroducedText26, fmt.Sprintf("a sentence completing %q, whose quoted words end no sentence: inside the quotation or after it is not said", s))
	}
	return body + " " + add + s[end:], true, nil
}

// billClause is new words that read as a bill's clause joined to its
// instruction: "et le 2° est abrogé", "et les mots : … sont supprimés",
// "et la seconde phrase est supprimée" — a division or words named, then
// the bill's verb in the indicative. Completing an alinéa that ends with
// the text it quotes ("1° L'article L. 1 est complété par les mots : « sans
// délai » ;"), they may go after the quotation (they went inside it: «
// sans délai et le 2° est abrogé »).
var billClause = mustRe(`(?i)^\s*(?:,\s*)?(?:et|puis)\s+(?:le|la|les|l['’])\s*(?:\d+\s*°|[IVX]+\b|[a-z]\)|mots?\b|alin[ée]as?\b|phrases?\b|articles?\b|premi[eè]re?\b|deuxi[eè]me\b|second[e]?\b|derni[eè]re?\b)[^«»]*?\b(?:est|sont)\s+(?:abrog|supprim|remplac|ainsi\s+r[ée]dig|compl[ée]t|ins[ée]r|ajout|modifi)`)

// quotedEnd reports whether an unquoted alinéa of a bill ends with a
// quotation opened after a colon, or after the bill's verb and the noun
// of the words without it ("remplacé par le mot « préfet »") — the text
// the bill quotes, before the alinéa's ";" or "." if any —, and where
// that quotation opens and where its closing mark begins (with the
// spaces before it).
func quotedEnd(s string) (open, end int, ok bool) {
	if isQuoted(s) {
		return 0, 0, false
	}
	loc := closingMark.FindStringIndex(s)
	if loc == nil {
		return 0, 0, false
	}
	mark := strings.TrimLeft(s[loc[0]:], " \u00a0")
	if !strings.HasPrefix(mark, "»") {
		return 0, 0, false
	}
	depth := 0
	for i := len(s) - len(mark); i >= 0; i-- {
		switch {
		case strings.HasPrefix(s[i:], "»"):
			depth++
		case strings.HasPrefix(s[i:], "«"):
			depth--
			if depth == 0 {
				if !quoteIntro.MatchString(s[:i]) {
					return 0, 0, false
				}
				return i, loc[0], true
			}
		}
	}
	return 0, 0, false
}

// quoteIntro ends the words that introduce a text a bill quotes: a
// colon, or the bill's verb and the noun of the words without it
// ("remplacé par le mot « préfet »", "sont insérés les mots « … »"); a
// word merely mentioned ("Il écrit le mot « signé »") or a name
// ("dénommé « France Travail »") follows other words.
var quoteIntro = mustRe(`(?i)(?::|\b(?:remplac[ée]e?s?\s+par|ins[ée]r[ée]e?s?|ajout[ée]e?s?|compl[ée]t[ée]e?s?\s+par)\s+(?:les?|la|l['’]|une?|des)\s*` + wordNounCased + `)[\s\x{a0}]*$`)

// startsSentence says whether words begin as a sentence does: with a
// capital letter.
func startsSentence(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// listEnd reports whether al[lo:hi] is the end of a list whose item
// before it closes with a semicolon (a comma): the block's last alinéa
// is an item ending with a period, the alinéa before it an item of the
// same kind ending with ";" (","), and no item of that kind follows.
func listEnd(al []string, lo, hi int) bool {
	if lo == 0 {
		return false
	}
	// The block's last item: plain alinéas after it in the block ("– le
	// juge.", "Le juge tranche." both deleted) take nothing from the list
	// — the préfet ends it all the same, as when they are deleted apart.
	last := hi - 1
	for last > lo && !dashItem(al[last]) && !listItem(al[last]) {
		last--
	}
	if dashItem(al[last]) && dashItem(al[lo-1]) {
		// "– le préfet ;", "– le juge." without the juge: the préfet
		// ends the list of dashes now.
		return strings.HasSuffix(strings.TrimSpace(al[last]), ".") && separatedEnd(al[lo-1]) && (hi >= len(al) || !dashItem(al[hi]))
	}
	if !listItem(al[last]) || !strings.HasSuffix(strings.TrimSpace(al[last]), ".") {
		return false
	}
	_, k := labelOf(al[last])
	if _, kp := labelOf(al[lo-1]); kp != k || !separatedEnd(al[lo-1]) {
		return false
	}
	if hi < len(al) {
		if _, kn := labelOf(al[hi]); kn == k {
			return false
		}
	}
	return true
}

// separatedEnd reports whether an item ends as one before a list's last
// does: semicolonEnd, or with the comma of a list of commas ("1°
// Signer,"), which the item takes the list's period for when the last
// goes ("1° Signer." — it kept the comma, the list left open).
func separatedEnd(s string) bool {
	return semicolonEnd(s) || strings.HasSuffix(strings.TrimSpace(s), ",") || commaConjunction.MatchString(strings.TrimSpace(s))
}

// semicolonItems reports whether the list before al[i] ends its items
// with " ;": the item before its last one, of kind, does.
func semicolonItems(al []string, i int, kind byte) bool {
	start := i - 1
	for start > 0 {
		if _, k := label(al[start]); k == kind {
			break
		}
		start--
	}
	if start == 0 {
		return false
	}
	prev := start - 1
	for prev > 0 {
		if _, k := label(al[prev]); k != 0 {
			break
		}
		prev--
	}
	_, k := label(al[prev])
	return k == kind && semicolonEnd(al[start-1])
}

// conjunctionBack puts a list's conjunction on the item before its last
// one, whose text ends at al[end], when the item before it ends with " ;"
// and is of its kind.
func conjunctionBack(al []string, end int, conj string) {
	start := itemStart(al, end)
	if start == 0 || !sameItemKind(al[start], al[itemStart(al, start-1)]) {
		return
	}
	if t := strings.TrimRight(al[start-1], " "); strings.HasSuffix(t, ";") || commaBeforeLast(al[start-1], al[end]) {
		al[start-1] = t + " " + conj
	}
}

// itemStart gives the alinéa that opens the list item (a dash, "2°",
// "b)") holding al[j]: j itself or the nearest before it, 0 if none.
func itemStart(al []string, j int) int {
	for j > 0 && !dashItem(al[j]) && !listItem(al[j]) {
		j--
	}
	return j
}

// sameItemKind reports whether two alinéas open items of one list kind:
// both dashes, or both labelled of the same kind ("2°" and "3°").
func sameItemKind(a, b string) bool {
	if dashItem(a) || dashItem(b) {
		return dashItem(a) && dashItem(b)
	}
	_, ka := labelOf(a)
	_, kb := labelOf(b)
	return ka != 0 && ka == kb
}

// semicolonEnd reports whether an item ends as one before a list's last
// does: " ;", or " ; et", " ; ou".
func semicolonEnd(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasSuffix(t, ";") || itemConjunction.MatchString(t)
}

// listItem reports whether an alinéa opens an item of a list ("2°",
// "b)").
func listItem(l string) bool {
	_, k := labelOf(l)
	return k == 'd' || k == 'l' || k == 'p'
}

// quoteCloses reports whether an alinéa ends a quotation: a closing
// guillemet at its end (before its punctuation) that no opening one in it
// balances, or a line quoted whole.
func quoteCloses(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), " ;.,")
	if !strings.HasSuffix(t, "»") {
		return false
	}
	return strings.Count(t, "»") > strings.Count(t, "«") || strings.HasPrefix(t, "«") && strings.Count(t, "«") == 1 && strings.Count(t, "»") == 1
}

var innerQuotes = mustRe(`[«“][\s\x{a0}]*|[\s\x{a0}]*[»”]`)

// restUnchangedEnd is the remark that ends a new beginning written
// without "…": "… contrôle (le reste sans changement)." (also "sans
// modification").
var restUnchangedEnd = mustRe(`(?i)\s*\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)\s*[.;]?\s*$`)

// rewriteStart implements "Le début du 8° est ainsi rédigé : « 8° … par des
// bibliothèques… (le reste sans changement) »": the new beginning replaces
// the old one up to the last words they share.
// keepStart gives a new beginning of old the label, quotation mark and
// article's heading old begins with ("I. – ", "« Art. L. 1. – "), which
// are not words of its beginning, when it brings none of its own.
func keepStart(old, head string) string {
	if pre := old[:textStart(old)]; pre != "" && textStart(head) == 0 && !isQuoted(head) {
		return pre + head
	}
	return head
}

func rewriteStart(old, line string) (string, error) {
	head, ok := beforeElision(line)
	if m := restUnchangedEnd.FindStringIndex(line); !ok && m != nil {
		// "Le préfet de département contrôle (le reste sans
		// changement)": the remark ends the new beginning as "…" does.
		head, ok = line[:m[0]], true
	}
	if !ok {
		return "", applyKind26(errApplyEditUnread26, "no \"…\" in the new beginning")
	}
	head = strings.TrimRight(head, " ")
	if h := keepStart(old, head); h != head {
		head = h
	} else if isQuoted(old) && !isQuoted(head) {
		// The opening quotation mark of a quoted alinéa is not a word
		// of its beginning: "« Lorsque …" keeps its « when the amendment
		// rewrites "Lorsque plusieurs référendums…".
		t := strings.TrimLeft(old, " ")
		r, n := utf8.DecodeRuneInString(t)
		head = string(r) + quoteSpace(t[n:], r) + head
	}
	words := strings.Fields(head)
	for n := min(6, len(words)); n >= 1; n-- {
		tail := strings.Join(words[len(words)-n:], " ")
		hits := findWords(old, tail)
		if len(hits) == 0 {
			continue
		}
		return head + old[hits[1]:], nil
	}
	return "", applyKind26(errApplyEditUnread26, "the new beginning shares no words with the text in force")
}

// hasElision says whether line holds an elision mark, "..." or "…".
func hasElision(line string) bool {
	_, ok := beforeElision(line)
	return ok
}
