package law

import "testing"

// TestGrammarItemPairs: "le 1° et le 2°", "au 1° et au 3°", "au a et au
// b du 1°" name a list of items ("Le 1° et le 2° … sont ainsi rédigés" read
// "the 1° of the 2°"); items abrogated keep their place, "(Abrogé)", as the
// consolidated codes print them.
func TestGrammarItemPairs(t *testing.T) {
	L := []string{"Le maire agit :", "1° Seul ;", "2° Avec le préfet ;", "3° Avec le juge."}
	runGrammar(t, []grammarCase{
		{name: "le 2° est abrogé", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est abrogé."}, want: []string{L[0], L[1], "2° (Abrogé) ;", L[3]}},
		{name: "les 2° et 3° sont abrogés", before: L, text: []string{"Les 2° et 3° de l'article L. 1 du code civil sont abrogés."}, want: []string{L[0], L[1], "2° (Abrogé) ;", "3° (Abrogé)."}},
		{name: "les 1° à 3° sont remplacés par un 1°", before: L, text: []string{"Les 1° à 3° de l'article L. 1 du code civil sont remplacés par un 1° ainsi rédigé :", "« 1° Avec qui il veut. »"}, want: []string{L[0], "1° Avec qui il veut."}},
		{name: "le 1° et le 2° sont ainsi rédigés", before: L, text: []string{"Le 1° et le 2° de l'article L. 1 du code civil sont ainsi rédigés :", "« 1° Isolément ;", "« 2° Avec le maire adjoint ; »"}, want: []string{L[0], "1° Isolément ;", "2° Avec le maire adjoint ;", L[3]}},
		{name: "au 1° et au 3°, le mot", before: []string{"Il agit :", "1° Avec le maire ;", "2° Seul ;", "3° Avec le maire."}, text: []string{"Au 1° et au 3° de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Il agit :", "1° Avec le préfet ;", "2° Seul ;", "3° Avec le préfet."}},
		{name: "du a et du b du 1°", before: []string{"Il agit :", "1° Soit :", "a) Le maire ;", "b) Le maire adjoint ;", "c) Le maire délégué ;", "2° Seul."}, text: []string{"Au a et au b du 1° de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Il agit :", "1° Soit :", "a) Le préfet ;", "b) Le préfet adjoint ;", "c) Le maire délégué ;", "2° Seul."}},
		{name: "the place last: au a et au b du 1° de l'article", before: []string{"Il agit :", "1° Soit :", "a) Le maire ;", "b) Le maire adjoint ;", "c) Le maire délégué ;", "2° Seul."}, text: []string{"Le mot : « maire » est remplacé par le mot : « préfet » au a et au b du 1° de l'article L. 1 du code civil."}, want: []string{"Il agit :", "1° Soit :", "a) Le préfet ;", "b) Le préfet adjoint ;", "c) Le maire délégué ;", "2° Seul."}},
		{name: "the place last: au premier alinéa de l'article", before: []string{"Le maire agit.", "Le maire contrôle."}, text: []string{"Les mots : « Le maire » sont remplacés par les mots : « Le préfet » au premier alinéa de l'article L. 1 du code civil."}, want: []string{"Le préfet agit.", "Le maire contrôle."}},
		{name: "le 2° et le a: kinds differ, not a list", before: L, text: []string{"Le 1° et le a de l'article L. 1 du code civil sont supprimés."}},
		{name: "le 2° est complété par les mots", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est complété par les mots : « ou le sous-préfet »."}, want: []string{L[0], L[1], "2° Avec le préfet ou le sous-préfet ;", L[3]}},
		{name: "complété par un 4°", before: L, text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "« 4° Avec le conseil. »"}, want: []string{L[0], L[1], L[2], "3° Avec le juge ;", "4° Avec le conseil."}},
		{name: "au 3°, le mot juge … et au 1°, …", before: L, text: []string{"Au 3° de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier » et, au 1°, le mot : « Seul » est remplacé par le mot : « Isolément »."}, want: []string{L[0], "1° Isolément ;", L[2], "3° Avec le greffier."}},
	})
}
