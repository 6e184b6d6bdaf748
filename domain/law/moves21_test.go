package law

import (
	"strings"
	"testing"
)

// TestMoves21EditedThenRenumbered: an article edited and renumbered in
// one sentence, the renumbering last ("À l'article L. 1, le mot : « a »
// est remplacé par le mot : « b » et l'article devient l'article L. 2")
// is the edits, then the renumbering (it was refused: "renumbering after
// another verb"). Another article named in the renumbering, or in the
// edits, a new number in force, an item as the new number: refused.
func TestMoves21EditedThenRenumbered(t *testing.T) {
	arts := map[string][]string{"L1": {"Le maire signe.", "Il date."}}
	moved := map[string][]string{"L1": nil, "L2": {"Le préfet signe.", "Il date."}}
	for _, tc := range []struct{ name, text string }{
		{"à l'article, et l'article devient", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2."},
		{"et l'article L. 1 devient", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article L. 1 devient l'article L. 2."},
		{"et cet article devient", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et cet article devient l'article L. 2."},
		{"au premier alinéa", "Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2."},
		{"ainsi modifié ; il devient", "L'article L. 1 du code civil est ainsi modifié : le mot : « maire » est remplacé par le mot : « préfet » ; il devient l'article L. 2."},
	} {
		runUnits(t, tc.name, arts, []string{tc.text}, moved, false)
	}
	runUnits(t, "a deletion then the renumbering", arts,
		[]string{"À l'article L. 1 du code civil, le second alinéa est supprimé et l'article devient l'article L. 2."},
		map[string][]string{"L1": nil, "L2": {"Le maire signe."}}, false)
	runUnits(t, "under a context, the next item names the new number", arts,
		[]string{"Le code civil est ainsi modifié :", "1° À l'article L. 1, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2 ;", "2° Au second alinéa de l'article L. 2, le mot : « date » est remplacé par le mot : « signe »."},
		map[string][]string{"L1": nil, "L2": {"Le préfet signe.", "Il signe."}}, false)
	for _, tc := range []struct{ name, text string }{
		{"another article renumbered", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article L. 3 devient l'article L. 2."},
		{"another article named in the edits", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et, à l'article L. 3, le mot : « date » est supprimé et l'article devient l'article L. 2."},
		{"into an item", "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient le 3° de l'article L. 2."},
	} {
		runUnits(t, tc.name, arts, []string{tc.text}, nil, true)
	}
	runUnits(t, "onto an article in force", map[string][]string{"L1": {"Le maire signe.", "Il date."}, "L2": {"Autre."}},
		[]string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et l'article devient l'article L. 2."}, nil, true)
}

// TestMoves21SameDivisionRenumbered: a division renumbered, then "du
// même chapitre" in the next part of the bill article ("I. – La section
// 3 du chapitre Ier … devient la section 4. II. – La section 2 du même
// chapitre devient la section 3.") is the chapitre that holds the first
// (the second was recorded with no code: no article moved, no error).
// "Du même chapitre" with no chapitre named before, or "de la même
// section" after a section renumbered (its former number or its new
// one), is refused (it was recorded silently); the chapitre renumbered
// itself is not "le même chapitre" (refused).
func TestMoves21SameDivisionRenumbered(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
		why   string
	}{
		{name: "upward in two parts", lines: []string{"I. – La section 3 " + div8Ch1 + " devient la section 4.", "II. – La section 2 du même chapitre devient la section 3."},
			want: []string{"~l3 livre-ier/titre-ier/chapitre-ier/section-3", "~l4 livre-ier/titre-ier/chapitre-ier/section-3", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "then repealed under its new number", lines: []string{"I. – La section 3 " + div8Ch1 + " devient la section 4.", "II. – La section 4 du même chapitre est abrogée."},
			want: []string{"-l5"}},
		{name: "no chapitre named before", lines: []string{"I. – L'article L. 3 du code de commerce est abrogé.", "II. – La section 2 du même chapitre devient la section 4."},
			want: []string{"-l3"}, why: "renumbering a division named in the place an instruction before named: \"du meme chapitre\" with no chapitre named before"},
		{name: "the same section, renumbered", lines: []string{"I. – La section 3 " + div8Ch1 + " devient la section 4.", "II. – La sous-section 1 de la même section devient la sous-section 2."},
			want: []string{"~l5 livre-ier/titre-ier/chapitre-ier/section-4"}, why: "renumbering a division named in the place an instruction before named: \"de la meme section\" with no section named before"},
		{name: "the same chapitre, renumbered", lines: []string{"I. – Le chapitre II du titre Ier du livre Ier du code de commerce devient le chapitre IV.", "II. – La section 1 du même chapitre est abrogée."},
			want: []string{"~l10 livre-ier/titre-ier/chapitre-iv", "~l11 livre-ier/titre-ier/chapitre-iv"}, why: "\"du meme chapitre\" with no chapitre named before"},
	} {
		before := div8Corpus()
		out, errs, ins := gdApply(before, c.lines...)
		reasons := unparsedReasons(ins)
		if c.why != "" && (len(reasons) != 1 || reasons[0] != c.why) || c.why == "" && len(reasons) > 0 || len(errs) > 0 {
			t.Errorf("%s: refusals %q %v, want %q", c.name, reasons, errs, c.why)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
	}
}

// TestMoves21RenumberedComprising: a division renumbered with the
// articles it holds said after it (", comprenant les articles L. 3 et L.
// 4,", ", qui comprend …") moves as the division alone (it was recorded:
// no article moved, no error).
func TestMoves21RenumberedComprising(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       []string
	}{
		{"comprenant", "La section 2 " + div8Ch1 + ", comprenant les articles L. 3 et L. 4, devient la section 4.",
			[]string{"~l3 livre-ier/titre-ier/chapitre-ier/section-4", "~l4 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{"qui comprend, two sections", "Les sections 2 et 3 " + div8Ch1 + ", qui comprennent les articles L. 3 à L. 5, deviennent respectivement les sections 3 et 4.",
			[]string{"~l3 livre-ier/titre-ier/chapitre-ier/section-3", "~l4 livre-ier/titre-ier/chapitre-ier/section-3", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
	} {
		before := div8Corpus()
		out, errs, ins := gdApply(before, c.line)
		if len(errs) > 0 || ins[0].Status != Parsed {
			t.Errorf("%s: refused %q %v", c.name, ins[0].Reason, errs)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
	}
}
