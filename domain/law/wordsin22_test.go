package law

import (
	"errors"
	"strings"
	"testing"
)

// wordsin22Apply parses text as a bill article and applies it to an
// article L. 1 of the code civil holding before.
func wordsin22Apply(before, text []string) ([]string, []Instruction, []ApplyError) {
	ref := CodeRef{Code: "code civil", Article: "l1"}
	c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: before}}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
	got, errs := Apply(c, ins, ApplyOptions{})
	return got[ref].Alineas, ins, errs
}

// TestWordsin22WordsEditedInside: a head naming words or a sentence
// ("les mots : « … » sont ainsi modifiés :", "la phrase : « … » est
// ainsi modifiée :", its place before it, if any) is a context: its
// items edit those words only, one after the other (they were refused:
// "a part of an article not read: mots", the items with it). A dash
// head's dashes are its items. Where the words named are not once in
// the place, or an item's words not once in them, or an item edits
// anything else, the group is refused whole.
func TestWordsin22WordsEditedInside(t *testing.T) {
	B := []string{"Au premier alinéa, le juge statue.", "Le second alinéa reste."}
	code := "L'article L. 1 du code civil est ainsi modifié :"
	for _, tc := range []struct {
		name   string
		before []string
		text   []string
		want   []string
		err    error // a refusal of some instruction, nil for none
	}{
		{"dash head, dash item", B, []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :",
			"– les mots : « au premier alinéa » sont ainsi modifiés :", "– le mot : « premier » est remplacé par le mot : « second » ;"},
			[]string{"Au second alinéa, le juge statue.", B[1]}, nil},
		{"letter head, two dashes, next letter", B, []string{code, "a) Les mots : « au premier alinéa » sont ainsi modifiés :",
			"– le mot : « premier » est remplacé par le mot : « second » ;", "– le mot : « alinéa » est remplacé par le mot : « paragraphe » ;",
			"b) Le second alinéa est supprimé."},
			[]string{"Au second paragraphe, le juge statue."}, nil},
		{"a sentence named", []string{"Au premier alinéa, le juge statue. Il tranche au premier jour."}, []string{code,
			"1° La phrase : « Il tranche au premier jour. » est ainsi modifiée :",
			"a) Le mot : « premier » est remplacé par le mot : « dernier » ;", "b) Le mot : « jour » est remplacé par le mot : « mois »."},
			[]string{"Au premier alinéa, le juge statue. Il tranche au dernier mois."}, nil},
		{"a place, delete, insert, add", B, []string{code, "1° Au premier alinéa, les mots : « le juge statue » sont ainsi modifiés :",
			"a) Le mot : « le » est supprimé ;", "b) Avant le mot : « juge », sont insérés les mots : « seul le » ;",
			"c) Sont ajoutés les mots : « sans délai »."},
			[]string{"Au premier alinéa, seul le juge statue sans délai.", B[1]}, nil},
		{"an item edits the words an item before made", B, []string{code, "1° Les mots : « le juge statue » sont ainsi modifiés :",
			"a) Le mot : « juge » est remplacé par le mot : « tribunal » ;", "b) Le mot : « tribunal » est remplacé par le mot : « président »."},
			[]string{"Au premier alinéa, le président statue.", B[1]}, nil},
		{"the first word, by one with a capital", []string{"Premier alinéa."}, []string{code, "1° Les mots : « Premier alinéa » sont ainsi modifiés :",
			"a) Le mot : « Premier » est remplacé par le mot : « Dernier »."},
			[]string{"Dernier alinéa."}, nil},
		// Refused.
		{"an item's words not in the words named", B, []string{code, "1° Les mots : « le juge statue » sont ainsi modifiés :",
			"a) Le mot : « juge » est remplacé par le mot : « tribunal » ;", "b) Le mot : « reste » est remplacé par le mot : « demeure » ;",
			"2° Le mot : « second » est remplacé par le mot : « dernier »."},
			[]string{B[0], "Le dernier alinéa reste."}, errWordsItemOutside22},
		{"an item's words twice in them", []string{"Le juge statue et le juge dort."}, []string{code,
			"1° Les mots : « juge statue et le juge » sont ainsi modifiés :", "a) Le mot : « juge » est remplacé par le mot : « tribunal »."},
			[]string{"Le juge statue et le juge dort."}, errWordsItemOutside22},
		{"an item with a place of its own", B, []string{code, "1° Les mots : « le juge statue » sont ainsi modifiés :",
			"a) Au second alinéa, le mot : « reste » est remplacé par le mot : « demeure » ;", "b) Le mot : « juge » est remplacé par le mot : « tribunal »."},
			B, errWordsItemKind22},
		{"a dash after them deleting an alinéa (a sibling)", B, []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :",
			"– les mots : « le juge statue » sont ainsi modifiés :", "– le mot : « juge » est remplacé par le mot : « tribunal » ;",
			"– le second alinéa est supprimé."},
			B, errWordsItemKind22},
		{"words named under words named", B, []string{code, "1° Les mots : « le juge statue » sont ainsi modifiés :",
			"a) Les mots : « le juge » sont ainsi modifiés :", "– le mot : « juge » est remplacé par le mot : « tribunal » ;",
			"b) Le mot : « statue » est remplacé par le mot : « tranche »."},
			B, errWordsNested22},
		{"words put before a capital", B, []string{code, "1° Les mots : « Au premier alinéa » sont ainsi modifiés :",
			"a) Avant le mot : « Au », sont insérés les mots : « Sauf urgence, »."},
			B, errWordsSpanCapital22},
		{"after a dash head, a dash head naming words", B, []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :",
			"– le premier alinéa est ainsi modifié :", "– les mots : « le juge statue » sont ainsi modifiés :",
			"– le mot : « juge » est remplacé par le mot : « tribunal »."},
			B, errDashUnderDash21},
		{"letters right after a dash head naming words", B, []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :",
			"– les mots : « le juge statue » sont ainsi modifiés :", "a) Le mot : « juge » est remplacé par le mot : « tribunal »."},
			B, errOverDashHead21},
	} {
		got, ins, errs := wordsin22Apply(tc.before, tc.text)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if tc.err == nil {
			for _, in := range ins {
				if in.Status == Unparsed {
					t.Errorf("%s: refused %q: %s", tc.name, in.Text, in.Reason)
				}
			}
			if len(errs) > 0 {
				t.Errorf("%s: apply errors %v", tc.name, errs)
			}
			continue
		}
		if refusedWith(ins, tc.err) == 0 {
			t.Errorf("%s: none refused with %v: %+v", tc.name, tc.err, ins)
		}
	}
}

