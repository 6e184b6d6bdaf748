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

// TestCode6NewNumberAsTheArticle: with LegifranceTypography, a new
// paragraph's number takes the edited article's style whatever dash the
// bill typed — the chambers' en dash "III. – " (or an em dash, a
// hyphen, Légifrance's own "III.-") becomes "III.-" in an article whose
// numbers are tight, "III. ― " in one with the bar, "III. - " in a plain
// one (only "III. - " was set: "III. – Le juge" went in as typed beside
// "II.-Le préfet"); a list's en dash is set as its hyphen is.
func TestCode6NewNumberAsTheArticle(t *testing.T) {
	tight := []string{"I.-Le maire signe.", "II.-Le préfet vise."}
	bar := []string{"I. ― Le maire signe.", "II. ― Le préfet vise."}
	plain := []string{"I. - Le maire signe.", "II. - Le préfet vise."}
	add := func(line string) []string {
		return []string{"L'article L. 1 du code civil est complété par un III ainsi rédigé :", "« " + line + " »"}
	}
	runGrammar(t, []grammarCase{
		{name: "tight, en dash", before: tight, text: add("III. – Le juge tranche."), want: append(tight[:2:2], "III.-Le juge tranche."), legifrance: true},
		{name: "tight, em dash", before: tight, text: add("III. — Le juge tranche."), want: append(tight[:2:2], "III.-Le juge tranche."), legifrance: true},
		{name: "tight, hyphen", before: tight, text: add("III. - Le juge tranche."), want: append(tight[:2:2], "III.-Le juge tranche."), legifrance: true},
		{name: "bar, en dash", before: bar, text: add("III. – Le juge tranche."), want: append(bar[:2:2], "III. ― Le juge tranche."), legifrance: true},
		{name: "bar, tight", before: bar, text: add("III.-Le juge tranche."), want: append(bar[:2:2], "III. ― Le juge tranche."), legifrance: true},
		{name: "plain, en dash", before: plain, text: add("III. – Le juge tranche."), want: append(plain[:2:2], "III. - Le juge tranche."), legifrance: true},
		{name: "I bis, tight", before: tight, text: []string{"Après le I de l'article L. 1 du code civil, il est inséré un I bis ainsi rédigé :", "« I bis. – Le juge tranche. »"}, want: []string{tight[0], "I bis.-Le juge tranche.", tight[1]}, legifrance: true},
		{name: "the II rewritten, tight", before: tight, text: []string{"Le II de l'article L. 1 du code civil est ainsi rédigé :", "« II. – Le préfet signe. »"}, want: []string{tight[0], "II.-Le préfet signe."}, legifrance: true},
		{name: "a capital part, tight", before: []string{"I.-Le maire signe :", "A.-Le lundi ;"}, text: []string{"Le I de l'article L. 1 du code civil est complété par un B ainsi rédigé :", "« B. – Le mardi. »"}, want: []string{"I.-Le maire signe :", "A.-Le lundi ;", "B.-Le mardi."}, legifrance: true},
		{name: "a list's en dash, bar", before: bar, text: []string{"Le II de l'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« – le juge. »"}, want: append(bar[:2:2], "― le juge."), legifrance: true},
		{name: "without the typography: as typed", before: tight, text: add("III. – Le juge tranche."), want: append(tight[:2:2], "III. – Le juge tranche.")},
	})
}

// TestCode6NewArticleNumberHyphens: a new article's heading typed with
// the non-breaking hyphen of the chambers' texts ("Art. L. 2‑1‑1. – ",
// U+2011) or U+2010 is the article L. 2-1-1, its heading printed with the
// plain hyphen as the codes do (U+2010 was not read: "no Art. … in the
// new text"; U+2011 stayed in the heading, "L2‑1‑1").
func TestCode6NewArticleNumberHyphens(t *testing.T) {
	for _, num := range []string{"L. 2-1-1", "L. 2\u20111\u20111", "L. 2\u20101\u20101", "L.\u00a02\u20111\u20111"} {
		arts := code5NewArticles(t, []string{"Après l'article L. 2-1 du code civil, il est inséré un article L. 2-1-1 ainsi rédigé :", "« Art. " + num + ". – Le préfet signe. »"})
		if len(arts) != 1 || arts[0].Heading != "L2-1-1" || arts[0].Ref.Article != "l2-1-1" || strings.Join(arts[0].Alineas, "") != "Le préfet signe." {
			t.Errorf("%s: got %+v", num, arts)
		}
	}
}

