package law

import "testing"

// TestGrammarAmendmentEndsAndStarts: the end or the start of an alinéa
// rewritten from, after or up to words.
func TestGrammarAmendmentEndsAndStarts(t *testing.T) {
	bill := []string{"Le maire agit seul et vite.", "B."}
	runAmendments(t, []amCase{
		{"après le mot, rédiger ainsi la fin de cet alinéa", bill, "À l'alinéa 1, après le mot : « agit », rédiger ainsi la fin de cet alinéa : « avec le préfet. »", []string{"Le maire agit avec le préfet.", "B."}},
		{"Sénat: after the word, the end rewritten, unquoted", bill, "Alinéa 1\n\nAprès le mot :\n\nagit\n\nrédiger ainsi la fin de cet alinéa :\n\navec le préfet.", []string{"Le maire agit avec le préfet.", "B."}},
		{"rédiger ainsi la fin à partir du mot: the word goes with the end", bill, "À l'alinéa 1, rédiger ainsi la fin de l'alinéa à partir du mot : « seul » : « avec le préfet. »", []string{"Le maire agit avec le préfet.", "B."}},
		{"supprimer les mots", bill, "À l'alinéa 1, supprimer les mots : « seul et »", []string{"Le maire agit vite.", "B."}},
		{"rédiger ainsi le début jusqu'au mot: the word goes with the start", bill, "À l'alinéa 1, rédiger ainsi le début de cet alinéa jusqu'au mot : « agit » : « Le préfet décide »", []string{"Le préfet décide seul et vite.", "B."}},
		{"à la fin de l'alinéa, supprimer les mots that end it", bill, "À la fin de l'alinéa 1, supprimer les mots : « et vite »", []string{"Le maire agit seul.", "B."}},
		{"à la fin de l'alinéa, a word that does not end it: refused", bill, "À la fin de l'alinéa 1, supprimer le mot : « seul »", nil},
	})
}
