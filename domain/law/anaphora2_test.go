package law

import "testing"

// TestGrammarSameItem: "au même 1°", "au premier alinéa du même II": the
// item or part the instruction before named, in its article (it was
// refused: no article named).
func TestGrammarSameItem(t *testing.T) {
	P := []string{"I. – A.", "II. – Le maire agit.", "Il rend compte."}
	L := []string{"Le maire agit :", "1° Seul avec le préfet ;", "2° Avec le préfet."}
	runGrammar(t, []grammarCase{
		{name: "au même 1°", before: L, text: []string{"I. – Au 1° de l'article L. 1 du code civil, le mot : « Seul » est supprimé.", "II. – Au même 1°, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{L[0], "1° Avec le juge ;", L[2]}},
		{name: "au 2° du même article", before: L, text: []string{"I. – Au 1° de l'article L. 1 du code civil, le mot : « Seul » est supprimé.", "II. – Au 2° du même article, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{L[0], "1° Avec le préfet ;", "2° Avec le juge."}},
		{name: "au second alinéa du même II", before: P, text: []string{"I. – Au II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Au second alinéa du même II, le mot : « rend » est remplacé par le mot : « doit »."}, want: []string{"I. – A.", "II. – Le préfet agit.", "Il doit compte."}},
	})
}

func TestGrammarSameItemRefused(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"I. – Au 1° de l'article L. 1 du code civil, le mot : « Seul » est supprimé.", "II. – Au même 2°, le mot : « préfet » est remplacé par le mot : « juge »."}}})
	if len(ins) != 2 || ins[0].Status != Parsed || ins[1].Status != Unparsed {
		t.Fatalf("\"au même 2°\" with no 2° before it: got %+v, want the second unparsed", ins)
	}
}