// TestCode6RangeHoldsInsertedArticles: a range of articles, "les articles
// 1er à 3", is every article numbered between its ends, those inserted
// with a Latin adverb too — 1er bis, 2 bis, 2 bis A (they stayed in
// force: only 1, 2 and 3 were repealed), and a range whose end carries
// one, "les articles 2 bis à 3", is read (it was "not in the corpus").
// Capitals after an end's own number ("39 A" beside "39", "2 bis A"
// beside "2 bis") are ordered one way in the codes and the other in the
// bills: which side of the end is not said, refused.
func TestCode6RangeHoldsInsertedArticles(t *testing.T) {
	c := Corpus{}
	for _, h := range []string{"1", "1 bis", "2", "2 bis", "2 bis A", "3", "3 bis", "39", "39 A", "40", "L1", "L1-1", "L2"} {
		r := CodeRef{Code: "loi 2000 321", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Le maire signe."}}
	}
	for _, tc := range []struct {
		arts string
		gone []string // nil: refused
	}{
		{"1er à 3", []string{"1", "1 bis", "2", "2 bis", "2 bis a", "3"}},
		{"1er bis à 2", []string{"1 bis", "2"}},
		{"L. 1 à L. 2", []string{"l1", "l1-1", "l2"}},
		{"2 bis à 3", nil},
		{"39 à 40", nil},
		{"39 A à 40", nil},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Les articles " + tc.arts + " de la loi n° 2000-321 du 12 avril 2000 sont abrogés."}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		var gone []string
		for _, h := range []string{"1", "1 bis", "2", "2 bis", "2 bis a", "3", "3 bis", "39", "39 a", "40", "l1", "l1-1", "l2"} {
			if _, ok := got[CodeRef{Code: "loi 2000 321", Article: h}]; !ok {
				gone = append(gone, h)
			}
		}
		if tc.gone == nil {
			if len(errs) != 1 || errs[0].Missing || len(gone) > 0 {
				t.Errorf("%s: want refused, got %v, repealed %q", tc.arts, errs, gone)
			}
			continue
		}
		if len(errs) > 0 || strings.Join(gone, ",") != strings.Join(tc.gone, ",") {
			t.Errorf("%s: repealed %q (%v), want %q", tc.arts, gone, errs, tc.gone)
		}
	}
}

// TestCode6ItemRangeHoldsInsertedItems: a range of items, "les 2° à 3°",
// "les II à III", "les b à c", is every item of it, those the text
// numbers with a Latin adverb between its ends too — "2° bis", "II bis",
// "b bis)" (they stayed in force, or kept their words); one after its
// last end ("3° bis") is not the range's. A range holding such an item
// rewritten or renumbered is refused: what becomes of it is not said.
func TestCode6ItemRangeHoldsInsertedItems(t *testing.T) {
	D := []string{"Sont exclus :", "1° Un ;", "2° Deux ;", "2° bis Deux ;", "3° Deux ;", "3° bis Deux ;", "4° Quatre."}
	R := []string{"I. – Un.", "II. – Deux.", "II bis. – Deux.", "III. – Deux.", "IV. – Quatre."}
	L := []string{"Sont exclus :", "a) Un ;", "b) Deux ;", "b bis) Deux ;", "c) Deux ;", "d) Quatre."}
	runGrammar(t, []grammarCase{
		{name: "degrees repealed", before: D, text: []string{"Les 2° à 3° de l'article L. 1 du code civil sont abrogés."}, want: []string{D[0], D[1], "2° (Abrogé) ;", "2° bis (Abrogé) ;", "3° (Abrogé) ;", D[5], D[6]}},
		{name: "romans repealed", before: R, text: []string{"Les II à III de l'article L. 1 du code civil sont abrogés."}, want: []string{R[0], "II. – (Abrogé)", "II bis. – (Abrogé)", "III. – (Abrogé)", R[4]}},
		{name: "letters repealed", before: L, text: []string{"Les b à c de l'article L. 1 du code civil sont abrogés."}, want: []string{L[0], L[1], "b) (Abrogé) ;", "b bis) (Abrogé) ;", "c) (Abrogé) ;", L[5]}},
		{name: "words", before: D, text: []string{"Aux 2° à 3° de l'article L. 1 du code civil, le mot : « Deux » est remplacé par le mot : « Cinq »."}, want: []string{D[0], D[1], "2° Cinq ;", "2° bis Cinq ;", "3° Cinq ;", D[5], D[6]}},
		{name: "rewritten together: refused", before: D, text: []string{"Les 2° à 3° de l'article L. 1 du code civil sont remplacés par un 2° ainsi rédigé :", "« 2° Cinq ; »"}},
		{name: "renumbered: refused", before: D, text: []string{"Les 2° à 3° de l'article L. 1 du code civil deviennent les 5° à 6°."}},
		{name: "a list rewritten together: refused", before: D, text: []string{"Les 2° et 3° de l'article L. 1 du code civil sont remplacés par un 2° ainsi rédigé :", "« 2° Cinq ; »"}},
	})
	// Refused whole: neither the 3° deleted nor the 5° relabelled.
	for _, text := range []string{
		"Les 2° et 3° de l'article L. 1 du code civil sont remplacés par un 2° ainsi rédigé :\n« 2° Cinq ; »",
		"Les 2° à 3° de l'article L. 1 du code civil deviennent les 5° à 6°.",
	} {
		ref := CodeRef{Code: "code civil", Article: "l1"}
		got, errs := Apply(Corpus{ref: {Ref: ref, Heading: "L1", Alineas: D}}, ParseInstructions([]Article{{Number: "1", Alineas: strings.Split(text, "\n")}}), ApplyOptions{})
		if len(errs) == 0 || strings.Join(got[ref].Alineas, "|") != strings.Join(D, "|") {
			t.Errorf("%s: got %q (%v), want the article as it was", text, got[ref].Alineas, errs)
		}
	}
}

// TestCode6RangeRenumberedWhole: "les articles L. 1 à L. 3 deviennent
// les articles L. 11 à L. 13" where the code holds an L. 1-1 (or "5 à 7"
// and a 5 bis) in force does not say what it becomes: refused (it kept
// its number, outside the range renumbered); an abrogated one, or one
// renumbered by another instruction of the list, is no gap.
func TestCode6RangeRenumberedWhole(t *testing.T) {
	for _, tc := range []struct {
		arts  []string
		text  []string
		moved bool
	}{
		{[]string{"L1", "L1-1", "L2", "L3"}, []string{"Les articles L. 1 à L. 3 du code civil deviennent les articles L. 11 à L. 13."}, false},
		{[]string{"5", "5 bis", "6", "7"}, []string{"Les articles 5 à 7 du code civil deviennent les articles 15 à 17."}, false},
		{[]string{"L1", "L2", "L3"}, []string{"Les articles L. 1 à L. 3 du code civil deviennent les articles L. 11 à L. 13."}, true},
		{[]string{"L1", "L1-1", "L2", "L3"}, []string{"Le code civil est ainsi modifié :", "1° Les articles L. 1 à L. 3 deviennent les articles L. 11 à L. 13 ;", "2° L'article L. 1-1 devient l'article L. 11-1."}, true},
		{[]string{"L1", "L1-1 (abrogé)", "L2", "L3"}, []string{"Les articles L. 1 à L. 3 du code civil deviennent les articles L. 11 à L. 13."}, true},
	} {
		c := Corpus{}
		for _, h := range tc.arts {
			text := "Texte " + h + "."
			if h, ok := strings.CutSuffix(h, " (abrogé)"); ok {
				r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"(Abrogé)"}}
				continue
			}
			r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{text}}
		}
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: tc.text}}), ApplyOptions{})
		_, first := got[CodeRef{Code: "code civil", Article: ArticleKey(tc.arts[0])}]
		if tc.moved == first || tc.moved != (len(errs) == 0) {
			t.Errorf("%s: renumbered %v (%v), want %v", tc.text[len(tc.text)-1], !first, errs, tc.moved)
		}
	}
}

