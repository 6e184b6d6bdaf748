package law

import "testing"

// TestGuard94ArticleAfterTextAinsiQue: a second article number joined by
// "ainsi que" after the first article's text — "Aux articles L. 1 du code
// civil ainsi que L. 2 du code de commerce, …" — is refused, as after
// "et" (L. 2 was dropped and L. 1 given the second code); with its own
// locator, "… ainsi qu'à l'article L. 2 du code de commerce", each
// article keeps its code.
func TestGuard94ArticleAfterTextAinsiQue(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	for _, tc := range []struct {
		text string
		want []CodeRef // nil: refused
	}{
		{"Aux articles L. 1 du code civil ainsi que L. 2 du code de commerce" + op, nil},
		{"Les articles L. 1 du code civil ainsi que L. 2 du code de commerce sont abrogés.", nil},
		{"À l'article L. 1 du code civil, ainsi qu'à l'article L. 2 du code de commerce" + op, []CodeRef{{Code: "code civil", Article: "l1"}, {Code: "code de commerce", Article: "l2"}}},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.text}}})
		if len(ins) != 1 {
			t.Fatalf("%s: %d instructions", tc.text, len(ins))
		}
		in := ins[0]
		if tc.want == nil {
			if in.Status != Unparsed {
				t.Errorf("%s: %s %+v, want refused", tc.text, in.Status, in.Edits)
			}
			continue
		}
		if in.Status != Parsed || len(in.Edits) != len(tc.want) {
			t.Fatalf("%s: %s (%s) %+v", tc.text, in.Status, in.Reason, in.Edits)
		}
		for i, e := range in.Edits {
			if e.Scope.Ref != tc.want[i] {
				t.Errorf("%s: edit %d on %v, want %v", tc.text, i, e.Scope.Ref, tc.want[i])
			}
		}
	}
}
