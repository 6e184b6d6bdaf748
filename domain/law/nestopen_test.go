package law

import "testing"

// A new text in straight quotes whose alinéa opens on a nested quotation
// (""9° … ." ;, the straight form of « « 9° … » ;) goes on after that
// quotation closes: the next alinéa, opening with its own mark, is still
// the new text's. The second straight quote was read as closing the
// first: the new article was refused and each later alinéa of it read as
// an instruction not understood.
func TestNestOpenStraightQuotes(t *testing.T) {
	runRenum22(t, []renum22Case{
		{name: "straight, nested at the alinéa's start",
			arts: []string{"L1: Le maire statue.", "L2: Le juge lit."},
			lines: []string{
				"Le code civil est ainsi modifié :",
				"1° Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :",
				`"Art. L. 1-1. - Pour son application, le code est adapté :`,
				`"1° L'article L. 2 est complété par un 9° ainsi rédigé :`,
				`""9° S'il y a lieu, le maire signe." ;`,
				`"2° L'article L. 3 n'est pas applicable." ;`,
				`2° À l'article L. 2, le mot : "juge" est remplacé par le mot : "greffier".`,
			},
			want: `l1-1: Pour son application, le code est adapté :|1° L'article L. 2 est complété par un 9° ainsi rédigé :|"9° S'il y a lieu, le maire signe." ;|2° L'article L. 3 n'est pas applicable. / l1: Le maire statue. / l2: Le greffier lit.`},
	})
	// quotationClose: the nested quotation opens after the alinéa's mark;
	// a straight quote glued to a word still closes.
	for _, c := range []struct {
		s    string
		want int
	}{
		{`""9° Il signe." ;`, -1},
		{`"Il signe." ;`, len(`"Il signe."`)},
		{`""9° Il signe." et "A" ;"`, len(`""9° Il signe." et "A" ;"`)},
		{`"Le mot"bail" ;`, len(`"Le mot"`)},
	} {
		if got := quotationClose(c.s); got != c.want {
			t.Errorf("quotationClose(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
