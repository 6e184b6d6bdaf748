package law

import "testing"

// TestGrammarAmendmentAdditions: the ways amendments add text — "la phrase
// suivante", "ajouter", "les deux alinéas suivants", and the place after
// the announcement ("Insérer un alinéa ainsi rédigé après l'alinéa 1 :",
// refused before).
func TestGrammarAmendmentAdditions(t *testing.T) {
	bill := []string{"Le maire agit.", "Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"compléter l'alinéa par la phrase suivante", bill, "Compléter l'alinéa 1 par la phrase suivante : « Il rend compte. »", []string{"Le maire agit. Il rend compte.", bill[1]}},
		{"à la fin de l'alinéa, ajouter la phrase suivante", bill, "À la fin de l'alinéa 1, ajouter la phrase suivante : « Il rend compte. »", []string{"Le maire agit. Il rend compte.", bill[1]}},
		{"au début de l'alinéa, ajouter les mots", bill, "Au début de l'alinéa 2, ajouter les mots : « En outre, ».", []string{bill[0], "En outre, le préfet contrôle."}},
		{"compléter cet article par les deux alinéas suivants", bill, "Compléter cet article par les deux alinéas suivants :\n« Le juge tranche.\n« Le greffier note. »", []string{bill[0], bill[1], "Le juge tranche.", "Le greffier note."}},
		{"après l'alinéa 1, ajouter un alinéa ainsi rédigé", bill, "Après l'alinéa 1, ajouter un alinéa ainsi rédigé : « Il rend compte. »", []string{bill[0], "Il rend compte.", bill[1]}},
		{"compléter la première phrase de l'alinéa 1 par les mots", bill, "Compléter l'alinéa 1 par les mots : « , sauf urgence ».", []string{"Le maire agit, sauf urgence.", bill[1]}},
		{"insérer un alinéa ainsi rédigé après l'alinéa 1", bill, "Insérer un alinéa ainsi rédigé après l'alinéa 1 : « Il rend compte. »", []string{bill[0], "Il rend compte.", bill[1]}},
		{"insérer deux alinéas ainsi rédigés avant l'alinéa 2, on the lines after", bill, "Insérer deux alinéas ainsi rédigés avant l'alinéa 2 :\n« Il rend compte.\n« Il publie. »", []string{bill[0], "Il rend compte.", "Il publie.", bill[1]}},
	})
}
