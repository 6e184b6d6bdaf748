package law

import "testing"

// TestGrammarBill5ItemsUnderAHeadNotRead: the items under a head ending
// with ":" that is not read ("1° Au premier alinéa, de façon générale
// :") are refused with it: they were read under the head's parent and
// edited the whole article (the words of every alinéa); the next item of
// the head's level is read again.
func TestGrammarBill5ItemsUnderAHeadNotRead(t *testing.T) {
	A := []string{"Le maire signe.", "Le maire vise."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "refused", before: A, text: []string{head, "1° Au premier alinéa, de façon générale :", "a) Le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "a bare head refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, de façon générale :", "1° Le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
	c := Corpus{}
	ref := CodeRef{Code: "code civil", Article: "l1"}
	c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: A}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, "1° Au premier alinéa, de façon générale :", "a) Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le second alinéa est supprimé."}}})
	got, _ := Apply(c, ins, ApplyOptions{})
	if g := got[ref].Alineas; len(g) != 1 || g[0] != A[0] {
		t.Errorf("the next item: got %q, want %q", g, A[:1])
	}
}
