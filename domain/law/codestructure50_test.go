package law

import (
	"strings"
	"testing"
)

// TestCode6RegulatoryStarAndFirst: a regulatory article taken by a décret
// en Conseil des ministres is printed "R*1" by Légifrance and named "R.*
// 1" (or "R* 1") by the texts: the star marks the décret, not the number
// — it was not read ("no target article"); "L. 1er" is L. 1 as "1er" is
// 1 (it named an article "l1er" no code holds); a new article headed
// "Art. R.* 2. – " keeps its star in its heading.
func TestCode6RegulatoryStarAndFirst(t *testing.T) {
	M := []string{"Le maire signe."}
	for _, tc := range []struct{ heading, named string }{
		{"R*1", "R.* 1"},
		{"R*1", "R* 1"},
		{"R*1", "R*. 1"},
		{"R*1", "R. 1"},
		{"R1", "R.* 1"},
		{"D*1", "D.* 1"},
		{"R*1-2", "R.* 1-2"},
		{"L1", "L. 1er"},
		{"L1er", "L. 1"},
		{"LO1", "L.O. 1er"},
	} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(tc.heading)}
		c := Corpus{ref: {Ref: ref, Heading: tc.heading, Alineas: M}}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"À l'article " + tc.named + " du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(ins) != 1 || ins[0].Status != Parsed || len(errs) > 0 || strings.Join(got[ref].Alineas, "") != "Le préfet signe." {
			t.Errorf("%s named %s: %v %+v", tc.heading, tc.named, errs, ins)
		}
	}
	for _, tc := range []struct{ line, heading string }{
		{"« Art. R.* 2. – Le préfet signe. »", "R*2"},
		{"« Art. R*2. – Le préfet signe. »", "R*2"},
	} {
		arts := code5NewArticles(t, []string{"Après l'article R.* 1 du code civil, il est inséré un article R.* 2 ainsi rédigé :", tc.line})
		if len(arts) != 1 || arts[0].Heading != tc.heading || arts[0].Ref.Article != "r2" || strings.Join(arts[0].Alineas, "") != "Le préfet signe." {
			t.Errorf("%s: got %+v", tc.line, arts)
		}
	}
}
