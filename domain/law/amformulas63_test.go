package law

import "testing"

// TestAm6IndicativeWithoutColon: the indicative word operations after
// the amendment's own alinéa, their words named without the colon ("À
// l'alinéa 2, les mots « A » sont remplacés par les mots « B »", "le mot
// « A » est supprimé", "après le mot « A », sont insérés les mots « B »"),
// are read as the imperative without the colon is (they were refused).
func TestAm6IndicativeWithoutColon(t *testing.T) {
	A := []string{"Le maire signe le contrat de vente.", "Le juge tranche le litige."}
	runAmendments(t, []amCase{
		{"remplacés", A, "À l'alinéa 2, les mots « le litige » sont remplacés par les mots « la cause ».", []string{A[0], "Le juge tranche la cause."}},
		{"supprimés", A, "À l'alinéa 1, les mots « de vente » sont supprimés.", []string{"Le maire signe le contrat.", A[1]}},
		{"insérés", A, "À l'alinéa 2, après le mot « tranche », sont insérés les mots « sans délai ».", []string{A[0], "Le juge tranche sans délai le litige."}},
		{"with the colon, as before", A, "À l'alinéa 2, les mots : « le litige » sont remplacés par les mots : « la cause ».", []string{A[0], "Le juge tranche la cause."}},
	})
}
