package law

import "testing"

// TestGrammarAmendmentSentencesAdded: sentences added by amendments at
// the start and the end of an alinéa, before and after another.
func TestGrammarAmendmentSentencesAdded(t *testing.T) {
	bill := []string{"I. - Le maire agit. Il signe.", "Le juge tranche."}
	runAmendments(t, []amCase{
		{"Au début de l'alinéa 1, insérer une phrase: after the label", bill, "Au début de l'alinéa 1, insérer une phrase ainsi rédigée :\n\n« Il lit. »", []string{"I. - Il lit. Le maire agit. Il signe.", bill[1]}},
		{"Compléter la première phrase par les mots", bill, "Compléter la première phrase de l'alinéa 1 par les mots : « seul »", []string{"I. - Le maire agit seul. Il signe.", bill[1]}},
		{"Après la première phrase, insérer deux phrases", bill, "Après la première phrase de l'alinéa 1, insérer deux phrases ainsi rédigées :\n\n« Il lit. Il date. »", []string{"I. - Le maire agit. Il lit. Il date. Il signe.", bill[1]}},
		{"Compléter l'alinéa par deux phrases", bill, "Compléter l'alinéa 1 par deux phrases ainsi rédigées :\n\n« Il lit. Il date. »", []string{"I. - Le maire agit. Il signe. Il lit. Il date.", bill[1]}},
		{"Supprimer la première phrase: the label stays", bill, "Supprimer la première phrase de l'alinéa 1.", []string{"I. - Il signe.", bill[1]}},
		{"Rédiger ainsi la première phrase", bill, "Rédiger ainsi la première phrase de l'alinéa 1 :\n\n« Le préfet agit. »", []string{"I. - Le préfet agit. Il signe.", bill[1]}},
		{"Avant la seconde phrase, insérer une phrase", bill, "Avant la seconde phrase de l'alinéa 1, insérer une phrase ainsi rédigée :\n\n« Il lit. »", []string{"I. - Le maire agit. Il lit. Il signe.", bill[1]}},
	})
}

func TestGrammarAmendmentSentenceEndOfItem(t *testing.T) {
	bill := []string{"I. - Le maire agit. Il signe.", "1° Le juge tranche ;", "2° B."}
	runAmendments(t, []amCase{
		{"À la fin de l'alinéa 2 (an item), insérer une phrase: its semicolon last", bill, "À la fin de l'alinéa 2, insérer une phrase ainsi rédigée :\n\n« Il motive. »", []string{bill[0], "1° Le juge tranche. Il motive ;", bill[2]}},
	})
}
