package law

import (
	"errors"
	"strings"
	"testing"
)

// TestSentsplit15Abbreviations: a period after an abbreviation written
// with an accent, after a typographic apostrophe or a non-breaking space,
// or of several dotted parts, ends no sentence ("l’art. L. 1", "à St.
// Denis", "la Sté. Dupont", "J.-P. Dupont", "J.\u00a0Dupont", "c.-à-d.
// Dupont"): the sentences after it were counted one too many, and "la
// deuxième phrase" deleted the name's end.
func TestSentsplit15Abbreviations(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "l’art. L. 1", before: []string{"Il vise l’art. L. 1. Il part. Il date."}, text: delSentence("deuxième"), want: []string{"Il vise l’art. L. 1. Il date."}},
		{name: "St. Denis", before: []string{"Il vit à St. Denis. Il part. Il date."}, text: delSentence("deuxième"), want: []string{"Il vit à St. Denis. Il date."}},
		{name: "Sté.", before: []string{"Il paie la Sté. Dupont. Il part. Il date."}, text: delSentence("deuxième"), want: []string{"Il paie la Sté. Dupont. Il date."}},
		{name: "Mlle.", before: []string{"Il cite Mlle. Dupont. Il part. Il date."}, text: delSentence("deuxième"), want: []string{"Il cite Mlle. Dupont. Il date."}},
		{name: "J.-P.", before: []string{"Il cite J.-P. Dupont. Il part. Il date."}, text: delSentence("deuxième"), want: []string{"Il cite J.-P. Dupont. Il date."}},
		{name: "an initial after a non-breaking space", before: []string{"Il cite J.\u00a0Dupont. Il part. Il date."}, text: delSentence("deuxième"), want: []string{"Il cite J.\u00a0Dupont. Il date."}},
		{name: "c.-à-d.", before: []string{"Il paie, c.-à-d. Dupont paie. Il part."}, text: delSentence("dernière"), want: []string{"Il paie, c.-à-d. Dupont paie."}},
		{name: "the end of the sentence after a word", before: []string{"Il vit à St. Denis. Il part."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « vit », la fin de la phrase est supprimée."}, want: []string{"Il vit. Il part."}},
		{name: "a sentence added", before: []string{"Il vit à St. Denis."}, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il part. »"}, want: []string{"Il vit à St. Denis. Il part."}},
		{name: "etc. still ends a sentence", before: []string{"Il signe, date, etc. Il part."}, text: delSentence("dernière"), want: []string{"Il signe, date, etc."}},
		{name: "p. 12 read", before: []string{"Il lit la p. 12. Il part."}, text: delSentence("dernière"), want: []string{"Il lit la p. 12."}},
		{name: "an article's number ends a sentence", before: []string{"Il vise l'article L. 123-4. Il part."}, text: delSentence("dernière"), want: []string{"Il vise l'article L. 123-4."}},
		{name: "3,5 %.", before: []string{"Le taux est de 3,5 %. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
	})
}

// TestSentsplit15NumberAfterMark: a number's period after a sentence's
// mark ("Il signe. 1. Il date.", "Il signe : 1. Il date.") ends the
// sentence before the number, or labels the one after it: the number
// went with the first ("la dernière phrase" left "Il signe. 1.") —
// refused where the readings disagree; an item's label after a period
// that no capital follows ("Il signe. 2° Il date.") too (one sentence).
func TestSentsplit15NumberAfterMark(t *testing.T) {
	rewrite := func(rank string) []string {
		return []string{"La " + rank + " phrase de l'article L. 1 du code civil est ainsi rédigée : « Il lit. »"}
	}
	runGrammar(t, []grammarCase{
		{name: "last deleted", before: []string{"Il signe. 1. Il date."}, text: delSentence("dernière")},
		{name: "first deleted", before: []string{"Il signe. 1. Il date."}, text: delSentence("première")},
		{name: "last rewritten", before: []string{"Il signe. 1. Il date."}, text: rewrite("dernière")},
		{name: "after a colon", before: []string{"Il signe : 1. Il date."}, text: delSentence("dernière")},
		{name: "1er", before: []string{"Il signe. 1er. Il date."}, text: delSentence("dernière")},
		{name: "an item's label", before: []string{"Il signe. 2° Il date. Il part."}, text: delSentence("première")},
		{name: "a letter's label", before: []string{"Il signe. a) Il date. Il part."}, text: delSentence("deuxième")},
		{name: "a dash", before: []string{"Il signe. – Il date. Il part."}, text: delSentence("première")},
		{name: "the end after a word", before: []string{"Il signe. 1. Il date."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « signe », la fin de la phrase est supprimée."}},
		{name: "a rank before read", before: []string{"Il lit. Il signe. 1. Il date."}, text: delSentence("première"), want: []string{"Il signe. 1. Il date."}},
		{name: "art. 1. read", before: []string{"Il vise l'art. 1. Il part."}, text: delSentence("dernière"), want: []string{"Il vise l'art. 1."}},
		{name: "article 5. read", before: []string{"Il vise l'article 5. Il part."}, text: delSentence("dernière"), want: []string{"Il vise l'article 5."}},
	})
}

// TestSentsplit15CapitalAfterNumber: a capital's period after a number
// ("l'article L. 1 A. Il part.", "5 000 F. Il part.") ends a sentence or
// an initial's: it was read as an initial, one sentence ("la dernière
// phrase" deleted the whole alinéa) — refused where the readings
// disagree.
func TestSentsplit15CapitalAfterNumber(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "L. 1 A., last", before: []string{"Il vise l'article L. 1 A. Il part."}, text: delSentence("dernière")},
		{name: "5 000 F., first", before: []string{"Il paie 5 000 F. Il part."}, text: delSentence("première")},
		{name: "titre Ier A.", before: []string{"Il vise le titre Ier A. Il part."}, text: delSentence("dernière")},
		{name: "a sentence before read", before: []string{"Il lit. Il vise l'article L. 1 A. Il part."}, text: delSentence("première"), want: []string{"Il vise l'article L. 1 A. Il part."}},
		{name: "the A of the 1° read", before: []string{"Il vise le 1° du A. Il part."}, text: delSentence("dernière"), want: []string{"Il vise le 1° du A."}},
	})
}

// TestSentsplit15Amendments: the same rules in amendments.
func TestSentsplit15Amendments(t *testing.T) {
	runAmendments(t, []amCase{
		{"number after a period, last", []string{"I. – Il lit.", "Il signe. 1. Il date."}, "Supprimer la dernière phrase de l'alinéa 2.", nil},
		{"number after a period, Sénat", []string{"I. – Il lit.", "Il signe. 1. Il date."}, "Alinéa 2, seconde phrase\nSupprimer cette phrase.", nil},
		{"capital after a number", []string{"I. – Il lit.", "Il vise l'article L. 1 A. Il part."}, "Supprimer la dernière phrase de l'alinéa 2.", nil},
		{"St. Denis read", []string{"I. – Il lit.", "Il vit à St. Denis. Il part. Il date."}, "Supprimer la deuxième phrase de l'alinéa 2.", []string{"I. – Il lit.", "Il vit à St. Denis. Il date."}},
		{"l’art. read", []string{"I. – Il lit.", "Il vise l’art. L. 1. Il part."}, "Alinéa 2, seconde phrase\nSupprimer cette phrase.", []string{"I. – Il lit.", "Il vise l’art. L. 1."}},
	})
}

// TestSentsplit15Reason: the refusal is typed and says why.
func TestSentsplit15Reason(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"Il signe. 1. Il date.", -1, true},
		{"Il signe. 1. Il date.", 1, true},
		{"Il lit. Il signe. 1. Il date.", 1, false},
		{"Il vise l'article L. 1 A. Il part.", -1, true},
		{"Il vise l'art. 1. Il part.", -1, false},
		{"Il lit « Vu. 1. Lu. » Il part.", -1, false},
		{"Il signe. Il date.", -1, false},
	} {
		err := doubtfulRank(tc.s, tc.n)
		if (err != nil) != tc.want {
			t.Errorf("%q sentence %d: err %v, want refused %v", tc.s, tc.n, err, tc.want)
		}
		if err != nil && !strings.Contains(err.Error(), "typography leaves open") {
			t.Errorf("%q: reason %v", tc.s, err)
		}
		var de *doubtfulSentenceError
		if err != nil && (!errors.As(err, &de) || de.Cause == 0 || !errors.Is(err, errDoubtfulSentence)) {
			t.Errorf("%q: untyped %T", tc.s, err)
		}
	}
}
