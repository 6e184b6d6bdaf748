package law

import "testing"

// TestGrammarBill5FirstArticleLettered: "l'article L. 1er", "R. 1er",
// "LO 1er" are the article L. 1 (R. 1, LO 1), as "l'article 1er" is
// article 1 (they were keyed "l1er": not found, nothing edited).
func TestGrammarBill5FirstArticleLettered(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "L. 1er", before: A, text: []string{"Le second alinéa de l'article L. 1er du code civil est supprimé."}, want: A[:1]},
		{name: "ainsi modifié", before: A, text: []string{"L'article L. 1er du code civil est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le second alinéa est supprimé."}, want: []string{"Le préfet signe."}},
	})
	for _, k := range [][2]string{{"L. 1er", "l1"}, {"R. 1er", "r1"}, {"LO 1er", "lo1"}, {"L. 1er bis", "l1 bis"}, {"L. 10", "l10"}} {
		if got := ArticleKey(k[0]); got != k[1] {
			t.Errorf("ArticleKey(%q) = %q, want %q", k[0], got, k[1])
		}
	}
}
