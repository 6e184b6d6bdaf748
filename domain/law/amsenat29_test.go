package law

import "testing"

// The Sénat's locator line, then an instruction naming a place of its
// own: read when the two agree or compose, refused when the line's place
// does not hold the instruction's (the line was dropped).
func TestAmLinePlace29(t *testing.T) {
	art := Article{Number: "1", Alineas: []string{"Le juge lit. Le juge écrit.", "Le maire lit. Le maire écrit.", "Le préfet lit. Le préfet écrit."}}
	const (
		repl    = "remplacer le mot : « lit » par le mot : « voit »."
		second  = "Le juge lit. Le juge écrit. | Le maire voit. Le maire écrit. | Le préfet lit. Le préfet écrit."
		roiLine = "« Le roi lit. »"
	)
	runAm27(t, art, []amCase27{
		// Read: the same alinéa, a sentence of the line's alinéa, the
		// alinéa pointed at, one of the line's alinéas, the line's sentence.
		{name: "the same alinéa", disp: []string{"Alinéa 2", "À l'alinéa 2, " + repl}, want: second},
		{name: "the same alinéa by its rank", disp: []string{"Alinéa 2", "Au deuxième alinéa, " + repl}, want: second},
		{name: "a sentence of the line's alinéa", disp: []string{"Alinéa 2", "À la première phrase, " + repl}, want: second},
		{name: "the start of this alinéa", disp: []string{"Alinéa 2", "Au début de cet alinéa, ajouter les mots : « Ici, »."}, want: "Le juge lit. Le juge écrit. | Ici, le maire lit. Le maire écrit. | Le préfet lit. Le préfet écrit."},
		{name: "after this alinéa", disp: []string{"Alinéa 2", "Après cet alinéa, insérer un alinéa ainsi rédigé :", roiLine}, want: "Le juge lit. Le juge écrit. | Le maire lit. Le maire écrit. | Le roi lit. | Le préfet lit. Le préfet écrit."},
		{name: "one of the line's alinéas", disp: []string{"Alinéas 2 et 3", "À l'alinéa 3, " + repl}, want: "Le juge lit. Le juge écrit. | Le maire lit. Le maire écrit. | Le préfet voit. Le préfet écrit."},
		{name: "the line's sentence", disp: []string{"Alinéa 1, deuxième phrase", "À la deuxième phrase, remplacer le mot : « écrit » par le mot : « voit »."}, want: "Le juge lit. Le juge voit. | Le maire lit. Le maire écrit. | Le préfet lit. Le préfet écrit."},
		{name: "a sentence by its rank under the line", disp: []string{"Alinéa 2", "Supprimer la deuxième phrase."}, want: "Le juge lit. Le juge écrit. | Le maire lit. | Le préfet lit. Le préfet écrit."},
		// Refused: another alinéa, another sentence, the whole alinéa of
		// the line's sentence, an alinéa by a rank the line does not say.
		{name: "another alinéa", disp: []string{"Alinéa 2", "À l'alinéa 3, " + repl}, err: errAmLinePlace29},
		{name: "another alinéa's sentence", disp: []string{"Alinéa 2", "À la première phrase de l'alinéa 3, " + repl}, err: errAmLinePlace29},
		{name: "after another alinéa", disp: []string{"Alinéa 2", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :", roiLine}, err: errAmLinePlace29},
		{name: "another alinéa deleted", disp: []string{"Alinéa 2", "Supprimer l'alinéa 3."}, err: errAmLinePlace29},
		{name: "the last alinéa", disp: []string{"Alinéa 2", "Au dernier alinéa, " + repl}, err: errAmLinePlace29},
		{name: "another sentence", disp: []string{"Alinéa 1, deuxième phrase", "À la première phrase, " + repl}, err: errAmLinePlace29},
		{name: "after another sentence", disp: []string{"Alinéa 1, deuxième phrase", "Après la première phrase, insérer une phrase ainsi rédigée :", roiLine}, err: errAmLinePlace29},
		{name: "another sentence deleted", disp: []string{"Alinéa 1, deuxième phrase", "Supprimer la première phrase."}, err: errAmLinePlace29},
		{name: "the whole alinéa of the line's sentence", disp: []string{"Alinéa 1, deuxième phrase", "À l'alinéa 1, " + repl}, err: errAmLinePlace29},
		// The line's items are under it; a sentence line alone holds
		// its sentence.
		{name: "an item under the line, another alinéa", disp: []string{"Alinéa 2", "1° Supprimer la deuxième phrase ;", "2° À l'alinéa 3, " + repl}, err: errAmLinePlace29},
		{name: "the items under the line agree", disp: []string{"Alinéa 2", "1° Supprimer la deuxième phrase ;", "2° À l'alinéa 2, " + repl}, want: "Le juge lit. Le juge écrit. | Le maire voit. | Le préfet lit. Le préfet écrit."},
		{name: "a sentence line alone, another sentence", disp: []string{"Deuxième phrase", "À la première phrase, " + repl}, err: errAmLinePlace29},
		{name: "a sentence line under an alinéa line, another sentence", disp: []string{"Alinéa 2", "Deuxième phrase", "À la première phrase, " + repl}, err: errAmLinePlace29},
	}, nil)
}
