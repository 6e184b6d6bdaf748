package law

import "testing"

// TestGrammarCapitalParts: parts lettered in capitals ("B. – …", also under
// a numbered part) are read as parts of their own kind, never the letter
// items "b)" — "Le B du II est supprimé" deleted the II, "Le second alinéa
// du B du I" the I's second alinéa, "Au B de l'article" edited the A too;
// a part that begins on its parent's line ("I. – A. – …") has its words
// edited, nothing else.
func TestGrammarCapitalParts(t *testing.T) {
	B := []string{"I. – A. – Le maire agit.", "B. – Le préfet contrôle.", "Il rend compte.", "II. – A. – Le juge tranche.", "B. – Le greffier note."}
	L := []string{"Le maire agit :", "1° Seul :", "a) Le jour ;", "b) La nuit ;", "2° Avec le préfet."}
	runGrammar(t, []grammarCase{
		{name: "au B du I", before: B, text: []string{"Au B du I de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{B[0], "B. – Le juge contrôle.", B[2], B[3], B[4]}},
		{name: "au A du I: begins on the I's line, its words edited", before: B, text: []string{"Au A du I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}, want: []string{"I. – A. – Le juge agit.", B[1], B[2], B[3], B[4]}},
		{name: "au A du I: words only in the B, refused", before: B, text: []string{"Au A du I de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « juge »."}},
		{name: "le A du I est supprimé: begins on the I's line, refused", before: B, text: []string{"Le A du I de l'article L. 1 du code civil est supprimé."}},
		{name: "le second alinéa du A du II: refused", before: B, text: []string{"Le second alinéa du A du II de l'article L. 1 du code civil est supprimé."}},
		{name: "au B de l'article, the word in the A too", before: []string{"A. - Le maire signe.", "B. - Le préfet signe."}, text: []string{"Au B de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « vote »."}, want: []string{"A. - Le maire signe.", "B. - Le préfet vote."}},
		{name: "the B and the b) of one article", before: []string{"A. - Le maire signe :", "a) Le jour ;", "b) La nuit.", "B. - Le préfet signe."}, text: []string{"Au B de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « vote »."}, want: []string{"A. - Le maire signe :", "a) Le jour ;", "b) La nuit.", "B. - Le préfet vote."}},
		{name: "the b) of the A", before: []string{"A. - Le maire signe :", "a) Le jour ;", "b) La nuit.", "B. - Le préfet signe la nuit."}, text: []string{"Au b du A de l'article L. 1 du code civil, le mot : « nuit » est remplacé par le mot : « soirée »."}, want: []string{"A. - Le maire signe :", "a) Le jour ;", "b) La soirée.", "B. - Le préfet signe la nuit."}},
		{name: "le second alinéa du B du I", before: B, text: []string{"Le second alinéa du B du I de l'article L. 1 du code civil est supprimé."}, want: []string{B[0], B[1], B[3], B[4]}},
		{name: "le B du II est supprimé", before: B, text: []string{"Le B du II de l'article L. 1 du code civil est supprimé."}, want: []string{B[0], B[1], B[2], B[3], "B. – (Abrogé)"}},
		{name: "au b du 1°", before: L, text: []string{"Au b du 1° de l'article L. 1 du code civil, le mot : « nuit » est remplacé par le mot : « soirée »."}, want: []string{L[0], L[1], L[2], "b) La soirée ;", L[4]}},
		{name: "le 1° est complété par un c", before: L, text: []string{"Le 1° de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Le dimanche ; »"}, want: []string{L[0], L[1], L[2], L[3], "c) Le dimanche ;", L[4]}},
		{name: "après le a du 1°, il est inséré un a bis", before: L, text: []string{"Après le a du 1° de l'article L. 1 du code civil, il est inséré un a bis ainsi rédigé :", "« a bis) Le soir ; »"}, want: []string{L[0], L[1], L[2], "a bis) Le soir ;", L[3], L[4]}},
	})
}

// TestGrammarAmendmentCapitalParts: an amendment's "Au B", "Supprimer le
// B", "Au B du II" on a bill's capital-lettered parts ("Au B, remplacer …"
// edited the A too).
func TestGrammarAmendmentCapitalParts(t *testing.T) {
	bill := []string{"A. - Le maire signe.", "B. - Le préfet signe."}
	nested := []string{"I. - Le code est ainsi modifié :", "A. - Le maire signe.", "B. - Le préfet signe.", "II. - A. - Le juge signe.", "B. - Le greffier signe."}
	runAmendments(t, []amCase{
		{"au B, remplacer", bill, "Au B, remplacer le mot : « signe » par le mot : « vote ».", []string{"A. - Le maire signe.", "B. - Le préfet vote."}},
		{"supprimer le B", bill, "Supprimer le B.", []string{"A. - Le maire signe.", "B. - (Supprimé)"}},
		{"au B du I", nested, "Au B du I, remplacer le mot : « signe » par le mot : « vote ».", []string{nested[0], nested[1], "B. - Le préfet vote.", nested[3], nested[4]}},
		{"au A du II: begins on the II's line, its words edited", nested, "Au A du II, remplacer le mot : « signe » par le mot : « vote ».", []string{nested[0], nested[1], nested[2], "II. - A. - Le juge vote.", nested[4]}},
		{"supprimer le A du II: refused", nested, "Supprimer le A du II.", nil},
	})
}
