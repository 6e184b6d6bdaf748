package law

import "testing"

// TestProbe3SeveralTargets: probes of a bill's instructions over several
// targets: articles, alinéas and items listed or ranged, several articles
// as a context, the whole code named or under its context.
func TestProbe3SeveralTargets(t *testing.T) {
	m := func(s string) []string { return []string{s} }
	three := map[string][]string{"L1": m("Le maire signe."), "L2": m("Le maire part."), "L3": m("Le maire vient."), "L4": m("Le juge reste.")}
	runLaw3(t, []law3Case{
		{name: "aux articles L. 1, L. 2 et L. 3", arts: three,
			text: []string{"Aux articles L. 1, L. 2 et L. 3 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": m("Le préfet signe."), "L2": m("Le préfet part."), "L3": m("Le préfet vient.")}},
		{name: "aux articles L. 1 à L. 3", arts: three,
			text: []string{"Aux articles L. 1 à L. 3 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": m("Le préfet signe."), "L2": m("Le préfet part."), "L3": m("Le préfet vient.")}},
		{name: "les articles L. 1 et L. 2 sont ainsi modifiés", arts: three,
			text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Sont ajoutés les mots : « ici »."},
			want: map[string][]string{"L1": m("Le préfet signe ici."), "L2": m("Le préfet part ici.")}},
		{name: "au premier alinéa des articles L. 1 et L. 4",
			arts: map[string][]string{"L1": {"Le maire signe.", "Le maire part."}, "L4": {"Le maire vient.", "Le maire reste."}},
			text: []string{"Au premier alinéa des articles L. 1 et L. 4 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": {"Le préfet signe.", "Le maire part."}, "L4": {"Le préfet vient.", "Le maire reste."}}},
		{name: "aux premier et dernier alinéas",
			arts: map[string][]string{"L1": {"Le maire signe.", "Le maire part.", "Le maire vient."}},
			text: []string{"Aux premier et dernier alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": {"Le préfet signe.", "Le maire part.", "Le préfet vient."}}},
		{name: "au 1° et au 3° du I",
			arts: map[string][]string{"L5": {"I. – Le maire peut :", "1° Signer pour le maire ;", "2° Viser pour le maire ;", "3° Dater pour le maire.", "II. – Le maire part."}},
			text: []string{"Au 1° et au 3° du I de l'article L. 5 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L5": {"I. – Le maire peut :", "1° Signer pour le préfet ;", "2° Viser pour le maire ;", "3° Dater pour le préfet.", "II. – Le maire part."}}},
		{name: "aux 1° et 3° du I",
			arts: map[string][]string{"L5": {"I. – Le maire peut :", "1° Signer pour le maire ;", "2° Viser pour le maire ;", "3° Dater pour le maire.", "II. – Le maire part."}},
			text: []string{"Aux 1° et 3° du I de l'article L. 5 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L5": {"I. – Le maire peut :", "1° Signer pour le préfet ;", "2° Viser pour le maire ;", "3° Dater pour le préfet.", "II. – Le maire part."}}},
		{name: "à la première phrase des articles L. 1 et L. 2",
			arts: map[string][]string{"L1": {"Le maire signe. Le maire part."}, "L2": {"Le maire vient. Le maire reste."}},
			text: []string{"À la première phrase des articles L. 1 et L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": {"Le préfet signe. Le maire part."}, "L2": {"Le préfet vient. Le maire reste."}}},
		{name: "les articles L. 1 et L. 2 sont abrogés", arts: three,
			text: []string{"Les articles L. 1 et L. 2 du code civil sont abrogés."},
			want: map[string][]string{"L1": nil, "L2": nil}},
		{name: "dans l'ensemble du code", arts: three,
			text: []string{"Dans l'ensemble du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L1": m("Le préfet signe."), "L2": m("Le préfet part."), "L3": m("Le préfet vient.")}},
		{name: "dans l'ensemble du présent code", arts: three,
			text: []string{"Le code civil est ainsi modifié :", "1° Dans l'ensemble du présent code, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° À l'article L. 4, le mot : « juge » est remplacé par le mot : « greffier »."},
			want: map[string][]string{"L1": m("Le préfet signe."), "L2": m("Le préfet part."), "L3": m("Le préfet vient."), "L4": m("Le greffier reste.")}},
	})
}
