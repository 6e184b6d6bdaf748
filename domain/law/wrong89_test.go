package law

import "testing"

// TestWrong89AmendmentConditions: an amendment's operation with a date or
// a condition of its own outside its quotations — "… par le mot : « B »
// à titre expérimental", "Supprimer l'alinéa 2 à compter du 1er janvier
// 2030", "Rédiger ainsi l'alinéa 2, à titre expérimental :", "insérer un
// alinéa ainsi rédigé, applicable à Mayotte :" — is refused (it was
// applied without it: "à titre expérimental" was read as a place after
// the words, the rest as part of the place). The same words quoted, or
// unquoted on the Sénat's lines of words, are words, as before.
func TestWrong89AmendmentConditions(t *testing.T) {
	A := []string{"I. – Le juge signe.", "Le juge tranche à compter du 1er janvier 2020.", "II. – Le juge range."}
	runAmendments(t, []amCase{
		{"after the words: refused", A, "Alinéa 2, remplacer le mot : « juge » par le mot : « maire » à titre expérimental.", nil},
		{"a date: refused", A, "Supprimer l'alinéa 2 à compter du 1er janvier 2030.", nil},
		{"a rewrite's condition: refused", A, "Rédiger ainsi l'alinéa 2, à titre expérimental :\n« Le maire signe. »", nil},
		{"an insertion's condition: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé, applicable à Mayotte :\n« Le maire signe. »", nil},
		{"quoted words", A, "Alinéa 2, remplacer les mots : « à compter du 1er janvier 2020 » par les mots : « à compter du 1er janvier 2021 ».",
			[]string{A[0], "Le juge tranche à compter du 1er janvier 2021.", A[2]}},
		{"the Sénat's lines of words", A, "Alinéa 2\nRemplacer les mots :\nà compter du 1er janvier 2020\npar les mots :\nà compter du 1er janvier 2021",
			[]string{A[0], "Le juge tranche à compter du 1er janvier 2021.", A[2]}},
		{"a place after the words", A, "Remplacer le mot : « juge » par le mot : « maire » à l'alinéa 2.",
			[]string{A[0], "Le maire tranche à compter du 1er janvier 2020.", A[2]}},
	})
}
