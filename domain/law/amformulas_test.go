package law

import "testing"

// TestGrammarAmendmentFormulas holds the usual forms of the Assemblée
// nationale's and the Sénat's amendments (the dispositif, on a bill
// article's alinéas numbered from 1), one short phrase each.
func TestGrammarAmendmentFormulas(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "Il est rééligible. Il siège au conseil.", "II. - Le conseil se réunit chaque mois.", "III. - Le préfet contrôle les actes."}
	runAmendments(t, []amCase{
		{"AN: Alinéa 1 : remplacer", bill, "Alinéa 1\n\nRemplacer le mot :\n\n« six »\n\npar le mot :\n\n« cinq ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"AN: À l'alinéa 1, substituer", bill, "À l'alinéa 1, substituer au mot : « six » le mot : « cinq ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"AN: Après l'alinéa 2, insérer l'alinéa suivant", bill, "Après l'alinéa 2, insérer l'alinéa suivant :\n\n« Il prête serment. »", []string{bill[0], bill[1], "Il prête serment.", bill[2], bill[3]}},
		{"AN: Supprimer les alinéas 3 et 4 (numbered parts of a bill stay as « (Supprimé) »)", bill, "Supprimer les alinéas 3 et 4.", []string{bill[0], bill[1], "II et III. - (Supprimé)"}},
		{"AN: Supprimer les alinéas 3 à 4", bill, "Supprimer les alinéas 3 à 4.", []string{bill[0], bill[1], "II et III. - (Supprimé)"}},
		{"AN: Supprimer l'alinéa 4", bill, "Supprimer l'alinéa 4.", []string{bill[0], bill[1], bill[2], "III. - (Supprimé)"}},
		{"AN: Supprimer l'alinéa 2 (not numbered: it goes)", bill, "Supprimer l'alinéa 2.", []string{bill[0], bill[2], bill[3]}},
		{"AN: Supprimer cet article", bill, "Supprimer cet article.", []string{}},
		{"AN: Compléter cet article par un alinéa ainsi rédigé", bill, "Compléter cet article par l'alinéa suivant :\n\n« IV. - Le conseil vote le budget. »", append(append([]string{}, bill...), "IV. - Le conseil vote le budget.")},
		{"AN: première phrase de l'alinéa 2, après le mot insérer", bill, "À la première phrase de l'alinéa 2, après le mot : « rééligible », insérer les mots : « une fois ».", []string{bill[0], "Il est rééligible une fois. Il siège au conseil.", bill[2], bill[3]}},
		{"AN: Au début de l'alinéa 4, insérer les mots: after the alinéa's label, the capital lowered", bill, "Au début de l'alinéa 4, insérer les mots : « Sauf urgence, ».", []string{bill[0], bill[1], bill[2], "III. - Sauf urgence, le préfet contrôle les actes."}},
		{"AN: Compléter l'alinéa 3 par les mots", bill, "Compléter l'alinéa 3 par les mots : « en séance publique ».", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque mois en séance publique.", bill[3]}},
		{"AN: Compléter l'alinéa 3 par une phrase", bill, "Compléter l'alinéa 3 par la phrase suivante :\n\n« Ses séances sont publiques. »", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque mois. Ses séances sont publiques.", bill[3]}},
		{"AN: Après le mot, rédiger ainsi la fin de l'alinéa", bill, "Après le mot : « élu », rédiger ainsi la fin de l'alinéa 1 : « au suffrage universel. »", []string{"I. - Le maire est élu au suffrage universel.", bill[1], bill[2], bill[3]}},
		{"AN: Supprimer la seconde phrase de l'alinéa 2", bill, "Supprimer la seconde phrase de l'alinéa 2.", []string{bill[0], "Il est rééligible.", bill[2], bill[3]}},
		{"AN: Rédiger ainsi l'alinéa 3", bill, "Rédiger ainsi l'alinéa 3 :\n\n« II. - Le conseil se réunit chaque semaine. »", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque semaine.", bill[3]}},
		{"AN: Substituer aux alinéas 3 et 4 l'alinéa suivant", bill, "Substituer aux alinéas 3 et 4 l'alinéa suivant :\n\n« II. - Le conseil se réunit. »", []string{bill[0], bill[1], "II. - Le conseil se réunit."}},
		{"AN: Aux alinéas 1 et 4, remplacer", bill, "Aux alinéas 1 et 4, substituer au mot : « Le » le mot : « Un ».", []string{"I. - Un maire est élu pour six ans.", bill[1], bill[2], "III. - Un préfet contrôle les actes."}},
		{"AN: À la fin de l'alinéa 3, substituer", bill, "À la fin de l'alinéa 3, substituer aux mots : « chaque mois » les mots : « chaque semaine ».", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque semaine.", bill[3]}},
		{"AN: Alinéa 1 supprimer les mots", bill, "Alinéa 1\n\nSupprimer les mots :\n\n« pour six ans ».", []string{"I. - Le maire est élu.", bill[1], bill[2], bill[3]}},
		{"AN: I. II. En conséquence", bill, "I. – À l'alinéa 1, substituer au mot : « six » le mot : « cinq ».\n\nII. – En conséquence, à l'alinéa 3, substituer au mot : « mois » le mot : « semaine ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], "II. - Le conseil se réunit chaque semaine.", bill[3]}},
		{"AN: Remplacer les alinéas 3 et 4 par un alinéa ainsi rédigé", bill, "Remplacer les alinéas 3 et 4 par un alinéa ainsi rédigé :\n\n« II. - Le conseil se réunit. »", []string{bill[0], bill[1], "II. - Le conseil se réunit."}},
		{"AN: Alinéa 2, première phrase : supprimer le mot", bill, "Alinéa 2, première phrase\n\nSupprimer le mot :\n\n« rééligible »", []string{bill[0], "Il est. Il siège au conseil.", bill[2], bill[3]}},
		{"AN: Après l'alinéa 4, insérer les deux alinéas suivants", bill, "Après l'alinéa 4, insérer les deux alinéas suivants :\n\n« IV. - A. »\n\n« V. - B. »", append(append([]string{}, bill...), "IV. - A.", "V. - B.")},
		{"AN: Rédiger ainsi cet article", bill, "Rédiger ainsi cet article :\n\n« Le maire est élu. »", []string{"Le maire est élu."}},
		{"AN: Après la première phrase de l'alinéa 2, insérer une phrase", bill, "Après la première phrase de l'alinéa 2, insérer la phrase suivante :\n\n« Il prête serment. »", []string{bill[0], "Il est rééligible. Il prête serment. Il siège au conseil.", bill[2], bill[3]}},
		{"AN: À l'alinéa 4, après le mot, supprimer la fin", bill, "À l'alinéa 4, après le mot : « contrôle », supprimer la fin de cet alinéa.", []string{bill[0], bill[1], bill[2], "III. - Le préfet contrôle."}},
		{"AN: Au début de cet article, insérer un paragraphe", bill, "Au début de cet article, insérer un paragraphe ainsi rédigé :\n\n« I A. - Le maire préside. »", []string{"I A. - Le maire préside.", bill[0], bill[1], bill[2], bill[3]}},
		{"AN: substituer aux mots, every occurrence in the alinéa", bill, "À l'alinéa 2, substituer aux mots : « Il » le mot : « Elle ».", []string{bill[0], "Elle est rééligible. Elle siège au conseil.", bill[2], bill[3]}},
	})
}
