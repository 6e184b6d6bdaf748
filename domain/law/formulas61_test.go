package law

import "testing"

// TestGrammarBill5RanksInDigitsListed: ranks in digits listed or in a
// range before their noun — "Les 2e et 3e alinéas sont supprimés", "aux
// 2e, 3e et 4e alinéas", "les 2e à 3e phrases", an amendment's "Supprimer
// les 2e et 3e alinéas" — are read as in words (only the last rank was
// read, "3e alinéas": the third alinéa alone was deleted).
func TestGrammarBill5RanksInDigitsListed(t *testing.T) {
	A := []string{"Le maire signe le registre. Le préfet vise l'acte. Le juge tranche.", "Le greffier note la date.", "Le clerc range.", "Le garde veille."}
	art := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "les 2e et 3e alinéas", before: A, text: []string{"Les 2e et 3e alinéas" + art + " sont supprimés."}, want: []string{A[0], A[3]}},
		{name: "aux 2e, 3e et 4e alinéas", before: A, text: []string{"Aux 2e, 3e et 4e alinéas" + art + ", le mot : « Le » est remplacé par le mot : « Un »."}, want: []string{A[0], "Un greffier note la date.", "Un clerc range.", "Un garde veille."}},
		{name: "les 2e à 3e phrases", before: A, text: []string{"Les 2e à 3e phrases du 1er alinéa" + art + " sont supprimées."}, want: []string{"Le maire signe le registre.", A[1], A[2], A[3]}},
		{name: "1er et 3e", before: A, text: []string{"Les 1er et 3e alinéas" + art + " sont supprimés."}, want: []string{A[1], A[3]}},
	})
	bill := []string{"I. - A.", "B.", "C.", "II. - D.", "E."}
	runAmendments(t, []amCase{
		{"Supprimer les 2e et 3e alinéas", bill, "Supprimer les 2e et 3e alinéas.", []string{"I. - A.", "II. - D.", "E."}},
	})
}
