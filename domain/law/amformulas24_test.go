package law

import "testing"

// TestGrammarAmendmentUnwrittenGage: the Assemblée writes an amendment's
// compensation (its gage) as a part of the amendment, the paragraph's own
// text: "II. – La perte de recettes pour l'État est compensée, à due
// concurrence, par …". It completes the article by that paragraph,
// numbered after the article's last part, as the Sénat's "Pour compenser
// la perte de recettes résultant du I, compléter cet article par un
// paragraphe ainsi rédigé :" says in words (it was refused: a part not
// read as an instruction). It ends the new text before it; text a head
// announces keeps it; a first part (no amendment before it to
// compensate) and a part that is no compensation stay refused.
func TestGrammarAmendmentUnwrittenGage(t *testing.T) {
	A := []string{"I. – Le taux de 5 % est applicable.", "Il est révisé.", "II. – Le présent article entre en vigueur en 2020."}
	B := []string{"Le taux de 5 % est applicable.", "Il est révisé."}
	g := "La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	c := "La perte de recettes pour les collectivités territoriales est compensée, à due concurrence, par la majoration de la dotation globale de fonctionnement."
	runAmendments(t, []amCase{
		{"after a word operation", A, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – " + g, []string{"I. – Le taux de 6 % est applicable.", A[1], A[2], "III. – " + g}},
		{"after quoted new alinéas on their own line", A, "I. – Après l'alinéa 2, insérer l'alinéa suivant :\n« Il est publié. »\nII. – " + g, []string{A[0], A[1], "Il est publié.", A[2], "III. – " + g}},
		{"two compensations", A, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – " + c + "\nIII. – " + g, []string{"I. – Le taux de 6 % est applicable.", A[1], A[2], "III. – " + c, "IV. – " + g}},
		{"an article without parts", B, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – " + g, []string{"I. - Le taux de 6 % est applicable.", B[1], "II. - " + g}},
		{"Sénat: the text a head announces keeps it", A, "I. – Alinéa 1\nRemplacer le taux :\n5 %\npar le taux :\n6 %\nII. – Compléter cet article par un paragraphe ainsi rédigé :\nIII. – " + g, []string{"I. – Le taux de 6 % est applicable.", A[1], A[2], "III. – " + g}},
		{"a first part: refused", A, "I. – " + g, nil},
		{"no compensation: refused", A, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – Les dispositions du I ne s'appliquent qu'aux sommes dues.", nil},
	})
}
