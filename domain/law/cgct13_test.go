package law

import (
	"strings"
	"testing"
)

// TestCgct13InsertedOutOfOrder: a new article placed after (before) an
// article is numbered after (before) it in the same numbering — L. and
// L.O. share one in the codes that hold both. "Après l'article L. 2, il
// est inséré un article L. 1-1" (or "Avant l'article L. 1, … L. 1-1"):
// the place or the number is wrong, which is not said: refused (it was
// created, filed in the division of the article named). Capitals after
// the same number ("L. 1 A") are ordered one way in the codes and the
// other in the bills: not judged; nor an R. article beside an L. one.
func TestCgct13InsertedOutOfOrder(t *testing.T) {
	A := []string{"Le maire agit."}
	art := func(h string) string { return "« Art. " + h + ". – Le bureau siège. »" }
	runGrammar(t, []grammarCase{
		{name: "après L. 1, un L. 1-1: read", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", art("L. 1-1")}, want: A},
		{name: "après L. 1, un L. 1 bis: read", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1 bis ainsi rédigé :", art("L. 1 bis")}, want: A},
		{name: "après L. 1, un LO 1-1: read", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article LO 1-1 ainsi rédigé :", art("LO 1-1")}, want: A},
		{name: "après L. 1, un L. 1 A: not judged", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1 A ainsi rédigé :", art("L. 1 A")}, want: A},
		{name: "après L. 1, un R. 0-1: not judged", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article R. 0-1 ainsi rédigé :", art("R. 0-1")}, want: A},
		{name: "avant L. 1, un L. 0-1: read", before: A, text: []string{"Avant l'article L. 1 du code civil, il est inséré un article L. 0-1 ainsi rédigé :", art("L. 0-1")}, want: A},
		{name: "après L. 1, un L. 0-1: refused", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 0-1 ainsi rédigé :", art("L. 0-1")}},
		{name: "après L. 1-2, un L. 1-1-1: refused", before: A, more: map[string][]string{"L1-2": A}, text: []string{"Après l'article L. 1-2 du code civil, il est inséré un article L. 1-1-1 ainsi rédigé :", art("L. 1-1-1")}},
		{name: "après L. 1, un L. 1: refused", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1 ainsi rédigé :", art("L. 1")}},
		{name: "après LO 1, un L. 0-1: refused", before: A, more: map[string][]string{"LO1": A}, text: []string{"Après l'article LO 1 du code civil, il est inséré un article L. 0-1 ainsi rédigé :", art("L. 0-1")}},
		{name: "avant L. 1, un L. 1-1: refused", before: A, text: []string{"Avant l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", art("L. 1-1")}},
		{name: "après L. 1, deux articles, the second before it: refused", before: A, text: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 et L. 0-2 ainsi rédigés :", art("L. 1-1"), art("L. 0-2")}},
	})
	// The new article is created where it was read.
	c := Corpus{}
	ref := CodeRef{Code: CodeKey("code général des collectivités territoriales"), Article: ArticleKey("L5211-10")}
	c[ref] = CodeArticle{Ref: ref, Heading: "L5211-10", Alineas: A}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Après l'article L. 5211-10 du code général des collectivités territoriales, il est inséré un article L. 5211-10-1 ainsi rédigé :", art("L. 5211-10-1")}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) > 0 || len(ins) != 1 || ins[0].Status != Parsed {
		t.Fatalf("%v %+v", errs, ins)
	}
	if a := got[CodeRef{Code: ref.Code, Article: "l5211-10-1"}]; strings.Join(a.Alineas, "|") != "Le bureau siège." {
		t.Errorf("L. 5211-10-1: %q", a.Alineas)
	}
}

// TestCgct13RangeEndsApart: a range of articles whose ends are numbered
// with other letters ("les articles L. 1 à LO 3", "L. 1 à R. 3"): which
// articles of the other letters between them it holds is not said —
// refused (it held none, and was reported out of the corpus: not a
// refusal). A range of L.O. articles is read.
func TestCgct13RangeEndsApart(t *testing.T) {
	A := []string{"Le maire agit."}
	for _, tc := range []struct {
		text string
		gone []string // nil: refused
	}{
		{"Les articles L. 1 à LO 3 du code civil sont abrogés.", nil},
		{"Les articles LO 1 à L. 3 du code civil sont abrogés.", nil},
		{"Les articles L. 1 à R. 3 du code civil sont abrogés.", nil},
		{"Les articles LO 1 à LO 3 du code civil sont abrogés.", []string{"lo1", "lo2", "lo3"}},
		{"Les articles L. 1 à L. 3 du code civil sont abrogés.", []string{"l1", "l2", "l3"}},
	} {
		c := Corpus{}
		for h, al := range map[string][]string{"L1": A, "LO2": A, "L2": A, "L3": A, "LO3": A, "R3": A, "LO1": A} {
			r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			c[r] = CodeArticle{Ref: r, Heading: h, Alineas: al}
		}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if tc.gone == nil {
			if len(errs) == 0 || errs[0].Missing || len(got) != len(c) {
				t.Errorf("%q: want refused, got errs %v, %d articles left", tc.text, errs, len(got))
			}
			continue
		}
		if len(errs) > 0 {
			t.Errorf("%q: %v", tc.text, errs)
			continue
		}
		for _, k := range tc.gone {
			if _, ok := got[CodeRef{Code: "code civil", Article: k}]; ok {
				t.Errorf("%q: %s in force", tc.text, k)
			}
		}
		if len(got) != len(c)-len(tc.gone) {
			t.Errorf("%q: %d articles left, want %d", tc.text, len(got), len(c)-len(tc.gone))
		}
	}
}

// TestCgct13SeveralCodesInOneArticle: a bill article editing the code de
// la santé publique, then the code de la sécurité sociale, each under
// its context or named with "du même code", "dudit code", "de ce code"
// after its first naming (already read; kept as a rule): each article
// of its own code, an article of the other code named in quoted words
// changing none.
func TestCgct13SeveralCodesInOneArticle(t *testing.T) {
	csp, css := CodeKey("code de la santé publique"), CodeKey("code de la sécurité sociale")
	base := Corpus{}
	for _, a := range []struct{ code, h, al string }{
		{csp, "L162-22-6", "Le médecin soigne."}, {csp, "L162-22-6-1", "Le médecin prescrit."},
		{css, "L162-22-6", "La caisse paie."}, {css, "L162-22-6-1", "La caisse rembourse."},
	} {
		r := CodeRef{Code: a.code, Article: ArticleKey(a.h)}
		base[r] = CodeArticle{Ref: r, Heading: a.h, Alineas: []string{a.al}}
	}
	want := map[CodeRef]string{
		{Code: csp, Article: "l162-22-6"}:   "Le praticien soigne.",
		{Code: csp, Article: "l162-22-6-1"}: "Le pharmacien prescrit.",
		{Code: css, Article: "l162-22-6"}:   "La mutuelle paie.",
		{Code: css, Article: "l162-22-6-1"}: "La banque rembourse.",
	}
	for name, text := range map[string][]string{
		"contexts": {
			"I. – Le code de la santé publique est ainsi modifié :",
			"1° À l'article L. 162-22-6, le mot : « médecin » est remplacé par le mot : « praticien » ;",
			"2° À l'article L. 162-22-6-1, le mot : « médecin » est remplacé par le mot : « pharmacien ».",
			"II. – Le code de la sécurité sociale est ainsi modifié :",
			"1° À l'article L. 162-22-6, le mot : « caisse » est remplacé par le mot : « mutuelle » ;",
			"2° À l'article L. 162-22-6-1, le mot : « caisse » est remplacé par le mot : « banque ».",
		},
		"du même code, dudit code, de ce code": {
			"I. – À l'article L. 162-22-6 du code de la santé publique, le mot : « médecin » est remplacé par le mot : « praticien ».",
			"II. – À l'article L. 162-22-6-1 dudit code, le mot : « médecin » est remplacé par le mot : « pharmacien ».",
			"III. – À l'article L. 162-22-6 du code de la sécurité sociale, le mot : « caisse » est remplacé par le mot : « mutuelle ».",
			"IV. – À l'article L. 162-22-6-1 de ce code, le mot : « caisse » est remplacé par le mot : « banque ».",
		},
		"the other code in quoted words": {
			"I. – À l'article L. 162-22-6 du code de la santé publique, le mot : « médecin » est remplacé par le mot : « praticien ».",
			"II. – L'article L. 162-22-6-1 du même code est complété par les mots : « selon l'article L. 162-22-6 du code de la sécurité sociale ».",
			"III. – À l'article L. 162-22-6-1 du même code, les mots : « médecin prescrit selon » sont remplacés par les mots : « pharmacien prescrit. Il applique ».",
			"IV. – À l'article L. 162-22-6 du code de la sécurité sociale, le mot : « caisse » est remplacé par le mot : « mutuelle ».",
			"V. – À l'article L. 162-22-6-1 du même code, le mot : « caisse » est remplacé par le mot : « banque ».",
		},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: text}})
		got, errs := Apply(base, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Errorf("%s: %v", name, errs)
			continue
		}
		for r, w := range want {
			g := strings.Join(got[r].Alineas, "|")
			if name == "the other code in quoted words" && r.Article == "l162-22-6-1" && r.Code == csp {
				w = "Le pharmacien prescrit. Il applique l'article L. 162-22-6 du code de la sécurité sociale."
			}
			if g != w {
				t.Errorf("%s: %v: got %q, want %q", name, r, g, w)
			}
		}
	}
}

// TestCgct13Multiplicity: occurrences said ("deux fois", "par deux
// fois", "à chaque occurrence"), places ("aux première et dernière
// phrases", "au début du premier alinéa", "à la fin de la première
// phrase du second alinéa") and two edits in one sentence, as the code de
// la santé publique's amending laws write them (already read; kept as
// rules). A count that is not the text's is refused.
func TestCgct13Multiplicity(t *testing.T) {
	A := []string{"Le maire et le maire adjoint signent. Le maire vote.", "Le conseil délibère. Il vote."}
	at := "de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "deux fois", before: A, text: []string{"À la première phrase du premier alinéa " + at + ", le mot : « maire » est remplacé, deux fois, par le mot : « préfet »."},
			want: []string{"Le préfet et le préfet adjoint signent. Le maire vote.", A[1]}},
		{name: "par deux fois", before: A, text: []string{"À la première phrase du premier alinéa " + at + ", le mot : « maire » est, par deux fois, remplacé par le mot : « préfet »."},
			want: []string{"Le préfet et le préfet adjoint signent. Le maire vote.", A[1]}},
		{name: "deux fois, found three times: refused", before: A, text: []string{"Au premier alinéa " + at + ", le mot : « maire » est remplacé, deux fois, par le mot : « préfet »."}},
		{name: "à chaque occurrence", before: A, text: []string{"Au premier alinéa " + at + ", le mot : « maire » est remplacé, à chaque occurrence, par le mot : « préfet »."},
			want: []string{"Le préfet et le préfet adjoint signent. Le préfet vote.", A[1]}},
		{name: "aux première et dernière phrases", before: A, text: []string{"Aux première et dernière phrases du second alinéa " + at + ", le mot : « Il » est remplacé par le mot : « On »."}},
		{name: "aux première et dernière phrases, each", before: A, text: []string{"Aux première et dernière phrases du premier alinéa " + at + ", le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le préfet et le préfet adjoint signent. Le préfet vote.", A[1]}},
		{name: "au début du premier alinéa", before: A, text: []string{"Au début du premier alinéa " + at + ", sont ajoutés les mots : « En séance, »."},
			want: []string{"En séance, le maire et le maire adjoint signent. Le maire vote.", A[1]}},
		{name: "à la fin de la première phrase du second alinéa", before: A, text: []string{"À la fin de la première phrase du second alinéa " + at + ", sont ajoutés les mots : « en séance »."},
			want: []string{A[0], "Le conseil délibère en séance. Il vote."}},
		{name: "two edits in one sentence", before: A, text: []string{"Au second alinéa " + at + ", le mot : « conseil » est remplacé par le mot : « bureau » et, après le mot : « délibère », sont insérés les mots : « en séance »."},
			want: []string{A[0], "Le bureau délibère en séance. Il vote."}},
	})
}
