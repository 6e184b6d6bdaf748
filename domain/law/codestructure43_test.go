package law

import (
	"strings"
	"testing"
)

// TestCode5ArticleOfTextNotIdentified: an article followed by the text it
// belongs to ("de la loi du 29 juillet 1881", "de la Constitution", "de
// la présente loi", "de la loi précitée" with no law named before) is
// that text's, never the context's: refused when the text is not known
// (the context code's article of that number was edited); "la loi du 12
// avril 2000 précitée" is the law named before with that date, not the
// last law named; "la loi précitée" a law, not the last code (after
// two laws, refused).
func TestCode5ArticleOfTextNotIdentified(t *testing.T) {
	op := ", le mot : « maire » est remplacé par le mot : « préfet »"
	for _, text := range [][]string{
		{"Le code civil est ainsi modifié :", "1° À l'article 5 de la loi du 29 juillet 1881 sur la liberté de la presse" + op + " ;"},
		{"Le code civil est ainsi modifié :", "1° À l'article 5 de la Constitution" + op + " ;"},
		{"Le code civil est ainsi modifié :", "1° À l'article 5 de la présente loi" + op + " ;"},
		{"Le code civil est ainsi modifié :", "1° À l'article 5 de la loi précitée" + op + " ;"},
		{"La loi n° 2000-321 du 12 avril 2000 est ainsi modifiée :", "1° À l'article 5 de la loi du 29 juillet 1881" + op + " ;"},
	} {
		ref := CodeRef{Code: "code civil", Article: "5"}
		c := Corpus{ref: {Ref: ref, Heading: "5", Alineas: []string{"Le maire agit."}}}
		ref2 := CodeRef{Code: "loi 2000 321", Article: "5"}
		c[ref2] = CodeArticle{Ref: ref2, Heading: "5", Alineas: []string{"Le maire agit."}}
		got, _ := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: text}}), ApplyOptions{})
		if got[ref].Alineas[0] != "Le maire agit." || got[ref2].Alineas[0] != "Le maire agit." {
			t.Errorf("%s: applied to %q / %q", text[1], got[ref].Alineas, got[ref2].Alineas)
		}
	}
	a, b := "loi 2000 321", "loi 2004 575"
	for _, tc := range []struct {
		third, code string
	}{
		{"III. – À l'article 6 de la loi du 12 avril 2000 précitée" + op + ".", a},
		{"III. – À l'article 6 de la loi n° 2000-321 du 12 avril 2000 précitée" + op + ".", a},
		// Two laws named: which one is not said (TestBill6TextUnsaid).
		{"III. – À l'article 6 de la loi précitée" + op + ".", ""},
		{"III. – À l'article 6 de la même loi" + op + ".", b},
		{"III. – À l'article 6 de la loi du 1er janvier 1990 précitée" + op + ".", ""},
	} {
		c := Corpus{}
		for _, code := range []string{a, b} {
			for _, n := range []string{"5", "6"} {
				r := CodeRef{Code: code, Article: n}
				c[r] = CodeArticle{Ref: r, Heading: n, Alineas: []string{"Le maire agit."}}
			}
		}
		text := []string{"I. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000" + op + ".", "II. – À l'article 5 de la loi n° 2004-575 du 21 juin 2004" + op + ".", tc.third}
		got, _ := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: text}}), ApplyOptions{})
		var edited []string
		for _, code := range []string{a, b} {
			if got[CodeRef{Code: code, Article: "6"}].Alineas[0] != "Le maire agit." {
				edited = append(edited, code)
			}
		}
		if strings.Join(edited, ",") != tc.code {
			t.Errorf("%s: article 6 edited in %q, want %q", tc.third, edited, tc.code)
		}
	}
}

