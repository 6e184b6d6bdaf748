package law

import (
	"errors"
	"testing"
)

// TestOrder19InsertedOutOfOrderTyped: a new article refused at parse
// time because its number puts it on the other side of the article it
// is placed beside ("Après l'article L. 5, il est inséré un article
// L. 4-1") keeps a typed error beside its Reason (errInsertedOutOfOrder,
// errOrderBesideNotCertain for "Après l'article L. 4-1, … L. 4 bis");
// it had a string only. Read ones keep none.
func TestOrder19InsertedOutOfOrderTyped(t *testing.T) {
	for _, c := range []struct {
		place, anchor, art string
		want               error // nil: read
	}{
		{"Après", "L. 5", "L. 4-1", errInsertedOutOfOrder{}},
		{"Avant", "L. 5", "L. 5-1", errInsertedOutOfOrder{}},
		{"Après", "L. 4-1", "L. 4 bis", errOrderBesideNotCertain{}},
		{"Après", "L. 4", "L. 4-1", nil},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{c.place + " l'article " + c.anchor + " du code civil, il est inséré un article " + c.art + " ainsi rédigé :", "« Art. " + c.art + ". – Le bureau siège. »"}}})
		in := ins[0]
		var ok bool
		switch c.want.(type) {
		case nil:
			ok = in.Status == Parsed && in.refusal == nil
		case errInsertedOutOfOrder:
			var e errInsertedOutOfOrder
			ok = in.Status == Unparsed && errors.As(in.refusal, &e) && e.anchor == ArticleKey(c.anchor) && in.Reason == in.refusal.Error()
		case errOrderBesideNotCertain:
			var e errOrderBesideNotCertain
			ok = in.Status == Unparsed && errors.As(in.refusal, &e) && in.Reason == in.refusal.Error()
		}
		if !ok {
			t.Errorf("%s %s, %s: %v (%q, %v), want %T", c.place, c.anchor, c.art, in.Status, in.Reason, in.refusal, c.want)
		}
	}
}

// TestOrder19RenumberSentenceThenBeside: "Le chapitre III devient le
// chapitre IV. Après le chapitre II, il est inséré un chapitre III …",
// two sentences of one alinéa, is read as the two joined by "et"
// (renumberedThenBeside): the old chapter's articles go to the chapitre
// IV, the new chapitre III holds its own (it was refused, "a second
// clause naming no article"); the place written in full in the second
// sentence is read alike.
func TestOrder19RenumberSentenceThenBeside(t *testing.T) {
	cc := " du titre Ier du livre Ier du code civil"
	for _, second := range []string{"Après le chapitre II", "Après le chapitre II" + cc} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Le chapitre III" + cc + " devient le chapitre IV. " + second + ", il est inséré un chapitre III ainsi rédigé :", "« Chapitre III", "« Le bureau", "« Art. L. 4-1. – Le bureau siège. »"}}})
		if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 2 {
			t.Fatalf("%s: %+v, want read (two edits)", second, ins)
		}
		out, errs := Apply(order15Corpus(nil), ins, ApplyOptions{})
		l5 := out[CodeRef{Code: "code civil", Article: "l5"}].Division
		l41 := out[CodeRef{Code: "code civil", Article: "l4-1"}].Division
		if len(errs) > 0 || len(l5) == 0 || l5[len(l5)-1] != "chapitre-iv" || len(l41) == 0 || l41[len(l41)-1] != "chapitre-iii" {
			t.Errorf("%s: errors %v, L. 5 in %v, L. 4-1 in %v: want chapitre-iv, chapitre-iii", second, errs, l5, l41)
		}
	}
}

// TestOrder19BetweenAfterPlace: a place written before "entre" ("Au
// chapitre II, entre les articles L. 4 et L. 5, il est inséré un article
// L. 4-1", "Dans le code civil, entre l'article L. 4 et l'article L. 5,
// …", "Au titre Ier, entre le chapitre II et le chapitre III, … un
// chapitre II bis") is read as order18's "Entre …": after the first,
// the two next to each other — refused (errNotAdjacent) where an L. 4-2
// in force stands between them (it was read after L. 4, L. 5 not
// checked).
func TestOrder19BetweenAfterPlace(t *testing.T) {
	cc := " du titre Ier du livre Ier du code civil"
	a41 := "« Art. L. 4-1. – Le bureau siège. »"
	held := order15Corpus(map[string]string{"L4": "chapitre-ii", "L4-2": "chapitre-ii", "L5": "chapitre-iii"})
	for _, c := range []struct {
		text   []string
		corpus Corpus
		ok     bool
	}{
		{[]string{"Au chapitre II" + cc + ", entre les articles L. 4 et L. 5, il est inséré un article L. 4-1 ainsi rédigé :", a41}, order15Corpus(nil), true},
		{[]string{"Au chapitre II" + cc + ", entre les articles L. 4 et L. 5, il est inséré un article L. 4-1 ainsi rédigé :", a41}, held, false},
		{[]string{"Dans le code civil, entre l'article L. 4 et l'article L. 5, il est inséré un article L. 4-1 ainsi rédigé :", a41}, order15Corpus(nil), true},
		{[]string{"Dans le code civil, entre l'article L. 4 et l'article L. 5, il est inséré un article L. 4-1 ainsi rédigé :", a41}, held, false},
		{[]string{"Au titre Ier du livre Ier du code civil, entre le chapitre II et le chapitre III, il est inséré un chapitre II bis ainsi rédigé :", "« Chapitre II bis", "« Le bureau", a41}, order15Corpus(nil), true},
		{[]string{"Au titre Ier du livre Ier du code civil, entre le chapitre Ier et le chapitre III, il est inséré un chapitre II bis ainsi rédigé :", "« Chapitre II bis", "« Le bureau", a41}, order15Corpus(nil), false},
	} {
		errs, added := order17Apply(t, c.corpus, c.text)
		order17Judged[errNotAdjacent](t, c.text[0], errs, added, c.ok)
	}
}

