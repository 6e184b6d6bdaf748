package law

import "testing"

// TestGrammarBill5SentenceWithoutRank: a sentence named with no rank —
// "Les deux phrases du premier alinéa sont supprimées" (of three), "À la
// phrase du premier alinéa, …" — is refused: the whole alinéa was edited
// (its three sentences deleted); ranked, counted from an end, or "la
// même phrase", it is read as before.
func TestGrammarBill5SentenceWithoutRank(t *testing.T) {
	A := []string{"Le maire signe. Le préfet vise. Le juge tranche.", "Le greffier note."}
	art := " du premier alinéa de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "les deux phrases: refused", before: A, text: []string{"Les deux phrases" + art + " sont supprimées."}},
		{name: "à la phrase: refused", before: A, text: []string{"À la phrase" + art + ", le mot : « Le » est remplacé par le mot : « Un »."}},
		{name: "les deux dernières phrases", before: A, text: []string{"Les deux dernières phrases" + art + " sont supprimées."}, want: []string{"Le maire signe.", A[1]}},
		{name: "la fin de la phrase", before: A, text: []string{"À la première phrase" + art + ", après le mot : « maire », la fin de la phrase est supprimée."}, want: []string{"Le maire. Le préfet vise. Le juge tranche.", A[1]}},
	})
}
