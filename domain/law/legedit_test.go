package law

import "testing"

// The formulas of the drafting guides for operations on words and
// sentences: these tests are built from short phrases of those forms.

// TestLegEditEndAnchorAfter: an amendment's end deleted or replaced with
// its anchor after it, "supprimer la fin de l'alinéa 2 après les mots :
// « A »", "remplacer la fin de cet alinéa après la seconde occurrence du
// mot : « A » par …", is read as the anchor before it, "Après les mots :
// « A », supprimer la fin …" — A kept, the end from it gone (A alone was
// deleted, or replaced by the new end); "avant" there is refused.
func TestLegEditEndAnchorAfter(t *testing.T) {
	A := []string{"Le juge signe l'acte. Le maire le date.", "Le délai est de trois mois, au taux de cinq pour cent."}
	runAmendments(t, []amCase{
		{"supprimer la fin de l'alinéa après les mots", A,
			"À l'alinéa 2, supprimer la fin de l'alinéa après les mots : « trois mois ».",
			[]string{A[0], "Le délai est de trois mois."}},
		{"supprimer la fin de la phrase après le mot", A,
			"À l'alinéa 1, supprimer la fin de la première phrase après le mot : « juge ».",
			[]string{"Le juge. Le maire le date.", A[1]}},
		{"an occurrence of the anchor", A,
			"Supprimer la fin de l'alinéa 2 après la seconde occurrence du mot : « de ».",
			[]string{A[0], "Le délai est de trois mois, au taux de."}},
		{"the Sénat's lines", A,
			"Alinéa 2\nSupprimer la fin de cet alinéa après les mots :\ntrois mois",
			[]string{A[0], "Le délai est de trois mois."}},
		{"remplacer la fin … après les mots … par", A,
			"Remplacer la fin de l'alinéa 2 après les mots : « trois mois » par les mots : « à compter de la notification. »",
			[]string{A[0], "Le délai est de trois mois à compter de la notification."}},
		{"rédiger ainsi la fin … après la seconde occurrence", A,
			"Rédiger ainsi la fin de l'alinéa 2 après la seconde occurrence du mot : « de » : « dix pour cent. »",
			[]string{A[0], "Le délai est de trois mois, au taux de dix pour cent."}},
		{"avant: refused", A,
			"À l'alinéa 2, supprimer la fin de l'alinéa avant les mots : « trois mois ».", nil},
		{"substituer à la fin … après: refused", A,
			"À l'alinéa 2, substituer à la fin de l'alinéa après les mots : « trois mois » les mots : « à compter de la notification. »", nil},
	})
}
