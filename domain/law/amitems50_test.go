package law

import "testing"

// TestAm5ItemBesideNumberedAlinea: an item named beside an alinéa
// designated by number ("À l'alinéa 2, au 2°, …", the Sénat's "Alinéa 2"
// then "Au 2°, …", "Au 2° de l'alinéa 3") must hold that alinéa: where
// it does not, which of the two is meant is not said — refused (the item
// was ignored, and alinéa 2, the 1°, edited).
func TestAm5ItemBesideNumberedAlinea(t *testing.T) {
	A := []string{"I. – Le maire signe.", "1° Le juge lit ;", "2° Le juge date."}
	runAmendments(t, []amCase{
		{"à l'alinéa 3, au 2°", A, "À l'alinéa 3, au 2°, supprimer le mot : « juge ».", []string{A[0], A[1], "2° Le date."}},
		{"Sénat: Alinéa 3 then Au 2°", A, "Alinéa 3\n\nAu 2°, supprimer le mot :\n\njuge", []string{A[0], A[1], "2° Le date."}},
		{"à l'alinéa 2, au 2°: refused", A, "À l'alinéa 2, au 2°, supprimer le mot : « juge ».", nil},
		{"Sénat: Alinéa 2 then Au 2°: refused", A, "Alinéa 2\n\nAu 2°, supprimer le mot :\n\njuge", nil},
		{"au 2° de l'alinéa 2: refused", A, "Au 2° de l'alinéa 2, supprimer le mot : « juge ».", nil},
	})
}

// TestAm5JoinedInstructionOwnItem: a second instruction joined by "et"
// that names its own item before its verb ("Au 1°, remplacer … et, au
// 2°, supprimer le mot : « juge »") edits that item only: it took the
// first's place too ("Au 1°, au 2°"), and the word went from both.
func TestAm5JoinedInstructionOwnItem(t *testing.T) {
	A := []string{"I. – Le maire signe.", "1° Le juge lit ;", "2° Le juge date."}
	runAmendments(t, []amCase{
		{"et, au 2°, supprimer", A, "Au 1°, remplacer le mot : « lit » par le mot : « vise » et, au 2°, supprimer le mot : « juge ».", []string{A[0], "1° Le juge vise ;", "2° Le date."}},
		{"et, au 2°, remplacer", A, "Au 1°, remplacer le mot : « lit » par le mot : « vise » et, au 2°, remplacer le mot : « juge » par le mot : « greffier ».", []string{A[0], "1° Le juge vise ;", "2° Le greffier date."}},
		{"et supprimer (the first's place)", A, "Au 1°, remplacer le mot : « lit » par le mot : « vise » et supprimer le mot : « juge ».", []string{A[0], "1° Le vise ;", A[2]}},
	})
}

// TestAm5NewItemPlaceAndLabel: a new item placed after (before) an item
// whose label ranks after (before) its own — "Après le 2°, insérer un 1°
// bis", "Avant le 1°, insérer un 2° bis" — says two places: refused (it
// went at its label's rank, before the 2°). Items in their rank, and
// labels with capitals ("1° A" ranks before the 1°), stay read.
func TestAm5NewItemPlaceAndLabel(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"après le 2°, un 1° bis: refused", A, "Après le 2°, insérer un 1° bis ainsi rédigé :\n\n« 1° bis L'article L. 0 est abrogé ; »", nil},
		{"avant le 1°, un 2° bis: refused", A, "Avant le 1°, insérer un 2° bis ainsi rédigé :\n\n« 2° bis L'article L. 0 est abrogé ; »", nil},
		{"après le 1°, un 1° bis", A, "Après le 1°, insérer un 1° bis ainsi rédigé :\n\n« 1° bis L'article L. 0 est abrogé ; »", []string{A[0], A[1], "1° bis L'article L. 0 est abrogé ;", A[2]}},
		{"avant le 1°, un 1° A", A, "Avant le 1°, insérer un 1° A ainsi rédigé :\n\n« 1° A L'article L. 0 est abrogé ; »", []string{A[0], "1° A L'article L. 0 est abrogé ;", A[1], A[2]}},
	})
}
