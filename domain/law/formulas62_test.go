package law

import "testing"

// TestGrammarBill5TimesInDigits: occurrences counted in digits — "est
// remplacé, 2 fois, par", "à 2 reprises", "est supprimé 2 fois", "les 2
// occurrences du mot", "les 2 premières occurrences" — are read as in
// words (they were refused); refused too unless the scope holds that
// many.
func TestGrammarBill5TimesInDigits(t *testing.T) {
	two := []string{"Le maire et le maire signent."}
	three := []string{"Le maire et le maire et le maire."}
	at := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "2 fois", before: two, text: []string{at + "le mot : « maire » est remplacé, 2 fois, par le mot : « préfet »."}, want: []string{"Le préfet et le préfet signent."}},
		{name: "à 2 reprises", before: two, text: []string{at + "le mot : « maire » est remplacé à 2 reprises par le mot : « préfet »."}, want: []string{"Le préfet et le préfet signent."}},
		{name: "supprimé 2 fois", before: []string{"Le maire adjoint et le maire adjoint signent."}, text: []string{at + "le mot : « adjoint » est supprimé 2 fois."}, want: two},
		{name: "les 2 occurrences", before: two, text: []string{at + "les 2 occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: []string{"Le préfet et le préfet signent."}},
		{name: "les 2 premières occurrences", before: three, text: []string{at + "les 2 premières occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: []string{"Le préfet et le préfet et le maire."}},
		{name: "not as many: refused", before: three, text: []string{at + "le mot : « maire » est remplacé, 2 fois, par le mot : « préfet »."}},
	})
}
