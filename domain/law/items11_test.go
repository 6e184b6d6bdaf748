package law

import "testing"

// TestGrammarCapitalPartsEdited: capital-lettered parts inserted, rewritten,
// completed, added at the end, and their sentences.
func TestGrammarCapitalPartsEdited(t *testing.T) {
	B := []string{"A. – Le maire agit.", "B. – Le préfet contrôle.", "C. – Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "après le B, il est inséré un B bis", before: B, text: []string{"Après le B de l'article L. 1 du code civil, il est inséré un B bis ainsi rédigé :", "« B bis. – Le greffier note. »"}, want: []string{B[0], B[1], "B bis. – Le greffier note.", B[2]}},
		{name: "le B est ainsi rédigé", before: B, text: []string{"Le B de l'article L. 1 du code civil est ainsi rédigé :", "« B. – Le préfet décide. »"}, want: []string{B[0], "B. – Le préfet décide.", B[2]}},
		{name: "le B est complété par un alinéa", before: B, text: []string{"Le B de l'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Il rend compte. »"}, want: []string{B[0], B[1], "Il rend compte.", B[2]}},
		{name: "l'article est complété par un D", before: B, text: []string{"L'article L. 1 du code civil est complété par un D ainsi rédigé :", "« D. – Le greffier note. »"}, want: []string{B[0], B[1], B[2], "D. – Le greffier note."}},
		{name: "la première phrase du C", before: []string{"A. – Le maire agit.", "C. – Le juge tranche. Il motive."}, text: []string{"La seconde phrase du C de l'article L. 1 du code civil est supprimée."}, want: []string{"A. – Le maire agit.", "C. – Le juge tranche."}},
	})
}
