package law

import "testing"

// TestProbe3ItemsAndSentences: probes of a bill's instructions over items
// and sentences: a conjunction after an item's semicolon, "respectivement"
// over two articles, elliptic second replacement, alinéas replaced by
// fewer or more, alinéas counted with items, sentences deleted, rewritten,
// inserted; two subjects joined by "et" (read since left7).
func TestProbe3ItemsAndSentences(t *testing.T) {
	m := func(s ...string) []string { return s }
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	list := one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater.")
	at := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	runLaw3(t, []law3Case{
		{name: "2° complété par le mot et", arts: list,
			text: []string{"Le 2° de l'article L. 1 du code civil est complété par le mot : « et »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ; et", "3° Dater.")},
		{name: "à la fin du 2°, le mot et est supprimé", arts: one("Le maire peut :", "1° Signer ;", "2° Viser ; et", "3° Dater."),
			text: at("à la fin du 2°, le mot : « et » est supprimé."),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater.")},
		{name: "respectivement, two articles", arts: map[string][]string{"L1": m("Le maire signe au juge."), "L2": m("Le maire part du juge.")},
			text: []string{"Aux articles L. 1 et L. 2 du code civil, les mots : « maire » et « juge » sont remplacés respectivement par les mots : « préfet » et « greffier »."},
			want: map[string][]string{"L1": m("Le préfet signe au greffier."), "L2": m("Le préfet part du greffier.")}},
		{name: "elliptic second replacement", arts: one("Le maire signe au juge."),
			text: at("le mot : « maire » est remplacé par le mot : « préfet » et le mot : « juge » par le mot : « greffier »."),
			want: one("Le préfet signe au greffier.")},
		{name: "le 2° du I et le II sont abrogés", arts: one("I. – Le maire peut :", "1° Signer ;", "2° Viser.", "II. – Le juge part.", "III. – Le greffier reste."),
			text: []string{"Le 2° du I et le II de l'article L. 1 du code civil sont abrogés."},
			want: one("I. – Le maire peut :", "1° Signer ;", "2° (Abrogé).", "II. – (Abrogé)", "III. – Le greffier reste.")},
		{name: "deux alinéas remplacés par un", arts: one("Le maire signe.", "Le juge part.", "Le greffier reste.", "Le préfet vient."),
			text: at("les deuxième et troisième alinéas sont remplacés par un alinéa ainsi rédigé :"),
			want: nil},
		{name: "deux alinéas remplacés par un, quoted", arts: one("Le maire signe.", "Le juge part.", "Le greffier reste.", "Le préfet vient."),
			text: append(at("les deuxième et troisième alinéas sont remplacés par un alinéa ainsi rédigé :"), "« Le juge et le greffier partent. »"),
			want: one("Le maire signe.", "Le juge et le greffier partent.", "Le préfet vient.")},
		{name: "le dernier alinéa remplacé par deux", arts: one("Le maire signe.", "Le juge part."),
			text: append(at("le dernier alinéa est remplacé par deux alinéas ainsi rédigés :"), "« Le juge vient.", "« Le juge part. »"),
			want: one("Le maire signe.", "Le juge vient.", "Le juge part.")},
		{name: "deux alinéas announced, one quoted", arts: one("Le maire signe.", "Le juge part."),
			text: append(at("après le premier alinéa, sont insérés deux alinéas ainsi rédigés :"), "« Le greffier vient. »")},
		{name: "troisième alinéa counts items", arts: list,
			text: at("au troisième alinéa, le mot : « Viser » est remplacé par le mot : « Voir »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Voir ;", "3° Dater.")},
		{name: "au dernier alinéa du I, closing alinéa", arts: one("I. – Le maire peut :", "1° Signer ;", "2° Viser.", "Il rend compte au maire.", "II. – Le juge part."),
			text: at("au dernier alinéa du I, le mot : « maire » est remplacé par le mot : « préfet »."),
			want: one("I. – Le maire peut :", "1° Signer ;", "2° Viser.", "Il rend compte au préfet.", "II. – Le juge part.")},
		{name: "le premier alinéa du II complété", arts: one("I. – Le maire signe.", "II. – Le juge part.", "Le juge revient."),
			text: []string{"Le premier alinéa du II de l'article L. 1 du code civil est complété par les mots : « vite »."},
			want: one("I. – Le maire signe.", "II. – Le juge part vite.", "Le juge revient.")},
		{name: "au début du 2°, les mots", arts: list,
			text: at("au début du 2°, le mot : « Viser » est remplacé par les mots : « Faire viser »."),
			want: one("Le maire peut :", "1° Signer ;", "2° Faire viser ;", "3° Dater.")},
		{name: "le premier alinéa est complété, two items at end", arts: one("Le maire signe.", "Le juge part."),
			text: at("le premier alinéa est complété par les mots : « , sauf urgence »."),
			want: one("Le maire signe, sauf urgence.", "Le juge part.")},
		{name: "une phrase au début du premier alinéa", arts: one("I. – Le maire signe.", "II. – Le juge part."),
			text: at("au début du premier alinéa du I, est ajoutée une phrase ainsi rédigée : « Le préfet vient. »"),
			want: one("I. – Le préfet vient. Le maire signe.", "II. – Le juge part.")},
		{name: "la dernière phrase du premier alinéa est supprimée", arts: one("Le maire signe. Il part. Il revient.", "Le juge part."),
			text: at("la dernière phrase du premier alinéa est supprimée."),
			want: one("Le maire signe. Il part.", "Le juge part.")},
		{name: "les deux dernières phrases", arts: one("Le maire signe. Il part. Il revient.", "Le juge part."),
			text: at("les deux dernières phrases du premier alinéa sont supprimées."),
			want: one("Le maire signe.", "Le juge part.")},
		{name: "la seconde phrase ainsi rédigée", arts: one("Le maire signe. Il part.", "Le juge part."),
			text: at("la seconde phrase du premier alinéa est ainsi rédigée : « Il reste. »"),
			want: one("Le maire signe. Il reste.", "Le juge part.")},
		{name: "après la première phrase, une phrase", arts: one("Le maire signe. Il part.", "Le juge part."),
			text: at("après la première phrase du premier alinéa, est insérée une phrase ainsi rédigée : « Il date. »"),
			want: one("Le maire signe. Il date. Il part.", "Le juge part.")},
	})
}
