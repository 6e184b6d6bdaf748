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

// TestAm5PointerNumber: under the Sénat's locator line, the division a
// head points at agrees in number with what the line names: "Alinéas 2 et
// 3" / "Rédiger ainsi cet alinéa :" (both rewritten as one), "Compléter
// cet alinéa …" (both completed), "Alinéa 2" / "Supprimer ces alinéas",
// "Alinéas 2 à 3" / "Supprimer cette phrase" (both alinéas deleted
// whole), "Alinéa 2" / "Supprimer ces phrases": which is meant is not
// said — refused. Agreeing pointers stay read.
func TestAm5PointerNumber(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date. Il remet.", "Il lit.", "Il note."}
	runAmendments(t, []amCase{
		{"Alinéas 2 et 3 / cet alinéa rewritten: refused", A, "Alinéas 2 et 3\n\nRédiger ainsi cet alinéa :\n\nIl vise.", nil},
		{"Alinéas 2 et 3 / cet alinéa completed: refused", A, "Alinéas 2 et 3\n\nCompléter cet alinéa par les mots :\n\nle contrat", nil},
		{"Alinéa 2 / ces alinéas: refused", A, "Alinéa 2\n\nSupprimer ces alinéas.", nil},
		{"Alinéas 2 à 3 / cette phrase: refused", A, "Alinéas 2 à 3\n\nSupprimer cette phrase.", nil},
		{"Alinéa 2 / cette phrase: refused", A, "Alinéa 2\n\nSupprimer cette phrase.", nil},
		{"Alinéa 2 / ces phrases: refused", A, "Alinéa 2\n\nSupprimer ces phrases.", nil},
		{"Alinéas 2 et 3 / ces alinéas", A, "Alinéas 2 et 3\n\nSupprimer ces alinéas.", []string{A[0], A[3]}},
		{"Alinéa 2, seconde phrase / cette phrase", A, "Alinéa 2, seconde phrase\n\nSupprimer cette phrase.", []string{A[0], "Il date.", A[2], A[3]}},
		{"Alinéa 2, seconde phrase / cet alinéa", A, "Alinéa 2, seconde phrase\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl vise.", []string{A[0], "Il date. Il remet. Il vise.", A[2], A[3]}},
		{"Alinéa 3 / cet alinéa", A, "Alinéa 3\n\nRédiger ainsi cet alinéa :\n\nIl vise.", []string{A[0], A[1], "Il vise.", A[3]}},
	})
}

// TestAm5AfterTheseAlineas: "Alinéas 2 et 3" / "Après ces alinéas, insérer
// un alinéa …" inserts after the last of them, "Avant ces alinéas"
// before the first, and "Alinéa 2, première phrase" / "Après cet alinéa,
// …" after the alinéa (they were refused); "ces alinéas" that do not
// follow one another are refused. "À l'alinéa 2, supprimer cette
// phrase", where no sentence is named, is refused (the alinéa was
// deleted whole).
func TestAm5AfterTheseAlineas(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date. Il remet.", "Il lit.", "Il note."}
	runAmendments(t, []amCase{
		{"après ces alinéas", A, "Alinéas 2 et 3\n\nAprès ces alinéas, insérer un alinéa ainsi rédigé :\n\nIl vise.", []string{A[0], A[1], A[2], "Il vise.", A[3]}},
		{"avant ces alinéas", A, "Alinéas 2 à 3\n\nAvant ces alinéas, insérer un alinéa ainsi rédigé :\n\nIl vise.", []string{A[0], "Il vise.", A[1], A[2], A[3]}},
		{"après cet alinéa, under a sentence", A, "Alinéa 2, première phrase\n\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\n\nIl vise.", []string{A[0], A[1], "Il vise.", A[2], A[3]}},
		{"ces alinéas apart: refused", A, "Alinéas 2 et 4\n\nAprès ces alinéas, insérer un alinéa ainsi rédigé :\n\nIl vise.", nil},
		{"À l'alinéa 2, supprimer cette phrase: refused", A, "À l'alinéa 2, supprimer cette phrase.", nil},
	})
}
