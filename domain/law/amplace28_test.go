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
	// Ranks listed across commas, their noun after the last: one place
	// (the Sénat's line "Alinéa 1, deuxième, troisième et quatrième
	// phrases" was refused, its "deuxième" read as a rank of no noun).
	four := Article{Number: "1er", Alineas: []string{"Le juge statue. Il motive. Il part. Il dort. Il lit.", "Le maire signe."}}
	runAm27(t, four, []amCase27{
		{name: "ranks listed across commas", disp: []string{"Alinéa 1, deuxième, troisième et quatrième phrases", "Supprimer ces phrases."}, want: "Le juge statue. Il lit. | Le maire signe."},
		{name: "ranks listed across commas after a preposition", disp: []string{"À l'alinéa 1, aux deuxième, troisième et quatrième phrases, remplacer le mot : « Il » par le mot : « Elle »."}, want: "Le juge statue. Elle motive. Elle part. Elle dort. Il lit. | Le maire signe."},
		{name: "ranks of no noun across commas", disp: []string{"Alinéa 1, deuxième, troisième et quatrième juges", "Supprimer ces phrases."}, err: errAmPlaceUnnamed28},
	}, nil)
}

// Alinéas named by their numbers in two segments of the locator: one was
// dropped, or both edited. Refused.
func TestAmPlaceTwice28(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le juge signe. Il motive.", "Le maire signe.", "Le clerc signe. Il date."}}
	runAm27(t, art, []amCase27{
		{name: "a sentence of another alinéa", disp: []string{"À l'alinéa 1, à la deuxième phrase de l'alinéa 3, remplacer le mot : « Il » par le mot : « Elle »"}, err: errAmPlaceTwice28},
		{name: "a place after the words", disp: []string{"À l'alinéa 1, remplacer le mot : « signe » par le mot : « date » à l'alinéa 3"}, err: errAmPlaceTwice28},
		{name: "two alinéas", disp: []string{"À l'alinéa 2, à l'alinéa 3, remplacer le mot : « signe » par le mot : « date »"}, err: errAmPlaceTwice28},
		{name: "this alinéa", disp: []string{"Alinéa 3", "Après cet alinéa, insérer un alinéa ainsi rédigé :", "« Le greffier lit. »"}, want: "Le juge signe. Il motive. | Le maire signe. | Le clerc signe. Il date. | Le greffier lit."},
		{name: "a sentence of the alinéa", disp: []string{"À l'alinéa 3, à la deuxième phrase, remplacer le mot : « Il » par le mot : « Elle »"}, want: "Le juge signe. Il motive. | Le maire signe. | Le clerc signe. Elle date."},
		{name: "alinéas listed", disp: []string{"Aux alinéas 2 et 3, remplacer le mot : « signe » par le mot : « date »"}, want: "Le juge signe. Il motive. | Le maire date. | Le clerc date. Il date."},
	}, nil)
}

// A label completed by words of no place ("Au 1° du juge"): refused; a
// label of an item stays read.
func TestAmLabelNamesPlace28(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"I. – Le juge signe.", "1° Le maire signe ;", "2° Le clerc signe.", "II. – Le greffier lit."}}
	runAm27(t, art, []amCase27{
		{name: "an item of no place", disp: []string{"Au 1° du juge, remplacer le mot : « signe » par le mot : « date »"}, err: errAmPlaceUnnamed28},
		{name: "a part of no place", disp: []string{"Au I du juge, remplacer le mot : « signe » par le mot : « date »"}, err: errAmPlaceUnnamed28},
		{name: "after an item of no place", disp: []string{"Après le 1° du maire, insérer un 1° bis ainsi rédigé :", "« 1° bis Le préfet signe ; »"}, err: errAmPlaceUnnamed28},
		{name: "an item of a part", disp: []string{"Au 1° du I, remplacer le mot : « signe » par le mot : « date »"}, want: "I. – Le juge signe. | 1° Le maire date ; | 2° Le clerc signe. | II. – Le greffier lit."},
		{name: "after an item", disp: []string{"Après le 1°, insérer un 1° bis ainsi rédigé :", "« 1° bis Le préfet signe ; »"}, want: "I. – Le juge signe. | 1° Le maire signe ; | 1° bis Le préfet signe ; | 2° Le clerc signe. | II. – Le greffier lit."},
	}, nil)
}
