package law

import "testing"

// TestAm7SentencesOfOneParagraph: two instructions in one paragraph, each
// ended by its full stop ("Supprimer l'alinéa 3. Supprimer l'alinéa 5.",
// "I. – … II. – …"), are two instructions, their alinéas numbered on the
// article as tabled, as two paragraphs are (the paragraph was refused
// whole). A full stop inside quoted words ends no sentence; a sentence
// that is not an instruction stays in the one before.
func TestAm7SentencesOfOneParagraph(t *testing.T) {
	A := []string{"Le maire signe A.", "Le juge lit B.", "Le préfet vise C.", "Le greffier note D.", "Le ministre tranche E."}
	runAmendments(t, []amCase{
		{"two deletions", A, "Supprimer l'alinéa 3. Supprimer l'alinéa 5.", []string{A[0], A[1], A[3]}},
		{"a deletion and a substitution", A, "À l'alinéa 2, supprimer le mot : « B ». À l'alinéa 4, substituer au mot : « D » le mot : « F ».", []string{A[0], "Le juge lit.", A[2], "Le greffier note F.", A[4]}},
		{"numbered parts", A, "I. – Supprimer l'alinéa 3. II. – À l'alinéa 4, supprimer le mot : « D ».", []string{A[0], A[1], "Le greffier note.", A[4]}},
		{"a full stop in the quoted words", A, "À l'alinéa 2, remplacer le mot : « B. » par le mot : « G. ». Supprimer l'alinéa 5.", []string{A[0], "Le juge lit G.", A[2], A[3]}},
		{"a full stop in quoted words then a verb", []string{"Le juge lit B. Supprimer l'alinéa 5 est interdit."}, "Au premier alinéa, remplacer les mots : « B. Supprimer l'alinéa 5 est » par les mots : « C. Il est ».", []string{"Le juge lit C. Il est interdit."}},
	})
}
