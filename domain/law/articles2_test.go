package law

import "testing"

// TestGrammarSecondArticleApart: a locator naming a second article apart
// ("… de l'article L. 1 du code civil et de l'article L. 2 du code de
// commerce") is refused: the second was dropped and L. 1 given the second
// code; "des articles L. 1 et L. 2" and "à l'article L. 1 … et à l'article
// L. 2 …" are read.
func TestGrammarSecondArticleApart(t *testing.T) {
	for _, text := range []string{
		"Au premier alinéa de l'article L. 1 du code civil et de l'article L. 2 du code de commerce, le mot : « maire » est remplacé par le mot : « préfet ».",
		"Après le mot : « maire », la fin du premier alinéa de l'article L. 1, de l'article L. 2 et du dernier alinéa de l'article L. 3 du code civil est ainsi rédigée : « seul. »",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed {
			t.Errorf("%s: got %+v, want unparsed", text, ins)
		}
	}
	runGrammar(t, []grammarCase{
		{name: "des articles L. 1 et L. 2", before: []string{"Le maire agit."}, more: map[string][]string{"L2": {"Le maire signe."}}, text: []string{"Au premier alinéa des articles L. 1 et L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit."}},
		{name: "à l'article L. 1 … et à l'article L. 2 …", before: []string{"Le maire agit."}, more: map[string][]string{"L2": {"Le maire signe."}}, text: []string{"À l'article L. 1 du code civil et à l'article L. 2 du même code, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit."}},
	})
}
