package law

import "testing"

func TestCount7ProbeDefinitions(t *testing.T) {
	d1 := count7Del("La première phrase")
	dl := count7Del("La dernière phrase")
	runGrammar(t, []grammarCase{
		{name: "a code alinéa opening with a quoted term: first sentence", before: []string{"« Contrat » : l'acte signé. Il date."}, text: d1, want: []string{"Il date."}},
		{name: "a code alinéa opening with a quoted term: last sentence", before: []string{"« Contrat » : l'acte signé. Il date."}, text: dl, want: []string{"« Contrat » : l'acte signé."}},
		{name: "a code alinéa opening with a quoted term: words in the second", before: []string{"« Contrat » : l'acte signé. Il date."}, text: []string{"À la seconde phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « lit »."}, want: []string{"« Contrat » : l'acte signé. Il lit."}},
		{name: "an item defining a quoted term", before: []string{"On entend par :", "1° « Contrat » : l'acte. Il est signé ;", "2° « Partie » : la personne."}, text: []string{"La seconde phrase du 1° de l'article L. 1 du code civil est supprimée."}, want: []string{"On entend par :", "1° « Contrat » : l'acte ;", "2° « Partie » : la personne."}},
	})
	quoted := []string{"I. – L'article L. 1 est ainsi rédigé :", "« « Contrat » : l'acte signé. Il date.", "« Il remet. »"}
	runAmendments(t, []amCase{
		{"a bill's quoted alinéa opening with a quoted term keeps its mark", quoted, "Alinéa 2, première phrase\nSupprimer cette phrase.", []string{quoted[0], "« Il date.", quoted[2]}},
		{"a bill's quoted alinéa opening with a quoted term: second sentence", quoted, "Alinéa 2, seconde phrase\nSupprimer cette phrase.", []string{quoted[0], "« « Contrat » : l'acte signé.", quoted[2]}},
		{"a bill's one quoted alinéa with a term at its end", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Il signe. Il écrit « lu ». »"}, "Alinéa 2, première phrase\nSupprimer cette phrase.", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Il écrit « lu ». »"}},
	})
}
