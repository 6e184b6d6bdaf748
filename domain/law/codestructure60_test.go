package law

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestCode7InstructionWholeOnAnArticle: an instruction of several edits
// ("les mots « A » sont remplacés par … et les mots « C » sont
// supprimés") is applied to an article whole or not at all: when one of
// its edits is refused, the article is put back as it was and its other
// edits are refused with it, each saying which edit was refused
// (WithRefused); the first edit stayed applied. Its edits to another
// article stand, as the consolidated codes apply what can be of an
// instruction naming several articles; so do those of a range of
// articles ("les articles L. 1 à L. 2"), read article by article as a
// list is (it was refused whole; before that, applied up to the article
// refused).
func TestCode7InstructionWholeOnAnArticle(t *testing.T) {
	l1 := CodeRef{Code: "code civil", Article: "l1"}
	l2 := CodeRef{Code: "code civil", Article: "l2"}
	c := Corpus{
		l1: {Ref: l1, Heading: "L1", Alineas: []string{"Le maire signe. Le préfet vise."}},
		l2: {Ref: l2, Heading: "L2", Alineas: []string{"Le maire signe."}},
	}
	for _, tc := range []struct {
		text   string
		l1, l2 string
		with   []int // WithRefused of the errors, in order
	}{
		{"À l'article L. 1 du code civil, les mots : « maire » sont remplacés par les mots : « juge » et les mots : « absent » sont supprimés.",
			"Le maire signe. Le préfet vise.", "Le maire signe.", []int{0, 2}},
		{"À l'article L. 1 du code civil, les mots : « maire » sont remplacés par les mots : « juge » et les mots : « préfet » sont supprimés.",
			"Le juge signe. Le vise.", "Le maire signe.", nil},
		{"Aux articles L. 1 et L. 2 du code civil, le mot : « préfet » est remplacé par le mot : « juge ».",
			"Le maire signe. Le juge vise.", "Le maire signe.", []int{0}},
		{"Au premier alinéa de l'article L. 2 et à l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge » et les mots : « absent » sont supprimés.",
			"Le maire signe. Le préfet vise.", "Le maire signe.", nil},
		// A range is read article by article, as a list is (it was
		// refused whole — TestLeft5RangeArticleByArticle).
		{"Aux articles L. 1 à L. 2 du code civil, le mot : « préfet » est remplacé par le mot : « juge ».",
			"Le maire signe. Le juge vise.", "Le maire signe.", []int{0}},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		var with []int
		for _, e := range errs {
			with = append(with, e.WithRefused)
			var w errWithRefused
			if e.WithRefused != 0 && (!errors.As(e, &w) || w.edit != e.WithRefused) {
				t.Errorf("%s: %v does not carry errWithRefused", tc.text, e)
			}
		}
		if len(ins) != 1 || ins[0].Status != Parsed {
			t.Errorf("%s: not parsed %+v", tc.text, ins)
			continue
		}
		if g1, g2 := strings.Join(got[l1].Alineas, ""), strings.Join(got[l2].Alineas, ""); g1 != tc.l1 || g2 != tc.l2 || tc.with != nil && !slices.Equal(with, tc.with) {
			t.Errorf("%s:\ngot %q %q %v (%v)\nwant %q %q %v", tc.text, g1, g2, with, errs, tc.l1, tc.l2, tc.with)
		}
	}
}

// TestCode7NewLastItemTakesTheConjunction: a list whose item before the
// last ends with " ; et" (" ; ou") gets a new last item: the conjunction
// moves with the period, as the consolidated codes print it — "b) … ;",
// "c) … ; et", "d) … ." (the period moved, "et" stayed on the b). A new
// item ending with " ;" (the list goes on after it) moves neither; an
// item inserted inside the list, nothing; the "et" of a list inside the
// last item stays (it went to the last sub-item).
func TestCode7NewLastItemTakesTheConjunction(t *testing.T) {
	letters := []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ; et", "c) Les navires."}
	items := []string{"Sont exclus :", "1° Les meubles ; ou", "2° Les immeubles."}
	dashes := []string{"Sont exclus :", "– les meubles ; et", "– les immeubles."}
	runGrammar(t, []grammarCase{
		{name: "letters", before: letters, text: []string{"L'article L. 1 du code civil est complété par un d ainsi rédigé :", "« d) Les aéronefs. »"},
			want: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ;", "c) Les navires ; et", "d) Les aéronefs."}},
		{name: "items, ou", before: items, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Les navires. »"},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ; ou", "3° Les navires."}},
		{name: "two new items", before: items, text: []string{"L'article L. 1 du code civil est complété par des 3° et 4° ainsi rédigés :", "« 3° Les navires ;", "« 4° Les aéronefs. »"},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires ; ou", "4° Les aéronefs."}},
		{name: "two new items, the conjunction in the new text", before: items, text: []string{"L'article L. 1 du code civil est complété par des 3° et 4° ainsi rédigés :", "« 3° Les navires ; ou", "« 4° Les aéronefs. »"},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires ; ou", "4° Les aéronefs."}},
		{name: "dashes", before: dashes, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« – les navires. »"},
			want: []string{"Sont exclus :", "– les meubles ;", "– les immeubles ; et", "– les navires."}},
		{name: "inserted inside", before: letters, text: []string{"Après le a de l'article L. 1 du code civil, il est inséré un a bis ainsi rédigé :", "« a bis) Les bateaux ; »"},
			want: []string{"Sont exclus :", "a) Les meubles ;", "a bis) Les bateaux ;", "b) Les immeubles ; et", "c) Les navires."}},
		{name: "the conjunction of a list inside the last item stays", before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles :", "a) Bâtis ; et", "b) Loués."}, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Les navires. »"},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles :", "a) Bâtis ; et", "b) Loués ;", "3° Les navires."}},
		{name: "the conjunction already moved by the bill", before: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ; et"}, text: []string{"L'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Les navires. »"},
			want: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ; et", "c) Les navires."}},
	})
}

