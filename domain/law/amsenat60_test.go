package law

import "testing"

// TestAm6SenatOtherPlaceLine: the Sénat's locator line of a place outside
// the article amended — "II. – En conséquence, intitulé du chapitre II",
// "Intitulé du projet de loi", "Article 4", "Article 4, alinéa 3", "Après
// l'article 4" — is the place of the instructions after it, never this
// article's alinéa named before: "Alinéa 2 / … / II. – En conséquence,
// intitulé de la section 2 / Rédiger ainsi cet intitulé : / Du tribunal"
// rewrote the alinéa 2 as "Du tribunal", "… / Compléter cet intitulé par
// les mots : …" completed it, "I. – … / II. – Article 4 / Supprimer cet
// article." deleted this article once the line was read. Refused, the
// whole amendment; "Article 1" before "Alinéa 2" is read as before.
func TestAm6SenatOtherPlaceLine(t *testing.T) {
	A := []string{"Le maire signe le contrat de vente.", "Le juge tranche le litige.", "Le préfet vise."}
	first := "Alinéa 2\n\nRemplacer le mot :\n\njuge\n\npar le mot :\n\ntribunal\n\n"
	runAmendments(t, []amCase{
		{"intitulé rewritten: refused", A, first + "II. – En conséquence, intitulé de la section 2\n\nRédiger ainsi cet intitulé :\n\nDu tribunal", nil},
		{"intitulé completed: refused", A, first + "II. – En conséquence, intitulé du chapitre II\n\nCompléter cet intitulé par les mots :\n\net du juge", nil},
		{"intitulé, no part number: refused", A, first + "En conséquence, intitulé du titre II\n\nRemplacer le mot :\n\njuge\n\npar le mot :\n\ntribunal", nil},
		{"intitulé du projet de loi: refused", A, "I. – " + first + "II. – Intitulé du projet de loi\n\nAprès le mot :\n\nvente\n\ninsérer les mots :\n\net de bail", nil},
		{"another article deleted: refused", A, "I. – Alinéa 2\n\nSupprimer cet alinéa.\n\nII. – Article 4\n\nSupprimer cet article.", nil},
		{"another article's alinéa: refused", A, first + "II. – En conséquence, article 4, alinéa 3\n\nSupprimer cet alinéa.", nil},
		{"an article additionnel: refused", A, first + "II. – En conséquence, après l'article 4\n\nInsérer un article additionnel ainsi rédigé :\n\nLe juge statue.", nil},
		{"Article 1 then Alinéa 2", A, "Article 1\n\nAlinéa 2\n\nSupprimer cet alinéa.", []string{A[0], A[2]}},
		{"the first part alone", A, first, []string{A[0], "Le tribunal tranche le litige.", A[2]}},
	})
}
