package law

import (
	"errors"
	"strings"
	"testing"
)

// errApplyAny26 stands, in a case of runWords26, for a refusal at apply
// by any applyErr other than errSignWhich26 (words not found, a count
// the text does not hold: reasons with the words in them).
var errApplyAny26 = errors.New("any applyErr but errSignWhich26")

// runWords26 is runRenum22, with errApplyAny26 checked by the error's
// type (errors.As an applyErr) and not errSignWhich26.
func runWords26(t *testing.T, cases []renum22Case) {
	t.Helper()
	var typed []renum22Case
	for _, c := range cases {
		if c.err != errApplyAny26 {
			typed = append(typed, c)
			continue
		}
		arts, lines := c.arts, c.lines
		corpus := Corpus{}
		for _, a := range arts {
			h, al, _ := cutArt26(a)
			ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: lines}})
		_, errs := Apply(corpus, ins, ApplyOptions{})
		if len(errs) != 1 {
			t.Errorf("%s: errors %v, want one applyErr", c.name, errs)
			continue
		}
		var ae applyErr
		if !errors.As(errs[0].Err, &ae) || errors.Is(errs[0].Err, errSignWhich26) {
			t.Errorf("%s: error %v, want an applyErr other than errSignWhich26", c.name, errs[0].Err)
		}
		c.err = errs[0].Err // the text unchanged, checked by runRenum22
		typed = append(typed, c)
	}
	runRenum22(t, typed)
}

const words26Art = "L1: Le juge statue, sans délai, sur la demande.|Le greffier signe."

// TestWords26SignFoundTwice: a lone sign found twice in an alinéa, no
// occurrence said, is refused by its own reason (it was "words not
// found"); a count, "deux fois", "les deux occurrences du signe", is
// read for a deletion as for a replacement (it was refused).
func TestWords26SignFoundTwice(t *testing.T) {
	const at = "Au premier alinéa de l'article L. 1 du code civil, "
	runWords26(t, []renum22Case{
		{name: "deleted, twice, none said", arts: []string{words26Art},
			lines: []string{at + "le signe : « , » est supprimé."},
			want:  "l1: Le juge statue, sans délai, sur la demande.|Le greffier signe.", err: errSignWhich26},
		{name: "replaced, twice, none said", arts: []string{words26Art},
			lines: []string{at + "le signe : « , » est remplacé par le mot : « et »."},
			want:  "l1: Le juge statue, sans délai, sur la demande.|Le greffier signe.", err: errSignWhich26},
		{name: "deleted deux fois", arts: []string{words26Art},
			lines: []string{at + "le signe : « , » est supprimé deux fois."},
			want:  "l1: Le juge statue sans délai sur la demande.|Le greffier signe."},
		{name: "the two occurrences deleted", arts: []string{words26Art},
			lines: []string{at + "les deux occurrences du signe : « , » sont supprimées."},
			want:  "l1: Le juge statue sans délai sur la demande.|Le greffier signe."},
		{name: "a count the text lacks", arts: []string{words26Art},
			lines: []string{at + "le signe : « , » est supprimé (trois fois)."},
			want:  "l1: Le juge statue, sans délai, sur la demande.|Le greffier signe.", err: errApplyAny26},
		{name: "the second occurrence", arts: []string{words26Art},
			lines: []string{at + "la seconde occurrence du signe : « , » est supprimée."},
			want:  "l1: Le juge statue, sans délai sur la demande.|Le greffier signe."},
		{name: "found once", arts: []string{"L1: Le juge statue, sans délai sur la demande.|Le greffier signe."},
			lines: []string{at + "le signe : « , » est supprimé."},
			want:  "l1: Le juge statue sans délai sur la demande.|Le greffier signe."},
		{name: "not there", arts: []string{"L1: Le juge statue sans délai.|Le greffier signe."},
			lines: []string{at + "le signe : « , » est supprimé."},
			want:  "l1: Le juge statue sans délai.|Le greffier signe.", err: errApplyAny26},
	})
}

// TestWords26PeriodForWords: words ending with a word replaced by the
// sign "." alone begin a sentence after them: its first word takes a
// capital (it stayed lower case).
func TestWords26PeriodForWords(t *testing.T) {
	const at = "Au premier alinéa de l'article L. 1 du code civil, "
	runWords26(t, []renum22Case{
		{name: "et by a period", arts: []string{"L1: Le juge part et il revient.|Le greffier signe."},
			lines: []string{at + "le mot : « et » est remplacé par le signe : « . »."},
			want:  "l1: Le juge part. Il revient.|Le greffier signe."},
		{name: "a comma and a word by a period", arts: []string{"L1: Le juge part, ensuite il revient.|Le greffier signe."},
			lines: []string{at + "les mots : « , ensuite » sont remplacés par le signe : « . »."},
			want:  "l1: Le juge part. Il revient.|Le greffier signe."},
		{name: "a noun keeps its capital", arts: []string{"L1: Le juge part et État revient.|Le greffier signe."},
			lines: []string{at + "le mot : « et » est remplacé par le signe : « . »."},
			want:  "l1: Le juge part. État revient.|Le greffier signe."},
		{name: "the words with the period", arts: []string{"L1: Le juge part et il revient.|Le greffier signe."},
			lines: []string{at + "les mots : « et il » sont remplacés par les mots : « . Il »."},
			want:  "l1: Le juge part. Il revient.|Le greffier signe."},
	})
}

