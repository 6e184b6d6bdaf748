package law

import (
	"errors"
	"testing"
)

// TestSentences26PeriodInsideParentheses: a period inside parentheses
// that close later in the alinéa ends no sentence; the marks' reading,
// cutting there, is a doubt.
func TestSentences26PeriodInsideParentheses(t *testing.T) {
	const art = "L1: Il signe (voir le II. Le juge statue.) puis sort. Il part.|Deux."
	runRenum22(t, []renum22Case{
		{
			name:  "the last sentence, the same in both readings",
			arts:  []string{art},
			lines: []string{"À l'article L. 1 du code civil, la dernière phrase du premier alinéa est supprimée."},
			want:  "l1: Il signe (voir le II. Le juge statue.) puis sort.|Deux.",
		},
		{
			name:  "the second sentence, another in each reading",
			arts:  []string{art},
			lines: []string{"À l'article L. 1 du code civil, la deuxième phrase du premier alinéa est supprimée."},
			want:  "l1: Il signe (voir le II. Le juge statue.) puis sort. Il part.|Deux.",
			err:   errDoubtfulSentence,
		},
		{
			name:  "the first sentence rewritten: half a parenthesis was",
			arts:  []string{art},
			lines: []string{"À l'article L. 1 du code civil, la première phrase du premier alinéa est ainsi rédigée : « Il lit. »"},
			want:  "l1: Il signe (voir le II. Le juge statue.) puis sort. Il part.|Deux.",
			err:   errDoubtfulSentence,
		},
		{
			name:  "a sentence after the last, the parenthesis kept whole",
			arts:  []string{"L1: Il signe (ce qui suffit. Le juge statue) puis sort.|Deux."},
			lines: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il lit. »"},
			want:  "l1: Il signe (ce qui suffit. Le juge statue) puis sort. Il lit.|Deux.",
		},
		{
			name:  "a parenthesis closed before the period: read as before",
			arts:  []string{"L1: Il signe (art. 3). Il date. Il part."},
			lines: []string{"À l'article L. 1 du code civil, la deuxième phrase est supprimée."},
			want:  "l1: Il signe (art. 3). Il part.",
		},
		{
			name:  "a parenthesis never closed: read as before",
			arts:  []string{"L1: Il signe (a. Il date. Il part."},
			lines: []string{"À l'article L. 1 du code civil, la deuxième phrase est supprimée."},
			want:  "l1: Il signe (a. Il part.",
		},
	})
}

func TestSentences26ParenBounds(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Il signe (voir le II. Le juge statue.) puis sort. Il part.", 2},
		{"« Il signe (voir le II. Le juge statue.) puis sort. Il part. »", 2},
		{"Il signe (art. 3). Il date.", 2},
		{"Sont exclus : a) les uns. Il part. b) les autres.", 2},
	} {
		if got := len(sentenceBounds(c.s)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.s, got, c.want)
		}
	}
	var de *doubtfulSentenceError
	if err := doubtfulRank("Il signe (voir le II. Le juge statue.) puis sort. Il part.", 2); !errors.As(err, &de) || de.Cause != doubtParenthesis {
		t.Errorf("the second sentence: %v, want a doubt of a parenthesis", err)
	}
	if err := doubtfulRank("Il signe (voir le II. Le juge statue.) puis sort. Il part.", -1); err != nil {
		t.Errorf("the last sentence: %v, want none", err)
	}
}

// TestSentences26BracketNote: an editorial note in square brackets
// between two sentences ("Il signe. [Abrogé.] Il date.") was no boundary:
// the alinéa was one sentence, and "la dernière phrase est ainsi rédigée"
// rewrote all of it. The note is read as a sentence of its own, joined to
// the sentence before or after it as doubts: a sentence beside it is
// refused, one further read.
func TestSentences26BracketNote(t *testing.T) {
	const art = "L1: Il signe. [Abrogé.] Il date. Il part.|Deux."
	runRenum22(t, []renum22Case{
		{
			name:  "the last sentence, past the note",
			arts:  []string{art},
			lines: []string{"À l'article L. 1 du code civil, la dernière phrase du premier alinéa est ainsi rédigée : « Il lit. »"},
			want:  "l1: Il signe. [Abrogé.] Il date. Il lit.|Deux.",
		},
		{
			name:  "a sentence beside the note: with it or not is not said",
			arts:  []string{art},
			lines: []string{"À l'article L. 1 du code civil, l'avant-dernière phrase du premier alinéa est supprimée."},
			want:  "l1: Il signe. [Abrogé.] Il date. Il part.|Deux.",
			err:   errDoubtfulSentence,
		},
		{
			name:  "the whole alinéa was rewritten",
			arts:  []string{"L1: Il signe. [Abrogé.] Il date.|Deux."},
			lines: []string{"À l'article L. 1 du code civil, la dernière phrase du premier alinéa est ainsi rédigée : « Il lit. »"},
			want:  "l1: Il signe. [Abrogé.] Il date.|Deux.",
			err:   errDoubtfulSentence,
		},
		{
			name:  "a note inside a sentence: one sentence, as before",
			arts:  []string{"L1: Il signe [Abrogé] puis date. Il part."},
			lines: []string{"À l'article L. 1 du code civil, la dernière phrase est supprimée."},
			want:  "l1: Il signe [Abrogé] puis date.",
		},
	})
	if got := len(sentenceBounds("« Il signe. [Abrogé.] Il date. » ;")); got != 3 {
		t.Errorf("a quoted alinéa with a note: %d sentences, want 3", got)
	}
}
