package law

import (
	"strings"
	"testing"
)

// Rules found by TestGenerativeTypography (gentypo_test.go): the
// generators' cases typed otherwise.

// TestGenTypoTightPartsThroughout: an amendment that writes its own parts
// tight ("I.-Alinéa 2") writes the next one so: "II.-Au premier alinéa,
// substituer …" after the unquoted new text of the I ends it, as "II. –
// Au premier alinéa, substituer …" does (it was taken for a line of that
// text: the II's instruction inserted into the article as an alinéa, its
// edit lost). An amendment whose parts are spaced still reads a tight
// number in its new text as the text's own (TestMetaTypoTightPartNumber).
func TestGenTypoTightPartsThroughout(t *testing.T) {
	A := []string{"Le maire signe le contrat.", "Le préfet date l'acte."}
	want := []string{"Le régisseur signe le contrat.", "Le préfet classe l'acte."}
	runAmendments(t, []amCase{
		{"spaced", A, "I. – Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet classe l'acte.\nII. – Au premier alinéa, substituer au mot : « maire » le mot : « régisseur ».", want},
		{"tight", A, "I.-Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet classe l'acte.\nII.-Au premier alinéa, substituer au mot : « maire » le mot : « régisseur ».", want},
		{"tight, en dash", A, "I.–Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet classe l'acte.\nII.–Au premier alinéa, substituer au mot : « maire » le mot : « régisseur ».", want},
		{"spaced parts, tight in the new text: a line of it", A, "I. – Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet classe l'acte.\nII.-Au premier alinéa, il peut substituer un acte.", []string{A[0], "Le préfet classe l'acte.", "II.-Au premier alinéa, il peut substituer un acte."}},
	})
}

// TestGenTypoCurlyApostropheOnce: the curly apostrophe of an
// instruction's own words reads as the straight one, once, for every
// expression of the grammar — "L’article L. 1 du code civil, qui devient
// l’article L. 5, est ainsi modifié :" renumbers and edits as "L'article
// …" does (it was refused: "renumbering into a division of an article is
// not supported", its items with it) — while the quoted text keeps its
// own: words looked for and new words with ’ are found and written as
// typed, between two quotations too ("entre le mot : « A » et
// l’expression : « B’ »"), and a line of new text going on from the
// alinéa before ("le juge l’entend. »") or into the next one (« Art. …
// l’acte) is kept as written.
func TestGenTypoCurlyApostropheOnce(t *testing.T) {
	for _, apos := range []string{"'", "’"} {
		text := []string{
			"L" + apos + "article L. 1 du code civil, qui devient l" + apos + "article L. 5, est ainsi modifié :",
			"1° Le premier alinéa est supprimé ;",
			"2° Au second alinéa, le mot : « maire » est remplacé par le mot : « préfet ».",
		}
		ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
		c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: []string{"Le juge signe.", "Le maire date."}}}
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: text}}), ApplyOptions{})
		if a := got[CodeRef{Code: "code civil", Article: ArticleKey("L5")}].Alineas; len(errs) > 0 || strings.Join(a, "\n") != "Le préfet date." {
			t.Errorf("%s: L. 5 reads %q (%v)", apos, a, errs)
		}
	}
	A := []string{"Le juge date l’acte.", "Le juge vise l’acte’ ancien."}
	runGrammar(t, []grammarCase{
		{name: "quoted words kept", before: A, text: []string{"Au premier alinéa de l’article L. 1 du code civil, les mots : « l’acte » sont remplacés par les mots : « l’avis »."}, want: []string{"Le juge date l’avis.", A[1]}},
		{name: "between two quotations", before: A, text: []string{"Au second alinéa de l’article L. 1 du code civil, entre le mot : « vise » et l’expression : « l’acte’ », est insérée l’expression : « aujourd’hui »."}, want: []string{A[0], "Le juge vise aujourd’hui l’acte’ ancien."}},
		{name: "new text across alinéas", before: A, text: []string{"L’article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« Le greffier l’entend.", "Le juge l’entend. »"}, want: []string{A[0], A[1], "Le greffier l’entend.", "Le juge l’entend."}},
	})
	if got := plainApostrophes("le juge l’entend. » ; à l’article"); got != "le juge l’entend. » ; à l'article" {
		t.Errorf("after a closing mark: %q", got)
	}
	if got := plainApostrophes("« Art. L. 1. – Le juge l’entend"); got != "« Art. L. 1. – Le juge l’entend" {
		t.Errorf("a quotation going on: %q", got)
	}
}
