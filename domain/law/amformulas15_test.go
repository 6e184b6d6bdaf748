package law

import "testing"

// TestGrammarRestUnchanged: "(le reste sans changement)" after a partial
// rewrite changes nothing (it refused the instruction); the place named
// last, "(deux fois)", "à chaque occurrence" in amendments.
func TestGrammarRestUnchanged(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "law: le début … est ainsi rédigé : « … » (le reste sans changement)", before: []string{"Dans les communes, le maire agit.", "B."}, text: []string{"Le début du premier alinéa de l'article L. 1 du code civil jusqu'aux mots : « le maire » est ainsi rédigé : « Dans chaque commune, le maire » (le reste sans changement)."}, want: []string{"Dans chaque commune, le maire agit.", "B."}},
		{name: "law: (sans modification) after the quotation", before: []string{"Le maire agit.", "B."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » (sans modification)."}, want: []string{"Le préfet agit.", "B."}},
	})
	bill := []string{"Le maire agit. Le maire rend compte au maire délégué.", "B."}
	runAmendments(t, []amCase{
		{"la place dernière: … à l'alinéa 1", bill, "Après le mot : « agit », insérer les mots : « seul » à l'alinéa 1.", []string{"Le maire agit seul. Le maire rend compte au maire délégué.", "B."}},
		{"(deux fois)", []string{"Le maire et le maire.", "B."}, "À l'alinéa 1, substituer au mot : « maire » le mot : « préfet » (deux fois).", []string{"Le préfet et le préfet.", "B."}},
		{"à chaque occurrence", bill, "À l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet » à chaque occurrence.", []string{"Le préfet agit. Le préfet rend compte au préfet délégué.", "B."}},
		{"le début de la première phrase, without the parenthesis", bill, "Rédiger ainsi le début de la première phrase de l'alinéa 1 jusqu'au mot : « agit » : « Le préfet agit ».", []string{"Le préfet agit. Le maire rend compte au maire délégué.", "B."}},
		{"le début de l'alinéa (le reste sans changement)", bill, "Rédiger ainsi le début de l'alinéa 1 jusqu'au mot : « agit » : « Le préfet agit » (le reste sans changement).", []string{"Le préfet agit. Le maire rend compte au maire délégué.", "B."}},
		{"(le reste sans changement)", bill, "Rédiger ainsi le début de la première phrase de l'alinéa 1 jusqu'au mot : « agit » : « Le préfet agit » (le reste sans changement).", []string{"Le préfet agit. Le maire rend compte au maire délégué.", "B."}},
	})
}
