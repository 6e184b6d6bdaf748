package law

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// errRelabelCycle22: items of one list relabelled in one instruction so
// that their labels go round — "le 1° devient le 2° et le 2° devient le
// 1°", "les 1° et 2° deviennent respectivement les 2° et 1°" — exchange
// their labels: whether their texts change place too (the list read in
// order) is not said. Refused (each relabelling was refused at apply, the
// other label there already).
var errRelabelCycle22 = errors.New("items relabelled in a cycle (a swap): whether their texts change place is not said")

// errLabelInForce22: an item relabelled onto a label an item of the same
// list still bears, not freed before it by the same instruction ("Le 2°
// devient le 3°" where a 3° is in force): the list would hold two 3°.
var errLabelInForce22 = errors.New("an item relabelled onto a label another item of its list still bears")

// labelInForce22 is errLabelInForce22 with its text.
func labelInForce22(text string) error { return reasonOf(errLabelInForce22, text) }

// relabelKey22 is an item relabelled's list (its article and the parts
// above it) and a label of that list, as compared.
func relabelKey22(e Edit, label string) string {
	n := len(e.Scope.Path)
	var b strings.Builder
	b.WriteString(e.Scope.Ref.Code + "\x00" + string(e.Scope.Ref.Article))
	for _, d := range e.Scope.Path[:n-1] {
		b.WriteString("\x00" + itemKey(d.Item) + "/" + strconv.Itoa(d.Alinea))
	}
	return b.String() + "\x00" + itemKey(label)
}

// relabelFrom22 and relabelTo22 are an item relabelled's key
// (relabelKey22) by its label and by its new one.
func relabelFrom22(e Edit) string { return relabelKey22(e, e.Scope.Path[len(e.Scope.Path)-1].Item) }
func relabelTo22(e Edit) string   { return relabelKey22(e, itemName(e.New)) }

// orderRelabels22 puts the relabellings of items of one instruction in
// the order that frees each label before it is given: "le 4° devient le
// 2° et le 2° devient le 5°" as the 2° first (read as written, the 4°
// was refused: a 2° there still), whatever the order of the clauses. The
// other edits keep their places; the relabellings keep theirs among them
// when nothing needs to go first. Labels that go round (a swap, a cycle)
// are refused: errRelabelCycle22.
func orderRelabels22(edits []Edit) ([]Edit, error) {
	var at []int
	for i, e := range edits {
		if itemRelabel(e) {
			at = append(at, i)
		}
	}
	if len(at) < 2 {
		return edits, nil
	}
	pending := make([]Edit, len(at))
	for k, i := range at {
		pending[k] = edits[i]
	}
	ordered, ok := freeFirst22(pending, relabelFrom22, relabelTo22)
	if !ok {
		return nil, errRelabelCycle22
	}
	out := slices.Clone(edits)
	for k, i := range at {
		out[i] = ordered[k]
	}
	return out, nil
}

// orderRenumberings22 orders renumberings of articles so that no article
// is given a number another of the list still bears ("L. 2 et L. 3
// deviennent L. 3 et L. 4": L. 3 first); ok is false for a cycle.
func orderRenumberings22(pending []Edit) ([]Edit, bool) {
	return freeFirst22(pending, func(e Edit) CodeRef { return e.Scope.Ref }, func(e Edit) CodeRef { return e.To })
}

// freeFirst22 orders pending so that none is given a target (to) another
// still pending bears (from): each name freed before it is given, the
// first free in the order written first; ok is false when names go
// round (a swap, a cycle).
func freeFirst22[K comparable](pending []Edit, from, to func(Edit) K) ([]Edit, bool) {
	pending = slices.Clone(pending)
	var ordered []Edit
	for len(pending) > 0 {
		next := -1
		for i, e := range pending {
			t, free := to(e), true
			for j, o := range pending {
				if j != i && from(o) == t {
					free = false
					break
				}
			}
			if free {
				next = i
				break
			}
		}
		if next < 0 {
			return nil, false
		}
		ordered = append(ordered, pending[next])
		pending = slices.Delete(pending, next, next+1)
	}
	return ordered, true
}

// rangeOntoList22 reads a range of articles renumbered onto a list of
// numbers — "Les articles L. 3 à L. 4 deviennent respectivement les
// articles L. 6 et L. 7" — as the range's articles, by their last number
// (L. 3, L. 4), each the number of the same rank in the list (it was
// refused: the range counted as one). The range's ends must be of one
// series ("L. 3 à L. 4", "L. 331-3 à L. 331-5") and hold as many numbers
// as the list; an article in force inside the range but not of it (an L.
// 3-1) is refused at apply, as for a range onto a range (rangesLeftOut).
func rangeOntoList22(s Scope, headings []string) ([]Edit, string) {
	base, lo, ok1 := splitLast(s.Ref.Article)
	base2, hi, ok2 := splitLast(s.RangeTo)
	if !ok1 || !ok2 || base != base2 || hi <= lo || hi-lo > 100 {
		return nil, "renumbering a range of articles onto a list: the range's ends are not numbers of one series"
	}
	if hi-lo+1 != len(headings) {
		return nil, "renumbering a list of articles: the lists do not count alike"
	}
	pending := make([]Edit, len(headings))
	for k, h := range headings {
		src := Scope{Ref: CodeRef{Code: s.Ref.Code, Article: ArticleKey(base + strconv.Itoa(lo+k))}}
		pending[k] = Edit{Kind: EditRenumber, Scope: src, To: CodeRef{Code: s.Ref.Code, Article: ArticleKey(h)}, ToHeading: h, FromRange: [2]string{s.Ref.Article, s.RangeTo}}
	}
	edits, ok := orderRenumberings22(pending)
	if !ok {
		return nil, "renumbering a list of articles: the numbers go round in a cycle"
	}
	return edits, ""
}

