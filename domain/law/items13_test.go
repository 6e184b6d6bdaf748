package law

import "testing"

// TestGrammarLabelsNotWords: a bare number quoted (« I », « 1° ») is never
// the alinéa's own label — "la référence : « I » est remplacée par « II »"
// relabelled the part "II. –" — but the label quoted with its punctuation
// is (« I.- »).
func TestGrammarLabelsNotWords(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "la référence I, not the label I. –", before: []string{"I. – Selon le I de l'article L. 2, il agit.", "II. – B."}, text: []string{"Au I de l'article L. 1 du code civil, la référence : « I » est remplacée par la référence : « II »."}, want: []string{"I. – Selon le II de l'article L. 2, il agit.", "II. – B."}},
		{name: "la référence 1°, not the label 1°", before: []string{"Il agit :", "1° Selon le 1° de l'article L. 2 ;", "2° Seul."}, text: []string{"Au 1° de l'article L. 1 du code civil, la référence : « 1° » est remplacée par la référence : « 2° »."}, want: []string{"Il agit :", "1° Selon le 2° de l'article L. 2 ;", "2° Seul."}},
	})
	runAmendments(t, []amCase{
		{"au début de l'alinéa 1, supprimer la référence : « I.- »", []string{"I.- Le maire agit."}, "Au début de l'alinéa 1, supprimer la référence : « I.- ».", []string{"Le maire agit."}},
	})
}
