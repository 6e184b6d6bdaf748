package law

import (
	"regexp"
	"testing"
)

// TestGrammarAmendmentWordNouns: whatever the quoted words are called —
// "la durée", "le seuil", "la valeur", "le numéro", "le sigle" as well as
// "les mots" — a head that names them asks for words, in the Sénat's
// layout (the words on the lines after) as in the Assemblée's; the
// amendment's readers and the bills' read the same nouns. "Remplacer la
// durée :" was read as a rewrite of the alinéa by the lines after it.
func TestGrammarAmendmentWordNouns(t *testing.T) {
	al := []string{"Le maire agit ; il décide.", "Le délai est de trois mois."}
	six := []string{al[0], "Le délai est de six mois."}
	runAmendments(t, []amCase{
		{"la durée (Sénat)", al, "Alinéa 2\n\nRemplacer la durée :\n\ntrois mois\n\npar la durée :\n\nsix mois", six},
		{"le seuil (Sénat)", al, "Alinéa 2\n\nRemplacer le seuil :\n\ntrois mois\n\npar le seuil :\n\nsix mois", six},
		{"la valeur (Sénat)", al, "Alinéa 2\n\nRemplacer la valeur :\n\ntrois\n\npar la valeur :\n\nsix", six},
		{"le nombre then par le nombre without its colon", al, "Alinéa 2\n\nRemplacer le nombre :\n\ntrois\n\npar le nombre\n\nsix", six},
		{"la durée (Assemblée)", al, "À l'alinéa 2, remplacer la durée : « trois mois » par la durée : « six mois ».", six},
		{"l'expression (Sénat)", al, "Alinéa 2\n\nRemplacer l'expression :\n\ntrois mois\n\npar l'expression :\n\nsix mois", six},
		{"le signe (Sénat)", al, "Alinéa 1\n\nRemplacer le signe :\n\n;\n\npar le signe :\n\n.", []string{"Le maire agit. Il décide.", al[1]}},
		{"la première phrase is a division, not words", []string{"Il agit. Il décide."}, "Alinéa 1\n\nRemplacer la première phrase par une phrase ainsi rédigée :\n\nIl signe.", []string{"Il signe. Il décide."}},
	})
	// The nouns, accented or not, read alike by both lists.
	folded := regexp.MustCompile(`^` + wordNoun + `$`)
	cased := regexp.MustCompile(`^` + wordNounCased + `$`)
	for _, n := range []string{"mots", "référence", "chiffre", "nombres", "montant", "signe", "signe de ponctuation", "lettre", "date", "année", "taux", "pourcentage", "expression", "terme", "somme", "mention", "numéro", "valeur", "durée", "seuil", "caractères", "abréviation", "sigle", "acronyme", "symbole"} {
		if !cased.MatchString(n) {
			t.Errorf("%q not read by wordNounCased", n)
		}
		if !folded.MatchString(asciiLower(foldAccents(n))) {
			t.Errorf("%q not read by wordNoun", n)
		}
	}
}

// TestGrammarAmendmentAnchorNouns: an anchor is called whatever its words
// are ("après le signe : « , »", "après le taux :"), also where one
// instruction joins a second ("… et après le signe : « , », insérer …":
// only "le mot" and "la référence" were read there, and the amendment was
// refused).
func TestGrammarAmendmentAnchorNouns(t *testing.T) {
	al := []string{"Le taux est de 5 %, sauf exception.", "Il agit."}
	runAmendments(t, []amCase{
		{"joined: et après le signe", al, "À l'alinéa 1, après le mot : « taux », insérer le mot : « annuel » et après le signe : « , », insérer les mots : « en principe, ».", []string{"Le taux annuel est de 5 %, en principe, sauf exception.", al[1]}},
		{"joined: et après le mot", al, "À l'alinéa 1, après le mot : « taux », insérer le mot : « annuel » et après le mot : « exception », insérer le mot : « motivée ».", []string{"Le taux annuel est de 5 %, sauf exception motivée.", al[1]}},
		{"Sénat: après le taux", al, "Alinéa 1\n\nAprès le taux :\n\n5 %\n\ninsérer les mots :\n\npar an", []string{"Le taux est de 5 % par an, sauf exception.", al[1]}},
	})
}
