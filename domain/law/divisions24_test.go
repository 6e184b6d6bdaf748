package law

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// divisions24Folders is the folders of each article of c, "l4 livre-ier/…",
// sorted by article.
func divisions24Folders(c Corpus) map[string]string {
	out := map[string]string{}
	for r, a := range c {
		out[r.Article] = strings.Join(a.Division, "/")
	}
	return out
}

// A division and articles renumbered by one verb, their new numbers in
// the same order: the division moved, then the articles renumbered in it
// (it was recorded only, nothing moved, silently).
func TestDivisions24JointBecome(t *testing.T) {
	p := "livre-ier/titre-ier/chapitre-ier/"
	for _, line := range []string{
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce et les articles L. 3 et L. 4 deviennent la section 3 et les articles L. 5 et L. 6.",
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce et les articles L. 3 à L. 4 deviennent respectivement la section 3 et les articles L. 5 à L. 6.",
	} {
		c := gdCorpus(map[string]string{"L1": p + "section-1", "L3": p + "section-2", "L4": p + "section-2"})
		out, errs, ins := gdApply(c, line)
		if len(errs) > 0 || len(ins) != 1 || ins[0].Status != Parsed {
			t.Fatalf("%s: %+v %+v", line, errs, ins)
		}
		want := map[string]string{"l1": p + "section-1", "l5": p + "section-3", "l6": p + "section-3"}
		if got := divisions24Folders(out); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %v\nwant %v", line, got, want)
		}
	}
}

