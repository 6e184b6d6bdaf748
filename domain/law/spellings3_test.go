package law

import "testing"

// TestGrammarCodeNameSpellings: a code named with a typographic
// apostrophe, a capital, or without the final period.
func TestGrammarCodeNameSpellings(t *testing.T) {
	c := Corpus{}
	ref := CodeRef{Code: CodeKey("code de l'environnement"), Article: "l1"}
	c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: []string{"Le maire agit."}}
	for _, text := range []string{
		"À l’article L. 1 du code de l’environnement, le mot : « maire » est remplacé par le mot : « préfet ».",
		"À l'article L. 1 du code de l'environnement, le mot : « maire » est remplacé par le mot : « préfet ».",
		"À l'article L. 1 du code de l'environnement, le mot : « maire » est remplacé par le mot : « préfet »",
		"L'article L. 1 du Code de l'environnement est complété par les mots : « seul »",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 || len(ins) != 1 || ins[0].Status != Parsed {
			t.Errorf("%q: %v %+v", text, errs, ins)
			continue
		}
		if a := got[ref].Alineas[0]; a == "Le maire agit." {
			t.Errorf("%q: unchanged", text)
		}
	}
	if CodeKey("code de l'environnement") != CodeKey("code de l’environnement") {
		t.Error("the two apostrophes name two codes")
	}
}
