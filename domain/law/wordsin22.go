package law

import (
	"errors"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words (a sentence) named, then edited inside: "– les mots : « au
// premier alinéa » sont ainsi modifiés :" (", la phrase : « … » est
// ainsi modifiée :") then items "– le mot : « premier » est remplacé par
// le mot : « second » ;": the head is a context whose place is those
// words, found once in the head's place as the law stood before the
// group; each item edits the words as the items before it left them,
// and nothing outside. The group is one edit, the words named replaced
// by the words the items make ("au premier alinéa" by "au second
// alinéa"), once in the place (Edit.Times 1), held by the group's last
// item read (the items before it read, of no edit of their own:
// Context): applied whole or refused whole — words named twice or not
// at all refuse it when applied.

// errWordsItemOutside22: an item under words named whose words are not
// once in them (not there, or there twice with no occurrence said).
var errWordsItemOutside22 = errors.New("an edit under words named whose words are not found once in them")

// errWordsItemKind22: an item under words named that is no edit of
// words (a place of its own, an alinéa, a sentence), or words added at
// the end of a span ending with its punctuation.
var errWordsItemKind22 = errors.New("an item under words named that edits no words of them, or a place of its own")

// errWordsGroup22: an item of the group under words named was refused:
// the group's edits go with it (the words would stand half edited).
var errWordsGroup22 = errors.New("an item under the words named was refused: the group's edits are refused with it")

// errWordsNested22: words named under words named: the inner span's
// place in the outer one is not read.
var errWordsNested22 = errors.New("words named under words named: not read")

// wordsSpan22 is the state of a context naming words (frame.words22).
type wordsSpan22 struct {
	orig   string   // the words named
	cur    string   // the words as the items so far left them
	holder int      // the index of the item holding the group's edit, -1 none
	dash   bool     // the head is a dash: its dashes may be its siblings
	words  []string // the items' words (outside22), under a dash head
	fresh  bool     // the head itself is the instruction being read
	head   int      // the head's index among the article's instructions
	items  []int    // the items' indices read so far
	failed bool     // an item was refused: the group is
}

// reWordsHead22 is a head naming words or a sentence, its place before
// it, if any (groups: the place, the words).
var reWordsHead22 = mustRe(`^(?:([^«»":;]+?),\s+)?(?:[Ll]es\s+mots|[Ll]e\s+mot|[Ll]a\s+phrase)\s*:?\s*«\s*([^«»]+?)\s*»\s+(?:est|sont)\s+ainsi\s+modifi[ée]e?s?\s*:\s*$`)

// wordsHead22 reads body as a head naming words (reWordsHead22): its
// place is read as a deletion of those words would be ("<place>, les
// mots : « W » sont supprimés."), and a frame is pushed with that
// place, the words its span. It says whether it read body.
func (p *parser) wordsHead22(in *Instruction, level int, body string) bool {
	m := reWordsHead22.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return false
	}
	if n := len(p.stack); n > 0 && (p.stack[n-1].words22 != nil || len(p.stack[n-1].also) > 0 || p.stack[n-1].rangeTo != "") {
		if p.stack[n-1].words22 != nil {
			refuseTyped(in, errWordsNested22)
			p.stack = append(p.stack, frame{level: wordsLevel22(level), unread: true})
			return true
		}
		return false
	}
	synth := "Les mots : « " + m[2] + " » sont supprimés."
	if m[1] != "" {
		synth = m[1] + ", les mots : « " + m[2] + " » sont supprimés."
	}
	var tmp Instruction
	depth := len(p.stack)
	p.instructionBody(&tmp, level, synth, nil)
	p.stack = p.stack[:depth]
	if tmp.Status != Parsed || len(tmp.Edits) != 1 {
		return false
	}
	e := tmp.Edits[0]
	if e.Kind != EditDeleteWords || e.Old != m[2] || e.Anchor != "" || e.Through != "" || len(e.Occurrences) > 0 || e.Times != 0 || len(e.Beside) > 0 || e.Scope.Where != "" || e.Scope.SentencesToEnd || e.Scope.Everywhere || e.Scope.RangeTo != "" {
		return false
	}
	in.Status, in.Reason, in.refusal, in.Edits = Context, "", nil, nil
	p.stack = append(p.stack, frame{level: wordsLevel22(level), scope: e.Scope, words22: &wordsSpan22{orig: m[2], cur: m[2], holder: -1, fresh: true, dash: level == levelDash21}})
	return true
}

// wordsLevel22 is the level of the frame of a head naming words read at
// level: a dash's one level above the dash, so that the dashes after it
// are its items (an item of any higher level ends it).
func wordsLevel22(level int) int {
	if level == levelDash21 {
		return levelDash21 - 1
	}
	return level
}

