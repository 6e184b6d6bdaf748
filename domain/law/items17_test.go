package law

import "testing"

// TestGrammarLatinOrdinalItems: an item's label takes any Latin ordinal
// ("1° quinquies", "2° sexies", "a septies"), not only bis, ter and
// quater — in a locator, a renumbering, a pair, an announced item, and in
// amendments.
func TestGrammarLatinOrdinalItems(t *testing.T) {
	L := []string{"I. – Le maire :", "1° Décide ;", "1° quater Signe ;", "1° quinquies Publie ;", "2° Exécute."}
	runGrammar(t, []grammarCase{
		{name: "au 1° quinquies", before: L, text: []string{"Au 1° quinquies du I de l'article L. 1 du code civil, le mot : « Publie » est remplacé par le mot : « Diffuse »."}, want: []string{L[0], L[1], L[2], "1° quinquies Diffuse ;", L[4]}},
		{name: "après le 1° quinquies, il est inséré un 1° sexies", before: L, text: []string{"Après le 1° quinquies du I de l'article L. 1 du code civil, il est inséré un 1° sexies ainsi rédigé :", "« 1° sexies Archive ; »."}, want: []string{L[0], L[1], L[2], L[3], "1° sexies Archive ;", L[4]}},
		{name: "le 1° quinquies est abrogé", before: L, text: []string{"Le 1° quinquies du I de l'article L. 1 du code civil est abrogé."}, want: []string{L[0], L[1], L[2], "1° quinquies (Abrogé) ;", L[4]}},
		{name: "au même 1° quinquies", before: L, text: []string{"Le I de l'article L. 1 du code civil est ainsi modifié :", "1° Au 1° quinquies, le mot : « Publie » est remplacé par le mot : « Diffuse » ;", "2° Au même 1° quinquies, le mot : « Diffuse » est remplacé par le mot : « Affiche »."}, want: []string{L[0], L[1], L[2], "1° quinquies Affiche ;", L[4]}},
		{name: "le 1° quater et le 1° quinquies sont abrogés", before: L, text: []string{"Le 1° quater et le 1° quinquies du I de l'article L. 1 du code civil sont abrogés."}, want: []string{L[0], L[1], "1° quater (Abrogé) ;", "1° quinquies (Abrogé) ;", L[4]}},
		{name: "le 1° quinquies devient le 1° quater", before: L, text: []string{"Le I de l'article L. 1 du code civil est ainsi modifié :", "1° Le 1° quater est abrogé ;", "2° Le 1° quinquies devient le 1° quater."}, want: []string{L[0], L[1], "1° quater Publie ;", L[4]}},
	})
	A := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "1° quinquies L'article L. 2 est abrogé ;", "2° L'article L. 3 est abrogé."}
	runAmendments(t, []amCase{
		{"insérer un 1° sexies", A, "Après l'alinéa 3, insérer un 1° sexies ainsi rédigé :\n« 1° sexies L'article L. 4 est abrogé ; »", []string{A[0], A[1], A[2], "1° sexies L'article L. 4 est abrogé ;", A[3]}},
		{"les 1° et 1° quinquies: each", A, "Aux 1° et 1° quinquies du I, substituer au mot : « abrogé » le mot : « modifié ».", []string{A[0], "1° L'article L. 1 est modifié ;", "1° quinquies L'article L. 2 est modifié ;", A[3]}},
	})
}
