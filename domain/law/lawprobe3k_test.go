package law

import "testing"

// TestProbe3StartsAndEnds: probes of a bill's instructions over the
// start and the end of items and alinéas: words at an item's start go
// after its label, a start rewritten with "…", a conjunction removed at
// the end of an item, a sign replaced, a colon-ended alinéa completed,
// a quoted word in another case.
func TestProbe3StartsAndEnds(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	at := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	list := one("Le maire peut :", "1° Signer les actes ;", "2° Viser les actes ;", "3° Dater les actes.")
	runLaw3(t, []law3Case{
		{name: "au début du 2°, des mots", arts: one("Le maire vise :", "1° Les actes ;", "2° Les contrats."),
			text: at("au début du 2°, sont ajoutés les mots : « Le cas échéant, »."),
			want: one("Le maire vise :", "1° Les actes ;", "2° Le cas échéant, les contrats.")},
		{name: "le début du 3° ainsi rédigé, with …", arts: list,
			text: []string{"Le début du 3° de l'article L. 1 du code civil est ainsi rédigé : « 3° Signer et dater les … (le reste sans changement). »"},
			want: one("Le maire peut :", "1° Signer les actes ;", "2° Viser les actes ;", "3° Signer et dater les actes.")},
		{name: "à la fin du 1°, le mot ou supprimé", arts: one("Le maire peut :", "1° Signer ; ou", "2° Viser."),
			text: at("à la fin du 1°, le mot : « ou » est supprimé."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser.")},
		{name: "au 2°, le mot et remplacé par une virgule", arts: one("Le maire peut :", "1° Signer ;", "2° Viser et dater."),
			text: at("au 2°, le mot : « et » est remplacé par le signe : « , »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser, dater.")},
		{name: "point remplacé, then a 4°", arts: list,
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° À la fin du 3°, le point est remplacé par un point-virgule ;", "2° Il est ajouté un 4° ainsi rédigé :", "« 4° Partir. »"},
			want: one("Le maire peut :", "1° Signer les actes ;", "2° Viser les actes ;", "3° Dater les actes ;", "4° Partir.")},
		{name: "a colon-ended alinéa completed by words", arts: list,
			text: at("le premier alinéa est complété par les mots : « , sauf urgence »."),
			want: one("Le maire peut, sauf urgence :", "1° Signer les actes ;", "2° Viser les actes ;", "3° Dater les actes.")},
		{name: "a reference twice: each", arts: one("Il applique l'article L. 2 et renvoie à l'article L. 2."),
			text: at("la référence : « L. 2 » est remplacée par la référence : « L. 3 »."),
			want: one("Il applique l'article L. 3 et renvoie à l'article L. 3.")},
		{name: "quoted in lower case, capital in the text", arts: one("Le maire signe."),
			text: at("les mots : « le maire » sont remplacés par les mots : « le préfet »."),
			want: one("Le préfet signe.")},
		{name: "the words after an item's label", arts: list,
			text: at("au 3°, les mots : « Dater les » sont remplacés par les mots : « Signer les »."),
			want: one("Le maire peut :", "1° Signer les actes ;", "2° Viser les actes ;", "3° Signer les actes.")},
	})
}
