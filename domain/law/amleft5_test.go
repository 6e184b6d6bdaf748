package law

import "testing"

// amL5A is a short bill article for the tests of amleft5: a paragraph,
// its alinéas, a second paragraph, and an alinéa holding a word twice.
var amL5A = []string{
	"I. – Le juge statue dans un délai d'un mois. Il motive sa décision.",
	"La décision est notifiée aux parties par lettre recommandée.",
	"Les parties peuvent former un recours devant le tribunal administratif.",
	"II. – Le président du département rend compte au conseil. Il publie un rapport.",
	"Le rapport est publié et le rapport est transmis au préfet.",
}

// TestAmLeft5StartBeforeWord: "Avant le mot : « A », rédiger ainsi le
// début de l'alinéa 3 : « … »" rewrites the start up to A, A kept (it was
// refused); "… supprimer le début" deletes it, A taking the capital.
// "jusqu'au mot : « A »" keeps its reading (A included). An end "before"
// a word was read as after it: refused now.
func TestAmLeft5StartBeforeWord(t *testing.T) {
	A := amL5A
	peuvent := amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)
	runAmendments(t, []amCase{
		{"rewritten", A, "Avant le mot : « former », rédiger ainsi le début de l'alinéa 3 : « Les intéressés peuvent »", peuvent},
		{"indicative", A, "Avant le mot : « former », le début de l'alinéa 3 est ainsi rédigé : « Les intéressés peuvent »", peuvent},
		{"Sénat: under Alinéa 3", A, "Alinéa 3\nAvant le mot : « former », rédiger ainsi le début de cet alinéa : « Les intéressés peuvent »", peuvent},
		{"the label kept", A, "Avant le mot : « statue », rédiger ainsi le début de l'alinéa 1 : « Le préfet »", amp3Want(A, "I. – Le préfet statue dans un délai d'un mois. Il motive sa décision.", 2, 3, 4, 5)},
		{"of a sentence", A, "Avant le mot : « motive », rédiger ainsi le début de la seconde phrase de l'alinéa 1 : « Le juge »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Le juge motive sa décision.", 2, 3, 4, 5)},
		{"deleted", A, "Avant le mot : « former », supprimer le début de l'alinéa 3.", amp3Want(A, 1, 2, "Former un recours devant le tribunal administratif.", 4, 5)},
		{"jusqu'au mot, A included, as before", A, "Rédiger ainsi le début de l'alinéa 3 jusqu'au mot : « former » : « Les intéressés peuvent former »", peuvent},
		{"A twice: refused", A, "Avant le mot : « rapport », rédiger ainsi le début de l'alinéa 5 : « Ce »", nil},
		{"A missing: refused", A, "Avant le mot : « appel », rédiger ainsi le début de l'alinéa 3 : « Les intéressés peuvent »", nil},
		{"après le mot, le début: refused", A, "Après le mot : « former », rédiger ainsi le début de l'alinéa 3 : « Les intéressés peuvent »", nil},
		{"an occurrence named: refused", A, "Avant la seconde occurrence du mot : « rapport », rédiger ainsi le début de l'alinéa 5 : « Ce »", nil},
		{"avant le mot, la fin: refused", A, "Avant le mot : « recours », rédiger ainsi la fin de l'alinéa 3 : « devant le juge. »", nil},
		{"avant le mot, la fin, indicative: refused", A, "Avant le mot : « recours », la fin de l'alinéa 3 est ainsi rédigée : « devant le juge. »", nil},
		{"avant le mot, la fin deleted: refused", A, "Avant le mot : « recours », supprimer la fin de l'alinéa 3.", nil},
	})
}

// TestAmLeft5WordsAtTheEnd: "supprimer à la fin les mots : « A »"
// ("remplacer à la fin …", "au début", the Sénat's line) and "supprimer
// les mots : « A » à la fin" read as "À la fin, supprimer …": the words
// must end (begin) the alinéa, else refused (the first form dropped "à la
// fin" and deleted A wherever it stood; the second was refused).
func TestAmLeft5WordsAtTheEnd(t *testing.T) {
	A := amL5A
	cut := amp3Want(A, 1, 2, "Les parties peuvent former un recours.", 4, 5)
	juge := amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge.", 4, 5)
	runAmendments(t, []amCase{
		{"supprimer … à la fin", A, "À l'alinéa 3, supprimer les mots : « devant le tribunal administratif » à la fin.", cut},
		{"supprimer à la fin les mots", A, "À l'alinéa 3, supprimer à la fin les mots : « devant le tribunal administratif ».", cut},
		{"à la fin between commas, as before", A, "À l'alinéa 3, à la fin, supprimer les mots : « devant le tribunal administratif ».", cut},
		{"supprimer … à la fin de l'alinéa 3, as before", A, "Supprimer les mots : « devant le tribunal administratif » à la fin de l'alinéa 3.", cut},
		{"Sénat: supprimer à la fin", A, "Alinéa 3\nSupprimer à la fin les mots :\ndevant le tribunal administratif", cut},
		{"remplacer à la fin", A, "À l'alinéa 3, remplacer à la fin les mots : « tribunal administratif » par les mots : « juge ».", juge},
		{"remplacer … à la fin par, as before", A, "À l'alinéa 3, remplacer les mots : « tribunal administratif » à la fin par les mots : « juge ».", juge},
		{"supprimer au début", A, "À l'alinéa 3, supprimer au début les mots : « Les parties ».", amp3Want(A, 1, 2, "Peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"… à la fin, not at the end: refused", A, "À l'alinéa 3, supprimer les mots : « un recours » à la fin.", nil},
		{"supprimer à la fin, not at the end: refused", A, "À l'alinéa 3, supprimer à la fin les mots : « un recours ».", nil},
		{"à la fin between commas, not at the end: refused", A, "À l'alinéa 3, à la fin, supprimer les mots : « un recours ».", nil},
		{"à la fin de l'alinéa, not at the end: refused", A, "À la fin de l'alinéa 3, supprimer les mots : « un recours ».", nil},
		{"… à la fin de l'alinéa 3, not at the end: refused", A, "Supprimer les mots : « un recours » à la fin de l'alinéa 3.", nil},
		{"remplacer à la fin, not at the end: refused", A, "À l'alinéa 3, remplacer à la fin les mots : « un recours » par les mots : « appel ».", nil},
		{"Sénat: not at the end: refused", A, "Alinéa 3\nSupprimer à la fin les mots :\nun recours", nil},
		{"supprimer au début, not at the start: refused", A, "À l'alinéa 3, supprimer au début les mots : « un recours ».", nil},
		{"… au début, not at the start: refused", A, "À l'alinéa 3, supprimer les mots : « un recours » au début.", nil},
	})
}
