package law

import (
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
// instruction naming several articles; a range of articles ("les
// articles L. 1 à L. 2") is refused whole (it was applied up to the
// article refused).
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
		// A range is one place: refused in L. 2, it is put back in L. 1.
		{"Aux articles L. 1 à L. 2 du code civil, le mot : « préfet » est remplacé par le mot : « juge ».",
			"Le maire signe. Le préfet vise.", "Le maire signe.", []int{0}},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		var with []int
		for _, e := range errs {
			with = append(with, e.WithRefused)
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
// item inserted inside the list, nothing.
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
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ; ou", "3° Les navires ;", "4° Les aéronefs."}},
		{name: "dashes", before: dashes, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« – les navires. »"},
			want: []string{"Sont exclus :", "– les meubles ;", "– les immeubles ; et", "– les navires."}},
		{name: "inserted inside", before: letters, text: []string{"Après le a de l'article L. 1 du code civil, il est inséré un a bis ainsi rédigé :", "« a bis) Les bateaux ; »"},
			want: []string{"Sont exclus :", "a) Les meubles ;", "a bis) Les bateaux ;", "b) Les immeubles ; et", "c) Les navires."}},
		{name: "the conjunction already moved by the bill", before: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ; et"}, text: []string{"L'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Les navires. »"},
			want: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ; et", "c) Les navires."}},
	})
}
