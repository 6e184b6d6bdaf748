package law

import "testing"

// TestCode7LastItemTakesTheAlineasAfterIt: an alinéa that begins a
// sentence after a list's last item ("2° Les immeubles.", "Un décret
// fixe les modalités.") is the item's, as the law reads it: "Le 6° est
// ainsi rédigé" restates the article's closing alinéa with the 6° (L.
// 123-8 of the code rural by loi n° 2010-874, in the development set),
// so the 2° repealed or rewritten takes it, and words are sought in it.
// A refusal was tried and undone: the development set's articles hold
// this shape often, and the law's own reading decides it. An item with
// an item of its kind after it keeps the alinéas before that one.
func TestCode7LastItemTakesTheAlineasAfterIt(t *testing.T) {
	P := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles.", "Un décret fixe les modalités."}
	mid := []string{"Sont exclus :", "1° Les meubles.", "Ils sont saisis.", "2° Les immeubles."}
	runGrammar(t, []grammarCase{
		{name: "rewritten with what follows", before: P, text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Les navires.", "« Un arrêté fixe les modalités. »"},
			want: []string{P[0], P[1], "2° Les navires.", "Un arrêté fixe les modalités."}},
		{name: "repealed with what follows", before: P, text: []string{"Le 2° de l'article L. 1 du code civil est abrogé."},
			want: []string{P[0], P[1], "2° (Abrogé)."}},
		{name: "words after it", before: P, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « décret » est remplacé par le mot : « arrêté »."},
			want: []string{P[0], P[1], P[2], "Un arrêté fixe les modalités."}},
		{name: "an item inside the list keeps its alinéas", before: mid, text: []string{"Le 1° de l'article L. 1 du code civil est abrogé."},
			want: []string{mid[0], "1° (Abrogé).", mid[3]}},
	})
}
