package law

import (
	"errors"
	"sort"
	"strings"
	"testing"
)

// renum22Case is a bill article applied to articles of the code civil
// (headings "L1", "L3-1", alinéas joined by "|"): want is every article
// after, "L1: a|b" joined by " / " ("" when refused and nothing changed
// is still the articles as they were); err a typed refusal (parse or
// apply) every refused instruction must give, nil for none refused.
type renum22Case struct {
	name  string
	arts  []string
	lines []string
	want  string
	err   error
}

func runRenum22(t *testing.T, cases []renum22Case) {
	t.Helper()
	for _, c := range cases {
		corpus := Corpus{}
		for _, a := range c.arts {
			h, al, _ := strings.Cut(a, ": ")
			ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: strings.Split(al, "|")}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.lines}})
		got, errs := Apply(corpus, ins, ApplyOptions{})
		refused := len(errs) > 0
		for _, in := range ins {
			if in.Status == Unparsed {
				refused = true
				if c.err == nil || !errors.Is(in.refusal, c.err) {
					t.Errorf("%s: refused %q (%v), want %v", c.name, in.Reason, in.refusal, c.err)
				}
			}
		}
		for _, e := range errs {
			var with errWithRefused
			if errors.As(e.Err, &with) {
				continue // another edit of the instruction, refused with it
			}
			if c.err == nil || !errors.Is(e.Err, c.err) {
				t.Errorf("%s: apply error %v, want %v", c.name, e, c.err)
			}
		}
		if c.err != nil && !refused {
			t.Errorf("%s: not refused, want %v", c.name, c.err)
		}
		var arts []string
		for ref, a := range got {
			if inForce(a) {
				arts = append(arts, ref.Article+": "+strings.Join(a.Alineas, "|"))
			}
		}
		sort.Strings(arts)
		if g := strings.Join(arts, " / "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}

const renum22List = "L1: Premier :|1° Un ;|2° Deux ;|3° Trois."

// TestRenum22RelabelOrder: items of one list relabelled by several
// clauses of one instruction go in the order that frees each label
// before it is given, whatever the order written ("le 4° devient le 2°
// et le 2° devient le 5°": the 2° first — it was refused, a 2° there
// still); labels that go round (a swap, "le 1° devient le 2° et le 2°
// devient le 1°", the list "les 1° et 2° deviennent respectivement les 2°
// et 1°") are refused with errRelabelCycle22 (at parse time; each was
// refused at apply, untyped); a label in force not freed by the
// instruction ("le 2° devient le 3°" with a 3° there) is refused at apply
// with errLabelInForce22.
func TestRenum22RelabelOrder(t *testing.T) {
	at := "À l'article L. 1 du code civil, "
	runRenum22(t, []renum22Case{
		{"shift up, the first written first", []string{renum22List}, []string{at + "le 2° devient le 3° et le 3° devient le 4°."}, "l1: Premier :|1° Un ;|3° Deux ;|4° Trois.", nil},
		{"shift up, the last written first", []string{renum22List}, []string{at + "le 3° devient le 4° et le 2° devient le 3°."}, "l1: Premier :|1° Un ;|3° Deux ;|4° Trois.", nil},
		{"a list shifted up", []string{renum22List}, []string{at + "les 2° et 3° deviennent respectivement les 3° et 4°."}, "l1: Premier :|1° Un ;|3° Deux ;|4° Trois.", nil},
		{"a range shifted up", []string{renum22List}, []string{at + "les 1° à 3° deviennent respectivement les 2° à 4°."}, "l1: Premier :|2° Un ;|3° Deux ;|4° Trois.", nil},
		{"parts shifted up", []string{"L1: I. – Un.|II. – Deux.|III. – Trois."}, []string{at + "les II et III deviennent les III et IV."}, "l1: I. – Un.|III. – Deux.|IV. – Trois.", nil},
		{"letters of an item shifted up", []string{"L1: Premier :|1° Un :|a) aa ;|b) bb ;|2° Deux."}, []string{at + "les a et b du 1° deviennent les b et c."}, "l1: Premier :|1° Un :|b) aa ;|c) bb ;|2° Deux.", nil},
		{"a shift down, the last written first", []string{"L1: Premier :|1° Un ;|3° Trois ;|4° Quatre."}, []string{at + "le 4° devient le 3° et le 3° devient le 2°."}, "l1: Premier :|1° Un ;|2° Trois ;|3° Quatre.", nil},
		{"a swap by two clauses", []string{renum22List}, []string{at + "le 1° devient le 2° et le 2° devient le 1°."}, "l1: Premier :|1° Un ;|2° Deux ;|3° Trois.", errRelabelCycle22},
		{"a swap by a list", []string{renum22List}, []string{at + "les 1° et 2° deviennent respectivement les 2° et 1°."}, "l1: Premier :|1° Un ;|2° Deux ;|3° Trois.", errRelabelCycle22},
		{"a cycle of three", []string{renum22List}, []string{at + "le 1° devient le 2°, le 2° devient le 3° et le 3° devient le 1°."}, "l1: Premier :|1° Un ;|2° Deux ;|3° Trois.", errRelabelCycle22},
		{"onto a label in force", []string{renum22List}, []string{at + "le 2° devient le 3°."}, "l1: Premier :|1° Un ;|2° Deux ;|3° Trois.", errLabelInForce22},
		{"same labels in two lists: no cycle", []string{"L1: I. – Un :|1° a ;|2° b.|II. – Deux :|1° c ;|2° d."}, []string{at + "le 2° du I devient le 3° et le 2° du II devient le 3°."}, "l1: I. – Un :|1° a ;|3° b.|II. – Deux :|1° c ;|3° d.", nil},
	})
}