// rangeAsList22 writes a range of article numbers a list of articles is
// renumbered onto — "les articles L. 6 à L. 8" (reRenumArticles's match
// am in targetCased) — as the list it names, "L. 6, L. 7 et L. 8": the
// numbers of one series between its ends, as a range onto a range reads
// them. ok is false when the ends are not of one series or one prefix.
func rangeAsList22(targetCased string, am []int) (string, bool) {
	group := func(i int) string {
		if am[2*i] < 0 {
			return ""
		}
		return targetCased[am[2*i]:am[2*i+1]]
	}
	prefix, prefix2 := group(1), group(3)
	if prefix2 != "" && asciiLower(strings.ReplaceAll(strings.ReplaceAll(prefix2, ".", ""), " ", "")) != asciiLower(strings.ReplaceAll(strings.ReplaceAll(prefix, ".", ""), " ", "")) {
		return "", false
	}
	base, lo, ok1 := splitLast(group(2))
	base2, hi, ok2 := splitLast(group(4))
	if !ok1 || !ok2 || base != base2 || hi <= lo || hi-lo > 100 {
		return "", false
	}
	var nums []string
	for n := lo; n <= hi; n++ {
		nums = append(nums, prefix+base+strconv.Itoa(n))
	}
	return strings.Join(nums[:len(nums)-1], ", ") + " et " + nums[len(nums)-1], true
}

// reWordsThenRelabel22 is words edited in a place, then items relabelled
// in a last clause of their own: "Au 2°, le mot : « A » est remplacé par
// le mot : « B » et le 2° devient le 3°", "…, les mots : « A » sont
// supprimés ; le 3° devient le 4°" (groups: the edit, the relabelling).
var reWordsThenRelabel22 = mustRe(`^(.*(?:»|\bsupprimée?s?))\s*(?:,?\s+et|;)\s+((?:(?:[Ll]es?|[Ll]a)\s+[^«»"“”,;:]*?|[Ii]l)\s+devien(?:t|nent)\s+[^«»"“”,;:]*?)\s*[.;]?\s*$`)

// reRelabelSubject22 splits the relabelling of reWordsThenRelabel22
// (groups: the items, the new labels).
var reRelabelSubject22 = mustRe(`^(.+?)\s+devien(?:t|nent)\s+(.+)$`)

// wordsThenRelabel22 reads words edited in a place and items relabelled
// after, in one sentence — "À l'article L. 1, au 2°, le mot : « A » est
// remplacé par le mot : « B » et le 2° devient le 3°" — as two clauses in
// the text's order: the words in the 2° as it stands, then the 2°
// relabelled (it was refused: "renumbering after another verb"). The
// second clause names items by their labels alone (no article, no
// code), in the part that holds the first's place ("Au a du 2°, … et le
// a devient le b": the a of the 2°) — or a pronoun, the head's place,
// several relabellings (relabelTail23).
func wordsThenRelabel22(body string) (head, tail string, ok bool) {
	m := reWordsThenRelabel22.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil || !strings.Contains(m[1], "«") {
		return "", "", false
	}
	head, tail = strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	if strings.Count(head, "«") != strings.Count(head, "»") || strings.Contains(asciiLower(foldAccents(shapeOnly(head))), "devien") {
		return "", "", false
	}
	tail, ok = relabelTail23(head, tail)
	return head, upperFirst(tail), ok
}

// moreRenumLocators22 reads the locators after the first before a
// renumbering, "À l'article L. 1, au 2°, les a et b deviennent
// respectivement les b et c", as "Au 2° de l'article L. 1, …": each
// within the one before (it was refused: "au 2°, les a" read as the
// clause's subject, a renumbering into a division). A locator that does
// not name one place is left to the clause (as before).
func (p *parser) moreRenumLocators22(trim, casedTrim string, parent Scope) (string, string, Scope) {
	for {
		m := reRenumLocator.FindStringSubmatchIndex(trim)
		if m == nil || !reRenumber.MatchString(trim[m[1]:]) {
			return trim, casedTrim, parent
		}
		scopes, ok, _ := p.scopes(trim[:m[3]], casedTrim[:m[3]], parent)
		if !ok || len(scopes) != 1 || scopes[0].RangeTo != "" || scopes[0].Ref != parent.Ref || len(scopes[0].Path) <= len(parent.Path) {
			return trim, casedTrim, parent
		}
		parent = scopes[0]
		trim, casedTrim = trim[m[1]:], casedTrim[m[1]:]
	}
}
