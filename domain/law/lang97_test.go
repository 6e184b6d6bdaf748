package law

import "testing"

// TestLang97InsertedBesideADash: "Après le deuxième tiret de l'alinéa 1,
// insérer un alinéa …", "Avant le premier tiret de l'alinéa 1, …" put the
// new alinéa after (before) that dash of the list alinéa 1 introduces, as
// a dash of an alinéa is read elsewhere (TestLang93DashOfAnAlinea; it was
// refused); after the last, the list's period goes to the new last. A
// rank past the last dash, or an alinéa introducing no list of dashes, is
// refused.
func TestLang97InsertedBesideADash(t *testing.T) {
	A := []string{"I. – Le maire signe :", "– le contrat ;", "– le bail ;", "– le devis.", "Il date. Il remet."}
	runAmendments(t, []amCase{
		{"après le deuxième tiret", A, "Après le deuxième tiret de l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »", []string{A[0], A[1], A[2], "– le titre ;", A[3], A[4]}},
		{"avant le premier tiret", A, "Avant le premier tiret de l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »", []string{A[0], "– le titre ;", A[1], A[2], A[3], A[4]}},
		{"après le dernier tiret", A, "Après le dernier tiret de l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« – le titre. »", []string{A[0], A[1], A[2], "– le devis ;", "– le titre.", A[4]}},
		{"past the last: refused", A, "Après le quatrième tiret de l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »", nil},
		{"no list of dashes: refused", A, "Après le premier tiret de l'alinéa 5, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »", nil},
	})
}