// TestRenum22WordsThenRelabel: words edited in an item and the item
// relabelled in one sentence, the relabelling last — "Au 2°, le mot : « A
// » est remplacé par le mot : « B » et le 2° devient le 3°" — are read in
// the text's order: the words in the 2° as it stands, then the
// relabelling (it was refused: "renumbering after another verb"). The
// items relabelled are in the part that holds the place edited ("Au a du
// 1°, … et le b devient le c": the 1°'s). References to the item
// elsewhere are not changed (the law says when). A label in force not
// freed is refused (errLabelInForce22), and the words with it.
func TestRenum22WordsThenRelabel(t *testing.T) {
	two := "L1: Premier :|1° Un ;|2° Deux."
	runRenum22(t, []renum22Case{
		{"the item edited, relabelled", []string{two}, []string{"À l'article L. 1 du code civil, au 2°, le mot : « Deux » est remplacé par le mot : « Dos » et le 2° devient le 3°."}, "l1: Premier :|1° Un ;|3° Dos.", nil},
		{"the article after the item", []string{two}, []string{"Au 2° de l'article L. 1 du code civil, le mot : « Deux » est remplacé par le mot : « Dos » et le 2° devient le 3°."}, "l1: Premier :|1° Un ;|3° Dos.", nil},
		{"joined by a semicolon", []string{two}, []string{"À l'article L. 1 du code civil, au 2°, le mot : « Deux » est remplacé par le mot : « Dos » ; le 2° devient le 3°."}, "l1: Premier :|1° Un ;|3° Dos.", nil},
		{"words deleted", []string{"L1: Premier :|1° Un ;|2° Deux fois."}, []string{"À l'article L. 1 du code civil, au 2°, le mot : « fois » est supprimé et le 2° devient le 3°."}, "l1: Premier :|1° Un ;|3° Deux.", nil},
		{"another item relabelled, references kept", []string{renum22List, "L2: Voir le 3° de l'article L. 1."}, []string{"Au 2° de l'article L. 1 du code civil, le mot : « Deux » est remplacé par le mot : « Dos » et le 3° devient le 4°."}, "l1: Premier :|1° Un ;|2° Dos ;|4° Trois. / l2: Voir le 3° de l'article L. 1.", nil},
		{"under the article's head", []string{two}, []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au 2°, le mot : « Deux » est remplacé par le mot : « Dos » et le 2° devient le 3° ;", "2° Au premier alinéa, le mot : « Premier » est remplacé par le mot : « Primo »."}, "l1: Primo :|1° Un ;|3° Dos.", nil},
		{"letters in the item", []string{"L1: Premier :|1° Un :|a) aa ;|b) bb."}, []string{"À l'article L. 1 du code civil, au a du 1°, le mot : « aa » est remplacé par le mot : « zz » et le b devient le c."}, "l1: Premier :|1° Un :|a) zz ;|c) bb.", nil},
		{"onto a label in force", []string{renum22List}, []string{"À l'article L. 1 du code civil, au 2°, le mot : « Deux » est remplacé par le mot : « Dos » et le 2° devient le 3°."}, "l1: Premier :|1° Un ;|2° Deux ;|3° Trois.", errLabelInForce22},
	})
}

// TestRenum22ArticlesRangeAndList: a range of articles renumbered onto a
// list of numbers, "Les articles L. 3 à L. 4 deviennent respectivement les
// articles L. 6 et L. 7", and a list onto a range, "Les articles L. 3 et
// L. 4 deviennent les articles L. 6 à L. 7", are read number for number
// (they were refused: the range counted as one, the source not a range);
// a shift onto numbers the list frees goes from the last. Counts that
// differ stay refused, and an article in force inside the range not
// renumbered with it (an L. 3-1) is refused at apply.
func TestRenum22ArticlesRangeAndList(t *testing.T) {
	three := []string{"L3: Trois.", "L4: Quatre.", "L5: Cinq."}
	runRenum22(t, []renum22Case{
		{"range onto a list", three, []string{"Les articles L. 3 à L. 4 du code civil deviennent respectivement les articles L. 6 et L. 7."}, "l5: Cinq. / l6: Trois. / l7: Quatre.", nil},
		{"range onto a list, shifted up", three, []string{"Les articles L. 3 à L. 5 du code civil deviennent respectivement les articles L. 4, L. 5 et L. 6."}, "l4: Trois. / l5: Quatre. / l6: Cinq.", nil},
		{"list onto a range", three, []string{"Les articles L. 3 et L. 4 du code civil deviennent les articles L. 6 à L. 7."}, "l5: Cinq. / l6: Trois. / l7: Quatre.", nil},
		{"list onto a range, shifted up", three, []string{"Les articles L. 4 et L. 5 du code civil deviennent respectivement les articles L. 5 à L. 6."}, "l3: Trois. / l5: Quatre. / l6: Cinq.", nil},
		{"a list shifted up, L. 2 freed", []string{"L1: Un.", "L2: Deux."}, []string{"Les articles L. 1 et L. 2 du code civil deviennent respectivement les articles L. 2 et L. 3."}, "l2: Un. / l3: Deux.", nil},
		{"an article renumbered, then edited", []string{"L5: Cinq un.|Deux."}, []string{"L'article L. 5 du code civil devient l'article L. 6 et est ainsi modifié :", "1° Au premier alinéa, le mot : « un » est remplacé par le mot : « uno » ;", "2° Le second alinéa est supprimé."}, "l6: Cinq uno.", nil},
	})
	for _, c := range []struct{ name, line string }{
		{"range longer than the list", "Les articles L. 3 à L. 5 du code civil deviennent respectivement les articles L. 6 et L. 7."},
		{"list longer than the range", "Les articles L. 3, L. 4 et L. 5 du code civil deviennent les articles L. 6 à L. 7."},
		{"a range's ends of two series", "Les articles L. 3 à L. 4-1 du code civil deviennent les articles L. 6 et L. 7."},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{c.line}}})
		if len(ins) != 1 || ins[0].Status != Unparsed {
			t.Errorf("%s: want refused, got %+v", c.name, ins)
		}
	}
	corpus := Corpus{}
	for _, h := range []string{"L3", "L3-1", "L4"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{h + "."}}
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Les articles L. 3 à L. 4 du code civil deviennent respectivement les articles L. 6 et L. 7."}}})
	if _, errs := Apply(corpus, ins, ApplyOptions{}); len(errs) == 0 {
		t.Errorf("an L. 3-1 inside the range: want refused")
	}
}

