package law

import "testing"

// TestRefuse88RewrittenUnderNewLabel: an item or a part rewritten under
// the label a relative clause gives it — "Le 3°, qui devient le 4°, est
// ainsi rédigé : « 4° … »", "Le II, qui devient le III, …" — is rewritten,
// its new text carrying the new label (it was refused: a renumbering into
// a division); new text under another label or none, and alinéas ("le deuxième alinéa, qui
// devient le troisième": counted on which text?) stay refused.
func TestRefuse88RewrittenUnderNewLabel(t *testing.T) {
	It := []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet."}
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "an item", before: It, text: []string{"Le 3° de l'article L. 1 du code civil, qui devient le 4°, est ainsi rédigé : « 4° Le ministre. »"}, want: []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "4° Le ministre."}},
		{name: "then the new 3° inserted", before: It, text: []string{ctx, "1° Le 3°, qui devient le 4°, est ainsi rédigé : « 4° Le ministre. » ;", "2° Après le 2°, il est inséré un 3° ainsi rédigé : « 3° Le greffier ; »."}, want: []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le greffier ;", "4° Le ministre."}},
		{name: "a part", before: []string{"I. – Le juge signe.", "II. – Le juge tranche."}, text: []string{"Le II de l'article L. 1 du code civil, qui devient le III, est ainsi rédigé : « III. – Le maire décide. »"}, want: []string{"I. – Le juge signe.", "III. – Le maire décide."}},
		{name: "the old label: refused", before: It, text: []string{ctx, "1° Le 3°, qui devient le 4°, est ainsi rédigé : « 3° Le ministre. » ;"}},
		{name: "no label: refused", before: It, text: []string{ctx, "1° Le 3°, qui devient le 4°, est ainsi rédigé : « Le ministre. » ;"}},
		{name: "a renumbering before (TestLang92RelabelThenRewritten)", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé : « 4° Le ministre. » ;"}, want: []string{"Sont exclus :", "1° Le juge ;", "3° Le maire ;", "4° Le ministre."}},
		{name: "an alinéa: refused", before: []string{"Le juge signe.", "Le juge tranche.", "Le juge note."}, text: []string{ctx, "1° Le deuxième alinéa, qui devient le troisième, est ainsi rédigé : « Le greffier tranche. » ;"}},
		{name: "words in it (TestProbe3PlaceRenumberedInLocator)", before: It, text: []string{ctx, "1° Au 3°, qui devient le 4°, le mot : « préfet » est remplacé par le mot : « ministre » ;"}, want: []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "4° Le ministre."}},
	})
}
