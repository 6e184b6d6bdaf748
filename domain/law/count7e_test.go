package law

import "testing"

func TestCount7ProbeMore(t *testing.T) {
	dl := count7Del("La dernière phrase")
	runGrammar(t, []grammarCase{
		{name: "catégorie B.", before: []string{"Il relève de la catégorie B. Il date."}, text: dl, want: []string{"Il relève de la catégorie B."}},
		{name: "annexe A.", before: []string{"Le tarif figure à l'annexe A. Il date."}, text: dl, want: []string{"Le tarif figure à l'annexe A."}},
		{name: "l’annexe C. (curly elision)", before: []string{"Le tarif figure à l’annexe C. Il date."}, text: dl, want: []string{"Le tarif figure à l’annexe C."}},
		{name: "catégories A et B.", before: []string{"Il relève des catégories A et B. Il date."}, text: dl, want: []string{"Il relève des catégories A et B."}},
		{name: "la catégorie B. then an initial stays one", before: []string{"Il relève de la catégorie B. C. Dupont signe. Il date."}, text: dl, want: []string{"Il relève de la catégorie B. C. Dupont signe."}},
		{name: "« lower case stays one", before: []string{"Il signe. « lu » est écrit. Il date."}, text: dl, want: []string{"Il signe. « lu » est écrit."}},
		{name: "signé par J. Dupont", before: []string{"Le contrat est signé par J. Dupont et daté. Il remet."}, text: dl, want: []string{"Le contrat est signé par J. Dupont et daté."}},
		{name: ". « starts a sentence", before: []string{"Il signe. « Lu » est écrit."}, text: dl, want: []string{"Il signe."}},
		{name: "au 2° du I, the I's line opens the list", before: []string{"I. – 1° Signe ;", "2° Date.", "II. – Texte."}, text: []string{"Au 2° du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: []string{"I. – 1° Signe ;", "2° Note.", "II. – Texte."}},
		{name: "au 1 du I, numbered paragraphs", before: []string{"I. – Le maire :", "1. Signe ;", "2. Date.", "II. – Texte."}, text: []string{"Au 2 du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: []string{"I. – Le maire :", "1. Signe ;", "2. Note.", "II. – Texte."}},
		{name: "le deuxième alinéa du II", before: []string{"I. – Il signe.", "Il date.", "II. – Il remet.", "Il note."}, text: []string{"Le deuxième alinéa du II de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – Il signe.", "Il date.", "II. – Il remet."}},
		{name: "le troisième alinéa du I of two refused", before: []string{"I. – Il signe.", "Il date.", "II. – Il remet.", "Il note."}, text: []string{"Le troisième alinéa du I de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "la deuxième phrase du deuxième alinéa du II", before: []string{"I. – Il signe.", "II. – Il remet.", "Il note. Il lit."}, text: []string{"La seconde phrase du deuxième alinéa du II de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il signe.", "II. – Il remet.", "Il note."}},
		{name: "la première phrase du premier alinéa du II: label kept", before: []string{"I. – Il signe.", "II. – Il remet. Il lit.", "Il note."}, text: []string{"La première phrase du premier alinéa du II de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il signe.", "II. – Il lit.", "Il note."}},
		{name: "le dernier alinéa du a du 1°", before: []string{"1° Le maire :", "a) Le préfet :", "– vise ;", "– note ;", "b) juge.", "2° Il lit."}, text: []string{"Le dernier alinéa du a du 1° de l'article L. 1 du code civil est supprimé."}, want: []string{"1° Le maire :", "a) Le préfet :", "– vise ;", "b) juge.", "2° Il lit."}},
		{name: "la dernière phrase du b", before: []string{"Le maire :", "a) Il vise ;", "b) Il note. Il lit."}, text: []string{"La dernière phrase du b de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "a) Il vise ;", "b) Il note."}},
		{name: "les deux derniers alinéas", before: []string{"Il signe.", "Il date.", "Il remet.", "NOTA : Voir."}, text: []string{"Les deux derniers alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{"Il signe.", "NOTA : Voir."}},
		{name: "les deuxième à avant-dernier alinéas", before: []string{"Il signe.", "Il date.", "Il remet.", "Il note."}, text: []string{"Les deuxième à avant-dernier alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{"Il signe.", "Il note."}},
		{name: "la première phrase of a dash item keeps the dash", before: []string{"Le maire :", "– vise. Il lit ;", "– note."}, text: []string{"La première phrase du deuxième alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "– Il lit ;", "– note."}},
	})
}
