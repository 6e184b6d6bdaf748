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

// TestGrammarOrdinalIndicator: the ordinal indicator "º" typed for the
// degree sign — an item's label "1º", an elided "...º", the numero "loi
// nº" — reads, and is inserted, as the codes print it: "1°", "n°".
func TestGrammarOrdinalIndicator(t *testing.T) {
	A := []string{"Le maire agit.", "1° Il signe ;", "2° Il note."}
	runGrammar(t, []grammarCase{
		{name: "an item's label", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1º Au 2º, le mot : « note » est remplacé par le mot : « vote » ;", "2º Le 1º est abrogé."}, want: []string{"Le maire agit.", "1° (Abrogé) ;", "2° Il vote."}},
		{name: "a law's numero", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « selon la loi nº 2004-575 du 21 juin 2004 »."}, want: []string{"Le maire agit selon la loi n° 2004-575 du 21 juin 2004.", A[1], A[2]}},
		{name: "a law named by its numero is a text of its own", before: A, text: []string{"Le 1 du I de l'article 6 de la loi nº 2004-575 du 21 juin 2004 est complété par un alinéa ainsi rédigé :", "« Il rend compte. »"}},
	})
	B := []string{"Le fonds de la loi n° ...... du ...... est clos.", "I. - Le maire agit."}
	runAmendments(t, []amCase{
		{"a label spaced from its mark", []string{"Le maire agit.", "1° Il signe ;", "4 ° Il note."}, "Alinéa 3\n\nRemplacer les mots :\n\n4  º Il note\n\npar les mots :\n\n4 ° Il vote", []string{"Le maire agit.", "1° Il signe ;", "4 ° Il vote."}},
		{"an elided item's label", B, "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n...º Le préfet agit.", []string{B[0], "...° Le préfet agit."}},
		{"a blank numero", B, "Alinéa 1\n\nSupprimer les mots :\n\nde la loi nº ...... du ......", []string{"Le fonds est clos.", B[1]}},
	})
}

// TestGrammarTightArticleNumber: an article's number typed without the
// space after its letters ("L.1-2", "R.3") is the number the codes print
// spaced ("L. 1-2"): quoted, it finds it; inserted under Légifrance
// typography, it is spaced.
func TestGrammarTightArticleNumber(t *testing.T) {
	A := []string{"Le maire agit selon l'article L. 1-2."}
	runGrammar(t, []grammarCase{
		{name: "quoted", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la référence : « L.1-2 » est remplacée par la référence : « L. 1-3 »."}, want: []string{"Le maire agit selon l'article L. 1-3."}},
		{name: "inserted, consolidated", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « et R.3 »."}, want: []string{"Le maire agit selon l'article L. 1-2 et R. 3."}, legifrance: true},
	})
	runAmendments(t, []amCase{
		{"amendment, spaced in the text", A, "À l’alinéa 1, substituer à la référence : « L.1-2 » la référence : « L. 1-3 ».", []string{"Le maire agit selon l'article L. 1-3."}},
		{"amendment, tight in the text", []string{"Le maire agit selon l'article L.1-2."}, "À l’alinéa 1, substituer à la référence : « L. 1-2 » la référence : « L. 1-3 ».", []string{"Le maire agit selon l'article L. 1-3."}},
	})
}

// TestGrammarDoubledSpaces: spaces typed twice, or at an alinéa's ends,
// are one space, none: "Au  premier alinéa" is read, and the new text
// inserted with single spaces.
func TestGrammarDoubledSpaces(t *testing.T) {
	A := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "doubled spaces", before: A, text: []string{" L'article  L. 1  du code civil est ainsi modifié  : ", "1°  Au  premier  alinéa, le  mot : « maire » est  remplacé par les  mots : « préfet  de région » ;", "2°  Il est  ajouté un  alinéa ainsi  rédigé :", "«  Il  rend compte.  » "}, want: []string{"Le préfet de région agit.", "Le juge tranche.", "Il rend compte."}},
	})
}

// TestGrammarEllipsisMarks: an elision is "..." or "…" alike — the end of
// a new beginning ("Le début du 2° est ainsi rédigé : « 2° … agit… (le
// reste sans changement) »", refused with "…"), and the blank of a law
// not yet numbered in dots or ellipses ("n° ......", "n° ……", "du …….").
func TestGrammarEllipsisMarks(t *testing.T) {
	A := []string{"Le maire agit.", "1° Il signe ;", "2° Le maire agit vite et bien."}
	for _, mark := range []string{"...", "…"} {
		runGrammar(t, []grammarCase{
			{name: "le début, " + mark, before: A, text: []string{"Le début du 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Le préfet agit" + mark + " (le reste sans changement) »."}, want: []string{A[0], A[1], "2° Le préfet agit vite et bien."}},
		})
	}
	B := []string{"Le fonds créé par l'article …… de la loi n° …… du ……. de finances est clos."}
	runAmendments(t, []amCase{
		{"blanks in ellipses", B, "Alinéa 1\n\nSupprimer les mots :\n\ncréé par l'article de la loi n° du de finances", []string{"Le fonds est clos."}},
		{"blanks in ellipses in the amendment", []string{"Le fonds créé par l'article de la loi n° du de finances est clos."}, "Alinéa 1\n\nSupprimer les mots :\n\ncréé par l'article …… de la loi n° …… du ……. de finances", []string{"Le fonds est clos."}},
	})
}

// TestGrammarCurlyClosingMark: an item inserted before another that ends
// with the text it quotes ends with " ;" after the closing mark, whichever
// the mark: "»", '"' or the curly '”' ("… site.”" lost its " ;").
func TestGrammarCurlyClosingMark(t *testing.T) {
	A := []string{"La loi est ainsi modifiée :", "1° L'article 1 est abrogé ;", "2° L'article 3 est abrogé."}
	for _, q := range [][2]string{{"« ", " »"}, {"\"", "\""}, {"“", "”"}} {
		runAmendments(t, []amCase{
			{"closed by " + q[1], A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« 1° bis L'article 2 est complété par les mots : " + q[0] + "ici." + q[1] + " »", []string{A[0], A[1], "1° bis L'article 2 est complété par les mots : " + q[0] + "ici." + q[1] + " ;", A[2]}},
		})
	}
}

// TestGrammarDecimalCommaSpaces: a decimal comma printed with spaces after
// it — one, several, a no-break space ("0,  5 %", "0,\u00a05 %") — is the
// number, as with one space.
func TestGrammarDecimalCommaSpaces(t *testing.T) {
	A := []string{"Le taux est de 0,5 %."}
	for _, n := range []string{"0, 5 %", "0,  5 %", "0,\u00a05 %"} {
		runAmendments(t, []amCase{
			{n, A, "Alinéa 1\n\nRemplacer le taux :\n\n" + n + "\n\npar le taux :\n\n1 %", []string{"Le taux est de 1 %."}},
		})
	}
}

// TestGrammarOlderDraftingOutsideQuotes: the older drafting read as
// today's ("modifié comme suit" → "ainsi modifié", "les mots suivants :"
// → "les mots :") is the instruction's, never its new text's: a new text
// quoted on the instruction's own line keeps its words ("… par les mots
// suivants :" lost "suivants").
func TestGrammarOlderDraftingOutsideQuotes(t *testing.T) {
	A := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "straight quotes", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi rédigé : \"Les mots suivants sont remplacés par les mots suivants :\"."}, want: []string{"Les mots suivants sont remplacés par les mots suivants :", A[1]}},
		{name: "guillemets", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi rédigé : « Le texte est modifié comme suit : »."}, want: []string{"Le texte est modifié comme suit :", A[1]}},
		{name: "the instruction's own older drafting still read", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est rédigé comme suit : « Le texte est modifié comme suit : »."}, want: []string{"Le texte est modifié comme suit :", A[1]}},
		{name: "new text on lines of its own", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est remplacé par deux alinéas ainsi rédigés :", "\"Le texte est modifié comme suit :", "\"- les mots suivants : \"A\" sont remplacés par les mots suivants : \"B\".\""}, want: []string{"Le texte est modifié comme suit :", "- les mots suivants : \"A\" sont remplacés par les mots suivants : \"B\".", A[1]}},
	})
}

// TestGrammarCurlyInnerQuotes: quoted words holding a quotation in curly
// marks with spaces inside (“ A ”), as in guillemets (« A »), find the
// text's straight quotes ("A").
func TestGrammarCurlyInnerQuotes(t *testing.T) {
	A := []string{"1° Au premier alinéa, les mots : \"L. 1 à L. 7\" sont remplacés par les mots : \"L. 1 à L. 8\" ;", "2° Le second alinéa est supprimé."}
	runAmendments(t, []amCase{
		{"curly, spaced", A, "Alinéa 1\n\nRemplacer les mots :\n\nles mots : “ L. 1 à L. 7 ” sont remplacés\n\npar les mots :\n\nla référence : “ L. 1 à L. 7 ” est remplacée", []string{"1° Au premier alinéa, la référence : “ L. 1 à L. 7 ” est remplacée par les mots : \"L. 1 à L. 8\" ;", A[1]}},
		{"guillemets, spaced", A, "Alinéa 1\n\nSupprimer les mots :\n\nles mots : « L. 1 à L. 7 » sont remplacés par", []string{"1° Au premier alinéa, les mots : \"L. 1 à L. 8\" ;", A[1]}},
	})
}
