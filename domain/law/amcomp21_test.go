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

// TestAmcomp21WordsAtAnchorSince: two amendments inserting words after
// (before) the same word, both drafted on the text as tabled: whether the
// later's words go before or after the earlier's is not said — refused
// (the later went right after the word, before the earlier's). Words
// inserted after another word, after a sentence added to the alinéa, or
// where the word that followed was replaced, stay read.
func TestAmcomp21WordsAtAnchorSince(t *testing.T) {
	B := []string{"Le maire fixe le tarif.", "Le juge lit."}
	runAmc9(t, []amc8Case{
		{"after the same word", B, []string{"Après le mot : « fixe », insérer les mots : « chaque année ».", "Après le mot : « fixe », insérer les mots : « par arrêté »."}, nil},
		{"Sénat after the same word", B, []string{"Après le mot : « fixe », insérer les mots : « chaque année ».", "Alinéa 1\nAprès le mot :\nfixe\ninsérer les mots :\npar arrêté"}, nil},
		{"in the same sentence", B, []string{"À la première phrase de l'alinéa 1, après le mot : « fixe », insérer les mots : « chaque année ».", "À la première phrase de l'alinéa 1, après le mot : « fixe », insérer les mots : « par arrêté »."}, nil},
		{"before the same word", B, []string{"Avant le mot : « tarif », insérer le mot : « nouveau ».", "Avant le mot : « tarif », insérer le mot : « seul »."}, nil},
		{"after a word completed at the end", B, []string{"Compléter l'alinéa 1 par les mots : « chaque année ».", "Après le mot : « tarif », insérer le mot : « social »."}, nil},
		{"at the start twice", B, []string{"Au début de l'alinéa 1, insérer les mots : « Chaque année, ».", "Au début de l'alinéa 1, insérer les mots : « Par arrêté, »."}, nil},
		{"at the start after a word changed there", B, []string{"À l'alinéa 1, substituer au mot : « maire » le mot : « préfet ».", "Au début de l'alinéa 1, insérer les mots : « Par arrêté, »."},
			[]string{"Par arrêté, le préfet fixe le tarif.", B[1]}},
		{"after another word", B, []string{"Après le mot : « maire », insérer le mot : « seul ».", "Après le mot : « fixe », insérer les mots : « par arrêté »."},
			[]string{"Le maire seul fixe par arrêté le tarif.", B[1]}},
		{"after a sentence added", B, []string{"Compléter l'alinéa 1 par une phrase ainsi rédigée : « Il statue. »", "Après le mot : « tarif », insérer le mot : « social »."},
			[]string{"Le maire fixe le tarif social. Il statue.", B[1]}},
		{"the next word replaced", B, []string{"À l'alinéa 1, substituer aux mots : « le tarif » les mots : « la taxe ».", "Après le mot : « fixe », insérer les mots : « par arrêté »."},
			[]string{"Le maire fixe par arrêté la taxe.", B[1]}},
	}, false)
}
