package law

import "testing"

// TestExcept14RangeButOne: a range repealed but for one of its places,
// the exception before or after the verb — "Les articles L. 1 à L. 5, à
// l'exception de l'article L. 3, sont abrogés", "Les 1° à 5°, sauf le
// 3°, sont abrogés" — repeals the others; the place kept stays as it is.
// A place not in the range, or not one article or item, is refused.
func TestExcept14RangeButOne(t *testing.T) {
	I := []string{"Le juge :", "1° Signe ;", "2° Date ;", "3° Tranche ;", "3° bis Statue ;", "4° Scelle."}
	runGrammar(t, []grammarCase{
		{name: "items, à l'exception du", before: I, text: []string{"Les 1° à 4° de l'article L. 1 du code civil, à l'exception du 2°, sont abrogés."},
			want: []string{"Le juge :", "1° (Abrogé) ;", "2° Date ;", "3° (Abrogé) ;", "3° bis (Abrogé) ;", "4° (Abrogé)."}},
		{name: "items, sauf le 3°: its 3° bis goes", before: I, text: []string{"Les 1° à 4° de l'article L. 1 du code civil sont abrogés, sauf le 3°."},
			want: []string{"Le juge :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Tranche ;", "3° bis (Abrogé) ;", "4° (Abrogé)."}},
		{name: "items, the last kept", before: I, text: []string{"Les 1° à 4° de l'article L. 1 du code civil, hormis le 4°, sont supprimés."},
			want: []string{"Le juge :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "3° bis (Abrogé) ;", "4° Scelle."}},
		{name: "item not in the range: refused", before: I, text: []string{"Les 1° à 3° de l'article L. 1 du code civil, à l'exception du 4°, sont abrogés."}},
		// Two items kept are read since except19 (TestExcept19RangeButSeveralItems).
		{name: "two items kept", before: I, text: []string{"Les 1° à 4° de l'article L. 1 du code civil, à l'exception des 2° et 3°, sont abrogés."},
			want: []string{"Le juge :", "1° (Abrogé) ;", "2° Date ;", "3° Tranche ;", "3° bis (Abrogé) ;", "4° (Abrogé)."}},
		{name: "rewritten, not repealed: refused", before: I, text: []string{"Les 1° à 4° de l'article L. 1 du code civil, à l'exception du 2°, sont ainsi rédigés :", "« 1° Lit. »"}},
	})
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Les articles L. 1 à L. 5 du code civil, à l'exception de l'article L. 3, sont abrogés."}}})
	if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || len(ins[0].Edits[0].Scope.Except) != 1 || ins[0].Edits[0].Scope.Except[0] != "l3" {
		t.Fatalf("%+v", ins)
	}
	for _, text := range []string{
		"Les articles L. 1 à L. 5 du code civil, à l'exception de l'article L. 7, sont abrogés.",
		"Le chapitre II du titre Ier du livre Ier du code civil, sauf l'article L. 20, est abrogé.",
		"Les articles L. 1 à L. 5 du code civil sont abrogés, sauf l'article L. 3 qui est maintenu.",
		"Les 1° à 3° du I et les 1° à 3° du II de l'article L. 1 du code civil, à l'exception du 2°, sont abrogés.",
	} {
		for _, in := range ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}}) {
			if in.Status == Parsed {
				t.Errorf("%s: read %+v", text, in.Edits)
			}
		}
	}
}

// TestExcept14ArticlesApplied: the article kept out of a range of
// articles repealed stays as it was; the others are repealed.
func TestExcept14ArticlesApplied(t *testing.T) {
	c := Corpus{}
	for _, h := range []string{"L1", "L2", "L3", "L4"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Le juge signe " + h + "."}}
	}
	for _, text := range []string{
		"Les articles L. 1 à L. 4 du code civil, à l'exception de l'article L. 3, sont abrogés.",
		"Les articles L. 1 à L. 4 du code civil sont abrogés, sauf l'article L. 3.",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", text, errs)
		}
		for _, h := range []string{"l1", "l2", "l3", "l4"} {
			a, ok := got[CodeRef{Code: "code civil", Article: h}]
			kept := ok && len(a.Alineas) == 1 && a.Alineas[0] != "" && !isAbrogatedPlaceholder(a.Alineas[0])
			if kept != (h == "l3") {
				t.Errorf("%s: %s %v %q", text, h, ok, a.Alineas)
			}
		}
	}
}

