package law

import "testing"

// TestReview92DashWithItemsOfItsOwn: an amendment's dash of an alinéa
// (TestLang93DashOfAnAlinea) that introduces items of its own ("– le
// bail :" then "a) …", "b) …") is deleted, rewritten or followed by a
// new alinéa with them or without them — not said: refused (the a) and
// the b) were left under the dash before; a new dash went between the
// dash and its items). Its words stay edited, and a new dash before it
// stays read. "Le dernier tiret" where the last dash counted introduces
// items of its own is refused: dashes after its items are not counted
// (the dash before the items was taken for the last).
func TestReview92DashWithItemsOfItsOwn(t *testing.T) {
	D := []string{"I. – Le maire signe :", "– le contrat ;", "– le bail :", "a) le loyer ;", "b) le dépôt ;", "– le devis.", "Il date."}
	to := func(i int, s string) []string {
		w := append([]string(nil), D...)
		w[i] = s
		return w
	}
	runAmendments(t, []amCase{
		{"deleted: refused", D, "Alinéa 1, deuxième tiret\n\nSupprimer cet alinéa.", nil},
		{"supprimer le deuxième tiret: refused", D, "Supprimer le deuxième tiret de l'alinéa 1.", nil},
		{"rewritten: refused", D, "Rédiger ainsi le deuxième tiret de l'alinéa 1 :\n\n« – le titre ; »", nil},
		{"a dash after it: refused", D, "Après le deuxième tiret de l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »", nil},
		{"le dernier tiret past its items: refused", D, "Au dernier tiret de l'alinéa 1, remplacer le mot : « bail » par le mot : « titre ».", nil},
		{"its words", D, "Au deuxième tiret de l'alinéa 1, remplacer le mot : « bail » par le mot : « titre ».", to(2, "– le titre :")},
		{"a dash before it", D, "Avant le deuxième tiret de l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »", []string{D[0], D[1], "– le titre ;", D[2], D[3], D[4], D[5], D[6]}},
		{"the first dash", D, "Au premier tiret de l'alinéa 1, remplacer le mot : « contrat » par le mot : « titre ».", to(1, "– le titre ;")},
	})
}
