package law

import (
	"strings"
	"testing"
)

// TestReview21DivisionAfterArticleClause: a division named in full in the
// second clause of an instruction whose first named an article ("L'article
// L. 3 est abrogé et la section 3 du chapitre Ier … devient la section
// 4") is the code's, not a part of L. 3: its articles move (the
// renumbering was recorded only, nothing moved, nothing said). A
// "paragraphe" may be an article's own: left as before.
func TestReview21DivisionAfterArticleClause(t *testing.T) {
	cc := "Le code de commerce est ainsi modifié :"
	ch := "du chapitre Ier du titre Ier du livre Ier"
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"under a context", []string{cc, "1° L'article L. 3 est abrogé et la section 3 " + ch + " devient la section 4 ;"},
			[]string{"-l3", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{"the code named", []string{"L'article L. 4 du code de commerce est abrogé et la section 3 " + ch + " devient la section 4."},
			[]string{"-l4", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{"alone, as before", []string{cc, "1° La section 3 " + ch + " devient la section 4 ;"},
			[]string{"~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
	} {
		before := div8Corpus()
		out, errs, _ := gdApply(before, tc.lines...)
		if len(errs) > 0 {
			t.Errorf("%s: %v", tc.name, errs)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: changes %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestReview21DashHeadRefused: a dash head refused ("– le tableau est
// ainsi modifié :", a part not read) opens its items as a context
// read does: the dashes after it are refused (errDashUnderDash21), and
// items of a higher level right after it ("a)", "b)") are refused with
// the run of their level (errOverDashHead21) — they were read as the
// article's, "Second alinéa" edited too. An item of a higher level still
// ends the run.
func TestReview21DashHeadRefused(t *testing.T) {
	head := []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "– les mots : « Premier alinéa » sont ainsi modifiés :"}
	for _, tc := range []struct {
		name string
		more []string
		err  error
		l2   bool // L. 2 still in force
	}{
		{"dashes after it", []string{"– le mot : « Premier » est remplacé par le mot : « Dernier » ;", "– le mot : « alinéa » est remplacé par le mot : « paragraphe » ;", "2° L'article L. 2 est abrogé."}, errDashUnderDash21, false},
		{"letters after it", []string{"a) Le mot : « Premier » est remplacé par le mot : « Dernier » ;", "b) Le mot : « alinéa » est remplacé par le mot : « paragraphe » ;", "2° L'article L. 2 est abrogé."}, errOverDashHead21, false},
		{"a context dash head, letters after it", []string{"a) Le mot : « Premier » est remplacé par le mot : « Dernier » ;", "2° L'article L. 2 est abrogé."}, errOverDashHead21, false},
	} {
		lines := append(append([]string{}, head...), tc.more...)
		if tc.name == "a context dash head, letters after it" {
			lines[2] = "– le premier alinéa est ainsi modifié :"
		}
		if tc.name == "dashes after it" {
			// Words named are read, their dashes theirs (wordsin22.go):
			// a head still refused.
			lines[2] = "– le tableau est ainsi modifié :"
		}
		l1, l2, ins := nest21Apply(lines)
		if strings.Join(l1, "|") != "Premier alinéa.|Second alinéa." {
			t.Errorf("%s: L. 1 edited: %q", tc.name, l1)
		}
		if l2 != tc.l2 {
			t.Errorf("%s: L. 2 in force %v, want %v (the 2° ends the run)", tc.name, l2, tc.l2)
		}
		if n := refusedWith(ins, tc.err); n != len(tc.more)-1 {
			t.Errorf("%s: %d refused with %v, want %d", tc.name, n, tc.err, len(tc.more)-1)
		}
	}
}

// TestReview21BeforeTheAlineasOfAPart: "Avant les deux alinéas du II, il
// est inséré un alinéa" opens the II as "Avant le premier alinéa du II"
// does: where the II's label goes is not said — refused as that is (the
// new alinéa went before the label, the I's last). After them, read.
func TestReview21BeforeTheAlineasOfAPart(t *testing.T) {
	B := []string{"I. – Un a.", "Deux a.", "II. – Trois a.", "Quatre a."}
	L := " de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé : « Nouveau. »"
	runGrammar(t, []grammarCase{
		{name: "avant les deux alinéas du II: refused", before: B, text: []string{"Avant les deux alinéas du II" + L}},
		{name: "avant le premier et avant-dernier alinéa du II: refused", before: B, text: []string{"Avant le premier et avant-dernier alinéa du II" + L}},
		{name: "après les deux alinéas du II", before: B, text: []string{"Après les deux alinéas du II" + L}, want: []string{B[0], B[1], B[2], B[3], "Nouveau."}},
	})
}

// TestReview21BareArticleAfterQualifiedCode: after "l'article L. 2 de
// l'ancien code pénal" (refused, errQualifiedCode21), an article named
// with no text ("III. – L'article L. 3 est abrogé") is of a code not
// known — refused (the code civil's L. 3, named in the I, was
// repealed); under a context naming the code, read as before.
func TestReview21BareArticleAfterQualifiedCode(t *testing.T) {
	civ := "I. – L'article L. 1 du code civil est abrogé."
	runRefs7(t, []refs7Case{
		{"a bare article after", []string{civ, "II. – L'article L. 2 de l'ancien code pénal est abrogé.", "III. – L'article L. 3 est abrogé."}, "delete l1/code civil | refused | refused"},
		{"under the code's context", []string{"Le code civil est ainsi modifié :", "1° L'article L. 2 de l'ancien code pénal est abrogé ;", "2° L'article L. 3 est abrogé."}, "ctx | refused | delete l3/code civil"},
	})
}

// TestReview21QuoteOverPartNotNext: new text left open followed by an
// alinéa with no « labelled at the head's level but not as its next
// ("III. –" after "I. –", "3°" after "1°"): the bill's part with one
// skipped, or the new text's alinéa — not said: refused
// (errQuoteNeverClosed21; the part went into the new text, the L. 2
// left in force). A later line closing the quotation says it goes on.
func TestReview21QuoteOverPartNotNext(t *testing.T) {
	for _, tc := range []struct {
		name string
		text []string
		want []string // L. 1 after; nil: refused, L. 1 untouched
	}{
		{"III after I", []string{
			"I. – L'article L. 1 du code civil est ainsi rédigé :",
			"« Art. L. 1. – Alinéa A.",
			"III. – L'article L. 2 du même code est abrogé.",
		}, nil},
		{"3° after 1°", []string{
			"Le code civil est ainsi modifié :",
			"1° L'article L. 1 est ainsi rédigé :",
			"« Art. L. 1. – Alinéa A.",
			"3° L'article L. 2 est abrogé.",
		}, nil},
		{"closed later", []string{
			"I. – L'article L. 1 du code civil est ainsi rédigé :",
			"« Art. L. 1. – Alinéa A.",
			"III. – Alinéa B. »",
		}, []string{"Alinéa A.", "III. – Alinéa B."}},
	} {
		l1, l2, ins := nest21Apply(tc.text)
		want := tc.want
		if want == nil {
			want = []string{"Premier alinéa.", "Second alinéa."}
			if refusedWith(ins, errQuoteNeverClosed21) != 1 {
				t.Errorf("%s: not refused with errQuoteNeverClosed21: %+v", tc.name, ins)
			}
			if !l2 {
				t.Errorf("%s: L. 2 repealed", tc.name)
			}
		}
		if strings.Join(l1, "|") != strings.Join(want, "|") {
			t.Errorf("%s: L. 1 %q, want %q", tc.name, l1, want)
		}
	}
}
