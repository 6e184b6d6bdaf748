package law

import "testing"

// TestGrammarNewSections: a section inserted or added with its heading and
// its articles, and articles inserted under a context: each article takes
// its own text, the headings none.
func TestGrammarNewSections(t *testing.T) {
	c := Corpus{}
	ref := CodeRef{Code: "code civil", Article: "l1"}
	c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: []string{"A."}}
	for i, text := range [][]string{
		{"Après la section 2 du chapitre Ier du titre II du livre Ier du code civil, il est inséré une section 2 bis ainsi rédigée :", "« Section 2 bis", "« Des maires", "« Art. L. 5. – Le maire agit.", "« Art. L. 6. – Le maire signe. »"},
		{"Le chapitre Ier du titre II du livre Ier du code civil est complété par une section 3 ainsi rédigée :", "« Section 3", "« Des juges", "« Art. L. 5. – Le maire agit.", "« Art. L. 6. – Le maire signe. »"},
		{"Le code civil est ainsi modifié :", "1° Après l'article L. 1, sont insérés des articles L. 5 et L. 6 ainsi rédigés :", "« Art. L. 5. – Le maire agit.", "« Art. L. 6. – Le maire signe. » ;"},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Errorf("%d: %v %+v", i, errs, ins)
			continue
		}
		a5 := got[CodeRef{Code: "code civil", Article: "l5"}].Alineas
		a6 := got[CodeRef{Code: "code civil", Article: "l6"}].Alineas
		if len(a5) != 1 || a5[0] != "Le maire agit." || len(a6) != 1 || a6[0] != "Le maire signe." {
			t.Errorf("%d: %q %q", i, a5, a6)
		}
	}
}