// TestExcept14AlineasButFirstLast: every alinéa of an article but its
// first (last) deleted is the range of the others; of a part, refused.
func TestExcept14AlineasButFirstLast(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche.", "Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "à l'exception du dernier, first", before: A, text: []string{"À l'exception du dernier, les alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{"Le juge statue."}},
		{name: "tous les alinéas, sauf le premier", before: A, text: []string{"Tous les alinéas de l'article L. 1 du code civil, sauf le premier, sont supprimés."},
			want: []string{"Le juge signe."}},
		{name: "exception after the verb", before: A, text: []string{"Les alinéas de l'article L. 1 du code civil sont supprimés, à l'exception du premier."},
			want: []string{"Le juge signe."}},
		{name: "of a part: refused", before: []string{"I. – Le juge signe.", "Le juge tranche.", "II. – Le juge statue."}, text: []string{"À l'exception du dernier, les alinéas du I de l'article L. 1 du code civil sont supprimés."}},
		{name: "two articles: refused", before: A, more: map[string][]string{"L2": {"x", "y"}}, text: []string{"À l'exception du dernier, les alinéas de l'article L. 1 du code civil et de l'article L. 2 du code civil sont supprimés."}},
		{name: "the second: refused", before: A, text: []string{"Tous les alinéas de l'article L. 1 du code civil, sauf le deuxième, sont supprimés."}},
	})
}

// TestExcept14Amendment: "Supprimer les alinéas 3 à 5, à l'exception de
// l'alinéa 4" deletes the 3 and the 5; an alinéa kept outside the range
// is refused.
func TestExcept14Amendment(t *testing.T) {
	B := []string{"Le juge signe.", "Le juge date.", "Le juge tranche.", "Le juge statue.", "Le juge scelle."}
	runAmendments(t, []amCase{
		{"but one", B, "Supprimer les alinéas 3 à 5, à l'exception de l'alinéa 4.", []string{B[0], B[1], B[3]}},
		{"sauf, two left", B, "Supprimer les alinéas 2 à 3, sauf l'alinéa 2.", []string{B[0], B[1], B[3], B[4]}},
		{"des alinéas 3 et 4", B, "Supprimer les alinéas 2 à 5, à l'exception des alinéas 3 et 4.", []string{B[0], B[2], B[3]}},
		{"all kept: refused", B, "Supprimer les alinéas 2 à 3, sauf les alinéas 2 et 3.", nil},
		{"kept outside: refused", B, "Supprimer les alinéas 3 à 4, à l'exception de l'alinéa 5.", nil},
	})
}

// TestExcept14Quoted: "sauf" and "à l'exception de" inside quoted text
// are words of the text, never an exception of the instruction.
func TestExcept14Quoted(t *testing.T) {
	A := []string{"Le juge signe."}
	runGrammar(t, []grammarCase{
		{name: "words added", before: A, text: []string{"L'article L. 1 du code civil est complété par les mots : « , sauf l'article L. 3 »."},
			want: []string{"Le juge signe, sauf l'article L. 3."}},
		{name: "new alinéa", before: A, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Les articles L. 1 à L. 5, à l'exception de l'article L. 3, sont abrogés. »"},
			want: []string{"Le juge signe.", "Les articles L. 1 à L. 5, à l'exception de l'article L. 3, sont abrogés."}},
	})
	B := []string{"Le juge signe.", "Le juge date."}
	runAmendments(t, []amCase{
		{"amendment's new alinéa", B, "Compléter cet article par l'alinéa suivant :\n\n« Supprimer les alinéas 3 à 7, à l'exception de l'alinéa 5. »", []string{B[0], B[1], "Supprimer les alinéas 3 à 7, à l'exception de l'alinéa 5."}},
	})
}
