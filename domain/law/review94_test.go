package law

import "testing"

// TestReview94MixedTerminators: a list whose items end with periods
// (TestLaw90PeriodItems) is one all of whose items do: an item before
// the last two that ends with a semicolon ("1° … ;", "2° … .", "3° …
// .") makes the list one of mixed terminators, completed as a list of
// semicolons is — the old last item taking " ;" — when the last item
// ends the article; followed by an unnumbered alinéa, which may close
// the list or be the last item's own, it is refused
// (TestMiss874MixedTerminatorsThenAlineas; it went before that alinéa,
// and the 4° after the closing alinéa before that). A list of periods
// with letters ending with semicolons inside an item stays one of
// periods.
func TestReview94MixedTerminators(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "mixed", before: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier signe.", "3° Le préfet."},
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "\"4° Le maire veille.\""},
			want: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier signe.", "3° Le préfet ;", "4° Le maire veille."}},
		{name: "mixed, then an alinéa: refused", before: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier signe.", "3° Le préfet.", "Un décret fixe les modalités."},
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "\"4° Le maire veille.\""}},
		{name: "periods, letters inside", before: []string{"Sont exonérés :", "1° Le juge :", "a) Il signe ;", "b) Il date.", "2° Le greffier signe.", "3° Le préfet.", "Un décret fixe les modalités."},
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "\"4° Le maire veille.\""},
			want: []string{"Sont exonérés :", "1° Le juge :", "a) Il signe ;", "b) Il date.", "2° Le greffier signe.", "3° Le préfet.", "Un décret fixe les modalités.", "4° Le maire veille."}},
	})
}
