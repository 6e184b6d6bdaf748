package law

import "testing"

// TestWrong81RangeStraddlesQuotation: an amendment's range of alinéas
// that runs from the text an alinéa of the bill introduces past its end,
// without that alinéa, is refused — "Supprimer les alinéas 4 à 5" where 4
// is the 2°'s whole quotation and 5 the 3° (the 2° was left announcing
// nothing, its quotation cut to "« Art. 2. – (Supprimé)"), "Remplacer les
// alinéas 4 à 5 par …", "Rédiger ainsi les alinéas 5 et 6" where 5 ends
// a quotation (it was left open, the 3° gone into it). A range that takes
// the introducing line too, or the end of a quotation and what follows
// with its first alinéa kept, is applied as before. New text that closes
// the quotation and goes on outside it ("« Il est vu. » ;", "2° L'article
// 4 est abrogé.") is refused too: its lines were all set inside the
// quotation ("« 2° L'article 4 est abrogé.", the quotation left open).
func TestWrong81RangeStraddlesQuotation(t *testing.T) {
	L := []string{"I. – Le code est modifié :", "1° L'article 1 est abrogé ;", "2° L'article 2 est ainsi rédigé :", "« Art. 2. – Il est daté. » ;", "3° L'article 3 est abrogé.", "II. – Fin."}
	M := []string{"I. – Le code est modifié :", "1° L'article 2 est ainsi rédigé :", "« Art. 2. – Il est daté.", "« Il est signé.", "« Il est lu. » ;", "2° L'article 3 est abrogé."}
	runAmendments(t, []amCase{
		{"the whole quotation and the next item deleted: refused", L, "Supprimer les alinéas 4 à 5.", nil},
		{"the same, named by a head: refused", L, "Alinéas 4 et 5\nSupprimer ces alinéas.", nil},
		{"the whole quotation and the next item replaced: refused", L, "Remplacer les alinéas 4 à 5 par un alinéa ainsi rédigé :\n« 3° L'article 4 est abrogé. »", nil},
		{"the end of a quotation and the next item rewritten: refused", M, "Rédiger ainsi les alinéas 5 et 6 :\n« Il est vu. »", nil},
		{"the introducing line with its quotation", L, "Rédiger ainsi les alinéas 3 et 4 :\n« 2° L'article 2 est abrogé ; »",
			[]string{L[0], L[1], "2° L'article 2 est abrogé ;", L[4], L[5]}},
		{"new text that closes the quotation and goes on: refused", M, "Rédiger ainsi les alinéas 5 et 6 :\n« Il est vu. » ;\n2° L'article 4 est abrogé.", nil},
		{"the end of a quotation and the next item deleted", M, "Supprimer les alinéas 4 à 6.",
			[]string{M[0], M[1], "« Art. 2. – Il est daté. » ;", "2° (Supprimé)"}},
	})
}
