package law

import "testing"

// TestGrammarAmendmentEndAfterWords: "Rédiger ainsi la fin de l'alinéa 1
// après le mot : « A » :" — the anchor said after the object, A kept.
func TestGrammarAmendmentEndAfterWords(t *testing.T) {
	al := []string{"Le maire agit seul.", "Il rend compte."}
	runAmendments(t, []amCase{
		{"après le mot, after the object", al, "Rédiger ainsi la fin de l'alinéa 1 après le mot : « agit » :\n« avec le conseil. »", []string{"Le maire agit avec le conseil.", al[1]}},
		{"après les mots", al, "Rédiger ainsi la fin de l'alinéa 1 après les mots : « Le maire » :\n« décide. »", []string{"Le maire décide.", al[1]}},
		{"à partir du mot still takes the word", al, "Rédiger ainsi la fin de l'alinéa 1 à partir du mot : « agit » :\n« décide. »", []string{"Le maire décide.", al[1]}},
		{"no anchor: refused", al, "Rédiger ainsi la fin de l'alinéa 1 :\n« décide. »", nil},
	})
}
