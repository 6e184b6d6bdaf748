package law

import (
	"fmt"
	"strings"
	"unicode"
)

// tabledPlace gives, for the alinéas lo..hi of al (tags: the number as
// tabled of each, 0 for one inserted since), the same place as tabled:
// the tabled alinéas they stand for, each once. With skipNew, an alinéa
// inserted since is left out; otherwise ok is false when the place holds
// one (text the amendment was not drafted on) or the tags do not fit.
func tabledPlace(tabled []string, tags []int, lo, hi int, skipNew bool) ([]string, bool) {
	var out []string
	seen := map[int]bool{}
	for i := lo; i < hi; i++ {
		if i >= len(tags) {
			return nil, false
		}
		t := tags[i]
		if t == 0 && skipNew {
			continue
		}
		if t <= 0 || t > len(tabled) {
			return nil, false
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, tabled[t-1])
		}
	}
	return out, len(out) > 0
}

// rankedWordsMoved refuses a word edit naming an occurrence by its rank
// ("la première occurrence du mot : « A »", "la dernière", "après la
// seconde occurrence du mot : …") when its place now holds the words
// another number of times than as tabled (tags: the number as tabled of
// each alinéa of al): an amendment adopted before it, or an earlier part
// of the same amendment, deleted or replaced an occurrence (more of them
// is wordsBeyondTabled's), and the rank, counted on the text as tabled,
// no longer names the same one — the first deleted, "la première
// occurrence" was the tabled second (it was edited there). A rank in a
// sentence named is counted in that sentence, as tabled and as found.
func rankedWordsMoved(tabled []string, tags []int, al []string, e Edit) error {
	if len(e.Occurrences) == 0 || len(tags) != len(al) {
		return nil
	}
	switch e.Kind {
	case EditReplaceWords, EditDeleteWords, EditInsertWords, EditRewriteEnd:
	default:
		return nil
	}
	w := e.Old
	if e.Anchor != "" {
		w = e.Anchor
	}
	if w == "" {
		return nil
	}
	lo, hi, ok := pathSpan(al, e.Scope.Path)
	if !ok || hi <= lo {
		return nil
	}
	now := al[lo:hi]
	then, ok := tabledPlace(tabled, tags, lo, hi, true)
	if !ok {
		return nil
	}
	if len(e.Scope.Path) == 0 {
		// The whole article: as tabled, every alinéa, those deleted
		// since included.
		then = tabled
	}
	if n := e.Scope.Sentence; n != 0 {
		sn, st, ok := sentenceAsTabled(tabled, tags, al, lo, hi, e.Scope)
		if !ok {
			return nil
		}
		now, then = []string{sn}, []string{st}
	}
	if c, t := countWords(w, now...), countWords(w, then...); t > 0 && c != t {
		return applyKind26(errApplyTabledSince26, fmt.Sprintf("words %q found %d times, %d in that place as tabled: the occurrence named by its rank, counted as tabled, is not said", w, c, t))
	}
	return nil
}

// sentenceAsTabled gives the sentence sc names in the alinéas lo..hi of
// al, as found (its rank counted as tabled, groupBounds) and as tabled;
// ok is false when either is not found, the alinéa was inserted since,
// or sc names a run of sentences.
func sentenceAsTabled(tabled []string, tags []int, al []string, lo, hi int, sc Scope) (now, then string, ok bool) {
	n := sc.Sentence
	if n == 0 || sc.SentencesToEnd || sc.SentencesButLast != 0 {
		return "", "", false
	}
	i := pickSentenceAlinea(lo, hi, n)
	if i < 0 || i >= len(al) || tags[i] <= 0 || tags[i] > len(tabled) {
		return "", "", false
	}
	plain := make([]int, len(tags))
	for k, t := range tags {
		plain[k] = max(t, 0)
	}
	b := groupBounds(al, i, &groupState{orig: tabled, tags: plain})
	k, err := sentenceIndex(b, n)
	if err != nil {
		return "", "", false
	}
	orig := tabled[tags[i]-1]
	ob := sentenceBounds(orig)
	j, err := sentenceIndex(ob, n)
	if err != nil {
		return "", "", false
	}
	return al[i][b[k][0]:b[k][1]], orig[ob[j][0]:ob[j][1]], true
}

