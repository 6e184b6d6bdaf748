package law

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpans returns the spans of the quotations inside s, « … »
// closed in s, nested ones within the outer; the guillemet an alinéa
// opens with (a bill's quoted text) is not one.
func quoteSpans(s string) [][2]int {
	var spans [][2]int
	depth, start := 0, 0
	lead := len(s) - len(strings.TrimLeft(s, " "))
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "«") && i != lead:
			if depth == 0 {
				start = i
			}
			depth++
		case strings.HasPrefix(s[i:], "»") && depth > 0:
			depth--
			if depth == 0 {
				spans = append(spans, [2]int{start, i})
			}
		}
	}
	// "Il écrit "Lu. Approuvé." Il signe." (sent18).
	return append(spans, straightQuoteSpans(s)...)
}

func inSpans(spans [][2]int, i int) bool {
	for _, sp := range spans {
		if i > sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// labelSkip is the length of the label an alinéa opens with, its
// separator and spaces with it ("3 bis. ", "I. – ", "1° ", "a) ", "Art.
// L. 1. – "), 0 when it opens with none: a paragraph's or an item's label
// is not part of its first sentence, and deleting or rewriting that
// sentence leaves the label.
func labelSkip(s string) int {
	skip := 0
	if m := labelRe.FindString(s); m != "" {
		if _, k := label(s); k != 0 && !gluedToLabel(s, m) && !initialNotLabel(s) {
			// "J.-P. Dupont": no label (sent19).
			// "1.000 euros", "a.b@ex.fr": no label (sent18).
			skip = len(m)
		}
	}
	if m := artLabel.FindString(s); m != "" {
		skip = len(m)
	}
	if skip > 0 && skip < len(s) {
		// The label's separator and spaces ("I. – ", "I.-") with it.
		if m := labelPrefixRe.FindString(s); len(m) > skip {
			skip = len(m)
		}
	}
	return skip
}

// sentenceBoundsByMarks26 splits an alinéa into sentences (sentenceBounds
// then joins those a parenthesis holds across, sentences26): a period, question or
// exclamation mark followed by a space and an upper-case letter, or
// directly by an upper-case letter after a word ("scolaire.A cet effet").
//
// The label of a numbered paragraph or an item that begins the alinéa,
// after a bill's opening quotation mark or not ("3 bis. Le prix …", "« 1°
// Le préfet ;"), or an article's heading ("« Art. L. 1. – "), is no part
// of the first sentence (labelSkip).
func sentenceBoundsByMarks26(s string) [][2]int {
	var b [][2]int
	start := 0
	term, termQuoted := leadingTermQuote(s)
	skip := labelSkip(s)
	if skip == 0 {
		// A bill's quoted alinéa: its opening quotation mark is no part
		// of its first sentence ("« Il signe."), nor its closing one of
		// its last (closeStart); nor is the label after it ("« 1° Il
		// signe ;", "« II. – Il signe.": rewriting or deleting the first
		// sentence, or words or a sentence put at its start, took or
		// passed the label), nor the dash of an item of a list ("– le
		// préfet ;").
		skip = len(openingMark.FindString(s))
		if termQuoted {
			skip = 0
		}
		if n := labelSkip(s[skip:]); skip > 0 && n > 0 {
			skip += n
		} else {
			skip += len(dashMark.FindString(s[skip:]))
		}
	}
	start = skip
	quoted := quoteSpans(s)
	if termQuoted {
		quoted = append(quoted, term)
	}
	for i := skip; i < len(s); i++ {
		if strings.HasPrefix(s[i:], "»") && quoteEndsSentence(s, quoted, i) {
			// "… la mention : « Lu et approuvé. » Il signe.": the
			// quotation's period ends the alinéa's sentence too.
			end := i + len("»")
			j := sentenceSpaceEnd(s, end)
			b = append(b, [2]int{start, end})
			start = j
			i = j - 1
			continue
		}
		if end := closingQuoteEnd(s, start, i); end > 0 && !inSpans(quoted, i) {
			// "Il dit : "Non." Il part." (sent17).
			j := sentenceSpaceEnd(s, end)
			b = append(b, [2]int{start, end})
			start = j
			i = j - 1
			continue
		}
		w := sentenceMark(s, i)
		if w == 0 {
			continue
		}
		if inSpans(quoted, i) || insideQuote(s, start, i) {
			// "la mention « Lu. Approuvé. » écrite": a quotation's
			// sentences are not the alinéa's (with straight or curly
			// marks too: sent17).
			continue
		}
		j := sentenceSpaceEnd(s, i+w)
		if j >= len(s) {
			continue
		}
		if !sentenceOpens(s[j:]) && !parenNoteOpens(s[j:]) {
			// "Il lit. (voir l'article L. 1.) Il part.": "Il lit." ends
			// (sent18).
			continue
		}
		if j == i+w && (w > 1 || !afterWord(s[start:i]) && !afterClosing(s[start:i]) && !markGlued(s, i)) {
			// No space: a sentence still ends after a word of at least
			// two lower-case letters, as the consolidated codes often print
			// it ("scolaire.A cet effet"); never after an abbreviation
			// ("L.O.", "S.A.") or a number; after a closing guillemet or
			// parenthesis too ("« oui ».Il part.": sent19), and after a
			// question or an exclamation mark ("Il signe ?Il part.").
			continue
		}
		if !periodEnds(s, start, i) {
			continue
		}
		b = append(b, [2]int{start, i + w})
		start = j
	}
	if end := closeStart(s); end > start {
		return append(b, [2]int{start, end})
	}
	return append(b, [2]int{start, len(s)})
}

// quoteEndsSentence reports whether the "»" at i closes a quotation of s
// whose last sentence ends inside it ("« Lu et approuvé. »") and is
// followed by a space and a capital: the alinéa's sentence ends with it.
func quoteEndsSentence(s string, quoted [][2]int, i int) bool {
	closes := false
	for _, sp := range quoted {
		closes = closes || sp[1] == i
	}
	if !closes {
		return false
	}
	in := strings.TrimRight(s[:i], " \u00a0")
	if !strings.HasSuffix(in, ".") && !strings.HasSuffix(in, "?") && !strings.HasSuffix(in, "!") {
		return false
	}
	rest := s[i+len("»"):]
	t := strings.TrimLeft(rest, " ")
	if len(t) == len(rest) || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// dashMark is the dash an item of a list opens with: "– le maire ;".
var dashMark = mustRe(`^[–—―-][\s\x{a0}]+`)

// dashItem reports whether an alinéa is an item of a list of dashes,
// quoted or not.
func dashItem(s string) bool {
	t := strings.TrimSpace(s)
	return dashMark.MatchString(t[len(openingMark.FindString(t)):])
}

// withPeriod ends a sentence drafted without its period (the Sénat's
// line "Il note") with one: "… vite. Il note." — it ran into the next
// sentence, or ended the alinéa without one.
func withPeriod(sentence string) string {
	if r, _ := utf8.DecodeLastRuneInString(sentence); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return sentence + "."
	}
	return sentence
}

// openingMark is the quotation mark a bill's quoted alinéa opens with.
var openingMark = mustRe(`^(?:«[\s\x{a0}]*|"|“)`)

// closingMark is a quotation mark that ends an alinéa, with the
// punctuation after it (" » ;", "\"", " ».").
var closingMark = mustRe(`[\s\x{a0}]*(?:»|"|”)[\s\x{a0}]*[;.,]?[\s\x{a0}]*$`)

// closeStart is where the quotation mark that closes a bill's quoted
// alinéa begins (" » ;" in "« Il signe. » ;"), with the spaces before
// it; len(s) when the alinéa closes none: a mark that closes a quotation
// opened inside the alinéa ("… les mots : « A »") is its text's.
func closeStart(s string) int {
	loc := closingMark.FindStringIndex(s)
	if loc == nil {
		return len(s)
	}
	body := s[:loc[0]]
	body = body[len(openingMark.FindString(body)):]
	mark := strings.TrimLeft(s[loc[0]:], " \u00a0")
	switch {
	case strings.HasPrefix(mark, "»") && strings.Count(body, "«") > strings.Count(body, "»"),
		strings.HasPrefix(mark, "”") && strings.Count(body, "“") > strings.Count(body, "”"),
		strings.HasPrefix(mark, "\"") && strings.Count(body, "\"")%2 == 1:
		return len(s)
	}
	return loc[0]
}

// textStart is where an alinéa's text begins, after its opening
// quotation mark, its label and an article's heading ("« Art. L. 1. – ").
func textStart(s string) int {
	if b := sentenceBounds(s); len(b) > 0 {
		return b[0][0]
	}
	return 0
}

// periodEnds reports whether the period at s[i] can end the sentence that
// began at start: not after an abbreviation ("L. 331-5", "M. X", "(art. L.
// 2)", "cf. Annexe") nor within a sentence's first two characters.
func periodEnds(s string, start, i int) bool {
	initial := i >= 2 && spaceBefore(s, i-1) && unicode.IsUpper(rune(s[i-1])) && !partBefore(s[start:i], s[i+1:])
	return !(i >= 1 && i-start < 3 || initial || abbreviationBefore(s[start:i]))
}

// partBefore reports whether s ends with a part's one-letter label after
// a word that names it ("prévues au I", "du même A", "aux I et V"): a
// period after it may end the sentence ("… prévues au I. Un décret …"),
// unlike an initial's ("J. Dupont", "le C. E. le …": another initial
// follows; "M." never is a part here).
func partBefore(s, after string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || f[len(f)-1] == "M" || reInitial.MatchString(after) {
		return false
	}
	switch strings.ToLower(f[len(f)-2]) {
	case "au", "aux", "du", "des", "le", "les", "et", "ou", "à", "même", "présent":
		return true
	}
	return labelNoun(f[len(f)-2])
}

// reInitial is an initial after a space: " E. ", " E.".
var reInitial = mustRe(`^\s*\p{Lu}\.`)

// abbreviations are the words a period follows without ending the
// sentence.
var abbreviations = map[string]bool{"art": true, "arts": true, "al": true, "cf": true, "chap": true, "sect": true, "ch": true, "vol": true, "p": true, "pp": true, "mm": true, "me": true, "mmes": true, "mme": true, "dr": true, "pr": true}

// abbreviationBefore: sentsplit15.go.

// artLabel is the heading of an article that begins an alinéa (quoted in a
// bill or not): "« Art. L. 114-12-3. – ", "Art. 1600-0 N. - ". It is not a
// sentence: the first sentence is the text after it.
var artLabel = mustRe(`^(?:["«“]\s*)?Art\.\s+(?:` + artLetters + `)?\d+(?:er)?(?:` + numHyphen + `\d+)*(?:\s+` + latinOrd + `)?(?:` + numHyphen + `\d+)*(?:\s+` + articleCapitals + `)?(?:\s+` + latinOrd + `)?\.\s*[-–—―]\s*`)

// clauseMark is the semicolon or colon that ends w, or "".
func clauseMark(w string) string {
	t := strings.TrimRight(w, " \u00a0")
	for _, m := range []string{";", ":"} {
		if strings.HasSuffix(t, m) {
			return m
		}
	}
	return ""
}

// marksDoubled reports whether the alinéas after an edit hold two clause
// marks in a row (" ;.", " : ;", ". ;") more often than before: new words
// ending with a mark before the text's own, another — which one stands is
// not said.
func marksDoubled(before, after []string) bool {
	count := func(al []string) int {
		n := 0
		for _, l := range al {
			n += len(doubledMarks.FindAllStringIndex(l, -1))
		}
		return n
	}
	return count(after) > count(before)
}

var doubledMarks = mustRe(`[;:][\s\x{a0}]*[;:.]|[^.]\.[\s\x{a0}]*[;:]`)

// nextSentence reports whether s, the text after a sentence's period,
// begins the next sentence: a space, then a capital letter.
func nextSentence(s string) bool {
	t := strings.TrimLeft(s, " \u00a0")
	r, _ := utf8.DecodeRuneInString(t)
	return len(t) < len(s) && unicode.IsUpper(r)
}

// afterWord reports whether s ends with two lower-case letters.
func afterWord(s string) bool {
	r1, n := utf8.DecodeLastRuneInString(s)
	r2, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return n > 0 && unicode.IsLower(r1) && unicode.IsLower(r2)
}

// sentenceIndex is the index in b (sentenceBounds) of the n-th sentence,
// counted from the end when n is negative ("la dernière phrase": -1).
func sentenceIndex(b [][2]int, n int) (int, error) {
	k := n - 1
	if n < 0 {
		k = len(b) + n
	}
	if k < 0 || k >= len(b) {
		return 0, sentenceMissing23(n)
	}
	if b[k][0] == -2 {
		return 0, applyKind26(errApplyEarlierEdit26, fmt.Sprintf("sentence %d was rewritten by an earlier edit of the group into another count of sentences: which one it is now is not known", n))
	}
	if b[k][0] < 0 {
		return 0, applyKind26(errApplyEarlierEdit26, fmt.Sprintf("sentence %d was deleted by an earlier edit of the group", n))
	}
	return k, nil
}

func onSentence(al []string, lo, hi, n int, g *groupState, f func(string) (string, error)) error {
	if err := doubtfulSentence(al, pickSentenceAlinea(lo, hi, n), n, g); err != nil {
		return err
	}
	return onSentenceRead(al, lo, hi, n, g, f)
}

// onSentenceRead is onSentence where the caller ruled on the boundaries
// the typography leaves open (doubtfulSentenceWords).
func onSentenceRead(al []string, lo, hi, n int, g *groupState, f func(string) (string, error)) error {
	i := pickSentenceAlinea(lo, hi, n)
	s := al[i]
	b := groupBounds(al, i, g)
	k, err := sentenceIndex(b, n)
	if err != nil {
		return err
	}
	r, err := f(s[b[k][0]:b[k][1]])
	if err != nil {
		return err
	}
	pre, post := s[:b[k][0]], s[b[k][1]:]
	last := true // no sentence after it now
	for _, x := range b[k+1:] {
		if x[0] != -1 {
			last = false // found, or not known ({-2, -2}): still there
		}
	}
	if r == "" && post == "" && k > 0 {
		// The last sentence of a quoted alinéa goes, its closing quotation
		// mark stays: « … travaux." » → « …"».
		sent := s[b[k][0]:b[k][1]]
		if m := closingQuote.FindString(sent); m != "" {
			post = strings.TrimLeft(m, " ")
			pre = strings.TrimRight(pre, " ")
		}
	}
	if r == "" {
		// Deleting a sentence: drop the space that separated it; the
		// last one's, before a closing quotation mark (" » ;") too.
		if post != "" && b[k][1] < closeStart(s) {
			post = strings.TrimLeft(post, sentenceSpaces)
		} else {
			pre = strings.TrimRight(pre, sentenceSpaces)
		}
	}
	if joinsSentences(s[b[k][0]:b[k][1]], r) {
		// "À la première phrase, le point est remplacé par un
		// point-virgule": "Il signe ; il date."
		post = lowerAfterJoin(post, r)
	}
	out := pre + r + post
	if last && itemSemicolon.MatchString(s) && !itemSemicolon.MatchString(out) {
		// An item of a list keeps the semicolon that closes it when its
		// last sentence is rewritten or deleted (appendSentence's
		// converse): "1° Agit. Il décide ;" without its last sentence is
		// "1° Agit ;".
		if t := strings.TrimRight(out, " "); strings.HasSuffix(t, ".") {
			out = strings.TrimSuffix(t, ".") + " ;"
		}
	}
	if r == "" && strings.Trim(out[max(len(labelPrefix(out)), len(artLabel.FindString(out))):], " «»\"“”;.,") == "" {
		// "La dernière phrase du deuxième alinéa est supprimée" on an
		// alinéa of one sentence: the bill read another text (or it
		// would delete the alinéa); emptying it is refused, an
		// article's heading left alone too ("Art. 1er. –", sent18).
		return applyKind26(errApplySentence26, fmt.Sprintf("sentence %d is its alinéa's only sentence: deleting it would leave an empty alinéa", n))
	}
	al[i] = out
	return nil
}

// onSentencesToEnd deletes (r empty) or rewrites (r the new text) the
// sentence from and every one after it in the alinéa ("les deuxième à
// dernière phrases"), counted on the text before the instruction: the
// later ones go first, from the last, then from is deleted or takes r.
// A division of several alinéas: which alinéa's last is meant is not
// said, refused.
func onSentencesToEnd(al []string, lo, hi, from, but int, g *groupState, r string) error {
	to, err := sentencesToEndBounds(al, lo, hi, from, but, g)
	if err != nil {
		return err
	}
	for k := to; k > from; k-- {
		if err := onSentence(al, lo, hi, k, g, func(string) (string, error) { return "", nil }); err != nil {
			return err
		}
	}
	return onSentence(al, lo, hi, from, g, func(string) (string, error) { return r, nil })
}

// wordsThrough is the text from the words a to the words b, both
// included, in the alinéas al[lo:hi] (in their sentence sent if it is
// not 0): a must be there once, b once, after a and in its alinéa —
// otherwise where the span begins or ends is not said, refused.
func wordsThrough(al []string, lo, hi, sent int, g *groupState, a, b string) (string, error) {
	type hit struct{ i, s, e int }
	var as, bs []hit
	for i := lo; i < hi; i++ {
		s, off := al[i], 0
		if sent != 0 {
			if hi-lo != 1 && i != pickSentenceAlinea(lo, hi, sent) {
				continue
			}
			if err := doubtfulSentence(al, i, sent, g); err != nil {
				return "", err
			}
			bd := groupBounds(al, i, g)
			k, err := sentenceIndex(bd, sent)
			if err != nil {
				return "", err
			}
			s, off = s[bd[k][0]:bd[k][1]], bd[k][0]
		}
		for _, w := range []struct {
			words string
			to    *[]hit
		}{{a, &as}, {b, &bs}} {
			h := findOcc(s, w.words, nil)
			for k := 0; k+1 < len(h); k += 2 {
				*w.to = append(*w.to, hit{i, off + h[k], off + h[k+1]})
			}
		}
	}
	switch {
	case len(as) == 0:
		return "", applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found", a))
	case len(bs) == 0:
		return "", applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found", b))
	case len(as) > 1:
		return "", applyKind26(errApplyWordsWhich26, fmt.Sprintf("words %q found %d times: where the words from %q to %q begin is not said", a, len(as), a, b))
	case len(bs) > 1:
		return "", applyKind26(errApplyWordsWhich26, fmt.Sprintf("words %q found %d times: where the words from %q to %q end is not said", b, len(bs), a, b))
	case bs[0].i != as[0].i || bs[0].s < as[0].e:
		return "", applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q do not follow %q in its alinéa: the words from one to the other are not there", b, a))
	}
	return al[as[0].i][as[0].s:bs[0].e], nil
}

// sentencesToEndBounds is the last sentence of the range from the
// sentence from to the last of the alinéa lo, but the last but of them
// ("les deuxième à avant-dernière phrases"): a range empty or out of the
// alinéa is refused, as one in a division of several alinéas.
func sentencesToEndBounds(al []string, lo, hi, from, but int, g *groupState) (int, error) {
	if hi-lo != 1 {
		return 0, applyKind26(errApplySentence26, "sentences to the last, in a division of several alinéas: which alinéa's is not said")
	}
	if err := doubtfulSentence(al, lo, from, g); err != nil {
		return 0, err
	}
	n := len(groupBounds(al, lo, g))
	if from < 1 || from > n {
		return 0, applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("sentence %d not found", from))
	}
	if n-but < from {
		return 0, applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("sentences %d to %d before the last: the alinéa has %d", from, but, n))
	}
	return n - but, nil
}

