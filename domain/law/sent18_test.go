package law

import (
	"errors"
	"testing"
)

// TestSent18NoteAfterPeriod: a parenthesis after a sentence's period,
// opening with a lower-case letter and closed after its own period, then
// a capital ("Il lit. (voir l'article L. 1.) Il part."): "Il lit." is
// the first sentence whatever the note is — read (every rank was
// refused); whether the note is a sentence of its own or opens the next
// stays open: the second, the last and the one before it are refused.
func TestSent18NoteAfterPeriod(t *testing.T) {
	const note = "Il lit. (voir l'article L. 1.) Il part."
	runGrammar(t, []grammarCase{
		{name: "first read", before: []string{note}, text: delSentence("première"), want: []string{"(voir l'article L. 1.) Il part."}},
		{name: "second", before: []string{note}, text: delSentence("deuxième")},
		{name: "last", before: []string{note}, text: delSentence("dernière")},
		{name: "before the last", before: []string{note}, text: delSentence("avant-dernière")},
		{name: "a lower-case word after: one sentence", before: []string{"Il lit. (voir l'article L. 1.) il part. Il date."}, text: delSentence("dernière"), want: []string{"Il lit. (voir l'article L. 1.) il part."}},
		{name: "no period in the note: not read", before: []string{"Il lit. (voir l'article L. 1) Il part."}, text: delSentence("première")},
	})
	var de *doubtfulSentenceError
	if err := doubtfulRank(note, 2); !errors.As(err, &de) || de.Cause != doubtParenthesis {
		t.Errorf("cause: %v", err)
	}
	if err := doubtfulRank(note, 1); err != nil {
		t.Errorf("first: %v", err)
	}
}

// TestSent18Clauses: a sentence holding a semicolon ("Il signe ; il
// date.") or a list of items ("Il signe : 1° le contrat ; 2° l'avenant.")
// is one sentence; an article's heading "Art. 1er. –" is no part of the
// first sentence (it was: deleting the first sentence took the heading).
func TestSent18Clauses(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "semicolon, first", before: []string{"Il signe ; il date. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "semicolon, last", before: []string{"Il signe ; il date. Il part."}, text: delSentence("dernière"), want: []string{"Il signe ; il date."}},
		{name: "items, first", before: []string{"Il signe : 1° le contrat ; 2° l'avenant. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "items, second", before: []string{"Il signe : 1° le contrat ; 2° l'avenant. Il part."}, text: delSentence("deuxième"), want: []string{"Il signe : 1° le contrat ; 2° l'avenant."}},
		{name: "Art. 1er, first", before: []string{"Art. 1er. – Il signe. Il part."}, text: delSentence("première"), want: []string{"Art. 1er. – Il part."}},
		{name: "Art. 1er, last", before: []string{"Art. 1er. – Il signe. Il part."}, text: delSentence("dernière"), want: []string{"Art. 1er. – Il signe."}},
		{name: "Art. 1er, only sentence", before: []string{"Art. 1er. – Il signe."}, text: delSentence("première")},
	})
	if got := textStart("Art. 1er. – Il signe."); got != len("Art. 1er. – ") {
		t.Errorf("textStart: %d", got)
	}
}

// TestSent18GluedNumbers: a number with a decimal point or a thousands'
// period ("5.5 %", "1.000 euros"), an address ("www.ex.fr", "a.b@ex.fr")
// end no sentence and, opening the alinéa, are no label ("1.000 euros.
// Il part.": its first sentence was "000 euros.", after a label "1.").
func TestSent18GluedNumbers(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "5.5 %", before: []string{"Le taux est de 5.5 %. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "1.000, first", before: []string{"1.000 euros. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "1.000, last", before: []string{"1.000 euros. Il part."}, text: delSentence("dernière"), want: []string{"1.000 euros."}},
		{name: "1.000 inside", before: []string{"Il paie 1.000 euros. Il part."}, text: delSentence("dernière"), want: []string{"Il paie 1.000 euros."}},
		{name: "www", before: []string{"www.ex.fr. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "e-mail, first", before: []string{"a.b@ex.fr. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "e-mail inside", before: []string{"Il écrit à a.b@ex.fr. Il part."}, text: delSentence("dernière"), want: []string{"Il écrit à a.b@ex.fr."}},
		{name: "a label still", before: []string{"1. Il signe. Il part."}, text: delSentence("première"), want: []string{"1. Il part."}},
		{name: "a letter label still", before: []string{"a) Il signe. Il part."}, text: delSentence("première"), want: []string{"a) Il part."}},
	})
	for _, s := range []string{"1.000 euros.", "5.5 % du prix.", "a.b@ex.fr."} {
		if n := labelSkip(s); n != 0 {
			t.Errorf("labelSkip(%q) = %d", s, n)
		}
	}
	if n := labelSkip("1. Il signe."); n != len("1. ") {
		t.Errorf("labelSkip(1.) = %d", n)
	}
}

