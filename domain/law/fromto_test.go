package law

import "testing"

// TestGrammarFromToRanges: a range said with "du … au …" — "Du deuxième
// au quatrième alinéa", "Du 2° au 4°", "De la première à la troisième
// phrase", "De l'alinéa 2 à l'alinéa 4" — is every place of it, as "Aux
// deuxième à quatrième alinéas" is (only its last place was edited, or
// its two ends). The same in an amendment, where "Aux deuxième à
// quatrième alinéas" is "Aux alinéas 2 à 4" (it was refused).
func TestGrammarFromToRanges(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge date.", "Le juge vise.", "Le juge lit.", "Le juge part."}
	mid := []string{"Le juge signe.", "Le maire date.", "Le maire vise.", "Le maire lit.", "Le juge part."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	items := []string{"Sont exclus :", "1° Le juge ;", "2° Le juge ;", "3° Le juge ;", "4° Le juge ;", "5° Le juge."}
	runGrammar(t, []grammarCase{
		{name: "Du deuxième au quatrième alinéa de l'article", before: A, text: []string{"Du deuxième au quatrième alinéa de l'article L. 1 du code civil, le mot « juge » est remplacé par le mot « maire »."}, want: mid},
		{name: "under a context", before: A, text: []string{C, "1° Du deuxième au quatrième alinéa, le mot « juge » est remplacé par le mot « maire » ;"}, want: mid},
		{name: "the noun in the plural", before: A, text: []string{C, "1° Du deuxième au quatrième alinéas, le mot « juge » est remplacé par le mot « maire » ;"}, want: mid},
		{name: "the noun twice", before: A, text: []string{C, "1° Du deuxième alinéa au quatrième alinéa, le mot « juge » est remplacé par le mot « maire » ;"}, want: mid},
		{name: "by their numbers", before: A, text: []string{C, "1° De l'alinéa 2 à l'alinéa 4, le mot « juge » est remplacé par le mot « maire » ;"}, want: mid},
		{name: "to the last", before: A, text: []string{C, "1° Du deuxième au dernier alinéa, le mot « juge » est remplacé par le mot « maire » ;"},
			want: []string{"Le juge signe.", "Le maire date.", "Le maire vise.", "Le maire lit.", "Le maire part."}},
		{name: "items", before: items, text: []string{C, "1° Du 2° au 4°, le mot « juge » est remplacé par le mot « maire » ;"},
			want: []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le maire ;", "4° Le maire ;", "5° Le juge."}},
		{name: "sentences", before: []string{"Le juge signe. Le juge date. Le juge vise. Le juge lit."}, text: []string{C, "1° De la première à la troisième phrase du premier alinéa, le mot « juge » est remplacé par le mot « maire » ;"},
			want: []string{"Le maire signe. Le maire date. Le maire vise. Le juge lit."}},
		{name: "quoted words left as they are", before: []string{"Le juge signe du 1° au 3°.", "Le juge date."}, text: []string{C, "1° Au premier alinéa, les mots « du 1° au 3° » sont remplacés par les mots « des 1° à 3° » ;"},
			want: []string{"Le juge signe des 1° à 3°.", "Le juge date."}},
	})
	runAmendments(t, []amCase{
		{"Du deuxième au quatrième alinéa", A, "Du deuxième au quatrième alinéa, substituer au mot : « juge » le mot : « maire ».", mid},
		{"De l'alinéa 2 à l'alinéa 4", A, "De l'alinéa 2 à l'alinéa 4, substituer au mot : « juge » le mot : « maire ».", mid},
		{"Aux deuxième à quatrième alinéas", A, "Aux deuxième à quatrième alinéas, substituer au mot : « juge » le mot : « maire ».", mid},
		{"Aux alinéas 2 à 4", A, "Aux alinéas 2 à 4, substituer au mot : « juge » le mot : « maire ».", mid},
	})
}
