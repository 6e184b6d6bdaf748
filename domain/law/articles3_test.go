package law

import "testing"

// TestGrammarInvertedAdditionInText: "Il est inséré, dans le code civil,
// après l'article L. 1, un article L. 1-1 ainsi rédigé :" creates L. 1-1
// in that code, as "Après l'article L. 1 du code civil, il est inséré un
// article L. 1-1 …" does (it read "dans le code civil" as the place and
// edited the whole code: refused).
func TestGrammarInvertedAdditionInText(t *testing.T) {
	for _, text := range []string{
		"Il est inséré, dans le code civil, après l'article L. 1, un article L. 1-1 ainsi rédigé :",
		"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :",
		"Il est inséré, après l'article L. 1 du code civil, un article L. 1-1 ainsi rédigé :",
		"Après l'article L. 1 du code civil, il est inséré l'article suivant :", // the older drafting (plainDrafting)
	} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
		c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: []string{"Un."}}}
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: []string{text, "« Art. L. 1-1. – Il revient. »"}}}), ApplyOptions{})
		if a := got[CodeRef{Code: "code civil", Article: ArticleKey("L1-1")}].Alineas; len(errs) > 0 || len(a) != 1 || a[0] != "Il revient." {
			t.Errorf("%s: L. 1-1 reads %q (%v)", text, a, errs)
		}
	}
}
