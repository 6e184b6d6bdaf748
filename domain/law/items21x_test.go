package law

import "testing"

// TestItems21DegreeParen: items written "1°) …" keep their parenthesis:
// words put at an item's start go after it ("2°) Pour les …", it was
// "2°Pour les ) …"), and a repealed item's placeholder keeps it ("2°)
// (Abrogé) ;", it was "2° (Abrogé) ;").
func TestItems21DegreeParen(t *testing.T) {
	A := []string{"Le maire signe :", "1°) Le bail ;", "2°) Le devis ;", "3°) La facture."}
	runGrammar(t, []grammarCase{
		{name: "au début du 2°", before: A, text: []string{"Au début du 2° de l'article L. 1 du code civil, sont ajoutés les mots : « Pour les actes, »."}, want: []string{A[0], A[1], "2°) Pour les actes, le devis ;", A[3]}},
		{name: "le 2° abrogé", before: A, text: []string{"Le 2° de l'article L. 1 du code civil est abrogé."}, want: []string{A[0], A[1], "2°) (Abrogé) ;", A[3]}},
		{name: "le dernier supprimé", before: A, text: []string{"Le 3° de l'article L. 1 du code civil est supprimé."}, want: []string{A[0], A[1], A[2], "3°) (Abrogé)."}},
		{name: "les 1° et 2° abrogés", before: A, text: []string{"Les 1° et 2° de l'article L. 1 du code civil sont abrogés."}, want: []string{A[0], "1°) (Abrogé) ;", "2°) (Abrogé) ;", A[3]}},
		{name: "au 2°, un mot", before: A, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « devis » est remplacé par le mot : « contrat »."}, want: []string{A[0], A[1], "2°) Le contrat ;", A[3]}},
	})
}

// TestItems21SenatDegreeLetterLocator: the Sénat's locator line "Alinéa
// 3, 1°, a)" is the a) of the 1°, which alinéa 3 must be (it was
// refused); an alinéa that is not that a) is refused.
func TestItems21SenatDegreeLetterLocator(t *testing.T) {
	B := []string{"Le maire peut :", "1° Signer :", "a) Le bail ;", "b) Le devis ;", "2° Dater :", "a) Le bail ;", "b) Le devis."}
	rep := "\nRemplacer le mot :\nbail\npar le mot :\ncontrat"
	runAmendments(t, []amCase{
		{"Alinéa 3, 1°, a)", B, "Alinéa 3, 1°, a)" + rep, []string{B[0], B[1], "a) Le contrat ;", B[3], B[4], B[5], B[6]}},
		{"Alinéa 6, 2°, a)", B, "Alinéa 6, 2°, a)" + rep, []string{B[0], B[1], B[2], B[3], B[4], "a) Le contrat ;", B[6]}},
		{"Alinéa 6, 1°, a): not the 1°'s a): refused", B, "Alinéa 6, 1°, a)" + rep, nil},
		{"Alinéa 4, 1°, a): the b): refused", B, "Alinéa 4, 1°, a)" + rep, nil},
	})
}

// TestItems21DegreeParenDeletedByAmendment: a bill's item "2°) …"
// deleted by an amendment keeps its number, "2°) (Supprimé)", as "2° …"
// does (it went with no placeholder: the 3°) followed the 1°)).
func TestItems21DegreeParenDeletedByAmendment(t *testing.T) {
	B := []string{"Le maire peut :", "1°) Signer ;", "2°) Dater ;", "3°) Clore."}
	runAmendments(t, []amCase{
		{"Supprimer le 2°", B, "Supprimer le 2°.", []string{B[0], B[1], "2°) (Supprimé)", B[3]}},
		{"Supprimer l'alinéa 3", B, "Supprimer l'alinéa 3.", []string{B[0], B[1], "2°) (Supprimé)", B[3]}},
		{"Supprimer les alinéas 2 et 3", B, "Supprimer les alinéas 2 et 3.", []string{B[0], "1°) et 2°) (Supprimé)", B[3]}},
	})
}
