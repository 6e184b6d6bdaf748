package law

import "testing"

// TestRefuse89OneAlineaAnnounced: a bill announcing one new alinéa — "est
// complété par un alinéa ainsi rédigé :", "il est inséré un alinéa ainsi
// rédigé :", "l'alinéa suivant" — then giving two is refused, as a count
// that does not match is ("deux alinéas" then one): which is the law's is
// not said (both were added). One given, or two announced and given, are
// applied.
func TestRefuse89OneAlineaAnnounced(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "one announced, one given", before: A, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le maire X. »"}, want: []string{"Le juge signe.", "Le juge tranche.", "Le maire X."}},
		{name: "two announced, two given", before: A, text: []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« Le maire X.", "« Le maire Y. »"}, want: []string{"Le juge signe.", "Le juge tranche.", "Le maire X.", "Le maire Y."}},
		{name: "one announced, two given: refused", before: A, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le maire X.", "« Le maire Y. »"}},
		{name: "inserted, one announced, two given: refused", before: A, text: []string{"Après le premier alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le maire X.", "« Le maire Y. »"}},
		{name: "replaced, one announced, two given: refused", before: A, text: []string{"Le second alinéa de l'article L. 1 du code civil est remplacé par un alinéa ainsi rédigé :", "« Le maire X.", "« Le maire Y. »"}},
	})
}
