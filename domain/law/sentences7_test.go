package law

import "testing"

// TestGrammarEndAfterAnchor: "après le mot : « A », la fin de la phrase
// est ainsi rédigée" where A is there twice, without its occurrence: which
// end is meant is not said, refused (the first was taken).
func TestGrammarEndAfterAnchor(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "après le mot A (twice), la fin de la phrase: refused", before: []string{"Le maire agit et le maire rend compte."}, text: []string{"À la première phrase de l'article L. 1 du code civil, après le mot : « maire », la fin de la phrase est ainsi rédigée : « décide. »"}},
		{name: "après la seconde occurrence du mot A, la fin", before: []string{"Le maire agit et le maire rend compte."}, text: []string{"À la première phrase de l'article L. 1 du code civil, après la seconde occurrence du mot : « maire », la fin de la phrase est ainsi rédigée : « décide. »"}, want: []string{"Le maire agit et le maire décide."}},
		{name: "après le mot A (once), la fin de l'alinéa est supprimée", before: []string{"Le maire agit seul. Il rend compte.", "B."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « agit », la fin de l'alinéa est supprimée."}, want: []string{"Le maire agit.", "B."}},
	})
}
