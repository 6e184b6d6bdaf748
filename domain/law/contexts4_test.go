package law

import "testing"

// TestGrammarDashItems: items introduced by dashes ("– le mot …") under
// nested contexts.
func TestGrammarDashItems(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "dash items under a context", before: []string{"Le maire agit seul ici.", "B."}, text: []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le premier alinéa est ainsi modifié :", "– le mot : « maire » est remplacé par le mot : « préfet » ;", "– le mot : « ici » est supprimé ;", "b) Le second alinéa est supprimé."}, want: []string{"Le préfet agit seul."}},
		{name: "hyphen items under a context", before: []string{"Le maire agit seul ici.", "B."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "- le mot : « maire » est remplacé par le mot : « préfet » ;", "- le mot : « ici » est supprimé ;", "2° Le second alinéa est supprimé."}, want: []string{"Le préfet agit seul."}},
	})
}
