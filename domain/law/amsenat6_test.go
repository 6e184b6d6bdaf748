package law

import "testing"

// TestAmendmentItemRange: a range of items ("Supprimer les 1° à 3° du
// II", "Aux a) à c), …", "du I au III") is refused: the items between are
// not known from the amendment (a 2° bis may stand there), and only the
// first was read (the 1° alone was deleted).
func TestAmendmentItemRange(t *testing.T) {
	al := []string{"I. – Le code est ainsi modifié :", "1° Le juge agit ;", "a) Il signe ;", "b) Il date ;", "c) Il part ;", "2° Le juge signe ;", "3° Le juge part.", "II. – Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"les 1° à 3°", al, "Supprimer les 1° à 3° du I.", nil},
		{"aux a) à c)", al, "Aux a) à c) du 1°, remplacer le mot : « Il » par le mot : « Elle ».", nil},
		{"les a à c", al, "Supprimer les a à c du 1°.", nil},
		{"du I au II", al, "Du I au II, remplacer le mot : « Le » par le mot : « Un ».", nil},
		{"one item: read", al, "À la fin du 3°, remplacer le mot : « part » par le mot : « sort ».", []string{al[0], al[1], al[2], al[3], al[4], al[5], "3° Le juge sort.", al[7]}},
	})
}
