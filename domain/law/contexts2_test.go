package law

import "testing"

// TestGrammarSeveralArticlesContext: "Les articles L. 1 et L. 2 sont ainsi
// modifiés :" — every instruction under it applies to each article.
func TestGrammarSeveralArticlesContext(t *testing.T) {
	B := []string{"Le maire agit.", "Le maire tranche."}
	runGrammar(t, []grammarCase{
		{name: "les articles L. 1 et L. 2 ainsi modifiés: each item on both", before: B, more: map[string][]string{"L2": {"Le maire signe.", "X."}}, text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le second alinéa est supprimé."}, want: []string{"Le préfet agit."}},
		{name: "a context under it names its division of each", before: B, more: map[string][]string{"L2": {"Le maire signe.", "X."}}, text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Le premier alinéa est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « préfet » ;", "b) Il est ajouté une phrase ainsi rédigée : « Il rend compte. »"}, want: []string{"Le préfet agit. Il rend compte.", "Le maire tranche."}},
		{name: "words absent from one of them: refused there", before: B, more: map[string][]string{"L2": {"Le juge signe."}}, text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « préfet »."}, want: nil},
	})
}

func TestSeveralArticlesContextBoth(t *testing.T) {
	c := Corpus{}
	for h, al := range map[string][]string{"L1": {"Le maire agit.", "A."}, "L2": {"Le maire signe.", "B."}} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le second alinéa est supprimé."}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for art, want := range map[string]string{"l1": "Le préfet agit.", "l2": "Le préfet signe."} {
		if a := got[CodeRef{Code: "code civil", Article: art}].Alineas; len(a) != 1 || a[0] != want {
			t.Errorf("%s: %q", art, a)
		}
	}
}
