package law

import "testing"

// TestAm4SenatIndicativeLines: the indicative in the Sénat's layout, one
// element a line — "Alinéa 1" / "Les mots :" / "le contrat" / "sont
// remplacés par les mots :" / "le bail", "Après le mot :" / "signe" /
// "sont insérés les mots :" / "et paraphe", "Alinéa 2" / "Cet alinéa est
// supprimé." (or "… est ainsi rédigé :") — reads as its imperative once
// the head is whole (they were refused: the indicative was looked for
// before the words' lines were joined, or before the locator line was
// added). "Au début de cet article, il est inséré un paragraphe …" is
// "Au début de cet article, insérer un paragraphe …" (refused).
func TestAm4SenatIndicativeLines(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Il le date.", "II. – Le présent article entre en vigueur en 2020."}
	runAmendments(t, []amCase{
		{"les mots … sont remplacés", A, "Alinéa 1\n\nLes mots :\n\nle contrat\n\nsont remplacés par les mots :\n\nle bail", []string{"I. – Le maire signe le bail.", A[1], A[2]}},
		{"le mot … est remplacé", A, "Alinéa 1\n\nLe mot :\n\nmaire\n\nest remplacé par le mot :\n\npréfet", []string{"I. – Le préfet signe le contrat.", A[1], A[2]}},
		{"après le mot … sont insérés", A, "Alinéa 1\n\nAprès le mot :\n\nsigne\n\nsont insérés les mots :\n\net paraphe", []string{"I. – Le maire signe et paraphe le contrat.", A[1], A[2]}},
		{"cet alinéa est supprimé", A, "Alinéa 2\n\nCet alinéa est supprimé.", []string{A[0], A[2]}},
		{"cet alinéa est ainsi rédigé", A, "Alinéa 2\n\nCet alinéa est ainsi rédigé :\n\nIl le lit.", []string{A[0], "Il le lit.", A[2]}},
		{"au début de cet article, il est inséré", A, "Au début de cet article, il est inséré un paragraphe ainsi rédigé :\n« I A. – Le code rural est modifié. »", []string{"I A. – Le code rural est modifié.", A[0], A[1], A[2]}},
	})
}

// TestAm4SeveralPlaceholders: every new paragraph or item an amendment
// leaves for the consolidation to number is numbered after those before
// it — "par deux paragraphes ainsi rédigés :" then "… – A" and "… – B"
// are III and IV at the end, I bis and I ter before the II — and the
// first item of a list the new text opens ("… – Le code est modifié :"
// then "…° …") is its 1° (the second, and the items, were left "… –",
// "…°").
func TestAm4SeveralPlaceholders(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Il le date.", "II. – Le présent article entre en vigueur en 2020."}
	B := []string{"Le maire signe le contrat.", "Il le date."}
	runAmendments(t, []amCase{
		{"at the end", A, "Compléter cet article par deux paragraphes ainsi rédigés :\n\n... – Le décret est pris.\n\n... – Il est publié.", []string{A[0], A[1], A[2], "III. – Le décret est pris.", "IV. – Il est publié."}},
		{"before the II", A, "Après l'alinéa 2\n\nInsérer deux paragraphes ainsi rédigés :\n\n... – Le décret est pris.\n\n... – Il est publié.", []string{A[0], A[1], "I bis. – Le décret est pris.", "I ter. – Il est publié.", A[2]}},
		{"an article without paragraphs, items opened", B, "Compléter cet article par trois alinéas ainsi rédigés :\n\n... – Le code est modifié :\n\n...° L'article 1 est abrogé ;\n\n...° L'article 2 est abrogé.", []string{"I. - Le maire signe le contrat.", B[1], "II. - Le code est modifié :", "1° L'article 1 est abrogé ;", "2° L'article 2 est abrogé."}},
	})
}

// TestAm4StatementWithoutHeading: a statement of reasons printed after
// the dispositif without its heading ("Objet", "EXPOSÉ SOMMAIRE") begins
// "Cet amendement …", "Le présent amendement …": a dispositif speaks of
// the text, never of the amendment, so it ends there ("Cet amendement
// vise à supprimer l'alinéa 1" was read as an instruction: the alinéa
// was deleted, or the amendment refused).
func TestAm4StatementWithoutHeading(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Il le date."}
	runAmendments(t, []amCase{
		{"cet amendement vise à", A, "Alinéa 2\n\nSupprimer cet alinéa.\n\nCet amendement vise à supprimer l'alinéa 2.", []string{A[0]}},
		{"it names another alinéa", A, "À l'alinéa 2, substituer au mot : « date » le mot : « lit ».\n\nLe présent amendement vise à supprimer l'alinéa 1, devenu inutile.", []string{A[0], "Il le lit."}},
		{"with its heading", A, "Alinéa 2\n\nSupprimer cet alinéa.\n\nObjet\n\nCet amendement vise à rédiger ainsi cet article : tout.", []string{A[0]}},
	})
}

// TestAm4RestUnchangedLine: "(le reste sans changement)" alone on the
// line after the new text — the Sénat's "Rédiger ainsi le début de cet
// alinéa :" / "Le préfet signe…" / "(le reste sans changement)" — ends
// the new beginning as "…" does; after a whole new alinéa it changes
// nothing (it was read as a second alinéa of the new text: the beginning
// refused, the remark inserted).
func TestAm4RestUnchangedLine(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat avant le 1er janvier 2020. Il le date.", "Il le remet."}
	runAmendments(t, []amCase{
		{"a new beginning", A, "Alinéa 1\n\nRédiger ainsi le début de cet alinéa :\n\nLe préfet signe...\n\n(le reste sans changement)", []string{"I. – Le préfet signe le contrat avant le 1er janvier 2020. Il le date.", A[1]}},
		{"a new beginning without its ellipsis", A, "Alinéa 1\n\nRédiger ainsi le début de cet alinéa :\n\nLe préfet signe\n\n(le reste sans changement)", []string{"I. – Le préfet signe le contrat avant le 1er janvier 2020. Il le date.", A[1]}},
		{"a whole alinéa", A, "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\nIl le lit.\n\n(le reste sans changement)", []string{A[0], "Il le lit."}},
	})
}