// TestSent18StraightQuoteSpans: a quotation in straight marks that opens
// (after a space, a colon or a parenthesis) and closes in the alinéa is a
// quotation span, the marks of a bill's quoted alinéa not one; marks
// that do not pair so give none.
func TestSent18StraightQuoteSpans(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{`Il dit : "Non." Il part.`, []string{`"Non.`}},
		{`Il écrit "Lu" et "Vu".`, []string{`"Lu`, `"Vu`}},
		{`"Il dit "Non." Il part."`, []string{`"Non.`}},
		{`Il dit "Non. Il part.`, nil},
		{`Il dit"Non." Il part.`, nil},
		{`Il dit " Non." Il part.`, nil},
		{`Il dit "Non."x Il part.`, nil},
		{`Il mesure 5" et 3".`, nil},
		{`Il cite « Lu ». Il part.`, []string{`« Lu `}},
	} {
		sp := quoteSpans(tc.s)
		var got []string
		for _, x := range sp {
			got = append(got, tc.s[x[0]:x[1]])
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %q, want %q", tc.s, got, tc.want)
			continue
		}
		for k := range got {
			if got[k] != tc.want[k] {
				t.Errorf("%s: %q, want %q", tc.s, got, tc.want)
			}
		}
	}
}

// TestSent18StraightQuoteReadings: the boundaries left open inside a
// straight-quoted quotation are the quotation's, not the alinéa's ("Il
// écrit "Lu. 1. Approuvé." Il signe.": a number after a period, quoted —
// its first sentence was refused); a mark never closed leaves them
// open.
func TestSent18StraightQuoteReadings(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "number, last read", before: []string{`Il écrit "Lu. 1. Approuvé." Il signe.`}, text: delSentence("dernière"), want: []string{`Il écrit "Lu. 1. Approuvé."`}},
		{name: "number, first read", before: []string{`Il écrit "Lu. 1. Approuvé." Il signe.`}, text: delSentence("première"), want: []string{"Il signe."}},
		{name: "parenthesis, last read", before: []string{`Il écrit "Lu. (Vu.) Approuvé." Il signe.`}, text: delSentence("dernière"), want: []string{`Il écrit "Lu. (Vu.) Approuvé."`}},
		{name: "capital after a number, last read", before: []string{`Il cite "l'article L. 1 A. Il part." Il signe.`}, text: delSentence("dernière"), want: []string{`Il cite "l'article L. 1 A. Il part."`}},
		{name: "curly, number, last read", before: []string{"Il écrit « Lu. 1. Approuvé. » Il signe."}, text: delSentence("dernière"), want: []string{"Il écrit « Lu. 1. Approuvé. »"}},
		{name: "never closed, first refused", before: []string{`Il écrit "Lu. 1. Approuvé. Il signe.`}, text: delSentence("première")},
	})
	if err := doubtfulRank(`Il écrit "Lu. 1. Approuvé." Il signe.`, -1); err != nil {
		t.Errorf("rank: %v", err)
	}
}
