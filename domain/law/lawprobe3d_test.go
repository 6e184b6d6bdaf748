package law

import "testing"

// TestProbe3OtherTextsAndTypography: probes of a bill's instructions over
// articles of laws and ordonnances ("de la même loi", "ladite
// ordonnance"), articles inserted, repealed, re-established, a chapter
// completed, and typography (U+2011, straight quotes, no-break spaces,
// curly apostrophes, "1º"; "1o", refused before, read since reLetterDegree).
func TestProbe3OtherTextsAndTypography(t *testing.T) {
	m := func(s ...string) []string { return s }
	lcen := "loi n° 2004-575 du 21 juin 2004|3"
	ord := "ordonnance 58 1100|12"
	runLaw3(t, []law3Case{
		{name: "article 3 de la loi n° 2004-575 ainsi modifié", arts: map[string][]string{lcen: m("Le maire signe.", "Le juge part.")},
			text: []string{"L'article 3 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique est ainsi modifié :", "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le second alinéa est supprimé."},
			want: map[string][]string{lcen: m("Le préfet signe.")}},
		{name: "second alinéa de l'article 12 de l'ordonnance", arts: map[string][]string{ord: m("Le maire signe.", "Le juge part.")},
			text: []string{"Au second alinéa de l'article 12 de l'ordonnance n° 58-1100 du 17 novembre 1958 relative au fonctionnement des assemblées parlementaires, le mot : « juge » est remplacé par le mot : « greffier »."},
			want: map[string][]string{ord: m("Le maire signe.", "Le greffier part.")}},
		{name: "de la même loi", arts: map[string][]string{lcen: m("Le maire signe."), "loi n° 2004-575 du 21 juin 2004|4": m("Le juge part.")},
			text: []string{"I. – À l'article 3 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – À l'article 4 de la même loi, le mot : « juge » est remplacé par le mot : « greffier »."},
			want: map[string][]string{lcen: m("Le préfet signe."), "loi n° 2004-575 du 21 juin 2004|4": m("Le greffier part.")}},
		{name: "de ladite ordonnance", arts: map[string][]string{ord: m("Le maire signe."), "ordonnance 58 1100|13": m("Le juge part.")},
			text: []string{"L'ordonnance n° 58-1100 du 17 novembre 1958 relative au fonctionnement des assemblées parlementaires est ainsi modifiée :", "1° À l'article 12, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° L'article 13 est abrogé."},
			want: map[string][]string{ord: m("Le préfet signe."), "ordonnance 58 1100|13": nil}},
		{name: "article 13 de ladite ordonnance", arts: map[string][]string{ord: m("Le maire signe."), "ordonnance 58 1100|13": m("Le juge part.")},
			text: []string{"I. – À l'article 12 de l'ordonnance n° 58-1100 du 17 novembre 1958 relative au fonctionnement des assemblées parlementaires, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – L'article 13 de ladite ordonnance est abrogé."},
			want: map[string][]string{ord: m("Le préfet signe."), "ordonnance 58 1100|13": nil}},
		{name: "après l'article L. 2, un article L. 2-1", arts: map[string][]string{"L2": m("Le maire signe.")},
			text: []string{"Après l'article L. 2 du code civil, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – Le juge part. »"},
			want: map[string][]string{"L2-1": m("Le juge part.")}},
		{name: "les articles L. 4 et L. 5 sont abrogés", arts: map[string][]string{"L4": m("Le maire signe."), "L5": m("Le juge part."), "L6": m("Le greffier reste.")},
			text: []string{"Les articles L. 4 et L. 5 du code civil sont abrogés."},
			want: map[string][]string{"L4": nil, "L5": nil}},
		{name: "L. 6 rétabli", arts: map[string][]string{"L5": m("Le juge part."), "L7": m("Le greffier reste.")},
			text: []string{"L'article L. 6 du code civil est rétabli dans la rédaction suivante :", "« Art. L. 6. – Le maire signe. »"},
			want: map[string][]string{"L6": m("Le maire signe.")}},
		{name: "L. 6 ainsi rétabli", arts: map[string][]string{"L5": m("Le juge part."), "L7": m("Le greffier reste.")},
			text: []string{"L'article L. 6 du code civil est ainsi rétabli :", "« Art. L. 6. – Le maire signe. »"},
			want: map[string][]string{"L6": m("Le maire signe.")}},
		{name: "chapitre complété par un article", arts: map[string][]string{"L131-3": m("Le juge part.")},
			text: []string{"Le chapitre Ier du titre III du livre Ier du code civil est complété par un article L. 131-4 ainsi rédigé :", "« Art. L. 131-4. – Le maire signe. »"},
			want: map[string][]string{"L131-4": m("Le maire signe.")}},
		{name: "U+2011 in the article number", arts: map[string][]string{"L331-5": m("Le maire signe.")},
			text: []string{"À l'article L. 331‑5 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L331-5": m("Le préfet signe.")}},
		{name: "straight quotes", arts: map[string][]string{"L1": m("Le maire signe.")},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: map[string][]string{"L1": m("Le préfet signe.")}},
		{name: "nbsp and narrow nbsp", arts: map[string][]string{"L1": m("Le maire signe.")},
			text: []string{"À l'article L.\u00a01 du code civil, le mot\u00a0: «\u202fmaire\u202f» est remplacé par le mot\u00a0: «\u00a0préfet\u00a0»."},
			want: map[string][]string{"L1": m("Le préfet signe.")}},
		{name: "typographic apostrophe", arts: map[string][]string{"L1": m("Le maire signe l'acte.")},
			text: []string{"À l’article L. 1 du code civil, les mots : « l’acte » sont remplacés par les mots : « le contrat »."},
			want: map[string][]string{"L1": m("Le maire signe le contrat.")}},
		{name: "1o for 1°", arts: map[string][]string{"L1": m("Le maire peut :", "1° Signer ;", "2° Viser.")},
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1o Au 2o, le mot : « Viser » est remplacé par le mot : « Voir » ;", "2o Au 1o, le mot : « Signer » est remplacé par le mot : « Dater »."},
			want: map[string][]string{"L1": m("Le maire peut :", "1° Dater ;", "2° Voir.")}},
		{name: "1º for 1°", arts: map[string][]string{"L1": m("Le maire peut :", "1° Signer ;", "2° Viser.")},
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1º Au 2º, le mot : « Viser » est remplacé par le mot : « Voir » ;", "2º Au 1º, le mot : « Signer » est remplacé par le mot : « Dater »."},
			want: map[string][]string{"L1": m("Le maire peut :", "1° Dater ;", "2° Voir.")}},
	})
}
