package law

import "testing"

// TestRefuse85InlineAlineasUncounted: "insérer les alinéas suivants : «
// A » « B »" in one paragraph — the plural, no count — inserts every
// quotation after the colon as an alinéa (it was refused: only a count
// read them); "l'alinéa suivant" with two quotations, or a count that
// does not match them, stays refused.
func TestRefuse85InlineAlineasUncounted(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge lit.", "Le préfet vise."}
	runAmendments(t, []amCase{
		{"insert, les alinéas suivants", A, "Après l'alinéa 2, insérer les alinéas suivants : « Le greffier X. » « Le greffier Y. »", []string{A[0], A[1], "Le greffier X.", "Le greffier Y.", A[2]}},
		{"substitute, les alinéas suivants", A, "Substituer aux alinéas 2 et 3 les alinéas suivants : « Le greffier X. » « Le greffier Y. »", []string{A[0], "Le greffier X.", "Le greffier Y."}},
		{"les deux alinéas suivants", A, "Après l'alinéa 2, insérer les deux alinéas suivants : « Le greffier X. » « Le greffier Y. »", []string{A[0], A[1], "Le greffier X.", "Le greffier Y.", A[2]}},
		{"l'alinéa suivant, two quotations: refused", A, "Après l'alinéa 2, insérer l'alinéa suivant : « Le greffier X. » « Le greffier Y. »", nil},
		{"three announced, two given: refused", A, "Après l'alinéa 2, insérer les trois alinéas suivants : « Le greffier X. » « Le greffier Y. »", nil},
	})
}
