package law

import "testing"

// TestProbe3ItemsRenumbered: probes of a bill's instructions over items
// renumbered then an item inserted or re-established at the rank freed.
func TestProbe3ItemsRenumbered(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	h := "L'article L. 1 du code civil est ainsi modifié :"
	four := one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir.")
	runLaw3(t, []law3Case{
		{name: "2° abrogé, 3° et 4° deviennent 2° et 3°", arts: four,
			text: []string{h, "1° Le 2° est abrogé ;", "2° Les 3° et 4° deviennent respectivement les 2° et 3°."},
			want: one("Le maire peut :", "1° Signer ;", "2° Dater ;", "3° Partir.")},
		{name: "2° supprimé, 3° et 4° deviennent 2° et 3°, no respectivement", arts: four,
			text: []string{h, "1° Le 2° est supprimé ;", "2° Les 3° et 4° deviennent les 2° et 3°."},
			want: one("Le maire peut :", "1° Signer ;", "2° Dater ;", "3° Partir.")},
		{name: "renumbered then il est rétabli un 2°", arts: four,
			text: []string{h, "1° Les 2° à 4° deviennent les 3° à 5° ;", "2° Il est rétabli un 2° ainsi rédigé :", "« 2° Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Voter ;", "3° Viser ;", "4° Dater ;", "5° Partir.")},
		{name: "renumbered then après le 1°, un 2°", arts: four,
			text: []string{h, "1° Les 2° à 4° deviennent les 3° à 5° ;", "2° Après le 1°, il est inséré un 2° ainsi rédigé :", "« 2° Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Voter ;", "3° Viser ;", "4° Dater ;", "5° Partir.")},
		{name: "renumbered then le 2° est ainsi rétabli", arts: four,
			text: []string{h, "1° Les 2° à 4° deviennent les 3° à 5° ;", "2° Le 2° est ainsi rétabli :", "« 2° Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Voter ;", "3° Viser ;", "4° Dater ;", "5° Partir.")},
		{name: "abrogated 2° then le 2° est ainsi rétabli", arts: one("Le maire peut :", "1° Signer ;", "2° (Abrogé)", "3° Dater."),
			text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rétabli :", "« 2° Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Voter ;", "3° Dater.")},
		{name: "le 2° rétabli dans la rédaction suivante, absent", arts: one("Le maire peut :", "1° Signer ;", "3° Dater."),
			text: []string{"Le 2° de l'article L. 1 du code civil est rétabli dans la rédaction suivante :", "« 2° Voter ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Voter ;", "3° Dater.")},
		{name: "le 4° devient le 5° and words", arts: four,
			text: []string{h, "1° Le 4° devient le 5° et, au même 5°, le mot : « Partir » est remplacé par le mot : « Sortir » ;", "2° Il est rétabli un 4° ainsi rédigé :", "« 4° Voter ; »."},
			// read since becomesSame (TestLeft2BecomesThenSame); it was refused.
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Voter ;", "5° Sortir.")},
		{name: "les a et b du 2° deviennent b et c", arts: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les actes ;", "b) Les contrats."),
			text: []string{"Le 2° de l'article L. 1 du code civil est ainsi modifié :", "a) Les a et b deviennent respectivement les b et c ;", "b) Il est rétabli un a ainsi rédigé :", "« a) Les baux ; »."},
			want: one("Le maire peut :", "1° Signer ;", "2° Viser :", "a) Les baux ;", "b) Les actes ;", "c) Les contrats.")},
	})
}
