package law

import (
	"strings"
	"testing"
)

// TestGrammarAtTheEnd: "à la fin de …" / "au début de …" name words
// that end (begin) the division — not their last (first) occurrence
// anywhere in it; an anchor ("au début de la phrase, après les mots …")
// is only located by them.
func TestGrammarAtTheEnd(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "à la fin de l'article, words not at its end: refused, never the last occurrence", before: []string{"Le maire agit avec le maire adjoint."}, text: []string{"À la fin de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: nil},
		{name: "à la fin: the words that end it", before: []string{"Le maire agit avec le maire."}, text: []string{"À la fin de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le maire agit avec le préfet."}},
		{name: "au début: the words that begin it", before: []string{"Le maire agit avec Le Pen."}, text: []string{"Au début de l'article L. 1 du code civil, le mot : « Le » est remplacé par le mot : « Un »."}, want: []string{"Un maire agit avec Le Pen."}},
		{name: "à la fin: words at the start are not at the end", before: []string{"Le maire agit, le préfet signe."}, text: []string{"À la fin de l'article L. 1 du code civil, les mots : « le maire » sont remplacés par les mots : « le juge »."}, want: nil},
		{name: "à la fin de l'article: the last alinéa's end", before: []string{"Le maire agit.", "Le préfet signe."}, text: []string{"À la fin de l'article L. 1 du code civil, les mots : « signe » sont remplacés par les mots : « contresigne »."}, want: []string{"Le maire agit.", "Le préfet contresigne."}},
	})
}

// TestAmendmentPlacePerDesignation: "à la fin des alinéas 5 et 6 et à
// l'alinéa 7" puts the end on 5 and 6 only.
func TestAmendmentPlacePerDesignation(t *testing.T) {
	bill := []string{"A.", "B.", "C.", "D.", "E du présent article ;", "F du présent article ;", "G du présent article, sous réserve."}
	r := ApplyAmendment(Article{Number: "1", Alineas: bill}, "À la fin des alinéas 5 et 6 et à l'alinéa 7, substituer aux mots : « présent article » les mots : « même 1° ».")
	want := []string{"A.", "B.", "C.", "D.", "E du même 1° ;", "F du même 1° ;", "G du même 1°, sous réserve."}
	if !r.Applied || strings.Join(r.Article.Alineas, "|") != strings.Join(want, "|") {
		t.Fatalf("got %+v", r)
	}
	r = ApplyAmendment(Article{Number: "1", Alineas: bill}, "À la fin de l'alinéa 7, substituer aux mots : « présent article » les mots : « même 1° ».")
	if r.Applied {
		t.Fatalf("applied where the words do not end the alinéa: %q", r.Article.Alineas)
	}
}
