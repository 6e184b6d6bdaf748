package law

import "testing"

// TestGrammarAmendmentFormulas4 holds more of both chambers' amendment
// forms, one short phrase each, with four rules the earlier tests did not
// hold: the anchor between commas after the verb ("insérer, après le mot :
// « A », les mots : « B »"), an insertion after a numbered part of the bill
// article ("Après le I, insérer un I bis ainsi rédigé"), a part with "bis"
// in the count a head announces, and two verbs joined by "et" in one place
// ("remplacer … et supprimer …").
func TestGrammarAmendmentFormulas4(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "Il est rééligible. Il siège au conseil.", "II. - Le conseil se réunit chaque mois.", "III. - Le préfet contrôle les actes."}
	runAmendments(t, []amCase{
		{"Alinéa 1 : Remplacer inline", bill, "Alinéa 1 : remplacer le mot : « six » par le mot : « cinq ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"Alinéas 3 et 4 : Supprimer ces alinéas", bill, "Alinéas 3 et 4\n\nSupprimer ces alinéas.", []string{bill[0], bill[1], "II et III. - (Supprimé)"}},
		{"Rétablir l'alinéa dans la rédaction", []string{"I. - A.", "II. - (Supprimé)"}, "Rétablir l'alinéa 2 dans la rédaction suivante :\n\n« II. - B. »", []string{"I. - A.", "II. - B."}},
		{"two verbs joined by et, the same place", bill, "À l'alinéa 1, remplacer le mot : « six » par le mot : « cinq » et supprimer les mots : « pour »", []string{"I. - Le maire est élu cinq ans.", bill[1], bill[2], bill[3]}},
		{"remplacer la date", []string{"Avant le 1er janvier 2020."}, "À l'alinéa 1, remplacer la date : « 1er janvier 2020 » par la date : « 1er juillet 2020 ».", []string{"Avant le 1er juillet 2020."}},
		{"après la référence insérer les références", []string{"Selon l'article L. 1."}, "À l'alinéa 1, après la référence : « L. 1 », insérer les références : « , L. 2 et L. 3 ».", []string{"Selon l'article L. 1, L. 2 et L. 3."}},
		{"Remplacer les alinéas 2 à 4 par un alinéa", bill, "Remplacer les alinéas 2 à 4 par un alinéa ainsi rédigé :\n\n« II. - X. »", []string{bill[0], "II. - X."}},
		{"Rédiger ainsi le début de l'alinéa", bill, "Rédiger ainsi le début de l'alinéa 1 :\n\n« I. - Le maire est désigné pour six ans... (le reste sans changement). »", []string{"I. - Le maire est désigné pour six ans.", bill[1], bill[2], bill[3]}},
		{"Compléter cet alinéa par les mots (Senate locator line)", bill, "Alinéa 3\n\nCompléter cet alinéa par les mots :\n\n« en séance publique »", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque mois en séance publique.", bill[3]}},
		{"À l'alinéa 1, les mots remplacés (law style in amendment)", bill, "À l'alinéa 1, les mots : « six ans » sont remplacés par les mots : « cinq ans ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"Supprimer la première phrase de l'alinéa 2", bill, "Supprimer la première phrase de l'alinéa 2.", []string{bill[0], "Il siège au conseil.", bill[2], bill[3]}},
		{"Alinéa 2, seconde phrase : Supprimer cette phrase", bill, "Alinéa 2, seconde phrase\n\nSupprimer cette phrase.", []string{bill[0], "Il est rééligible.", bill[2], bill[3]}},
		{"Après l'alinéa 1, insérer deux alinéas each closed", bill, "Après l'alinéa 1, insérer deux alinéas ainsi rédigés :\n\n« A. »\n\n« B. »", []string{bill[0], "A.", "B.", bill[1], bill[2], bill[3]}},
		{"Avant l'alinéa 1, insérer", bill, "Avant l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« I A. - X. »", []string{"I A. - X.", bill[0], bill[1], bill[2], bill[3]}},
		{"À l'alinéa 2, supprimer le mot (first sentence)", bill, "À la seconde phrase de l'alinéa 2, remplacer le mot : « siège » par les mots : « ne siège pas ».", []string{bill[0], "Il est rééligible. Il ne siège pas au conseil.", bill[2], bill[3]}},
		{"Compléter cet article par deux alinéas", bill, "Compléter cet article par deux alinéas ainsi rédigés :\n\n« IV. - A.\n\n« V. - B. »", append(append([]string{}, bill...), "IV. - A.", "V. - B.")},
		{"Alinéa 1 substituer les mots inline no colon", bill, "Alinéa 1, substituer aux mots « six ans » les mots « cinq ans ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"À la fin de l'alinéa 1, ajouter les mots", bill, "À la fin de l'alinéa 1, ajouter les mots : « renouvelables »", []string{"I. - Le maire est élu pour six ans renouvelables.", bill[1], bill[2], bill[3]}},
		{"Alinéa 1 Rédiger ainsi cet alinéa", bill, "Alinéa 1\n\nRédiger ainsi cet alinéa :\n\n« I. - Le maire est nommé. »", []string{"I. - Le maire est nommé.", bill[1], bill[2], bill[3]}},
		{"Au premier alinéa (ordinal) de cet article", bill, "Au premier alinéa de cet article, substituer au mot : « six » le mot : « cinq ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"Après les mots insérer with ordinal occurrence", []string{"Le maire et le maire adjoint."}, "À l'alinéa 1, après la seconde occurrence du mot : « maire », insérer le mot : « premier ».", []string{"Le maire et le maire premier adjoint."}},
		{"Insérer après le mot (verb first)", bill, "À l'alinéa 1, insérer, après le mot : « élu », les mots : « au suffrage direct ».", []string{"I. - Le maire est élu au suffrage direct pour six ans.", bill[1], bill[2], bill[3]}},
		{"Supprimer le II", bill, "Supprimer le II de cet article.", []string{bill[0], bill[1], "II. - (Supprimé)", bill[3]}},
		{"Rédiger ainsi le III", bill, "Rédiger ainsi le III de cet article :\n\n« III. - Le préfet contrôle tout. »", []string{bill[0], bill[1], bill[2], "III. - Le préfet contrôle tout."}},
		{"Au II, remplacer", bill, "Au II de cet article, remplacer le mot : « mois » par le mot : « semaine ».", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque semaine.", bill[3]}},
		{"Compléter le I par un alinéa", bill, "Compléter le I par un alinéa ainsi rédigé :\n\n« Il prête serment. »", []string{bill[0], bill[1], "Il prête serment.", bill[2], bill[3]}},
		{"Après le I, insérer un I bis", bill, "Après le I, insérer un I bis ainsi rédigé :\n\n« I bis. - X. »", []string{bill[0], bill[1], "I bis. - X.", bill[2], bill[3]}},
		{"Supprimer les mots à l'alinéa end locator", bill, "Supprimer les mots : « pour six ans » à l'alinéa 1.", []string{"I. - Le maire est élu.", bill[1], bill[2], bill[3]}},
		{"Remplacer ... à l'alinéa end locator", bill, "Remplacer le mot : « six » par le mot : « cinq » à l'alinéa 1.", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"Dans l'alinéa 1", bill, "Dans l'alinéa 1, remplacer le mot : « six » par le mot : « cinq ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
	})
}
