package law

import (
	"errors"
	"maps"
	"testing"
)

// TestRange13LetterRangeParenthesised: a range of letters written with
// their parenthesis, "Les a) à c) du II … sont supprimés", "Au II, les
// a) à c) …", "Du a) au c) du II …", is the range "les a à c" (the range
// was not read and the whole II deleted).
func TestRange13LetterRangeParenthesised(t *testing.T) {
	L := []string{"I. – Le maire signe.", "II. – Le juge tranche :", "a) Aa ;", "b) Bb ;", "c) Cc ;", "d) Dd.", "III. – Le greffier note."}
	want := []string{"I. – Le maire signe.", "II. – Le juge tranche :", "a) (Abrogé) ;", "b) (Abrogé) ;", "c) (Abrogé) ;", "d) Dd.", "III. – Le greffier note."}
	runGrammar(t, []grammarCase{
		{name: "les a) à c) du II", before: L, text: []string{"Les a) à c) du II de l'article L. 1 du code civil sont supprimés."}, want: want},
		{name: "au II, les a) à c)", before: L, text: []string{"Au II de l'article L. 1 du code civil, les a) à c) sont supprimés."}, want: want},
		{name: "du a) au c)", before: L, text: []string{"Du a) au c) du II de l'article L. 1 du code civil sont supprimés."}, want: want},
		{name: "aux a) à b), words", before: []string{"II. – Le juge tranche :", "a) Le maire ;", "b) Le maire ;", "c) Le maire."}, text: []string{"Aux a) à b) du II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"II. – Le juge tranche :", "a) Le préfet ;", "b) Le préfet ;", "c) Le maire."}},
		{name: "without parenthesis, as before", before: L, text: []string{"Les a à c du II de l'article L. 1 du code civil sont supprimés."}, want: want},
	})
}

// TestRange13LetterRenumberingParenthesised: letters a renumbering
// names with their parenthesis, "Les c) et d) deviennent respectivement
// les d) et e)", "Le d) devient le e)", "Les b) à d) deviennent les c) à
// e)", are renumbered as the same letters without it (refused: "a
// division of an article", or labels that did not match); a letter made
// onto one in force is still refused.
func TestRange13LetterRenumberingParenthesised(t *testing.T) {
	L := []string{"II. – Le juge tranche :", "a) Aa ;", "b) Bb ;", "c) Cc ;", "d) Dd."}
	runGrammar(t, []grammarCase{
		{name: "respectivement", before: L, text: []string{"Au II de l'article L. 1 du code civil, les c) et d) deviennent respectivement les d) et e)."},
			want: []string{"II. – Le juge tranche :", "a) Aa ;", "b) Bb ;", "d) Cc ;", "e) Dd."}},
		{name: "one", before: L, text: []string{"Au II de l'article L. 1 du code civil, le d) devient le e)."},
			want: []string{"II. – Le juge tranche :", "a) Aa ;", "b) Bb ;", "c) Cc ;", "e) Dd."}},
		{name: "a range, then a new b)", before: L, text: []string{"Le II de l'article L. 1 du code civil est ainsi modifié :", "1° Les b) à d) deviennent les c) à e) ;", "2° Après le a), il est inséré un b) ainsi rédigé :", "« b) Bis ; »."},
			want: []string{"II. – Le juge tranche :", "a) Aa ;", "b) Bis ;", "c) Bb ;", "d) Cc ;", "e) Dd."}},
		{name: "onto the d) in force: refused", before: L, text: []string{"Au II de l'article L. 1 du code civil, le b) devient le d)."}},
	})
}