// onSentencesToEndWords applies a word operation to each sentence from
// e.Scope.Sentence to the last (but e.Scope.SentencesButLast of them) of
// the alinéa al[lo:hi], counted on the text before: each is edited as a
// sentence named alone, all or none.
func onSentencesToEndWords(c Corpus, e Edit, opt ApplyOptions, al []string, lo, hi int) error {
	to, err := sentencesToEndBounds(al, lo, hi, e.Scope.Sentence, e.Scope.SentencesButLast, opt.grp)
	if err != nil {
		return err
	}
	orig, had := c[e.Scope.Ref]
	for k := e.Scope.Sentence; k <= to; k++ {
		one := e
		one.Scope.Sentence, one.Scope.SentencesToEnd, one.Scope.SentencesButLast = k, false, 0
		if err := applyEdit(c, one, opt); err != nil {
			if had {
				c[e.Scope.Ref] = orig
			}
			return err
		}
	}
	return nil
}

func onSentenceInsert(al []string, lo, hi, n int, g *groupState, add string, before bool) error {
	i := pickSentenceAlinea(lo, hi, n)
	if n == 0 && !before {
		i = hi - 1 // a sentence added to a division ends its last alinéa
	}
	s := al[i]
	if n == 0 {
		if before {
			// After the alinéa's label, if it has one ("I. – "), and its
			// opening quotation mark ("« ").
			pre := s[:textStart(s)]
			al[i] = pre + add + " " + s[len(pre):]
		} else {
			// Before the quotation mark that closes a quoted alinéa:
			// "« Il signe. Il date. » ;".
			e := closeStart(s)
			if opensAList(s[:e]) {
				return errSentenceAfterColon
			}
			head, err := closeLastSentence22(s[:e])
			if err != nil {
				return err
			}
			al[i] = appendSentence(head, add) + s[e:]
		}
		return nil
	}
	if err := doubtfulSentence(al, i, n, g); err != nil {
		return err
	}
	b := groupBounds(al, i, g)
	k, err := sentenceIndex(b, n)
	if err != nil {
		return err
	}
	if before {
		al[i] = spacedSentence22(s[:b[k][0]], add+" ", s[b[k][0]:], k > 0)
	} else if e := closeStart(s); b[k][1] >= e || strings.TrimSpace(s[b[k][1]:e]) == "" {
		// After the alinéa's last sentence: the new one ends the
		// alinéa, which keeps its closing punctuation last ("a) Il
		// signe ;" is "a) Il signe. Il date ;": it was "a) Il signe ; Il
		// date.") — as an alinéa completed by a sentence.
		if opensAList(s[:e]) {
			return errSentenceAfterColon
		}
		head, err := closeLastSentence22(s[:e])
		if err != nil {
			return err
		}
		al[i] = appendSentence(head, add) + s[e:]
	} else {
		al[i] = spacedSentence22(s[:b[k][1]]+" ", add, s[b[k][1]:], false)
	}
	return nil
}