// The same under a division's head, and a sous-section of a section.
func TestDivisions24JointBecomeUnderHead(t *testing.T) {
	p := "livre-ier/titre-ier/chapitre-ier/"
	c := gdCorpus(map[string]string{"L1": p + "section-1", "L3": p + "section-2/sous-section-1", "L4": p + "section-2/sous-section-1"})
	out, errs, _ := gdApply(c,
		"Le chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi modifié :",
		"1° La sous-section 1 de la section 2 et les articles L. 3 et L. 4 deviennent la sous-section 2 et les articles L. 3-1 et L. 3-2.")
	if len(errs) > 0 {
		t.Fatalf("%+v", errs)
	}
	want := map[string]string{"l1": p + "section-1", "l3-1": p + "section-2/sous-section-2", "l3-2": p + "section-2/sous-section-2"}
	if got := divisions24Folders(out); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// Onto a division that holds other articles: refused whole, nothing
// moved nor renumbered.
func TestDivisions24JointBecomeOntoHeld(t *testing.T) {
	p := "livre-ier/titre-ier/chapitre-ier/"
	c := gdCorpus(map[string]string{"L3": p + "section-2", "L4": p + "section-2", "L9": p + "section-3"})
	out, errs, _ := gdApply(c, "La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce et les articles L. 3 et L. 4 deviennent la section 3 et les articles L. 5 et L. 6.")
	if len(errs) == 0 {
		t.Fatal("applied")
	}
	if got := divroll20Diff(c, out); len(got) > 0 {
		t.Errorf("changed: %v", got)
	}
}

// Only one division and articles: two divisions, or a subject that is
// neither, left as they were.
func TestDivisions24JointBecomeLeft(t *testing.T) {
	for _, body := range []string{
		"La section 2 et la section 3 deviennent la section 3 et la section 4.",
		"Les articles L. 3 et L. 4 deviennent les articles L. 5 et L. 6.",
		"Au chapitre II, la section 2 et les articles L. 3 et L. 4 deviennent la section 3 et les articles L. 5 et L. 6.",
		"La section 2 et les articles L. 3 et L. 4 deviennent les articles L. 5 et L. 6 et la section 3.",
	} {
		if got := jointBecome24(body); got != body {
			t.Errorf("%s: rewritten %s", body, got)
		}
	}
	if got, want := jointBecome24("Les sections 2 et 3 et l'article L. 3 deviennent les sections 3 et 4 et l'article L. 5."),
		"Les sections 2 et 3 deviennent les sections 3 et 4 et l'article L. 3 devient l'article L. 5."; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// A division re-established (rewritten whole) after the bill repealed it
// is filed under its parent, its own level after it (its articles were
// filed in no division, and a later repeal of it left them in force).
func TestDivisions24EmptyDivisionFiled(t *testing.T) {
	p := "livre-ier/titre-ier/chapitre-ier/"
	c := gdCorpus(map[string]string{"L1": p + "section-1", "L3": p + "section-2"})
	out, errs, _ := gdApply(c,
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce est abrogée.",
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi rétablie :",
		"« Section 2",
		"« Des délais",
		"« Art. L. 3. – Le délai est d'un mois. »",
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce est abrogée.")
	if len(errs) > 0 {
		t.Fatalf("%+v", errs)
	}
	if got, want := divisions24Folders(out), map[string]string{"l1": p + "section-1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// Its parent named in two places: filed in none, as before.
	c = gdCorpus(map[string]string{"L1": "livre-ier/titre-ier/chapitre-ier/section-1", "L10": "livre-ier/titre-ii/chapitre-ier/section-1"})
	e := Edit{Kind: EditCreateArticles, ReplaceDivision: true, Scope: Scope{Ref: CodeRef{Code: "code de commerce"}, Division: []string{"chapitre-ier", "section-2"}}}
	if got := emptyDivisionPlace24(c, e); got != nil {
		t.Errorf("parent named twice: %v", got)
	}
	e.Scope.Division = []string{"livre-ier", "titre-ier", "chapitre-ier", "section-2"}
	if got, want := emptyDivisionPlace24(c, e), []string{"livre-ier", "titre-ier", "chapitre-ier", "section-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v want %v", got, want)
	}
}

// divisions24RefusedWith applies the lines to c and checks the corpus
// is as before and an error of the instruction i is of kind want.
func divisions24RefusedWith(t *testing.T, c Corpus, want func(error) bool, i int, lines ...string) {
	t.Helper()
	out, errs, _ := gdApply(c, lines...)
	found := false
	for _, e := range errs {
		found = found || e.Instruction == i && want(e.Err)
	}
	if !found {
		t.Errorf("%s: not refused so: %+v", lines[i], errs)
	}
	if got := divroll20Diff(c, out); len(got) > 0 {
		t.Errorf("%s: changed: %v", lines[i], got)
	}
}

// A range of divisions over one between its ends it does not spell out
// (a section 2 bis in "les sections 2 à 4", a section 3 A): refused,
// repealed or renumbered; one after its end or before its start is no
// part of it.
func TestDivisions24RangeSkipsDivision(t *testing.T) {
	p := "livre-ier/titre-ier/chapitre-ier/"
	isSkip := func(err error) bool {
		var s errRangeSkipsDivision24
		return errors.As(err, &s)
	}
	for _, between := range []string{"section-2-bis", "section-3-a", "section-3-bis"} {
		c := gdCorpus(map[string]string{"L1": p + "section-1", "L2": p + "section-2", "L3": p + between, "L4": p + "section-3", "L5": p + "section-4"})
		divisions24RefusedWith(t, c, isSkip, 0, "Les sections 2 à 4 du chapitre Ier du titre Ier du livre Ier du code de commerce sont abrogées.")
		divisions24RefusedWith(t, c, isSkip, 0, "Les sections 2 à 4 du chapitre Ier du titre Ier du livre Ier du code de commerce deviennent les sections 3 à 5.")
	}
	c := gdCorpus(map[string]string{"L1": p + "section-1", "L2": p + "section-2", "L3": p + "section-2-a", "L4": p + "section-3", "L5": p + "section-4", "L6": p + "section-4-bis"})
	out, errs, _ := gdApply(c, "Les sections 2 à 4 du chapitre Ier du titre Ier du livre Ier du code de commerce sont abrogées.")
	if len(errs) > 0 {
		t.Fatalf("%+v", errs)
	}
	if got, want := divisions24Folders(out), map[string]string{"l1": p + "section-1", "l3": p + "section-2-a", "l6": p + "section-4-bis"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// Articles and a division joined as subjects, the division not read:
// refused, the article left as it was (it was repealed alone, the
// division's articles left in force).
func TestDivisions24ArticleAndDivisionDropped(t *testing.T) {
	p := "livre-ier/titre-ier/chapitre-ier/"
	c := gdCorpus(map[string]string{"L1": p + "section-1", "L3": p + "section-2", "L4": p + "section-2"})
	isDropped := func(err error) bool { return errors.Is(err, errArticleAndDivisionDropped24) }
	divisions24RefusedWith(t, c, isDropped, 0, "L'article L. 1 et la section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce sont abrogés.")
	in := Instruction{Text: "L'article L. 1 et la section 2 du chapitre Ier sont abrogés.", Edits: []Edit{{Kind: EditDelete, Scope: Scope{Ref: CodeRef{Code: "code de commerce", Article: "l1"}}}}}
	if err := articleAndDivisionDropped24(in); !errors.Is(err, errArticleAndDivisionDropped24) {
		t.Errorf("got %v", err)
	}
	// Both read: not this refusal.
	in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: Scope{Ref: CodeRef{Code: "code de commerce"}, Division: []string{"chapitre-ier", "section-2"}}})
	if err := articleAndDivisionDropped24(in); err != nil {
		t.Errorf("both read: %v", err)
	}
	for _, text := range []string{
		"L'article L. 1 est abrogé.",
		"Au chapitre Ier, l'article L. 1 est abrogé.",
		"À l'article L. 1, les mots : « et la section 2 » sont supprimés.",
	} {
		in := Instruction{Text: text, Edits: []Edit{{Kind: EditDelete, Scope: Scope{Ref: CodeRef{Code: "code de commerce", Article: "l1"}}}}}
		if err := articleAndDivisionDropped24(in); err != nil {
			t.Errorf("%s: %v", text, err)
		}
	}
}
