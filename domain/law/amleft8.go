package law

import "strings"

// amAtTheEnd is "à la fin" in an amendment's head, its place's end;
// amPlaceSaid an alinéa or a sentence named as its place; amAnchorNamed
// a word anchor ("après le mot", "avant les mots").
var (
	amAtTheEnd    = mustRe(`(?i)\b[àa]\s+la\s+fin\b`)
	amPlaceSaid   = mustRe(`(?i)\b(?:alin[ée]as?|phrases?)\b`)
	amAnchorNamed = mustRe(`(?i)\b(?:apr[èe]s|avant)\s+(?:l[ea]s?|l'|chaque|la\s+\S+\s+occurrence)`)
)

// finalPeriodAtEnd reads "le point final" after an amendment's verb in
// seg, a part of the head between quotations (before: the head before
// it, lower case; m: amFinalPeriod's match in seg): under an alinéa or a
// sentence named, the period that ends it, as "À la fin de l'alinéa 3,
// remplacer le point par …" — the alinéa's last where it holds several
// sentences (it was refused: which period was not said); a place that
// does not end with a period is refused as there. A head that says "à la
// fin" already keeps it; with no alinéa nor sentence named, the period
// of the place, as "remplacer le point" (refused where it holds
// several). After a word anchor ("Après le mot : « A », remplacer le
// point final") the final period is not the anchor's next one: refused
// (the first period after each occurrence of A was replaced).
func finalPeriodAtEnd(seg, before string, m []int) string {
	head := before + seg[:m[2]]
	switch {
	case amAnchorNamed.MatchString(head):
		return seg
	case amAtTheEnd.MatchString(head) || !amPlaceSaid.MatchString(head):
		return seg[:m[3]] + seg[m[5]:]
	}
	return seg[:m[2]] + "à la fin, " + seg[m[2]:m[3]] + seg[m[5]:]
}

// notTheEndAlinea reports whether the alinéa i of a scope lo..hi of
// several alinéas is passed over by a word edit "À la fin de …" (only <
// 0) or "Au début de …" (only > 0) of the whole scope: its end is its
// last alinéa's end, its start its first's ("À la fin de cet article,
// supprimer le mot : « A »" where the last alinéa does not end with A:
// refused — A was deleted at the end of the last alinéa that ended with
// it, amid the article). A sentence named is placed by its own rule.
func notTheEndAlinea(i, lo, hi, only int, e Edit) bool {
	switch {
	case hi-lo < 2 || e.Scope.Sentence != 0:
		return false
	case only < 0:
		return i != hi-1
	case only > 0:
		return i != lo
	}
	return false
}

// quoteDepthAt is the depth of the quotations («…», “…”) open in s
// before the byte i, counted from the alinéa's own level: a quoted
// alinéa's opening mark ("« Art. L. 1. – …") is that level, not a
// quotation inside it.
func quoteDepthAt(s string, i int) int {
	t := strings.TrimLeft(s, " \u00a0")
	base := 0
	if strings.HasPrefix(t, "«") || strings.HasPrefix(t, "“") {
		base = 1
	}
	d := 0
	for _, r := range s[:i] {
		switch r {
		case '«', '“':
			d++
		case '»', '”':
			if d > 0 {
				d--
			}
		}
	}
	if d < base {
		return 0
	}
	return d - base
}

// quotedMixed reports whether the words w are found in the alinéas al
// both inside a quotation of the text ("Le mot « il » désigne …") and
// outside it: a word edit of every occurrence ("remplacer le mot : « il
// » par …") means the text's word, or the word it quotes, or both — not
// said (both were edited: the quotation changed what the text names).
// Words found only inside quotations (the text a bill article quotes)
// or only outside are read as before.
func quotedMixed(al []string, w string) bool {
	in, out := 0, 0
	for _, s := range al {
		hits := findOcc(s, w, nil)
		for k := 0; k+1 < len(hits); k += 2 {
			if quoteDepthAt(s, hits[k]) > 0 {
				in++
			} else {
				out++
			}
		}
	}
	return in > 0 && out > 0
}

// emptyQuotation is a quotation holding nothing: "« »", "“ ”", "\"\"".
var emptyQuotation = mustRe(`«[\s\x{a0}]*»|“[\s\x{a0}]*”`)

// quotationEmptied reports whether a deletion leaves the alinéas after it
// with more empty quotations than before: "supprimer le mot : « il »" on
// "Le mot « il » désigne …" gave "Le mot « » désigne …" — the text names
// nothing; what becomes of the words around is not said.
func quotationEmptied(before, after []string) bool {
	count := func(al []string) int {
		n := 0
		for _, s := range al {
			n += len(emptyQuotation.FindAllStringIndex(s, -1))
		}
		return n
	}
	return count(after) > count(before)
}

// amCommaThenWords is a comma inserted before words, as signsBesideWords
// leaves it ("insérer une virgule et les mots : « B »" → "insérer le
// signe : « , » et les mots : « B »"); amWordsThenComma after them
// (groups: the verb, the noun, the words).
var (
	amCommaThenWords = mustRe(`(?i)(\b(?:ins[ée]rer|ajouter)\s+)le\s+signe\s*:\s*«\s*,\s*»\s+et\s+(les\s+mots|le\s+mot)\s*:\s*«\s*([^«»]*?)\s*»`)
	amWordsThenComma = mustRe(`(?i)(\b(?:ins[ée]rer|ajouter)\s+)(les\s+mots|le\s+mot)\s*:\s*«\s*([^«»]*?)\s*»\s+et\s+le\s+signe\s*:\s*«\s*,\s*»`)
)

// commaAndWords reads a comma and words inserted together as one new
// text, in the order written: "Après le mot : « A », insérer une virgule
// et les mots : « B »" inserts ", B" (the comma glued to A), "insérer les
// mots : « B » et une virgule" "B," (both were refused). "insérer deux
// virgules" stays refused: where the second goes is not said.
func commaAndWords(head string) string {
	head = amCommaThenWords.ReplaceAllString(head, "${1}${2} : « , ${3} »")
	return amWordsThenComma.ReplaceAllString(head, "${1}${2} : « ${3}, »")
}

// finalPeriodUnder reads "le point final" on the Sénat's verb line under
// a locator line ("Alinéa 3" / "Remplacer le point final par les mots
// :"): the period ending the alinéa (the sentence) the line names, as
// finalPeriodAtEnd reads it on one line — the head alone names no place.
func finalPeriodUnder(head, locator string) string {
	m := amFinalPeriod.FindStringSubmatchIndex(head)
	if m == nil || !amPlaceSaid.MatchString(locator) || amAnchorNamed.MatchString(head[:m[2]]) || amAtTheEnd.MatchString(head[:m[2]]) {
		return head
	}
	return head[:m[2]] + "à la fin, " + head[m[2]:]
}