// TestWordsin22GroupRefusedWhole: an item refused refuses the items of
// its group read before it and the head (errWordsGroup22), and the
// items after it, down to the next item of the head's level.
func TestWordsin22GroupRefusedWhole(t *testing.T) {
	B := []string{"Au premier alinéa, le juge statue.", "Le second alinéa reste."}
	_, ins, _ := wordsin22Apply(B, []string{"L'article L. 1 du code civil est ainsi modifié :",
		"1° Les mots : « le juge statue » sont ainsi modifiés :",
		"a) Le mot : « juge » est remplacé par le mot : « tribunal » ;",
		"b) Le mot : « reste » est remplacé par le mot : « demeure » ;",
		"c) Le mot : « statue » est remplacé par le mot : « tranche » ;",
		"2° Le mot : « second » est remplacé par le mot : « dernier »."})
	want := []error{nil, errWordsGroup22, errWordsGroup22, errWordsItemOutside22, errWordsGroup22, nil}
	for i, in := range ins {
		if want[i] == nil {
			if in.Status == Unparsed {
				t.Errorf("%q refused: %s", in.Text, in.Reason)
			}
		} else if !errors.Is(in.refusal, want[i]) || in.Status != Unparsed || len(in.Edits) > 0 {
			t.Errorf("%q: %s %q, want refused with %v", in.Text, in.Status, in.Reason, want[i])
		}
	}
}

// TestWordsin22SpanNotOnce: words named found twice in the place (or
// not at all) refuse the group when applied: its one edit, held by its
// last item, replaces the words named once (Edit.Times 1). Had each
// item its own edit, the first applied, the second could be refused
// ("au deuxième alinéa" made where one stood already): the words half
// edited.
func TestWordsin22SpanNotOnce(t *testing.T) {
	B := []string{"Au premier alinéa, le juge statue.", "Au premier alinéa, le juge dort."}
	got, _, errs := wordsin22Apply(B, []string{"L'article L. 1 du code civil est ainsi modifié :",
		"1° Les mots : « Au premier alinéa » sont ainsi modifiés :",
		"a) Le mot : « premier » est remplacé par le mot : « second » ;",
		"b) Le mot : « alinéa » est remplacé par le mot : « paragraphe »."})
	if strings.Join(got, "|") != strings.Join(B, "|") {
		t.Errorf("edited: %q", got)
	}
	if len(errs) != 1 {
		t.Errorf("%d apply errors, want 1: %v", len(errs), errs)
	}
	// The intermediate words in the place already: applied whole.
	B2 := []string{"Au premier alinéa, le juge statue ; au second alinéa, il dort."}
	got, ins, errs := wordsin22Apply(B2, []string{"L'article L. 1 du code civil est ainsi modifié :",
		"1° Les mots : « Au premier alinéa » sont ainsi modifiés :",
		"a) Le mot : « premier » est remplacé par le mot : « second » ;",
		"b) Le mot : « alinéa » est remplacé par le mot : « paragraphe »."})
	if want := "Au second paragraphe, le juge statue ; au second alinéa, il dort."; strings.Join(got, "|") != want || len(errs) > 0 {
		t.Errorf("got %q (%v), want %q", got, errs, want)
	}
	if ins[2].Status != Context || len(ins[2].Edits) != 0 || ins[3].Status != Parsed || len(ins[3].Edits) != 1 {
		t.Errorf("the group's edit not held by its last item: %+v", ins)
	}
	// In the place named, once: read.
	got, _, errs = wordsin22Apply(B, []string{"L'article L. 1 du code civil est ainsi modifié :",
		"1° Au second alinéa, les mots : « Au premier alinéa » sont ainsi modifiés :",
		"a) Le mot : « premier » est remplacé par le mot : « second »."})
	if want := B[0] + "|Au second alinéa, le juge dort."; strings.Join(got, "|") != want || len(errs) > 0 {
		t.Errorf("got %q (%v), want %q", got, errs, want)
	}
}

