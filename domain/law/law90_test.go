package law

import "testing"

// TestLaw90PeriodItems: a list whose items end with periods ("1° Le
// juge signe." then "2° Le greffier range.") is a list of paragraphs of
// their own. "L'article L. 1 est complété par un 3°" puts the new item
// at the article's end, after the unnumbered alinéas that follow the 2°
// — they may be its own (it went right after the 2°'s first alinéa) —
// and the 2° keeps its period (it took " ;"). A list whose items end
// with " ;" is as before: the 2° takes the semicolon, the 3° goes before
// the alinéa that closes the list.
func TestLaw90PeriodItems(t *testing.T) {
	P := "L'article L. 1 du code civil est complété par un 3° ainsi rédigé :"
	N := "\"3° Le maire veille.\""
	runGrammar(t, []grammarCase{
		{name: "periods, alinéas after the last item", before: []string{"Sont exonérés :", "1° Le juge signe.", "2° Le greffier range.", "Il en est de même :", "a) Du lundi ;", "b) Du mardi.", "Un décret fixe les modalités."},
			text: []string{P, N},
			want: []string{"Sont exonérés :", "1° Le juge signe.", "2° Le greffier range.", "Il en est de même :", "a) Du lundi ;", "b) Du mardi.", "Un décret fixe les modalités.", "3° Le maire veille."}},
		{name: "periods, the last item ends the article", before: []string{"Sont exonérés :", "1° Le juge signe.", "2° Le greffier range."},
			text: []string{P, N},
			want: []string{"Sont exonérés :", "1° Le juge signe.", "2° Le greffier range.", "3° Le maire veille."}},
		{name: "semicolons: the closing alinéa stays last", before: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier.", "Un décret fixe les modalités."},
			text: []string{P, N},
			want: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier ;", "3° Le maire veille.", "Un décret fixe les modalités."}},
		{name: "semicolons, the last item's own letters end with periods", before: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier :", "a) Il signe.", "b) Il range."},
			text: []string{P, N},
			want: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier :", "a) Il signe.", "b) Il range ;", "3° Le maire veille."}},
		{name: "a repealed item before the last: as before", before: []string{"Sont exonérés :", "1° (Abrogé).", "2° Le greffier.", "Un décret fixe les modalités."},
			text: []string{P, N},
			want: []string{"Sont exonérés :", "1° (Abrogé).", "2° Le greffier ;", "3° Le maire veille.", "Un décret fixe les modalités."}},
	})
}
