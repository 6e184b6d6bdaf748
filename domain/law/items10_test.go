package law

import "testing"

// TestGrammarPartPairs: "au I et au II", "le I et le II" are lists of
// parts; "du I et du II" after a sentence's rank stays the list it was.
func TestGrammarPartPairs(t *testing.T) {
	P := []string{"I. – Le maire agit.", "II. – Le maire contrôle.", "III. – Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "au I et au II", before: P, text: []string{"Au I et au II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"I. – Le préfet agit.", "II. – Le préfet contrôle.", P[2]}},
		{name: "le I et le II sont supprimés: each keeps its number, as Légifrance prints it", before: P, text: []string{"Le I et le II de l'article L. 1 du code civil sont supprimés."}, want: []string{"I. – (Abrogé)", "II. – (Abrogé)", P[2]}},
		{name: "du premier alinéa du I et du II: not items, left alone", before: P, text: []string{"À la première phrase du I et du II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"I. – Le préfet agit.", "II. – Le préfet contrôle.", P[2]}},
	})
}
