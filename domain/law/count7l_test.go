package law

import "testing"

func TestCount7ProbeDeepPaths(t *testing.T) {
	art := []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il note. Il lit.", "Il juge.", "II. – Texte."}
	runGrammar(t, []grammarCase{
		{name: "la deuxième phrase du deuxième alinéa du 2° du I", before: art, text: []string{"La deuxième phrase du deuxième alinéa du 2° du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il lit.", "Il juge.", "II. – Texte."}},
		{name: "l'avant-dernière phrase du deuxième alinéa du 2° du I", before: art, text: []string{"À l'avant-dernière phrase du deuxième alinéa du 2° du I de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « date »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il date. Il lit.", "Il juge.", "II. – Texte."}},
		{name: "le dernier alinéa du 2° du I", before: art, text: []string{"Le dernier alinéa du 2° du I de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il note. Il lit.", "II. – Texte."}},
		{name: "le quatrième alinéa du I", before: art, text: []string{"Au quatrième alinéa du I de l'article L. 1 du code civil, le mot : « lit » est remplacé par le mot : « date »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il note. Il date.", "Il juge.", "II. – Texte."}},
	})
	bill := []string{"I. – Il signe. Il date. Il remet.", "II. – Texte."}
	runAmendments(t, []amCase{
		{"Alinéa 1, avant-dernière phrase", bill, "Alinéa 1, avant-dernière phrase\nSupprimer cette phrase.", []string{"I. – Il signe. Il remet.", "II. – Texte."}},
		{"À la deuxième phrase de l'alinéa 1", bill, "À la deuxième phrase de l'alinéa 1, substituer au mot : « date » le mot : « lit ».", []string{"I. – Il signe. Il lit. Il remet.", "II. – Texte."}},
		{"Alinéa 1, après la première phrase, insérer", bill, "Alinéa 1\nAprès la première phrase, insérer une phrase ainsi rédigée :\nIl lit.", []string{"I. – Il signe. Il lit. Il date. Il remet.", "II. – Texte."}},
		{"Alinéa 1, première phrase: the label stays", bill, "Alinéa 1, première phrase\nSupprimer cette phrase.", []string{"I. – Il date. Il remet.", "II. – Texte."}},
		{"Alinéa 1, quatrième phrase refused", bill, "Alinéa 1, quatrième phrase\nSupprimer cette phrase.", nil},
	})
}
