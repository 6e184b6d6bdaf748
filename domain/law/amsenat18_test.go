package law

import "testing"

// TestGrammarAmendmentSenatWordsTrailingComma: the Sénat's unquoted
// words end with a comma that separates them from the clause after
// them ("hospitalisation," then "insérer les mots :"); with no clause
// after them — the dispositif ends, or a new part or locator line
// follows — the comma is theirs: "Supprimer les mots :" then ", après
// avis du maire," deletes both commas ("Le préfet décide."; it gave "Le
// préfet, décide.").
func TestGrammarAmendmentSenatWordsTrailingComma(t *testing.T) {
	E := []string{"I. – Le préfet, après avis du maire, décide.", "Il signe, le cas échéant, le contrat."}
	runAmendments(t, []amCase{
		{"the dispositif ends", E, "Alinéa 1\n\nSupprimer les mots :\n\n, après avis du maire,", []string{"I. – Le préfet décide.", E[1]}},
		{"a locator line follows", E, "Alinéa 1\n\nSupprimer les mots :\n\n, après avis du maire,\n\nAlinéa 2\n\nSupprimer les mots :\n\n, le cas échéant,", []string{"I. – Le préfet décide.", "Il signe le contrat."}},
		{"a new part follows", E, "I. – Alinéa 1\n\nSupprimer les mots :\n\n, après avis du maire,\n\nII. – Alinéa 2\n\nRemplacer le mot :\n\ncontrat\n\npar le mot :\n\nbail", []string{"I. – Le préfet décide.", "Il signe, le cas échéant, le bail."}},
		{"a clause follows: the comma separates it", E, "Alinéa 1\n\nAprès le mot :\n\npréfet,\n\ninsérer le mot :\n\nseul", []string{"I. – Le préfet seul, après avis du maire, décide.", E[1]}},
	})
}

// TestGrammarAmendmentSenatSentencesOfLocator: under the Sénat's locator
// line ("Alinéa 2"), sentences named in the plural without their alinéa
// — "Supprimer les deuxième et troisième phrases", "les deux dernières
// phrases", "Rédiger ainsi les deux premières phrases :" — are that
// alinéa's, as one sentence is ("la dernière phrase"); the locator was
// dropped, the sentences counted in the whole article (the last
// alinéa's deleted, or the amendment refused).
func TestGrammarAmendmentSenatSentencesOfLocator(t *testing.T) {
	B := []string{"I. – Le maire agit. Il signe.", "Il signe le contrat. Il date le contrat. Il remet le contrat.", "Le préfet contrôle. Il vise. Il note."}
	runAmendments(t, []amCase{
		{"les deuxième et troisième phrases", B, "Alinéa 2\n\nSupprimer les deuxième et troisième phrases.", []string{B[0], "Il signe le contrat.", B[2]}},
		{"les deux dernières phrases", B, "Alinéa 2\n\nSupprimer les deux dernières phrases.", []string{B[0], "Il signe le contrat.", B[2]}},
		{"les deux premières phrases", B, "Alinéa 2\n\nSupprimer les deux premières phrases.", []string{B[0], "Il remet le contrat.", B[2]}},
		{"rewritten", B, "Alinéa 2\n\nRédiger ainsi les deux dernières phrases :\n\nIl le lit.", []string{B[0], "Il signe le contrat. Il le lit.", B[2]}},
		{"replaced by one", B, "Alinéa 2\n\nRemplacer les deuxième et troisième phrases par une phrase ainsi rédigée :\n\nIl le lit.", []string{B[0], "Il signe le contrat. Il le lit.", B[2]}},
	})
}

