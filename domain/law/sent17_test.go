package law

import (
	"errors"
	"testing"
)

// delSentence is a bill's instruction deleting the sentence of that rank
// ("première", "dernière", …) of the article L. 1 of the code civil.
func delSentence(rank string) []string {
	return []string{"La " + rank + " phrase de l'article L. 1 du code civil est supprimée."}
}

// TestSent17EllipsisOfPeriods: an ellipsis typed as three periods is the
// ellipsis: before a capital no sentence opens with ("Il hésite... Paris
// le tente.") the boundary is open — a rank the readings place apart is
// refused (it was read as two sentences: "la première phrase" deleted
// "Il hésite..." alone); before a word a sentence opens with ("Il
// signe... Il date.", "etc... Il date.") two sentences, read.
func TestSent17EllipsisOfPeriods(t *testing.T) {
	const paris = "Il hésite... Paris le tente."
	runGrammar(t, []grammarCase{
		{name: "Paris, first", before: []string{paris}, text: delSentence("première")},
		{name: "Paris, last", before: []string{paris}, text: delSentence("dernière")},
		{name: "Paris, second", before: []string{paris}, text: delSentence("deuxième")},
		{name: "Paris, then a sentence, last read", before: []string{paris + " Il part."}, text: delSentence("dernière"), want: []string{paris}},
		{name: "Il signe... Il date., first read", before: []string{"Il signe... Il date."}, text: delSentence("première"), want: []string{"Il date."}},
		{name: "Il signe... Il date., last read", before: []string{"Il signe... Il date."}, text: delSentence("dernière"), want: []string{"Il signe..."}},
		{name: "Il signe... Il date., second read", before: []string{"Il signe... Il date."}, text: delSentence("deuxième"), want: []string{"Il signe..."}},
		{name: "etc... Il date., first read", before: []string{"Il paie, etc... Il date."}, text: delSentence("première"), want: []string{"Il date."}},
		{name: "etc... Il date., last read", before: []string{"Il paie, etc... Il date."}, text: delSentence("dernière"), want: []string{"Il paie, etc..."}},
	})
	var de *doubtfulSentenceError
	if err := doubtfulRank("Il hésite... Paris le tente.", 1); !errors.As(err, &de) || de.Cause != doubtEllipsis {
		t.Errorf("cause: %v", err)
	}
}