// wordsItem22 reads in, the next instruction of the article (index
// len(out)), under a head naming words, and otherwise runs
// dashUnderDash21 (state, run: its state). The head itself goes through
// dashUnderDash21 (a dash head refused there refuses its items; the
// state it leaves refuses items of a higher level right after it); an
// item under it, through no other: its edits become the span's
// (composeWords22), a refusal refuses the group.
func (p *parser) wordsItem22(in *Instruction, out []Instruction, level int, body string, state, run int) (int, int) {
	k := len(p.stack) - 1
	for k >= 0 && p.stack[k].words22 == nil {
		k--
	}
	if k < 0 {
		return dashUnderDash21(in, level, body, state, run)
	}
	f := &p.stack[k]
	w := f.words22
	if w.fresh {
		w.fresh, w.head = false, len(out)
		state, run = dashUnderDash21(in, level, body, state, run)
		if in.Status != Context {
			f.words22, f.unread = nil, true
		}
		return state, run
	}
	w.items = append(w.items, len(out))
	if w.failed {
		refuseTyped(in, errWordsGroup22)
		return dashNone21, -1
	}
	if in.Status == Parsed && k == len(p.stack)-1 {
		err := composeWords22(in, f.scope, w)
		if err == nil {
			if w.holder >= 0 {
				// The edit moves to this item, the last read.
				h := &out[w.holder]
				h.Edits, h.Deferred = nil, nil
				if h.Status == Parsed {
					h.Status = Context
				}
			}
			w.holder = len(out)
			return dashNone21, -1
		}
		refuseTyped(in, err)
	} else if in.refusal == nil || in.Status != Unparsed {
		// A head of its own ("a) Le premier alinéa est ainsi modifié
		// :"), an item under one, or one refused untyped.
		refuseTyped(in, errWordsItemKind22)
	}
	w.failed = true
	in.Deferred = nil
	for _, i := range append([]int{w.head}, w.items[:len(w.items)-1]...) {
		refuseTyped(&out[i], errWordsGroup22)
		out[i].Deferred = nil
	}
	return dashNone21, -1
}

// composeWords22 applies in's edits, each an edit of words inside the
// span w in place scope, to the span, and makes in's edit the group's:
// the words named replaced by the span as it now stands, once in scope.
func composeWords22(in *Instruction, scope Scope, w *wordsSpan22) error {
	cur := w.cur
	for _, e := range in.Edits {
		if !reflect.DeepEqual(e.Scope, scope) || e.Through != "" || len(e.Beside) > 0 {
			return errWordsItemKind22
		}
		if w.dash && e.Kind == EditAppendWords {
			// At the end of the words, or of the place: not said.
			return errWordsItemKind22
		}
		next, err := spanEdit22(cur, e)
		if err != nil {
			return err
		}
		cur = next
		if w.dash {
			w.words = append(w.words, firstNonEmpty(e.Old, e.Anchor))
		}
	}
	w.cur = cur
	in.Edits = []Edit{{Kind: EditReplaceWords, Scope: scope, Old: w.orig, New: cur, Times: 1, outside22: w.words}}
	return nil
}

// errWordsOutsideSpan22: under a dash head naming words ("– les mots :
// « … » sont ainsi modifiés :"), dashes after it edit words that stand
// in the place outside the words named too: the dashes are the head's
// items (those words only) or its siblings (the words wherever they
// stand) — not said. Applied when both readings agree.
var errWordsOutsideSpan22 = errors.New("words of a dash after a dash naming words found outside those words too: its item or its sibling, not said")

// outsideSpan22 refuses e when a word of e.outside22 stands in the
// place's alinéas al more often than in the words named (e.Old).
func outsideSpan22(al []string, e Edit) error {
	for _, w := range e.outside22 {
		if countWords(w, al...) > countWords(w, e.Old) {
			return errWordsOutsideSpan22
		}
	}
	return nil
}

// spanEdit22 applies e, an edit of words, to the span: its words must be
// there once (as many times as it says, or at the occurrences it names).
// The span is edited between two neutral words (spanEdge22), as words
// inside a sentence: whether it begins or ends one is the law's text's
// to say when the edit is applied. A span beginning with a capital
// whose start an edit changes otherwise than by words with a capital
// replacing its first words is refused (errWordsSpanCapital22).
func spanEdit22(span string, e Edit) (string, error) {
	var s string
	switch e.Kind {
	case EditReplaceWords, EditDeleteWords, EditInsertWords:
		var n int
		s, n = wordEdit(spanEdge22+" "+span+" "+spanEdge22, e, 0)
		want := 1
		if e.Times > 0 {
			want = e.Times
		}
		if n == 0 || len(e.Occurrences) == 0 && n != want {
			return "", errWordsItemOutside22
		}
	case EditAppendWords:
		if strings.TrimSpace(e.New) == "" || strings.ContainsAny(span[len(span)-1:], ".;:,!?") {
			return "", errWordsItemKind22
		}
		s = spanEdge22 + " " + joinWords(span, strings.TrimSpace(e.New)) + " " + spanEdge22
	default:
		return "", errWordsItemKind22
	}
	inner, ok := strings.CutPrefix(s, spanEdge22+" ")
	inner, ok2 := strings.CutSuffix(inner, " "+spanEdge22)
	if !ok || !ok2 {
		return "", errWordsItemOutside22
	}
	s = inner
	if r, _ := utf8.DecodeRuneInString(span); unicode.IsUpper(r) && firstWord22(s) != firstWord22(span) {
		// Only the first words replaced by words with a capital.
		if r2, _ := utf8.DecodeRuneInString(e.New); e.Kind != EditReplaceWords || e.Anchor != "" || !strings.HasPrefix(span, e.Old) || !unicode.IsUpper(r2) {
			return "", errWordsSpanCapital22
		}
	}
	return s, nil
}

// firstWord22 is s up to its first space or apostrophe.
func firstWord22(s string) string {
	if i := strings.IndexAny(s, " '’\u00a0"); i >= 0 {
		return s[:i]
	}
	return s
}

// spanEdge22 is the neutral word put on each side of a span edited.
const spanEdge22 = "zzqspan"

// errWordsSpanCapital22: words named beginning with a capital ("« Au
// premier alinéa »", "« Conseil d'État »"), an item putting words
// before them ("Sauf urgence,", "le") or replacing their first words
// by words without a capital: whether the words begin a sentence (the
// new ones take the capital, the old lose it) or a name does is not
// said where the words are. Their first words replaced by words with a
// capital are as the law writes them ("Premier" by "Dernier").
var errWordsSpanCapital22 = errors.New("words put before words named that begin with a capital: a sentence's start or a name's, not said")
