package law

import (
	"slices"
	"strings"
	"testing"
)

// TestSnap21OneSnapshotScoped: one snapshot, scoped by what the
// instruction acts on — whole codes for an instruction acting on their
// structure among edits of other kinds, the articles its edits may change
// otherwise, none for one edit on one article or renumberings alone.
func TestSnap21OneSnapshotScoped(t *testing.T) {
	c := div8Corpus()
	book := applyBook{vacated: map[string][][]string{}, blind: map[string][][]string{}, numberI: map[CodeRef]string{}, onto: map[CodeRef]renumberedFrom{}}
	for _, tc := range []struct {
		line  string
		scope string // "codes", "articles", "none"
	}{
		{"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce devient la section 4 et, à l'article L. 3 du même code, le mot : « délai » est remplacé par le mot : « terme ».", "codes"},
		{"L'article L. 3 du code de commerce devient l'article L. 3-1 et, au même article, le mot : « délai » est remplacé par le mot : « terme ».", "codes"},
		{"Aux articles L. 3 et L. 4 du code de commerce, le mot : « délai » est remplacé par le mot : « terme ».", "articles"},
		{"L'article L. 3 du code de commerce est abrogé et, à l'article L. 4 du même code, le mot : « délai » est remplacé par le mot : « terme ».", "articles"},
		{"À l'article L. 3 du code de commerce, le mot : « délai » est remplacé par le mot : « terme ».", "none"},
		{"Les articles L. 3 et L. 4 du code de commerce deviennent les articles L. 6 et L. 7.", "none"},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.line}}})
		if len(ins) != 1 || ins[0].Status != Parsed {
			t.Errorf("%q: not parsed: %+v", tc.line, ins)
			continue
		}
		s := snapshotFor(c, ins[0].Edits, map[CodeRef]*groupState{}, book)
		got := "none"
		switch {
		case s != nil && s.codes != nil:
			got = "codes"
		case s != nil:
			got = "articles"
		}
		if got != tc.scope {
			t.Errorf("%q: snapshot of %s, want %s", tc.line, got, tc.scope)
		}
	}
}

// TestSnap21PartialLeftNone: an instruction of several edits one of
// which is refused leaves each article it was refused on as it was; the
// items of a group are instructions of their own (the 1° stands when the
// 2° is refused).
func TestSnap21PartialLeftNone(t *testing.T) {
	cc := "Le code de commerce est ainsi modifié :"
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string // divroll20Diff after
	}{
		{"two words on one article, the second absent", []string{"À l'article L. 3 du code de commerce, le mot : « délai » est remplacé par le mot : « terme » et le mot : « absent » est remplacé par le mot : « fin »."}, nil},
		{"respectivement over two articles, the second word absent", []string{"Aux articles L. 3 et L. 4 du code de commerce, les mots : « délai » et « absent » sont remplacés respectivement par les mots : « terme » et « fin »."}, nil},
		{"a new article in force among two created", []string{cc, "1° Après l'article L. 3, sont insérés des articles L. 3-1 et L. 4 ainsi rédigés :", "« Art. L. 3-1. – Le terme court. »", "« Art. L. 4. – Le terme court. »"}, nil},
		{"a section created holding an article in force", []string{cc, "1° Le chapitre Ier du titre Ier du livre Ier est complété par une section 4 ainsi rédigée :", "« Section 4", "« Du terme", "« Art. L. 5-1. – Le terme court.", "« Art. L. 3. – Le terme court. »"}, nil},
		{"the 2° refused, the 1° kept", []string{cc, "1° À l'article L. 3, le mot : « délai » est remplacé par le mot : « terme » ;", "2° À l'article L. 4, le mot : « absent » est remplacé par le mot : « terme »."},
			[]string{`text l3 (code de commerce): ["Le délai court."] → ["Le terme court."]`}},
	} {
		before := div8Corpus()
		out, errs, _ := gdApply(before, tc.lines...)
		if len(errs) == 0 {
			t.Errorf("%s: applied, want refused", tc.name)
		}
		if got := divroll20Diff(before, out); strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: changes %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSnap21RenumberingRefusedLast: an instruction acting on the code's
// structure whose last edit, a renumbering, is refused — known only when
// the renumberings pending are applied, after the instruction — is put
// back whole (heldWhole.settle): the section repealed, the articles
// repealed, created or rewritten before it stayed so while the
// instruction was reported refused. The renumberings of later
// instructions applied with it stand, and a chain of renumberings over
// two instructions is still applied together.
func TestSnap21RenumberingRefusedLast(t *testing.T) {
	cc := "Le code de commerce est ainsi modifié :"
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a section repealed", []string{cc, "1° La section 2 du chapitre Ier du titre Ier du livre Ier est abrogée et l'article L. 5 devient l'article L. 1 ;"}, nil},
		{"two articles repealed", []string{cc, "1° Les articles L. 3 et L. 4 sont abrogés et l'article L. 5 devient l'article L. 1 ;"}, nil},
		{"an article created", []string{cc, "1° Au début de la section 2 du chapitre Ier du titre Ier du livre Ier, il est ajouté un article L. 2-1 ainsi rédigé : « Art. L. 2-1. – Le terme court. » et l'article L. 3 devient l'article L. 1 ;"}, nil},
		{"an article rewritten, the next item kept", []string{cc, "1° L'article L. 3 est ainsi rédigé : « Art. L. 3. – Le terme court. » et l'article L. 4 devient l'article L. 5 ;", "2° À l'article L. 10, le mot : « délai » est remplacé par le mot : « terme »."},
			[]string{`text l10 (code de commerce): ["Le délai court."] → ["Le terme court."]`}},
		{"a later renumbering kept", []string{cc, "1° L'article L. 3 est abrogé et l'article L. 4 devient l'article L. 5 ;", "2° L'article L. 10 devient l'article L. 10-1 ;", "3° À l'article L. 11, le mot : « délai » est remplacé par le mot : « terme »."},
			[]string{"gone l10 (code de commerce)", "new l10-1 (code de commerce) in livre-ier/titre-ier/chapitre-ii", `text l11 (code de commerce): ["Le délai court."] → ["Le terme court."]`}},
	} {
		before := div8Corpus()
		out, errs, _ := gdApply(before, tc.lines...)
		if !slices.ContainsFunc(errs, func(e ApplyError) bool { return e.Instruction == 1 && e.WithRefused > 0 }) {
			t.Errorf("%s: no edit refused with the renumbering: %v", tc.name, errs)
		}
		if got := divroll20Diff(before, out); strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: changes %q, want %q", tc.name, got, tc.want)
		}
	}
	// A chain over two instructions: applied together, as before.
	before := div8Corpus()
	out, errs, _ := gdApply(before, cc, "1° L'article L. 3 est abrogé et l'article L. 4 devient l'article L. 5 ;", "2° L'article L. 5 devient l'article L. 6 ;")
	want := []string{"folders l5 (code de commerce): livre-ier/titre-ier/chapitre-ier/section-3 → livre-ier/titre-ier/chapitre-ier/section-2", "gone l3 (code de commerce)", "gone l4 (code de commerce)", "new l6 (code de commerce) in livre-ier/titre-ier/chapitre-ier/section-3"}
	if got := divroll20Diff(before, out); len(errs) > 0 || strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("a chain: %v, changes %q, want %q", errs, got, want)
	}
}
