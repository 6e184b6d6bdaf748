package law

import "testing"

// TestGrammarSentenceEndsAfterPart: a sentence ends after a part's
// one-letter label named at its end ("… prévues au I. Un décret …", "du
// même A.", "aux I et V.") — the period was read as an initial's, and the
// sentences after it were not found; initials still do not end one ("M.
// Dupont", "le C. E. le maire").
func TestGrammarSentenceEndsAfterPart(t *testing.T) {
	del2 := []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}
	runGrammar(t, []grammarCase{
		{name: "au I.", before: []string{"Le maire agit dans les conditions prévues au I. Un décret précise.", "II. – Texte."}, text: del2, want: []string{"Le maire agit dans les conditions prévues au I.", "II. – Texte."}},
		{name: "du même A.", before: []string{"Le maire agit selon le 1° du même A. Il signe."}, text: del2, want: []string{"Le maire agit selon le 1° du même A."}},
		{name: "aux I et V.", before: []string{"Le maire agit selon les règles prévues aux I et V. Il signe."}, text: del2, want: []string{"Le maire agit selon les règles prévues aux I et V."}},
		{name: "M. Dupont", before: []string{"Le maire, M. Dupont, agit. Il signe."}, text: del2, want: []string{"Le maire, M. Dupont, agit."}},
		{name: "le C. E.", before: []string{"Selon le C. E. le maire agit. Il signe."}, text: del2, want: []string{"Selon le C. E. le maire agit."}},
	})
}

// TestGrammarSentenceEndsInQuotation: a quotation whose last sentence
// ends inside it, followed by a capital ("… la mention : « Lu et
// approuvé. » Il signe."), ends the alinéa's sentence too (the next was
// not found); a quotation inside a sentence does not ("« Lu. » écrite").
func TestGrammarSentenceEndsInQuotation(t *testing.T) {
	del2 := []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}
	runGrammar(t, []grammarCase{
		{name: "a quotation ends it", before: []string{"Il porte la mention : « Lu et approuvé. » Il signe. Il date."}, text: del2, want: []string{"Il porte la mention : « Lu et approuvé. » Il date."}},
		{name: "inside a sentence", before: []string{"Il porte la mention « Lu. » écrite. Il signe."}, text: del2, want: []string{"Il porte la mention « Lu. » écrite."}},
	})
}
