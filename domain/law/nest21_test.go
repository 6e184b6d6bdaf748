package law

import (
	"errors"
	"strings"
	"testing"
)

// nest21Apply applies text to L1 and L2 of the code civil: L1's alinéas
// after, whether L2 is still there, the instructions read.
func nest21Apply(text []string) ([]string, bool, []Instruction) {
	c := Corpus{}
	for h, al := range map[string][]string{"L1": {"Premier alinéa.", "Second alinéa."}, "L2": {"Texte du L. 2."}} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
	got, _ := Apply(c, ins, ApplyOptions{})
	_, l2 := got[CodeRef{Code: "code civil", Article: "l2"}]
	return got[CodeRef{Code: "code civil", Article: "l1"}].Alineas, l2, ins
}

// TestNest21QuoteEndsBeforeBillPart: new text whose closing mark was
// left out, followed by an alinéa with no « labelled as the bill's next
// part ("II. –" after "I. – …", "2°" after "1° …"): the new text ends
// before it, the part is the bill's and is applied (it was put into the
// new text as an alinéa of it, the L. 2 left in force).
func TestNest21QuoteEndsBeforeBillPart(t *testing.T) {
	for _, tc := range []struct {
		text []string
		want []string
	}{
		{[]string{
			"I. – L'article L. 1 du code civil est ainsi rédigé :",
			"« Art. L. 1. – Alinéa A.",
			"II. – L'article L. 2 du même code est abrogé.",
		}, []string{"Alinéa A."}},
		{[]string{
			"Le code civil est ainsi modifié :",
			"1° Le second alinéa de l'article L. 1 est remplacé par des alinéas ainsi rédigés :",
			"« Alinéa A ;",
			"« Alinéa B ;",
			"2° L'article L. 2 est abrogé.",
		}, []string{"Premier alinéa.", "Alinéa A ;", "Alinéa B ;"}},
		{[]string{
			"I. – Le code civil est ainsi modifié :",
			"1° L'article L. 1 est complété par deux alinéas ainsi rédigés :",
			"« Alinéa A ;",
			"« Alinéa B.",
			"II. – L'article L. 2 du même code est abrogé.",
		}, []string{"Premier alinéa.", "Second alinéa.", "Alinéa A ;", "Alinéa B."}},
		// The bill's " ;" after the new text's period, its closing mark
		// left out between them, is no text of the code.
		{[]string{
			"Le code civil est ainsi modifié :",
			"1° L'article L. 1 est complété par un alinéa ainsi rédigé :",
			"« Alinéa A. ;",
			"1° bis L'article L. 2 est abrogé.",
		}, []string{"Premier alinéa.", "Second alinéa.", "Alinéa A."}},
	} {
		l1, l2, ins := nest21Apply(tc.text)
		if strings.Join(l1, "\n") != strings.Join(tc.want, "\n") || l2 {
			t.Errorf("%q:\ngot %q (L. 2 kept: %v)\nwant %q (L. 2 abrogated)\n%+v", tc.text, l1, l2, tc.want, ins)
		}
	}
}

// TestNest21QuoteGoesOn: a line with no « that closes the open quotation,
// that is not labelled as the bill's next part, or not at the head's
// level, is the new text's.
func TestNest21QuoteGoesOn(t *testing.T) {
	for _, tc := range []struct {
		text []string
		want []string
	}{
		{[]string{
			"Le code civil est ainsi modifié :",
			"1° L'article L. 1 est ainsi rédigé :",
			"« Art. L. 1. – Sont visés :",
			"« 1° Les uns ;",
			"2° Les autres. »",
			"2° L'article L. 2 est abrogé.",
		}, []string{"Sont visés :", "1° Les uns ;", "2° Les autres."}},
		{[]string{
			"Le code civil est ainsi modifié :",
			"1° L'article L. 1 est ainsi rédigé :",
			"« Art. L. 1. – Texte.",
			"2° Les autres ;",
			"3° Fin. »",
		}, []string{"Texte.", "2° Les autres ;", "3° Fin."}},
		{[]string{
			"L'article L. 1 du code civil est ainsi rédigé :",
			"« Art. L. 1. – Alinéa A.",
			"Alinéa B. »",
		}, []string{"Alinéa A.", "Alinéa B."}},
	} {
		l1, _, ins := nest21Apply(tc.text)
		if strings.Join(l1, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\ngot %q\nwant %q\n%+v", tc.text, l1, tc.want, ins)
		}
	}
}

