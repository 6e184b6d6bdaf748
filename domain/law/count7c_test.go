package law

import "testing"

func TestCount7ProbeAlineas(t *testing.T) {
	dash := []string{"Le maire :", "– signe ;", "– date.", "Il remet."}
	items := []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Date.", "Il remet."}
	runGrammar(t, []grammarCase{
		{name: "dash lines are alinéas", before: dash, text: []string{"Le troisième alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "– signe.", "Il remet."}},
		{name: "hyphen dash lines are alinéas", before: []string{"Le maire :", "- signe ;", "- date.", "Il remet."}, text: []string{"Au troisième alinéa de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « note »."}, want: []string{"Le maire :", "- signe ;", "- note.", "Il remet."}},
		{name: "le dernier alinéa before a Nota", before: []string{"Il signe.", "Il date.", "NOTA :", "Voir le décret."}, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "NOTA :", "Voir le décret."}},
		{name: "Nota on one line", before: []string{"Il signe.", "Il date.", "Nota : Voir le décret."}, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « note »."}, want: []string{"Il signe.", "Il note.", "Nota : Voir le décret."}},
		{name: "l'avant-dernier alinéa before a Nota", before: []string{"Il signe.", "Il date.", "Il remet.", "Nota : Voir le décret."}, text: []string{"L'avant-dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "Il remet.", "Nota : Voir le décret."}},
		{name: "item lines count: the third alinéa is a)", before: items, text: []string{"Le troisième alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "b) bien ;", "2° Date.", "Il remet."}},
		{name: "item lines count: the fifth alinéa is 2°", before: items, text: []string{"Au cinquième alinéa de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Note.", "Il remet."}},
		{name: "le dernier alinéa after items", before: items, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, le mot : « remet » est remplacé par le mot : « note »."}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Date.", "Il note."}},
		{name: "avant-dernier alinéa", before: []string{"Il signe.", "Il date.", "Il remet."}, text: []string{"L'avant-dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "Il remet."}},
		{name: "the third alinéa of two refused", before: []string{"Il signe.", "Il date."}, text: []string{"Le troisième alinéa de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "table rows", before: []string{"Le tarif est :", "| A | B |", "| 1 | 2 |", "Il signe."}, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « date »."}, want: []string{"Le tarif est :", "| A | B |", "| 1 | 2 |", "Il date."}},
		{name: "second sentence of the third alinéa with items", before: items, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, il est ajouté une phrase ainsi rédigée : « Il note. »"}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Date.", "Il remet. Il note."}},
		{name: "premier alinéa du 1° on its line", before: items, text: []string{"Au premier alinéa du 1° de l'article L. 1 du code civil, le mot : « Signe » est remplacé par le mot : « Vise »."}, want: []string{"Le maire :", "1° Vise ;", "a) vite ;", "b) bien ;", "2° Date.", "Il remet."}},
		{name: "deuxième alinéa du 1° is a)", before: items, text: []string{"Le deuxième alinéa du 1° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "b) bien ;", "2° Date.", "Il remet."}},
		{name: "dernier alinéa du 1° is b)", before: items, text: []string{"Au dernier alinéa du 1° de l'article L. 1 du code civil, le mot : « bien » est remplacé par le mot : « mal »."}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) mal ;", "2° Date.", "Il remet."}},
	})
}

func TestCount7ProbeItems(t *testing.T) {
	flat := []string{"Le maire :", "1° Signe ;", "2° Date.", "Il remet."}
	parts := []string{"I. – Le maire :", "1° Signe ;", "2° Date.", "II. – Le préfet :", "1° Vise ;", "2° Note."}
	subs := []string{"Le maire :", "1° Le préfet :", "a) vise ;", "b) note ;", "2° Le juge :", "a) vise ;", "b) juge."}
	long3 := []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note ;", "4° Remet."}
	runGrammar(t, []grammarCase{
		{name: "au 2° du I, no I", before: flat, text: []string{"Au 2° du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: nil},
		{name: "au 2° du II", before: parts, text: []string{"Au 2° du II de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Juge »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Date.", "II. – Le préfet :", "1° Vise ;", "2° Juge."}},
		{name: "au 2° du I", before: parts, text: []string{"Le 2° du I de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° (Abrogé).", "II. – Le préfet :", "1° Vise ;", "2° Note."}},
		{name: "au 2°, two 2° refused", before: parts, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Juge »."}, want: nil},
		{name: "au a du 2°", before: subs, text: []string{"Au a du 2° de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « lit »."}, want: []string{"Le maire :", "1° Le préfet :", "a) vise ;", "b) note ;", "2° Le juge :", "a) lit ;", "b) juge."}},
		{name: "au a, two a refused", before: subs, text: []string{"Au a de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « lit »."}, want: nil},
		{name: "le dernier alinéa du 3°", before: long3, text: []string{"Le dernier alinéa du 3° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "4° Remet."}},
		{name: "le deuxième alinéa du 3°", before: long3, text: []string{"Au deuxième alinéa du 3° de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « lit »."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– lit ;", "– note ;", "4° Remet."}},
		{name: "le 3° completed by an alinéa", before: long3, text: []string{"Le 3° de l'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « – juge ; »"}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note ;", "– juge ;", "4° Remet."}},
		{name: "le dernier alinéa du 3°, the list's last item takes the alinéa after it", before: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note.", "Il remet."}, text: []string{"Le dernier alinéa du 3° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note."}},
		{name: "le deuxième tiret du 3°", before: long3, text: []string{"Au deuxième tiret du 3° de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « lit »."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– lit ;", "4° Remet."}},
		{name: "la deuxième phrase du 3° on its line", before: []string{"Le maire :", "1° Signe ;", "3° Vise. Il note ;", "Il juge."}, text: []string{"La seconde phrase du 3° de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "1° Signe ;", "3° Vise ;", "Il juge."}},
	})
}
