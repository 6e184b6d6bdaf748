package law

import "testing"

// TestGrammarUnreadPartsAmendments: the parts of a text no division of
// the grammar reads — a dash of a list, an annex, a table's cells and
// headings ("la rubrique", "la case") — are one list for bills and
// amendments (unreadPart). An amendment placing its edit there is
// refused: it was read as the division around it, or the whole article
// ("Supprimer le deuxième tiret du I" deleted the I, "Au dernier tiret,
// remplacer …" and "À l'annexe, remplacer …" edited every alinéa). The
// same edits on an alinéa or an item are read as before.
func TestGrammarUnreadPartsAmendments(t *testing.T) {
	P := []string{"I. – Le maire :", "– signe les actes ;", "– saisit le maire adjoint.", "II. – Le tableau annexé :", "Rubrique | Montant", "Taxe du maire | 10"}
	to := func(i int, s string) []string {
		w := append([]string(nil), P...)
		w[i] = s
		return w
	}
	runAmendments(t, []amCase{
		{"a dash of the I: refused", P, "Supprimer le deuxième tiret du I.", nil},
		{"the last dash: refused", P, "Au dernier tiret, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"a dash of an alinéa: refused", P, "Au deuxième tiret de l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"an alinéa's dash, ordinal without determiner: refused", P, "Alinéa 3, deuxième tiret : remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"the annex: refused", P, "À l'annexe, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"a table's heading: refused", P, "À la rubrique « Taxe du maire », remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"a cell of a row: refused", P, "Dans la case de la deuxième ligne, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"the alinéa itself", P, "Alinéa 3 : remplacer le mot : « maire » par le mot : « préfet ».", to(2, "– saisit le préfet adjoint.")},
		{"the alinéa holding the table", P, "Au tableau de l'alinéa 6, remplacer le mot : « maire » par le mot : « préfet ».", to(5, "Taxe du préfet | 10")},
		{"the I", P, "Au I, remplacer le mot : « maire » par le mot : « préfet ».", []string{"I. – Le préfet :", "– signe les actes ;", "– saisit le préfet adjoint.", P[3], P[4], P[5]}},
	})
}