// TestOrder19PlaceInDivisionBesideDash: new articles put at an end of a
// division holding an article whose order beside them is no convention
// held ("Le chapitre II est complété par un article L. 4 bis" while it
// holds L. 4-1; "… L. 4-1" while it holds L. 4 bis or L. 4 A; "Au début
// du chapitre III, … L. 4 bis (L. 4 A)" while it opens with L. 4-1) are
// refused (errPlaceInDivisionNotSaid; they were filed there as if the
// order held). Read: "… L. 4-2" while it holds L. 4-1, "… L. 4 ter"
// while it holds L. 4 bis, "Au début du chapitre III, … L. 4 bis" while
// it opens with L. 5.
func TestOrder19PlaceInDivisionBesideDash(t *testing.T) {
	cc := " du titre Ier du livre Ier du code civil"
	end, start := "Le chapitre II"+cc+" est complété par", "Au début du chapitre III"+cc+", il est inséré"
	for _, c := range []struct {
		held, in, place, art string
		ok                   bool
	}{
		{"L4-1", "chapitre-ii", end, "L. 4 bis", false},
		{"L4 bis", "chapitre-ii", end, "L. 4-1", false},
		{"L4 A", "chapitre-ii", end, "L. 4-1", false},
		{"L4-1", "chapitre-iii", start, "L. 4 bis", false},
		{"L4-1", "chapitre-ii", end, "L. 4-2", true},
		{"L4 bis", "chapitre-ii", end, "L. 4 ter", true},
		{"L4-1", "chapitre-iii", start, "L. 4 A", false},
		{"L5", "chapitre-iii", start, "L. 4 bis", true},
	} {
		corpus := order15Corpus(map[string]string{"L4": "chapitre-ii", c.held: c.in, "L6": "chapitre-iii"})
		errs, added := order17Apply(t, corpus, []string{c.place + " un article " + c.art + " ainsi rédigé :", "« Art. " + c.art + ". – Le bureau siège. »"})
		order17Judged[errPlaceInDivisionNotSaid](t, c.place+" "+c.art+" ("+c.held+" held)", errs, added, c.ok)
	}
}

// TestOrder19RangePlaceNotSaid: a range over articles one of which the
// code orders by no convention held beside an end ("Les articles L. 4 à
// L. 4-1 sont abrogés", "Les articles L. 4-1 à L. 4-3 deviennent les
// articles L. 7-1 à L. 7-3" while L. 4 bis is in force) is refused with
// a typed error (errRangePlaceNotSaid; the repeal had a string only, the
// renumbering said L. 4 bis was "inside the range"). Read: the same
// ranges while no such article is in force.
func TestOrder19RangePlaceNotSaid(t *testing.T) {
	for _, c := range []struct {
		text string
		bis  bool
	}{
		{"Les articles L. 4 à L. 4-1 du code civil sont abrogés.", true},
		{"Les articles L. 4 à L. 4-1 du code civil sont abrogés.", false},
		{"Les articles L. 4-1 à L. 4-3 du code civil deviennent les articles L. 7-1 à L. 7-3.", true},
		{"Les articles L. 4-1 à L. 4-3 du code civil deviennent les articles L. 7-1 à L. 7-3.", false},
	} {
		arts := map[string]string{"L4": "chapitre-ii", "L4-1": "chapitre-ii", "L4-2": "chapitre-ii", "L4-3": "chapitre-ii", "L5": "chapitre-iii"}
		if c.bis {
			arts["L4 bis"] = "chapitre-ii"
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{c.text}}})
		if ins[0].Status != Parsed {
			t.Fatalf("%s: not parsed (%s)", c.text, ins[0].Reason)
		}
		_, errs := Apply(order15Corpus(arts), ins, ApplyOptions{})
		var np errRangePlaceNotSaid
		switch {
		case c.bis && (len(errs) == 0 || !errors.As(errs[0].Err, &np) || np.article != ArticleKey("L4 bis")):
			t.Errorf("%s, L. 4 bis in force: errors %v, want refused (errRangePlaceNotSaid)", c.text, errs)
		case !c.bis && len(errs) > 0:
			t.Errorf("%s: errors %v, want read", c.text, errs)
		}
	}
}
