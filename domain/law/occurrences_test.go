package law

import "testing"

// TestGrammarTimesSaid: a replacement says which occurrences it replaces
// with the same phrases in a bill's indicative, an amendment's indicative
// and an amendment's imperative — one pattern, timesSaid, reads them all.
// The bills' reader missed the singular "partout où il figure" and "se
// trouve"; the amendments' indicative missed "chaque fois qu'il apparaît"
// and "dans toutes ses occurrences".
func TestGrammarTimesSaid(t *testing.T) {
	before := []string{"Le maire saisit le maire adjoint.", "Le maire signe."}
	want := []string{"Le préfet saisit le préfet adjoint.", "Le maire signe."}
	for _, ph := range []string{
		"partout où il figure", "partout où ils figurent", "partout où il apparaît", "partout où il se trouve",
		"à chaque occurrence", "chaque fois qu'il apparaît", "chaque fois qu’il figure", "dans toutes ses occurrences",
		"deux fois", "par deux fois", "à deux reprises",
	} {
		runGrammar(t, []grammarCase{{name: "bill, " + ph, before: before,
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est, " + ph + ", remplacé par le mot : « préfet »."},
			want: want}})
		wantAmended(t, "indicative, "+ph, before, "À l'alinéa 1, le mot : « maire » est, "+ph+", remplacé par le mot : « préfet ».", want)
		wantAmended(t, "imperative, "+ph, before, "Alinéa 1, remplacer le mot : « maire », "+ph+", par le mot : « préfet ».", want)
	}
}