// TestSent17Abbreviations: a period after an abbreviation ends no
// sentence ("vol. 3", "chap. 2", "al. 3", "MM. Durand", "Dr. Durand",
// "Me. Durand"; "n° 3", "Me Durand" have none; "M. le maire. Il part."
// is two); "Ets." before a capital no sentence opens with ("les Ets.
// Durand") is as sent16's "Cie.": the abbreviation's period or the
// sentence's — a rank the readings place apart is refused (it was cut
// in two: "la deuxième phrase" deleted "Durand."); "les Ets. Il part."
// is two sentences.
func TestSent17Abbreviations(t *testing.T) {
	const ets = "Il paie les Ets. Durand. Il part."
	runGrammar(t, []grammarCase{
		{name: "Ets., second", before: []string{ets}, text: delSentence("deuxième")},
		{name: "Ets., first", before: []string{ets}, text: delSentence("première")},
		{name: "Ets., last read", before: []string{ets}, text: delSentence("dernière"), want: []string{"Il paie les Ets. Durand."}},
		{name: "Ets. before Il read", before: []string{"Il paie les Ets. Il part."}, text: delSentence("dernière"), want: []string{"Il paie les Ets."}},
		{name: "vol. 3", before: []string{"Il lit le vol. 3. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "chap. 2", before: []string{"Il lit le chap. 2. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "al. 3", before: []string{"Il lit l'al. 3. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "n° 3", before: []string{"Il vise le n° 3. Il part."}, text: delSentence("dernière"), want: []string{"Il vise le n° 3."}},
		{name: "MM. Durand", before: []string{"Il cite MM. Durand. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "Me Durand", before: []string{"Il cite Me Durand. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "Me. Durand", before: []string{"Il cite Me. Durand. Il part."}, text: delSentence("dernière"), want: []string{"Il cite Me. Durand."}},
		{name: "Dr. Durand", before: []string{"Il cite Dr. Durand. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "M. le maire", before: []string{"M. le maire signe. Il part."}, text: delSentence("dernière"), want: []string{"M. le maire signe."}},
		{name: "M. le maire. Il part.", before: []string{"Il cite M. le maire. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
	})
	var de *doubtfulSentenceError
	if err := doubtfulRank(ets, 2); !errors.As(err, &de) || de.Cause != doubtAbbreviation {
		t.Errorf("cause: %v", err)
	}
}

// TestSent17ClosingQuote: a straight or curly quotation mark closing a
// quotation whose last sentence ends inside it, then a capital, ends the
// sentence, as "»" does ("Il dit : "Non." Il part.": two sentences — it
// was one, and "la dernière phrase" deleted the whole alinéa); a
// lower-case word after it continues the sentence; a parenthesis closing
// after a period ("(voir l'article L. 1.) Il part.") stays refused:
// whether the note is a sentence of its own is not said.
func TestSent17ClosingQuote(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "straight, last", before: []string{`Il dit : "Non." Il part.`}, text: delSentence("dernière"), want: []string{`Il dit : "Non."`}},
		{name: "straight, first", before: []string{`Il dit : "Non." Il part.`}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "curly, last", before: []string{"Il dit : “Non.” Il part."}, text: delSentence("dernière"), want: []string{"Il dit : “Non.”"}},
		{name: "guillemets, last", before: []string{"Il dit : « Non. » Il part."}, text: delSentence("dernière"), want: []string{"Il dit : « Non. »"}},
		{name: "straight, lower case after", before: []string{`Il dit "Non." puis part. Il date.`}, text: delSentence("dernière"), want: []string{`Il dit "Non." puis part.`}},
		{name: "straight, an opening mark", before: []string{`Il dit. "Non." Il part.`}, text: delSentence("première"), want: []string{`"Non." Il part.`}},
		{name: "straight, two sentences quoted", before: []string{`Il écrit "Lu. Approuvé." Il signe.`}, text: delSentence("dernière"), want: []string{`Il écrit "Lu. Approuvé."`}},
		{name: "curly, two sentences quoted", before: []string{"Il écrit “Lu. Approuvé.” Il signe."}, text: delSentence("première"), want: []string{"Il signe."}},
		{name: "straight, a mark never closed", before: []string{`Il écrit "Lu. Il signe.`}, text: delSentence("dernière"), want: []string{`Il écrit "Lu.`}},
		{name: "parenthesis, first", before: []string{"(voir l'article L. 1.) Il part."}, text: delSentence("première")},
		{name: "parenthesis, last", before: []string{"(voir l'article L. 1.) Il part."}, text: delSentence("dernière")},
	})
	var de *doubtfulSentenceError
	if err := doubtfulRank("(voir l'article L. 1.) Il part.", -1); !errors.As(err, &de) || de.Cause != doubtParenthesis {
		t.Errorf("cause: %v", err)
	}
}

// TestSent17ClosingQuoteInQuotedAlinea: the same in a bill's quoted
// alinéa, « Il dit : "Non." Il part. » (amendments).
func TestSent17ClosingQuoteInQuotedAlinea(t *testing.T) {
	runAmendments(t, []amCase{
		{"last", []string{"I. – Il lit :", `« Il dit : "Non." Il part. »`}, "Supprimer la dernière phrase de l'alinéa 2.", []string{"I. – Il lit :", `« Il dit : "Non." »`}},
		{"Ets.", []string{"I. – Il lit.", "Il paie les Ets. Durand. Il part."}, "Supprimer la deuxième phrase de l'alinéa 2.", nil},
		{"three periods", []string{"I. – Il lit.", "Il hésite... Paris le tente."}, "Alinéa 2, première phrase\nSupprimer cette phrase.", nil},
	})
}

// TestSent17Cause: the refusal names the cause that applies, each one
// doubtfulReadings finds, typed (errors.As to *doubtfulSentenceError,
// errors.Is errDoubtfulSentence, errors.As to an applyErr).
func TestSent17Cause(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want doubtCause
	}{
		{"La S.A. Dupont paie. Il signe.", 1, doubtAcronym},
		{"Il signe. (Il date.) Il part.", -1, doubtParenthesis},
		{"Il signe. 1. Il date.", -1, doubtNumberAfterMark},
		{"Il vise l'article L. 1 A. Il part.", -1, doubtCapitalAfterNumber},
		{"Il hésite… Paris le tente. Il part.", 1, doubtEllipsis},
		{"Il paie la Cie. Durand. Il part.", 1, doubtAbbreviation},
		{"Il signe. Art. 5. Il date.", -1, doubtArticleHeading},
		{"Il signe. 1. il date.", 1, doubtNumberBeforeLower},
	} {
		err := doubtfulRank(tc.s, tc.n)
		var de *doubtfulSentenceError
		if !errors.As(err, &de) {
			t.Errorf("%q: %v, want a doubtfulSentenceError", tc.s, err)
			continue
		}
		if de.Cause&tc.want == 0 {
			t.Errorf("%q: cause %q, want %q", tc.s, de.Cause, tc.want)
		}
		if ae := applyErr(""); !errors.Is(err, errDoubtfulSentence) || !errors.As(err, &ae) {
			t.Errorf("%q: not errDoubtfulSentence", tc.s)
		}
	}
	if err := doubtfulSentenceEnd("Il paie la S.A. Durand. Il signe.", 3, 7, false); !errors.Is(err, errDoubtfulSentence) {
		t.Errorf("sentence end: %v", err)
	} else if var_ := (*doubtfulSentenceError)(nil); !errors.As(err, &var_) || var_.Cause != doubtAcronym {
		t.Errorf("sentence end: cause %v", err)
	}
	if got := (doubtAcronym | doubtEllipsis).String(); got != doubtNames[0]+"; "+doubtNames[4] {
		t.Errorf("String: %q", got)
	}
}
