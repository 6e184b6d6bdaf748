package law

import "testing"

// TestAm8DivisionBeforeWords: a division named before the words an
// operation deletes or replaces ("supprimer la seconde phrase et les mots
// : « A »", "Supprimer l'alinéa 3 ainsi que les mots : …", "Remplacer
// l'alinéa 3 et les mots : … par …"), or a place between commas not read
// as one ("Supprimer, en la seconde phrase de l'alinéa 2, les mots : …"),
// is refused — the division was dropped and the words edited wherever they
// stood, in every alinéa of the article. The words' rank ("la première
// occurrence des mots"), a sentence named as words ("la phrase : « … »")
// and a place in front stay read.
func TestAm8DivisionBeforeWords(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note et l'acte."}
	runAmendments(t, []amCase{
		{"a sentence and words deleted: refused", A, "À l'alinéa 2, supprimer la seconde phrase et les mots : « le livre ».", nil},
		{"an alinéa and words deleted: refused", A, "Supprimer l'alinéa 3 ainsi que les mots : « le livre ».", nil},
		{"a paragraph and words deleted: refused", A, "Supprimer le II et les mots : « le livre ».", nil},
		{"an alinéa and words replaced: refused", A, "Remplacer l'alinéa 3 et les mots : « la note » par les mots : « la date ».", nil},
		{"a place not read, deleted: refused", A, "Supprimer, en la seconde phrase de l'alinéa 2, les mots : « la note ».", nil},
		{"a place not read, substituted: refused", A, "Substituer, en la seconde phrase de l'alinéa 2, aux mots : « la note » les mots : « la date ».", nil},
		{"the rank of the words", A, "À l'alinéa 2, supprimer la première occurrence des mots : « le livre ».", []string{A[0], "Le juge lit. Il signe la note.", A[2]}},
		{"a sentence named as words", A, "À l'alinéa 2, supprimer la phrase : « Il signe la note. »", []string{A[0], "Le juge lit le livre.", A[2]}},
		{"the place in front", A, "À la seconde phrase de l'alinéa 2, supprimer les mots : « la note ».", []string{A[0], "Le juge lit le livre. Il signe.", A[2]}},
	})
}

// TestAm8VerbFirstSentencePlace: an instruction whose verb comes first,
// a sentence its place between commas ("Supprimer, à la seconde phrase de
// l'alinéa 2, les mots : « A »", "Substituer, à la seconde phrase …, aux
// mots …"), reads as "À la seconde phrase de l'alinéa 2, supprimer …" —
// the place was dropped and the words edited in every alinéa.
func TestAm8VerbFirstSentencePlace(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note et l'acte."}
	runAmendments(t, []amCase{
		{"deleted", A, "Supprimer, à la seconde phrase de l'alinéa 2, les mots : « la note ».", []string{A[0], "Le juge lit le livre. Il signe.", A[2]}},
		{"substituted", A, "Substituer, à la seconde phrase de l'alinéa 2, aux mots : « la note » les mots : « la date ».", []string{A[0], "Le juge lit le livre. Il signe la date.", A[2]}},
		{"an alinéa", A, "Supprimer, à l'alinéa 2, les mots : « la note ».", []string{A[0], "Le juge lit le livre. Il signe.", A[2]}},
	})
}
