package law

import (
	"fmt"
	"strings"
)

// groupBounds gives the sentences of al[i] as the bill article found
// them: each sentence of the alinéa it stood as, found again in order in
// the alinéa now (a sentence inserted by an earlier edit of the group
// does not shift the count). A sentence an earlier edit deleted keeps its
// rank, its bounds {-1, -1} (sentenceIndex refuses it): "1° La première
// phrase est supprimée ; 2° À la troisième phrase, …" is the third as the
// alinéa stood. When what became of a sentence is not known (some
// sentences were rewritten, more of them now), its bounds are {-2, -2},
// refused too (alignedBounds); fewer of them now, and without a group,
// the sentences of the alinéa now.
func groupBounds(al []string, i int, g *groupState) [][2]int {
	b := sentenceBounds(al[i])
	if g == nil || len(g.tags) != len(al) || g.tags[i] == 0 || g.orig[g.tags[i]-1] == al[i] {
		return b
	}
	orig := g.orig[g.tags[i]-1]
	ob := sentenceBounds(orig)
	var out [][2]int
	from := 0
	for _, o := range ob {
		sent := strings.TrimSpace(orig[o[0]:o[1]])
		k := strings.Index(al[i][from:], sent)
		if sent == "" || k < 0 {
			return alignedBounds(orig, ob, al[i], b)
		}
		out = append(out, [2]int{from + k, from + k + len(sent)})
		from += k + len(sent)
	}
	return out
}

// alignedBounds maps the sentences of orig (bounds ob) onto those of now
// (bounds b): a sentence found as it was is that one; between two found,
// as many sentences as before are the same ones rewritten, none means
// they were deleted ({-1, -1}), and sentences that only now has were
// inserted. More sentences than before between two found: what became of
// each is not known, {-2, -2} (refused as a target, still there for "the
// last"); fewer: b, the sentences of now.
func alignedBounds(orig string, ob [][2]int, now string, b [][2]int) [][2]int {
	text := func(s string, x [2]int) string { return strings.TrimSpace(s[x[0]:x[1]]) }
	match := make([]int, len(ob))
	q := 0
	for j, o := range ob {
		match[j] = -1
		for k := q; k < len(b); k++ {
			if text(now, b[k]) == text(orig, o) {
				match[j], q = k, k+1
				break
			}
		}
	}
	out := make([][2]int, len(ob))
	for j, prev := 0, -1; j < len(ob); {
		if match[j] >= 0 {
			out[j], prev = b[match[j]], match[j]
			j++
			continue
		}
		// The run of sentences not found, and the sentences of now
		// between the found ones around it.
		e := j
		for e < len(ob) && match[e] < 0 {
			e++
		}
		next := len(b)
		if e < len(ob) {
			next = match[e]
		}
		switch gap := next - prev - 1; gap {
		case 0:
			for k := j; k < e; k++ {
				out[k] = [2]int{-1, -1}
			}
		case e - j:
			for k := j; k < e; k++ {
				out[k] = b[prev+1+k-j]
			}
		default:
			if gap < e-j {
				// Fewer than before, some rewritten: which went is
				// not known; the sentences of now (as before).
				return b
			}
			// More than before: rewritten into more, or rewritten
			// and added to: which sentence of now each became is not
			// known ({-2, -2}, refused as a target); the sentences
			// found around them keep their ranks (counting on the
			// alinéa now put "Après la troisième phrase" after a
			// sentence an earlier item inserted —
			// TestGenLaw2CountAcrossRewrite).
			for k := j; k < e; k++ {
				out[k] = [2]int{-2, -2}
			}
		}
		j = e
	}
	return out
}

// groupState is a code article as the bill article being applied found
// it: orig, and for each alinéa of the article now its 1-based position
// in orig (0 for one added since).
type groupState struct {
	orig []string
	tags []int
	// whole says an edit of the group rewrote the whole article: an
	// alinéa counted by position after it is refused.
	whole bool
	// insertedAfter holds the ranks k (as found) of the alinéas after
	// which an edit of the group inserted alinéas, between the k-th and
	// the next ("Après le k-ième alinéa", "Avant le (k+1)-ième
	// alinéa"; 0 before the first): alinéas inserted after the k-th
	// later are refused, their order against those not being said.
	insertedAfter map[int]bool
	// wordsAfter holds the places (scope, anchor, occurrences) after
	// whose words an edit of the group inserted words: words inserted
	// after the same later are refused, as alinéas (insertedAfter).
	wordsAfter map[string]bool
}

// wordsAfterKey is the place of words inserted after an anchor.
func wordsAfterKey(e Edit) string {
	return fmt.Sprintf("%v|%d|%v|%q|%v|%d", e.Scope.Path, e.Scope.Sentence, e.Scope.Where, e.Anchor, e.Occurrences, e.Times)
}

