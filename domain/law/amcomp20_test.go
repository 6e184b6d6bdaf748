package law

import "testing"

// TestAmcomp20AlineaBeforeNewParagraph: an alinéa inserted after a tabled
// alinéa ("Après l'alinéa 3, insérer …", the Sénat's "Alinéa 3 / Après
// cet alinéa, …") or appended to the article ("Compléter cet article par
// un alinéa …"), adopted after an amendment that put a new paragraph at
// that place (the gage "II. – La perte de recettes … est compensée …",
// "I bis. – …"), goes before that paragraph, in the paragraph it was
// tabled in (it went after it, an alinéa of the gage). A new paragraph
// keeps going after it (or is refused when its label disagrees); plain
// alinéas inserted there before still go in adoption order; an alinéa
// appended after a quoted one is refused (whether it goes on with the
// quotation is not said).
func TestAmcomp20AlineaBeforeNewParagraph(t *testing.T) {
	B := []string{"Le maire signe.", "Le juge lit.", "Le préfet vise."}
	P := []string{"I. – Le maire signe.", "Le juge lit.", "II. – Le préfet vise."}
	Q := []string{"L'article 3 est ainsi rédigé :", "« Art. 3. – Le maire signe. »"}
	gage := "I. – À l'alinéa 1, substituer au mot : « signe » le mot : « lit ».\nII. – La perte de recettes pour l'État résultant du I est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	g := "II. - La perte de recettes pour l'État résultant du I est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	withGage := func(extra ...string) []string {
		out := []string{"I. - Le maire lit.", B[1], B[2]}
		return append(append(out, extra...), g)
	}
	runAmc9(t, []amc8Case{
		{"gage then append", B, []string{gage, "Compléter cet article par un alinéa ainsi rédigé :\n« Le roi règne. »"}, withGage("Le roi règne.")},
		{"gage then after the last", B, []string{gage, "Après l'alinéa 3, insérer l'alinéa suivant :\n« Le roi règne. »"}, withGage("Le roi règne.")},
		{"gage then two after the last", B, []string{gage, "Après l'alinéa 3, insérer deux alinéas ainsi rédigés :\n« Le roi règne. »\n« Le peuple vote. »"}, withGage("Le roi règne.", "Le peuple vote.")},
		{"gage then Sénat after the last", B, []string{gage, "Alinéa 3\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\n« Le roi règne. »"}, withGage("Le roi règne.")},
		{"gage then a paragraph II", B, []string{gage, "Compléter cet article par un paragraphe ainsi rédigé :\n« II. – Le roi règne. »"}, nil},
		{"paragraph then append", P, []string{"Compléter cet article par un paragraphe ainsi rédigé :\n« III. – Le roi règne. »", "Compléter cet article par un alinéa ainsi rédigé :\n« Le peuple vote. »"},
			[]string{P[0], P[1], P[2], "Le peuple vote.", "III. – Le roi règne."}},
		{"paragraph inserted then an alinéa there", P, []string{"Après l'alinéa 2, insérer un paragraphe ainsi rédigé :\n« I bis. – Le roi règne. »", "Après l'alinéa 2, insérer l'alinéa suivant :\n« Le peuple vote. »"},
			[]string{P[0], P[1], "Le peuple vote.", "I bis. – Le roi règne.", P[2]}},
		{"plain alinéas in adoption order", P, []string{"Après l'alinéa 2, insérer l'alinéa suivant :\n« Le roi règne. »", "Après l'alinéa 2, insérer l'alinéa suivant :\n« Le peuple vote. »"},
			[]string{P[0], P[1], "Le roi règne.", "Le peuple vote.", P[2]}},
		{"gage then append after a quotation", Q, []string{"I. – À l'alinéa 2, substituer au mot : « signe » le mot : « lit ».\nII. – La perte de recettes pour l'État résultant du I est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts.", "Compléter cet article par un alinéa ainsi rédigé :\n« Le roi règne. »"}, nil},
	}, false)
}
