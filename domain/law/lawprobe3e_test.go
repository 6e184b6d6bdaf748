package law

import "testing"

// TestProbe3ListsAndArticles: probes of a bill's instructions over targets
// that disagree with the law (words in one article of two, an alinéa one
// article lacks: refused), article ranges, items with sub-items, articles
// renumbered and rewritten together; "Au 3°, qui devient le 4°, …"
// refused.
func TestProbe3ListsAndArticles(t *testing.T) {
	m := func(s ...string) []string { return s }
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	h := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "aux articles L. 1 et L. 2, words only in L. 1", arts: map[string][]string{"L1": m("Le maire signe."), "L2": m("Le juge part.")},
			text: []string{"Aux articles L. 1 et L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "au premier alinéa de l'article L. 1 et à l'article L. 2", arts: map[string][]string{"L1": m("Le maire signe.", "Le maire part."), "L2": m("Le maire vient.")},
			text: []string{"Au premier alinéa de l'article L. 1 et à l'article L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": m("Le préfet signe.", "Le maire part."), "L2": m("Le préfet vient.")}},
		{name: "au 1° du I et au II", arts: one("I. – Le maire peut :", "1° Signer pour le maire ;", "2° Viser pour le maire.", "II. – Le maire part."),
			text: []string{"Au 1° du I et au II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: one("I. – Le maire peut :", "1° Signer pour le préfet ;", "2° Viser pour le maire.", "II. – Le préfet part.")},
		{name: "les articles L. 1 et L. 2 ainsi modifiés, L. 2 lacks a second alinéa", arts: map[string][]string{"L1": m("Le maire signe.", "Le maire part."), "L2": m("Le maire vient.")},
			text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Le second alinéa est supprimé."}},
		{name: "aux articles L. 1 à L. 3, L. 2-1 between", arts: map[string][]string{"L1": m("Le maire signe."), "L2": m("Le maire part."), "L2-1": m("Le maire dort."), "L3": m("Le maire vient."), "L4": m("Le maire reste.")},
			text: []string{"Aux articles L. 1 à L. 3 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": m("Le préfet signe."), "L2": m("Le préfet part."), "L2-1": m("Le préfet dort."), "L3": m("Le préfet vient.")}},
		{name: "les articles L. 1 à L. 3 sont abrogés", arts: map[string][]string{"L1": m("Le maire signe."), "L2": m("Le maire part."), "L2-1": m("Le maire dort."), "L3": m("Le maire vient."), "L4": m("Le maire reste.")},
			text: []string{"Les articles L. 1 à L. 3 du code civil sont abrogés."},
			want: map[string][]string{"L1": nil, "L2": nil, "L2-1": nil, "L3": nil}},
		{name: "le 2° with sub-items complété par les mots", arts: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les contrats ;", "3° Dater."),
			text: []string{"Le 2° de l'article L. 1 du code civil est complété par les mots : « et les baux »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les contrats et les baux ;", "3° Dater.")},
		{name: "le 2° complété par une phrase, ends with ;", arts: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."),
			text: []string{"Le 2° de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il rend compte. »"},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser. Il rend compte ;", "3° Dater.")},
		{name: "les 3° et 4° sont abrogés", arts: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir ;", "5° Rester."),
			text: []string{"Les 3° et 4° de l'article L. 1 du code civil sont abrogés."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° (Abrogé) ;", "4° (Abrogé) ;", "5° Rester.")},
		{name: "au 3°, qui devient le 4°", arts: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."),
			text: []string{h, "1° Au 3°, qui devient le 4°, le mot : « Dater » est remplacé par le mot : « Voter » ;", "2° Après le 2°, il est inséré un 3° ainsi rédigé :", "« 3° Partir ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Partir ;", "4° Voter.")},
		{name: "le 3° ainsi rédigé, old with sub-items", arts: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les contrats ;", "3° Dater."),
			text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Viser les actes ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser les actes ;", "3° Dater.")},
		{name: "le a du 2° est abrogé", arts: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les contrats ;", "3° Dater."),
			text: []string{"Le a du 2° de l'article L. 1 du code civil est abrogé."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) (Abrogé) ;", "b) Les contrats ;", "3° Dater.")},
		{name: "L. 2 devient L. 3", arts: map[string][]string{"L2": m("Le maire signe.")},
			text: []string{"L'article L. 2 du code civil devient l'article L. 3."},
			want: map[string][]string{"L2": nil, "L3": m("Le maire signe.")}},
		{name: "L. 2 et L. 3 deviennent respectivement L. 3 et L. 4", arts: map[string][]string{"L2": m("Le maire signe."), "L3": m("Le juge part.")},
			text: []string{"Les articles L. 2 et L. 3 du code civil deviennent respectivement les articles L. 3 et L. 4."},
			want: map[string][]string{"L2": nil, "L3": m("Le maire signe."), "L4": m("Le juge part.")}},
		{name: "les articles L. 1 et L. 2 sont ainsi rédigés", arts: map[string][]string{"L1": m("Le maire signe."), "L2": m("Le juge part.")},
			text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "« Art. L. 1. – Le préfet signe.", "« Art. L. 2. – Le greffier part. »"},
			want: map[string][]string{"L1": m("Le préfet signe."), "L2": m("Le greffier part.")}},
		{name: "le I est complété par un alinéa, the I with items", arts: one("I. – Le maire peut :", "1° Signer ;", "2° Viser.", "II. – Le juge part."),
			text: []string{"Le I de l'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Il rend compte. »"},
			want: one("I. – Le maire peut :", "1° Signer ;", "2° Viser.", "Il rend compte.", "II. – Le juge part.")},
		{name: "le II est ainsi modifié, premier alinéa", arts: one("I. – Le maire signe.", "II. – Le juge part.", "Le juge revient."),
			text: []string{h, "1° Le II est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "b) Le second alinéa est supprimé ;", "2° Le I est abrogé."},
			want: one("I. – (Abrogé)", "II. – Le greffier part.")},
	})
}
