package law

import "testing"

// TestBill6ArticleListsAndExceptions: a list of articles with a comma
// before its "et" ("Aux articles L. 1, L. 2, et L. 3") names all three
// (the L. 3 was dropped); joined by "ou", refused (the L. 3 was
// dropped); a place left out — "à l'exception du dernier alinéa",
// "sauf au …", "hormis l'article L. 2" — is refused (the alinéa left out
// was the one edited; the article left out was edited with the others).
func TestBill6ArticleListsAndExceptions(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche."}
	more := map[string][]string{"L2": {"Le juge note."}, "L3": {"Le juge range."}}
	op := "le mot : « juge » est remplacé par le mot : « magistrat »."
	runGrammar(t, []grammarCase{
		{name: "comma before et", before: A, more: more, text: []string{"Aux articles L. 1, L. 2, et L. 3 du code civil, " + op}, want: []string{"Le magistrat signe.", "Le magistrat tranche."}},
		{name: "ou: refused", before: A, more: more, text: []string{"Aux articles L. 1, L. 2 ou L. 3 du code civil, " + op}},
		{name: "à l'exception du dernier alinéa: refused", before: A, text: []string{"À l'article L. 1 du code civil, à l'exception du dernier alinéa, " + op}},
		{name: "sauf au: refused", before: A, text: []string{"À l'article L. 1 du code civil, sauf au dernier alinéa, " + op}},
		{name: "hormis an article: refused", before: A, more: more, text: []string{"Aux articles L. 1 à L. 3 du code civil, hormis l'article L. 2, " + op}},
	})
	// The L. 3 of the list is edited too.
	c := Corpus{}
	for h, al := range map[string][]string{"L1": A, "L2": more["L2"], "L3": more["L3"]} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: []string{"Aux articles L. 1, L. 2, et L. 3 du code civil, " + op}}}), ApplyOptions{})
	if l3 := got[CodeRef{Code: "code civil", Article: "l3"}].Alineas; len(errs) != 0 || len(l3) != 1 || l3[0] != "Le magistrat range." {
		t.Fatalf("L. 3 %q, errs %v", l3, errs)
	}
}
