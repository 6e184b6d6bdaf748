package law

import "testing"

// TestGrammarAnnouncedCount: "remplacé par deux alinéas ainsi rédigés"
// followed by three is refused (the new text and the next instruction are
// not told apart); items with sub-items deleted and rewritten whole.
func TestGrammarAnnouncedCount(t *testing.T) {
	L := []string{"Il agit :", "1° Seul ;", "2° Avec :", "a) Le préfet ;", "b) Le juge ;", "3° Toujours."}
	runGrammar(t, []grammarCase{
		{name: "deux alinéas announced, three given: refused", before: []string{"A.", "B."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est remplacé par deux alinéas ainsi rédigés :", "« X.", "« Y.", "« Z. »"}},
		{name: "le 2° deleted with its a) and b): « (Abrogé) » as Légifrance prints it", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est supprimé."}, want: []string{"Il agit :", "1° Seul ;", "2° (Abrogé) ;", "3° Toujours."}},
		{name: "le b du 2° deleted", before: L, text: []string{"Le b du 2° de l'article L. 1 du code civil est supprimé."}, want: []string{"Il agit :", "1° Seul ;", "2° Avec :", "a) Le préfet ;", "b) (Abrogé) ;", "3° Toujours."}},
		{name: "le 2° rewritten, its sub-items with it", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Avec le préfet ; »"}, want: []string{"Il agit :", "1° Seul ;", "2° Avec le préfet ;", "3° Toujours."}},
	})
}

// TestGrammarAnnouncedArticles: "sont insérés deux articles ainsi rédigés"
// followed by three "Art." blocks is refused; as many are read.
func TestGrammarAnnouncedArticles(t *testing.T) {
	for _, tc := range []struct {
		text []string
		ok   bool
	}{
		{[]string{"Après l'article L. 1 du code civil, sont insérés deux articles ainsi rédigés :", "« Art. L. 1-1. – Un.", "« Art. L. 1-2. – Deux.", "« Art. L. 1-3. – Trois. »"}, false},
		{[]string{"Après l'article L. 1 du code civil, sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – Un.", "« Il agit.", "« Art. L. 1-2. – Deux. »"}, true},
		{[]string{"Après l'article L. 1 du code civil, sont insérés trois articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – Un.", "« Art. L. 1-2. – Deux.", "« Art. L. 1-3. – Trois. »"}, true},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
		if len(ins) != 1 || (ins[0].Status == Parsed) != tc.ok {
			t.Errorf("%s: got %+v, want parsed %v", tc.text[0], ins, tc.ok)
		}
	}
}