// TestWords26ReplacedThenEndDeleted: "les mots : « A » sont remplacés par
// le signe : « . » et la fin de la phrase (de l'alinéa) est supprimée" is
// "les mots : « A » et la fin … sont remplacés par …" (it was refused).
func TestWords26ReplacedThenEndDeleted(t *testing.T) {
	const at = "Au premier alinéa de l'article L. 1 du code civil, "
	const art = "L1: Le juge statue sans délai sur la demande des parties. Il signe.|Le greffier signe."
	runWords26(t, []renum22Case{
		{name: "the sentence's end", arts: []string{art},
			lines: []string{at + "le mot : « sur » est remplacé par le signe : « . » et la fin de la phrase est supprimée."},
			want:  "l1: Le juge statue sans délai. Il signe.|Le greffier signe."},
		{name: "the alinéa's end", arts: []string{art},
			lines: []string{at + "les mots : « sur la demande » sont remplacés par le signe : « . » et la fin de l'alinéa est supprimée."},
			want:  "l1: Le juge statue sans délai.|Le greffier signe."},
		{name: "by words", arts: []string{art},
			lines: []string{at + "les mots : « sur la demande » sont remplacés par les mots : « en urgence » et la fin de la phrase est supprimée."},
			want:  "l1: Le juge statue sans délai en urgence. Il signe.|Le greffier signe."},
		{name: "the words twice", arts: []string{"L1: Le juge statue sur la demande, puis sur la demande des parties.|Le greffier signe."},
			lines: []string{at + "les mots : « sur la demande » sont remplacés par le signe : « . » et la fin de l'alinéa est supprimée."},
			want:  "l1: Le juge statue sur la demande, puis sur la demande des parties.|Le greffier signe.", err: errApplyAny26},
		{name: "another operation before", arts: []string{art},
			lines: []string{at + "le mot : « juge » est remplacé par le mot : « magistrat », les mots : « sur la demande » sont remplacés par le signe : « . » et la fin de l'alinéa est supprimée."},
			want:  "l1: Le juge statue sans délai sur la demande des parties. Il signe.|Le greffier signe.", err: errVerbInLocator},
	})
}

// cutArt26 splits "L1: a|b" into its heading and alinéas.
func cutArt26(a string) (string, []string, bool) {
	h, al, ok := strings.Cut(a, ": ")
	return h, strings.Split(al, "|"), ok
}

// TestWords26SignEveryOccurrence: a lone sign the law says of every
// occurrence ("à chaque occurrence", "partout où il figure", "toutes les
// occurrences du signe") is each one edited (it was refused as found
// twice); the amendments' "supprimer … à chaque occurrence" too.
func TestWords26SignEveryOccurrence(t *testing.T) {
	const at = "Au premier alinéa de l'article L. 1 du code civil, "
	runWords26(t, []renum22Case{
		{name: "à chaque occurrence", arts: []string{words26Art},
			lines: []string{at + "le signe : « , » est supprimé à chaque occurrence."},
			want:  "l1: Le juge statue sans délai sur la demande.|Le greffier signe."},
		{name: "toutes les occurrences du signe", arts: []string{words26Art},
			lines: []string{at + "toutes les occurrences du signe : « , » sont supprimées."},
			want:  "l1: Le juge statue sans délai sur la demande.|Le greffier signe."},
		{name: "partout où il figure, over the article", arts: []string{"L1: Le juge statue, sans délai, sur la demande.|Le juge, seul, signe."},
			lines: []string{"À l'article L. 1 du code civil, le signe : « , » est remplacé, partout où il figure, par le mot : « et »."},
			want:  "l1: Le juge statue et sans délai et sur la demande.|Le juge et seul et signe."},
		{name: "none there", arts: []string{"L1: Le juge statue sans délai.|Le greffier signe."},
			lines: []string{at + "le signe : « , » est supprimé à chaque occurrence."},
			want:  "l1: Le juge statue sans délai.|Le greffier signe.", err: errApplyAny26},
	})
	r := ApplyAmendment(Article{Number: "1er", Alineas: []string{"Le juge statue, sans délai, sur la demande.", "Le juge, seul, signe."}}, "À l'alinéa 1, supprimer le signe : « , » à chaque occurrence.")
	if len(r.Refusals) != 0 || !r.Applied || r.Article.Alineas[0] != "Le juge statue sans délai sur la demande." || r.Article.Alineas[1] != "Le juge, seul, signe." {
		t.Errorf("amendment: %+v", r)
	}
}
