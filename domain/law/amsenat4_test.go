package law

import "testing"

// TestAmendmentItemLists: a list of items in an amendment's locator ("les
// a) et b) du 1°", "les a, b et c", "Aux 1° et 2°", "Au I et au II") is
// each item, with the divisions around it (only the first was read:
// "Supprimer les 1° et 2°" deleted the 1° alone); items of different kinds
// ("le 2° et le a", "Au 1° et à l'alinéa 7") are not read, nor one new
// text for several items ("Rédiger ainsi les a) et b) :" then one text —
// lines that begin with each item's label are each one's); an item after
// the first takes its determiner or none ("du I et le II" is two
// designations: not read). Divisions deleted together leave one
// placeholder, "1° et 2° (Supprimé)", as the chambers print them
// (joinedDeletions; each was left its own).
func TestAmendmentItemLists(t *testing.T) {
	al := []string{"I. – Le code est ainsi modifié :", "1° Le maire agit ;", "a) Il signe ;", "b) Il date ;", "2° Le préfet contrôle.", "II. – Le juge statue."}
	runAmendments(t, []amCase{
		{"supprimer les a) et b) du 1°", al, "Supprimer les a) et b) du 1°.", []string{al[0], al[1], "a) et b) (Supprimé)", al[4], al[5]}},
		{"supprimer les 1° et 2°", al, "Supprimer les 1° et 2°.", []string{al[0], "1° et 2° (Supprimé)", al[5]}},
		{"supprimer les I et II", al, "Supprimer les I et II.", []string{"I et II. – (Supprimé)"}},
		{"le a et le b, letters bare", al, "Supprimer le a et le b du 1°.", []string{al[0], al[1], "a) et b) (Supprimé)", al[4], al[5]}},
		{"aux 1° et 2°, words", al, "Aux 1° et 2°, remplacer le mot : « Le » par le mot : « Un ».", []string{al[0], "1° Un maire agit ;", al[2], al[3], "2° Un préfet contrôle.", al[5]}},
		{"au 1° et au 2° du I", al, "Au 1° et au 2° du I, remplacer le mot : « Le » par le mot : « Un ».", []string{al[0], "1° Un maire agit ;", al[2], al[3], "2° Un préfet contrôle.", al[5]}},
		{"compléter les a) et b)", al, "Compléter les a) et b) par les mots : « vite »", []string{al[0], al[1], "a) Il signe vite ;", "b) Il date vite ;", al[4], al[5]}},
		{"different kinds: refused", al, "Supprimer le 2° et le a.", nil},
		{"an item and an alinéa: refused", al, "Au 1° et à l'alinéa 6, remplacer le mot : « Le » par le mot : « Un ».", nil},
		{"du I et le II: two designations, not a list: refused", al, "Supprimer le premier alinéa du I et le II.", nil},
		{"new text for two items, each its label's (TestGrammarAmendmentRewriteByLabels)", al, "Rédiger ainsi les a) et b) du 1° :\n« a) Il lit ; »\n« b) Il écrit ; »", []string{al[0], al[1], "a) Il lit ;", "b) Il écrit ;", al[4], al[5]}},
		{"one new text for two items: refused", al, "Rédiger ainsi les a) et b) du 1° :\n« Il lit ; »", nil},
	})
}
