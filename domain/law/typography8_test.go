package law

import "testing"

// TestGrammarNoBreakSpacesEverywhere: the no-break and thin spaces of French
// typography (U+00A0, U+202F before ":" ";" "»" and after "«") say what
// plain spaces say. A quotation closed by "»\u00a0;" or "\"\u00a0;" ends
// there: the next instruction is read as one, not taken into the new
// text (it was, and applied as an alinéa of the article).
func TestGrammarNoBreakSpacesEverywhere(t *testing.T) {
	A := []string{"Le maire agit. Il signe vite.", "Le maire note."}
	runGrammar(t, []grammarCase{
		{name: "straight quotes closed by \"\u00a0;", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié\u00a0:", "1° Le second alinéa est ainsi rédigé\u00a0:", "\"Le préfet note.\"\u00a0;", "2° Au premier alinéa, le mot\u00a0: \"maire\" est remplacé par le mot\u00a0: \"préfet\"."}, want: []string{"Le préfet agit. Il signe vite.", "Le préfet note."}},
		{name: "guillemets closed by »\u00a0;", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié\u00a0:", "1° Le second alinéa est ainsi rédigé\u00a0:", "«\u00a0Le préfet note.\u00a0»\u00a0;", "2° Au premier alinéa, le mot\u00a0: «\u00a0maire\u00a0» est remplacé par le mot\u00a0: «\u00a0préfet\u00a0»."}, want: []string{"Le préfet agit. Il signe vite.", "Le préfet note."}},
		{name: "narrow no-break spaces", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié\u202f:", "1° Le second alinéa est ainsi rédigé\u202f:", "«\u202fLe préfet note.\u202f»\u202f;", "2° Au premier alinéa, le mot\u202f: «\u202fmaire\u202f» est remplacé par le mot\u202f: «\u202fpréfet\u202f»."}, want: []string{"Le préfet agit. Il signe vite.", "Le préfet note."}},
		{name: "two alinéas announced, the second closing with \"\u00a0;", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié\u00a0:", "1° Le second alinéa est remplacé par deux alinéas ainsi rédigés\u00a0:", "\"Le préfet note.", "\"Il signe.\"\u00a0;", "2° Au premier alinéa, le mot\u00a0: \"maire\" est remplacé par le mot\u00a0: \"préfet\"."}, want: []string{"Le préfet agit. Il signe vite.", "Le préfet note.", "Il signe."}},
	})
}

// TestGrammarSpellingsWithBlanks: the spellings a quoted word is looked
// for in (the apostrophe either way, "oe" / "œ", accented capitals …)
// combine with the blanks of a law not yet numbered ("de l'article
// ...... de la loi n° ...... du") and with a looser spacing (a no-break
// space, two spaces): each was tried on the words as written only.
func TestGrammarSpellingsWithBlanks(t *testing.T) {
	B := []string{"Le fonds, dans sa rédaction issue de l'article ...... de la loi n° ...... du ...... de finances est clos.", "L'Etat  membre agit."}
	runAmendments(t, []amCase{
		{"curly apostrophe and blanks", B, "Supprimer les mots :\n\n, dans sa rédaction issue de l’article de la loi n° du de finances", []string{"Le fonds est clos.", B[1]}},
		{"curly apostrophe, accented capital and two spaces", B, "À l’alinéa 2, substituer aux mots : « L’État membre » les mots : « Le pays »", []string{B[0], "Le pays agit."}},
	})
}

// TestGrammarConsolidatedMarks: the consolidated codes print the straight
// apostrophe and the plain hyphen; a bill typed with the typographic
// apostrophe or the non-breaking hyphen (U+2011) inserts them as the codes
// print them (LegifranceTypography), and as typed otherwise.
func TestGrammarConsolidatedMarks(t *testing.T) {
	A := []string{"Le contrat est écrit."}
	text := []string{"L'article L. 1 du code civil est complété par les mots : « selon l’article L.\u00a01\u20112 »."}
	runGrammar(t, []grammarCase{
		{name: "consolidated", before: A, text: text, want: []string{"Le contrat est écrit selon l'article L. 1-2."}, legifrance: true},
		{name: "as typed", before: A, text: text, want: []string{"Le contrat est écrit selon l’article L. 1\u20112."}},
	})
}
