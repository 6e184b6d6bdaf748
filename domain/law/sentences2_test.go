package law

import "testing"

// TestGrammarSentences: sentences of one division named together
// ("les deux dernières phrases", "les deuxième et troisième phrases") are
// rewritten together — the first takes the new text, the others go —
// counted on the text before the instruction.
func TestGrammarSentences(t *testing.T) {
	B := []string{"Le maire agit dans trois mois. Il rend compte du maire.", "Le juge tranche. Il motive. Il signe."}
	runGrammar(t, []grammarCase{
		{name: "a sentence, then à la fin in the same place", before: B, text: []string{"À la seconde phrase du premier alinéa de l'article L. 1 du code civil, le mot : « rend » est remplacé par le mot : « donne » et, à la fin, les mots : « du maire » sont remplacés par les mots : « au préfet »."}, want: []string{"Le maire agit dans trois mois. Il donne compte au préfet.", B[1]}},
		{name: "la dernière phrase remplacée par deux phrases", before: B, text: []string{"La dernière phrase du dernier alinéa de l'article L. 1 du code civil est remplacée par deux phrases ainsi rédigées : « Il date. Il signe. »"}, want: []string{B[0], "Le juge tranche. Il motive. Il date. Il signe."}},
		{name: "aux première et dernière phrases: words absent from one are refused", before: B, text: []string{"Aux première et dernière phrases du second alinéa de l'article L. 1 du code civil, le mot : « Il » est remplacé par le mot : « Elle »."}, want: nil},
		{name: "aux deuxième et dernière phrases", before: B, text: []string{"Aux deuxième et dernière phrases du second alinéa de l'article L. 1 du code civil, le mot : « Il » est remplacé par le mot : « Elle »."}, want: []string{B[0], "Le juge tranche. Elle motive. Elle signe."}},
		{name: "la référence par les références, and words by a word", before: []string{"1° Selon L. 1 et au titre ;", "2° X."}, text: []string{"Au 1° de l'article L. 1 du code civil, la référence : « L. 1 » est remplacée par les références : « L. 1 et L. 2 » et les mots : « et au » sont remplacés par le mot : « au »."}, want: []string{"1° Selon L. 1 et L. 2 au titre ;", "2° X."}},
		{name: "nested: 1° the first alinéa a) b), 2° the second", before: B, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "a) À la première phrase, le mot : « trois » est remplacé par le mot : « six » ;", "b) La seconde phrase est supprimée ;", "2° Au second alinéa, la deuxième phrase est supprimée."}, want: []string{"Le maire agit dans six mois.", "Le juge tranche. Il signe."}},
		{name: "a) complétée par les mots, b) après la première phrase, une phrase", before: B, text: []string{"Le second alinéa de l'article L. 1 du code civil est ainsi modifié :", "a) La première phrase est complétée par les mots : « seul » ;", "b) Après la première phrase, est insérée une phrase ainsi rédigée : « Il écoute. » ;"}, want: []string{B[0], "Le juge tranche seul. Il écoute. Il motive. Il signe."}},
		{name: "au début de la seconde phrase, sont ajoutés les mots", before: B, text: []string{"Au début de la seconde phrase du premier alinéa de l'article L. 1 du code civil, sont ajoutés les mots : « Chaque année, »."}, want: []string{"Le maire agit dans trois mois. Chaque année, il rend compte du maire.", B[1]}},
		{name: "la première phrase ainsi rédigée", before: B, text: []string{"La première phrase du premier alinéa de l'article L. 1 du code civil est ainsi rédigée : « Le préfet agit. »"}, want: []string{"Le préfet agit. Il rend compte du maire.", B[1]}},
		{name: "les deux dernières phrases remplacées par une: one text for both, never each", before: B, text: []string{"Les deux dernières phrases du second alinéa de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Il motive et signe. »"}, want: []string{B[0], "Le juge tranche. Il motive et signe."}},
	})
}

func TestGrammarSentencesRewritten(t *testing.T) {
	B := []string{"A.", "Le juge tranche. Il motive. Il signe. Il part."}
	runGrammar(t, []grammarCase{
		{name: "les deuxième et troisième phrases remplacées par une", before: B, text: []string{"Les deuxième et troisième phrases du second alinéa de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Il date. »"}, want: []string{"A.", "Le juge tranche. Il date. Il part."}},
		{name: "les deuxième et troisième phrases remplacées par deux", before: B, text: []string{"Les deuxième et troisième phrases du second alinéa de l'article L. 1 du code civil sont remplacées par deux phrases ainsi rédigées : « Il date. Il lit. »"}, want: []string{"A.", "Le juge tranche. Il date. Il lit. Il part."}},
		{name: "les trois dernières phrases remplacées par deux", before: B, text: []string{"Les trois dernières phrases du second alinéa de l'article L. 1 du code civil sont remplacées par deux phrases ainsi rédigées : « Il date. Il lit. »"}, want: []string{"A.", "Le juge tranche. Il date. Il lit."}},
		{name: "sentences not consecutive rewritten together are refused", before: B, text: []string{"Les première et troisième phrases du second alinéa de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Il date. »"}, want: nil},
	})
}

// TestGrammarAmendmentSentences: the same in amendments; sentences named
// in a form not read are refused, never the whole alinéa.
func TestGrammarAmendmentSentences(t *testing.T) {
	bill := []string{"A.", "Le juge tranche. Il motive. Il signe."}
	runAmendments(t, []amCase{
		{"Rédiger ainsi les deux dernières phrases de l'alinéa 2: one text for both", bill, "Rédiger ainsi les deux dernières phrases de l'alinéa 2 :\n\n« Il date. »", []string{"A.", "Le juge tranche. Il date."}},
		{"Alinéa 2, deuxième et troisième phrases / Rédiger ainsi ces phrases", bill, "Alinéa 2, deuxième et troisième phrases\n\nRédiger ainsi ces phrases :\n\nIl date.", []string{"A.", "Le juge tranche. Il date."}},
		{"Supprimer les deux dernières phrases de l'alinéa 2: only those", bill, "Supprimer les deux dernières phrases de l'alinéa 2.", []string{"A.", "Le juge tranche."}},
		{"the second to the last: read (TestAmLeft2SentencesToEnd)", bill, "Supprimer les deuxième à dernière phrases de l'alinéa 2.", []string{"A.", "Le juge tranche."}},
		{"remplacer les deuxième et troisième phrases par une phrase", bill, "À l'alinéa 2, remplacer les deuxième et troisième phrases par une phrase ainsi rédigée :\n\n« Il date. »", []string{"A.", "Le juge tranche. Il date."}},
	})
}
