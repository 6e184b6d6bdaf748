package law

import "testing"

// TestProbe3PartsOfAnArticle: probes of a bill's instructions over parts
// of an article: a part edited, repealed and renumbered in one list, items
// completed at their closing punctuation, inserted, renumbered and
// repealed (not renumbered unless said), starts and ends of alinéas; "les
// mots : « A » à « B »" read (law-left3: it was refused), "… à la fin de
// l'alinéa" refused.
func TestProbe3PartsOfAnArticle(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	h := "L'article L. 1 du code civil est ainsi modifié :"
	art := one("I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater.", "II. – Le juge part.", "III. – Le greffier reste.")
	list := one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir ;", "5° Rester.")
	runLaw3(t, []law3Case{
		{name: "I modified, II abrogé, III devient II", arts: art,
			text: []string{h, "1° Le I est ainsi modifié :", "a) Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "b) Il est ajouté un alinéa ainsi rédigé :", "« Le préfet rend compte. » ;", "2° Le II est abrogé ;", "3° Le III devient le II."},
			want: one("I. – Le préfet peut :", "1° Signer ;", "2° Viser ;", "3° Dater.", "Le préfet rend compte.", "II. – Le greffier reste.")},
		{name: "II supprimé, III devient II", arts: art,
			text: []string{h, "1° Le II est supprimé ;", "2° Le III devient le II."},
			want: one("I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater.", "II. – Le greffier reste.")},
		{name: "le 2° complété, ends with ;", arts: list,
			text: []string{"Le 2° de l'article L. 1 du code civil est complété par les mots : « et dater »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser et dater ;", "3° Dater ;", "4° Partir ;", "5° Rester.")},
		{name: "le 5° complété, ends with .", arts: list,
			text: []string{"Le 5° de l'article L. 1 du code civil est complété par les mots : « ici »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir ;", "5° Rester ici.")},
		{name: "dernier alinéa ending with : complété par une phrase", arts: one("Le maire signe.", "Le maire peut :", "1° Signer ;", "2° Viser."),
			text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il rend compte. »"}},
		{name: "après le 3°, un 3° bis", arts: list,
			text: []string{"Après le 3° de l'article L. 1 du code civil, il est inséré un 3° bis ainsi rédigé :", "« 3° bis Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "3° bis Voter ;", "4° Partir ;", "5° Rester.")},
		{name: "le 4° devient le 5°, nouveau 4°", arts: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir."),
			text: []string{h, "1° Le 4° devient le 5° ;", "2° Après le 3°, il est inséré un 4° ainsi rédigé :", "« 4° Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Voter ;", "5° Partir.")},
		{name: "les 2° à 4° deviennent les 3° à 5°", arts: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir."),
			text: []string{h, "1° Les 2° à 4° deviennent les 3° à 5° ;", "2° Le 2° est ainsi rétabli :", "« 2° Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Voter ;", "3° Viser ;", "4° Dater ;", "5° Partir.")},
		{name: "le 5° est abrogé, the 4° keeps its ;", arts: list,
			text: []string{"Le 5° de l'article L. 1 du code civil est abrogé."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir ;", "5° (Abrogé).")},
		{name: "le 3° est abrogé, not renumbered", arts: list,
			text: []string{"Le 3° de l'article L. 1 du code civil est abrogé."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° (Abrogé) ;", "4° Partir ;", "5° Rester.")},
		{name: "au début du premier alinéa, sont ajoutés les mots", arts: one("Le maire signe.", "Le juge part."),
			text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, sont ajoutés les mots : « Sauf urgence, »."},
			want: one("Sauf urgence, le maire signe.", "Le juge part.")},
		{name: "au début de l'article, un alinéa", arts: one("Le maire signe.", "Le juge part."),
			text: []string{"Au début de l'article L. 1 du code civil, il est ajouté un alinéa ainsi rédigé :", "« Le greffier vient. »"},
			want: one("Le greffier vient.", "Le maire signe.", "Le juge part.")},
		{name: "le début du 3° est ainsi rédigé", arts: list,
			text: []string{"Le début du 3° de l'article L. 1 du code civil est ainsi rédigé : « 3° Signer et dater (le reste sans changement). »"},
			// The remark inside the quotation ends the new beginning, as
			// "…" does (TestCrossStartRestUnchangedInside; it was refused).
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Signer et dater ;", "4° Partir ;", "5° Rester.")},
		{name: "la fin du premier alinéa est ainsi rédigée", arts: one("Le maire signe les actes du juge.", "Le juge part."),
			text: []string{"À l'article L. 1 du code civil, la fin du premier alinéa, après le mot : « signe », est ainsi rédigée : « tous les actes. »"},
			want: one("Le maire signe tous les actes.", "Le juge part.")},
		{name: "les mots A et la fin de l'alinéa sont supprimés", arts: one("Le maire signe, sauf urgence déclarée.", "Le juge part."),
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « , sauf urgence » et la fin de l'alinéa sont supprimés."},
			want: one("Le maire signe.", "Le juge part.")},
		{name: "les mots A à B sont remplacés", arts: one("Le maire signe les actes du juge en urgence.", "Le juge part."),
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « les actes » à « juge » sont remplacés par les mots : « tout »."},
			want: one("Le maire signe tout en urgence.", "Le juge part.")},
		{name: "les mots A à la fin de l'alinéa sont supprimés", arts: one("Le maire signe les actes du juge en urgence.", "Le juge part."),
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « les actes » à la fin de l'alinéa sont supprimés."},
			want: nil},
		{name: "les mots A jusqu'à la fin de la phrase remplacés", arts: one("Le maire signe les actes du juge. Il part.", "Le juge part."),
			text: []string{"À la première phrase du premier alinéa de l'article L. 1 du code civil, les mots : « les actes » jusqu'à la fin de la phrase sont remplacés par les mots : « tout »."},
			want: one("Le maire signe tout. Il part.", "Le juge part.")},
	})
}
