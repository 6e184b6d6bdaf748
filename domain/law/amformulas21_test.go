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

// TestGrammarAmendmentParagraphSeparator: a new paragraph's number takes
// the separator the bill's article uses, whatever its Latin ordinal ("II
// quinquies.-" in a bill writing "I. – ").
func TestGrammarAmendmentParagraphSeparator(t *testing.T) {
	al := []string{"I. – Le maire agit.", "II. – Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"II bis", al, "Compléter cet article par un paragraphe ainsi rédigé :\n« II bis.-Le conseil délibère. »", []string{al[0], al[1], "II bis. – Le conseil délibère."}},
		{"II quinquies", al, "Compléter cet article par un paragraphe ainsi rédigé :\n« II quinquies.-Le conseil délibère. »", []string{al[0], al[1], "II quinquies. – Le conseil délibère."}},
	})
}
