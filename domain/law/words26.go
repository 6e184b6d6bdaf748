package law

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words edited (words26): a sign found several times, words replaced by
// a period, the end deleted after words replaced.

// errSignWhich26 refuses a lone sign (« , », « . », « ; », « : »)
// replaced or deleted where one alinéa of the place holds it several
// times and nothing says which (no occurrence, count, anchor, start or
// end): "le signe : « , » est supprimé" on "Le juge statue, sans délai,
// sur la demande." It was refused as "words not found", a reason that
// was not the one.
const errSignWhich26 = applyErr("a sign found several times in an alinéa of the place, no occurrence said: which one is not said")

// signWhich26 is errSignWhich26 when the edit e, which edited nothing in
// the alinéas al of its place, is a lone sign replaced or deleted with no
// place of its own said and one alinéa holds it more than once; nil
// otherwise (the words are then not found).
func signWhich26(al []string, e Edit, only int) error {
	if e.Kind != EditReplaceWords && e.Kind != EditDeleteWords || !isSign(e.Old) {
		return nil
	}
	if only != 0 || len(e.Occurrences) > 0 || e.Times > 0 || e.every26 || e.Anchor != "" || e.Scope.Sentence != 0 {
		return nil
	}
	for _, s := range al {
		if countWords(e.Old, s) > 1 {
			return errSignWhich26
		}
	}
	return nil
}

// splitsAtWords26 reports whether new words nw, the sign "." alone,
// replace old words that end with a word (« et », « , puis »): the text
// after them begins a sentence and its first word takes a capital — "Le
// juge part et il revient." with « et » replaced by « . » reads "Le juge
// part. Il revient." (it gave "… part. il revient."), as a semicolon or
// a comma replaced by a period does (splitsSentences24).
func splitsAtWords26(old, nw string) bool {
	if strings.TrimSpace(nw) != "." {
		return false
	}
	o := strings.TrimRight(old, " \u00a0\u202f")
	r, _ := utf8.DecodeLastRuneInString(o)
	return o != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// reWordsThenEnd26 is quoted words replaced, then the end after them
// deleted, in one clause: "les mots : « A » sont remplacés par le signe
// : « . » et la fin de la phrase (de l'alinéa) est supprimée" (groups:
// the occurrences, the old words, the new words, the division after "la
// fin").
var reWordsThenEnd26 = mustRe(`(?:^|,\s*)` + wordTarget + `q(\d+)\s*,?\s*(?:est|sont)\s+remplace(?:e|s|es)?\s+par\s+` + wordKind + `q(\d+)\s*,?\s*et\s+la\s+fin\s+(.*?)\s*,?\s*(?:est|sont)\s+supprimee?s?\s*[.;]?\s*$`)

// wordsThenEnd26 reads "les mots : « A » sont remplacés par le signe :
// « . » et la fin de la phrase est supprimée" as "les mots : « A » et la
// fin de la phrase sont remplacés par le signe : « . »": from A, A
// included, to the end of the sentence (the alinéa, the division named)
// rewritten as the new words — what follows A goes, and A gives way to
// them (it was refused, "a part of the instruction not read after its
// word operations"). The new words must be the quotation right after A's
// and the last: reports whether the instruction was read so (or refused
// by rewrittenEnd).
func (p *parser) wordsThenEnd26(in *Instruction, low, caseSh string, quotes, payload []string, parent Scope) bool {
	m := reWordsThenEnd26.FindStringSubmatchIndex(low)
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(low[m[4]:m[5]])
	b, _ := strconv.Atoi(low[m[6]:m[7]])
	if b != a+1 || b != len(quotes)-1 {
		return false
	}
	e := endForm{start: m[0], div: [2]int{m[8], m[9]}, q: m[4:6], occ: m[2:4], rewritten: true, from: true}
	p.rewrittenEnd(in, e, low, caseSh, quotes, payload, parent)
	return true
}

// reEverySaid26 is every occurrence said of a sign, on a shaped, folded
// instruction: "à chaque occurrence", "partout (où il figure)", "chaque
// fois qu'il figure", "dans toutes ses occurrences", "toutes les
// occurrences du signe", "chaque occurrence du signe".
var reEverySaid26 = mustRe(`\ba\s+chaque\s+occurrence\b|\bpartout\b|\b(?:chaque|toutes\s+les)\s+fois\s+qu|\b(?:dans|a)\s+(?:toutes\s+)?(?:ses|leurs)\s+(?:differentes\s+)?occurrences\b|\b(?:toutes\s+les\s+occurrences|chaque\s+occurrence)\s+du\s+signe\b`)

// signsEvery26 marks the edits es of the instruction text as said of
// every occurrence (every26) when the text says so (reEverySaid26) and
// every edit replaces or deletes one same lone sign, with no count,
// occurrence nor anchor: "le signe : « , » est supprimé à chaque
// occurrence" on "Le juge statue, sans délai, sur la demande." deletes
// both (it was refused as a sign found twice, which one not said).
func signsEvery26(text string, es []Edit) {
	numbersEvery30(text, es) // words30
	if len(es) == 0 {
		return
	}
	sh, _ := shape(text)
	if !reEverySaid26.MatchString(asciiLower(foldAccents(sh))) {
		return
	}
	for _, e := range es {
		if e.Kind != EditReplaceWords && e.Kind != EditDeleteWords || !isSign(e.Old) || e.Old != es[0].Old {
			return
		}
		if e.Times != 0 || len(e.Occurrences) > 0 || e.Anchor != "" {
			return
		}
	}
	for i := range es {
		es[i].every26 = true
	}
}
