package law

import "testing"

// TestGrammarCapitalAfterAnyLabel: the words that began an item are
// deleted, the next word takes the capital after any item's label — "a)",
// "1.", "1° bis" as "1°" — in a code and in an amendment (it gave "a)
// rapport").
func TestGrammarCapitalAfterAnyLabel(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "a)", before: []string{"Le maire :", "a) Le rapport ;", "b) Le bilan."}, text: []string{"Au a de l'article L. 1 du code civil, le mot : « Le » est supprimé."}, want: []string{"Le maire :", "a) Rapport ;", "b) Le bilan."}},
		{name: "1.", before: []string{"1. Le rapport ;", "2. Le bilan."}, text: []string{"Au 1 de l'article L. 1 du code civil, le mot : « Le » est supprimé."}, want: []string{"1. Rapport ;", "2. Le bilan."}},
		{name: "1° bis", before: []string{"Le maire :", "1° Le rapport ;", "1° bis Le compte ;", "2° Le bilan."}, text: []string{"Au 1° bis de l'article L. 1 du code civil, le mot : « Le » est supprimé."}, want: []string{"Le maire :", "1° Le rapport ;", "1° bis Compte ;", "2° Le bilan."}},
	})
	runAmendments(t, []amCase{
		{"amendment: a)", []string{"I. – Le maire :", "a) Le rapport ;", "b) Le bilan."}, "À l'alinéa 2, supprimer le mot : « Le ».", []string{"I. – Le maire :", "a) Rapport ;", "b) Le bilan."}},
	})
}
