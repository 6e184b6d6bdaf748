package law

import "testing"

// TestRefuse90OccurrencesAroundTheVerb: a count before a deletion's verb,
// "le mot : « A », deux fois, est supprimé", is the count the law says,
// as "est supprimé deux fois" (it was refused: a form not known); a rank
// after the verb, "le mot : « A » est remplacé, à la deuxième
// occurrence, par …" (also "supprimé"), is that occurrence, as "la
// deuxième occurrence du mot : « A » est remplacée par" (it was refused:
// no known form). A count that does not match, or a rank past the last
// occurrence, is refused.
func TestRefuse90OccurrencesAroundTheVerb(t *testing.T) {
	A := []string{"Le juge signe le juge.", "Le juge tranche."}
	P := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "count before a deletion", before: A, text: []string{P + "le mot : « juge », deux fois, est supprimé."}, want: []string{"Le signe le.", "Le juge tranche."}},
		{name: "count before a deletion, not matching: refused", before: []string{"Le juge signe le juge et le juge.", "Le juge tranche."}, text: []string{P + "le mot : « juge », deux fois, est supprimé."}},
		{name: "rank after the verb", before: A, text: []string{P + "le mot : « juge » est remplacé, à la deuxième occurrence, par le mot : « maire »."}, want: []string{"Le juge signe le maire.", "Le juge tranche."}},
		{name: "first rank after the verb", before: A, text: []string{P + "le mot : « juge » est remplacé, à la première occurrence, par le mot : « maire »."}, want: []string{"Le maire signe le juge.", "Le juge tranche."}},
		{name: "rank past the last: refused", before: A, text: []string{P + "le mot : « juge » est remplacé, à la troisième occurrence, par le mot : « maire »."}},
	})
}