// TestRange13RangeEndGoneInBill: a range of articles whose first or last
// article an earlier instruction of the same text repealed or renumbered
// ("L'article L. 4 devient l'article L. 9" then "Les articles L. 2 à
// L. 4 sont abrogés", "Aux articles L. 2 à L. 4, …") is refused
// (errGoneInBill): drawn on the text as it was it reaches L. 9, as it is
// now it stops at L. 3 (the articles left in it were edited, the one
// renumbered passed over). An article inside the range gone, or the
// range re-established with its ends, is applied as before.
func TestRange13RangeEndGoneInBill(t *testing.T) {
	for _, c := range []struct {
		name string
		arts []string
		want string // the reason; "" applied
		l2   string // L. 2 after the text
	}{
		{"last renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", "Les articles L. 2 à L. 4 du code civil sont abrogés."},
			"a range of articles bounded by article l4, renumbered l6 earlier in this text: whether it is drawn on the text as it was or as it is now is not said", ""},
		{"last renumbered, same bill article", []string{"Le code civil est ainsi modifié :\n1° L'article L. 4 devient l'article L. 6 ;\n2° Les articles L. 2 à L. 4 sont abrogés."},
			"a range of articles bounded by article l4, renumbered l6 earlier in this text: whether it is drawn on the text as it was or as it is now is not said", ""},
		{"first repealed", []string{"L'article L. 2 du code civil est abrogé.", "Les articles L. 2 à L. 4 du code civil sont abrogés."},
			"a range of articles bounded by article l2, repealed earlier in this text: whether it is drawn on the text as it was or as it is now is not said", "gone"},
		{"words, last renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", "Aux articles L. 2 à L. 4 du code civil, le mot : « statue » est remplacé par le mot : « juge »."},
			"a range of articles bounded by article l4, renumbered l6 earlier in this text: whether it is drawn on the text as it was or as it is now is not said", ""},
		{"inside repealed", []string{"L'article L. 3 du code civil est abrogé.", "Les articles L. 2 à L. 4 du code civil sont abrogés."}, "", "gone"},
		{"re-established", []string{"Les articles L. 2 à L. 4 du code civil sont abrogés.", "Les articles L. 2 à L. 4 du code civil sont ainsi rétablis :\n« Art. L. 2. – Le préfet signe. »\n« Art. L. 3. – Le juge signe. »\n« Art. L. 4. – Le greffier signe. »"}, "", "Le préfet signe."},
	} {
		out, got, errs := c11Apply(t, c.arts...)
		if c.want == "" {
			if len(errs) > 0 || got["l2"] != c.l2 {
				t.Errorf("%s: L. 2 %q, errors %v; want %q", c.name, got["l2"], errs, c.l2)
			}
			continue
		}
		var g errGoneInBill
		if len(errs) != 1 || errs[0].Missing || !errors.As(errs[0], &g) || errs[0].Reason != c.want {
			t.Errorf("%s: errors %v, want %q", c.name, errs, c.want)
		}
		if got["l2"] != c.l2 || got["l3"] != "" {
			t.Errorf("%s: L. 2 %q, L. 3 %q: the range edited", c.name, got["l2"], got["l3"])
		}
		_ = out
	}
}

