package law

import "testing"

// TestAmendmentEndFromWords: "Supprimer la fin de l'alinéa 3 à partir du
// mot : « A »" deletes from A, A included, to the end of the alinéa (its
// final period kept); words that only bound a span ("du mot : « A » à la
// fin", "à partir de la seconde occurrence du mot") are no words to
// delete or replace: refused (A alone was deleted or replaced); "le début
// … jusqu'au mot : « A »" is read (TestLegEditStartUpTo).
func TestAmendmentEndFromWords(t *testing.T) {
	al := []string{"Le maire agit. Il décide.", "Il vote le budget avant le 1er mars."}
	runAmendments(t, []amCase{
		{"supprimer la fin à partir du mot", al, "Supprimer la fin de l'alinéa 2 à partir du mot : « avant ».", []string{al[0], "Il vote le budget."}},
		{"à partir des mots, locator first", al, "À l'alinéa 2, supprimer la fin de l'alinéa à partir des mots : « avant le ».", []string{al[0], "Il vote le budget."}},
		{"Sénat: unquoted words on their line", al, "Alinéa 2\n\nSupprimer la fin de cet alinéa à partir du mot :\n\navant", []string{al[0], "Il vote le budget."}},
		{"the end of a sentence", al, "À la première phrase de l'alinéa 1, supprimer la fin de la phrase à partir du mot : « agit ».", []string{"Le maire. Il décide.", al[1]}},
		{"le début jusqu'au mot (TestLegEditStartUpTo)", al, "Supprimer le début de l'alinéa 2 jusqu'au mot : « budget ».", []string{al[0], "Avant le 1er mars."}},
		{"du mot … à la fin: refused", al, "À l'alinéa 2, supprimer du mot : « avant » à la fin.", nil},
		{"à partir d'une occurrence: refused", al, "À l'alinéa 2, supprimer la fin de l'alinéa à partir de la seconde occurrence du mot : « le ».", nil},
		{"remplacer le début jusqu'au mot (TestLegEditStartUpTo)", al, "Remplacer le début de l'alinéa 2 jusqu'au mot : « budget » par les mots : « Il fixe le budget »", []string{al[0], "Il fixe le budget avant le 1er mars."}},
	})
}
