package law

import "testing"

// Rules of the amendments' language read by am-left2, each on a short
// phrase applied to amL2A; want nil where the engine must refuse.

// amL2A is a short bill article for the tests of amleft2.
var amL2A = []string{
	"Le juge statue dans un délai d'un mois. Il motive sa décision.",
	"La décision est notifiée aux parties par lettre recommandée.",
	"Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence.",
	"Le ministre chargé de l'économie rend compte au Parlement. Il publie un rapport. Le rapport est transmis à la commune.",
	"Un décret en Conseil d'État fixe les modalités d'application du présent article.",
}

// TestAmLeft2SentencesToEnd: "les deuxième à dernière phrases" in an
// amendment, as the bills' side reads it (Scope.SentencesToEnd): that
// sentence and every one after it, deleted or rewritten.
func TestAmLeft2SentencesToEnd(t *testing.T) {
	first3 := "Les parties peuvent former un recours devant le tribunal administratif."
	runAmendments(t, []amCase{
		{"deleted", amL2A, "Supprimer les deuxième à dernière phrases de l'alinéa 3.", amp3Want(amL2A, 1, 2, first3, 4, 5)},
		{"deleted, the place first", amL2A, "À l'alinéa 3, supprimer les deuxième à dernière phrases.", amp3Want(amL2A, 1, 2, first3, 4, 5)},
		{"Sénat: locator line then Supprimer ces phrases", amL2A, "Alinéa 3, deuxième à dernière phrases\n\nSupprimer ces phrases.", amp3Want(amL2A, 1, 2, first3, 4, 5)},
		{"rewritten", amL2A, "Rédiger ainsi les deuxième à dernière phrases de l'alinéa 3 : « Il est suspensif. »", amp3Want(amL2A, 1, 2, first3+" Il est suspensif.", 4, 5)},
		{"from the third", amL2A, "Supprimer les troisième à dernière phrases de l'alinéa 4.", amp3Want(amL2A, 1, 2, 3, "Le ministre chargé de l'économie rend compte au Parlement. Il publie un rapport.", 5)},
		{"from the second of two: the last only", amL2A, "Supprimer les deuxième à dernière phrases de l'alinéa 1.", amp3Want(amL2A, "Le juge statue dans un délai d'un mois.", 2, 3, 4, 5)},
		// Refused: the alinéa has one sentence; from the first (the
		// whole alinéa: kept empty or deleted is not said); to the one
		// before the last; words of those sentences.
		{"an alinéa of one sentence: refused", amL2A, "Supprimer les deuxième à dernière phrases de l'alinéa 2.", nil},
		{"from the first: refused", amL2A, "Supprimer les première à dernière phrases de l'alinéa 3.", nil},
		{"to the one before the last: refused", amL2A, "Supprimer les deuxième à avant-dernière phrases de l'alinéa 3.", nil},
		{"words of those sentences: refused", amL2A, "Aux deuxième à dernière phrases de l'alinéa 3, substituer au mot : « recours » le mot : « pourvoi ».", nil},
		{"sentences added after them: refused", amL2A, "Après les deuxième à dernière phrases de l'alinéa 3, insérer une phrase ainsi rédigée : « Il est motivé. »", nil},
	})
}
