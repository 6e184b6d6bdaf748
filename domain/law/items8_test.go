package law

import "testing"

// TestGrammarCapitalParts: parts lettered in capitals under a numbered
// part ("I. – A. – …", "B. – …") are refused, never applied to the
// numbered part whole ("Le B du II est supprimé" deleted the II, "Le
// second alinéa du B du I" the I's second alinéa); letter items under a
// 1° are read.
func TestGrammarCapitalParts(t *testing.T) {
	B := []string{"I. – A. – Le maire agit.", "B. – Le préfet contrôle.", "Il rend compte.", "II. – A. – Le juge tranche.", "B. – Le greffier note."}
	L := []string{"Le maire agit :", "1° Seul :", "a) Le jour ;", "b) La nuit ;", "2° Avec le préfet."}
	runGrammar(t, []grammarCase{
		{name: "au B du I", before: B, text: []string{"Au B du I de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « juge »."}, want: nil},
		{name: "le second alinéa du B du I", before: B, text: []string{"Le second alinéa du B du I de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "le B du II est supprimé", before: B, text: []string{"Le B du II de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "au b du 1°", before: L, text: []string{"Au b du 1° de l'article L. 1 du code civil, le mot : « nuit » est remplacé par le mot : « soirée »."}, want: []string{L[0], L[1], L[2], "b) La soirée ;", L[4]}},
		{name: "le 1° est complété par un c", before: L, text: []string{"Le 1° de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Le dimanche ; »"}, want: []string{L[0], L[1], L[2], L[3], "c) Le dimanche ;", L[4]}},
		{name: "après le a du 1°, il est inséré un a bis", before: L, text: []string{"Après le a du 1° de l'article L. 1 du code civil, il est inséré un a bis ainsi rédigé :", "« a bis) Le soir ; »"}, want: []string{L[0], L[1], L[2], "a bis) Le soir ;", L[3], L[4]}},
	})
}
