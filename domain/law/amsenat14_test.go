package law

import "testing"

// TestAmendmentSecondPlaceSameVerb: a second place for the verb before it
// ("À l'alinéa 1, remplacer le mot : « A » par le mot : « B », et, à
// l'alinéa 3, le mot : « C » par le mot : « D »", also with "substituer"
// and ";") is the place of the pairs after it — every pair went to the
// first place. A deletion so drafted ("supprimer le mot : « A » et, à
// l'alinéa 3, le mot : « B »") deletes B in the second place (it was
// refused: B had been deleted in the first place).
func TestAmendmentSecondPlaceSameVerb(t *testing.T) {
	al := []string{"Le maire agit.", "Le maire signe.", "Le maire part."}
	runAmendments(t, []amCase{
		{"remplacer, et, à l'alinéa 3", al, "À l'alinéa 1, remplacer le mot : « agit » par le mot : « vote », et, à l'alinéa 3, le mot : « maire » par le mot : « préfet ».", []string{"Le maire vote.", al[1], "Le préfet part."}},
		{"remplacer et à l'alinéa 3 (no comma)", al, "À l'alinéa 1, remplacer le mot : « agit » par le mot : « vote » et à l'alinéa 3, le mot : « maire » par le mot : « préfet ».", []string{"Le maire vote.", al[1], "Le préfet part."}},
		{"substituer ; à l'alinéa 3", al, "À l'alinéa 1, substituer au mot : « agit » le mot : « vote » ; à l'alinéa 3, au mot : « maire » le mot : « préfet ».", []string{"Le maire vote.", al[1], "Le préfet part."}},
		{"a deletion so drafted", al, "À l'alinéa 1, supprimer le mot : « maire » et, à l'alinéa 3, le mot : « Le ».", []string{"Le agit.", al[1], "Maire part."}},
		{"two pairs in one place, as before", al, "À l'alinéa 1, remplacer le mot : « agit » par le mot : « vote » et le mot : « maire » par le mot : « préfet ».", []string{"Le préfet vote.", al[1], al[2]}},
	})
}
