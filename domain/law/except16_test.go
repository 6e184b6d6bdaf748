package law

import (
	"strings"
	"testing"
)

// TestExcept16WordsButOneArticle: a word operation over a range of
// articles or a whole code but one article of it — "Aux articles L. 1 à
// L. 4, à l'exception de l'article L. 2, les mots : « A » sont remplacés
// par les mots : « B »", the exception before or after the operation,
// "sauf à l'article L. 2", "Dans l'ensemble du code civil, …" — edits
// every article but that one, which stays as it was.
func TestExcept16WordsButOneArticle(t *testing.T) {
	c := Corpus{}
	for _, h := range []string{"L1", "L2", "L3", "L4", "L5"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Le juge A signe."}}
	}
	for _, tc := range []struct {
		text    string
		changed string // the articles edited
	}{
		{"Aux articles L. 1 à L. 4 du code civil, à l'exception de l'article L. 2, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l1 l3 l4"},
		{"Aux articles L. 1 à L. 4 du code civil, les mots : « juge A » sont remplacés par les mots : « juge B », à l'exception de l'article L. 2.", "l1 l3 l4"},
		{"Aux articles L. 1 à L. 4 du code civil, sauf à l'article L. 4, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l1 l2 l3"},
		{"Aux articles L. 1 à L. 4 du code civil, les mots : « juge A » sont remplacés par les mots : « juge B », sauf à l'article L. 3.", "l1 l2 l4"},
		{"Dans l'ensemble du code civil, à l'exception de l'article L. 2, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l1 l3 l4 l5"},
		{"Dans l'ensemble du code civil, les mots : « juge A » sont remplacés par les mots : « juge B », sauf à l'article L. 5.", "l1 l2 l3 l4"},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.text}}})
		if len(ins) != 1 || ins[0].Status != Parsed {
			t.Fatalf("%s: %+v", tc.text, ins)
		}
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", tc.text, errs)
		}
		var changed []string
		for _, h := range []string{"l1", "l2", "l3", "l4", "l5"} {
			a := got[CodeRef{Code: "code civil", Article: h}]
			switch strings.Join(a.Alineas, "|") {
			case "Le juge B signe.":
				changed = append(changed, h)
			case "Le juge A signe.":
			default:
				t.Errorf("%s: %s %q", tc.text, h, a.Alineas)
			}
		}
		if strings.Join(changed, " ") != tc.changed {
			t.Errorf("%s: edited %v, want %s", tc.text, changed, tc.changed)
		}
	}
}

// TestExcept16WordsButOneArticleRefused: an article left out that is not
// in the range, not one article, of another code, of a division of the
// code (whether it is of it is not said), of a list of articles, or an
// operation on occurrences counted, is refused — never applied to every
// article.
func TestExcept16WordsButOneArticleRefused(t *testing.T) {
	for _, text := range []string{
		"Aux articles L. 1 à L. 4 du code civil, à l'exception de l'article L. 7, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1 à L. 4 du code civil, les mots : « A » sont remplacés par les mots : « B », sauf à l'article L. 7.",
		"Aux articles L. 1 à L. 4 du code civil, à l'exception de l'article L. 2 du code pénal, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1 à L. 4 du code civil, à l'exception du 2°, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1, L. 2 et L. 3 du code civil, à l'exception de l'article L. 2, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1, L. 2 et L. 3 du code civil, à l'exception de l'article L. 5, les mots : « A » sont remplacés par les mots : « B ».",
		"Au chapitre Ier du titre II du livre Ier du code civil, à l'exception de l'article L. 2, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1 à L. 4 du code civil, à l'exception de l'article L. 2, la seconde occurrence du mot : « A » est supprimée.",
		"Aux articles L. 1 à L. 4 du code civil, les mots : « A » sont remplacés par les mots : « B » et le mot : « C » est supprimé, sauf à l'article L. 2.",
		"Le code civil est ainsi modifié, à l'exception de l'article L. 2 : les mots : « A » sont remplacés par les mots : « B ».",
	} {
		for _, in := range ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}}) {
			if in.Status == Parsed {
				t.Errorf("%s: read %+v", text, in.Edits)
			}
		}
	}
}
