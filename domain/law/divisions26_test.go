package law

import (
	"errors"
	"reflect"
	"testing"
)

const div26T1 = "du titre Ier du livre Ier du code de commerce"

// divisions26Case is a bill on div8Corpus: its lines, the changes it
// makes (div8Changes), whether an error of application is wanted, and
// the typed refusal of its first instruction wanted (nil: parsed).
type divisions26Case struct {
	name     string
	lines    []string
	changes  []string
	applyErr bool
	refusal  error
}

func runDivisions26(t *testing.T, cases []divisions26Case) {
	t.Helper()
	for _, tc := range cases {
		c := div8Corpus()
		out, errs, ins := gdApply(c, tc.lines...)
		if len(ins) == 0 {
			t.Errorf("%s: no instruction (dropped)", tc.name)
			continue
		}
		if tc.refusal != nil {
			if ins[0].Status == Parsed || !errors.Is(ins[0].refusal, tc.refusal) {
				t.Errorf("%s: want refused (%v), got %s %v", tc.name, tc.refusal, ins[0].Status, ins[0].refusal)
			}
		} else {
			for i, in := range ins {
				if in.Status == Unparsed {
					t.Errorf("%s: instruction %d refused: %q", tc.name, i, in.Reason)
				}
			}
		}
		if (len(errs) > 0) != tc.applyErr {
			t.Errorf("%s: errors %v, want some: %v", tc.name, errs, tc.applyErr)
		}
		got := div8Changes(c, out)
		if len(got) == 0 && len(tc.changes) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tc.changes) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.changes)
		}
	}
}

