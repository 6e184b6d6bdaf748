package law

import "testing"

// TestAmcomp21GivenFirstLabel: after an amendment adopted before it
// added the article's first II (the gage "II. – La perte de recettes …"),
// which numbers the tabled text "I. - ", an amendment deleting,
// rewriting or inserting before the tabled alinéa 1 acts on its text: the
// number stays at the I's start. It gave "I. - (Supprimé)" with the I's
// other alinéas left under it, put the new alinéa before the I (outside
// it), and refused the Sénat's rewrite ("text without its label").
func TestAmcomp21GivenFirstLabel(t *testing.T) {
	B := []string{"Le maire signe.", "Le juge lit."}
	gage := "Compléter cet article par un paragraphe ainsi rédigé :\n« II. – La perte de recettes pour l'État est compensée par la création d'une taxe additionnelle. »"
	g := "II. - La perte de recettes pour l'État est compensée par la création d'une taxe additionnelle."
	runAmc9(t, []amc8Case{
		{"gage then delete alinéa 1", B, []string{gage, "Supprimer l'alinéa 1."},
			[]string{"I. - Le juge lit.", g}},
		{"gage then delete both", B, []string{gage, "Supprimer les alinéas 1 et 2."},
			[]string{"I. - (Supprimé)", g}},
		{"gage then before alinéa 1", B, []string{gage, "Avant l'alinéa 1, insérer l'alinéa suivant :\n« Le roi règne. »"},
			[]string{"I. - Le roi règne.", "Le maire signe.", "Le juge lit.", g}},
		{"gage then Sénat rewrite", B, []string{gage, "Alinéa 1\nRédiger ainsi cet alinéa :\nLe roi règne."},
			[]string{"I. - Le roi règne.", "Le juge lit.", g}},
		{"gage then rewrite into two", B, []string{gage, "Rédiger ainsi l'alinéa 1 :\n« Le roi règne. »\n« Le peuple vote. »"},
			[]string{"I. - Le roi règne.", "Le peuple vote.", "Le juge lit.", g}},
		{"gage, delete, then alinéa 2 as tabled", B, []string{gage, "Supprimer l'alinéa 1.", "À l'alinéa 2, substituer au mot : « lit » le mot : « vise »."},
			[]string{"I. - Le juge vise.", g}},
		{"gage then words at the start (guard)", B, []string{gage, "Au début de l'alinéa 1, insérer les mots : « Demain, »."},
			[]string{"I. - Demain, le maire signe.", "Le juge lit.", g}},
		{"delete then gage (guard)", B, []string{"Supprimer l'alinéa 1.", gage},
			[]string{"I. - Le juge lit.", g}},
	}, false)
}
