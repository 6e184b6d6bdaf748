package law

import "testing"

// TestGrammarAmendmentFormulasSenat: more forms of both chambers, the
// Sénat's one instruction a line with unquoted words first.
func TestGrammarAmendmentFormulasSenat(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "Il est rééligible. Il siège au conseil.", "II. - Le conseil se réunit chaque mois.", "III. - Le préfet contrôle les actes."}
	runAmendments(t, []amCase{
		{"S: Supprimer cet alinéa", bill, "Alinéa 2\nSupprimer cet alinéa.", []string{bill[0], bill[2], bill[3]}},
		{"S: Supprimer ces alinéas: a plain alinéa goes, a whole numbered part stays (Supprimé)", bill, "Alinéas 2 et 3\nSupprimer ces alinéas.", []string{bill[0], "II. - (Supprimé)", bill[3]}},
		{"S: Rédiger ainsi cette phrase", bill, "Alinéa 2, première phrase\nRédiger ainsi cette phrase :\nIl est rééligible deux fois.", []string{bill[0], "Il est rééligible deux fois. Il siège au conseil.", bill[2], bill[3]}},
		{"S: Après l'alinéa 2 Insérer un alinéa", bill, "Après l'alinéa 2\nInsérer un alinéa ainsi rédigé :\nIl prête serment.", []string{bill[0], bill[1], "Il prête serment.", bill[2], bill[3]}},
		{"S: Compléter cet alinéa par les mots", bill, "Alinéa 4\nCompléter cet alinéa par les mots :\net les budgets", []string{bill[0], bill[1], bill[2], "III. - Le préfet contrôle les actes et les budgets."}},
		{"S: Rédiger ainsi cet article", bill, "Rédiger ainsi cet article :\nI. - Le maire est élu.\nII. - Le conseil se réunit.", []string{"I. - Le maire est élu.", "II. - Le conseil se réunit."}},
		{"S: Alinéa 1 Remplacer le mot par le mot", bill, "Alinéa 1\nRemplacer le mot :\nsix\npar le mot :\ncinq", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2], bill[3]}},
		{"S: Alinéa 4 supprimer les mots", bill, "Alinéa 4\nSupprimer les mots :\nles actes", []string{bill[0], bill[1], bill[2], "III. - Le préfet contrôle."}},
		{"S: Alinéa 2 Après la première phrase insérer une phrase", bill, "Alinéa 2\nAprès la première phrase, insérer une phrase ainsi rédigée :\nIl prête serment.", []string{bill[0], "Il est rééligible. Il prête serment. Il siège au conseil.", bill[2], bill[3]}},
		{"S: additional article is not this article's", bill, "Après l'article 2\nInsérer un article additionnel ainsi rédigé :\nLe conseil vote.", nil},
		{"AN: Supprimer la dernière phrase de l'alinéa 2", bill, "Supprimer la dernière phrase de l'alinéa 2.", []string{bill[0], "Il est rééligible.", bill[2], bill[3]}},
		{"AN: À la seconde phrase de l'alinéa 2, substituer", bill, "À la seconde phrase de l'alinéa 2, substituer au mot : « conseil » les mots : « conseil municipal ».", []string{bill[0], "Il est rééligible. Il siège au conseil municipal.", bill[2], bill[3]}},
		{"AN: Alinéa 3 rédiger ainsi le début", bill, "Au début de l'alinéa 3, substituer aux mots : « Le conseil » les mots : « L'assemblée ».", []string{bill[0], bill[1], "II. - L'assemblée se réunit chaque mois.", bill[3]}},
		{"AN: compléter l'alinéa par une phrase ainsi rédigée with inline quote", bill, "Compléter l'alinéa 3 par une phrase ainsi rédigée : « Ses séances sont publiques. »", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque mois. Ses séances sont publiques.", bill[3]}},
		{"AN: the verb first, its locator between commas", bill, "Insérer, après l'alinéa 2, l'alinéa suivant :\n« Il prête serment. »", []string{bill[0], bill[1], "Il prête serment.", bill[2], bill[3]}},
		{"AN: À l'alinéa 4, les mots remplacés (law style in amendment)", bill, "À l'alinéa 4, les mots : « les actes » sont remplacés par les mots : « les budgets ».", []string{bill[0], bill[1], bill[2], "III. - Le préfet contrôle les budgets."}},
	})
}

func TestGrammarAmendmentIndicative(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "II. - Le préfet contrôle les actes."}
	runAmendments(t, []amCase{
		{"remplacés", bill, "À l'alinéa 2, les mots : « les actes » sont remplacés par les mots : « les budgets ».", []string{bill[0], "II. - Le préfet contrôle les budgets."}},
		{"supprimés", bill, "À l'alinéa 1, les mots : « pour six ans » sont supprimés.", []string{"I. - Le maire est élu.", bill[1]}},
		{"insérés", bill, "À l'alinéa 1, après le mot : « élu », sont insérés les mots : « au suffrage direct ».", []string{"I. - Le maire est élu au suffrage direct pour six ans.", bill[1]}},
		{"an article additionnel's quoted instruction is not an edit of this article", bill, "Après l'article 1er, insérer un article additionnel ainsi rédigé :\n« À l'article L. 1 du code civil, les mots : « six » sont remplacés par les mots : « cinq ». »", nil},
	})
}
