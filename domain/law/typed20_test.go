package law

import (
	"errors"
	"testing"
)

// TestTyped20AdditionRefusalsTyped: each refusal at parse time of new
// text added carries its typed error (errors.Is) beside its Reason, the
// same text; the status is Unparsed and no edit is kept, as before.
func TestTyped20AdditionRefusalsTyped(t *testing.T) {
	for _, c := range []struct {
		name string
		text []string
		want error
	}{
		{"parts not numbered as announced", []string{"L'article L. 1 du code civil est complété par deux paragraphes III et IV ainsi rédigés :", "« III. – A.", "« V. – B. »"}, errNewPartsNotAnnounced},
		{"no Art. in the text", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Le juge tranche. »"}, errNoNewArticleHeading},
		{"articles not those named", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-2. – Le juge tranche. »"}, errNewArticlesNotNamed},
		{"a code's number in a law", []string{"Après l'article 3 de la loi n° 78-17 du 6 janvier 1978, il est inséré un article L. 3-1 ainsi rédigé :", "« Art. L. 3-1. – Le juge tranche. »"}, errCodedArticleInText},
		{"a heading not read", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. − B. »"}, errNewArticleHeadingUnread},
		{"sentences apart", []string{"Après les première et troisième phrases de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il vient. »"}, errSentenceBesideApart},
		{"alinéas counted to the end", []string{"Les deuxième à dernier alinéas de l'article L. 1 du code civil sont complétés par une phrase ainsi rédigée : « Il vient. »"}, errSentenceAddedToEnd},
		{"an unknown addition", []string{"L'article L. 1 du code civil est complété par un tableau ainsi rédigé :", "« A. »"}, errUnknownAddition},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.text}})
		if len(ins) == 0 {
			t.Errorf("%s: no instruction", c.name)
			continue
		}
		in := ins[0]
		if in.Status != Unparsed || !errors.Is(in.refusal, c.want) || in.Reason != in.refusal.Error() || len(in.Edits) != 0 {
			t.Errorf("%s: %v %q (%v), %d edits; want %v", c.name, in.Status, in.Reason, in.refusal, len(in.Edits), c.want)
		}
	}
}

// TestTyped20NumberMarks: the marks of numbering a drafter types one
// way or another read alike in an instruction's place, outside its
// quotations — the ordinal in superscript letters ("1ᵉʳ alinéa", "1ʳᵉ
// phrase", "l'article L. 1ᵉʳ"), an item's label spaced from its degree
// sign ("Au 2 ° de", "Le 1 ° … est abrogé"; they were refused: a
// designation not read); the quoted words keep their typing ("« 1ᵉʳ »"
// is sought as typed, and not found in "1er" it stays refused).
func TestTyped20NumberMarks(t *testing.T) {
	rep := "le mot : « maire » est remplacé par le mot : « préfet »."
	two := []string{"Le maire signe. Le maire part.", "Le maire vise."}
	items := []string{"Sont exclus :", "1° Le maire ;", "2° Le maire."}
	runGrammar(t, []grammarCase{
		{name: "1ᵉʳ alinéa", before: two, text: []string{"Au 1ᵉʳ alinéa de l'article L. 1 du code civil, " + rep}, want: []string{"Le préfet signe. Le préfet part.", two[1]}},
		{name: "1ʳᵉ phrase", before: two, text: []string{"À la 1ʳᵉ phrase du premier alinéa de l'article L. 1 du code civil, " + rep}, want: []string{"Le préfet signe. Le maire part.", two[1]}},
		{name: "L. 1ᵉʳ", before: two, text: []string{"Au second alinéa de l'article L. 1ᵉʳ du code civil, " + rep}, want: []string{two[0], "Le préfet vise."}},
		{name: "2 ° spaced", before: items, text: []string{"Au 2 ° de l'article L. 1 du code civil, " + rep}, want: []string{items[0], items[1], "2° Le préfet."}},
		{name: "1 ° spaced, abrogé", before: items, text: []string{"Le 1 ° de l'article L. 1 du code civil est abrogé."}, want: []string{items[0], "1° (Abrogé) ;", items[2]}},
		{name: "quoted words keep their typing: refused", before: []string{"Le 1er janvier."}, text: []string{"À l'article L. 1 du code civil, les mots : « 1ᵉʳ janvier » sont remplacés par les mots : « 2 mars »."}},
	})
}

// TestTyped20ArticleKeyMarks: an article's heading in a code or a law
// reads as its number named: "Article premier" and "1ᵉʳ" are the
// article 1 (the heading was "premier", not found by "l'article 1er").
func TestTyped20ArticleKeyMarks(t *testing.T) {
	for h, want := range map[string]string{
		"Article premier":     "1",
		"Article premier bis": "1 bis",
		"1ᵉʳ":                 "1",
		"L. 1ᵉʳ":              "l1",
		"L. 1111−2":           "l1111-2",
		"L.\u202f1111–2":      "l1111-2",
	} {
		if got := ArticleKey(h); got != want {
			t.Errorf("ArticleKey(%q) = %q, want %q", h, got, want)
		}
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"L'article premier de la loi n° 78-17 du 6 janvier 1978 est abrogé."}}})
	if len(ins) != 1 || len(ins[0].Edits) != 1 || ins[0].Edits[0].Scope.Ref.Article != ArticleKey("Article premier") {
		t.Errorf("l'article premier: %+v", ins)
	}
}