// TestCode7DashByRank: a dash of a list named by its rank — "le
// deuxième tiret du 3°", "le dernier tiret", "Au 3°, le deuxième tiret
// …", "Au 3° de l'article L. 1, au deuxième tiret, …" — is that alinéa
// opening with a dash among the division's (they were refused: "a part
// of an article not read"), counted, as alinéas are, on the text as the
// bill article found it. The dashes of the division must be one list:
// in an article holding a list under the 1° and another under the 2°,
// "le premier tiret de l'article" is refused, as is a rank the list does
// not reach. Ranks listed ("les premier et deuxième tirets", "aux
// premier et troisième tirets") are each that dash; dashes counted ("les
// deux derniers tirets") are the last two (since dashes27).
func TestCode7DashByRank(t *testing.T) {
	P := []string{"Sont exclus :", "1° Les meubles ;", "2° Les personnes :", "– les maires ;", "– les juges ;", "– les préfets.", "3° Les navires."}
	two := []string{"Sont exclus :", "1° Les meubles :", "– les bateaux ;", "– les voitures ;", "2° Les personnes :", "– les maires ;", "– les juges."}
	of := " du 2° de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "words", before: P, text: []string{"Au deuxième tiret" + of + ", le mot : « juges » est remplacé par le mot : « greffiers »."},
			want: []string{P[0], P[1], P[2], P[3], "– les greffiers ;", P[5], P[6]}},
		{name: "the last deleted", before: P, text: []string{"Le dernier tiret" + of + " est supprimé."},
			want: []string{P[0], P[1], P[2], P[3], "– les juges.", P[6]}},
		{name: "rewritten", before: P, text: []string{"Le premier tiret" + of + " est ainsi rédigé :", "« – les greffiers ; »."},
			want: []string{P[0], P[1], P[2], "– les greffiers ;", P[4], P[5], P[6]}},
		{name: "a dash inserted after", before: P, text: []string{"Après le deuxième tiret" + of + ", il est inséré un alinéa ainsi rédigé :", "« – les greffiers ; »."},
			want: []string{P[0], P[1], P[2], P[3], P[4], "– les greffiers ;", P[5], P[6]}},
		{name: "the subject after the locator", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au 2°, le deuxième tiret est supprimé ;", "2° Au 3°, le mot : « navires » est remplacé par le mot : « bateaux »."},
			want: []string{P[0], P[1], P[2], P[3], P[5], "3° Les bateaux."}},
		{name: "after the article and a comma", before: P, text: []string{"Au 2° de l'article L. 1 du code civil, au troisième tiret, le mot : « préfets » est remplacé par le mot : « juges »."},
			want: []string{P[0], P[1], P[2], P[3], P[4], "– les juges.", P[6]}},
		{name: "counted on the text the bill article found", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier tiret du 2° est supprimé ;", "2° Au deuxième tiret du 2°, le mot : « juges » est remplacé par le mot : « greffiers »."},
			want: []string{P[0], P[1], P[2], "– les greffiers ;", P[5], P[6]}},
		{name: "two lists: refused", before: two, text: []string{"Au premier tiret de l'article L. 1 du code civil, le mot : « maires » est remplacé par le mot : « juges »."}},
		{name: "a rank not there: refused", before: P, text: []string{"Le quatrième tiret" + of + " est supprimé."}},
		{name: "several dashes", before: P, text: []string{"Les premier et deuxième tirets" + of + " sont supprimés."},
			want: []string{P[0], P[1], P[2], P[5], P[6]}},
		{name: "several dashes' words", before: P, text: []string{"Aux premier et troisième tirets" + of + ", le mot : « les » est remplacé par le mot : « des »."},
			want: []string{P[0], P[1], P[2], "– des maires ;", P[4], "– des préfets.", P[6]}},
		// Dashes counted were refused here until dashes27: the last two
		// dashes of the 2°'s list, the one before them taking the
		// list's period (countedDashes27).
		{name: "counted dashes", before: P, text: []string{"Les deux derniers tirets" + of + " sont supprimés."},
			want: []string{P[0], P[1], P[2], "– les maires.", P[6]}},
	})
}
