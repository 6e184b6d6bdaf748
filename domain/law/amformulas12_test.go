package law

import "testing"

// TestGrammarAmendmentProbe: the older and rarer forms of both chambers'
// amendments, each with its known result.
func TestGrammarAmendmentProbe(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "Il est rééligible une fois.", "II. - Le conseil se réunit."}
	runAmendments(t, []amCase{
		{"substituer aux mots … les mots …", bill, "À l'alinéa 1, substituer au mot : « six » le mot : « cinq ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2]}},
		{"substituer à l'alinéa … l'alinéa suivant", bill, "Substituer à l'alinéa 2 l'alinéa suivant : « Il n'est pas rééligible. »", []string{bill[0], "Il n'est pas rééligible.", bill[2]}},
		{"remplacer l'alinéa … par l'alinéa suivant, inline", bill, "Remplacer l'alinéa 2 par l'alinéa suivant : « Il n'est pas rééligible. »", []string{bill[0], "Il n'est pas rééligible.", bill[2]}},
		{"substituer à l'alinéa 2 deux alinéas, inline: one quotation for two, refused", bill, "Substituer à l'alinéa 2 les deux alinéas suivants : « Il n'est pas rééligible. »", nil},
		{"insérer les deux alinéas suivants, one inline quotation: refused", bill, "Après l'alinéa 2, insérer les deux alinéas suivants : « Il prête serment. »", nil},
		{"après l'alinéa 2, insérer l'alinéa suivant", bill, "Après l'alinéa 2, insérer l'alinéa suivant : « Il prête serment. »", []string{bill[0], bill[1], "Il prête serment.", bill[2]}},
		{"compléter cet article par l'alinéa suivant", bill, "Compléter cet article par l'alinéa suivant : « III. - Le préfet contrôle. »", []string{bill[0], bill[1], bill[2], "III. - Le préfet contrôle."}},
		{"en conséquence, second part", bill, "I. – À l'alinéa 1, remplacer le mot : « six » par le mot : « cinq ».\nII. – En conséquence, à l'alinéa 2, supprimer le mot : « une ».", []string{"I. - Le maire est élu pour cinq ans.", "Il est rééligible fois.", bill[2]}},
		{"remplacer le montant", []string{"L'amende est de 100 € au plus."}, "À l'alinéa 1, remplacer le montant : « 100 € » par le montant : « 200 € ».", []string{"L'amende est de 200 € au plus."}},
		{"remplacer la date", []string{"Avant le 1er janvier 2025, il déclare."}, "À l'alinéa 1, remplacer la date : « 1er janvier 2025 » par la date : « 1er janvier 2026 ».", []string{"Avant le 1er janvier 2026, il déclare."}},
		{"two replacements, the verb elided", []string{"Le maire et le préfet agissent."}, "À l'alinéa 1, remplacer le mot : « maire » par le mot : « président » et le mot : « préfet » par le mot : « juge ».", []string{"Le président et le juge agissent."}},
		{"après la référence, insérer la référence", []string{"Selon l'article L. 2, il agit."}, "À l'alinéa 1, après la référence : « L. 2 », insérer la référence : « ou L. 3 ».", []string{"Selon l'article L. 2 ou L. 3, il agit."}},
		{"insérer les deux alinéas suivants", bill, "Après l'alinéa 2, insérer les deux alinéas suivants :\n« Il prête serment.\n« Il siège. »", []string{bill[0], bill[1], "Il prête serment.", "Il siège.", bill[2]}},
		{"la seconde occurrence du mot", []string{"Le maire saisit le maire délégué."}, "À l'alinéa 1, remplacer la seconde occurrence du mot : « maire » par le mot : « préfet ».", []string{"Le maire saisit le préfet délégué."}},
		{"Sénat: unquoted, substituer", bill, "Alinéa 1\n\nRemplacer le mot :\n\nsix\n\npar le mot :\n\ncinq", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2]}},
		{"au début de cet article, insérer un alinéa", []string{"Le maire agit."}, "Au début de cet article, insérer un alinéa ainsi rédigé : « Le préfet contrôle. »", []string{"Le préfet contrôle.", "Le maire agit."}},
		{"compléter cet article par un III", bill, "Compléter cet article par un III ainsi rédigé : « III. - Le préfet contrôle. »", []string{bill[0], bill[1], bill[2], "III. - Le préfet contrôle."}},
	})
}
