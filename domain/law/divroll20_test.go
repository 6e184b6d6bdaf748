package law

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// divroll20Diff lists every difference between two states of a corpus:
// an article gone or come, its heading, its folders (the division it is
// filed in, hence the divisions and their order), its text. Empty: the
// code is exactly as before.
func divroll20Diff(before, after Corpus) []string {
	var out []string
	for r, a := range before {
		b, ok := after[r]
		switch {
		case !ok:
			out = append(out, "gone "+r.String())
			continue
		case a.Heading != b.Heading:
			out = append(out, fmt.Sprintf("heading %s: %q → %q", r, a.Heading, b.Heading))
		}
		if !slices.Equal(a.Division, b.Division) {
			out = append(out, fmt.Sprintf("folders %s: %s → %s", r, strings.Join(a.Division, "/"), strings.Join(b.Division, "/")))
		}
		if !slices.Equal(a.Alineas, b.Alineas) {
			out = append(out, fmt.Sprintf("text %s: %q → %q", r, a.Alineas, b.Alineas))
		}
	}
	for r, b := range after {
		if _, ok := before[r]; !ok {
			out = append(out, "new "+r.String()+" in "+strings.Join(b.Division, "/"))
		}
	}
	sort.Strings(out)
	return out
}

// divroll20Refused applies the lines to div8Corpus and checks that the
// instruction of index i (0 the head, 1 the first item) was refused and
// every one of its edits reported (refused or with the refused one),
// and that the corpus is exactly as before — or as the lines' earlier
// instructions leave it (want, from divroll20Diff).
func divroll20Refused(t *testing.T, name string, i int, want []string, lines ...string) {
	t.Helper()
	before := div8Corpus()
	out, errs, ins := gdApply(before, lines...)
	if i >= len(ins) || ins[i].Status != Parsed {
		t.Errorf("%s: instruction %d not parsed: %+v", name, i, ins)
		return
	}
	reported := map[int]bool{}
	withRefused := false
	for _, e := range errs {
		if e.Instruction == i {
			reported[e.Edit] = true
			var w errWithRefused
			withRefused = withRefused || errors.As(e, &w)
		}
	}
	if len(reported) != len(ins[i].Edits) {
		t.Errorf("%s: %d edits of %d reported: %v", name, len(reported), len(ins[i].Edits), errs)
	}
	if !withRefused {
		t.Errorf("%s: no edit refused with another: %v", name, errs)
	}
	if got := divroll20Diff(before, out); strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("%s: code changed %q, want %q", name, got, want)
	}
}

// TestStructureWholeRefusedLeavesNoDivisionMoved: an instruction that moves
// divisions or articles and does something else in the same sentence,
// one of whose clauses is refused, leaves the code exactly as it found
// it (structureSnapshot) — the articles the renumbering filed in the new
// section, chapitre or number included. It left them moved (the
// articles of the section 2 in a section 4, L. 3 renamed L. 3-1) while
// the instruction was reported refused, the rollback putting back only
// the article the refused clause named.
func TestStructureWholeRefusedLeavesNoDivisionMoved(t *testing.T) {
	cc := "Le code de commerce est ainsi modifié :"
	ch1 := "Le chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi modifié :"
	sec2 := "La section 2 du chapitre Ier du titre Ier du livre Ier"
	absent := "le mot : « absent » est remplacé par le mot : « terme »"
	art := func(n string) string { return "« Art. L. " + n + ". – Le terme court. »" }
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"a section renumbered, then a new article in it refused", []string{ch1, "1° La section 2 devient la section 4 et la section 4 est complétée par un article L. 9 ainsi rédigé :", art("9")}},
		{"a section renumbered, then an article in force created", []string{ch1, "1° La section 2 devient la section 4 et la section 4 est complétée par un article L. 3 ainsi rédigé :", art("3")}},
		{"a section renumbered, then words not found", []string{cc, "1° " + sec2 + " devient la section 4 et, à l'article L. 3, " + absent + " ;"}},
		{"a section renumbered; then words not found", []string{ch1, "1° La section 2 devient la section 4 ; à l'article L. 4, " + absent + " ;"}},
		{"a chapitre renumbered, then words not found", []string{cc, "1° Le chapitre II du titre Ier du livre Ier devient le chapitre IV et, à l'article L. 10, " + absent + " ;"}},
		{"an article renumbered, then words not found in it", []string{cc, "1° L'article L. 3 devient l'article L. 3-1 et, au même article, " + absent + " ;"}},
		{"two articles renumbered, then words not found", []string{cc, "1° Les articles L. 3 et L. 4 deviennent les articles L. 6 et L. 7 et, à l'article L. 6, " + absent + " ;"}},
		{"a range renumbered, then words not found", []string{cc, "1° Les articles L. 3 à L. 4 deviennent les articles L. 6 à L. 7 et, à l'article L. 6, " + absent + " ;"}},
		{"a section repealed, then words not found", []string{cc, "1° " + sec2 + " est abrogée et, à l'article L. 5, " + absent + " ;"}},
	} {
		divroll20Refused(t, c.name, 1, nil, c.lines...)
	}
}

