package law

import "testing"

// TestGrammarJoinedOperations: two word operations on one place joined by
// ";", ", et" or ", puis".
func TestGrammarJoinedOperations(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "two operations joined by ';' without a new place", before: []string{"Le maire seul agit ici.", "Le maire part."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » ; le mot : « ici » est supprimé."}, want: []string{"Le préfet seul agit.", "Le maire part."}},
		{name: "two operations joined by ', et'", before: []string{"Le maire seul agit ici.", "Le maire part."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet », et le mot : « ici » est supprimé."}, want: []string{"Le préfet seul agit.", "Le maire part."}},
		{name: "puis", before: []string{"Le maire seul agit ici.", "Le maire part."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet », puis le mot : « ici » est supprimé."}, want: []string{"Le préfet seul agit.", "Le maire part."}},
	})
}
