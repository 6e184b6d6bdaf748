package law

import "testing"

// TestGrammarSentencesOfSeveralAlineas: a sentence of each of several
// alinéas.
func TestGrammarSentencesOfSeveralAlineas(t *testing.T) {
	B := []string{"Le maire agit. Il signe.", "Le maire tranche. Il date.", "C."}
	runGrammar(t, []grammarCase{
		{name: "à la première phrase des premier et deuxième alinéas", before: B, text: []string{"À la première phrase des premier et deuxième alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit. Il signe.", "Le préfet tranche. Il date.", "C."}},
		{name: "la seconde phrase des premier et deuxième alinéas supprimée", before: B, text: []string{"La seconde phrase des premier et deuxième alinéas de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit.", "Le maire tranche.", "C."}},
		{name: "a second locator after et, for the second operation", before: B, text: []string{"Aux premier et deuxième alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et, au dernier alinéa, la lettre : « C » est remplacée par la lettre : « D »."}, want: []string{"Le préfet agit. Il signe.", "Le préfet tranche. Il date.", "D."}},
	})
}
