package law

import (
	"errors"
	"testing"
)

// TestOrder14JumpOver: a new article placed beside one and numbered past
// an article in force between them ("Après l'article L. 10, il est
// inséré un article L. 12" while L. 11 is in force) is refused
// (errJumpsOver): codes never number that way. Read still: the next
// number free, an article between repealed or renumbered away earlier in
// the text or held repealed, the new articles themselves between,
// numbering schemes in their order (L. 1-1 then L. 1-1-1 then L. 1-2; 4,
// 4 bis, 4 ter; 200 A, 200 B), and orders codes write differently ("L. 4
// bis" beside "L. 4-1") not judged.
func TestOrder14JumpOver(t *testing.T) {
	A := []string{"Le maire agit."}
	art := func(h string) string { return "« Art. " + h + ". – Le bureau siège. »" }
	ins := func(where, anchor, h string) []string {
		return []string{where + " l'article " + anchor + " du code civil, il est inséré un article " + h + " ainsi rédigé :", art(h)}
	}
	runGrammar(t, []grammarCase{
		{name: "L. 1 then L. 3 over L. 2: refused", before: A, more: map[string][]string{"L2": A}, text: ins("Après", "L. 1", "L. 3")},
		{name: "L. 1 then L. 2, L. 3 in force: read", before: A, more: map[string][]string{"L3": A}, text: ins("Après", "L. 1", "L. 2"), want: A},
		{name: "L. 1 then L. 1-2 over L. 1-1: refused", before: A, more: map[string][]string{"L1-1": A}, text: ins("Après", "L. 1", "L. 1-2")},
		{name: "L. 1 then L. 1-1-1 over L. 1-1: refused", before: A, more: map[string][]string{"L1-1": A}, text: ins("Après", "L. 1", "L. 1-1-1")},
		{name: "L. 1-1 then L. 1-1-1, L. 1-2 in force: read", before: A, more: map[string][]string{"L1-1": A, "L1-2": A}, text: ins("Après", "L. 1-1", "L. 1-1-1"), want: A},
		{name: "L. 1-1 then L. 1-2 over L. 1-1-1: refused", before: A, more: map[string][]string{"L1-1": A, "L1-1-1": A}, text: ins("Après", "L. 1-1", "L. 1-2")},
		{name: "avant L. 3, L. 1-1 over L. 2: refused", before: A, more: map[string][]string{"L2": A, "L3": A}, text: ins("Avant", "L. 3", "L. 1-1")},
		{name: "avant L. 2, L. 1-1: read", before: A, more: map[string][]string{"L2": A}, text: ins("Avant", "L. 2", "L. 1-1"), want: A},
		{name: "4 bis after 4, 4-1 in force: not judged", before: A, more: map[string][]string{"L4": A, "L4-1": A}, text: ins("Après", "L. 4", "L. 4 bis"), want: A},
		{name: "4 ter after 4 over 4 bis: refused", before: A, more: map[string][]string{"L4": A, "L4 bis": A}, text: ins("Après", "L. 4", "L. 4 ter")},
		{name: "4 ter after 4 bis: read", before: A, more: map[string][]string{"L4": A, "L4 bis": A}, text: ins("Après", "L. 4 bis", "L. 4 ter"), want: A},
		{name: "200 C after 200 A over 200 B: refused", before: A, more: map[string][]string{"200 A": A, "200 B": A}, text: []string{"Après l'article 200 A du code civil, il est inséré un article 200 C ainsi rédigé :", "« Art. 200 C. – Le bureau siège. »"}},
		{name: "L. 3 after L. 1 over LO 2: refused", before: A, more: map[string][]string{"LO2": A}, text: ins("Après", "L. 1", "L. 3")},
		{name: "L. and LO numbered apart: LO 1-2 after LO 1, L. 1-1 in force: read", before: A, more: map[string][]string{"LO1": A, "L1-1": A}, text: ins("Après", "LO 1", "LO 1-2"), want: A},
		{name: "L. 3 after L. 1, R. 2 in force: read", before: A, more: map[string][]string{"R2": A}, text: ins("Après", "L. 1", "L. 3"), want: A},
		{name: "L. 3 after L. 1, L. 2 held repealed: read", before: A, more: map[string][]string{"L2": {"(Abrogé)"}}, text: ins("Après", "L. 1", "L. 3"), want: A},
		{name: "L. 2 repealed first: read", before: A, more: map[string][]string{"L2": A}, text: append([]string{"I. – L'article L. 2 du code civil est abrogé.", "II. – Après l'article L. 1 du même code, il est inséré un article L. 3 ainsi rédigé :"}, art("L. 3")), want: A},
		{name: "L. 2 renumbered first: read", before: A, more: map[string][]string{"L2": A}, text: append([]string{"I. – L'article L. 2 du code civil devient l'article L. 5.", "II. – Après l'article L. 1 du même code, il est inséré un article L. 3 ainsi rédigé :"}, art("L. 3")), want: A},
		{name: "two new ones: read", before: A, more: map[string][]string{"L3": A}, text: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 et L. 1-2 ainsi rédigés :", art("L. 1-1"), art("L. 1-2")}, want: A},
	})
	c := Corpus{}
	for _, h := range []string{"L5211-10", "L5211-11"} {
		r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: A}
	}
	got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: ins("Après", "L. 5211-10", "L. 5211-12")}}), ApplyOptions{})
	var j errJumpsOver
	if len(errs) != 1 || !errors.As(errs[0].Err, &j) || j.over != "l5211-11" || len(got) != 2 {
		t.Errorf("errors %v, %d articles: want refused over l5211-11", errs, len(got))
	}
}
