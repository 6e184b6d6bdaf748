package law

import "testing"

// The Sénat's locator line, an instruction under it, then a later
// instruction naming a place of its own: read when the two agree or
// compose, refused when the line's place does not hold the later
// instruction's (it was edited at its own place, unchecked).
func TestAmLaterPlace30(t *testing.T) {
	art := Article{Number: "1", Alineas: []string{"Le juge lit. Le juge écrit.", "Le maire lit. Le maire écrit.", "Le préfet lit. Le préfet écrit."}}
	const (
		first   = "Après le mot : « maire », insérer le mot : « seul »."
		repl    = "remplacer le mot : « lit » par le mot : « voit »."
		roiLine = "« Le roi lit. »"
	)
	runAm27(t, art, []amCase27{
		// Read: the line's alinéa, a sentence of it, the alinéa pointed
		// at, the article, a new line, a consequential edit, an item.
		{name: "the same alinéa", disp: []string{"Alinéa 2", first, "À l'alinéa 2, " + repl}, want: "Le juge lit. Le juge écrit. | Le maire seul voit. Le maire seul écrit. | Le préfet lit. Le préfet écrit."},
		{name: "the same alinéa by its rank", disp: []string{"Alinéa 2", first, "Au deuxième alinéa, " + repl}, want: "Le juge lit. Le juge écrit. | Le maire seul voit. Le maire seul écrit. | Le préfet lit. Le préfet écrit."},
		{name: "a sentence of the line's alinéa", disp: []string{"Alinéa 2", first, "Supprimer la deuxième phrase."}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. | Le préfet lit. Le préfet écrit."},
		{name: "after a sentence of the line's alinéa", disp: []string{"Alinéa 2", first, "Après la première phrase, insérer une phrase ainsi rédigée :", roiLine}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le roi lit. Le maire seul écrit. | Le préfet lit. Le préfet écrit."},
		{name: "this alinéa completed", disp: []string{"Alinéa 2", first, "Compléter cet alinéa par une phrase ainsi rédigée :", roiLine}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. Le roi lit. | Le préfet lit. Le préfet écrit."},
		{name: "the article completed", disp: []string{"Alinéa 2", first, "Compléter cet article par un alinéa ainsi rédigé :", roiLine}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. | Le préfet lit. Le préfet écrit. | Le roi lit."},
		{name: "a new line", disp: []string{"Alinéa 2", first, "Alinéa 3", "À l'alinéa 3, " + repl}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. | Le préfet voit. Le préfet écrit."},
		{name: "in consequence", disp: []string{"Alinéa 2", first, "En conséquence, à l'alinéa 3, " + repl}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. | Le préfet voit. Le préfet écrit."},
		{name: "a new part", disp: []string{"I. – Alinéa 2", first, "II. – À l'alinéa 3, " + repl}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. | Le préfet voit. Le préfet écrit."},
		// Refused: another alinéa, its sentence, after it, deleted, by a
		// rank; another sentence than the line's.
		{name: "another alinéa", disp: []string{"Alinéa 2", first, "À l'alinéa 3, " + repl}, err: errAmLaterPlace30},
		{name: "another alinéa's sentence", disp: []string{"Alinéa 2", first, "À la première phrase de l'alinéa 3, " + repl}, err: errAmLaterPlace30},
		{name: "after another alinéa", disp: []string{"Alinéa 2", "Supprimer cet alinéa.", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :", roiLine}, err: errAmLaterPlace30},
		{name: "another alinéa deleted", disp: []string{"Alinéa 2", first, "Supprimer l'alinéa 3."}, err: errAmLaterPlace30},
		{name: "the last alinéa", disp: []string{"Alinéa 2", first, "Au dernier alinéa, " + repl}, err: errAmLaterPlace30},
		{name: "another sentence", disp: []string{"Alinéa 1, deuxième phrase", "Après le mot : « juge », insérer le mot : « seul ».", "À la première phrase, " + repl}, err: errAmLaterPlace30},
		{name: "third instruction, another alinéa", disp: []string{"Alinéa 2", first, "Supprimer la deuxième phrase.", "À l'alinéa 3, " + repl}, err: errAmLaterPlace30},
	}, nil)
}

// A new part naming a sentence without its alinéa, after a part under
// the Sénat's line of an alinéa: refused (the first alinéa's sentence
// was edited); with its own alinéa, or after a part with no line, read.
func TestAmPartSentence30(t *testing.T) {
	art := Article{Number: "1", Alineas: []string{"Le juge lit. Le juge écrit.", "Le maire lit. Le maire écrit.", "Le préfet lit. Le préfet écrit."}}
	const first = "Après le mot : « maire », insérer le mot : « seul »."
	runAm27(t, art, []amCase27{
		{name: "a sentence of the alinéa named", disp: []string{"I. – Alinéa 2", first, "II. – À l'alinéa 3, supprimer la deuxième phrase."}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. | Le préfet lit."},
		{name: "a new line", disp: []string{"I. – Alinéa 2", first, "II. – Alinéa 3", "Supprimer la deuxième phrase."}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. | Le préfet lit."},
		{name: "under the line, no part", disp: []string{"Alinéa 2", first, "Supprimer la deuxième phrase."}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. | Le préfet lit. Le préfet écrit."},
		{name: "the article completed", disp: []string{"I. – Alinéa 2", first, "II. – Compléter cet article par un alinéa ainsi rédigé :", "« Le roi lit. »"}, want: "Le juge lit. Le juge écrit. | Le maire seul lit. Le maire seul écrit. | Le préfet lit. Le préfet écrit. | Le roi lit."},
		{name: "a sentence deleted", disp: []string{"I. – Alinéa 2", first, "II. – Supprimer la deuxième phrase."}, err: errAmPartSentence30},
		{name: "words in a sentence", disp: []string{"I. – Alinéa 2", first, "II. – À la première phrase, remplacer le mot : « lit » par le mot : « voit »."}, err: errAmPartSentence30},
		{name: "after a sentence", disp: []string{"I. – Alinéa 2", first, "II. – Après la première phrase, insérer une phrase ainsi rédigée :", "« Le roi lit. »"}, err: errAmPartSentence30},
		{name: "the last sentence", disp: []string{"I. – Alinéa 2", first, "II. – Supprimer la dernière phrase."}, err: errAmPartSentence30},
	}, nil)
}

// After a list the line opened, or a consequential edit, a later
// instruction is at its own place, as before.
func TestAmLaterEnds30(t *testing.T) {
	art := Article{Number: "1", Alineas: []string{"Le juge lit. Le juge écrit.", "Le maire lit. Le maire écrit.", "Le préfet lit. Le préfet écrit."}}
	runAm27(t, art, []amCase27{
		{name: "after the list of a colon locator", disp: []string{"À l'alinéa 2 :", "1° Supprimer la deuxième phrase ;", "2° Supprimer le mot : « maire ».", "À l'alinéa 3, supprimer le mot : « préfet »."}, want: "Le juge lit. Le juge écrit. | Le lit. | Le lit. Le écrit."},
		{name: "after a consequential edit", disp: []string{"Alinéa 2", "Supprimer la deuxième phrase.", "En conséquence, à l'alinéa 1, supprimer le mot : « juge ».", "À l'alinéa 3, supprimer le mot : « préfet »."}, want: "Le lit. Le écrit. | Le maire lit. | Le lit. Le écrit."},
	}, nil)
}
