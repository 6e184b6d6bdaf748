package law

import (
	"errors"
	"reflect"
	"strings"
)

// An amendment's words named, then edited inside: "À l'alinéa 1, les
// mots : « au premier jour » sont ainsi modifiés :" (the imperative
// "À l'alinéa 1, modifier ainsi les mots : « … » :") then numbered
// items or dashes, each an edit of words ("1° Le mot : « premier » est
// remplacé par le mot : « dernier » ;", "2° Après le mot : « jour »,
// insérer le mot : « ouvrable »."): as a bill's (wordsin22.go), each
// item edits the words as the items before it left them, and nothing
// outside; the group is one edit, the words named replaced once in the
// head's place by the words the items make (Edit.Times 1): applied
// whole or refused whole.

// errAmWordsGroup23: an amendment's group under words named that is
// not read whole (an item refused, no edit of those words, not found
// once in them, a line that is no item): the group is refused.
var errAmWordsGroup23 = errors.New("an amendment's item under words named is not an edit found once in those words: the group is refused")

// reAmWordsHead23 is an amendment's head naming words or a sentence to
// be edited by the items under it, its place before it if any (groups:
// the place, the words of the indicative; the place, the words of the
// imperative).
var reAmWordsHead23 = mustRe(`^(?:(?:([^«»":;]+?),\s+)?(?:[Ll]es\s+mots|[Ll]e\s+mot|[Ll]a\s+phrase)\s*:?\s*«\s*([^«»]+?)\s*»\s+(?:est|sont)\s+ainsi\s+modifi[ée]e?s?|(?:([^«»":;]+?),\s+)?[Mm]odifier\s+ainsi\s+(?:les\s+mots|le\s+mot|la\s+phrase)\s*:?\s*«\s*([^«»]+?)\s*»)\s*:\s*$`)

// reAmWordsItem23 is an item's mark: "1°", "2° bis", "a)", a dash
// (groups: the mark, the body).
var reAmWordsItem23 = mustRe(`^(\d+°(?:\s*(?:bis|ter|quater))?|[a-z]\)|[-–—])\s*(\S.*)$`)

// reAmWordsThese23 is the words named, in an item completing them: "ces
// mots", "ce mot", "cette phrase".
var reAmWordsThese23 = mustRe(`(?i)\b(?:ces\s+mots|ce\s+mot|cette\s+phrase)\b`)

// amWordsItemPlace23 is the place an item is read in.
const amWordsItemPlace23 = "À l'alinéa 1, "

// amWordsGroup23 reads in as a head naming words and its items
// (reAmWordsHead23). handled says whether its head is one; ok whether
// the group is read (its one edit in es).
func amWordsGroup23(ref CodeRef, in amInstr, prev []Edit) (es []Edit, handled, ok bool) {
	m := reAmWordsHead23.FindStringSubmatch(strings.TrimSpace(in.head))
	if m == nil {
		return nil, false, false
	}
	place, words := m[1], m[2]
	if m[4] != "" {
		place, words = m[3], m[4]
	}
	if len(in.payload) == 0 {
		return nil, true, false
	}
	// The place, as a deletion of the words would read it.
	synth := "Supprimer les mots : « " + words + " »."
	if place != "" {
		synth = place + ", supprimer les mots : « " + words + " »."
	}
	head, ok := parseAmInstr(ref, amInstr{head: synth}, prev)
	if !ok || len(head) != 1 {
		return nil, true, false
	}
	e := head[0]
	if e.Kind != EditDeleteWords || e.Old != words || e.Anchor != "" || e.Through != "" || len(e.Occurrences) > 0 || e.Times != 0 || len(e.Beside) > 0 || e.Scope.Where != "" || e.Scope.SentencesToEnd || e.Scope.Everywhere || e.Scope.RangeTo != "" {
		return nil, true, false
	}
	// An item is read after a place of no other words ("À l'alinéa 1,
	// "), as the indicative is read only after one: its edits must be in
	// that place, naming none of their own.
	bare, ok := parseAmInstr(ref, amInstr{head: amWordsItemPlace23 + "supprimer les mots : « " + words + " »."}, prev)
	if !ok || len(bare) != 1 {
		return nil, true, false
	}
	w := &wordsSpan22{orig: words, cur: words, holder: -1}
	kind := ""
	for _, line := range in.payload {
		im := reAmWordsItem23.FindStringSubmatch(strings.TrimSpace(line))
		if im == nil {
			return nil, true, false
		}
		// Items of one kind: "1°" under "1°", a dash under a dash.
		k := im[1]
		switch {
		case strings.Contains(k, "°"):
			k = "°"
		case strings.HasSuffix(k, ")"):
			k = ")"
		default:
			k = "-"
		}
		if kind != "" && k != kind {
			return nil, true, false
		}
		kind = k
		body := strings.TrimSpace(im[2])
		if b, cut := strings.CutSuffix(body, ";"); cut {
			body = strings.TrimSpace(b) + "."
		}
		items, ok := parseAmInstr(ref, amInstr{head: amWordsItemPlace23 + lowerFirst(body)}, prev)
		if !ok || len(items) == 0 {
			return nil, true, false
		}
		cur := w.cur
		for _, ie := range items {
			if !reflect.DeepEqual(ie.Scope, bare[0].Scope) || ie.Through != "" || len(ie.Beside) > 0 {
				return nil, true, false
			}
			if ie.Kind == EditAppendWords && !reAmWordsThese23.MatchString(body) {
				// "Compléter cet alinéa par …": the alinéa's end, not
				// the words'.
				return nil, true, false
			}
			next, err := spanEdit22(cur, ie)
			if err != nil {
				return nil, true, false
			}
			cur = next
		}
		w.cur = cur
	}
	if w.cur == w.orig {
		return nil, true, false
	}
	return []Edit{{Kind: EditReplaceWords, Scope: e.Scope, Old: w.orig, New: w.cur, Times: 1}}, true, true
}

