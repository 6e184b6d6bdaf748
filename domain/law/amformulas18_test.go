package law

import "testing"

// TestGrammarSenatLocatorLines: the Sénat's locator line ("Alinéa 1") is
// the place of the instruction under it, even one announcing "une phrase
// ainsi rédigée" or "un alinéa ainsi rédigé" (the new text's kind was
// taken for a place: "Alinéa 1 / À la fin, insérer une phrase …" went at
// the end of the article).
func TestGrammarSenatLocatorLines(t *testing.T) {
	bill := []string{"Le maire agit. Il rend compte.", "Le préfet contrôle.", "Le juge tranche."}
	runAmendments(t, []amCase{
		{"Sénat: Alinéa 2 / Au début, insérer", bill, "Alinéa 2\n\nAu début, insérer les mots :\n\nChaque mois,", []string{bill[0], "Chaque mois, le préfet contrôle.", bill[2]}},
		{"Sénat: Alinéa 1 / À la fin, insérer une phrase", bill, "Alinéa 1\n\nÀ la fin, insérer une phrase ainsi rédigée :\n\nIl publie.", []string{"Le maire agit. Il rend compte. Il publie.", bill[1], bill[2]}},
		{"Sénat: Alinéas 2 et 3 / Remplacer", bill, "Alinéas 2 et 3\n\nRemplacer le mot :\n\nLe\n\npar le mot :\n\nUn", []string{bill[0], "Un préfet contrôle.", "Un juge tranche."}},
		{"Sénat: Alinéa 1, seconde phrase / Supprimer cette phrase", bill, "Alinéa 1, seconde phrase\n\nSupprimer cette phrase.", []string{"Le maire agit.", bill[1], bill[2]}},
		{"Sénat: Alinéa 1, première phrase / Rédiger ainsi cette phrase", bill, "Alinéa 1, première phrase\n\nRédiger ainsi cette phrase :\n\nLe maire décide.", []string{"Le maire décide. Il rend compte.", bill[1], bill[2]}},
		{"Sénat: Alinéa 2 / Après cet alinéa, insérer un alinéa ainsi rédigé", bill, "Alinéa 2\n\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\n\nLe greffier note.", []string{bill[0], bill[1], "Le greffier note.", bill[2]}},
		{"Sénat: Alinéa 2 / Compléter cet alinéa par une phrase ainsi rédigée", bill, "Alinéa 2\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl rend compte.", []string{bill[0], "Le préfet contrôle. Il rend compte.", bill[2]}},
		// Its own place the line's does not hold: which is meant is not
		// said, refused (amsenat29; it was put after the alinéa 3).
		{"Sénat: Alinéa 2 / Après l'alinéa 3, insérer (two places: refused)", bill, "Alinéa 2\n\nAprès l'alinéa 3, insérer un alinéa ainsi rédigé :\n\nLe greffier note.", nil},
	})
}
