package law

import "testing"

// TestGrammarAmendmentFormulasItems: amendments on a bill article made of
// numbered items (I, 1°), re-establishing ("Rétablir … dans la rédaction
// suivante") and substituting alinéas.
func TestGrammarAmendmentFormulasItems(t *testing.T) {
	bill := []string{"I. - Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est complété par les mots : « et L. 3 » ;", "3° L'article L. 4 est abrogé.", "II. - Le I entre en vigueur en 2030."}
	runAmendments(t, []amCase{
		{"Supprimer le 3° du I", bill, "Supprimer le 3° du I de cet article.", []string{bill[0], "1° L'article L. 1 est abrogé ;", bill[2], "3° (Supprimé)", bill[4]}},
		{"Supprimer l'alinéa 4", bill, "Supprimer l'alinéa 4.", []string{bill[0], bill[1], bill[2], "3° (Supprimé)", bill[4]}},
		{"Rétablir cet article dans la rédaction suivante", []string{"(Supprimé)"}, "Rétablir cet article dans la rédaction suivante :\n« Le code est modifié. »", []string{"Le code est modifié."}},
		{"Rétablir l'alinéa dans la rédaction suivante", []string{"I. - A.", "II. - (Supprimé)"}, "Rétablir l'alinéa 2 dans la rédaction suivante :\n« II. - B. »", []string{"I. - A.", "II. - B."}},
		{"Substituer à l'alinéa 5 les deux alinéas suivants", bill, "Substituer à l'alinéa 5 les deux alinéas suivants :\n« II. - Le I entre en vigueur en 2031.\n« III. - Un décret précise le I. »", []string{bill[0], bill[1], bill[2], bill[3], "II. - Le I entre en vigueur en 2031.", "III. - Un décret précise le I."}},
		{"Compléter cet article par un III", bill, "Compléter cet article par un III ainsi rédigé :\n« III. - Un décret précise le I. »", append(append([]string{}, bill...), "III. - Un décret précise le I.")},
		{"Après l'alinéa 3, insérer un 2° bis", bill, "Après l'alinéa 3, insérer l'alinéa suivant :\n« 2° bis L'article L. 5 est abrogé ; »", []string{bill[0], bill[1], bill[2], "2° bis L'article L. 5 est abrogé ;", bill[3], bill[4]}},
		{"Au 2° du I, substituer à la référence", bill, "À l'alinéa 3, substituer à la référence : « L. 3 » la référence : « L. 6 ».", []string{bill[0], bill[1], "2° L'article L. 2 est complété par les mots : « et L. 6 » ;", bill[3], bill[4]}},
		{"À l'alinéa 5, substituer à l'année", bill, "À l'alinéa 5, substituer à l'année : « 2030 » l'année : « 2032 ».", []string{bill[0], bill[1], bill[2], bill[3], "II. - Le I entre en vigueur en 2032."}},
		{"Rédiger ainsi le début, the new start sharing no last word with the text: refused", bill, "Rédiger ainsi le début de l'alinéa 5 :\n« II. - Le I s'applique... (le reste sans changement). »", nil},
	})
}
