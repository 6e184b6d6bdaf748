package law

import "testing"

func TestCount7ProbeItemsMore(t *testing.T) {
	restart := []string{"1° Le maire :", "a) signe ;", "2° Le préfet :", "a) vise ;", "b) note."}
	runGrammar(t, []grammarCase{
		{name: "le b du 1°, the 1° has none", before: restart, text: []string{"Au b du 1° de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « lit »."}, want: nil},
		{name: "le b, one b only", before: restart, text: []string{"Au b de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « lit »."}, want: []string{"1° Le maire :", "a) signe ;", "2° Le préfet :", "a) vise ;", "b) lit."}},
		{name: "le dernier alinéa du 3°, an unnumbered alinéa before the 4°", before: []string{"Le maire :", "3° Le préfet :", "Il vise ;", "4° Il lit."}, text: []string{"Le dernier alinéa du 3° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "3° Le préfet :", "4° Il lit."}},
		{name: "1° bis counts as an alinéa", before: []string{"Le maire :", "1° Signe ;", "1° bis Date ;", "2° Remet."}, text: []string{"Au quatrième alinéa de l'article L. 1 du code civil, le mot : « Remet » est remplacé par le mot : « Lit »."}, want: []string{"Le maire :", "1° Signe ;", "1° bis Date ;", "2° Lit."}},
		{name: "au 1° bis", before: []string{"Le maire :", "1° Signe ;", "1° bis Date ;", "2° Remet."}, text: []string{"Au 1° bis de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"Le maire :", "1° Signe ;", "1° bis Lit ;", "2° Remet."}},
		{name: "au 2° du A du I", before: []string{"I. – A. – Le maire :", "1° Signe ;", "2° Date ;", "B. – Le préfet :", "1° Vise ;", "2° Note.", "II. – Texte."}, text: []string{"Au 2° du B du I de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Lit »."}, want: []string{"I. – A. – Le maire :", "1° Signe ;", "2° Date ;", "B. – Le préfet :", "1° Vise ;", "2° Lit.", "II. – Texte."}},
		{name: "le dernier alinéa du I where it is an item", before: []string{"I. – Le maire :", "1° Signe ;", "2° Date.", "II. – Texte."}, text: []string{"Au dernier alinéa du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Lit.", "II. – Texte."}},
		{name: "le deuxième alinéa du 2°, the 2° has one", before: []string{"Le maire :", "1° Signe ;", "2° Date.", "Il remet."}, text: []string{"Le deuxième alinéa du 2° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "2° Date."}},
	})
	bill := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le mot : « a » est remplacé par le mot : « b » ;", "b) Il est ajouté une phrase ainsi rédigée : « Il signe. Il date. » ;", "2° L'article L. 2 est abrogé.", "II. – Le présent article entre en vigueur en 2030. Il s'applique outre-mer."}
	runAmendments(t, []amCase{
		{"Alinéa 4 counts item lines", bill, "Alinéa 4\nSupprimer cet alinéa.", []string{bill[0], bill[1], bill[2], "b) (Supprimé)", bill[4], bill[5]}},
		{"Alinéa 6, seconde phrase", bill, "Alinéa 6, seconde phrase\nSupprimer cette phrase.", []string{bill[0], bill[1], bill[2], bill[3], bill[4], "II. – Le présent article entre en vigueur en 2030."}},
		{"Alinéa 6, dernière phrase nbsp", []string{"I. – Texte.", "II. – Il signe.\u00a0Il date."}, "Alinéa 2, dernière phrase\nSupprimer cette phrase.", []string{"I. – Texte.", "II. – Il signe."}},
		{"Alinéa 4, the quoted sentences are not the bill's", bill, "Alinéa 4, seconde phrase\nSupprimer cette phrase.", nil},
	})
}
