package law

import "testing"

// TestAmendmentBesideNumbered: alinéas designated by number joined to a
// division named otherwise — a part or an item ("Supprimer l'alinéa 2 et
// le II", "Supprimer le II et l'alinéa 5", "À l'alinéa 1 et au II, …"), an
// alinéa by its rank ("l'alinéa 1 et le dernier alinéa", "et le premier
// alinéa du II") — are refused: only the numbered alinéas were edited. A
// division that holds the alinéa is not joined to it ("Au 2° de l'alinéa
// 3", the Sénat's "Alinéa 3" then "Au 2°, remplacer …").
func TestAmendmentBesideNumbered(t *testing.T) {
	al := []string{"I. – A b.", "1° C d ;", "2° E f.", "II. – G h.", "I j."}
	runAmendments(t, []amCase{
		{"l'alinéa 2 et le II: refused", al, "Supprimer l'alinéa 2 et le II.", nil},
		{"le II et l'alinéa 5: refused", al, "Supprimer le II et l'alinéa 5.", nil},
		{"à l'alinéa 1 et au II: refused", al, "À l'alinéa 1 et au II, remplacer le mot : « b » par le mot : « x ».", nil},
		{"l'alinéa 1 et le dernier alinéa: refused", al, "Supprimer l'alinéa 1 et le dernier alinéa.", nil},
		{"et le premier alinéa du II: refused", al, "Supprimer l'alinéa 2 et le premier alinéa du II.", nil},
		{"au 2° de l'alinéa 3: read", al, "Au 2° de l'alinéa 3, remplacer le mot : « E » par le mot : « X ».", []string{al[0], al[1], "2° X f.", al[3], al[4]}},
		{"Sénat: Alinéa 3 then Au 2°: read", al, "Alinéa 3\n\nAu 2°, remplacer le mot :\n\nE\n\npar le mot :\n\nX", []string{al[0], al[1], "2° X f.", al[3], al[4]}},
	})
}
