package law

import "testing"

// TestRefuse80CountBeforeVerb: a count between the words and the verb —
// "le mot : « A », deux fois, est remplacé par" — is the count the law
// says, as "est, deux fois, remplacé par" (it was refused: no known
// form); a count that does not match the occurrences, or two counts in
// one replacement, are refused.
func TestRefuse80CountBeforeVerb(t *testing.T) {
	A := []string{"Le juge signe le juge.", "Le juge tranche."}
	three := []string{"Le juge signe le juge et le juge.", "Le juge tranche."}
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "count before the verb", before: A, text: []string{at + "le mot : « juge », deux fois, est remplacé par le mot : « magistrat »."}, want: []string{"Le magistrat signe le magistrat.", "Le juge tranche."}},
		{name: "count before the verb, no colon", before: A, text: []string{at + "le mot « juge », deux fois, est remplacé par le mot « magistrat »."}, want: []string{"Le magistrat signe le magistrat.", "Le juge tranche."}},
		{name: "à deux reprises before the verb", before: A, text: []string{at + "le mot : « juge », à deux reprises, est remplacé par le mot : « magistrat »."}, want: []string{"Le magistrat signe le magistrat.", "Le juge tranche."}},
		{name: "count not matching the occurrences: refused", before: three, text: []string{at + "le mot : « juge », deux fois, est remplacé par le mot : « magistrat »."}},
		{name: "two counts: refused", before: A, text: []string{at + "le mot : « juge », deux fois, est, trois fois, remplacé par le mot : « magistrat »."}},
	})
}