// TestRenum22LocatorsChained: locators chained before a renumbering, "À
// l'article L. 1, au 2°, les a et b deviennent respectivement les b et
// c", are read each within the one before, as "Au 2° de l'article L. 1,
// …" (it was refused: "au 2°, les a" read as the subject, a renumbering
// into a division); a place not holding the items is refused at apply.
func TestRenum22LocatorsChained(t *testing.T) {
	letters := "L1: Premier :|1° Un ;|2° Deux :|a) aa ;|b) bb ;|3° Trois."
	parts := "L1: I. – Un :|1° Un ;|2° Deux.|II. – Deux."
	runRenum22(t, []renum22Case{
		{"letters of an item", []string{letters}, []string{"À l'article L. 1 du code civil, au 2°, les a et b deviennent respectivement les b et c."}, "l1: Premier :|1° Un ;|2° Deux :|b) aa ;|c) bb ;|3° Trois.", nil},
		{"one letter", []string{letters}, []string{"À l'article L. 1 du code civil, au 2°, le b devient le c."}, "l1: Premier :|1° Un ;|2° Deux :|a) aa ;|c) bb ;|3° Trois.", nil},
		{"items of a part", []string{parts}, []string{"À l'article L. 1 du code civil, au I, le 2° devient le 3°."}, "l1: I. – Un :|1° Un ;|3° Deux.|II. – Deux.", nil},
		{"onto a letter in force", []string{"L1: Premier :|1° Un ;|2° Deux :|a) aa ;|b) bb ;|c) cc ;|3° Trois."}, []string{"À l'article L. 1 du code civil, au 2°, les a et b deviennent respectivement les b et c."}, "l1: Premier :|1° Un ;|2° Deux :|a) aa ;|b) bb ;|c) cc ;|3° Trois.", errLabelInForce22},
	})
	// The II holds no 2°: refused (not found).
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"À l'article L. 1 du code civil, au II, le 2° devient le 3°."}}})
	ref := CodeRef{Code: "code civil", Article: "l1"}
	corpus := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: strings.Split(strings.TrimPrefix(parts, "L1: "), "|")}}
	if _, errs := Apply(corpus, ins, ApplyOptions{}); len(errs) != 1 {
		t.Errorf("the II's 2°: want refused, got %v", errs)
	}
}