// TestRange13Guards pins ranges, exceptions and renumberings the engine
// already reads right: item ranges deleted or renumbered, renumberings
// onto an item or article in force refused, parallel renumbering ("Les
// 4° et 5° deviennent respectivement les 5° et 6°": the 5° renumbered
// before the 4° takes its label, nothing clobbered), and the exceptions
// still refused: a part kept whose place is not said ("Le I, à
// l'exception du 2°": the 2° keeps the I's label or not), an article or
// item left out of a range (as except12 decided); "sauf son II" is read
// since except17 (the other paragraphs repealed).
func TestRange13Guards(t *testing.T) {
	L := []string{"I. – Le maire signe :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre ;", "5° Cinq.",
		"II. – Le juge tranche :", "a) Aa ;", "b) Bb ;", "c) Cc ;", "d) Dd.", "III. – Le greffier note.", "IV. – Le notaire date."}
	II := []string{"II. – Le juge tranche :", "a) Aa ;", "b) Bb ;", "c) Cc ;", "d) Dd.", "III. – Le greffier note.", "IV. – Le notaire date."}
	join := func(a ...[]string) []string {
		var out []string
		for _, x := range a {
			out = append(out, x...)
		}
		return out
	}
	runGrammar(t, []grammarCase{
		{name: "les 1° à 3° du I", before: L, text: []string{"Les 1° à 3° du I de l'article L. 1 du code civil sont supprimés."},
			want: join([]string{"I. – Le maire signe :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "4° Quatre ;", "5° Cinq."}, II)},
		{name: "du 2° au 4° du I", before: L, text: []string{"Du 2° au 4° du I de l'article L. 1 du code civil sont supprimés."},
			want: join([]string{"I. – Le maire signe :", "1° Un ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "4° (Abrogé) ;", "5° Cinq."}, II)},
		{name: "les I à III", before: L, text: []string{"Les I à III de l'article L. 1 du code civil sont abrogés."},
			want: []string{"I. – (Abrogé)", "II. – (Abrogé)", "III. – (Abrogé)", "IV. – Le notaire date."}},
		{name: "deuxième à quatrième alinéas", before: []string{"P1.", "P2.", "P3.", "P4.", "P5."}, text: []string{"Les deuxième à quatrième alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{"P1.", "P5."}},
		{name: "les 3° à 5° deviennent les 4° à 6°", before: L, text: []string{"Au I de l'article L. 1 du code civil, les 3° à 5° deviennent les 4° à 6°."},
			want: join([]string{"I. – Le maire signe :", "1° Un ;", "2° Deux ;", "4° Trois ;", "5° Quatre ;", "6° Cinq."}, II)},
		{name: "then a new 3°", before: L, text: []string{"Le I de l'article L. 1 du code civil est ainsi modifié :", "1° Les 3° à 5° deviennent les 4° à 6° ;", "2° Après le 2°, il est inséré un 3° ainsi rédigé :", "« 3° Trois bis ; »."},
			want: join([]string{"I. – Le maire signe :", "1° Un ;", "2° Deux ;", "3° Trois bis ;", "4° Trois ;", "5° Quatre ;", "6° Cinq."}, II)},
		{name: "4° et 5° deviennent respectivement 5° et 6°", before: L, text: []string{"Au I de l'article L. 1 du code civil, les 4° et 5° deviennent respectivement les 5° et 6°."},
			want: join([]string{"I. – Le maire signe :", "1° Un ;", "2° Deux ;", "3° Trois ;", "5° Quatre ;", "6° Cinq."}, II)},
		{name: "III et IV deviennent IV et V", before: L, text: []string{"À l'article L. 1 du code civil, les III et IV deviennent respectivement les IV et V."},
			want: join(L[:11], []string{"IV. – Le greffier note.", "V. – Le notaire date."})},
		{name: "onto the 4° in force: refused", before: L, text: []string{"Au I de l'article L. 1 du code civil, les 1° à 3° deviennent les 2° à 4°."}},
		{name: "onto the IV in force: refused", before: L, text: []string{"À l'article L. 1 du code civil, les I à III deviennent les II à IV."}},
		{name: "out of order: refused", before: L, text: []string{"Au II de l'article L. 1 du code civil, les a à c deviennent les e à g."}},
		{name: "4° et 5° onto 3° et 4°: refused", before: L, text: []string{"Au I de l'article L. 1 du code civil, les 4° et 5° deviennent respectivement les 3° et 4°."}},
		{name: "sauf son II: read since except17", before: L, text: []string{"L'article L. 1 du code civil, sauf son II, est abrogé."},
			want: append(append([]string{"I. – (Abrogé)"}, II[:5]...), "III. – (Abrogé)", "IV. – (Abrogé)")},
		{name: "le I sauf le 2°: refused", before: L, text: []string{"Le I de l'article L. 1 du code civil, à l'exception du 2°, est supprimé."}},
		{name: "items but one: read (except14)", before: L, text: []string{"Au I de l'article L. 1 du code civil, les 1° à 5°, à l'exception du 3°, sont supprimés."},
			want: join([]string{"I. – Le maire signe :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois ;", "4° (Abrogé) ;", "5° (Abrogé)."}, II)},
		{name: "articles but one: read (except14)", before: L, more: map[string][]string{"L2": {"x"}, "L3": {"y"}}, text: []string{"Les articles L. 1 à L. 3 du code civil, à l'exception de l'article L. 2, sont abrogés."},
			want: []string{}},
	})
	for _, c := range []struct {
		name string
		text string
		want map[string]string // changed articles; nil refused, none changed
	}{
		{"parallel, onto the next", "Les articles L. 4 et L. 5 du code civil deviennent respectivement les articles L. 5 et L. 6.",
			map[string]string{"l4": "gone", "l5": "Le greffier statue en premier ressort.|Le greffier peut déléguer sa signature.|Le greffier rend compte au conseil.", "l6": "Le notaire statue en premier ressort.|Le notaire peut déléguer sa signature.|Le notaire rend compte au conseil."}},
		{"onto articles in force: refused", "Les articles L. 1 et L. 2 du code civil deviennent respectivement les articles L. 3 et L. 4.", nil},
		{"a range onto articles in force: refused", "Les articles L. 1 à L. 3 du code civil deviennent respectivement les articles L. 4 à L. 6.", nil},
	} {
		var bill []Article
		bill = append(bill, Article{Number: "1", Alineas: []string{c.text}})
		before := c11Corpus()
		out, errs := Apply(before, ParseInstructions(bill), ApplyOptions{})
		got := changedArticles(before, out)
		if c.want == nil {
			if len(errs) == 0 || len(got) > 0 {
				t.Errorf("%s: changed %v (errors %v), want refused", c.name, got, errs)
			}
			continue
		}
		if len(errs) > 0 || !maps.Equal(got, c.want) {
			t.Errorf("%s: %v (errors %v), want %v", c.name, got, errs, c.want)
		}
	}
}
