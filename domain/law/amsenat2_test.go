package law

import "testing"

// TestAmendmentWordsTimes: "Remplacer (deux fois) le mot : « A »",
// "supprimer par deux fois les mots", "(deux occurrences)", "à deux
// reprises" say how many times the words occur in their place: any other
// count is refused (the amendment read another text; every occurrence was
// edited). With several pairs of words replaced, a count goes with the
// pair whose new words come next after it ("… par les mots : B et deux
// fois les mots : C par …"); a count after the last of several pairs, or
// with several words deleted, is not placed: refused; with several places
// it is counted over them all, once in each (TestAm8CountOverPlaces: here
// the alinéa 1 holds the words twice, refused).
func TestAmendmentWordsTimes(t *testing.T) {
	al := []string{"Le maire agit. Le maire décide. Il signe.", "Le maire vote. Le maire signe. Le maire part."}
	runAmendments(t, []amCase{
		{"deux fois, twice in the text", al, "À l'alinéa 1, remplacer (deux fois) le mot : « maire » par le mot : « préfet ».", []string{"Le préfet agit. Le préfet décide. Il signe.", al[1]}},
		{"Sénat: (deux fois) on the verb line", al, "Alinéa 1\n\nRemplacer (deux fois) le mot :\n\nmaire\n\npar le mot :\n\npréfet", []string{"Le préfet agit. Le préfet décide. Il signe.", al[1]}},
		{"deux occurrences after the words", al, "À l'alinéa 1, substituer au mot : « maire » (deux occurrences) le mot : « préfet ».", []string{"Le préfet agit. Le préfet décide. Il signe.", al[1]}},
		{"supprimer par deux fois", al, "À l'alinéa 1, supprimer par deux fois le mot : « Le ».", []string{"Maire agit. Maire décide. Il signe.", al[1]}},
		{"trois fois, twice in the text: refused", al, "À l'alinéa 1, remplacer (trois fois) le mot : « maire » par le mot : « préfet ».", nil},
		{"deux fois, three times in the text: refused", al, "À l'alinéa 2, remplacer (deux fois) le mot : « maire » par le mot : « préfet ».", nil},
		{"deletion, deux fois, three times: refused", al, "À l'alinéa 2, supprimer (deux fois) le mot : « maire ».", nil},
		{"à trois reprises", al, "À l'alinéa 2, remplacer à trois reprises le mot : « maire » par le mot : « préfet ».", []string{al[0], "Le préfet vote. Le préfet signe. Le préfet part."}},
		{"two places: refused", al, "Aux alinéas 1 et 2, remplacer (deux fois) le mot : « maire » par le mot : « préfet ».", nil},
		{"two pairs, the count on the first", al, "À l'alinéa 1, remplacer (deux fois) le mot : « maire » par le mot : « préfet » et le mot : « agit » par le mot : « siège ».", []string{"Le préfet siège. Le préfet décide. Il signe.", al[1]}},
		{"Sénat: two pairs, the count on the second", al, "Alinéa 2\n\nRemplacer le mot :\n\nvote\n\npar le mot :\n\nsiège\n\net trois fois le mot :\n\nmaire\n\npar le mot :\n\npréfet", []string{al[0], "Le préfet siège. Le préfet signe. Le préfet part."}},
		{"two pairs, the second's count wrong: refused", al, "Alinéa 2\n\nRemplacer le mot :\n\nvote\n\npar le mot :\n\nsiège\n\net deux fois le mot :\n\nmaire\n\npar le mot :\n\npréfet", nil},
		{"two pairs, a count after both: refused", al, "À l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet » et le mot : « agit » par le mot : « siège » (deux fois).", nil},
	})
}