// TestCode6AmendmentAlineaNotReadRefused: an amendment naming an alinéa
// or a sentence in a form no reader reads — "à
// l'alinéa II", "à l'alinéa n° 2", "à l'alinéa 2 bis", "au sous-alinéa
// 2", "à la phrase 2 de l'alinéa 1", "au dernier membre de phrase", "à
// la première partie de l'alinéa 1" — is refused: the words were
// replaced in the whole article (or the whole alinéa, or alinéa 2).
// "À l'alinéa 1er", "Au 1er alinéa", "À l'alinéa 1, 2e phrase" are read,
// and "À l'alinéa premier" too (TestMetaLexAlineaPremier).
func TestCode6AmendmentAlineaNotReadRefused(t *testing.T) {
	A := []string{"Le maire signe. Le maire vise.", "Le maire date.", "Le maire part."}
	am := " remplacer le mot : « maire » par le mot : « préfet »."
	var cases []amCase
	for _, loc := range []string{"À l'alinéa II,", "À l'alinéa deux,", "À l'alinéa n° 2,", "À l'alinéa 2°,", "À l'alinéa 2 bis,", "Au sous-alinéa 2,", "À la phrase 2 de l'alinéa 1,", "Alinéa 1, phrase 2 :", "Au dernier membre de phrase de l'alinéa 1,", "À la première partie de l'alinéa 1,"} {
		cases = append(cases, amCase{loc + " refused", A, loc + am, nil})
	}
	cases = append(cases,
		amCase{"À l'alinéa 1er,", A, "À l'alinéa 1er," + am, []string{"Le préfet signe. Le préfet vise.", A[1], A[2]}},
		amCase{"À l'alinéa premier,", A, "À l'alinéa premier," + am, []string{"Le préfet signe. Le préfet vise.", A[1], A[2]}},
		amCase{"Au 1er alinéa,", A, "Au 1er alinéa," + am, []string{"Le préfet signe. Le préfet vise.", A[1], A[2]}},
		amCase{"À l'alinéa 1, 2e phrase,", A, "À l'alinéa 1, 2e phrase," + am, []string{"Le maire signe. Le préfet vise.", A[1], A[2]}},
	)
	runAmendments(t, cases)
}

// TestCode6BillDesignationNotReadRefused: a bill naming a sentence or a
// part of an alinéa in a form no reader reads — "à la phrase 2 du
// premier alinéa", "au dernier membre de phrase du premier alinéa", "à
// la première partie du premier alinéa", "au premier alinéa bis" — is
// refused, as an amendment is (the words were replaced in the whole
// first alinéa).
func TestCode6BillDesignationNotReadRefused(t *testing.T) {
	A := []string{"Le maire signe. Le maire vise.", "Le maire date."}
	op := " de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."
	var cases []grammarCase
	for _, loc := range []string{"À la phrase 2 du premier alinéa", "Au dernier membre de phrase du premier alinéa", "À la première partie du premier alinéa", "Au premier alinéa bis", "Au sous-alinéa 2"} {
		cases = append(cases, grammarCase{name: loc, before: A, text: []string{loc + op}})
	}
	runGrammar(t, cases)
}
