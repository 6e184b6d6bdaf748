package law

import "testing"

// TestGrammarWordSpellings: quoted words match the text in force however
// it spaces or hyphenates them — non-breaking spaces either side, double
// spaces, hyphen or dash — and with its apostrophes, accents on capitals
// and ligatures.
func TestGrammarWordSpellings(t *testing.T) {
	r := func(old, nw string) []string {
		return []string{"À l'article L. 1 du code civil, les mots : « " + old + " » sont remplacés par les mots : « " + nw + " »."}
	}
	runGrammar(t, []grammarCase{
		{name: "NBSP in the text", before: []string{"Un délai de 2\u00a0mois."}, text: r("2 mois", "3 mois"), want: []string{"Un délai de 3 mois."}},
		{name: "NBSP in the words", before: []string{"Un délai de 2 mois."}, text: r("2\u00a0mois", "3 mois"), want: []string{"Un délai de 3 mois."}},
		{name: "curly apostrophe in the text", before: []string{"L’État agit."}, text: r("L'État", "La région"), want: []string{"La région agit."}},
		{name: "Etat without accent in the text, at the start of the sentence: the capital stays", before: []string{"L'Etat agit."}, text: r("l'État", "la région"), want: []string{"La région agit."}},
		{name: "oe ligature", before: []string{"Une oeuvre."}, text: r("œuvre", "création"), want: []string{"Une création."}},
		{name: "en dash vs hyphen", before: []string{"Les Provence-Alpes-Côte d'Azur."}, text: r("Provence–Alpes–Côte d'Azur", "Sud"), want: []string{"Les Sud."}},
		{name: "double space in text", before: []string{"Un délai de  deux mois."}, text: r("de deux mois", "d'un an"), want: []string{"Un délai d'un an."}},
		{name: "1er in words", before: []string{"Au 1er janvier."}, text: r("1er janvier", "1er juillet"), want: []string{"Au 1er juillet."}},
	})
}
