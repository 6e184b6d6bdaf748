package law

import "testing"

// TestLang98ThisDash: under the Sénat's line "Alinéa 1, deuxième tiret",
// a head pointing at "ce tiret" — "Supprimer ce tiret", "Rédiger ainsi
// ce tiret :", "À ce tiret, remplacer …", "Après ce tiret, insérer …",
// "Compléter ce tiret par …" — edits that dash (TestLang93DashOfAnAlinea;
// it was refused: "ce tiret" was not read). An alinéa introducing no
// list of dashes stays refused, and "cet alinéa" there too.
func TestLang98ThisDash(t *testing.T) {
	A := []string{"I. – Le maire signe :", "– le contrat ;", "– le bail ;", "– le devis.", "Il date. Il remet."}
	L := "Alinéa 1, deuxième tiret\n\n"
	runAmendments(t, []amCase{
		{"supprimer ce tiret", A, L + "Supprimer ce tiret.", []string{A[0], A[1], A[3], A[4]}},
		{"rédiger ainsi ce tiret", A, L + "Rédiger ainsi ce tiret :\n\n« – le titre ; »", []string{A[0], A[1], "– le titre ;", A[3], A[4]}},
		{"à ce tiret, remplacer", A, "Alinéa 1, dernier tiret\n\nÀ ce tiret, remplacer le mot :\n\ndevis\n\npar le mot :\n\ntitre", []string{A[0], A[1], A[2], "– le titre.", A[4]}},
		{"après ce tiret, insérer", A, L + "Après ce tiret, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »", []string{A[0], A[1], A[2], "– le titre ;", A[3], A[4]}},
		{"compléter ce tiret", A, L + "Compléter ce tiret par les mots :\n\net le titre", []string{A[0], A[1], "– le bail et le titre ;", A[3], A[4]}},
		{"no list of dashes: refused", A, "Alinéa 5, deuxième tiret\n\nSupprimer ce tiret.", nil},
		{"cet alinéa: refused", A, L + "Supprimer cet alinéa.", nil},
	})
}
