package law

import "testing"

// TestWrong83ClausesJoinedByAComma: two operations of their own joined by
// a comma alone — "Le 3° est abrogé, le 2° est complété par le mot : « et
// »", "Le 1° est ainsi rédigé : « … », le 3° est supprimé" — are read as
// two clauses, as with "et" or ";" (the first was dropped and the second
// applied to the first's place: "3° C et."). A clause after the comma in
// a form not read ("le 2° étant complété …") refuses the alinéa.
func TestWrong83ClausesJoinedByAComma(t *testing.T) {
	I := []string{"Sont :", "1° A ;", "2° B ;", "3° C."}
	runGrammar(t, []grammarCase{
		{name: "abrogé, complété", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est abrogé, le 2° est complété par le mot : « et »."},
			want: []string{"Sont :", "1° A ;", "2° B ; et", "3° (Abrogé)."}},
		{name: "abrogé, ainsi rédigé", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est abrogé, le 2° est ainsi rédigé :", "« 2° Z. »"},
			want: []string{"Sont :", "1° A ;", "2° Z ;", "3° (Abrogé)."}},
		{name: "ainsi rédigé inline, supprimé", before: I, text: []string{"Le 1° de l'article L. 1 du code civil est ainsi rédigé : « 1° Z ; », le 3° est supprimé."},
			want: []string{"Sont :", "1° Z ;", "2° B ;", "3° (Abrogé)."}},
		{name: "a participle after the comma: refused", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est abrogé, le 2° étant complété par le mot : « et »."}},
		{name: "a date after the comma: deferred", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est abrogé, à compter du 1er janvier 2030."}},
	})
}
