package law

import "testing"

// TestAmendmentCompleteWordsTail: words left after the new words of
// "Compléter … par les mots : « A »" are not read — "Compléter par les
// mots : « A » l'alinéa 2" put A at the end of the article's last alinéa:
// refused.
func TestAmendmentCompleteWordsTail(t *testing.T) {
	al := []string{"Le maire agit.", "Le maire signe.", "Le maire part."}
	runAmendments(t, []amCase{
		{"the object after the words: refused", al, "Compléter par les mots : « seul » l'alinéa 2.", nil},
		{"the object first, as before", al, "Compléter l'alinéa 2 par les mots : « seul ».", []string{al[0], "Le maire signe seul.", al[2]}},
		{"Sénat, as before", al, "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\nseul", []string{al[0], "Le maire signe seul.", al[2]}},
	})
}
