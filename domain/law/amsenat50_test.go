package law

import "testing"

// TestAm5ElidedDeletionSecondPlace: "À l'alinéa 1, supprimer le mot : « A »
// et, à l'alinéa 3, le mot : « B »" — the verb said once, a second place
// set off by commas before its words — deletes A in the first place and
// B in the second, as the same drafting does for a replacement (it was
// refused; before that, B was deleted in the first place). Also with
// ";"; and the second place may be an item ("et, au 2°, le mot : « C »
// par …", for a replacement too: it was refused, the words looked for
// in the first place); words not in the second place are refused,
// never deleted in the first.
func TestAm5ElidedDeletionSecondPlace(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat de bail.", "1° Le préfet date le contrat écrit ;", "2° Le juge lit le contrat signé."}
	runAmendments(t, []amCase{
		{"et, à l'alinéa 3,", A, "À l'alinéa 1, supprimer les mots : « de bail » et, à l'alinéa 3, le mot : « signé ».", []string{"I. – Le maire signe le contrat.", A[1], "2° Le juge lit le contrat."}},
		{"; au 1°,", A, "À l'alinéa 1, supprimer les mots : « de bail » ; au 1°, le mot : « écrit ».", []string{"I. – Le maire signe le contrat.", "1° Le préfet date le contrat ;", A[2]}},
		{"a replacement, et, au 2°,", A, "Au 1°, remplacer le mot : « préfet » par le mot : « maire » et, au 2°, le mot : « juge » par le mot : « greffier ».", []string{A[0], "1° Le maire date le contrat écrit ;", "2° Le greffier lit le contrat signé."}},
		{"the words not in the second place: refused", A, "À l'alinéa 3, supprimer le mot : « signé » et, à l'alinéa 2, le mot : « bail ».", nil},
	})
}