// TestCode5CodePreciteAmongSeveral: "du code précité" is the code named
// before; in a bill article that has named two codes, which is not said:
// refused (the last named was edited). With one code named (laws
// besides), it is that code.
func TestCode5CodePreciteAmongSeveral(t *testing.T) {
	c := Corpus{}
	for _, code := range []string{"code civil", "code de commerce"} {
		r := CodeRef{Code: code, Article: "l2"}
		c[r] = CodeArticle{Ref: r, Heading: "L2", Alineas: []string{"Deux."}}
	}
	for _, tc := range []struct {
		text []string
		want string
	}{
		{[]string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article L. 1 du code de commerce est abrogé.", "III. – L'article L. 2 du code précité est abrogé."}, ""},
		{[]string{"I. – L'article L. 1 du code civil est abrogé.", "II. – Le code de commerce est ainsi modifié :", "1° L'article L. 2 du code précité est abrogé."}, ""},
		{[]string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 1er de la loi n° 2000-321 du 12 avril 2000 est abrogé.", "III. – L'article L. 2 du code précité est abrogé."}, "code civil"},
	} {
		got, _ := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: tc.text}}), ApplyOptions{})
		var gone []string
		for _, code := range []string{"code civil", "code de commerce"} {
			if _, ok := got[CodeRef{Code: code, Article: "l2"}]; !ok {
				gone = append(gone, code)
			}
		}
		if strings.Join(gone, ",") != tc.want {
			t.Errorf("%s: L. 2 abrogated in %q, want %q", tc.text[len(tc.text)-1], gone, tc.want)
		}
	}
}

// TestCode5DivisionOfAnotherCode: under "Le chapitre II du titre Ier du
// livre Ier du code civil est ainsi modifié :", an item naming a division
// of another code ("La section 2 du chapitre III du titre II du livre V
// du code de commerce est abrogée") is that code's division, not one
// inside the context's chapter (it was sought under the code civil's
// chapter II, and nothing was abrogated).
func TestCode5DivisionOfAnotherCode(t *testing.T) {
	c := Corpus{}
	for _, a := range []struct{ code, h, sec string }{{"code de commerce", "L1", "section-1"}, {"code de commerce", "L2", "section-2"}, {"code de commerce", "L3", "section-3"}} {
		r := CodeRef{Code: a.code, Article: ArticleKey(a.h)}
		c[r] = CodeArticle{Ref: r, Heading: a.h, Alineas: []string{"X."}, Division: []string{"livre-v", "titre-ii", "chapitre-iii", a.sec}}
	}
	for _, tc := range []struct {
		item string
		gone string
	}{
		{"1° La section 2 du chapitre III du titre II du livre V du code de commerce est abrogée.", "l2"},
		{"1° Les sections 1 et 2 du chapitre III du titre II du livre V du code de commerce sont abrogées.", "l1,l2"},
	} {
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: []string{"Le chapitre II du titre Ier du livre Ier du code civil est ainsi modifié :", tc.item}}}), ApplyOptions{})
		var gone []string
		for _, h := range []string{"l1", "l2", "l3"} {
			if _, ok := got[CodeRef{Code: "code de commerce", Article: h}]; !ok {
				gone = append(gone, h)
			}
		}
		if strings.Join(gone, ",") != tc.gone || len(errs) > 0 {
			t.Errorf("%s: abrogated %q (%v), want %s", tc.item, gone, errs, tc.gone)
		}
	}
}

// TestCode5ArticlesRewrittenWithOneText: "Les articles L. 1 et L. 2 sont
// ainsi rédigés :" (or "L. 1 à L. 2") then one text with no "Art. …"
// heading does not say which article takes what: refused (both took the
// whole text); each article's text under its heading is read.
func TestCode5ArticlesRewrittenWithOneText(t *testing.T) {
	more := map[string][]string{"L2": {"Deux."}}
	runGrammar(t, []grammarCase{
		{name: "et, one text", before: []string{"Un."}, more: more, text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "« Nouveau. »"}},
		{name: "à, one text", before: []string{"Un."}, more: more, text: []string{"Les articles L. 1 à L. 2 du code civil sont ainsi rédigés :", "« Nouveau. »"}},
		{name: "each under its heading", before: []string{"Un."}, more: more, text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "« Art. L. 1. – Nouveau un.", "« Art. L. 2. – Nouveau deux. »"}, want: []string{"Nouveau un."}},
		{name: "one alinéa of each", before: []string{"Un."}, more: more, text: []string{"Le premier alinéa des articles L. 1 et L. 2 du code civil est ainsi rédigé :", "« Nouveau. »"}, want: []string{"Nouveau."}},
	})
}
