package law

import "testing"

// TestGrammarLabelQuotedBeside: the alinéa's label quoted with its
// punctuation (« a) », « I.- ») is the label only when the text does not
// hold it besides: « a) » in "a) Selon le a) du 2°" is the reference (the
// label was replaced as well); « I.- » alone is still the label.
func TestGrammarLabelQuotedBeside(t *testing.T) {
	L := []string{"Le maire :", "a) Selon le a) du 2° ;", "b) Le bilan."}
	runGrammar(t, []grammarCase{
		{name: "a) as a reference", before: L, text: []string{"Au a de l'article L. 1 du code civil, la référence : « a) » est remplacée par la référence : « b) »."}, want: []string{L[0], "a) Selon le b) du 2° ;", L[2]}},
		{name: "I.- label alone", before: []string{"I.-Le maire agit.", "II.-Le préfet."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la référence : « I.- » est supprimée."}, want: []string{"Le maire agit.", "II.-Le préfet."}},
	})
	runAmendments(t, []amCase{
		{"amendment a) reference", []string{"I. – Le maire :", "a) Selon le a) du 2° ;", "b) Le bilan."}, "À l'alinéa 2, remplacer la référence : « a) » par la référence : « b) ».", []string{"I. – Le maire :", "a) Selon le b) du 2° ;", "b) Le bilan."}},
	})
}
