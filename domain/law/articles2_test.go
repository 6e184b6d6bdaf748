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

// TestGrammarArticleNumbers: article numbers read whole — "1er", "1er bis",
// "72 D bis" (read "72 D", another article), "1649 quater-0 B bis" (read
// "1649 quater"), "L. 2 bis" in a list (read "L. 2").
func TestGrammarArticleNumbers(t *testing.T) {
	for _, tc := range []struct{ code, heading, text string }{
		{"loi 2000 321", "1er", "L'article 1er de la loi n° 2000-321 du 12 avril 2000 est complété par les mots : « seul »."},
		{"loi 2000 321", "1er bis", "L'article 1er bis de la loi n° 2000-321 du 12 avril 2000 est complété par les mots : « seul »."},
		{"code general des impots", "72 D bis", "L'article 72 D bis du code général des impôts est complété par les mots : « seul »."},
		{"code general des impots", "1649 quater-0 B bis", "L'article 1649 quater-0 B bis du code général des impôts est complété par les mots : « seul »."},
		{"code general des impots", "238 bis HV", "L'article 238 bis HV du code général des impôts est complété par les mots : « seul »."},
		{"code civil", "L2 bis", "Les articles L. 1 et L. 2 bis du code civil sont complétés par les mots : « seul »."},
	} {
		c := Corpus{}
		ref := CodeRef{Code: tc.code, Article: ArticleKey(tc.heading)}
		c[ref] = CodeArticle{Ref: ref, Heading: tc.heading, Alineas: []string{"Un."}}
		// A neighbour the truncated number would name.
		for _, h := range []string{"1", "72 D", "1649 quater", "L2"} {
			r := CodeRef{Code: tc.code, Article: ArticleKey(h)}
			if r != ref {
				c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Un."}}
			}
		}
		got, _ := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.text}}}), ApplyOptions{})
		if a := got[ref].Alineas; len(a) != 1 || a[0] != "Un seul." {
			t.Errorf("%s: article %s reads %q, want %q", tc.text, tc.heading, a, "Un seul.")
		}
		for _, h := range []string{"1", "72 D", "1649 quater"} {
			r := CodeRef{Code: tc.code, Article: ArticleKey(h)}
			if r != ref && got[r].Alineas != nil && got[r].Alineas[0] != "Un." {
				t.Errorf("%s: article %s changed too", tc.text, h)
			}
		}
	}
	if ArticleKey("1er") != ArticleKey("1") || ArticleKey("1er bis") != "1 bis" || ArticleKey("L. 1er") == "" {
		t.Errorf("ArticleKey: 1er → %q, 1er bis → %q", ArticleKey("1er"), ArticleKey("1er bis"))
	}
}

// TestGrammarNewArticleHeadingsWhole: a new article's heading with a number
// read whole ("Art. 72 D bis. – ") is not part of its text.
func TestGrammarNewArticleHeadingsWhole(t *testing.T) {
	c := Corpus{}
	ref := CodeRef{Code: "code general des impots", Article: ArticleKey("72 D")}
	c[ref] = CodeArticle{Ref: ref, Heading: "72 D", Alineas: []string{"Un."}}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Après l'article 72 D du code général des impôts, il est inséré un article 72 D bis ainsi rédigé :", "« Art. 72 D bis. – Le contribuable déduit. »"}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	a := got[CodeRef{Code: "code general des impots", Article: ArticleKey("72 D bis")}]
	if len(errs) > 0 || len(a.Alineas) != 1 || a.Alineas[0] != "Le contribuable déduit." {
		t.Fatalf("got %q, %v", a.Alineas, errs)
	}
}
