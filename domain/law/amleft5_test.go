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
// fin" and deleted A wherever it stood; the second was refused). Words
// inserted "à la fin" ("au début") after their quotation go there, as
// "insérer à la fin les mots" does; after an anchor, refused.
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
		{"insérer … à la fin", A, "À l'alinéa 3, insérer les mots : « ou judiciaire » à la fin.", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif ou judiciaire.", 4, 5)},
		{"insérer au début … (words after)", A, "À l'alinéa 3, insérer les mots : « Dans tous les cas, » au début.", amp3Want(A, 1, 2, "Dans tous les cas, les parties peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"après le mot, insérer à la fin: refused", A, "À l'alinéa 3, après le mot : « recours », insérer les mots : « gracieux » à la fin.", nil},
		{"Sénat insérer à la fin", A, "Alinéa 3\nInsérer à la fin les mots :\nou judiciaire", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif ou judiciaire.", 4, 5)},
		{"ajouter … au début", A, "À l'alinéa 3, ajouter les mots : « Dans tous les cas, » au début.", amp3Want(A, 1, 2, "Dans tous les cas, les parties peuvent former un recours devant le tribunal administratif.", 4, 5)},
	})
}

// TestAmLeft5ProbeForms: forms both chambers write, each checked by hand
// on amL5A and kept as guards (read before this round, but "Avant le
// mot : « A », remplacer le début …", read now by the rule of
// TestAmLeft5StartBeforeWord): an article completed by an alinéa or a
// paragraph, alinéas inserted and counted, ranges deleted, sentences
// named (AN and the Sénat's "Alinéa 4, première phrase"), parts I., II.
// ("En conséquence", alinéas numbered as tabled), occurrences, the
// paragraphs I and II named, the article rewritten, the gage (written as
// the part, or completing the article), words at the start or the end,
// and the refusals beside them.
func TestAmLeft5ProbeForms(t *testing.T) {
	A := amL5A
	gage := "II. – La perte de recettes pour l'État est compensée à due concurrence par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	judge := amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge.", 4, 5)
	runAmendments(t, []amCase{
		{"compléter par un alinéa", A, "Compléter cet article par un alinéa ainsi rédigé :\n« Le préfet statue. »", amp3Want(A, 1, 2, 3, 4, 5, "Le préfet statue.")},
		{"compléter par un paragraphe", A, "Compléter cet article par un paragraphe ainsi rédigé :\n« III. – Le préfet statue. »", amp3Want(A, 1, 2, 3, 4, 5, "III. – Le préfet statue.")},
		{"deux alinéas suivants", A, "Après l'alinéa 2, insérer les deux alinéas suivants :\n« X. »\n« Y. »", amp3Want(A, 1, 2, "X.", "Y.", 3, 4, 5)},
		{"deux alinéas suivants, one: refused", A, "Après l'alinéa 2, insérer les deux alinéas suivants :\n« X. »", nil},
		{"supprimer les alinéas 2 à 3", A, "Supprimer les alinéas 2 à 3.", amp3Want(A, 1, 4, 5)},
		{"première phrase", A, "À la première phrase de l'alinéa 1, remplacer le mot : « mois » par le mot : « an ».", amp3Want(A, "I. – Le juge statue dans un délai d'un an. Il motive sa décision.", 2, 3, 4, 5)},
		{"seconde phrase, word of the first: refused", A, "À la seconde phrase de l'alinéa 1, remplacer le mot : « juge » par le mot : « préfet ».", nil},
		{"I/II en conséquence même substitution", A, "I. – À l'alinéa 2, remplacer le mot : « parties » par le mot : « intéressés ».\nII. – En conséquence, à l'alinéa 3, procéder à la même substitution.", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"I/II en conséquence", A, "I. – À l'alinéa 2, remplacer le mot : « parties » par le mot : « intéressés ».\nII. – En conséquence, à l'alinéa 3, remplacer le mot : « parties » par le mot : « intéressés ».", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"au début de la seconde phrase", A, "Au début de la seconde phrase de l'alinéa 1, insérer les mots : « En outre, ».", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. En outre, il motive sa décision.", 2, 3, 4, 5)},
		{"substituer, no place", A, "Substituer au mot : « juge » le mot : « préfet ».", amp3Want(A, "I. – Le préfet statue dans un délai d'un mois. Il motive sa décision.", 2, 3, 4, 5)},
		{"après le mot, no place", A, "Après le mot : « recours », insérer les mots : « gracieux ou contentieux ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours gracieux ou contentieux devant le tribunal administratif.", 4, 5)},
		{"seconde occurrence", A, "À l'alinéa 5, remplacer la seconde occurrence du mot : « rapport » par le mot : « document ».", amp3Want(A, 1, 2, 3, 4, "Le rapport est publié et le document est transmis au préfet.")},
		{"première occurrence", A, "À l'alinéa 5, remplacer la première occurrence du mot : « rapport » par le mot : « document ».", amp3Want(A, 1, 2, 3, 4, "Le document est publié et le rapport est transmis au préfet.")},
		{"deux fois", A, "À l'alinéa 5, remplacer (deux fois) le mot : « rapport » par le mot : « document ».", amp3Want(A, 1, 2, 3, 4, "Le document est publié et le document est transmis au préfet.")},
		{"Sénat première phrase", A, "Alinéa 1, première phrase\nRemplacer le mot :\nmois\npar le mot :\nan", amp3Want(A, "I. – Le juge statue dans un délai d'un an. Il motive sa décision.", 2, 3, 4, 5)},
		{"Sénat supprimer cette phrase", A, "Alinéa 4, seconde phrase\nSupprimer cette phrase.", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au conseil.", 5)},
		{"Sénat ces alinéas", A, "Alinéas 2 et 3\nSupprimer ces alinéas.", amp3Want(A, 1, 4, 5)},
		{"rédiger ainsi cet article", A, "Rédiger ainsi cet article :\n« Le préfet statue. »", []string{"Le préfet statue."}},
		{"Sénat rédiger ainsi cet article", A, "Rédiger ainsi cet article :\nI. – Le préfet statue.\nII. – Il publie.", []string{"I. – Le préfet statue.", "II. – Il publie."}},
		{"gage", A, "I. – À l'alinéa 3, remplacer le mot : « administratif » par le mot : « judiciaire ».\n" + gage, amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal judiciaire.", 4, 5, "III. – La perte de recettes pour l'État est compensée à due concurrence par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts.")},
		{"gage as completion", A, "I. – À l'alinéa 3, remplacer le mot : « administratif » par le mot : « judiciaire ».\nII. – Pour compenser la perte de recettes résultant du I, compléter cet article par un paragraphe ainsi rédigé :\n« III. – La perte de recettes est compensée. »", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal judiciaire.", 4, 5, "III. – La perte de recettes est compensée.")},
		{"au début, une phrase", A, "Au début de l'alinéa 3, insérer une phrase ainsi rédigée : « Le juge statue. »", amp3Want(A, 1, 2, "Le juge statue. Les parties peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"compléter par une phrase", A, "Compléter l'alinéa 3 par une phrase ainsi rédigée : « Il statue. »", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Il statue.", 4, 5)},
		{"compléter par les mots", A, "Compléter l'alinéa 3 par les mots : « ou judiciaire »", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif ou judiciaire.", 4, 5)},
		{"après l'alinéa 3, un paragraphe", A, "Après l'alinéa 3, insérer un paragraphe ainsi rédigé :\n« I bis. – Le préfet statue. »", amp3Want(A, 1, 2, 3, "I bis. – Le préfet statue.", 4, 5)},
		{"supprimer la seconde phrase", A, "Supprimer la seconde phrase de l'alinéa 1.", amp3Want(A, "I. – Le juge statue dans un délai d'un mois.", 2, 3, 4, 5)},
		{"supprimer l'alinéa 2", A, "Supprimer l'alinéa 2.", amp3Want(A, 1, 3, 4, 5)},
		{"après le mot, à l'alinéa 2", A, "À l'alinéa 2, après le mot : « notifiée », insérer les mots : « sans délai ».", amp3Want(A, 1, "La décision est notifiée sans délai aux parties par lettre recommandée.", 3, 4, 5)},
		{"avant le mot", A, "À l'alinéa 2, avant le mot : « parties », insérer le mot : « deux ».", amp3Want(A, 1, "La décision est notifiée aux deux parties par lettre recommandée.", 3, 4, 5)},
		{"après la première occurrence", A, "À l'alinéa 5, après la première occurrence du mot : « rapport », insérer le mot : « annuel ».", amp3Want(A, 1, 2, 3, 4, "Le rapport annuel est publié et le rapport est transmis au préfet.")},
		{"Sénat alinéa 4 première phrase, après le mot", A, "Alinéa 4, première phrase\nAprès le mot :\ndépartement\ninsérer les mots :\net de la région", amp3Want(A, 1, 2, 3, "II. – Le président du département et de la région rend compte au conseil. Il publie un rapport.", 5)},
		{"Sénat I/II two locators", A, "I. – Alinéa 2\nRemplacer le mot :\nparties\npar le mot :\nintéressés\nII. – Alinéa 3\nRemplacer le mot :\nparties\npar le mot :\nintéressés", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"au II", A, "Au II, remplacer le mot : « conseil » par le mot : « bureau ».", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au bureau. Il publie un rapport.", 5)},
		{"compléter le II par un alinéa", A, "Compléter le II par un alinéa ainsi rédigé :\n« Z. »", amp3Want(A, 1, 2, 3, 4, 5, "Z.")},
		{"compléter le I par un alinéa", A, "Compléter le I par un alinéa ainsi rédigé :\n« Z. »", amp3Want(A, 1, 2, 3, "Z.", 4, 5)},
		{"au I, supprimer le mot", A, "Au I, supprimer le mot : « recommandée ».", amp3Want(A, 1, "La décision est notifiée aux parties par lettre.", 3, 4, 5)},
		{"rédiger ainsi le II", A, "Rédiger ainsi le II :\n« II. – Le président statue. »", amp3Want(A, 1, 2, 3, "II. – Le président statue.")},
		{"supprimer le II", A, "Supprimer le II.", amp3Want(A, 1, 2, 3, "II. – (Supprimé)")},
		{"après l'alinéa 5", A, "Après l'alinéa 5, insérer un alinéa ainsi rédigé :\n« Z. »", amp3Want(A, 1, 2, 3, 4, 5, "Z.")},
		{"avant l'alinéa 1", A, "Avant l'alinéa 1, insérer un paragraphe ainsi rédigé :\n« I A. – X. »", amp3Want(A, "I A. – X.", 1, 2, 3, 4, 5)},
		{"dernière phrase", A, "À la dernière phrase de l'alinéa 1, remplacer le mot : « motive » par le mot : « justifie ».", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il justifie sa décision.", 2, 3, 4, 5)},
		{"two replacements joined", A, "À l'alinéa 3, remplacer les mots : « tribunal administratif » par les mots : « juge » et le mot : « parties » par le mot : « intéressés ».", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le juge.", 4, 5)},
		{"replace and delete joined", A, "À l'alinéa 3, remplacer le mot : « parties » par le mot : « intéressés » et supprimer le mot : « administratif ».", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal.", 4, 5)},
		{"substituer aux alinéas", A, "Substituer aux alinéas 2 et 3 l'alinéa suivant :\n« X. »", amp3Want(A, 1, "X.", 4, 5)},
		{"remplacer les alinéas par un alinéa", A, "Remplacer les alinéas 2 et 3 par un alinéa ainsi rédigé :\n« X. »", amp3Want(A, 1, "X.", 4, 5)},
		{"Sénat rédiger cet alinéa", A, "Alinéa 3\nRédiger ainsi cet alinéa :\nX.", amp3Want(A, 1, 2, "X.", 4, 5)},
		{"Sénat compléter cet alinéa", A, "Alinéa 3\nCompléter cet alinéa par les mots :\nou judiciaire", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif ou judiciaire.", 4, 5)},
		{"Sénat seconde occurrence", A, "Alinéa 5\nRemplacer la seconde occurrence du mot :\nrapport\npar le mot :\ndocument", amp3Want(A, 1, 2, 3, 4, "Le rapport est publié et le document est transmis au préfet.")},
		{"word twice, no count", A, "À l'alinéa 5, remplacer le mot : « rapport » par le mot : « document ».", amp3Want(A, 1, 2, 3, 4, "Le document est publié et le document est transmis au préfet.")},
		{"Sénat gage", A, "I. – Alinéa 3\nRemplacer le mot :\nadministratif\npar le mot :\njudiciaire\nII. – Pour compenser la perte de recettes résultant du I, compléter cet article par un paragraphe ainsi rédigé :\n... – La perte de recettes est compensée.", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal judiciaire.", 4, 5, "III. – La perte de recettes est compensée.")},
		{"première phrase de l'alinéa 4, supprimer mots", A, "À la première phrase de l'alinéa 4, supprimer les mots : « du département ».", amp3Want(A, 1, 2, 3, "II. – Le président rend compte au conseil. Il publie un rapport.", 5)},
		{"À l'alinéa 4, à la première phrase", A, "À l'alinéa 4, à la première phrase, supprimer les mots : « du département ».", amp3Want(A, 1, 2, 3, "II. – Le président rend compte au conseil. Il publie un rapport.", 5)},
		{"supprimer les alinéas 4 et 5", A, "Supprimer les alinéas 4 et 5.", amp3Want(A, 1, 2, 3, "II. – (Supprimé)")},
		{"Sénat deux alinéas unquoted", A, "Après l'alinéa 5, insérer deux alinéas ainsi rédigés :\nX.\nY.", amp3Want(A, 1, 2, 3, 4, 5, "X.", "Y.")},
		{"Sénat supprimer les mots, first sentence", A, "Alinéa 4, première phrase\nSupprimer les mots :\ndu département", amp3Want(A, 1, 2, 3, "II. – Le président rend compte au conseil. Il publie un rapport.", 5)},
		{"rédiger la première phrase of a paragraph's alinéa", A, "Rédiger ainsi la première phrase de l'alinéa 4 : « Le préfet statue. »", amp3Want(A, 1, 2, 3, "II. – Le préfet statue. Il publie un rapport.", 5)},
		{"Sénat rédiger cette phrase", A, "Alinéa 4, première phrase\nRédiger ainsi cette phrase :\nLe préfet statue.", amp3Want(A, 1, 2, 3, "II. – Le préfet statue. Il publie un rapport.", 5)},
		{"alinéa 7 beyond: refused", A, "I. – À l'alinéa 2, remplacer le mot : « parties » par le mot : « intéressés ».\nII. – En conséquence, à l'alinéa 7, remplacer le mot : « parties » par le mot : « intéressés ».", nil},
		{"tabled numbering after an insertion", A, "I. – Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« X. »\nII. – En conséquence, à l'alinéa 3, remplacer le mot : « parties » par le mot : « intéressés ».", amp3Want(A, 1, 2, "X.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"tabled numbering after a deletion", A, "I. – Supprimer l'alinéa 2.\nII. – En conséquence, à l'alinéa 3, remplacer le mot : « parties » par le mot : « intéressés ».", amp3Want(A, 1, "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"Sénat compléter par deux alinéas", A, "Compléter cet article par deux alinéas ainsi rédigés :\n... – X.\nY.", amp3Want(A, 1, 2, 3, 4, 5, "III. – X.", "Y.")},
		{"compléter par un III", A, "Compléter cet article par un III ainsi rédigé :\n« III. – X. »", amp3Want(A, 1, 2, 3, 4, 5, "III. – X.")},
		{"après le II, un II bis", A, "Après le II, insérer un II bis ainsi rédigé :\n« II bis. – X. »", amp3Want(A, 1, 2, 3, 4, 5, "II bis. – X.")},
		{"après le I, un I bis", A, "Après le I, insérer un I bis ainsi rédigé :\n« I bis. – X. »", amp3Want(A, 1, 2, 3, "I bis. – X.", 4, 5)},
		{"première phrase du II", A, "À la première phrase du II, remplacer le mot : « conseil » par le mot : « bureau ».", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au bureau. Il publie un rapport.", 5)},
		{"après la première phrase", A, "À l'alinéa 1, après la première phrase, insérer une phrase ainsi rédigée : « Il entend les parties. »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il entend les parties. Il motive sa décision.", 2, 3, 4, 5)},
		{"Sénat après la première phrase", A, "Alinéa 1\nAprès la première phrase, insérer une phrase ainsi rédigée :\nIl entend les parties.", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il entend les parties. Il motive sa décision.", 2, 3, 4, 5)},
		{"Sénat compléter par une phrase", A, "Alinéa 1\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl entend les parties.", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive sa décision. Il entend les parties.", 2, 3, 4, 5)},
		{"à la fin de la première phrase", A, "À la fin de la première phrase de l'alinéa 1, supprimer les mots : « d'un mois ».", amp3Want(A, "I. – Le juge statue dans un délai. Il motive sa décision.", 2, 3, 4, 5)},
		{"à la fin de la première phrase, not at its end: refused", A, "À la fin de la première phrase de l'alinéa 1, supprimer les mots : « Le juge ».", nil},
		{"AN alinéa 1, première phrase", A, "À l'alinéa 1, première phrase, remplacer le mot : « mois » par le mot : « an ».", amp3Want(A, "I. – Le juge statue dans un délai d'un an. Il motive sa décision.", 2, 3, 4, 5)},
		{"après le mot, supprimer la fin", A, "À l'alinéa 3, après le mot : « recours », supprimer la fin de l'alinéa.", amp3Want(A, 1, 2, "Les parties peuvent former un recours.", 4, 5)},
		{"supprimer les mots, no place", A, "Supprimer les mots : « par lettre recommandée ».", amp3Want(A, 1, "La décision est notifiée aux parties.", 3, 4, 5)},
		{"supprimer la dernière phrase", A, "Supprimer la dernière phrase de l'alinéa 4.", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au conseil.", 5)},
		{"supprimer la première phrase, the label kept", A, "Supprimer la première phrase de l'alinéa 4.", amp3Want(A, 1, 2, 3, "II. – Il publie un rapport.", 5)},
		{"rédiger la seconde phrase", A, "Rédiger ainsi la seconde phrase de l'alinéa 1 : « Il motive et publie sa décision. »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive et publie sa décision.", 2, 3, 4, 5)},
		{"au début of a labelled alinéa", A, "Au début de l'alinéa 4, insérer les mots : « En outre, ».", amp3Want(A, 1, 2, 3, "II. – En outre, le président du département rend compte au conseil. Il publie un rapport.", 5)},
		{"compléter l'alinéa 4 par les mots", A, "Compléter l'alinéa 4 par les mots : « chaque année »", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au conseil. Il publie un rapport chaque année.", 5)},
		{"à la fin, ajouter les mots", A, "À la fin de l'alinéa 4, ajouter les mots : « chaque année ».", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au conseil. Il publie un rapport chaque année.", 5)},
		{"Sénat two parts deleted", A, "I. – Alinéa 3\nSupprimer cet alinéa.\nII. – Alinéa 5\nSupprimer cet alinéa.", amp3Want(A, 1, 2, 4)},
		{"Sénat alinéas 2 et 3 remplacer", A, "Alinéas 2 et 3\nRemplacer le mot :\nparties\npar le mot :\nintéressés", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"rédiger ainsi les alinéas 2 et 3", A, "Rédiger ainsi les alinéas 2 et 3 :\n« X. »\n« Y. »", amp3Want(A, 1, "X.", "Y.", 4, 5)},
		{"après le mot, Sénat comma words", A, "Alinéa 2\nAprès le mot :\nnotifiée\ninsérer les mots :\n, sans délai,", amp3Want(A, 1, "La décision est notifiée, sans délai, aux parties par lettre recommandée.", 3, 4, 5)},
		{"au début de l'alinéa 3, supprimer les mots", A, "Au début de l'alinéa 3, supprimer les mots : « Les parties peuvent ».", amp3Want(A, 1, 2, "Former un recours devant le tribunal administratif.", 4, 5)},
		{"En conséquence alone", A, "En conséquence, à l'alinéa 3, remplacer le mot : « administratif » par le mot : « judiciaire ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal judiciaire.", 4, 5)},
		{"I. II. III. parts", A, "I. – Supprimer l'alinéa 2.\nII. – Supprimer l'alinéa 3.\nIII. – Supprimer l'alinéa 5.", amp3Want(A, 1, 4)},
		{"substituer au mot … et au mot", A, "À l'alinéa 3, substituer au mot : « parties » le mot : « intéressés » et au mot : « administratif » le mot : « judiciaire ».", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal judiciaire.", 4, 5)},
		{"après le mot, insérer une phrase? after a word: refused", A, "À l'alinéa 1, après le mot : « mois », insérer une phrase ainsi rédigée : « Il statue. »", nil},
		{"Sénat locator with sentences and items", A, "Alinéa 1, seconde phrase\nAprès le mot :\nmotive\ninsérer le mot :\ntoujours", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive toujours sa décision.", 2, 3, 4, 5)},
		{"Sénat word of the other sentence: refused", A, "Alinéa 1, seconde phrase\nAprès le mot :\nstatue\ninsérer le mot :\ntoujours", nil},
		{"dernière occurrence", A, "À l'alinéa 5, remplacer la dernière occurrence du mot : « rapport » par le mot : « document ».", amp3Want(A, 1, 2, 3, 4, "Le rapport est publié et le document est transmis au préfet.")},
		{"troisième occurrence: refused", A, "À l'alinéa 5, remplacer la troisième occurrence du mot : « rapport » par le mot : « document ».", nil},
		{"alinéa 3, supprimer les mots twice listed", A, "À l'alinéa 3, supprimer les mots : « un recours » et les mots : « administratif ».", amp3Want(A, 1, 2, "Les parties peuvent former devant le tribunal.", 4, 5)},
		{"Sénat words of the other sentence: refused", A, "Alinéa 4, première phrase\nSupprimer les mots :\nIl publie", nil},
		{"fin de la seconde phrase après le mot", A, "Rédiger ainsi la fin de la seconde phrase de l'alinéa 1 après le mot : « motive » : « ses choix. »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive ses choix.", 2, 3, 4, 5)},
		{"aux alinéas 2 et 3", A, "Aux alinéas 2 et 3, remplacer le mot : « parties » par le mot : « intéressés ».", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"aux alinéas 2 et 3, words in one only", A, "Aux alinéas 2 et 3, supprimer les mots : « par lettre recommandée ».", nil},
		{"après la première phrase, deux phrases", A, "Après la première phrase de l'alinéa 4, insérer deux phrases ainsi rédigées : « Il entend le préfet. Il délibère. »", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au conseil. Il entend le préfet. Il délibère. Il publie un rapport.", 5)},
		{"compléter par deux phrases", A, "Compléter l'alinéa 4 par deux phrases ainsi rédigées : « Il entend le préfet. Il délibère. »", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au conseil. Il publie un rapport. Il entend le préfet. Il délibère.", 5)},
		{"supprimer le I", A, "Supprimer le I.", amp3Want(A, "I. – (Supprimé)", 4, 5)},
		{"rédiger ainsi le I", A, "Rédiger ainsi le I :\n« I. – X. »", amp3Want(A, "I. – X.", 4, 5)},
		{"au I, two alinéas", A, "Au I, remplacer le mot : « parties » par le mot : « intéressés ».", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"au premier alinéa du II", A, "Au premier alinéa du II, remplacer le mot : « conseil » par le mot : « bureau ».", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au bureau. Il publie un rapport.", 5)},
		{"au second alinéa du II", A, "Au second alinéa du II, remplacer le mot : « préfet » par le mot : « maire ».", amp3Want(A, 1, 2, 3, 4, "Le rapport est publié et le rapport est transmis au maire.")},
		{"au dernier alinéa", A, "Au dernier alinéa, remplacer le mot : « préfet » par le mot : « maire ».", amp3Want(A, 1, 2, 3, 4, "Le rapport est publié et le rapport est transmis au maire.")},
		{"à l'avant-dernier alinéa", A, "À l'avant-dernier alinéa, remplacer le mot : « conseil » par le mot : « bureau ».", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au bureau. Il publie un rapport.", 5)},
		{"Sénat fin unquoted", A, "Alinéa 3\nAprès le mot :\nrecours\nrédiger ainsi la fin de cet alinéa :\ndevant le juge.", judge},
		{"Sénat fin supprimée", A, "Alinéa 3\nAprès le mot :\nrecours\nsupprimer la fin de cet alinéa.", amp3Want(A, 1, 2, "Les parties peuvent former un recours.", 4, 5)},
		{"Sénat avant le mot, début", A, "Alinéa 3\nAvant le mot :\nformer\nrédiger ainsi le début de cet alinéa :\nLes intéressés peuvent", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"indicative words", A, "À l'alinéa 3, les mots : « tribunal administratif » sont remplacés par les mots : « juge ».", judge},
		{"l'alinéa 3 est supprimé", A, "L'alinéa 3 est supprimé.", amp3Want(A, 1, 2, 4, 5)},
		{"l'alinéa 3 est ainsi rédigé", A, "L'alinéa 3 est ainsi rédigé : « X. »", amp3Want(A, 1, 2, "X.", 4, 5)},
		{"supprimer … à l'alinéa 2", A, "Supprimer le mot : « recommandée » à l'alinéa 2.", amp3Want(A, 1, "La décision est notifiée aux parties par lettre.", 3, 4, 5)},
		{"a II inserted before the II", A, "Après l'alinéa 3, insérer un paragraphe ainsi rédigé :\n« II. – X. »", nil},
		{"Sénat avant le mot, la fin: refused", A, "Alinéa 3\nAvant le mot :\nrecours\nrédiger ainsi la fin de cet alinéa :\ndevant le juge.", nil},
		{"au début, remplacer", A, "Au début de l'alinéa 3, remplacer les mots : « Les parties » par les mots : « Les intéressés ».", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"au début, remplacer, not at start: refused", A, "Au début de l'alinéa 3, remplacer les mots : « un recours » par les mots : « un appel ».", nil},
		{"à la fin de l'alinéa 3, remplacer", A, "À la fin de l'alinéa 3, remplacer le mot : « administratif » par le mot : « judiciaire ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal judiciaire.", 4, 5)},
		{"Sénat Alinéa 3 / À la fin, …", A, "Alinéa 3\nÀ la fin, supprimer les mots :\ndevant le tribunal administratif", amp3Want(A, 1, 2, "Les parties peuvent former un recours.", 4, 5)},
		{"Sénat à la fin, not at end: refused", A, "Alinéa 3\nÀ la fin, supprimer les mots :\nun recours", nil},
		{"supprimer à la fin de cet alinéa les mots", A, "Alinéa 3\nSupprimer à la fin de cet alinéa les mots :\nun recours", nil},
		{"remplacer à la fin de l'alinéa 3 les mots", A, "Remplacer à la fin de l'alinéa 3 les mots : « un recours » par les mots : « un appel ».", nil},
		{"remplacer à la fin de l'alinéa 3 les mots, at the end", A, "Remplacer à la fin de l'alinéa 3 le mot : « administratif » par le mot : « judiciaire ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal judiciaire.", 4, 5)},
		{"Avant les mots, début, the label", A, "Avant les mots : « rend compte », rédiger ainsi le début de l'alinéa 4 : « II. – Le maire »", amp3Want(A, 1, 2, 3, "II. – Le maire rend compte au conseil. Il publie un rapport.", 5)},
		{"Avant le mot, début, of the first sentence word in the second: refused", A, "Avant le mot : « publie », rédiger ainsi le début de la première phrase de l'alinéa 4 : « Le maire »", nil},
		{"avant le mot, le début, two alinéas: refused", A, "Avant le mot : « parties », rédiger ainsi le début des alinéas 2 et 3 : « Les »", nil},
		{"avant le mot, insérer (not the start)", A, "À l'alinéa 3, avant le mot : « recours », insérer le mot : « nouveau ».", amp3Want(A, 1, 2, "Les parties peuvent former un nouveau recours devant le tribunal administratif.", 4, 5)},
		{"avant le mot, remplacer le début", A, "Avant le mot : « former », remplacer le début de l'alinéa 3 par les mots : « Les intéressés peuvent »", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"après le mot, remplacer le début: refused", A, "Après le mot : « former », remplacer le début de l'alinéa 3 par les mots : « Les intéressés peuvent »", nil},
		{"Sénat avant le mot, remplacer le début", A, "Alinéa 3\nAvant le mot :\nformer\nremplacer le début de cet alinéa par les mots :\nLes intéressés peuvent", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"avant le mot, remplacer la fin: refused", A, "Avant le mot : « recours », remplacer la fin de l'alinéa 3 par les mots : « un appel. »", nil},
		{"ajouter … à la fin de l'alinéa 3", A, "Ajouter les mots : « ou judiciaire » à la fin de l'alinéa 3.", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif ou judiciaire.", 4, 5)},
		{"deux fois after", A, "À l'alinéa 5, remplacer le mot : « rapport » par le mot : « document » (deux fois).", amp3Want(A, 1, 2, 3, 4, "Le document est publié et le document est transmis au préfet.")},
		{"à chaque occurrence", A, "À l'alinéa 5, remplacer, à chaque occurrence, le mot : « rapport » par le mot : « document ».", amp3Want(A, 1, 2, 3, 4, "Le document est publié et le document est transmis au préfet.")},
		{"les deux occurrences", A, "À l'alinéa 5, remplacer les deux occurrences du mot : « rapport » par le mot : « document ».", amp3Want(A, 1, 2, 3, 4, "Le document est publié et le document est transmis au préfet.")},
		{"trois fois: refused", A, "À l'alinéa 5, remplacer (trois fois) le mot : « rapport » par le mot : « document ».", nil},
		{"supprimer deux phrases", A, "Supprimer les deux phrases de l'alinéa 1.", nil},
		{"après la seconde occurrence", A, "À l'alinéa 5, après la seconde occurrence du mot : « rapport », insérer le mot : « annuel ».", amp3Want(A, 1, 2, 3, 4, "Le rapport est publié et le rapport annuel est transmis au préfet.")},
		{"supprimer la fin après le mot", A, "Supprimer la fin de l'alinéa 3 après le mot : « recours ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours.", 4, 5)},
		{"Sénat au début de cette phrase", A, "Alinéa 1, seconde phrase\nAu début de cette phrase, insérer les mots :\nEn outre,", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. En outre, il motive sa décision.", 2, 3, 4, 5)},
		{"avant la première phrase", A, "À l'alinéa 4, avant la première phrase, insérer une phrase ainsi rédigée : « Il est élu. »", amp3Want(A, 1, 2, 3, "II. – Il est élu. Le président du département rend compte au conseil. Il publie un rapport.", 5)},
		{"Compléter la première phrase", A, "Compléter la première phrase de l'alinéa 1 par les mots : « à compter de sa saisine »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois à compter de sa saisine. Il motive sa décision.", 2, 3, 4, 5)},
		{"remplacer la seconde phrase par deux", A, "Remplacer la seconde phrase de l'alinéa 1 par deux phrases ainsi rédigées : « Il motive sa décision. Il la notifie. »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive sa décision. Il la notifie.", 2, 3, 4, 5)},
	})
	runAmp3(t, []amCase{
		{"the article deleted", A, "Supprimer cet article.", amp3Deleted},
	})
}
