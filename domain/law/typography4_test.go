package law

import "testing"

// TestGrammarLocatorSpaces: no-break and narrow no-break spaces, U+2011,
// typographic apostrophes and doubled spaces in the locator and around the
// quotations.
func TestGrammarLocatorSpaces(t *testing.T) {
	B := []string{"Le maire agit.", "B."}
	runGrammar(t, []grammarCase{
		{name: "NBSP in the article number", before: B, text: []string{"Au premier alinéa de l'article L.\u00a01 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit.", "B."}},
		{name: "NBSP before the colon and inside guillemets", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot\u00a0: «\u00a0maire\u00a0» est remplacé par le mot\u00a0: «\u00a0préfet\u00a0»."}, want: []string{"Le préfet agit.", "B."}},
		{name: "narrow NBSP before the colon", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot\u202f: «\u202fmaire\u202f» est remplacé par le mot\u202f: «\u202fpréfet\u202f»."}, want: []string{"Le préfet agit.", "B."}},
		{name: "U+2011 in the article number: L. 1‑1 is not L. 1", before: B, more: map[string][]string{"L1-1": {"Le juge tranche."}}, text: []string{"À l'article L. 1\u20111 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."}, want: B},
		{name: "typographic apostrophe in the locator", before: B, text: []string{"Au premier alinéa de l\u2019article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit.", "B."}},
		{name: "double spaces", before: B, text: []string{"Au  premier alinéa de l'article  L. 1 du code civil,  le mot : « maire » est remplacé  par le mot : « préfet »."}, want: []string{"Le préfet agit.", "B."}},
	})
}