// alineaEndMoved refuses an edit at the end of an alinéa ("Compléter
// l'alinéa 3 par les mots : « A »", "Après le mot : « A », la fin de
// l'alinéa 3 est ainsi rédigée : …", "supprimer la fin de l'alinéa
// après le mot : …") when text was added at that end since it was
// tabled: an amendment adopted before it (or an earlier part of the same
// one) completed the alinéa or added a sentence to it. The amendment was
// drafted on the end as tabled; words completing the alinéa went after
// the new sentence ("… Il est publié d'application."), and the end
// rewritten swept the text written since, whose fate is not said. The
// end's words replaced or deleted (no text after the tabled end), and an
// end unchanged, stay read. The end of a sentence named ("Compléter la
// première phrase …") is checked in that sentence, as tabled and as
// found.
func alineaEndMoved(tabled []string, tags []int, al []string, e Edit) error {
	if e.Scope.SentencesToEnd || len(e.Scope.Path) == 0 || len(tags) != len(al) {
		return nil
	}
	if e.Kind != EditAppendWords && e.Kind != EditRewriteEnd {
		return nil
	}
	lo, hi, ok := pathSpan(al, e.Scope.Path)
	if !ok || hi <= lo {
		return nil
	}
	last := hi - 1
	var nowEnd, thenEnd string
	switch {
	case e.Scope.Sentence != 0:
		// The end of a sentence named: the same, in that sentence as
		// tabled and as found ("Compléter la première phrase de
		// l'alinéa 2 par les mots : …" after its words were completed).
		sn, st, ok := sentenceAsTabled(tabled, tags, al, lo, hi, e.Scope)
		if !ok {
			return nil
		}
		nowEnd, thenEnd = sn, st
	case e.Kind == EditRewriteEnd:
		if hi-lo != 1 {
			return nil
		}
		then, ok := tabledPlace(tabled, tags, lo, hi, false)
		if !ok || len(then) != 1 {
			return nil
		}
		nowEnd, thenEnd = al[lo], then[0]
	default:
		if tags[last] <= 0 || tags[last] > len(tabled) {
			if tags[last] == 0 && last > lo {
				return applyKind26(errApplyTabledSince26, "the place's last alinéa was inserted since it was tabled: which end the words complete is not said")
			}
			return nil
		}
		nowEnd, thenEnd = al[last], tabled[tags[last]-1]
	}
	if e.Kind == EditRewriteEnd {
		swept := func(s string) (string, bool) {
			hits := pickOccurrences(findOcc(s, e.Anchor, e.Occurrences), e.Occurrences)
			if e.Anchor == "" || len(hits) == 0 || len(e.Occurrences) == 0 && len(hits) > 2 {
				return "", false
			}
			if e.Before {
				return s[hits[0]:], true
			}
			return s[hits[1]:], true
		}
		tn, okn := swept(nowEnd)
		tt, okt := swept(thenEnd)
		if okn && okt && len(strings.Fields(tn)) > len(strings.Fields(tt)) {
			return applyKind26(errApplyTabledSince26, fmt.Sprintf("the end after %q holds text written since it was tabled (%q, tabled %q): whether the new end replaces it is not said", e.Anchor, strings.TrimSpace(tn), strings.TrimSpace(tt)))
		}
		return nil
	}
	t := bareWords(thenEnd)
	n := bareWords(nowEnd)
	if len(t) == 0 || len(n) == 0 || t[len(t)-1] == n[len(n)-1] {
		return nil
	}
	w := t[len(t)-1]
	count := func(ws []string) int {
		c := 0
		for _, x := range ws {
			if x == w {
				c++
			}
		}
		return c
	}
	if count(n) < count(t) {
		// The tabled last word replaced or deleted: the end is where
		// it was ("les actes" become "les baux", then completed).
		return nil
	}
	return applyKind26(errApplyTabledSince26, fmt.Sprintf("text was added after the end since it was tabled (it ends with %q, tabled with %q): whether the words complete the text written since is not said", n[len(n)-1], w))
}

// bareWords is s's words, lower case, without their punctuation.
func bareWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