// TestNest21QuoteOverPartAmbiguous: the open quotation runs over "2° …"
// while the new text holds items of its own ("« 1° Les uns ;"): the 2°
// may be the new text's next item or the bill's next part — refused
// with errQuoteNeverClosed21, nothing applied to L. 1.
func TestNest21QuoteOverPartAmbiguous(t *testing.T) {
	text := []string{
		"Le code civil est ainsi modifié :",
		"1° L'article L. 1 est ainsi rédigé :",
		"« Art. L. 1. – Sont visés :",
		"« 1° Les uns ;",
		"2° L'article L. 2 est abrogé.",
	}
	l1, _, ins := nest21Apply(text)
	if strings.Join(l1, "\n") != "Premier alinéa.\nSecond alinéa." {
		t.Errorf("L. 1 edited: %q", l1)
	}
	if refusedWith(ins, errQuoteNeverClosed21) == 0 {
		t.Errorf("not refused with errQuoteNeverClosed21: %+v", ins)
	}
}

func TestNest21LabelFollows(t *testing.T) {
	for _, tc := range []struct {
		prev, label string
		tl          int
		want        bool
	}{
		{"I", "II", 0, true}, {"IV", "V", 0, true}, {"I", "I bis", 0, true}, {"I", "III", 0, false},
		{"1", "2", 3, true}, {"1 bis", "2", 3, true}, {"2", "2 ter", 3, true}, {"2", "4", 3, false},
		{"A", "B", 1, true}, {"a", "b", levelSmall, true}, {"a", "c", levelSmall, false},
	} {
		if got := labelFollows21(tc.prev, tc.label, tc.tl); got != tc.want {
			t.Errorf("labelFollows21(%q, %q) = %v, want %v", tc.prev, tc.label, got, tc.want)
		}
	}
}

// TestNest21DashUnderDash: "– le premier alinéa est ainsi modifié :"
// then dashes: which are its items and which its siblings is not said —
// refused with errDashUnderDash21, the article untouched (the word was
// replaced in every alinéa, the third alinéa deleted).
func TestNest21DashUnderDash(t *testing.T) {
	text := []string{
		"L'article L. 1 du code civil est ainsi modifié :",
		"– le premier alinéa est ainsi modifié :",
		"– le mot : « alinéa » est remplacé par le mot : « paragraphe » ;",
		"– le second alinéa est supprimé.",
	}
	l1, _, ins := nest21Apply(text)
	if strings.Join(l1, "\n") != "Premier alinéa.\nSecond alinéa." {
		t.Errorf("L. 1 edited: %q", l1)
	}
	if n := refusedWith(ins, errDashUnderDash21); n != 2 {
		t.Errorf("%d dashes refused with errDashUnderDash21, want 2: %+v", n, ins)
	}
}

// TestNest21DashesUnderLetter: dashes under a letter's head, then the
// next letter: the dashes edit the head's alinéa, the letter the article.
func TestNest21DashesUnderLetter(t *testing.T) {
	text := []string{
		"L'article L. 1 du code civil est ainsi modifié :",
		"a) Le premier alinéa est ainsi modifié :",
		"– le mot : « alinéa » est remplacé par le mot : « paragraphe » ;",
		"– sont ajoutés les mots : « et fin » ;",
		"b) Le second alinéa est complété par les mots : « et suite ».",
	}
	l1, _, ins := nest21Apply(text)
	if want := "Premier paragraphe et fin.\nSecond alinéa et suite."; strings.Join(l1, "\n") != want {
		t.Errorf("got %q, want %q\n%+v", l1, want, ins)
	}
}

// refusedWith counts the instructions refused with err (errors.Is).
func refusedWith(ins []Instruction, err error) int {
	n := 0
	for _, in := range ins {
		if errors.Is(in.refusal, err) {
			n++
		}
	}
	return n
}
