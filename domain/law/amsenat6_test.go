package law

import "testing"

// TestAmendmentItemRange: a range of items ("Supprimer les 1° à 3° du
// II", "Aux a) à c), …") is each item of the range and those the text
// numbers after one with a Latin adverb (TestAm6ItemRanges; it was
// refused: only the first was read). "Du I au II, …" at the head of an
// instruction is "Aux I à II, …" (TestGrammarFromToRanges; it was
// refused).
func TestAmendmentItemRange(t *testing.T) {
	al := []string{"I. – Le code est ainsi modifié :", "1° Le juge agit ;", "a) Il signe ;", "b) Il date ;", "c) Il part ;", "2° Le juge signe ;", "3° Le juge part.", "II. – Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"les 1° à 3°", al, "Supprimer les 1° à 3° du I.", []string{al[0], "1°, 2° et 3° (Supprimé)", al[7]}},
		{"aux a) à c)", al, "Aux a) à c) du 1°, remplacer le mot : « Il » par le mot : « Elle ».", []string{al[0], al[1], "a) Elle signe ;", "b) Elle date ;", "c) Elle part ;", al[5], al[6], al[7]}},
		{"les a à c", al, "Supprimer les a à c du 1°.", []string{al[0], al[1], "a), b) et c) (Supprimé)", al[5], al[6], al[7]}},
		{"du I au II", al, "Du I au II, remplacer le mot : « Le » par le mot : « Un ».", []string{"I. – Un code est ainsi modifié :", "1° Un juge agit ;", al[2], al[3], al[4], "2° Un juge signe ;", "3° Un juge part.", "II. – Un préfet contrôle."}},
		{"one item: read", al, "À la fin du 3°, remplacer le mot : « part » par le mot : « sort ».", []string{al[0], al[1], al[2], al[3], al[4], al[5], "3° Le juge sort.", al[7]}},
	})
}
