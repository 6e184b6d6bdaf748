package law

import "testing"

func TestCount7ProbeLabels(t *testing.T) {
	dl := count7Del("La dernière phrase")
	d1 := count7Del("La première phrase")
	runGrammar(t, []grammarCase{
		{name: "la lettre A.", before: []string{"Il remplit la case de la lettre A. Il date."}, text: dl, want: []string{"Il remplit la case de la lettre A."}},
		{name: "publié au J.O.", before: []string{"Le décret est publié au J.O. Il s'applique."}, text: dl, want: []string{"Le décret est publié au J.O."}},
		{name: "§ 2.", before: []string{"Il applique le § 2. Il date."}, text: dl, want: []string{"Il applique le § 2."}},
		{name: "au présent V.", before: []string{"Il applique le régime prévu au présent V. Il date."}, text: dl, want: []string{"Il applique le régime prévu au présent V."}},
		{name: "1) label kept", before: []string{"1) Il signe. Il date."}, text: d1, want: []string{"1) Il date."}},
		{name: "la première phrase du A du I", before: []string{"I. – A. – Le maire signe. Il date.", "B. – Texte."}, text: []string{"La première phrase du A du I de l'article L. 1 du code civil est supprimée."}, want: nil},
		{name: "quoted sentences inside an alinéa are not counted", before: []string{"Il porte les mots : « Il signe. Il date. » Le maire date. Il remet."}, text: []string{"La deuxième phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Il porte les mots : « Il signe. Il date. » Il remet."}},
		{name: "NOTA: without a space", before: []string{"Il signe.", "Il date.", "NOTA: Voir."}, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "NOTA: Voir."}},
	})
	runAmendments(t, []amCase{
		{"quoted item: dernière phrase keeps ; and the mark", []string{"I. – L'article L. 1 est ainsi modifié :", "« 1° Il signe. Il date ;", "« 2° Il remet. »"}, "Alinéa 2, dernière phrase\nSupprimer cette phrase.", []string{"I. – L'article L. 1 est ainsi modifié :", "« 1° Il signe ;", "« 2° Il remet. »"}},
		{"quoted last alinéa: dernière phrase keeps the closing mark", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Il signe. Il date. »", "II. – Texte."}, "Alinéa 2, dernière phrase\nSupprimer cette phrase.", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Il signe. »", "II. – Texte."}},
		{"an instruction's second sentence", []string{"I. – Les mots : « Il signe. Il date. » sont supprimés. Le maire date."}, "Alinéa 1, seconde phrase\nSupprimer cette phrase.", []string{"I. – Les mots : « Il signe. Il date. » sont supprimés."}},
	})
}
