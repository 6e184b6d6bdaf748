package law

import "testing"

// TestGrammarNoBreakSpaces: the sources' no-break (U+00A0) and narrow
// no-break (U+202F) spaces before colons and inside guillemets.
func TestGrammarNoBreakSpaces(t *testing.T) {
	B := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "no-break and narrow no-break spaces around colons and guillemets", before: B, text: []string{"L'article L.\u00a01 du code civil est ainsi modifié\u202f:", "1° Au premier alinéa, le mot\u202f: «\u202fmaire\u202f» est remplacé par le mot\u202f: «\u202fpréfet\u202f»\u202f;"}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "a quoted alinéa with no-break spaces", before: B, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé\u00a0:", "«\u00a0Il rend compte.\u00a0»"}, want: []string{"Le maire agit.", "Le juge tranche.", "Il rend compte."}},
		{name: "a quoted alinéa with narrow no-break spaces: trimmed", before: B, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé\u202f:", "«\u202fIl rend compte.\u202f»"}, want: []string{"Le maire agit.", "Le juge tranche.", "Il rend compte."}},
	})
	runAmendments(t, []amCase{
		{"amendment: narrow no-break spaces", B, "À l’alinéa\u00a01, substituer au mot\u202f: «\u202fmaire\u202f» le mot\u202f: «\u202fpréfet\u202f».", []string{"Le préfet agit.", "Le juge tranche."}},
	})
}
