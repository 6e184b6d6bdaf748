package law

import "testing"

// TestGrammarBill5DivisionAndSentence: a division, then a sentence of a
// division of its own — "Le deuxième alinéa et la dernière phrase du
// premier alinéa de l'article L. 1 sont supprimés", "Le 2° et la
// dernière phrase du 1° …" — is both, what follows the sentence's holder
// ("de l'article L. 1", "du II …") the first's too, as the other order
// is (it was refused: read as an alinéa of an alinéa); rewritten
// together with one new text, how it is shared is not said: refused.
func TestGrammarBill5DivisionAndSentence(t *testing.T) {
	A := []string{"Le maire signe. Le préfet vise.", "Le juge tranche.", "Le greffier note."}
	runGrammar(t, []grammarCase{
		{name: "an alinéa and a sentence", before: A, text: []string{"Le deuxième alinéa et la dernière phrase du premier alinéa de l'article L. 1 du code civil sont supprimés."}, want: []string{"Le maire signe.", "Le greffier note."}},
		{name: "under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa et la dernière phrase du premier alinéa sont supprimés ;", "2° Le dernier alinéa est supprimé."}, want: []string{"Le maire signe."}},
		{name: "in the II", before: []string{"I. – Un.", "II. – Le maire signe. Le préfet vise.", "Le juge tranche.", "Le greffier note."}, text: []string{"Le deuxième alinéa et la dernière phrase du premier alinéa du II de l'article L. 1 du code civil sont supprimés."}, want: []string{"I. – Un.", "II. – Le maire signe.", "Le greffier note."}},
		{name: "items", before: []string{"Sont exclus :", "1° Les meubles. Les caves ;", "2° Les immeubles ;", "3° Les navires."}, text: []string{"Le 2° et la dernière phrase du 1° de l'article L. 1 du code civil sont supprimés."}, want: []string{"Sont exclus :", "1° Les meubles ;", "2° (Abrogé) ;", "3° Les navires."}},
		{name: "rewritten together: refused", before: A, text: []string{"Le deuxième alinéa et la dernière phrase du premier alinéa de l'article L. 1 du code civil sont ainsi rédigés : « Le juge statue. »"}},
	})
}
