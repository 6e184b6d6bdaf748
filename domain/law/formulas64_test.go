package law

import "testing"

// TestGrammarBill5ElisionBroken: a word replaced after an elision by a
// word beginning with a consonant ("L'adjoint signe." with « adjoint »
// replaced by « maire » gave "L'maire signe.") is refused: the article
// must change with it and the law did not say how; the words quoted with
// their article ("« L'adjoint » … « Le maire »") are read, and so is a
// new word beginning with a vowel or an h.
func TestGrammarBill5ElisionBroken(t *testing.T) {
	at := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "l' then a consonant: refused", before: []string{"L'adjoint signe."}, text: []string{at + "le mot : « adjoint » est remplacé par le mot : « maire »."}},
		{name: "with the article", before: []string{"L'adjoint signe."}, text: []string{at + "les mots : « L'adjoint » sont remplacés par les mots : « Le maire »."}, want: []string{"Le maire signe."}},
		{name: "a vowel after a vowel", before: []string{"L'adjoint signe."}, text: []string{at + "le mot : « adjoint » est remplacé par le mot : « élu »."}, want: []string{"L'élu signe."}},
		{name: "h", before: []string{"L'adjoint signe."}, text: []string{at + "le mot : « adjoint » est remplacé par le mot : « huissier »."}, want: []string{"L'huissier signe."}},
		{name: "a consonant after le", before: []string{"Le maire signe."}, text: []string{at + "le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet signe."}},
	})
}
