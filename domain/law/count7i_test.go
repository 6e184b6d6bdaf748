package law

import "testing"

func TestCount7ProbeRanges(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "les deux dernières phrases of two refused", before: []string{"Il signe. Il date."}, text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont supprimées."}, want: nil},
		{name: "les trois dernières phrases of two refused", before: []string{"Il signe. Il date."}, text: []string{"Les trois dernières phrases de l'article L. 1 du code civil sont supprimées."}, want: nil},
		{name: "les deux dernières phrases rewritten as one", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il signe. Il lit."}},
		{name: "les deuxième à dernière phrases", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deuxième à dernière phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il signe."}},
		{name: "entre la première et la deuxième phrase", before: []string{"Il signe. Il date."}, text: []string{"Entre la première et la deuxième phrases de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il signe. Il lit. Il date."}},
		{name: "après la deuxième phrase with an abbreviation", before: []string{"Il vise l'art. L. 2. Il date. Il remet."}, text: []string{"Après la deuxième phrase de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il vise l'art. L. 2. Il date. Il lit. Il remet."}},
		{name: "la seconde et dernière phrase, three sentences refused", before: []string{"Il signe. Il date. Il remet."}, text: []string{"La seconde et dernière phrase de l'article L. 1 du code civil est supprimée."}, want: nil},
		{name: "le second et dernier alinéa, three alinéas refused", before: []string{"Il signe.", "Il date.", "Il remet."}, text: []string{"Le second et dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "le second et dernier alinéa before a Nota", before: []string{"Il signe.", "Il date.", "NOTA : Voir."}, text: []string{"Le second et dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "NOTA : Voir."}},
	})
}
