package law

import (
	"errors"
	"strings"
	"testing"
)

// TestReview22RelabelChainRefused: "1° Le 2° devient le 3° ; 2° Le 3°
// devient le 4°" on a list 1°, 2°, 3°: the first is refused (a 3° in
// force, errLabelInForce22), and the second, which frees the 3° the first
// wanted, is refused with it (errRelabelChain22) — it was applied alone,
// the list left "1°, 2°, 4°". Written in the order that frees each label
// first, both apply; a relabelling of another list of the same bill
// article is not held back.
func TestReview22RelabelChainRefused(t *testing.T) {
	list := []string{"Liste :", "1° Un ;", "2° Deux ;", "3° Trois."}
	two := []string{"I. – Liste :", "1° Un ;", "2° Deux.", "II. – Autre :", "1° A ;", "2° B."}
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
		chain bool // a relabelling refused with errRelabelChain22
		text  []string
	}{
		{"the first wants the label the second frees", []string{"1° Le 2° devient le 3° ;", "2° Le 3° devient le 4°."}, list, true, nil},
		{"in the order that frees it", []string{"1° Le 3° devient le 4° ;", "2° Le 2° devient le 3°."}, []string{"Liste :", "1° Un ;", "3° Deux ;", "4° Trois."}, false, nil},
		{"a third link", []string{"1° Le 2° devient le 3° ;", "2° Le 3° devient le 4° ;", "3° Le 1° devient le 2°."}, list, true, nil},
		{"another list", []string{"1° Au I, le 1° devient le 2° ;", "2° Au II, le 2° devient le 3°."}, []string{"I. – Liste :", "1° Un ;", "2° Deux.", "II. – Autre :", "1° A ;", "3° B."}, false, two},
	} {
		if tc.text == nil {
			tc.text = list
		}
		c := Corpus{}
		ref := CodeRef{Code: "code civil", Article: "l1"}
		c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: tc.text}
		lines := append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, tc.lines...)
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: lines}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if g := got[ref].Alineas; strings.Join(g, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
		chain := false
		for _, e := range errs {
			chain = chain || errors.Is(e.Err, errRelabelChain22)
		}
		if chain != tc.chain {
			t.Errorf("%s: refused as a chain %v, want %v (%v)", tc.name, chain, tc.chain, errs)
		}
	}
}
