package law

import "testing"

// TestAmendmentLetterItemBare: a letter item named without its
// parenthesis ("Au b du 1°", "Rédiger ainsi le b du 1° :", "Au a, …") is
// the item b) — it was dropped from the path and the whole 1° edited or
// rewritten.
func TestAmendmentLetterItemBare(t *testing.T) {
	al := []string{"I. – Le code est ainsi modifié :", "1° Le maire agit ;", "a) Il signe ;", "b) Il date ;", "2° Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"au b du 1°", al, "Au b du 1°, remplacer le mot : « Il » par le mot : « Elle ».", []string{al[0], al[1], al[2], "b) Elle date ;", al[4]}},
		{"rédiger ainsi le b du 1°", al, "Rédiger ainsi le b du 1° :\n« b) Il lit ; »", []string{al[0], al[1], al[2], "b) Il lit ;", al[4]}},
		{"au a, then a comma", al, "Au a, remplacer le mot : « Il » par le mot : « Elle ».", []string{al[0], al[1], "a) Elle signe ;", al[3], al[4]}},
		{"supprimer le b du 1°", al, "Supprimer le b du 1°.", []string{al[0], al[1], al[2], "b) (Supprimé)", al[4]}},
		{"with its parenthesis, as before", al, "Au b) du 1°, remplacer le mot : « Il » par le mot : « Elle ».", []string{al[0], al[1], al[2], "b) Elle date ;", al[4]}},
	})
}
