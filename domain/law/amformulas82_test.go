package law

import "testing"

// TestAm8InsertionCount: the count an insertion says, after its anchor or
// its new words ("après le mot : « note » (deux fois), insérer …", "…
// insérer le mot : « écrite » (deux fois)", the Sénat's "note (deux
// fois)" line), is the count the text must hold (it was dropped: the words
// went after every occurrence, however many); another number in the
// text, or two counts, refused.
func TestAm8InsertionCount(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Il signe la note et la note.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"twice, twice found", A, "À l'alinéa 2, après le mot : « note » (deux fois), insérer le mot : « écrite ».", []string{A[0], "Il signe la note écrite et la note écrite.", A[2]}},
		{"after the new words", A, "À l'alinéa 2, après le mot : « note », insérer le mot : « écrite » (deux fois).", []string{A[0], "Il signe la note écrite et la note écrite.", A[2]}},
		{"twice, once found: refused", A, "À l'alinéa 3, après le mot : « note » (deux fois), insérer le mot : « écrite ».", nil},
		{"after the new words, once found: refused", A, "À l'alinéa 3, après le mot : « note », insérer le mot : « écrite » (deux fois).", nil},
		{"the Sénat's line, once found: refused", A, "Alinéa 3\nAprès le mot :\nnote (deux fois)\ninsérer le mot :\nécrite", nil},
		{"twice, three found: refused", A, "Après le mot : « note » (deux fois), insérer le mot : « écrite ».", nil},
		{"two counts: refused", A, "À l'alinéa 2, après le mot : « note » (deux fois), insérer le mot : « écrite » (deux fois).", nil},
	})
}

// TestAm8CountOverPlaces: a word operation's count over several places
// ("Alinéas 2 et 4" / "insérer (deux fois) les mots :", "Aux alinéas 3 et
// 5, substituer (deux fois) …") is counted over them all: as many as the
// places, once in each (it was asked of each: refused where each held it
// once; where each held it twice, every occurrence was edited, four for
// the law's two); another count over several places does not say how many
// in each: refused. A range is one place.
func TestAm8CountOverPlaces(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Il signe la note et la note.", "Le préfet vise la note.", "Le greffier note la date.", "Le ministre tranche la note."}
	runAmendments(t, []amCase{
		{"inserted once in each", A, "Alinéas 3 et 5\nAprès les mots :\nla note\ninsérer (deux fois) les mots :\nécrite", []string{A[0], A[1], "Le préfet vise la note écrite.", A[3], "Le ministre tranche la note écrite."}},
		{"replaced once in each", A, "Aux alinéas 3 et 5, substituer (deux fois) au mot : « note » le mot : « date ».", []string{A[0], A[1], "Le préfet vise la date.", A[3], "Le ministre tranche la date."}},
		{"deleted once in each", A, "Aux alinéas 3 et 5, supprimer (deux fois) les mots : « la note ».", []string{A[0], A[1], "Le préfet vise.", A[3], "Le ministre tranche."}},
		{"twice and once: refused", A, "Aux alinéas 2 et 3, substituer (deux fois) au mot : « note » le mot : « date ».", nil},
		{"twice in each: refused", []string{A[1], A[1]}, "Aux alinéas 1 et 2, substituer (deux fois) au mot : « note » le mot : « date ».", nil},
		{"three over two places: refused", A, "Aux alinéas 2 et 3, substituer (trois fois) au mot : « note » le mot : « date ».", nil},
		{"a range", A, "Alinéas 3 à 5, substituer (trois fois) au mot : « note » le mot : « date ».", []string{A[0], A[1], "Le préfet vise la date.", "Le greffier date la date.", "Le ministre tranche la date."}},
	})
}

// TestAm8CountedOccurrences: occurrences counted before their words
// ("substituer aux deux occurrences du mot : « A » le mot : « B »",
// "supprimer les deux occurrences des mots : « A »", "remplacer les deux
// occurrences …", "après les deux occurrences du mot : « A », insérer …",
// the Sénat's line) are every occurrence, refused unless there are that
// many, as the bills' "les deux occurrences du mot : « A » sont
// remplacées" (it was refused); "les deux premières occurrences" stays
// refused.
func TestAm8CountedOccurrences(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Il signe la note et la note.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"substituted", A, "À l'alinéa 2, substituer aux deux occurrences du mot : « note » le mot : « date ».", []string{A[0], "Il signe la date et la date.", A[2]}},
		{"replaced", A, "À l'alinéa 2, remplacer les deux occurrences des mots : « la note » par les mots : « la date ».", []string{A[0], "Il signe la date et la date.", A[2]}},
		{"deleted", A, "À l'alinéa 2, supprimer les deux occurrences du mot : « la ».", []string{A[0], "Il signe note et note.", A[2]}},
		{"deleted, once found: refused", A, "À l'alinéa 2, supprimer les deux occurrences des mots : « et la note ».", nil},
		{"inserted after", A, "À l'alinéa 2, après les deux occurrences du mot : « note », insérer le mot : « écrite ».", []string{A[0], "Il signe la note écrite et la note écrite.", A[2]}},
		{"the Sénat's lines", A, "Alinéa 2\nRemplacer les deux occurrences du mot :\nnote\npar le mot :\ndate", []string{A[0], "Il signe la date et la date.", A[2]}},
		{"once found: refused", A, "À l'alinéa 3, substituer aux deux occurrences du mot : « note » le mot : « date ».", nil},
		{"three found: refused", A, "Substituer aux deux occurrences du mot : « note » le mot : « date ».", nil},
		{"the first two: refused", A, "À l'alinéa 2, substituer aux deux premières occurrences du mot : « note » le mot : « date ».", nil},
	})
}

// TestAm8CountAfterPlace: a count said after the place ("À l'alinéa 1
// (deux fois), substituer au mot : « A » …", the Sénat's "Alinéa 1 (deux
// fois)" or "Alinéa 1, deux fois" line) is the count of the operation's
// words, which the text must hold (it was dropped: every occurrence
// edited, one where the law says two); with several groups of words, or a
// count of the operation's own as well, not placed: refused.
func TestAm8CountAfterPlace(t *testing.T) {
	A := []string{"Le maire signe la note.", "Le préfet vise la note et la note."}
	runAmendments(t, []amCase{
		{"twice found", A, "À l'alinéa 2 (deux fois), substituer au mot : « note » le mot : « date ».", []string{A[0], "Le préfet vise la date et la date."}},
		{"the Sénat's line", A, "Alinéa 2, deux fois\nRemplacer le mot :\nnote\npar le mot :\ndate", []string{A[0], "Le préfet vise la date et la date."}},
		{"once found: refused", A, "À l'alinéa 1 (deux fois), substituer au mot : « note » le mot : « date ».", nil},
		{"the Sénat's line, once found: refused", A, "Alinéa 1 (deux fois)\nRemplacer le mot :\nnote\npar le mot :\ndate", nil},
		{"deleted, once found: refused", A, "Alinéa 1 (deux fois)\nSupprimer le mot :\nnote", nil},
		{"two pairs: refused", A, "À l'alinéa 2 (deux fois), substituer au mot : « note » le mot : « date » et au mot : « vise » le mot : « lit ».", nil},
	})
}
