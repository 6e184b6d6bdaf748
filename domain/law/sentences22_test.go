package law

import (
	"errors"
	"testing"
)

// TestSentences22CloseLastSentence: an alinéa a sentence is put after
// has its last sentence closed by a period when it ends with none: a
// word, a number, "°", a parenthesis or a quotation whose text ends with
// no mark; a quotation or a parenthesis that ends a sentence of its own
// is left; a parenthesis closed after a period inside a sentence is
// refused; a mark, ";", ":" and "; et" are left to appendSentence.
func TestSentences22CloseLastSentence(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      error
	}{
		{"Il signe. Il date", "Il signe. Il date.", nil},
		{"Il signe. Il date ", "Il signe. Il date. ", nil},
		{"Il vise le 1°", "Il vise le 1°.", nil},
		{"Il vise l'article 3", "Il vise l'article 3.", nil},
		{"Il signe (art. 3)", "Il signe (art. 3).", nil},
		{"Il vise le a)", "Il vise le a).", nil},
		{"Il écrit « Lu »", "Il écrit « Lu ».", nil},
		{"Il écrit « Lu. »", "Il écrit « Lu. »", nil},
		{"Il demande « Qui ? »", "Il demande « Qui ? »", nil},
		{"Il signe. (Il date.)", "Il signe. (Il date.)", nil},
		{"(Il date.)", "(Il date.)", nil},
		{"Il paie les frais (loyers, etc.)", "Il paie les frais (loyers, etc.)", errParenEnd22},
		{"Il signe (voir l'article 3.)", "Il signe (voir l'article 3.)", errParenEnd22},
		{"Il signe.", "Il signe.", nil},
		{"Il hésite…", "Il hésite…", nil},
		{"Qui signe ?", "Qui signe ?", nil},
		{"1° Il signe ;", "1° Il signe ;", nil},
		{"Sont exclus :", "Sont exclus :", nil},
		{"1° Il signe ; et", "1° Il signe ; et", nil},
		{"", "", nil},
		{"Il signe. Il date,", "Il signe. Il date,", errSentenceGoesOn22},
		{"Il signe. Il date –", "Il signe. Il date –", errSentenceGoesOn22},
		{"1° Il signe, ou", "1° Il signe, ou", nil},
	} {
		got, err := closeLastSentence22(tc.in)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("closeLastSentence22(%q) = %q, %v; want %q, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

// TestSentences22SentenceAfterNoPeriod: "est complété par une phrase",
// "après la dernière phrase, il est inséré une phrase" on an alinéa
// ending with no period ("Il signe. Il date"): the last sentence is closed
// first ("Il signe. Il date. Il part.": it read "Il date Il part.").
func TestSentences22SentenceAfterNoPeriod(t *testing.T) {
	complete := []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il part. »"}
	after := []string{"Après la dernière phrase de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il part. »"}
	runGrammar(t, []grammarCase{
		{name: "completed, a word", before: []string{"Il signe. Il date"}, text: complete, want: []string{"Il signe. Il date. Il part."}},
		{name: "after the last, a word", before: []string{"Il signe. Il date"}, text: after, want: []string{"Il signe. Il date. Il part."}},
		{name: "after the second, the last", before: []string{"Il signe. Il date"}, text: []string{"Après la deuxième phrase de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il part. »"}, want: []string{"Il signe. Il date. Il part."}},
		{name: "a parenthesis", before: []string{"Il signe (art. 3)"}, text: complete, want: []string{"Il signe (art. 3). Il part."}},
		{name: "a quotation", before: []string{"Il écrit « Lu »"}, text: complete, want: []string{"Il écrit « Lu ». Il part."}},
		{name: "an item's number", before: []string{"Il vise le 1°"}, text: complete, want: []string{"Il vise le 1°. Il part."}},
		{name: "a quotation ending its sentence", before: []string{"Il écrit : « Lu. »"}, text: complete, want: []string{"Il écrit : « Lu. » Il part."}},
		{name: "a sentence in parentheses", before: []string{"Il signe. (Il date.)"}, text: complete, want: []string{"Il signe. (Il date.) Il part."}},
		{name: "a period in a parenthesis: refused", before: []string{"Il paie les frais (loyers, etc.)"}, text: complete},
		{name: "a comma: refused", before: []string{"Il signe. Il date,"}, text: complete},
		{name: "a dash: refused", before: []string{"Il signe. Il date –"}, text: complete},
		{name: "a period, as before", before: []string{"Il signe. Il date."}, text: complete, want: []string{"Il signe. Il date. Il part."}},
		{name: "an item, as before", before: []string{"1° Il signe ;"}, text: complete, want: []string{"1° Il signe. Il part ;"}},
		{name: "an item and its conjunction, as before", before: []string{"1° Il signe ; et"}, text: complete, want: []string{"1° Il signe. Il part ; et"}},
	})
}

// TestSentences22WordsASentence: words that are a sentence of their own
// (a word a sentence opens with, a final period) completing an alinéa
// ending with no period close its last sentence first, in a bill and in
// an amendment ("Compléter l'alinéa 3 par la phrase : « Il part. »" was
// read "… Il date Il part."); a capital no sentence opens with may
// continue the text, as before ("Il vit à" and "Paris.").
func TestSentences22WordsASentence(t *testing.T) {
	words := func(w string) []string {
		return []string{"L'article L. 1 du code civil est complété par les mots : « " + w + " »."}
	}
	runGrammar(t, []grammarCase{
		{name: "a sentence", before: []string{"Il signe. Il date"}, text: words("Il part."), want: []string{"Il signe. Il date. Il part."}},
		{name: "a name, as before", before: []string{"Il vit à"}, text: words("Paris."), want: []string{"Il vit à Paris."}},
		{name: "after a period, as before", before: []string{"Il signe."}, text: words("Il part."), want: []string{"Il signe. Il part."}},
		{name: "words, as before", before: []string{"Il signe"}, text: words("et part"), want: []string{"Il signe et part"}},
	})
	bill := Article{Number: "1er", Alineas: []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Il signe. Il date » ;"}}
	r := ApplyAmendment(bill, "Compléter l'alinéa 3 par la phrase : « Il part. »")
	if want := "« Art. L. 1. – Il signe. Il date. Il part. » ;"; !r.Applied || r.Article.Alineas[2] != want {
		t.Errorf("amendment: %v %q; want %q", r.Applied, r.Article.Alineas, want)
	}
}

// TestSentences22GluedBoundary: a sentence inserted beside a boundary
// printed without its space ("scolaire.A cet effet") is set apart by one
// space on each side (it read "scolaire. Il lit.A cet effet" after the
// first, "scolaire.Il lit. A cet effet" before the second); with the
// space, as before.
func TestSentences22GluedBoundary(t *testing.T) {
	glued := []string{"Il signe en milieu scolaire.A cet effet il date."}
	ins := func(where string) []string {
		return []string{where + " de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il lit. »"}
	}
	runGrammar(t, []grammarCase{
		{name: "after the first", before: glued, text: ins("Après la première phrase"), want: []string{"Il signe en milieu scolaire. Il lit. A cet effet il date."}},
		{name: "before the second", before: glued, text: ins("Avant la deuxième phrase"), want: []string{"Il signe en milieu scolaire. Il lit. A cet effet il date."}},
		{name: "spaced, after", before: []string{"Il signe. Il date."}, text: ins("Après la première phrase"), want: []string{"Il signe. Il lit. Il date."}},
		{name: "spaced, before", before: []string{"Il signe. Il date."}, text: ins("Avant la deuxième phrase"), want: []string{"Il signe. Il lit. Il date."}},
		{name: "before the first", before: []string{"I. – Il signe. Il date."}, text: ins("Avant la première phrase"), want: []string{"I. – Il lit. Il signe. Il date."}},
	})
	if got := spacedSentence22("a.", "", "B", true); got != "a.B" {
		t.Errorf("nothing inserted: %q", got)
	}
	if got := spacedSentence22("Il signe. ", "Il lit.", " Il date.", true); got != "Il signe. Il lit. Il date." {
		t.Errorf("spaced: %q", got)
	}
}

// TestSentences22InitialBeforeOpener: a capital's period after a space,
// read as an initial's, before a capitalised word a sentence opens with
// ("Il informe M. X. Il date.", "Il vise l'alinéa B. Il date.") leaves
// the boundary open: "la première phrase" rewrote the whole alinéa; now
// the ranks the two readings place apart are refused
// (doubtInitialOpener22), those they agree on read. "J. Dupont" (no
// opener), "M. Le Gall" ("M." is Monsieur), "au B. Il" (a part: the end)
// are as before.
func TestSentences22InitialBeforeOpener(t *testing.T) {
	first := []string{"La première phrase de l'article L. 1 du code civil est ainsi rédigée : « Il lit. »"}
	runGrammar(t, []grammarCase{
		{name: "an initial", before: []string{"Il informe M. X. Il date."}, text: first},
		{name: "a letter", before: []string{"Il vise l'alinéa B. Il date."}, text: first},
		{name: "Le", before: []string{"Il vise le plan B. Le maire date."}, text: first},
		{name: "the last, read", before: []string{"Il signe. Il informe M. X. Il date."}, text: first, want: []string{"Il lit. Il informe M. X. Il date."}},
		{name: "a name, as before", before: []string{"Il informe J. Dupont. Il date."}, text: first, want: []string{"Il lit. Il date."}},
		{name: "a part, as before", before: []string{"Il vise le B. Il date."}, text: first, want: []string{"Il lit. Il date."}},
	})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Il informe M. X. Il date.", true},
		{"Il vise la vitamine C. Elle date.", true},
		{"Il informe M. Le Gall.", false},
		{"Il informe J. Dupont. Il date.", false},
		{"Il vise le B. Il date.", false},
		{"Il écrit « le plan B. Il date. » et part.", false},
		{"Il informe J. P. Dupont.", false},
	} {
		_, why := initialOpenerReading22(tc.s)
		if (why != 0) != tc.want {
			t.Errorf("%q: reading %v, want %v", tc.s, why, tc.want)
		}
	}
	err := doubtfulRank("Il informe M. X. Il date.", 1)
	var de *doubtfulSentenceError
	if !errors.As(err, &de) || de.Cause != doubtInitialOpener22 || !errors.Is(err, errDoubtfulSentence) {
		t.Errorf("untyped: %v", err)
	}
	if doubtInitialOpener22 == 0 || doubtInitialOpener22.String() == "" {
		t.Errorf("cause unnamed: %d %q", doubtInitialOpener22, doubtInitialOpener22.String())
	}
}
