package law

import "testing"

// TestGrammarAmendmentSeveralAlineas: sentences and words of several
// alinéas at once, and several alinéas rewritten.
func TestGrammarAmendmentSeveralAlineas(t *testing.T) {
	bill := []string{"A. B.", "C. D.", "E. F."}
	runAmendments(t, []amCase{
		{"supprimer la seconde phrase des alinéas 1 et 2", []string{"Le maire agit. Il rend compte.", "Le préfet contrôle. Il publie.", "C."}, "Supprimer la seconde phrase des alinéas 1 et 2.", []string{"Le maire agit.", "Le préfet contrôle.", "C."}},
		{"aux alinéas 1 et 3, supprimer le mot", []string{"Le maire seul agit.", "Le préfet seul contrôle.", "Le juge seul tranche."}, "Aux alinéas 1 et 3, supprimer le mot : « seul ».", []string{"Le maire agit.", "Le préfet seul contrôle.", "Le juge tranche."}},
		{"alinéas 1 à 3 : remplacer", []string{"Le maire seul agit.", "Le préfet seul contrôle.", "Le juge seul tranche."}, "Alinéas 1 à 3\n\nRemplacer le mot :\n\nseul\n\npar le mot :\n\nensuite", []string{"Le maire ensuite agit.", "Le préfet ensuite contrôle.", "Le juge ensuite tranche."}},
		{"rédiger ainsi les alinéas 2 et 3", bill, "Rédiger ainsi les alinéas 2 et 3 :\n« X.\n« Y. »", []string{"A. B.", "X.", "Y."}},
	})
}
