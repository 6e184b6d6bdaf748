package law

import "testing"

// TestGrammarBill5RepealedAndReplaced: "L'article L. 1 est abrogé et
// remplacé par les dispositions suivantes :" (older laws), "Le II est
// abrogé et remplacé par …", is "… est remplacé par …": a rewrite (it was
// not understood).
func TestGrammarBill5RepealedAndReplaced(t *testing.T) {
	A := []string{"I. – Le maire signe.", "II. – Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "an article", before: A, text: []string{"L'article L. 1 du code civil est abrogé et remplacé par les dispositions suivantes :", "« Art. L. 1. – Le préfet vise. »"}, want: []string{"Le préfet vise."}},
		{name: "a part", before: A, text: []string{"Le II de l'article L. 1 du code civil est abrogé et remplacé par les dispositions suivantes :", "« II. – Le greffier note. »"}, want: []string{A[0], "II. – Le greffier note."}},
		{name: "an alinéa", before: A, text: []string{"Le second alinéa de l'article L. 1 du code civil est abrogé et remplacé par un alinéa ainsi rédigé :", "« II. – Le greffier note. »"}, want: []string{A[0], "II. – Le greffier note."}},
	})
}
