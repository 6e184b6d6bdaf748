package law

import "fmt"

// sentenceShifts holds, by division (its path), the ranks of the sentences
// that an amendment's earlier instructions deleted, rewrote or inserted
// after (-1: sentences added at the end), and under alineasMoved whether
// they added or removed alinéas.
type sentenceShifts map[string][]int

// shifted reports whether an instruction's edits name a sentence by a
// rank the earlier instructions may have moved: "Alinéa 1 / 1° Après la
// première phrase, insérer une phrase … / 2° Seconde phrase / Supprimer
// cette phrase" — the second sentence as tabled is now the third, and the
// new one was deleted. Ranks before every change stay read.
func (sh sentenceShifts) shifted(es []Edit) bool {
	for _, e := range es {
		// "I. – Compléter cet article par un alinéa … II. – Au dernier
		// alinéa, …": an alinéa counted from the end after the amendment
		// added or removed alinéas (the new one was edited).
		// Counted from the end of the article, it is told apart when
		// applied (movedAfter).
		for k, d := range e.Scope.Path {
			// Counted from the end of a labelled division ("le dernier
			// alinéa du I"), it is told apart when applied too
			// (divisionMoved).
			if d.Alinea < 0 && len(sh[alineasMoved]) > 0 && (k > 0 && !fromEndOfDivision(e) || k == 0 && !fromEndOfArticle(e)) {
				return true
			}
		}
		if e.Scope.SentencesToEnd && sh.rankShifted(e) {
			return true // a run of sentences to the end: not compared
		}
	}
	return false
}

// rankShifted reports whether an edit names a sentence by a rank the
// earlier instructions may have moved (a change before it, or any change
// when it counts from the end). Such an edit is marked rankMoved and read
// only where both countings agree (rankReadingsAgree, when applied):
// "I. – À l'alinéa 1, supprimer la deuxième phrase. II. – …, à la
// dernière phrase du même alinéa, …" names the last sentence either way.
func (sh sentenceShifts) rankShifted(e Edit) bool {
	r := e.Scope.Sentence
	if r == 0 {
		return false
	}
	for _, c := range sh[fmt.Sprint(e.Scope.Path)] {
		if r < 0 || c < 0 || c > 0 && r >= c {
			return true
		}
	}
	return false
}

// alineasMoved is the key of sentenceShifts that notes alinéas added or
// removed.
const alineasMoved = "alineas"

// note records the sentences an instruction's edits change, and whether
// they add or remove alinéas.
func (sh sentenceShifts) note(es []Edit) {
	for _, e := range es {
		if e.Kind == EditInsertAlineas || e.Kind == EditAppendAlineas || e.Scope.Sentence == 0 && (e.Kind == EditDelete || e.Kind == EditRewrite && len(e.Lines) != 1) {
			sh[alineasMoved] = append(sh[alineasMoved], 1)
		}
		switch {
		case e.Kind == EditInsertSentences && e.Scope.Sentence == 0:
			sh.add(e.Scope.Path, -1) // at the end: ranks from the end move
		case e.Kind == EditInsertSentences, e.Scope.Sentence != 0 && (e.Kind == EditDelete || e.Kind == EditRewrite || e.Kind == EditRewriteEnd || e.Kind == EditRewriteStart):
			c := e.Scope.Sentence
			if e.Kind == EditInsertSentences && !e.Before && c > 0 {
				c++ // after sentence c: the ones after it move
			}
			sh.add(e.Scope.Path, c)
		}
	}
}

func (sh sentenceShifts) add(p []Division, c int) {
	k := fmt.Sprint(p)
	sh[k] = append(sh[k], c)
}