// errSentenceAfterColon: a sentence put after the last of an alinéa
// that ends with a colon ("Sont exclus :", the list after it): whether
// the new sentence comes before the colon, and what the colon then
// introduces, is not said (it gave "Sont exclus : Il date.", the list
// cut from its head).
const errSentenceAfterColon = applyErr("a sentence after an alinéa ending with a colon: where the colon goes is not said")

// opensAList: the alinéa ends with a colon.
func opensAList(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), ":") }

// itemSemicolon is the semicolon (or period and semicolon) that closes an
// item of a list.
var itemSemicolon = mustRe(`\s*;\s*$`)

// appendSentence adds a sentence at the end of an alinéa. An item that
// closes with a semicolon keeps it last, as Légifrance prints it: "1°
// Le juge tranche ;" with "Il motive." reads "1° Le juge tranche. Il
// motive ;".
func appendSentence(s, add string) string {
	if loc := itemSemicolon.FindStringIndex(s); loc != nil && strings.HasSuffix(strings.TrimSpace(add), ".") {
		add = strings.TrimSuffix(strings.TrimSpace(add), ".")
		return s[:loc[0]] + ". " + add + " ;"
	}
	if loc := listTail.FindStringIndex(strings.TrimRight(s, " ")); loc != nil && strings.HasSuffix(strings.TrimSpace(add), ".") {
		// "1° Un ; et" completed by a sentence: "1° Un. Il signe ; et"
		// (it went after the conjunction).
		add = strings.TrimSuffix(strings.TrimSpace(add), ".")
		return strings.TrimRight(s[:loc[0]], " ") + ". " + add + s[loc[0]:]
	}
	return s + " " + add
}
