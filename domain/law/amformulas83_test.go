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

// TestAm8RewrittenDivisionLabel: a division named by its label and
// rewritten ("Rédiger ainsi le II : « III. – … »", "Rétablir le II dans la
// rédaction suivante", "Substituer au II un II ainsi rédigé") by new text
// carrying another label says two labels: refused (the text's went in, two
// III); by new text without a label ("Rédiger ainsi le II : « Le préfet
// dort. »"), whether the division keeps its number is not said: refused
// (it lost it, "III. –" after an unnumbered alinéa). Its own label, or "…
// –", is read; an alinéa named by its number is rewritten as said.
func TestAm8RewrittenDivisionLabel(t *testing.T) {
	A := []string{"I. – Le maire signe l'acte.", "Le juge lit le livre.", "II. – Le préfet vise.", "III. – Le greffier note la date."}
	runAmendments(t, []amCase{
		{"another label: refused", A, "Rédiger ainsi le II : « III. – Le préfet dort. »", nil},
		{"another label, restored: refused", []string{A[0], A[1], "II. – (Supprimé)", A[3]}, "Rétablir le II dans la rédaction suivante : « III. – Le préfet dort. »", nil},
		{"substituted: refused", A, "Substituer au II un II ainsi rédigé : « III. – Le préfet dort. »", nil},
		{"a part of two alinéas: refused", A, "Rédiger ainsi le I :\n« II. – Le maire dort.\n« Le juge dort. »", nil},
		{"no label: refused", A, "Rédiger ainsi le II : « Le préfet dort. »", nil},
		{"no label, two alinéas: refused", A, "Rédiger ainsi le I : « Le maire dort. »", nil},
		{"its own label", A, "Rédiger ainsi le II : « II. – Le préfet dort. »", []string{A[0], A[1], "II. – Le préfet dort.", A[3]}},
		{"restored with its label", []string{A[0], A[1], "II. – (Supprimé)", A[3]}, "Rétablir le II dans la rédaction suivante : « II. – Le préfet dort. »", []string{A[0], A[1], "II. – Le préfet dort.", A[3]}},
		{"… –", A, "Rédiger ainsi le II : « … – Le préfet dort. »", []string{A[0], A[1], "II. – Le préfet dort.", A[3]}},
		{"an alinéa by its number", A, "Rédiger ainsi l'alinéa 3 : « II. – Le préfet dort. »", []string{A[0], A[1], "II. – Le préfet dort.", A[3]}},
	})
}
