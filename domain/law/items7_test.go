package law

import "testing"

// TestGrammarListEnds: a list's punctuation when its last item is added,
// deleted or rewritten.
func TestGrammarListEnds(t *testing.T) {
	B := []string{"I. – Le maire agit :", "1° Seul ;", "2° Vite.", "II. – Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "le I complété par un 3°: the 2° takes a semicolon", before: B, text: []string{"Le I de l'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Bien. »"}, want: []string{B[0], B[1], "2° Vite ;", "3° Bien.", B[3]}},
		{name: "the list's last item deleted as an alinéa: the item before ends the list", before: B, text: []string{"Le dernier alinéa du I de l'article L. 1 du code civil est supprimé."}, want: []string{B[0], "1° Seul.", B[3]}},
		{name: "le 2° supprimé: its label stays, as Légifrance prints it", before: B, text: []string{"Le 2° du I de l'article L. 1 du code civil est supprimé."}, want: []string{B[0], B[1], "2° (Abrogé).", B[3]}},
		{name: "au premier alinéa du I: before its colon", before: B, text: []string{"Au premier alinéa du I de l'article L. 1 du code civil, le mot : « agit » est remplacé par le mot : « peut agir »."}, want: []string{"I. – Le maire peut agir :", B[1], B[2], B[3]}},
		{name: "le I ainsi rédigé: its items go with it", before: B, text: []string{"Le I de l'article L. 1 du code civil est ainsi rédigé :", "« I. – Le maire décide. »"}, want: []string{"I. – Le maire décide.", B[3]}},
	})
}
