package law

import "testing"

// TestGrammarAmendmentSentenceLocators: sentences named in amendments'
// locators, and the label of a part, which is no part of its first
// sentence.
func TestGrammarAmendmentSentenceLocators(t *testing.T) {
	bill := []string{"I. - Le maire agit. Il signe. Il part.", "1° Le juge tranche. Il motive ;", "a) Le greffier note. Il date ;", "b) Le greffier classe.", "2° Le préfet contrôle.", "II. - Le conseil se réunit. Il vote."}
	rep := func(i int, s string) []string { o := append([]string{}, bill...); o[i] = s; return o }
	runAmendments(t, []amCase{
		{"Alinéa 1, première et deuxième phrases / Supprimer ces phrases: the label stays", bill, "Alinéa 1, première et deuxième phrases\n\nSupprimer ces phrases.", rep(0, "I. - Il part.")},
		{"Alinéa 1, dernière phrase / Supprimer cette phrase", bill, "Alinéa 1, dernière phrase\n\nSupprimer cette phrase.", rep(0, "I. - Le maire agit. Il signe.")},
		{"à l'avant-dernière phrase de l'alinéa 1", bill, "À l'avant-dernière phrase de l'alinéa 1, substituer au mot : « Il » le mot : « Elle ».", rep(0, "I. - Le maire agit. Elle signe. Il part.")},
		{"à la fin de la première phrase de l'alinéa 2", bill, "À la fin de la première phrase de l'alinéa 2, substituer au mot : « tranche » le mot : « juge ».", rep(1, "1° Le juge juge. Il motive ;")},
		{"au début de la deuxième phrase: the next word loses its capital", bill, "Au début de la deuxième phrase de l'alinéa 1, insérer les mots : « Ensuite, ».", rep(0, "I. - Le maire agit. Ensuite, il signe. Il part.")},
		{"À l'alinéa 3, première phrase,", bill, "À l'alinéa 3, première phrase, substituer au mot : « note » le mot : « écrit ».", rep(2, "a) Le greffier écrit. Il date ;")},
		{"À l'alinéa 3, à la seconde phrase,", bill, "À l'alinéa 3, à la seconde phrase, substituer au mot : « date » le mot : « signe ».", rep(2, "a) Le greffier note. Il signe ;")},
		{"au b du 1° du I", bill, "Au b du 1° du I, substituer au mot : « classe » le mot : « range ».", rep(3, "b) Le greffier range.")},
		{"à la seconde phrase du II", bill, "À la seconde phrase du II, substituer au mot : « vote » le mot : « délibère ».", rep(5, "II. - Le conseil se réunit. Il délibère.")},
		{"au second alinéa du 1° du I: its a)", bill, "Au second alinéa du 1° du I, substituer au mot : « note » le mot : « écrit ».", rep(2, "a) Le greffier écrit. Il date ;")},
		{"a sentence beyond the alinéa is refused", bill, "À la troisième phrase de l'alinéa 2, substituer au mot : « Il » le mot : « Elle ».", nil},
		{"Alinéa 1, troisième phrase / Rédiger ainsi cette phrase", bill, "Alinéa 1, troisième phrase\n\nRédiger ainsi cette phrase :\n\nIl reste.", rep(0, "I. - Le maire agit. Il signe. Il reste.")},
		{"Alinéas 1 et 6, dernière phrase: of the 6 or of both, not said: refused", bill, "Alinéas 1 et 6, dernière phrase\n\nSupprimer cette phrase.", nil},
	})
}

// TestGrammarLabelNotASentence: the label of a paragraph or an item ("I. –
// ", "1° ", "a) ") is not part of its first sentence.
func TestGrammarLabelNotASentence(t *testing.T) {
	I := []string{"I. – Le maire agit. Il signe.", "1° Le juge tranche. Il motive ;", "2° B."}
	runGrammar(t, []grammarCase{
		{name: "la première phrase du I est supprimée: I. – stays", before: I, text: []string{"La première phrase du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il signe.", I[1], I[2]}},
		{name: "la première phrase du 1° est ainsi rédigée: 1° stays", before: I, text: []string{"La première phrase du 1° du I de l'article L. 1 du code civil est ainsi rédigée : « Le juge décide. »"}, want: []string{I[0], "1° Le juge décide. Il motive ;", I[2]}},
	})
	if b := sentenceBounds("I.-Le maire agit. Il signe."); len(b) != 2 || "I.-Le maire agit. Il signe."[b[0][0]:b[0][1]] != "Le maire agit." {
		t.Errorf("bounds %v", b)
	}
}
