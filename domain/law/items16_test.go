package law

import "testing"

// TestGrammarKeepLabelDash: "Le premier alinéa du I est ainsi rédigé" by
// a text without the I's label keeps "I. – " whole (it gave "I. Le …").
func TestGrammarKeepLabelDash(t *testing.T) {
	P := []string{"I. – Le maire agit.", "Il rend compte.", "II. – B."}
	runGrammar(t, []grammarCase{
		{name: "le premier alinéa du I ainsi rédigé, without its label", before: P, text: []string{"Le premier alinéa du I de l'article L. 1 du code civil est ainsi rédigé : « Le préfet agit. »"}, want: []string{"I. – Le préfet agit.", "Il rend compte.", "II. – B."}},
		{name: "the I rewritten with its label", before: P, text: []string{"Le I de l'article L. 1 du code civil est ainsi rédigé : « I. – Le préfet agit. »"}, want: []string{"I. – Le préfet agit.", "II. – B."}},
	})
}
