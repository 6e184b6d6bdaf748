package law

import "testing"

// TestGrammarNumberedParagraphsUnderParts: paragraphs numbered "1.", "2." under a
// part ("I. – 1. …" begins on the I's line: its words are edited), and at
// the article's top.
func TestGrammarNumberedParagraphsUnderParts(t *testing.T) {
	B := []string{"I. – 1. Le maire agit.", "2. Le préfet contrôle.", "II. – 1. Le juge tranche.", "2. Le greffier note."}
	C := []string{"1. Le maire agit.", "2. Le préfet contrôle.", "3. Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "au 2 du I", before: B, text: []string{"Au 2 du I de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « sous-préfet »."}, want: []string{B[0], "2. Le sous-préfet contrôle.", B[2], B[3]}},
		{name: "au 1 du II: begins on the II's line, its words", before: B, text: []string{"Au 1 du II de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « président »."}, want: []string{B[0], B[1], "II. – 1. Le président tranche.", B[3]}},
		{name: "le 2 est supprimé", before: C, text: []string{"Le 2 de l'article L. 1 du code civil est supprimé."}, want: []string{C[0], "2. (Abrogé)", C[2]}},
		{name: "au 3, le mot", before: C, text: []string{"Au 3 de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « président »."}, want: []string{C[0], C[1], "3. Le président tranche."}},
	})
}
