package law

import (
	"strings"
	"testing"
)

// TestGrammarBill5RenumberedIntoAText: "L'article L. 1 du code civil
// devient l'article L. 5 du même code" is "… devient l'article L. 5",
// and "… devient l'article L. 5 du code de commerce" moves it to that
// code (both were refused); "L'article L. 1 du code civil est transféré
// dans le code de commerce, où il devient l'article L. 5" is refused (it
// renumbered the article in the code civil).
func TestGrammarBill5RenumberedIntoAText(t *testing.T) {
	civil, commerce := CodeRef{Code: "code civil", Article: "l1"}, CodeRef{Code: "code de commerce", Article: "l5"}
	for _, tc := range []struct {
		name, text string
		want       CodeRef // where the text goes; none: refused
	}{
		{"du même code", "L'article L. 1 du code civil devient l'article L. 5 du même code.", CodeRef{Code: "code civil", Article: "l5"}},
		{"du code de commerce", "L'article L. 1 du code civil devient l'article L. 5 du code de commerce.", commerce},
		{"transféré, où il devient: refused", "L'article L. 1 du code civil est transféré dans le code de commerce, où il devient l'article L. 5.", CodeRef{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{civil: CodeArticle{Ref: civil, Heading: "L1", Alineas: []string{"Le maire signe."}}}
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}})
			got, errs := Apply(c, ins, ApplyOptions{})
			if tc.want == (CodeRef{}) {
				if len(ins) != 1 || ins[0].Status != Unparsed {
					t.Fatalf("read, want refused: %+v", ins)
				}
				return
			}
			if len(errs) > 0 || len(got) != 1 || strings.Join(got[tc.want].Alineas, "") != "Le maire signe." {
				t.Fatalf("errs %v, got %v", errs, got)
			}
		})
	}
}
