package law

import "testing"

func TestCount7ProbeBatch2(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "nbsp: words of sentence 2 not in sentence 1", before: []string{"Il signe.\u00a0Il date."}, text: []string{"À la première phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « remet »."}, want: nil},
		{name: "nbsp: rewrite sentence 2", before: []string{"Il signe.\u00a0Il date."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est ainsi rédigée : « Il remet. »"}, want: []string{"Il signe.\u00a0Il remet."}},
		{name: "nbsp: insert after sentence 1", before: []string{"Il signe.\u00a0Il date."}, text: []string{"Après la première phrase de l'article L. 1 du code civil, est insérée une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il signe. Il lit.\u00a0Il date."}},
		{name: "nbsp: delete first", before: []string{"Il signe.\u00a0Il date."}, text: count7Del("La première phrase"), want: []string{"Il date."}},
		{name: "ellipsis: words in sentence 1", before: []string{"Il signe… Il date."}, text: []string{"À la première phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « remet »."}, want: nil},
		{name: "ellipsis mid sentence lower", before: []string{"Il signe… puis date. Il remet."}, text: count7Del("La dernière phrase"), want: []string{"Il signe… puis date."}},
		{name: "(…) then capital", before: []string{"Il signe (…) Le maire date. Il remet."}, text: count7Del("La dernière phrase"), want: []string{"Il signe (…) Le maire date."}},
		{name: "complete the last sentence", before: []string{"Il signe. Il date."}, text: []string{"La dernière phrase de l'article L. 1 du code civil est complétée par les mots : « et remet »."}, want: []string{"Il signe. Il date et remet."}},
		{name: "complete the alinéa by a sentence after ellipsis", before: []string{"Il signe…"}, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il date. »"}, want: []string{"Il signe… Il date."}},
		{name: "sentence in item 2°", before: []string{"Le maire :", "1° Signe. Il date ;", "2° Remet. Il note."}, text: []string{"La seconde phrase du 2° de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "1° Signe. Il date ;", "2° Remet."}},
		{name: "first sentence of a labeled part keeps the label", before: []string{"I. – Il signe. Il date.", "II. – Il remet."}, text: []string{"La première phrase du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il date.", "II. – Il remet."}},
		{name: "dernière phrase of a part of several alinéas: its last alinéa's", before: []string{"I. – Il signe. Il date.", "Il remet. Il note.", "II. – Il lit."}, text: []string{"La dernière phrase du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il signe. Il date.", "Il remet.", "II. – Il lit."}},
	})
}
