package law

import "testing"

// TestProbeAm93ParagraphBeforeItsAlinea: a new paragraph placed by an
// alinéa's number before an unnumbered alinéa of the paragraph before it
// ("Après l'alinéa 1, insérer : « I bis. – … »" where the I's second
// alinéa follows, "Avant l'alinéa 2") would take that alinéa from it:
// refused (it became the I bis's), as before an item of the I (TestAm6NewDivisionBeforeItems).
// After the I's last alinéa, before the II, read; a new item before an
// unnumbered alinéa, which may close its list, read.
func TestProbeAm93ParagraphBeforeItsAlinea(t *testing.T) {
	A := []string{"I. – Le taux est fixé.", "Le montant est révisé.", "II. – Le décret est pris."}
	L := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé.", "Le décret est pris."}
	runAmendments(t, []amCase{
		{"after the I's first: refused", A, "Après l'alinéa 1, insérer un paragraphe ainsi rédigé : « I bis. – Le tarif est fixé. »", nil},
		{"before the I's second: refused", A, "Avant l'alinéa 2, insérer l'alinéa suivant : « I bis. – Le tarif est fixé. »", nil},
		{"after the I's items, before its alinéa: refused", L, "Après l'alinéa 3, insérer l'alinéa suivant : « I bis. – Le tarif est fixé. »", nil},
		{"before the II", A, "Après l'alinéa 2, insérer l'alinéa suivant : « I bis. – Le tarif est fixé. »", []string{A[0], A[1], "I bis. – Le tarif est fixé.", A[2]}},
		{"an item before the closing alinéa", L, "Après l'alinéa 3, insérer l'alinéa suivant : « 3° L'article L. 3 est abrogé. »", []string{L[0], L[1], "2° L'article L. 2 est abrogé ;", "3° L'article L. 3 est abrogé.", L[3]}},
		{"an unnumbered alinéa", A, "Après l'alinéa 1, insérer l'alinéa suivant : « Le tarif est fixé. »", []string{A[0], "Le tarif est fixé.", A[1], A[2]}},
	})
}
