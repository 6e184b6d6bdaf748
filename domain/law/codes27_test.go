package law

import (
	"errors"
	"testing"
)

// codes27Rural is the code rural's key in runCodes' corpora.
const codes27Rural = "code rural et de la pêche maritime|"

// codes27Arts are L. 1 and L. 3 in the code civil and in the code rural.
func codes27Arts() map[string][]string {
	return map[string][]string{
		"L1": {"un deux trois."}, "L3": {"un deux trois."},
		codes27Rural + "L1": {"un deux trois."}, codes27Rural + "L3": {"un deux trois."},
	}
}

// TestCodes27PresentCodeIsTheContexts: "du présent code" outside the
// quotations is the code of the context the instruction stands under,
// even after an item naming another code (it took the code named last:
// the code civil's L. 3 was edited, its L. 3-1 created); inside quoted new
// text the words are the text's own.
func TestCodes27PresentCodeIsTheContexts(t *testing.T) {
	runCodes(t, []codesCase{
		{name: "after an item naming another code", arts: codes27Arts(), bill: [][]string{{
			"Le code rural et de la pêche maritime est ainsi modifié :",
			"1° À l'article L. 1 du code civil, le mot : « deux » est remplacé par le mot : « dix » ;",
			"2° À l'article L. 3 du présent code, le mot : « deux » est remplacé par le mot : « dix ».",
		}}, want: map[string][]string{"L1": {"un dix trois."}, codes27Rural + "L3": {"un dix trois."}}},
		{name: "new article after one of the present code", arts: codes27Arts(), bill: [][]string{{
			"Le code rural et de la pêche maritime est ainsi modifié :",
			"1° À l'article L. 1 du code civil, le mot : « deux » est remplacé par le mot : « dix » ;",
			"2° Après l'article L. 3 du présent code, il est inséré un article L. 3-1 ainsi rédigé :",
			"« Art. L. 3-1. – Texte. »",
		}}, want: map[string][]string{"L1": {"un dix trois."}, codes27Rural + "L3-1": {"Texte."}}},
		{name: "under a division of the code", arts: codes27Arts(), bill: [][]string{{
			"Le titre II du livre Ier du code rural et de la pêche maritime est ainsi modifié :",
			"1° L'article L. 1 du code civil est complété par les mots : « et quatre » ;",
			"2° À l'article L. 3 du présent code, le mot : « deux » est remplacé par le mot : « dix ».",
		}}, want: map[string][]string{"L1": {"un deux trois et quatre."}, codes27Rural + "L3": {"un dix trois."}}},
		{name: "the text's own words in quoted new text", arts: codes27Arts(), bill: [][]string{{
			"À l'article L. 1 du code rural et de la pêche maritime, les mots : « deux » sont remplacés par les mots : « deux au sens du présent code ».",
			"L'article L. 3 du code civil est ainsi rédigé :",
			"« Art. L. 3. – Comme à l'article L. 1 du présent code. »",
		}}, want: map[string][]string{codes27Rural + "L1": {"un deux au sens du présent code trois."}, "L3": {"Comme à l'article L. 1 du présent code."}}},
	})
}

// TestCodes27PresentCodeUnsaid: "du présent code" outside the quotations
// with no context naming a code — after an instruction naming one, in the
// II after the I's context —, or under two contexts naming two codes, is
// refused, typed (it took the code named last, or the innermost context's).
func TestCodes27PresentCodeUnsaid(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"no context", []string{
			"À l'article L. 1 du code civil, le mot : « deux » est remplacé par le mot : « dix ».",
			"À l'article L. 3 du présent code, le mot : « deux » est remplacé par le mot : « dix ».",
		}},
		{"a subject with no context", []string{
			"À l'article L. 1 du code rural et de la pêche maritime, le mot : « deux » est remplacé par le mot : « dix ».",
			"L'article L. 3 du présent code est abrogé.",
		}},
		{"the II after the I's context", []string{
			"I. – Le code civil est ainsi modifié :",
			"1° L'article L. 1 est complété par les mots : « et quatre » ;",
			"II. – À l'article L. 3 du présent code, le mot : « deux » est remplacé par le mot : « dix ».",
		}},
		{"two contexts of two codes", []string{
			"Le code rural et de la pêche maritime est ainsi modifié :",
			"1° L'article L. 1 du code civil est ainsi modifié :",
			"a) Les mots : « deux » sont remplacés par les mots : « dix » ;",
			"b) À l'article L. 3 du présent code, le mot : « deux » est remplacé par le mot : « dix ».",
		}},
		{"the present code as a context", []string{
			"Le présent code est ainsi modifié :",
		}},
		{"a new article", []string{
			"À l'article L. 1 du code civil, le mot : « deux » est remplacé par le mot : « dix ».",
			"Après l'article L. 3 du présent code, il est inséré un article L. 3-1 ainsi rédigé :",
			"« Art. L. 3-1. – Texte. »",
		}},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.lines}})
		last := ins[len(ins)-1]
		if last.Status != Unparsed || !errors.Is(last.refusal, errPresentCodeUnsaid27) || !errors.Is(last.refusal, errSameUnresolved22) {
			t.Errorf("%s: %v %q (%v), want refused: %v", c.name, last.Status, last.Reason, last.refusal, errPresentCodeUnsaid27)
		}
	}
}

