package law

import (
	"strings"
	"testing"
)

// TestRefuse91ArticlesEachWithItsText: two articles each followed by its
// own text, "Aux articles L. 1 du code civil et L. 2 du code pénal, …",
// "Les articles L. 1 du code … et L. 2 du code … sont abrogés", are
// each of its text, as "À l'article L. 1 du code civil et à l'article
// L. 2 du code pénal" (it was refused); a name with "et" in it ("du code
// rural et de la pêche maritime") stays one name; a list before a text
// then another article ("Aux articles L. 1 et L. 2 du code civil et L. 1
// du code pénal") and a division before them stay refused.
func TestRefuse91ArticlesEachWithItsText(t *testing.T) {
	refs := []CodeRef{{Code: "code civil", Article: "l1"}, {Code: "code penal", Article: "l2"}, {Code: "code civil", Article: "l2"}, {Code: "code penal", Article: "l1"}, {Code: "code rural et de la peche maritime", Article: "l1"}}
	op := " le mot : « juge » est remplacé par le mot : « magistrat »."
	for _, tc := range []struct {
		name, text string
		want       []CodeRef // the articles edited; nil: refused
	}{
		{"two codes", "Aux articles L. 1 du code civil et L. 2 du code pénal," + op, []CodeRef{refs[0], refs[1]}},
		{"a name with et", "Aux articles L. 1 du code rural et de la pêche maritime et L. 2 du code civil," + op, []CodeRef{refs[4], refs[2]}},
		{"a list then another text: refused", "Aux articles L. 1 et L. 2 du code civil et L. 1 du code pénal," + op, nil},
		{"a division before: refused", "Au premier alinéa des articles L. 1 du code civil et L. 2 du code pénal," + op, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			for _, r := range refs {
				c[r] = CodeArticle{Ref: r, Heading: r.Article, Alineas: []string{"Le juge signe."}}
			}
			got, errs := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}}), ApplyOptions{})
			var edited []CodeRef
			for _, r := range refs {
				if strings.Join(got[r].Alineas, "") == "Le magistrat signe." {
					edited = append(edited, r)
				}
			}
			if tc.want == nil {
				if len(edited) > 0 {
					t.Fatalf("applied, want refused: %v", edited)
				}
				return
			}
			if len(errs) != 0 || len(edited) != len(tc.want) {
				t.Fatalf("edited %v, want %v (errs %v)", edited, tc.want, errs)
			}
			for i := range edited {
				if edited[i] != tc.want[i] && !(edited[i] == tc.want[1-i]) {
					t.Fatalf("edited %v, want %v", edited, tc.want)
				}
			}
		})
	}
	// Repealed, each in its code.
	c := Corpus{}
	for _, r := range refs {
		c[r] = CodeArticle{Ref: r, Heading: r.Article, Alineas: []string{"Le juge signe."}}
	}
	got, errs := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Les articles L. 1 du code civil et L. 2 du code pénal sont abrogés."}}}), ApplyOptions{})
	_, civil := got[refs[0]]
	_, penal := got[refs[1]]
	_, civil2 := got[refs[2]]
	if len(errs) != 0 || civil || penal || !civil2 {
		t.Fatalf("repealed: L. 1 civil kept %v, L. 2 pénal kept %v, L. 2 civil kept %v, errs %v", civil, penal, civil2, errs)
	}
}
