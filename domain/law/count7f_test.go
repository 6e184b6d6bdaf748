package law

import "testing"

func TestCount7ProbeHarder(t *testing.T) {
	dl := count7Del("La dernière phrase")
	d2 := count7Del("La deuxième phrase")
	runGrammar(t, []grammarCase{
		{name: "an HTML table is one alinéa", before: []string{"Le tarif est :", "<table>\n<tr>\n<td>A</td>\n</tr>\n</table>", "Il signe."}, text: []string{"Au troisième alinéa de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « date »."}, want: []string{"Le tarif est :", "<table>\n<tr>\n<td>A</td>\n</tr>\n</table>", "Il date."}},
		{name: "a placeholder item is an alinéa", before: []string{"Le maire :", "1° (Abrogé) ;", "2° Signe."}, text: []string{"Au troisième alinéa de l'article L. 1 du code civil, le mot : « Signe » est remplacé par le mot : « Date »."}, want: []string{"Le maire :", "1° (Abrogé) ;", "2° Date."}},
		{name: "inline a) b) are no alinéas nor sentences", before: []string{"Il fixe : a) le taux ; b) la durée. Il date."}, text: dl, want: []string{"Il fixe : a) le taux ; b) la durée."}},
		{name: "? then lower case: one sentence", before: []string{"Il vérifie si le maire signe ? et date. Il remet."}, text: dl, want: []string{"Il vérifie si le maire signe ? et date."}},
		{name: "question then answer", before: []string{"Qui signe ? Le maire. Il date."}, text: []string{"À la deuxième phrase de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Qui signe ? Le préfet. Il date."}},
		{name: "« … » then period and capital", before: []string{"Il écrit « lu et approuvé ». Il signe."}, text: d2, want: []string{"Il écrit « lu et approuvé »."}},
		{name: "numbered line 1. is a label, not a sentence", before: []string{"1. Il signe. Il date."}, text: count7Del("La première phrase"), want: []string{"1. Il date."}},
		{name: "item 1° with two sentences, last deleted keeps ;", before: []string{"Le maire :", "1° Signe. Il date ;", "2° Remet."}, text: []string{"La dernière phrase du 1° de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "1° Signe ;", "2° Remet."}},
		{name: "words at the second sentence of the second alinéa", before: []string{"Il signe. Il date.", "Il signe. Il date."}, text: []string{"À la seconde phrase du second alinéa de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « lit »."}, want: []string{"Il signe. Il date.", "Il signe. Il lit."}},
		{name: "la première phrase du dernier alinéa", before: []string{"Il signe.", "Il remet. Il date."}, text: []string{"La première phrase du dernier alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe.", "Il date."}},
		{name: "la dernière phrase de l'avant-dernier alinéa", before: []string{"Il signe. Il lit.", "Il remet. Il date.", "Il note."}, text: []string{"La dernière phrase de l'avant-dernier alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe. Il lit.", "Il remet.", "Il note."}},
		{name: "les deux premières phrases", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deux premières phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il remet."}},
		{name: "les deuxième et troisième phrases", before: []string{"Il signe. Il date. Il remet. Il lit."}, text: []string{"Les deuxième et troisième phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il signe. Il lit."}},
		{name: "la dernière phrase of an article: its last alinéa's", before: []string{"Il signe. Il lit.", "Il remet. Il date."}, text: dl, want: []string{"Il signe. Il lit.", "Il remet."}},
	})
}
