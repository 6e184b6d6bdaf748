package law

import "testing"

// TestLang90DoubledLetters: a letter item's label doubled, "aa)", "bb)"
// (an item a later reading put beside the a, the b), is an item of its
// own: "Le aa du 1° est abrogé", "Au aa du 1°, le mot …", "Le aa … est
// ainsi rédigé", an amendment's "Au aa du 1°, remplacer …", "Supprimer le
// aa du 1°" (the aa was not read: the whole 1° was edited, or deleted;
// "Au a du 1°" edited the aa after it as the a's). Its rank is not known
// (the a's, or before it?): inserted, it goes where its place says
// ("Après le a", "Avant le b"), never by its label; "Après le a, un a
// bis" goes before the aa; added at the end of a list ("complété par un
// bb"), refused. A doubled letter the text does not hold is refused.
func TestLang90DoubledLetters(t *testing.T) {
	A := []string{"1° Le maire :", "a) Signe ;", "aa) Signe ;", "b) Signe ;", "2° Le juge tranche."}
	noAA := []string{A[0], A[1], A[3], A[4]}
	P := " du 1° de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "le aa abrogé", before: A, text: []string{"Le aa" + P + " est abrogé."}, want: []string{A[0], A[1], "aa) (Abrogé) ;", A[3], A[4]}},
		{name: "au aa, words", before: A, text: []string{"Au aa" + P + ", le mot : « Signe » est remplacé par le mot : « Vise »."}, want: []string{A[0], A[1], "aa) Vise ;", A[3], A[4]}},
		{name: "au a: not the aa", before: A, text: []string{"Au a" + P + ", le mot : « Signe » est remplacé par le mot : « Vise »."}, want: []string{A[0], "a) Vise ;", A[2], A[3], A[4]}},
		{name: "le aa rédigé", before: A, text: []string{"Le aa" + P + " est ainsi rédigé :", "« aa) Vise ; »"}, want: []string{A[0], A[1], "aa) Vise ;", A[3], A[4]}},
		{name: "après le a, un aa", before: noAA, text: []string{"Après le a" + P + ", il est inséré un aa ainsi rédigé :", "« aa) Signe ; »"}, want: A},
		{name: "avant le b, un aa", before: noAA, text: []string{"Avant le b" + P + ", il est inséré un aa ainsi rédigé :", "« aa) Signe ; »"}, want: A},
		{name: "après le b, un bb", before: A, text: []string{"Après le b" + P + ", il est inséré un bb ainsi rédigé :", "« bb) Note ; »"}, want: []string{A[0], A[1], A[2], A[3], "bb) Note ;", A[4]}},
		{name: "après le a, un a bis: before the aa", before: A, text: []string{"Après le a" + P + ", il est inséré un a bis ainsi rédigé :", "« a bis) Note ; »"}, want: []string{A[0], A[1], "a bis) Note ;", A[2], A[3], A[4]}},
		{name: "les a et aa abrogés", before: A, text: []string{"Les a et aa" + P + " sont abrogés."}, want: []string{A[0], "a) (Abrogé) ;", "aa) (Abrogé) ;", A[3], A[4]}},
		{name: "le aa rétabli", before: []string{A[0], A[1], "aa) (Abrogé) ;", A[3], A[4]}, text: []string{"Le aa" + P + " est rétabli dans la rédaction suivante :", "« aa) Note ; »"}, want: []string{A[0], A[1], "aa) Note ;", A[3], A[4]}},
		{name: "no aa: refused", before: noAA, text: []string{"Le aa" + P + " est abrogé."}},
		{name: "appended, its rank not known: refused", before: A, text: []string{"Le 1° de l'article L. 1 du code civil est complété par un bb ainsi rédigé :", "« bb) Note ; »"}},
	})
	runAmendments(t, []amCase{
		{"au aa, remplacer", A, "Au aa du 1°, remplacer le mot : « Signe » par le mot : « Vise ».", []string{A[0], A[1], "aa) Vise ;", A[3], A[4]}},
		{"supprimer le aa", A, "Supprimer le aa du 1°.", []string{A[0], A[1], "aa) (Supprimé)", A[3], A[4]}},
		{"après le a, insérer un aa", noAA, "Après le a du 1°, insérer un aa ainsi rédigé :\n« aa) Signe ; »", A},
		{"no aa: refused", noAA, "Supprimer le aa du 1°.", nil},
	})
}
