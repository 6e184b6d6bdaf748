package law

import "testing"

// TestGrammarAmendmentElided: amendments with a second operation whose
// verb the first gives.
func TestGrammarAmendmentElided(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "II. - Le préfet contrôle les actes."}
	runAmendments(t, []amCase{
		{"substituer … et au mot … le mot", bill, "À l'alinéa 1, substituer au mot : « maire » le mot : « conseiller » et au mot : « six » le mot : « cinq ».", []string{"I. - Le conseiller est élu pour cinq ans.", bill[1]}},
		{"remplacer … et le mot … par", bill, "À l'alinéa 1, remplacer le mot : « maire » par le mot : « conseiller » et le mot : « six » par le mot : « cinq ».", []string{"I. - Le conseiller est élu pour cinq ans.", bill[1]}},
		{"après le mot, insérer … et, après le mot, … (elided in an amendment): the verb before, as in a bill (TestGrammarAmendmentJoinedAnchors)", bill, "À l'alinéa 1, après le mot : « maire », insérer les mots : « de la commune » et, après le mot : « élu », les mots : « au suffrage direct ».", []string{"I. - Le maire de la commune est élu au suffrage direct pour six ans.", bill[1]}},
		{"an elided deletion in another alinéa: deleted there (TestAmendmentSecondPlaceSameVerb)", bill, "À l'alinéa 1, supprimer les mots : « pour six ans » et, à l'alinéa 2, le mot : « les ».", []string{"I. - Le maire est élu.", "II. - Le préfet contrôle actes."}},
	})
}
