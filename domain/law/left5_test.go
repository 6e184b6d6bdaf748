package law

import (
	"strings"
	"testing"
)

// The rules of the fifth pass on issue 14 (the closing note's leftovers),
// each on a short phrase.

// TestLeft5ItemOfBothSigns: a new last item after a list whose item
// before the last ends with a period but holds an alinéa of its own
// ending with " ;" (its old end: an alinéa "… ." was added after it) is
// refused: the list is one of semicolons by the item's old end, one of
// periods by its new one. An item that ends with " ;" as found, or one
// ending with a period throughout, decides as before.
func TestLeft5ItemOfBothSigns(t *testing.T) {
	grp := func(items ...string) []string {
		return append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, items...)
	}
	runGrammar(t, []grammarCase{
		{name: "an alinéa with a period added to the 1°, then a 3°: refused",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text: grp("1° Le 1° est complété par un alinéa ainsi rédigé : « Le greffier lit. » ;",
				"2° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »")},
		{name: "the same 1° as found: the 2° takes a semicolon",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise ;", "3° Le notaire part."}},
		{name: "an alinéa with a semicolon added to the 1°: the 2° takes a semicolon",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text: grp("1° Le 1° est complété par un alinéa ainsi rédigé : « Le greffier lit ; » ;",
				"2° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "Le greffier lit ;", "2° Le préfet vise ;", "3° Le notaire part."}},
		{name: "items of periods: the 2° keeps its own",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date.", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe.", "Le maire date.", "2° Le préfet vise.", "3° Le notaire part."}},
		{name: "an enumeration inside the 1° says nothing of the list",
			before: []string{"Il faut :", "1° Le juge signe :", "Le maire date ;", "Le greffier lit.", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe :", "Le maire date ;", "Le greffier lit.", "2° Le préfet vise.", "3° Le notaire part."}},
	})
}

// TestLeft5RangeArticleByArticle: an edit over a range of articles ("Aux
// articles L. 1 à L. 3, le mot …") is applied to each article whole or
// not at all, the others keeping it, as over a list ("Aux articles L. 1
// et L. 3"): the language makes no difference between the two (the range
// was refused whole). Each article refused is reported on its own, and
// the instruction's other edits are refused on it alone.
func TestLeft5RangeArticleByArticle(t *testing.T) {
	ref := func(a string) CodeRef { return CodeRef{Code: "code civil", Article: ArticleKey(a)} }
	corpus := func() Corpus {
		c := Corpus{}
		for _, a := range []struct{ h, text string }{{"L1", "Le préfet signe."}, {"L2", "Le maire signe."}, {"L3", "Le préfet vise."}} {
			c[ref(a.h)] = CodeArticle{Ref: ref(a.h), Heading: a.h, Alineas: []string{a.text}}
		}
		return c
	}
	for _, tc := range []struct {
		text        string
		want        [3]string
		refusedOn   []string // the articles the errors name, in order
		withRefused int      // errors that are another edit's refusal
	}{
		{"Aux articles L. 1 à L. 3 du code civil, le mot : « préfet » est remplacé par le mot : « juge ».",
			[3]string{"Le juge signe.", "Le maire signe.", "Le juge vise."}, []string{"l2"}, 0},
		{"Aux articles L. 1 et L. 3 du code civil, le mot : « préfet » est remplacé par le mot : « juge ».",
			[3]string{"Le juge signe.", "Le maire signe.", "Le juge vise."}, nil, 0},
		{"Aux articles L. 1 à L. 3 du code civil, le mot : « signe » est remplacé par le mot : « date ».",
			[3]string{"Le préfet date.", "Le maire date.", "Le préfet vise."}, []string{"l3"}, 0},
		// Two edits over the range: the first applied in L. 3 is put
		// back with the second, refused there; L. 1 and L. 2 keep both.
		{"Aux articles L. 1 à L. 3 du code civil, le mot : « Le » est remplacé par le mot : « Un » et le mot : « signe » est remplacé par le mot : « date ».",
			[3]string{"Un préfet date.", "Un maire date.", "Le préfet vise."}, []string{"l3", "l3"}, 1},
	} {
		c := corpus()
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}})
		if len(ins) != 1 || ins[0].Status != Parsed {
			t.Errorf("%s: not parsed %+v", tc.text, ins)
			continue
		}
		got, errs := Apply(c, ins, ApplyOptions{})
		var on []string
		with := 0
		for _, e := range errs {
			on = append(on, string(e.Ref.Article))
			if e.WithRefused != 0 {
				with++
			}
		}
		g := [3]string{strings.Join(got[ref("L1")].Alineas, ""), strings.Join(got[ref("L2")].Alineas, ""), strings.Join(got[ref("L3")].Alineas, "")}
		if g != tc.want || strings.Join(on, ",") != strings.Join(tc.refusedOn, ",") || with != tc.withRefused {
			t.Errorf("%s:\ngot %q refused on %v (%v)\nwant %q refused on %v", tc.text, g, on, errs, tc.want, tc.refusedOn)
		}
	}
}