// TestGrammarAmendmentSenatTheseAlineas: after the Sénat's locator line,
// "ces trois alinéas", "ces deux phrases" (any count) point at what it
// names, as "ces alinéas" and "ces deux alinéas" did — "Alinéas 3 à 5" /
// "Remplacer ces trois alinéas par un alinéa …" was refused, its
// "alinéas" taken for a place of its own. A count that is not the
// locator's ("Alinéas 2 à 4" / "Supprimer ces deux alinéas") says two
// things: refused (the three were deleted).
func TestGrammarAmendmentSenatTheseAlineas(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe.", "Il date.", "Il remet.", "Il note."}
	runAmendments(t, []amCase{
		{"ces trois alinéas replaced", A, "Alinéas 3 à 5\n\nRemplacer ces trois alinéas par un alinéa ainsi rédigé :\n\nIl lit.", []string{A[0], A[1], "Il lit."}},
		{"ces trois alinéas deleted", A, "Alinéas 2, 3 et 4\n\nSupprimer ces trois alinéas.", []string{A[0], A[4]}},
		{"ces deux alinéas", A, "Alinéas 2 et 3\n\nSupprimer ces deux alinéas.", []string{A[0], A[3], A[4]}},
		{"ces deux alinéas on three: refused", A, "Alinéas 2 à 4\n\nSupprimer ces deux alinéas.", nil},
		{"ces trois alinéas on two: refused", A, "Alinéas 2 et 3\n\nSupprimer ces trois alinéas.", nil},
	})
}

// TestGrammarAmendmentMoreWordNouns: "le délai", "l'âge", "le plafond",
// "la fraction", "la proportion", "la période", "le coefficient", "la
// quotité" name words as "la durée" does, in both chambers' layouts (the
// Sénat's "Remplacer le délai :" / "trois mois" / "par le délai :" / "six
// mois" rewrote the alinéa with those four lines). A noun still not known
// leaves such lines read as new text, and a block of new text holding the
// Sénat's "par le … :" line is refused.
func TestGrammarAmendmentMoreWordNouns(t *testing.T) {
	B := []string{"I. – Le délai est de trois mois.", "L'âge est fixé à 65 ans.", "Le plafond est de 100 euros."}
	runAmendments(t, []amCase{
		{"le délai (Sénat)", B, "Alinéa 1\n\nRemplacer le délai :\n\ntrois mois\n\npar le délai :\n\nsix mois", []string{"I. – Le délai est de six mois.", B[1], B[2]}},
		{"l'âge (Sénat)", B, "Alinéa 2\n\nRemplacer l'âge :\n\n65 ans\n\npar l'âge :\n\n67 ans", []string{B[0], "L'âge est fixé à 67 ans.", B[2]}},
		{"le plafond (Assemblée)", B, "À l'alinéa 3, substituer au plafond : « 100 euros » le plafond : « 200 euros ».", []string{B[0], B[1], "Le plafond est de 200 euros."}},
		{"la période (Sénat)", []string{"La période est de 2020 à 2025."}, "Alinéa 1\n\nRemplacer la période :\n\n2020 à 2025\n\npar la période :\n\n2021 à 2026", []string{"La période est de 2021 à 2026."}},
		{"a noun not known: refused, never the alinéa rewritten", []string{"Le quantum est de trois mois."}, "Alinéa 1\n\nRemplacer le quantum :\n\ntrois mois\n\npar le quantum :\n\nsix mois", nil},
	})
}

// TestGrammarAmendmentSenatBoundRewrite: the Sénat's "Rédiger ainsi la
// fin de cet alinéa à partir du mot :" / the word / the new end (also
// "jusqu'au mot :" for the beginning) takes the line after the word as
// the new text — it was read as an instruction of its own, and the
// amendment refused.
func TestGrammarAmendmentSenatBoundRewrite(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat."}
	runAmendments(t, []amCase{
		{"la fin à partir du mot", A, "Alinéa 2\n\nRédiger ainsi la fin de cet alinéa à partir du mot :\n\ndate\n\nlit tout.", []string{A[0], "Il signe le contrat. Il lit tout."}},
		{"le début jusqu'au mot", A, "Alinéa 2\n\nRédiger ainsi le début de cet alinéa jusqu'au mot :\n\nsigne\n\nLe maire signe", []string{A[0], "Le maire signe le contrat. Il date le contrat."}},
	})
}
