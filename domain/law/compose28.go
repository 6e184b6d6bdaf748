package law

import (
	"errors"
	"fmt"
)

// compose28: amendments composed on one bill article name its sentences
// as tabled, as they name its alinéas. A sentence an earlier amendment
// rewrote or deleted is gone with the text they were tabled on: an
// amendment naming it falls, as one naming an alinéa rewritten whole
// (fallsRewritten24). Counting the sentences on the alinéa as it stands
// put the words of one on the sentence that rewrote it ("Alinéa 3,
// deuxième phrase / Remplacer le mot : « trois » …" after that sentence
// was rewritten "Neuf trois.": "Neuf dix."), or on the sentence after
// one deleted.

// errFallsSentence28: an amendment naming a sentence an earlier one
// rewrote or deleted: tabled on its text, it falls.
var errFallsSentence28 = errors.New("a sentence it names was rewritten or deleted by an earlier amendment: it falls")

// sentenceAt28 is a sentence of the bill article as tabled: its alinéa
// and its rank in it, both 1-based.
type sentenceAt28 struct{ alinea, sentence int }

// goneSentences28 holds the sentences as tabled that amendments applied
// rewrote or deleted, with the amendment's number (composedName) and
// whether it deleted it.
type goneSentences28 map[sentenceAt28]goneBy28

type goneBy28 struct {
	by      string
	deleted bool
}

// sentencesNamed28 are the sentences as tabled an edit names to edit
// their text: its place one alinéa numbered as tabled (lastAsTabled),
// a sentence of it (counted from its end on the alinéa as tabled: "la
// dernière phrase"), to the last of it with SentencesToEnd. An edit
// inserting sentences beside it names none (the place stays).
func sentencesNamed28(e Edit, tabled []string) []sentenceAt28 {
	e = lastAsTabled(e, len(tabled))
	p := e.Scope.Path
	if e.Kind == EditInsertSentences || e.Kind == EditInsertAlineas || e.Scope.Sentence == 0 ||
		len(p) != 1 || !p[0].Numbered || p[0].Alinea <= 0 || p[0].Alinea > len(tabled) || p[0].Count > 1 || p[0].Item != "" {
		return nil
	}
	n := len(sentenceBounds(tabled[p[0].Alinea-1]))
	first, last := e.Scope.Sentence, e.Scope.Sentence
	if first < 0 {
		first = n + first + 1
		last = first
	}
	if e.Scope.SentencesToEnd {
		last = n - e.Scope.SentencesButLast
	}
	if first <= 0 || first > n {
		return nil
	}
	var out []sentenceAt28
	for s := first; s <= last && s <= n; s++ {
		out = append(out, sentenceAt28{p[0].Alinea, s})
	}
	return out
}

// falls is the refusal of an amendment whose edits name a sentence as
// tabled an earlier amendment rewrote or deleted (nil when none).
func (g goneSentences28) falls(edits []Edit, tabled []string) error {
	for _, e := range edits {
		for _, s := range sentencesNamed28(e, tabled) {
			if b, ok := g[s]; ok {
				what := "rewritten"
				if b.deleted {
					what = "deleted"
				}
				return reasonOf(errFallsSentence28, fmt.Sprintf("sentence %d of alinéa %d (as tabled) was %s by amendment %s before it: tabled on its text, this one falls", s.sentence, s.alinea, what, b.by))
			}
		}
	}
	return nil
}

// record notes the sentences as tabled that edits, applied by amendment
// by, rewrote or deleted.
func (g goneSentences28) record(edits []Edit, tabled []string, by string) {
	for _, e := range edits {
		if e.Kind != EditRewrite && e.Kind != EditDelete {
			continue
		}
		for _, s := range sentencesNamed28(e, tabled) {
			if _, ok := g[s]; !ok {
				g[s] = goneBy28{by: by, deleted: e.Kind == EditDelete}
			}
		}
	}
}

// insertedRunUnplaced28 refuses (errApplyTabledSince26) "Après l'alinéa N, insérer …" (i: the
// last alinéa now standing for N; tags: the tabled number of each alinéa
// now, 0 for one inserted since) when alinéas inserted since follow N and
// the tabled alinéa after them is not N+1 — N+1 was deleted since. As
// tabled, "after N" lies before N+1's place; an alinéa inserted after N
// goes after those inserted there before it, but one inserted after N+1
// (or before N+2) lies after N+1's place, so after the new one too: with
// N+1 gone, the tags no longer tell which of the run was inserted where
// ("Après l'alinéa 3, insérer « B. »" adopted after N+1 = 3 deleted, then
// "Après l'alinéa 2, insérer « A. »": A went after B, the tabled order is
// A then B).
func insertedRunUnplaced28(tags []int, i int) error {
	if i < 0 || i >= len(tags) || tags[i] <= 0 {
		return nil
	}
	j := i + 1
	for j < len(tags) && tags[j] == 0 {
		j++
	}
	if j == i+1 || j == len(tags) || tags[j] <= tags[i]+1 {
		return nil
	}
	return applyKind26(errApplyTabledSince26, fmt.Sprintf("alinéas inserted since after alinéa %d (as tabled), and alinéa %d after it deleted since: whether the new one goes before those inserted after the deleted one is not said", tags[i], tags[i]+1))
}
