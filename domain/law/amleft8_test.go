package law

import "testing"

// amL8A is a short bill article for the tests of amleft8: sentences, a
// pronoun twice and at a sentence's start, a word quoted by the text,
// a second paragraph, and a last alinéa that ends with a semicolon.
var amL8A = []string{
	"I. – Le juge statue dans un délai d'un mois. Il motive sa décision.",
	"Il peut entendre les parties ; il les convoque par écrit.",
	"Les parties peuvent former un recours devant le tribunal. Le recours est suspensif.",
	"Le mot « il » désigne le juge, et le président du tribunal le supplée.",
	"II. – Le président rend compte au conseil.",
	"Le rapport est publié.",
	"Le rapport est transmis au préfet.",
	"Le greffier lit l'acte. Il le signe ;",
}

// TestAmLeft8FinalPeriod: "Alinéa 3, remplacer le point final par …"
// ("substituer au point final", the Sénat's verb line under "Alinéa 3")
// is the period ending the alinéa (the sentence named), as "À la fin de
// l'alinéa 3, remplacer le point par …" — it was refused where the
// alinéa holds several sentences. A place that does not end with a
// period, a word anchor, no alinéa named, a final period deleted:
// refused.
func TestAmLeft8FinalPeriod(t *testing.T) {
	A := amL8A
	urgence := amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal. Le recours est suspensif, sauf urgence.", 4, 5, 6, 7, 8)
	runAmendments(t, []amCase{
		{"Alinéa 3, remplacer", A, "Alinéa 3, remplacer le point final par les mots : « , sauf urgence. »", urgence},
		{"Alinéa 3 : Remplacer", A, "Alinéa 3 : Remplacer le point final par les mots : « , sauf urgence. »", urgence},
		{"À l'alinéa 3", A, "À l'alinéa 3, remplacer le point final par les mots : « , sauf urgence. »", urgence},
		{"substituer au point final", A, "À l'alinéa 3, substituer au point final les mots : « , sauf urgence. »", urgence},
		{"Sénat: under Alinéa 3", A, "Alinéa 3\nRemplacer le point final par les mots :\n, sauf urgence.", urgence},
		{"à la fin said too", A, "À la fin de l'alinéa 3, remplacer le point final par les mots : « , sauf urgence. »", urgence},
		{"by a semicolon", A, "Alinéa 3, remplacer le point final par un point-virgule.", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal. Le recours est suspensif ;", 4, 5, 6, 7, 8)},
		{"of a sentence", A, "Alinéa 3, première phrase, remplacer le point final par les mots : « , sauf urgence. »", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal, sauf urgence. Le recours est suspensif.", 4, 5, 6, 7, 8)},
		{"Sénat: of a sentence", A, "Alinéa 3, première phrase\nRemplacer le point final par les mots :\n, sauf urgence.", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal, sauf urgence. Le recours est suspensif.", 4, 5, 6, 7, 8)},
		{"one sentence, as before", A, "Alinéa 6, remplacer le point final par les mots : « , sauf urgence. »", amp3Want(A, 1, 2, 3, 4, 5, "Le rapport est publié, sauf urgence.", 7, 8)},
		{"the alinéa ends with a semicolon: refused", A, "Alinéa 8, remplacer le point final par un point-virgule.", nil},
		{"Sénat: ends with a semicolon: refused", A, "Alinéa 8\nRemplacer le point final par un point-virgule.", nil},
		{"after a word: refused", A, "Après le mot : « tribunal », remplacer le point final par les mots : « , sauf urgence. »", nil},
		{"after a word in the alinéa: refused", A, "Alinéa 3, après le mot : « tribunal », remplacer le point final par les mots : « , sauf urgence. »", nil},
		{"no place, several periods: refused", A, "Remplacer le point final par les mots : « , sauf urgence. »", nil},
		{"deleted: refused", A, "À l'alinéa 3, supprimer le point final.", nil},
	})
}

// TestAmLeft8EndOfSeveralAlineas: "À la fin de cet article" ("À la fin,"
// with no place, "À la fin du I") is the end of its last alinéa, "Au
// début" the start of its first: words that do not end (begin) it are
// refused — they were edited at the end of the last alinéa that ended
// with them, amid the article, a wrong application.
func TestAmLeft8EndOfSeveralAlineas(t *testing.T) {
	A := amL8A
	runAmendments(t, []amCase{
		{"the end of the article, a period: refused", A, "À la fin de cet article, remplacer le point par les mots : « , sauf urgence. »", nil},
		{"à la fin, a word amid the article: refused", A, "À la fin, supprimer le mot : « préfet ».", nil},
		{"à la fin, replaced amid the article: refused", A, "À la fin, remplacer le mot : « préfet » par le mot : « maire ».", nil},
		{"the end of the I, amid it: refused", A, "À la fin du I, remplacer le mot : « suspensif » par le mot : « dévolutif ».", nil},
		{"au début, amid the article: refused", A, "Au début, supprimer les mots : « Il peut ».", nil},
		{"the end of the II, its last alinéa", A, "À la fin du II, remplacer le mot : « signe » par le mot : « date ».", amp3Want(A, 1, 2, 3, 4, 5, 6, 7, "Le greffier lit l'acte. Il le date ;")},
		{"the start of the II", A, "Au début du II, remplacer les mots : « Le président » par les mots : « Le maire ».", amp3Want(A, 1, 2, 3, 4, "II. – Le maire rend compte au conseil.", 6, 7, 8)},
		{"words inserted at the end, as before", A, "À la fin, insérer les mots : « sauf urgence ».", amp3Want(A, 1, 2, 3, 4, 5, 6, 7, "Le greffier lit l'acte. Il le signe sauf urgence ;")},
		{"two alinéas, each its end, as before", A, "À la fin des alinéas 6 et 7, remplacer le point par les mots : « , sauf urgence. »", amp3Want(A, 1, 2, 3, 4, 5, "Le rapport est publié, sauf urgence.", "Le rapport est transmis au préfet, sauf urgence.", 8)},
	})
}

// TestAmLeft8CommaAndWords: "Après le mot : « A », insérer une virgule
// et les mots : « B »" inserts ", B" after A (the Sénat's lines too),
// "insérer les mots : « B » et une virgule" "B," — they were refused;
// "insérer deux virgules" stays refused (where the second goes is not
// said); a comma alone, as before.
func TestAmLeft8CommaAndWords(t *testing.T) {
	A := amL8A
	cause := amp3Want(A, 1, "Il peut, en tout état de cause, entendre les parties ; il les convoque par écrit.", 3, 4, 5, 6, 7, 8)
	runAmendments(t, []amCase{
		{"a comma and words", A, "Alinéa 2 : Après le mot : « peut », insérer une virgule et les mots : « en tout état de cause, ».", cause},
		{"Sénat: a comma and words", A, "Alinéa 2\nAprès le mot :\npeut\ninsérer une virgule et les mots :\nen tout état de cause,", cause},
		{"a comma and a word", A, "Alinéa 2 : Après le mot : « peut », insérer une virgule et le mot : « toutefois, ».", amp3Want(A, 1, "Il peut, toutefois, entendre les parties ; il les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"before a semicolon", A, "Alinéa 2 : Après le mot : « parties », insérer une virgule et les mots : « sauf urgence ».", amp3Want(A, 1, "Il peut entendre les parties, sauf urgence ; il les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"words and a comma", A, "Alinéa 2 : Après le mot : « peut », insérer les mots : « en tout état de cause » et une virgule.", amp3Want(A, 1, "Il peut en tout état de cause, entendre les parties ; il les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"the comma inside the words, as before", A, "Alinéa 2 : Après le mot : « peut », insérer les mots : « , en tout état de cause, ».", cause},
		{"a comma alone, as before", A, "Alinéa 2 : Après le mot : « peut », insérer une virgule.", amp3Want(A, 1, "Il peut, entendre les parties ; il les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"two commas: refused", A, "Alinéa 2 : Après le mot : « peut », insérer deux virgules.", nil},
	})
}

// TestAmLeft8WordsQuotedOrCapital: a word edit of every occurrence
// ("Remplacer le mot : « il » par …") whose words the place holds both
// inside a quotation of the text ("Le mot « il » désigne …") and outside
// it is refused (both were edited); inside only, read; a deletion that
// empties a quotation refused ("Le mot « » désigne"). Words quoted in
// lower case are every occurrence, the capitalised one with it, its
// capital kept; quoted with a sentence's capital ("Il", "Des" replaced
// by "Les organes … des"), the capitalised ones only, as the drafter
// spelled them (guards).
func TestAmLeft8WordsQuotedOrCapital(t *testing.T) {
	A := amL8A
	runAmendments(t, []amCase{
		{"inside and outside a quotation: refused", A, "Remplacer le mot : « il » par le mot : « elle ».", nil},
		{"an anchor inside and outside: refused", A, "Après le mot : « il », insérer le mot : « seul ».", nil},
		{"Sénat: two alinéas named, each read alone", A, "Alinéas 2 et 4\nRemplacer le mot :\nil\npar le mot :\nelle", amp3Want(A, 1, "Elle peut entendre les parties ; elle les convoque par écrit.", 3, "Le mot « elle » désigne le juge, et le président du tribunal le supplée.", 5, 6, 7, 8)},
		{"inside a quotation only", A, "Alinéa 4 : Remplacer le mot : « il » par le mot : « elle ».", amp3Want(A, 1, 2, 3, "Le mot « elle » désigne le juge, et le président du tribunal le supplée.", 5, 6, 7, 8)},
		{"a quotation emptied: refused", A, "Alinéa 4 : Supprimer le mot : « il ».", nil},
		{"every occurrence, the capital kept", A, "Alinéa 2 : Remplacer le mot : « il » par le mot : « elle ».", amp3Want(A, 1, "Elle peut entendre les parties ; elle les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"Sénat: every occurrence", A, "Alinéa 2\nRemplacer le mot :\nil\npar le mot :\nelle", amp3Want(A, 1, "Elle peut entendre les parties ; elle les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"quoted with its capital: the capitalised one only", A, "Alinéa 2 : Remplacer le mot : « Il » par le mot : « Elle ».", amp3Want(A, 1, "Elle peut entendre les parties ; il les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"quoted with its capital, once", A, "Alinéa 1 : Remplacer le mot : « Il » par le mot : « Elle ».", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Elle motive sa décision.", 2, 3, 4, 5, 6, 7, 8)},
		{"words with a capital, not besides", A, "Alinéa 3 : Remplacer les mots : « Le recours » par les mots : « Ce recours ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal. Ce recours est suspensif.", 4, 5, 6, 7, 8)},
		{"a ranked occurrence, as before", A, "Alinéa 2 : Remplacer la seconde occurrence du mot : « il » par le mot : « elle ».", amp3Want(A, 1, "Il peut entendre les parties ; elle les convoque par écrit.", 3, 4, 5, 6, 7, 8)},
		{"a word inside another, left alone", A, "Alinéa 5 : Remplacer le mot : « il » par le mot : « elle ».", nil},
	})
}

// TestAmLeft8SenateLayouts: the Sénat's one-element-per-line layouts
// and the Assemblée's variants, probed on amL8A, checked by hand and
// already read (guards).
func TestAmLeft8SenateLayouts(t *testing.T) {
	A := amL8A
	runAmp3(t, []amCase{
		{"Alinéa 4 / Supprimer cet alinéa", A, "Alinéa 4\nSupprimer cet alinéa.", amp3Want(A, 1, 2, 3, 5, 6, 7, 8)},
		{"a sentence, an anchor, words with commas", A, "Alinéa 3, première phrase\nAprès le mot :\nparties\ninsérer les mots :\n, le cas échéant,", amp3Want(A, 1, 2, "Les parties, le cas échéant, peuvent former un recours devant le tribunal. Le recours est suspensif.", 4, 5, 6, 7, 8)},
		{"the second sentence", A, "Alinéa 3, seconde phrase\nAprès le mot :\nrecours\ninsérer le mot :\ngracieux", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal. Le recours gracieux est suspensif.", 4, 5, 6, 7, 8)},
		{"I. and II. parts", A, "I. – Alinéa 3\nSupprimer cet alinéa.\nII. – Alinéa 6\nSupprimer cet alinéa.", amp3Want(A, 1, 2, 4, 5, 7, 8)},
		{"I. and II. parts, en conséquence", A, "I. – Alinéa 3\nSupprimer cet alinéa.\n\nII. – En conséquence, alinéa 6\nSupprimer cet alinéa.", amp3Want(A, 1, 2, 4, 5, 7, 8)},
		{"I. and II. parts, words", A, "I. – Alinéa 3, première phrase\nAprès le mot :\nrecours\ninsérer le mot :\ngracieux\nII. – Alinéa 7\nRemplacer le mot :\npréfet\npar le mot :\nmaire", amp3Want(A, 1, 2, "Les parties peuvent former un recours gracieux devant le tribunal. Le recours est suspensif.", 4, 5, 6, "Le rapport est transmis au maire.", 8)},
		{"Alinéas 6 et 7 / Supprimer ces alinéas", A, "Alinéas 6 et 7\nSupprimer ces alinéas.", amp3Want(A, 1, 2, 3, 4, 5, 8)},
		{"Alinéas 5 à 6 / Rédiger ainsi, the label dropped: refused", A, "Alinéas 5 à 6\nRédiger ainsi ces alinéas :\nLe rapport est annuel.\nIl est public.", nil},
		{"Après l'alinéa 6 / un alinéa", A, "Après l'alinéa 6\nInsérer un alinéa ainsi rédigé :\nLe rapport est motivé.", amp3Want(A, 1, 2, 3, 4, 5, 6, "Le rapport est motivé.", 7, 8)},
		{"Après l'alinéa 6 / deux alinéas", A, "Après l'alinéa 6\nInsérer deux alinéas ainsi rédigés :\nLe rapport est motivé.\nIl est daté.", amp3Want(A, 1, 2, 3, 4, 5, 6, "Le rapport est motivé.", "Il est daté.", 7, 8)},
		{"Après l'alinéa 4 / quoted", A, "Après l'alinéa 4\nInsérer un alinéa ainsi rédigé :\n« Le greffier assiste le juge. »", amp3Want(A, 1, 2, 3, 4, "Le greffier assiste le juge.", 5, 6, 7, 8)},
		{"Avant l'alinéa 1", A, "Avant l'alinéa 1\nInsérer un alinéa ainsi rédigé :\nI A. – Le juge est compétent.", amp3Want(A, "I A. – Le juge est compétent.", 1, 2, 3, 4, 5, 6, 7, 8)},
		{"Compléter cet article", A, "Compléter cet article par un alinéa ainsi rédigé :\nIII. – Le préfet statue.", amp3Want(A, 1, 2, 3, 4, 5, 6, 7, 8, "III. – Le préfet statue.")},
		{"Compléter cet article, quoted", A, "Compléter cet article par un alinéa ainsi rédigé :\n« III. – Le préfet statue. »", amp3Want(A, 1, 2, 3, 4, 5, 6, 7, 8, "III. – Le préfet statue.")},
		{"a III amid the II: refused", A, "Après l'alinéa 7\nInsérer un paragraphe ainsi rédigé :\nIII. – Le préfet publie le rapport.", nil},
		{"Insérer un paragraphe", A, "Après l'alinéa 8\nInsérer un paragraphe ainsi rédigé :\nIII. – Le préfet publie le rapport.", amp3Want(A, 1, 2, 3, 4, 5, 6, 7, 8, "III. – Le préfet publie le rapport.")},
		{"À la fin de la seconde phrase", A, "À la fin de la seconde phrase de l'alinéa 3, ajouter les mots : « , sauf urgence »", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal. Le recours est suspensif, sauf urgence.", 4, 5, 6, 7, 8)},
		{"Sénat: à la fin de la seconde phrase", A, "Alinéa 3\nÀ la fin de la seconde phrase, ajouter les mots :\n, sauf urgence", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le tribunal. Le recours est suspensif, sauf urgence.", 4, 5, 6, 7, 8)},
		{"À la fin de la seconde phrase, insérer", A, "À la fin de la seconde phrase de l'alinéa 1, insérer les mots : « par écrit »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive sa décision par écrit.", 2, 3, 4, 5, 6, 7, 8)},
		{"Sénat: substituer aux mots", A, "Alinéa 3\nSubstituer aux mots :\ndevant le tribunal\nles mots :\ndevant la cour", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant la cour. Le recours est suspensif.", 4, 5, 6, 7, 8)},
		{"substituer aux mots, the article", A, "Substituer aux mots : « devant le tribunal » les mots : « devant la cour ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant la cour. Le recours est suspensif.", 4, 5, 6, 7, 8)},
		{"Au début, ajouter", A, "Au début de l'alinéa 3, ajouter les mots : « Dans tous les cas, »", amp3Want(A, 1, 2, "Dans tous les cas, les parties peuvent former un recours devant le tribunal. Le recours est suspensif.", 4, 5, 6, 7, 8)},
		{"Sénat: au début, insérer", A, "Alinéa 6\nAu début, insérer les mots :\nChaque année,", amp3Want(A, 1, 2, 3, 4, 5, "Chaque année, le rapport est publié.", 7, 8)},
		{"Rétablir cet article", A, "Rétablir cet article dans la rédaction suivante :\n« Le juge statue. »\n« Il motive. »", []string{"Le juge statue.", "Il motive."}},
		{"Supprimer cet article", A, "Supprimer cet article.", amp3Deleted},
		{"Sénat: a sentence added", A, "Alinéa 1\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl la notifie.", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive sa décision. Il la notifie.", 2, 3, 4, 5, 6, 7, 8)},
		{"Sénat: a sentence deleted", A, "Alinéa 1, seconde phrase\nSupprimer cette phrase.", amp3Want(A, "I. – Le juge statue dans un délai d'un mois.", 2, 3, 4, 5, 6, 7, 8)},
		{"Sénat: à la fin, le point", A, "Alinéa 1\nÀ la fin, remplacer le point par les mots :\n, sauf urgence.", amp3Want(A, "I. – Le juge statue dans un délai d'un mois. Il motive sa décision, sauf urgence.", 2, 3, 4, 5, 6, 7, 8)},
		{"Sénat: rewritten", A, "Alinéa 4\nRédiger ainsi cet alinéa :\nLe président supplée le juge.", amp3Want(A, 1, 2, 3, "Le président supplée le juge.", 5, 6, 7, 8)},
		{"Sénat: words of a sentence", A, "Alinéa 1, première phrase\nRemplacer les mots :\nd'un mois\npar les mots :\nde deux mois", amp3Want(A, "I. – Le juge statue dans un délai de deux mois. Il motive sa décision.", 2, 3, 4, 5, 6, 7, 8)},
		{"Sénat: parts under one alinéa, an elision broken: refused", A, "Alinéa 3\nI. – Remplacer le mot :\nrecours\npar le mot :\nappel\nII. – Supprimer la seconde phrase.", nil},
	})
}

// TestAmLeft8BillsEndAndQuotation: the rules of the applier amleft8
// added hold for bills too: "À la fin du I, le mot : « A » est remplacé
// …" where the I's last alinéa does not end with A refused (A was
// replaced at the end of an alinéa amid the I); every occurrence of
// words found inside a quotation of the text and outside it refused.
func TestAmLeft8BillsEndAndQuotation(t *testing.T) {
	I := []string{"I. – Le juge statue. Le recours est suspensif.", "Il motive sa décision.", "II. – Le préfet signe."}
	runGrammar(t, []grammarCase{
		{name: "the end of the I, amid it: refused", before: I,
			text: []string{"À la fin du I de l'article L. 1 du code civil, le mot : « suspensif » est remplacé par le mot : « dévolutif »."}},
		{name: "the end of the I, its last alinéa", before: I,
			text: []string{"À la fin du I de l'article L. 1 du code civil, le mot : « décision » est remplacé par le mot : « sentence »."},
			want: []string{I[0], "Il motive sa sentence.", I[2]}},
		{name: "inside a quotation and outside: refused", before: []string{"Le mot « juge » désigne le juge du contrat."},
			text: []string{"À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « magistrat »."}},
		{name: "outside only, as before", before: []string{"Le juge du contrat statue."},
			text: []string{"À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « magistrat »."},
			want: []string{"Le magistrat du contrat statue."}},
	})
}
