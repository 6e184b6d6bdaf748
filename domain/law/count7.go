package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceSpaceEnd is where the spaces at s[j:] end: plain spaces and the
// no-break spaces the consolidated codes print ("Il signe.\u00a0Il
// date.", U+00A0 and U+202F) — after a sentence's period, either
// separates it from the next (the two were read as one sentence, "la
// première phrase" the whole alinéa).
func sentenceSpaceEnd(s string, j int) int {
	return len(s) - len(strings.TrimLeft(s[j:], sentenceSpaces))
}

// sentenceMark is the width of the mark at s[i] that may end a sentence:
// a period, a question or an exclamation mark, or the ellipsis "…"
// ("Il signe… Il date." is two sentences, as "Il signe... Il date."); 0
// for any other character.
func sentenceMark(s string, i int) int {
	switch s[i] {
	case '.', '?', '!':
		return 1
	}
	if strings.HasPrefix(s[i:], "…") {
		return utf8.RuneLen('…')
	}
	return 0
}

// sentenceSpaces are the spaces that may separate two sentences
// (sentenceSpaceEnd): deleting one takes its separator with it.
const sentenceSpaces = " \u00a0\u202f"

// sentenceOpens reports whether s, the text after a sentence's mark and
// its spaces, opens a sentence: a capital, or a quotation whose first
// letter is one ("Il signe. « Lu » est écrit." is two sentences; the
// second was read as the first's end), or a parenthesis whose first
// letter is one ("Il signe. (Il date.)").
func sentenceOpens(s string) bool {
	if t, ok := strings.CutPrefix(s, "«"); ok {
		s = t[sentenceSpaceEnd(t, 0):]
	} else if t, ok := cutOpeningQuote(s); ok {
		// "Il dit. "Non." Il part." (sent17).
		s = t
	}
	if t, ok := strings.CutPrefix(s, "("); ok {
		// "Il signe. (Il date.) Il part.": a sentence in parentheses
		// follows (sent14).
		s = t
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// labelNouns name a part, a category or an annex by a capital letter
// after them ("la catégorie B", "l'annexe A", "le tableau C", "la
// lettre A", "le collège B"): a period
// after that letter may end the sentence ("Il relève de la catégorie B.
// Il date."), as after "au I" (partBefore) — it was read as an initial's
// ("J. Dupont"), and the sentences after it were not found.
var labelNouns = map[string]bool{
	"catégorie": true, "catégories": true, "annexe": true, "annexes": true, "liste": true, "listes": true,
	"zone": true, "zones": true, "tableau": true, "tableaux": true, "groupe": true, "groupes": true,
	"classe": true, "classes": true, "type": true, "série": true, "colonne": true, "lot": true,
	"échelon": true, "niveau": true, "titre": true, "livre": true, "chapitre": true, "section": true,
	"partie": true, "paragraphe": true, "rubrique": true, "sous-section": true, "tranche": true,
	"lettre": true, "point": true, "case": true, "cadre": true, "volet": true, "collège": true,
	"secteur": true, "option": true, "modèle": true,
}

// labelNoun reports whether w is one of the labelNouns, after an
// elision ("l'annexe").
func labelNoun(w string) bool {
	w = strings.ToLower(w)
	if k := strings.LastIndexAny(w, "'’"); k >= 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		w = w[k+n:]
	}
	return labelNouns[w]
}

// leadingTermQuote is the span of the quotation an alinéa opens with
// when it quotes a term and closes inside the alinéa, its text going on
// after it ("« Contrat » : l'acte signé. Il date.", a code's definition):
// that guillemet is the text's, not the opening mark of a bill's quoted
// alinéa — the first sentence begins with it (deleting that sentence
// left "« Il date."). A quotation closed only at the alinéa's end ("«
// Il signe. »", "« Il écrit « lu ». » ;") or not at all is a bill's.
func leadingTermQuote(s string) ([2]int, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	if !strings.HasPrefix(s[lead:], "«") {
		return [2]int{}, false
	}
	depth := 0
	for i := lead; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "«"):
			depth++
		case strings.HasPrefix(s[i:], "»"):
			depth--
			if depth == 0 {
				rest := s[i+len("»"):]
				if strings.Trim(rest, " \u00a0\u202f;.,»") == "" {
					return [2]int{}, false
				}
				return [2]int{lead, i}, true
			}
		}
	}
	return [2]int{}, false
}
