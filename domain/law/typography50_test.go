package law

import "testing"

// TestCode6DegreeSignsInText: an item's label printed with the ordinal
// indicator ("1º") or its degree sign spaced ("1 °") is the 1° a bill or
// an amendment names (the item was not found: refused); a deleted item
// keeps the text's own sign ("1º (Supprimé)").
func TestCode6DegreeSignsInText(t *testing.T) {
	ind := []string{"Sont exclus :", "1º Les meubles ;", "2º Les immeubles."}
	sp := []string{"Sont exclus :", "1 ° Les meubles ;", "2 ° Les immeubles."}
	runGrammar(t, []grammarCase{
		{name: "the ordinal indicator, abrogated", before: ind, text: []string{"Le 1° de l'article L. 1 du code civil est abrogé."}, want: []string{ind[0], "1º (Abrogé) ;", ind[2]}},
		{name: "the ordinal indicator, words", before: ind, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « immeubles » est remplacé par le mot : « navires »."}, want: []string{ind[0], ind[1], "2º Les navires."}},
		{name: "spaced, words", before: sp, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « immeubles » est remplacé par le mot : « navires »."}, want: []string{sp[0], sp[1], "2 ° Les navires."}},
		{name: "spaced, a 1° bis", before: sp, text: []string{"Après le 1° de l'article L. 1 du code civil, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Les navires ; »"}, want: []string{sp[0], sp[1], "1° bis Les navires ;", sp[2]}},
	})
	runAmendments(t, []amCase{
		{"the ordinal indicator, deleted", append([]string{"I. – Le maire signe."}, ind...), "Supprimer le 1°.", []string{"I. – Le maire signe.", ind[0], "1º (Supprimé)", ind[2]}},
		{"spaced, words", sp, "Au 2°, remplacer le mot : « immeubles » par le mot : « navires ».", []string{sp[0], sp[1], "2 ° Les navires."}},
	})
}