// amWordsItemLine23 says whether l is an item of the head naming words
// last read (reAmWordsHead23): its lines are its items, marks kept,
// whatever their verb (the imperative's "1° Substituer …" was read as
// an instruction of its own, the words' place lost).
func amWordsItemLine23(out []amInstr, l string) bool {
	if len(out) == 0 || !reAmWordsHead23.MatchString(strings.TrimSpace(out[len(out)-1].head)) || isQuoted(l) || siblingOfHead24(out[len(out)-1], l) {
		return false
	}
	for _, p := range out[len(out)-1].payload {
		if !reAmWordsItem23.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return reAmWordsItem23.MatchString(strings.TrimSpace(l))
}

// amWordsReason23 is the reason an instruction not read is refused when
// its head names words edited by the items under it (errAmWordsGroup23):
// the prefix of its Unparsed line ("" otherwise).
func amWordsReason23(head string) string {
	if reAmWordsHead23.MatchString(strings.TrimSpace(head)) {
		return "(" + errAmWordsGroup23.Error() + ") "
	}
	return ""
}

// reAmAlineaModified23 is an amendment's alinéas named as a bill's
// context, then items: "L'alinéa 3 est ainsi modifié :", "Les alinéas 3
// et 4 sont ainsi modifiés :", the imperative "Modifier ainsi l'alinéa 3
// :" (groups: the part number, the alinéas of the indicative, of the
// imperative).
var reAmAlineaModified23 = mustRe(`(?i)^((?:[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?)(?:En\s+conséquence\s*,\s*)?(?:(?:l['’]\s*|les\s+)(alin[ée]as?\s+\d+(?:er)?(?:\s*(?:,\s*et|,|et|à)\s*\d+)*)\s+(?:est|sont)\s+ainsi\s+modifi[ée]s?|modifier\s+ainsi\s+(?:l['’]\s*|les\s+)(alin[ée]as?\s+\d+(?:er)?(?:\s*(?:,\s*et|,|et|à)\s*\d+)*))\s*:$`)

// amAlineaModified23 writes l, alinéas named as a context
// (reAmAlineaModified23), as the locator "À l'alinéa 3 :" ("Aux
// alinéas 3 et 4 :") the items after it take as their place (they were
// refused); any other line is returned as it is.
func amAlineaModified23(l string) string {
	m := reAmAlineaModified23.FindStringSubmatch(l)
	if m == nil {
		return l
	}
	al := m[2] + m[3]
	if strings.HasPrefix(strings.ToLower(al), "alinéas") || strings.HasPrefix(strings.ToLower(al), "alineas") {
		return m[1] + "Aux " + al + " :"
	}
	return m[1] + "À l'" + al + " :"
}
