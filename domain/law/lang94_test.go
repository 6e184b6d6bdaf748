package law

import "testing"

// TestLang94SentenceAfterAListOfAlineas: "Alinéas 2 et 3, seconde phrase"
// names the sentence of each alinéa, or of the 3 only (the 2 whole: a
// sentence said right after one number is that one's, "Alinéas 24,
// seconde phrase, 37 et 38"). A word operation is read as the sentence of
// each where both readings agree — the words not in the alinéas before
// the last outside that sentence (it was refused); where they are, and
// for any other edit (the sentences deleted, completed), which is meant
// is not said: refused.
func TestLang94SentenceAfterAListOfAlineas(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date. Il remet le bail.", "Il lit. Il note le bail.", "Il date le bail. Il remet."}
	runAmendments(t, []amCase{
		{"the Sénat's line", A, "Alinéas 2 et 3, seconde phrase\n\nRemplacer le mot :\n\nbail\n\npar le mot :\n\ncontrat", []string{A[0], "Il date. Il remet le contrat.", "Il lit. Il note le contrat.", A[3]}},
		{"aux alinéas …, première phrase", A, "Aux alinéas 2 et 4, première phrase, remplacer le mot : « date » par le mot : « signe ».", []string{A[0], "Il signe. Il remet le bail.", A[2], "Il signe le bail. Il remet."}},
		{"the words outside the sentence: refused", A, "Alinéas 2 et 3, première phrase\n\nRemplacer le mot :\n\nIl\n\npar le mot :\n\nElle", nil},
		{"the words in the sentence of the last only: refused", A, "Alinéas 2 et 4, première phrase\n\nRemplacer le mot :\n\nbail\n\npar le mot :\n\ncontrat", nil},
		{"the sentences deleted: refused", A, "Alinéas 2 et 3, première phrase\n\nSupprimer cette phrase.", nil},
		{"a sentence completed: refused", A, "Alinéas 2 et 3, seconde phrase\n\nCompléter cette phrase par les mots :\n\nsigné", nil},
	})
}