// TestCodes27WhichCode: the probes of the round, right as they were, kept
// as guards with two codes holding L. 1 and L. 3: "du même code" after two
// codes and after a law, "dudit code", "du code susmentionné", "de ce
// code" (the code named last), "du code précité" ("susmentionné") after
// two (refused);
// items inheriting their context's code; a bill article editing two codes
// in turn; "du même code" after quoted text naming another code; an
// article named alone in two codes of the corpus (refused).
func TestCodes27WhichCode(t *testing.T) {
	rep := func(art, w string) string {
		return "À l'article " + art + ", le mot : « " + w + " » est remplacé par le mot : « six »."
	}
	runCodes(t, []codesCase{
		{name: "même code after two codes", arts: codes27Arts(), bill: [][]string{{
			"À l'article L. 1 du code civil et à l'article L. 1 du code rural et de la pêche maritime, le mot : « deux » est remplacé par le mot : « dix ».",
			rep("L. 3 du même code", "trois"),
		}}, want: map[string][]string{"L1": {"un dix trois."}, codes27Rural + "L1": {"un dix trois."}, codes27Rural + "L3": {"un deux six."}}},
		{name: "même code after a law", arts: codes27Arts(), bill: [][]string{{
			rep("L. 1 du code rural et de la pêche maritime", "deux"),
			rep("2 de la loi n° 2000-1 du 1er janvier 2000", "deux"),
			rep("L. 3 du même code", "trois"),
		}}, want: map[string][]string{codes27Rural + "L1": {"un six trois."}, codes27Rural + "L3": {"un deux six."}}},
		{name: "dudit, susmentionné, ce code", arts: codes27Arts(), bill: [][]string{{
			"I. – " + rep("L. 1 du code rural et de la pêche maritime", "deux"),
			"II. – " + rep("L. 3 dudit code", "trois"),
			"III. – " + rep("L. 3 du code susmentionné", "un"),
			"IV. – " + rep("L. 1 du code civil", "deux"),
			"V. – " + rep("L. 3 de ce code", "trois"),
		}}, want: map[string][]string{codes27Rural + "L1": {"un six trois."}, codes27Rural + "L3": {"six deux six."}, "L1": {"un six trois."}, "L3": {"un deux six."}}},
		{name: "susmentionné after two codes", arts: codes27Arts(), bill: [][]string{{
			rep("L. 1 du code rural et de la pêche maritime", "deux"),
			rep("L. 1 du code civil", "deux"),
			rep("L. 3 du code susmentionné", "trois"),
		}}, want: map[string][]string{codes27Rural + "L1": {"un six trois."}, "L1": {"un six trois."}, partRefused: nil}},
		{name: "précité after two codes", arts: codes27Arts(), bill: [][]string{{
			rep("L. 1 du code rural et de la pêche maritime", "deux"),
			rep("L. 1 du code civil", "deux"),
			rep("L. 3 du code précité", "trois"),
		}}, want: map[string][]string{codes27Rural + "L1": {"un six trois."}, "L1": {"un six trois."}, partRefused: nil}},
		{name: "two codes in turn", arts: codes27Arts(), bill: [][]string{{
			"I. – Le code civil est ainsi modifié :",
			"1° L'article L. 1 est complété par les mots : « et quatre » ;",
			"2° " + rep("L. 3", "deux"),
			"II. – Le code rural et de la pêche maritime est ainsi modifié :",
			"1° L'article L. 1 est complété par les mots : « et cinq » ;",
			"2° " + rep("L. 3", "trois"),
		}}, want: map[string][]string{"L1": {"un deux trois et quatre."}, "L3": {"un six trois."}, codes27Rural + "L1": {"un deux trois et cinq."}, codes27Rural + "L3": {"un deux six."}}},
		{name: "même code after quoted text naming another", arts: codes27Arts(), bill: [][]string{{
			"I. – L'article L. 1 du code civil est ainsi rédigé :",
			"« Art. L. 1. – Voir l'article L. 5 du code rural et de la pêche maritime. »",
			"II. – " + rep("L. 3 du même code", "deux"),
		}}, want: map[string][]string{"L1": {"Voir l'article L. 5 du code rural et de la pêche maritime."}, "L3": {"un six trois."}}},
		{name: "an article of two codes, neither named", arts: codes27Arts(), bill: [][]string{{
			rep("L. 1", "deux"),
		}}, want: nil},
	})
}