// TestWordsin22Deferred: under a head deferred to a day, the group's
// edit is deferred with its last item (Instruction.Deferred), the items
// before it deferred with none; a group refused defers nothing.
func TestWordsin22Deferred(t *testing.T) {
	head := []string{"À compter du 1er janvier 2030, l'article L. 1 du code civil est ainsi modifié :",
		"1° Les mots : « le juge statue » sont ainsi modifiés :",
		"a) Le mot : « juge » est remplacé par le mot : « tribunal » ;"}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: append(append([]string{}, head...), "b) Le mot : « statue » est remplacé par le mot : « tranche ».")}})
	if ins[2].Deferred != nil || ins[3].Deferred == nil || len(ins[3].Deferred.Edits) != 1 || ins[3].Deferred.Edits[0].New != "le tribunal tranche" {
		t.Errorf("deferred: %+v", ins)
	}
	ins = ParseInstructions([]Article{{Number: "1er", Alineas: append(append([]string{}, head...), "b) Le mot : « reste » est remplacé par le mot : « tranche ».")}})
	for _, in := range ins {
		if in.Deferred != nil {
			t.Errorf("%q deferred: %+v", in.Text, in.Deferred)
		}
	}
}

// TestWordsin22DashSiblingNotSaid: under a dash head naming words, a
// dash may be its item or its sibling: applied when both readings agree
// — its words found in the place inside the words named only; else the
// group is refused when applied (errWordsOutsideSpan22; it edited the
// words named only, "Le juge dort." left as it was where a sibling
// edits it). Words added (at the end of the words, or of the place) are
// refused (errWordsItemKind22).
func TestWordsin22DashSiblingNotSaid(t *testing.T) {
	B := []string{"Au premier alinéa, le juge statue.", "Le juge dort."}
	head := []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "– les mots : « au premier alinéa, le juge statue » sont ainsi modifiés :"}
	got, _, errs := wordsin22Apply(B, append(append([]string{}, head...), "– le mot : « premier » est remplacé par le mot : « second » ;", "– le mot : « juge » est remplacé par le mot : « tribunal »."))
	if strings.Join(got, "|") != strings.Join(B, "|") || len(errs) != 1 || !errors.Is(errs[0].Err, errWordsOutsideSpan22) {
		t.Errorf("juge outside the words: got %q, %v", got, errs)
	}
	got, _, errs = wordsin22Apply(B, append(append([]string{}, head...), "– le mot : « premier » est remplacé par le mot : « second » ;", "– le mot : « statue » est remplacé par le mot : « tranche »."))
	if want := "Au second alinéa, le juge tranche.|Le juge dort."; strings.Join(got, "|") != want || len(errs) > 0 {
		t.Errorf("inside only: got %q (%v), want %q", got, errs, want)
	}
	_, ins, _ := wordsin22Apply(B, append(append([]string{}, head...), "– sont ajoutés les mots : « seul »."))
	if refusedWith(ins, errWordsItemKind22) != 1 {
		t.Errorf("words added under a dash head: %+v", ins)
	}
	// Under a letter head, its dashes are its items: read.
	got, _, errs = wordsin22Apply(B, []string{"L'article L. 1 du code civil est ainsi modifié :", "a) Les mots : « au premier alinéa, le juge statue » sont ainsi modifiés :",
		"– le mot : « juge » est remplacé par le mot : « tribunal »."})
	if want := "Au premier alinéa, le tribunal statue.|Le juge dort."; strings.Join(got, "|") != want || len(errs) > 0 {
		t.Errorf("letter head: got %q (%v), want %q", got, errs, want)
	}
}