// TestStructureWholeEarlierRenumberingKept: the renumberings of earlier
// instructions applied with those of the refused one (renumberings are
// applied together) are applied again alone: the earlier instruction
// stands, the refused one is undone.
func TestStructureWholeEarlierRenumberingKept(t *testing.T) {
	divroll20Refused(t, "an earlier renumbering", 2, []string{"gone l4 (code de commerce)", "new l4-1 (code de commerce) in livre-ier/titre-ier/chapitre-ier/section-2"},
		"Le code de commerce est ainsi modifié :",
		"1° L'article L. 4 devient l'article L. 4-1 ;",
		"2° L'article L. 3 devient l'article L. 4 et, au même article, le mot : « absent » est remplacé par le mot : « terme » ;")
}

// TestStructureWholeAfterTheRollback: a later instruction naming the number a
// renumbering undone gave is refused (the law means the division
// renumbered, the corpus holds none there or another), as after a
// renumbering refused.
func TestStructureWholeAfterTheRollback(t *testing.T) {
	before := div8Corpus()
	out, errs, _ := gdApply(before, "Le code de commerce est ainsi modifié :",
		"1° La section 2 du chapitre Ier du titre Ier du livre Ier devient la section 4 et, à l'article L. 3, le mot : « absent » est remplacé par le mot : « terme » ;",
		"2° La section 4 du chapitre Ier du titre Ier du livre Ier est abrogée.")
	if !slices.ContainsFunc(errs, func(e ApplyError) bool { return e.Instruction == 2 }) {
		t.Errorf("the section 4 repealed after the rollback: %v", errs)
	}
	if d := divroll20Diff(before, out); len(d) > 0 {
		t.Errorf("code changed: %q", d)
	}
}

// TestStructureWholeAppliedWhole guards the instructions of the same shapes
// applied: nothing refused, everything done; an article not in the
// corpus is no refusal (the corpus may not hold it), the rest stands.
func TestStructureWholeAppliedWhole(t *testing.T) {
	cc := "Le code de commerce est ainsi modifié :"
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a section renumbered and words replaced", []string{cc, "1° La section 2 du chapitre Ier du titre Ier du livre Ier devient la section 4 et, à l'article L. 3, le mot : « délai » est remplacé par le mot : « terme » ;"},
			[]string{"folders l3 (code de commerce): livre-ier/titre-ier/chapitre-ier/section-2 → livre-ier/titre-ier/chapitre-ier/section-4", "folders l4 (code de commerce): livre-ier/titre-ier/chapitre-ier/section-2 → livre-ier/titre-ier/chapitre-ier/section-4", "text l3 (code de commerce): [\"Le délai court.\"] → [\"Le terme court.\"]"}},
		{"an article renumbered and words replaced", []string{cc, "1° L'article L. 3 devient l'article L. 3-1 et, au même article, le mot : « délai » est remplacé par le mot : « terme » ;"},
			[]string{"gone l3 (code de commerce)", "new l3-1 (code de commerce) in livre-ier/titre-ier/chapitre-ier/section-2"}},
		{"an article not in the corpus", []string{cc, "1° La section 2 du chapitre Ier du titre Ier du livre Ier devient la section 4 et, à l'article L. 99, le mot : « délai » est remplacé par le mot : « terme » ;"},
			[]string{"folders l3 (code de commerce): livre-ier/titre-ier/chapitre-ier/section-2 → livre-ier/titre-ier/chapitre-ier/section-4", "folders l4 (code de commerce): livre-ier/titre-ier/chapitre-ier/section-2 → livre-ier/titre-ier/chapitre-ier/section-4"}},
	} {
		before := div8Corpus()
		out, errs, _ := gdApply(before, c.lines...)
		for _, e := range errs {
			if !e.Missing {
				t.Errorf("%s: refused: %v", c.name, e)
			}
		}
		if got := divroll20Diff(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
	}
}
