package law

import "testing"

// TestGrammarAmendmentQuotedCode: amendments on the lines of a code article
// quoted in the bill keep its quotation marks.
func TestGrammarAmendmentQuotedCode(t *testing.T) {
	bill := []string{"I. - L'article L. 1 du code civil est ainsi rédigé :", "\"Art. L. 1. - Le maire agit.", "\"Il rend compte.\"", "II. - Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"rédiger ainsi l'alinéa 3 (a quoted line)", bill, "Rédiger ainsi l'alinéa 3 :\n« Il publie ses actes. »", []string{bill[0], bill[1], "\"Il publie ses actes.\"", bill[3]}},
		{"après l'alinéa 2, insérer un alinéa (inside the quotation)", bill, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« Il décide. »", []string{bill[0], bill[1], "\"Il décide.", bill[2], bill[3]}},
		{"à l'alinéa 2, remplacer", bill, "À l'alinéa 2, remplacer le mot : « maire » par le mot : « préfet ».", []string{bill[0], "\"Art. L. 1. - Le préfet agit.", bill[2], bill[3]}},
	})
}
