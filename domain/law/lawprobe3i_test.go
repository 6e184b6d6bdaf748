package law

import "testing"

// TestProbe3MoreParts: probes of a bill's instructions over parts named
// by several ranks, alinéas counted inside parts and items, sub-items
// added, word operations joined, labels put before alinéas; a III added
// to an article of no parts goes at its end, as the bill says.
func TestProbe3MoreParts(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	at := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	h := "L'article L. 1 du code civil est ainsi modifié :"
	two := one("I. – Le maire signe.", "Le maire part.", "II. – Le maire vient.", "Le maire reste.")
	runLaw3(t, []law3Case{
		{name: "au premier alinéa des I et II", arts: two,
			text: at("au premier alinéa des I et II, le mot : « maire » est remplacé par le mot : « préfet »."),
			want: one("I. – Le préfet signe.", "Le maire part.", "II. – Le préfet vient.", "Le maire reste.")},
		{name: "aux premier et second alinéas du I", arts: two,
			text: at("aux premier et second alinéas du I, le mot : « maire » est remplacé par le mot : « préfet »."),
			want: one("I. – Le préfet signe.", "Le préfet part.", "II. – Le maire vient.", "Le maire reste.")},
		{name: "les trois derniers alinéas supprimés", arts: one("A.", "B.", "C.", "D."),
			text: at("les trois derniers alinéas sont supprimés."),
			want: one("A.")},
		{name: "au 2°, two word operations", arts: one("Le maire peut :", "1° Signer ;", "2° Viser les actes du juge ;", "3° Dater."),
			text: at("au 2°, le mot : « actes » est remplacé par le mot : « contrats » et les mots : « du juge » sont supprimés."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser les contrats ;", "3° Dater.")},
		{name: "après le mot, la fin du 2°", arts: one("Le maire peut :", "1° Signer ;", "2° Viser les actes du juge ;", "3° Dater."),
			text: at("au 2°, après le mot : « actes », la fin de l'alinéa est ainsi rédigée : « de la commune ; »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser les actes de la commune ;", "3° Dater.")},
		{name: "le 2° complété par un c", arts: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les baux ;", "3° Dater."),
			text: append(at("le 2° est complété par un c ainsi rédigé :"), "« c) Les contrats ; »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les baux ;", "c) Les contrats ;", "3° Dater.")},
		{name: "after a reference, a comma and another", arts: one("Le maire peut :", "1° Signer ;", "2° Appliquer l'article L. 2 ;", "3° Dater."),
			text: at("au 2°, après la référence : « L. 2 », sont insérés les mots : « , L. 3 »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Appliquer l'article L. 2, L. 3 ;", "3° Dater.")},
		{name: "après le deuxième alinéa du II", arts: one("I. – Le maire signe.", "II. – Le juge peut :", "1° Partir ;", "2° Rester.", "III. – Le greffier vient."),
			text: append(at("après le deuxième alinéa du II, il est inséré un alinéa ainsi rédigé :"), "« 1° bis Dormir ; »."),
			want: one("I. – Le maire signe.", "II. – Le juge peut :", "1° Partir ;", "1° bis Dormir ;", "2° Rester.", "III. – Le greffier vient.")},
		{name: "complété par un III, article not numbered", arts: one("Le maire signe.", "Le juge part."),
			text: append(at("il est ajouté un III ainsi rédigé :"), "« III. – Le greffier vient. »"),
			want: one("Le maire signe.", "Le juge part.", "III. – Le greffier vient.")},
		{name: "précédé de la mention I", arts: one("Le maire signe.", "Le juge part."),
			text: []string{h, "1° Au début du premier alinéa, est ajoutée la mention : « I. – » ;", "2° Au début du second alinéa, est ajoutée la mention : « II. – »."},
			want: one("I. – Le maire signe.", "II. – Le juge part.")},
		{name: "each replaced by one", arts: one("Le maire et le juge signent."),
			text: at("les mots : « maire » et « juge » sont remplacés par le mot : « préfet »."),
			want: one("Le préfet et le préfet signent.")},
		{name: "au second alinéa du 2° with sub-items", arts: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les baux ;", "3° Dater."),
			text: at("au second alinéa du 2°, le mot : « actes » est remplacé par le mot : « contrats »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les contrats ;", "b) Les baux ;", "3° Dater.")},
		{name: "le dernier alinéa complété, after items", arts: one("Le maire peut :", "1° Signer ;", "2° Viser.", "Il rend compte."),
			text: at("le dernier alinéa est complété par les mots : « au préfet »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser.", "Il rend compte au préfet.")},
		{name: "la première phrase du premier alinéa du II supprimée", arts: one("I. – Le maire signe.", "II. – Le juge part. Il revient.", "Le juge dort."),
			text: at("la première phrase du premier alinéa du II est supprimée."),
			want: one("I. – Le maire signe.", "II. – Il revient.", "Le juge dort.")},
		{name: "le second alinéa devient le III", arts: one("I. – Le maire signe.", "Le maire part.", "II. – Le juge vient."),
			text: []string{h, "1° Le second alinéa du I est supprimé ;", "2° Il est ajouté un III ainsi rédigé :", "« III. – Le maire part. »"},
			want: one("I. – Le maire signe.", "II. – Le juge vient.", "III. – Le maire part.")},
	})
}
