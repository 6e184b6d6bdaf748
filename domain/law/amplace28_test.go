package law

import "testing"

// The locator before the verb names a place: words after a place's noun
// or rank that name none, or a noun that is no place, are refused.
func TestAmLocatorNamesPlace28(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le juge statue. Il motive.", "Le maire signe.", "Le clerc note."}}
	runAm27(t, art, []amCase27{
		{name: "after a sentence of no place", disp: []string{"Après la première phrase du juge, insérer la phrase : « Il lit. »"}, err: errAmPlaceUnnamed28},
		{name: "at the start of no place", disp: []string{"Au début du juge, ajouter le mot : « Seul, »"}, err: errAmPlaceUnnamed28},
		{name: "at the end of no place", disp: []string{"À la fin du juge, ajouter les mots : « vite »"}, err: errAmPlaceUnnamed28},
		{name: "at the end of a sentence of no place", disp: []string{"À la fin de la première phrase du juge, ajouter les mots : « vite »"}, err: errAmPlaceUnnamed28},
		{name: "before the last sentence of no place", disp: []string{"Avant la dernière phrase du maire, insérer la phrase : « Il lit. »"}, err: errAmPlaceUnnamed28},
		{name: "a rank of no noun", disp: []string{"Au deuxième juge, remplacer le mot : « statue » par le mot : « juge »"}, err: errAmPlaceUnnamed28},
		{name: "a rank of no noun in an alinéa", disp: []string{"Au deuxième juge de l'alinéa 1, remplacer le mot : « statue » par le mot : « lit »"}, err: errAmPlaceUnnamed28},
		{name: "a rank in digits of no noun", disp: []string{"Après le 1er clerc, insérer un alinéa ainsi rédigé :", "« Le greffier lit. »"}, err: errAmPlaceUnnamed28},
		{name: "a noun of no place", disp: []string{"Au juge, remplacer le mot : « signe » par le mot : « date »"}, err: errAmPlaceUnnamed28},
		{name: "a noun of no place of an alinéa", disp: []string{"Au juge de l'alinéa 2, remplacer le mot : « signe » par le mot : « date »"}, err: errAmPlaceUnnamed28},
		{name: "an alinéa of no place", disp: []string{"Après le dernier alinéa du juge, insérer un alinéa ainsi rédigé :", "« Le greffier lit. »"}, err: errAmPlaceUnnamed28},
		{name: "the Sénat's line, a rank of no noun", disp: []string{"Alinéa 1, deuxième juge", "Remplacer le mot : « Il » par le mot : « Elle »"}, err: errAmPlaceUnnamed28},
		{name: "a second place of no noun", disp: []string{"À l'alinéa 1, au deuxième juge, remplacer le mot : « Il » par le mot : « Elle »"}, err: errAmPlaceUnnamed28},
		{name: "the words' alinéa of no place", disp: []string{"Après le mot : « juge » de l'alinéa du maire, insérer le mot : « seul »"}, err: errAmPlaceUnnamed28},
		{name: "a sentence of an alinéa", disp: []string{"Au début de la deuxième phrase de l'alinéa 1, ajouter le mot : « Seul, »"}, want: "Le juge statue. Seul, il motive. | Le maire signe. | Le clerc note."},
		{name: "after a sentence", disp: []string{"Après la première phrase de l'alinéa 1, insérer une phrase ainsi rédigée : « Il lit. »"}, want: "Le juge statue. Il lit. Il motive. | Le maire signe. | Le clerc note."},
		{name: "this alinéa", disp: []string{"Alinéa 2", "À la fin de cet alinéa, ajouter les mots : « et date »"}, want: "Le juge statue. Il motive. | Le maire signe et date. | Le clerc note."},
		{name: "after words", disp: []string{"Alinéa 1", "Après le mot : « juge », insérer le mot : « seul »"}, want: "Le juge seul statue. Il motive. | Le maire signe. | Le clerc note."},
		{name: "the same alinéa", disp: []string{"I. – À l'alinéa 2, remplacer le mot : « signe » par le mot : « date ».", "II. – Au même alinéa, remplacer le mot : « maire » par le mot : « juge »."}, want: "Le juge statue. Il motive. | Le juge date. | Le clerc note."},
		{name: "the last alinéa", disp: []string{"Après le dernier alinéa, insérer un alinéa ainsi rédigé :", "« Le greffier lit. »"}, want: "Le juge statue. Il motive. | Le maire signe. | Le clerc note. | Le greffier lit."},
	}, nil)
}
