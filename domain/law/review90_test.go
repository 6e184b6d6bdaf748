package law

import "testing"

// TestReview90DoubledLetterEdges: the edges of the doubled letters
// (TestLang90DoubledLetters, TestLang96UnrankedItemInARange). A range
// bounded by a doubled letter ("Les aa à b", "Les a à aa", "Les aa à
// bb") is refused: which items it holds is not said (it was not read and
// the whole 1° was repealed). A doubled letter inserted where an item
// of its list bears it already ("Après le a bis, … un aa" before the aa,
// "Après le aa, … un aa") is refused (the list held two aa); so is "Après
// le a, il est inséré un b" where a b follows the aa (the aa, whose rank
// is not known, hid the b: two b). Kept as they were read: a word "aa"
// in the a, the aa edited by its words, "un aa bis" after the aa, a c
// added after a bb.
func TestReview90DoubledLetterEdges(t *testing.T) {
	A := []string{"1° Le maire :", "a) Signe ;", "aa) Signe ;", "b) Signe ;", "2° Le juge tranche."}
	B := []string{"1° Le maire :", "a) Signe ;", "aa) Signe ;", "b) Signe ;", "bb) Signe ;"}
	P := " du 1° de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "les aa à b: refused", before: A, text: []string{"Les aa à b" + P + " sont abrogés."}},
		{name: "les a à aa: refused", before: A, text: []string{"Les a à aa" + P + " sont abrogés."}},
		{name: "les aa à bb: refused", before: B, text: []string{"Les aa à bb" + P + " sont abrogés."}},
		{name: "aux aa à b, words: refused", before: A, text: []string{"Aux aa à b" + P + ", le mot : « Signe » est remplacé par le mot : « Vise »."}},
		{name: "les aa et bb", before: B, text: []string{"Les aa et bb" + P + " sont abrogés."}, want: []string{B[0], B[1], "aa) (Abrogé) ;", B[3], "bb) (Abrogé) ;"}},
		{name: "un aa after the a bis, an aa there: refused", before: []string{A[0], A[1], "a bis) Signe ;", A[2], A[3]}, text: []string{"Après le a bis" + P + ", il est inséré un aa ainsi rédigé :", "« aa) Note ; »"}},
		{name: "un aa after the aa: refused", before: A, text: []string{"Après le aa" + P + ", il est inséré un aa ainsi rédigé :", "« aa) Note ; »"}},
		{name: "un aa before the b, an aa there: refused", before: A, text: []string{"Avant le b" + P + ", il est inséré un aa ainsi rédigé :", "« aa) Note ; »"}},
		{name: "un b after the a, a b past the aa: refused", before: A, text: []string{"Après le a" + P + ", il est inséré un b ainsi rédigé :", "« b) Note ; »"}},
		{name: "a word aa in the a", before: []string{"1° Le maire dit aa :", "a) Signe aa ;", "b) Signe ;"}, text: []string{"Au a" + P + ", le mot : « aa » est remplacé par le mot : « bb »."}, want: []string{"1° Le maire dit aa :", "a) Signe bb ;", "b) Signe ;"}},
		{name: "the aa completed", before: A, text: []string{"Le aa" + P + " est complété par les mots : « et date »."}, want: []string{A[0], A[1], "aa) Signe et date ;", A[3], A[4]}},
		{name: "un aa bis after the aa", before: A, text: []string{"Après le aa" + P + ", il est inséré un aa bis ainsi rédigé :", "« aa bis) Note ; »"}, want: []string{A[0], A[1], A[2], "aa bis) Note ;", A[3], A[4]}},
		{name: "un c after the bb", before: []string{A[0], A[1], A[3], "bb) Signe ;", "2° Le juge."}, text: []string{"Le 1° de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Note ; »"}, want: []string{A[0], A[1], A[3], "bb) Signe ;", "c) Note ;", "2° Le juge."}},
	})
	runAmendments(t, []amCase{
		{"supprimer les aa à b: refused", A, "Supprimer les aa à b du 1°.", nil},
		{"après le aa, insérer un aa: refused", A, "Après le aa du 1°, insérer un aa ainsi rédigé :\n« aa) Note ; »", nil},
	})
}