// A creation whose place, a division, stands between commas after its
// verb ("Il est rétabli, au chapitre III …, une section 2 ainsi
// rédigée :") is read as with its place first: it was refused, no known
// form.
func TestDivisions26PlaceBetweenCommas(t *testing.T) {
	sec2 := []string{"« Section 2", "« Des délais", "« Art. L. 13. – Le terme court. »"}
	sec4 := []string{"« Section 4", "« Des délais", "« Art. L. 15. – Le terme court. »"}
	runDivisions26(t, []divisions26Case{
		{name: "rétablie after its repeal", lines: append([]string{
			"La section 2 du chapitre III " + div26T1 + " est abrogée.",
			"Il est rétabli, au chapitre III " + div26T1 + ", une section 2 ainsi rédigée :"}, sec2...),
			changes: []string{"=l13"}},
		{name: "inséré, a new section", lines: append([]string{"Il est inséré, au chapitre III " + div26T1 + ", une section 4 ainsi rédigée :"}, sec4...),
			changes: []string{"+l15 livre-ier/titre-ier/chapitre-iii/section-4"}},
		{name: "créé, a new section", lines: append([]string{"Il est créé, au chapitre III " + div26T1 + ", une section 4 ainsi rédigée :"}, sec4...),
			changes: []string{"+l15 livre-ier/titre-ier/chapitre-iii/section-4"}},
		{name: "inséré, an article in a chapitre", lines: []string{"Il est inséré, au chapitre II " + div26T1 + ", un article L. 11-1 ainsi rédigé :", "« Art. L. 11-1. – A. »"},
			changes: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii"}},
		{name: "ajouté, a section in force: refused", lines: []string{"Il est ajouté, au chapitre III " + div26T1 + ", une section 3 ainsi rédigée :", "« Section 3", "« Des délais", "« Art. L. 15. – A. »"},
			applyErr: true},
		{name: "rétablie over a section in force: refused", lines: append([]string{"Il est rétabli, au chapitre III " + div26T1 + ", une section 2 ainsi rédigée :"}, sec2...),
			applyErr: true},
		{name: "two places, as before", lines: []string{"Il est inséré, au chapitre II " + div26T1 + ", après l'article L. 10, un article L. 10-1 ainsi rédigé :", "« Art. L. 10-1. – A. »"},
			refusal: errNoKnownForm22},
	})
	for _, body := range []string{
		"Il est inséré, au chapitre II, après l'article L. 10, un article L. 10-1 ainsi rédigé :",
		"Il est inséré, au début du chapitre II, une section 1 ainsi rédigée :",
		"Il est inséré, après l'article L. 10, un article L. 10-1 ainsi rédigé :",
	} {
		if got := divisionPlaceBetweenCommas26(body); got != body {
			t.Errorf("%s: rewritten %q", body, got)
		}
	}
}

// Articles said to form (constitute, be gathered into) a new division
// after a place in a division ("Au chapitre Ier …, les articles L. 3 à
// L. 5 forment une section 4 intitulée : « X »") are moved into a new
// division of that place, as "Les articles L. 3 à L. 5 forment une
// section 4 du chapitre Ier …" is (their folders no longer say it); a
// division in force said to be formed of them, or to comprise them, is
// refused with its reason. They were dropped with no instruction.
func TestDivisions26PlacedGrouping(t *testing.T) {
	ch1 := "chapitre Ier " + div26T1
	moved := []string{"~l3 ", "~l4 ", "~l5 "}
	runDivisions26(t, []divisions26Case{
		{name: "forment une section", lines: []string{"Au " + ch1 + ", les articles L. 3 à L. 5 forment une section 4 intitulée : « Du terme »."}, changes: moved},
		{name: "constituent, dans le", lines: []string{"Dans le " + ch1 + ", les articles L. 3 à L. 5 constituent une section 4."}, changes: moved},
		{name: "regroupés", lines: []string{"Au " + ch1 + ", les articles L. 3 à L. 5 sont regroupés au sein d'une section 4 intitulée : « Du terme »."}, changes: moved},
		{name: "one article", lines: []string{"Au " + ch1 + ", l'article L. 5 forme une section 4 intitulée : « Du terme »."}, changes: []string{"~l5 "}},
		{name: "then the new section named: refused", lines: []string{
			"Au " + ch1 + ", les articles L. 3 à L. 5 forment une section 4 intitulée : « Du terme ».",
			"La section 4 du " + ch1 + " est abrogée."}, changes: moved, applyErr: true},
		{name: "forment la section 2, in force: refused", lines: []string{"Au " + ch1 + ", les articles L. 3 et L. 4 forment la section 2."}, refusal: errFormRefused22},
		{name: "la section 2 comprend: refused", lines: []string{"Au " + ch1 + ", la section 2 comprend les articles L. 3 à L. 5."}, refusal: errFormRefused22},
	})
	for _, body := range []string{
		"Au chapitre Ier, les articles L. 3 à L. 5 forment une section 4 du chapitre II.",
		"Au chapitre Ier, les articles L. 3 à L. 5 deviennent les articles L. 6 à L. 8.",
		"Au chapitre Ier, la section 3 devient la section 4.",
		"Après l'article L. 2, les articles L. 3 à L. 5 forment une section 4.",
	} {
		if got := placedGrouping26(body); got != body {
			t.Errorf("%s: rewritten %q", body, got)
		}
	}
}

// A new division named with its parent between the verb and its text
// ("Il est ajouté une section 3 du chapitre III … ainsi rédigée :") is
// read with its parent as the place first: its articles were filed in
// no division, and one in force was not refused (two sections 3).
func TestDivisions26NewDivisionOfParent(t *testing.T) {
	sec4 := []string{"« Section 4", "« Des délais", "« Art. L. 15. – Le terme court. »"}
	runDivisions26(t, []divisions26Case{
		{name: "créé, a new section", lines: append([]string{"Il est créé une section 4 du chapitre III " + div26T1 + " ainsi rédigée :"}, sec4...),
			changes: []string{"+l15 livre-ier/titre-ier/chapitre-iii/section-4"}},
		{name: "inséré, a new chapitre", lines: []string{"Il est inséré un chapitre IV " + div26T1 + " ainsi rédigé :", "« Chapitre IV", "« Des délais", "« Art. L. 15. – A. »"},
			changes: []string{"+l15 livre-ier/titre-ier/chapitre-iv"}},
		{name: "ajouté, a section in force: refused", lines: []string{"Il est ajouté une section 3 du chapitre III " + div26T1 + " ainsi rédigée :", "« Section 3", "« Des délais", "« Art. L. 15. – A. »"},
			applyErr: true},
		{name: "rétablie after its repeal", lines: []string{
			"La section 2 du chapitre III " + div26T1 + " est abrogée.",
			"Il est rétabli une section 2 du chapitre III " + div26T1 + " ainsi rédigée :",
			"« Section 2", "« Des délais", "« Art. L. 13. – Le terme court. »"},
			changes: []string{"=l13"}},
	})
	for _, body := range []string{
		"Il est créé une section 4 du chapitre Ier intitulée : « X », comprenant les articles L. 3 à L. 5.",
		"Il est inséré un livre VIII du code de commerce ainsi rédigé :",
		"Il est inséré un article L. 15 du chapitre III ainsi rédigé :",
	} {
		if got := newDivisionOfParent26(body); got != body {
			t.Errorf("%s: rewritten %q", body, got)
		}
	}
}
