package law

import "testing"

// TestGrammarBill5CountsInDigits: a count in digits is the count in
// words — "Les 2 derniers alinéas sont supprimés", "les 2 premières
// phrases", an amendment's "Supprimer les 2 derniers alinéas" (only the
// last alinéa, the first sentence, was deleted: the count was not read).
func TestGrammarBill5CountsInDigits(t *testing.T) {
	A := []string{"Le maire signe le registre. Le préfet vise l'acte. Le juge tranche.", "Le greffier note la date.", "Le clerc range."}
	art := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "les 2 derniers alinéas", before: A, text: []string{"Les 2 derniers alinéas" + art + " sont supprimés."}, want: A[:1]},
		{name: "les 2 premières phrases", before: A, text: []string{"Les 2 premières phrases du premier alinéa" + art + " sont supprimées."}, want: []string{"Le juge tranche.", A[1], A[2]}},
		{name: "aux 2 dernières phrases", before: A, text: []string{"Aux 2 dernières phrases du premier alinéa" + art + ", le mot : « Le » est remplacé par le mot : « Un »."}, want: []string{"Le maire signe le registre. Un préfet vise l'acte. Un juge tranche.", A[1], A[2]}},
	})
	bill := []string{"I. - A.", "B.", "C.", "II. - D.", "E."}
	runAmendments(t, []amCase{
		{"Supprimer les 2 derniers alinéas", bill, "Supprimer les 2 derniers alinéas.", []string{"I. - A.", "B.", "C.", "II. - (Supprimé)"}},
		{"Supprimer les 2 premiers alinéas du I", bill, "Supprimer les 2 premiers alinéas du I.", []string{"I. - (Supprimé)", "C.", "II. - D.", "E."}},
	})
}

// TestGrammarBill5SentencesCountedInDigits: an amendment's "Supprimer
// les 2 dernières phrases de l'alinéa 1" is the last two sentences, as
// "les deux dernières phrases" (its count was read as none).
func TestGrammarBill5SentencesCountedInDigits(t *testing.T) {
	bill := []string{"Le maire signe. Le préfet vise. Le juge tranche.", "Le greffier note."}
	runAmendments(t, []amCase{
		{"les 2 dernières phrases", bill, "Supprimer les 2 dernières phrases de l'alinéa 1.", []string{"Le maire signe.", "Le greffier note."}},
		{"les deux dernières phrases", bill, "Supprimer les deux dernières phrases de l'alinéa 1.", []string{"Le maire signe.", "Le greffier note."}},
	})
}
