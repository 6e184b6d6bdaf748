package law

import "testing"

func TestCount7ProbeAmendments(t *testing.T) {
	bill := []string{"I. – L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Il signe, etc. Il date. Il remet.", "« Le maire applique l'article L. 123-4. Il note. »", "II. – Le présent article entre en vigueur le 1er janv. 2030. Il est applicable outre-mer."}
	runAmendments(t, []amCase{
		{"Alinéa 2, deuxième phrase: delete", bill, "Alinéa 2, deuxième phrase\nSupprimer cette phrase.",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il remet.", bill[2], bill[3]}},
		{"Alinéa 2, dernière phrase: words", bill, "Alinéa 2, dernière phrase\nRemplacer le mot :\nremet\npar le mot :\nlit",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il date. Il lit.", bill[2], bill[3]}},
		{"Alinéa 3, seconde phrase: after L. 123-4.", bill, "Alinéa 3, seconde phrase\nRédiger ainsi cette phrase :\nIl lit.",
			[]string{bill[0], bill[1], "« Le maire applique l'article L. 123-4. Il lit. »", bill[3]}},
		{"Alinéa 3, première phrase: delete", bill, "Alinéa 3, première phrase\nSupprimer cette phrase.",
			[]string{bill[0], bill[1], "« Il note. »", bill[3]}},
		{"Alinéa 4, seconde phrase after janv.", bill, "Alinéa 4, seconde phrase\nSupprimer cette phrase.",
			[]string{bill[0], bill[1], bill[2], "II. – Le présent article entre en vigueur le 1er janv. 2030."}},
		{"Alinéa 4, troisième phrase refused", bill, "Alinéa 4, troisième phrase\nSupprimer cette phrase.", nil},
		{"À l'alinéa 2, deuxième phrase, substituer", bill, "À l'alinéa 2, deuxième phrase, substituer au mot : « date » le mot : « lit ».",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il lit. Il remet.", bill[2], bill[3]}},
		{"À la première phrase de l'alinéa 2, word only in the second refused", bill, "À la première phrase de l'alinéa 2, remplacer le mot : « date » par le mot : « lit ».", nil},
		{"Après la première phrase de l'alinéa 2, insérer une phrase", bill, "Alinéa 2\nAprès la première phrase, insérer une phrase ainsi rédigée :\nIl lit.",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il lit. Il date. Il remet.", bill[2], bill[3]}},
		{"Alinéa 2, les deux dernières phrases", bill, "Alinéa 2, deux dernières phrases\nSupprimer ces phrases.",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc.", bill[2], bill[3]}},
		{"Alinéa 3, compléter par une phrase", bill, "Alinéa 3\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl lit.",
			[]string{bill[0], bill[1], "« Le maire applique l'article L. 123-4. Il note. Il lit. »", bill[3]}},
		{"Alinéa 2, première phrase rewritten keeps the heading", bill, "Alinéa 2, première phrase\nRédiger ainsi cette phrase :\nIl lit.",
			[]string{bill[0], "« Art. L. 1. – Il lit. Il date. Il remet.", bill[2], bill[3]}},
	})
}
