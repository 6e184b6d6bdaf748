package law

import "testing"

// TestApostropheCurlyBetweenWords: the curly apostrophe ’ outside the
// quotations is the straight one's typographic form: "Entre le mot : « A »
// et l’abréviation : « B »" and "de l’article L. 1" read as with ' (they
// were refused: a form not read).
func TestApostropheCurlyBetweenWords(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche.", "Le juge note."}
	want := []string{"Le juge signe.", "Le juge bien tranche.", "Le juge note."}
	runGrammar(t, []grammarCase{
		{name: "straight", before: A, text: []string{"Entre le mot : « juge » et le mot : « tranche » du deuxième alinéa de l'article L. 1 du code civil, est inséré le mot : « bien »."}, want: want},
		{name: "curly", before: A, text: []string{"Entre le mot : « juge » et le mot : « tranche » du deuxième alinéa de l’article L. 1 du code civil, est inséré le mot : « bien »."}, want: want},
		{name: "curly before a noun", before: A, text: []string{"Au deuxième alinéa de l’article L. 1 du code civil, entre le mot : « juge » et l’expression : « tranche », est insérée l’expression : « bien »."}, want: want},
	})
}

// TestApostropheCurlyInvertedAddition: "Il est inséré, dans le code civil,
// après l’article L. 1, un article L. 1-1 ainsi rédigé :" with the curly
// apostrophe, as with the straight one (TestGrammarInvertedAdditionInText).
func TestApostropheCurlyInvertedAddition(t *testing.T) {
	text := "Il est inséré, dans le code civil, après l’article L. 1, un article L. 1-1 ainsi rédigé :"
	ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
	c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: []string{"Un."}}}
	got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: []string{text, "« Art. L. 1-1. – Il revient. »"}}}), ApplyOptions{})
	if a := got[CodeRef{Code: "code civil", Article: ArticleKey("L1-1")}].Alineas; len(errs) > 0 || len(a) != 1 || a[0] != "Il revient." {
		t.Errorf("L. 1-1 reads %q (%v)", a, errs)
	}
}
