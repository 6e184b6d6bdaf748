package law

import "testing"

// TestTypo19ParentheticalDash: a dash standing alone between spaces, the
// dash around a parenthetical phrase, is one mark whether typed as a
// hyphen, an en dash, an em dash or the horizontal bar: « juge - ou son
// délégué - » finds "juge — ou son délégué —" (it was not found: the
// instruction was refused). The text outside the edit keeps its own
// dashes, the new words are written as the instruction gives them; a
// dash glued to letters stays a hyphen, which does not find an em dash.
func TestTypo19ParentheticalDash(t *testing.T) {
	em := []string{"Le juge — ou son délégué — signe."}
	runGrammar(t, []grammarCase{
		{name: "spaced hyphen finds em dashes", before: em, text: []string{"À l'article L. 1 du code civil, les mots : « juge - ou son délégué - » sont remplacés par le mot : « préfet »."}, want: []string{"Le préfet signe."}},
		{name: "em dash finds en dashes", before: []string{"Le juge – ou son délégué – signe."}, text: []string{"À l'article L. 1 du code civil, les mots : « juge — ou son délégué — » sont supprimés."}, want: []string{"Le signe."}},
		{name: "bar finds spaced hyphens", before: []string{"Le juge - ou son délégué - signe."}, text: []string{"À l'article L. 1 du code civil, les mots : « ou son délégué ― signe » sont remplacés par les mots : « ou son greffier ― signe »."}, want: []string{"Le juge - ou son greffier ― signe."}},
		{name: "law's dash kept outside the edit", before: em, text: []string{"À l'article L. 1 du code civil, les mots : « ou son délégué - signe » sont remplacés par les mots : « ou son greffier - signe »."}, want: []string{"Le juge — ou son greffier - signe."}},
		{name: "hyphen glued to letters: not an em dash", before: []string{"La région Provence—Alpes signe."}, text: []string{"À l'article L. 1 du code civil, les mots : « Provence-Alpes » sont remplacés par le mot : « Bretagne »."}},
	})
	runAmendments(t, []amCase{
		{"amendment", em, "À l'alinéa 1, substituer aux mots : « juge – ou son délégué – » le mot : « préfet ».", []string{"Le préfet signe."}},
	})
}

// TestTypo19Ellipsis: the ellipsis "…" and three periods are one mark:
// « etc… » finds "etc...", « etc... » finds "etc…" (they were not
// found: refused). An ellipsis against more periods in the text — a run
// of dots, the blanks of a law not yet numbered — is not found.
func TestTypo19Ellipsis(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "ellipsis finds periods", before: []string{"Le maire, etc... signe."}, text: []string{"À l'article L. 1 du code civil, les mots : « etc… » sont remplacés par le mot : « seul »."}, want: []string{"Le maire, seul signe."}},
		{name: "periods find an ellipsis", before: []string{"Le maire, etc… signe."}, text: []string{"À l'article L. 1 du code civil, les mots : « , etc... » sont supprimés."}, want: []string{"Le maire signe."}},
		{name: "not in a run of dots", before: []string{"Le maire, etc.... signe."}, text: []string{"À l'article L. 1 du code civil, les mots : « etc… » sont remplacés par le mot : « seul »."}},
	})
	if ellipsisAt([]rune("a...."), 1) != 0 || ellipsisAt([]rune("a..."), 1) != 3 || ellipsisAt([]rune("…"), 0) != 1 {
		t.Error("ellipsisAt")
	}
}