// markInserted records in g that e, applied, inserted alinéas between
// two alinéas the group found (groupState.insertedAfter): e inserts
// alinéas at a place counted by position.
func markInserted(g *groupState, e Edit) {
	if g == nil || e.Kind != EditInsertAlineas || e.Scope.Sentence != 0 {
		return
	}
	n := len(e.Scope.Path)
	if n == 0 || e.Scope.Path[n-1].Item != "" || e.Scope.Path[n-1].Alinea == 0 || e.Scope.Path[n-1].Numbered {
		return
	}
	olo, ohi, _, err := resolve(g.orig, e.Scope.Path)
	if err != nil {
		return
	}
	if g.insertedAfter == nil {
		g.insertedAfter = map[int]bool{}
	}
	if e.Before {
		g.insertedAfter[olo] = true
	} else {
		g.insertedAfter[ohi] = true
	}
}

// newGroup begins the group of an article as the bill article finds it
// (alinéas al): each alinéa tagged with its rank.
func newGroup(al []string) *groupState {
	g := &groupState{orig: append([]string(nil), al...), tags: make([]int, len(al))}
	for k := range g.tags {
		g.tags[k] = k + 1
	}
	return g
}

// groupOf is the group of article r in groups, begun on its alinéas al
// when it has none or its tags no longer fit them.
func groupOf(groups map[CodeRef]*groupState, r CodeRef, al []string) *groupState {
	g := groups[r]
	if g == nil || len(g.tags) != len(al) {
		g = newGroup(al)
		groups[r] = g
	}
	return g
}

// carryGroup carries the group st of article r over an edit that found
// its alinéas before: retagged on the article as it is now, forgotten
// when the article is gone.
func carryGroup(c Corpus, groups map[CodeRef]*groupState, r CodeRef, st *groupState, before []string) {
	if a, ok := c[r]; ok {
		st.tags = retag(before, a.Alineas, st.tags)
	} else {
		delete(groups, r)
	}
}

// resolveInGroup resolves e's path on the article as the bill article
// found it when the path counts alinéas by position, and maps the result
// onto the article as it is now; an alinéa an earlier edit of the group
// deleted or rewrote is refused. Paths of items only (labels) and
// articles without a group resolve on the text as it is.
func resolveInGroup(al []string, e Edit, g *groupState) (int, int, string, error) {
	counted := false
	for _, d := range e.Scope.Path {
		if d.Item == "" && d.Alinea != 0 && !d.Numbered {
			counted = true
		}
	}
	if g != nil && counted && g.whole {
		// "1° L'article L. 1 est ainsi rédigé : … 2° Au dernier alinéa
		// de l'article L. 1, …": the article as the bill article found
		// it or as rewritten is not said (it was the alinéa of the same
		// tag, or refused as the count went: TestGenArtsCountedAfterAWholeRewrite).
		return 0, 0, "", applyKind26(errApplyEarlierEdit26, "an alinéa counted by position in an article the bill article rewrote whole")
	}
	if g == nil || !counted || len(g.tags) != len(al) {
		return resolve(al, e.Scope.Path)
	}
	olo, ohi, lab, err := resolve(g.orig, e.Scope.Path)
	if err != nil {
		return resolve(al, e.Scope.Path)
	}
	first, last, n := -1, -1, 0
	for i, t := range g.tags {
		if t-1 >= olo && t-1 < ohi {
			if first < 0 {
				first = i
			}
			last, n = i, n+1
		}
	}
	if first < 0 || n != ohi-olo {
		return 0, 0, "", applyKind26(errApplyEarlierEdit26, fmt.Sprintf("alinéas %d to %d as the article stood changed by an earlier edit", olo+1, ohi))
	}
	hi := last + 1
	if e.Kind == EditInsertAlineas && !e.Before && g.insertedAfter[ohi] {
		// "a) Après le premier alinéa, il est inséré « X » ; b) Après le
		// premier alinéa, il est inséré « Y »": both go after the first
		// alinéa as the group found it, where an earlier edit put
		// alinéas; before them (each right after the alinéa named) or
		// after them (in the order of the text) is not said. (Alinéas
		// that replaced the one named are its own: after them.)
		return 0, 0, "", applyKind26(errApplyEarlierEdit26, fmt.Sprintf("alinéas inserted after alinéa %d as the article stood, where an earlier edit of the group inserted alinéas: their order is not said", ohi))
	}
	if e.Kind == EditAppendAlineas || e.Kind == EditInsertAlineas && !e.Before {
		// After what earlier edits of the group added at its end.
		for hi < len(al) && g.tags[hi] == 0 {
			hi++
		}
	}
	return first, hi, lab, nil
}
