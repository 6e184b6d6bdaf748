package law

import (
	"reflect"
	"strings"
)

// wordsWithin reports whether words w may be found in s by any of the
// ways the edits find words: as written or in a variant (findWords), with
// their spaces of another kind or loosely typed (looseWords), in another
// case. It says more than the edits find, never less.
func wordsWithin(s, w string) bool {
	if w == "" || s == "" {
		return false
	}
	if findWords(s, w) != nil || looseWords(s, w) != nil {
		return true
	}
	ls, lw := strings.ToLower(spaceKinds.Replace(s)), strings.ToLower(spaceKinds.Replace(w))
	return findWords(ls, lw) != nil || looseWords(ls, lw) != nil
}

// simultaneousOrder orders word replacements an instruction makes
// together — "les taux : « 5 % » et « 10 % » sont remplacés
// respectivement par les taux : « 10 % » et « 15 % »", each reading the
// text before the instruction — so that applied in turn they give what
// they give at once: one whose old words are among another's new words
// goes before it (the 10 % became 15 % first, then the 5 % became 10 %;
// in the order written, the new 10 % became 15 % as well). Edits of
// different places ("aux premier et second alinéas") are ordered each
// among those of its place, at the places they held. Refused (false)
// when no order does it (a swap, "« 5 % » et « 10 % » … par « 10 % » et
// « 5 % »"), when an edit is not a replacement of words found anywhere
// in its place (an anchor, a rank, a range), or, the order changed, when
// the old words of two overlap (the one put first would cut the other's).
func simultaneousOrder(es []Edit) ([]Edit, bool) {
	out := make([]Edit, len(es))
	placed := make([]bool, len(es))
	for k := range es {
		if placed[k] {
			continue
		}
		var at []int
		for j := k; j < len(es); j++ {
			if !placed[j] && reflect.DeepEqual(es[j].Scope, es[k].Scope) {
				at = append(at, j)
				placed[j] = true
			}
		}
		group := make([]Edit, len(at))
		for g, j := range at {
			group[g] = es[j]
		}
		group, ok := orderedAtOnce(group)
		if !ok {
			return nil, false
		}
		for g, j := range at {
			out[j] = group[g]
		}
	}
	return out, true
}

// orderedAtOnce is simultaneousOrder for the edits of one place.
func orderedAtOnce(es []Edit) ([]Edit, bool) {
	for _, e := range es {
		if e.Kind != EditReplaceWords || e.Old == "" || e.Anchor != "" || e.Through != "" || len(e.Lines) > 0 || len(e.Occurrences) > 0 {
			return nil, false
		}
	}
	// first[j][i]: edit j must be applied before edit i, its old words
	// among i's new ones.
	n := len(es)
	first := make([][]bool, n)
	for j := range es {
		first[j] = make([]bool, n)
		for i := range es {
			first[j][i] = i != j && wordsWithin(es[i].New, es[j].Old)
		}
	}
	var order []int
	done := make([]bool, n)
	for len(order) < n {
		next := -1
		for i := 0; i < n && next < 0; i++ {
			if done[i] {
				continue
			}
			free := true
			for j := range es {
				if !done[j] && first[j][i] {
					free = false
					break
				}
			}
			if free {
				next = i
			}
		}
		if next < 0 {
			return nil, false
		}
		done[next] = true
		order = append(order, next)
	}
	out := make([]Edit, n)
	moved := false
	for k, i := range order {
		out[k] = es[i]
		moved = moved || i != k
	}
	if !moved {
		return out, true
	}
	for i := range es {
		for j := range es {
			if i != j && wordsWithin(es[i].Old, es[j].Old) {
				return nil, false
			}
		}
	}
	return out, true
}

// numberedListed is what stands before a number that numbers an alinéa
// ("l'alinéa 3", as amendments name them) or an article or an alinéa
// after others ("les articles 2 et 3", "aux alinéas 2, 3 ou 4", "des
// articles 1er à 3"), a part of designatedBefore: "le nombre : « 3 »" is
// not that 3 (it became "l'alinéa 4").
const numberedListed = `\balin[ée]as?\s+|\b(?:articles|alin[ée]as)\s+\d+(?:er)?(?:\s*,\s*\d+(?:er)?)*(?:\s*,|\s+(?:et|ou|à))\s+`
