package law

import "testing"

// TestHold94EndOfSeveralAlineas: a bill's "Après le mot : « A », la fin
// du premier alinéa est ainsi rédigée :" followed by several quoted
// alinéas (« seul : », « a) Vite ; », « b) Bien. ») is refused: where the
// alinéas after the first go is not read (they were joined into the
// alinéa, "… seul : a) Vite ; b) Bien."). One quoted alinéa, below or
// inline, is read.
func TestHold94EndOfSeveralAlineas(t *testing.T) {
	A := []string{"Le juge statue sur la demande.", "Le greffier note la date."}
	P := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "three quoted alinéas: refused", before: A, text: []string{"Après le mot : « statue », la fin du premier alinéa" + P + " est ainsi rédigée :", "« seul : »", "« a) Vite ; »", "« b) Bien. »"}},
		{name: "two quoted alinéas: refused", before: A, text: []string{"Au premier alinéa" + P + ", après le mot : « statue », la fin de la phrase est ainsi rédigée :", "« seul. »", "« Il signe. »"}},
		{name: "one quoted alinéa below", before: A, text: []string{"Après le mot : « statue », la fin du premier alinéa" + P + " est ainsi rédigée :", "« seul. »"}, want: []string{"Le juge statue seul.", A[1]}},
		{name: "inline", before: A, text: []string{"Après le mot : « statue », la fin du premier alinéa" + P + " est ainsi rédigée : « seul. »"}, want: []string{"Le juge statue seul.", A[1]}},
	})
}
