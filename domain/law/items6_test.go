package law

import "testing"

// TestGrammarPartsRelabelledAndSigns: parts relabelled in several clauses
// of one article, and punctuation signs, never a label's.
func TestGrammarPartsRelabelledAndSigns(t *testing.T) {
	I := []string{"I. – A.", "II. – B.", "III. – C."}
	runGrammar(t, []grammarCase{
		{name: "les II et III abrogés", before: I, text: []string{"Les II et III de l'article L. 1 du code civil sont abrogés."}, want: []string{I[0], "II. – (Abrogé)", "III. – (Abrogé)"}},
		{name: "le II devient le III et le III devient le IV: one article, the highest first", before: I, text: []string{"Le II de l'article L. 1 du code civil devient le III et le III devient le IV."}, want: []string{I[0], "III. – B.", "IV. – C."}},
		{name: "au I et au III, words absent from the III: refused", before: I, text: []string{"Au I et au III de l'article L. 1 du code civil, la lettre : « A » est remplacée par la lettre : « Z »."}, want: nil},
		{name: "a sign replaced in the I and the III: never the label's period", before: I, text: []string{"Aux I et III de l'article L. 1 du code civil, le signe : « . » est remplacé par le signe : « ; »."}, want: []string{"I. – A ;", I[1], "III. – C ;"}},
		{name: "complété par des IV et V", before: I, text: []string{"L'article L. 1 du code civil est complété par des IV et V ainsi rédigés :", "« IV. – D.", "« V. – E. »"}, want: []string{I[0], I[1], I[2], "IV. – D.", "V. – E."}},
		{name: "a sign that occurs several times, without its place: refused", before: []string{"Le maire agit. Il signe."}, text: []string{"À l'article L. 1 du code civil, le signe : « . » est remplacé par le signe : « ; »."}, want: nil},
	})
}
