package law

import "testing"

// TestLang96UnrankedItemInARange: a range of items ("Les a à b", "Aux a
// à b", an amendment's "Supprimer les a) à b)") over an item of the list
// whose rank is not known — a doubled letter "aa)" between the a and the
// b — is refused: in the range or not is not said (it was left out, the
// a and the b edited around it). Items numbered with a Latin adverb stay
// the range's ("a bis)"), and a range not reaching the item stays read.
func TestLang96UnrankedItemInARange(t *testing.T) {
	A := []string{"1° Le maire :", "a) Signe ;", "aa) Signe ;", "b) Signe ;", "c) Lit ;", "2° Le juge tranche."}
	P := " du 1° de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "repealed: refused", before: A, text: []string{"Les a à b" + P + " sont abrogés."}},
		{name: "words: refused", before: A, text: []string{"Aux a à b" + P + ", le mot : « Signe » est remplacé par le mot : « Vise »."}},
		{name: "a range past it", before: A, text: []string{"Les b à c" + P + " sont abrogés."}, want: []string{A[0], A[1], A[2], "b) (Abrogé) ;", "c) (Abrogé) ;", A[5]}},
		{name: "a Latin adverb: the range's", before: []string{A[0], A[1], "a bis) Date ;", A[3], A[4], A[5]}, text: []string{"Les a à b" + P + " sont abrogés."}, want: []string{A[0], "a) (Abrogé) ;", "a bis) (Abrogé) ;", "b) (Abrogé) ;", A[4], A[5]}},
	})
	runAmendments(t, []amCase{
		{"supprimer les a) à b): refused", A, "Supprimer les a) à b) du 1°.", nil},
	})
}
