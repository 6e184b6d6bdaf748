package law

import "testing"

// amL4A is a short bill article for the tests of amleft4: a paragraph,
// its alinéas, a second paragraph and an alinéa of figures.
var amL4A = []string{
	"I. – Le juge statue dans un délai d'un mois. Il motive sa décision.",
	"La décision est notifiée aux parties par lettre recommandée.",
	"Les parties peuvent former un recours devant le tribunal administratif.",
	"II. – Le président du département rend compte au conseil en 2012. Il publie un rapport.",
	"Une amende de 100 € au taux de 5 % est due dans les 3 jours, selon l'article L. 1, à compter du 1er janvier 2012.",
}

// amL4B is a bill article whose 1° holds its a) and b) on its own line.
var amL4B = []string{
	"I. – Le code est ainsi modifié :",
	"1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est remplacé par le mot : « préfet » ; b) Le mot : « acte » est supprimé ;",
	"2° L'article L. 2 est abrogé.",
}

// TestAmLeft4ItemsInsideAnAlinea: an item that an alinéa of the bill
// article holds inside its line ("1° L'article L. 1 est ainsi modifié :
// a) … ; b) … ;"), named by an amendment ("Au b du 1°", "Au b du 1° de
// l'alinéa 2", "À l'alinéa 2, au b", the Sénat's "Alinéa 2, b)" line),
// is the span from its label, after the colon or the semicolon, to the
// next item's: its words are replaced, deleted or inserted there alone
// (it was refused: item not found; the Sénat's line was not read).
// Refused: the label twice (in two alinéas, or twice in one), inside a
// quotation only (the quoted text's, no item), an item followed on its
// line by a label of a lower division or announcing its own sub-items
// ("b) Le II est ainsi modifié : 1° …": where it ends is not said; its
// dashes go with it), words found only outside it, and any other
// operation on it (deleted, rewritten, completed, a sentence of it): an
// item inside a line has no alinéa of its own.
func TestAmLeft4ItemsInsideAnAlinea(t *testing.T) {
	B := amL4B
	b := func(s string) []string {
		return []string{B[0], "1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est remplacé par le mot : « préfet » ; " + s, B[2]}
	}
	decret := b("b) Le mot : « décret » est supprimé ;")
	runAmendments(t, []amCase{
		{"au b du 1°", B, "Au b du 1°, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"au b du 1° de l'alinéa 2", B, "Au b du 1° de l'alinéa 2, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"à l'alinéa 2, au b", B, "À l'alinéa 2, au b, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"au b de l'alinéa 2", B, "Au b de l'alinéa 2, substituer au mot : « acte » le mot : « décret ».", decret},
		{"Sénat: Alinéa 2, b)", B, "Alinéa 2, b)\nRemplacer le mot :\nacte\npar le mot :\ndécret", decret},
		{"Sénat: Alinéa 2 then au b", B, "Alinéa 2\nAu b, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"words inserted", B, "Au b du 1°, après le mot : « acte », insérer le mot : « authentique ».", b("b) Le mot : « acte authentique » est supprimé ;")},
		{"words of the a, named in the b: refused", B, "Au b du 1°, remplacer le mot : « juge » par le mot : « maire ».", nil},
		{"Sénat: words of the a, under Alinéa 2, b): refused", B, "Alinéa 2, b)\nRemplacer le mot :\njuge\npar le mot :\nmaire", nil},
		{"words of the a, named in the a", B, "Au a du 1°, remplacer le mot : « préfet » par le mot : « maire ».", []string{B[0], "1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est remplacé par le mot : « maire » ; b) Le mot : « acte » est supprimé ;", B[2]}},
		{"a c the line lacks: refused", B, "Au c du 1°, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"the b deleted: refused", B, "Supprimer le b du 1°.", nil},
		{"Sénat: the b deleted: refused", B, "Alinéa 2, b)\nSupprimer cet alinéa.", nil},
		{"the b rewritten: refused", B, "Rédiger ainsi le b du 1° : « b) Le mot : « acte » est remplacé par le mot : « titre » ; »", nil},
		{"the b completed: refused", B, "Compléter le b du 1° par les mots : « et le mot : « titre » est supprimé »", nil},
		{"a sentence of the b: refused", B, "À la première phrase du b du 1°, remplacer le mot : « acte » par le mot : « décret ».", nil},
	})
	twice := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est supprimé ; b) Le mot : « acte » est supprimé ;",
		"2° L'article L. 2 est ainsi modifié : a) Le mot : « maire » est supprimé ; b) Le mot : « acte » est supprimé ;",
	}
	quoted := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi rédigé : « Art. L. 1. – Sont exclus : a) Les actes ; b) Les décrets. »",
	}
	nested := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié : a) Le I est abrogé ; b) Le II est ainsi modifié : – le mot : « acte » est supprimé ; – le mot : « juge » est supprimé ;",
	}
	nestedItems := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié : a) Le I est abrogé ; b) Le II est ainsi modifié : 1° Le mot : « acte » est supprimé ; 2° Le mot : « juge » est supprimé ;",
	}
	lower := []string{
		"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° L'article L. 2 est ainsi modifié : a) le mot : « acte » est supprimé ; b) le mot : « juge » est supprimé.",
	}
	degrees := []string{
		"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° À l'article L. 2, le mot : « acte » est supprimé.",
		"II. – Le présent article entre en vigueur le 1er janvier 2030.",
	}
	excluded := []string{
		"Sont exclus :",
		"1° Les actes suivants : a) les actes du juge et du préfet ; b) les actes du maire et du préfet ;",
		"2° Les décisions du préfet.",
	}
	runAmendments(t, []amCase{
		{"words deleted in the b, the a holding them too", excluded, "Au b du 1°, supprimer les mots : « et du préfet ».", []string{excluded[0], "1° Les actes suivants : a) les actes du juge et du préfet ; b) les actes du maire ;", excluded[2]}},
		{"Sénat: words deleted under Alinéa 2, a)", excluded, "Alinéa 2, a)\nSupprimer les mots :\net du préfet", []string{excluded[0], "1° Les actes suivants : a) les actes du juge ; b) les actes du maire et du préfet ;", excluded[2]}},
		{"the b of each 1° and 2°, named with its item", twice, "Au b du 2°, remplacer le mot : « acte » par le mot : « décret ».", []string{twice[0], twice[1], "2° L'article L. 2 est ainsi modifié : a) Le mot : « maire » est supprimé ; b) Le mot : « décret » est supprimé ;"}},
		{"a b in two alinéas, its item not named: refused", twice, "Au b, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"a b inside a quotation: refused", quoted, "Au b du 1°, remplacer le mot : « décrets » par le mot : « arrêtés ».", nil},
		{"a b and its dashes", nested, "Au b du 1°, remplacer le mot : « acte » par le mot : « décret ».", []string{nested[0], "1° L'article L. 1 est ainsi modifié : a) Le I est abrogé ; b) Le II est ainsi modifié : – le mot : « décret » est supprimé ; – le mot : « juge » est supprimé ;"}},
		{"a b announcing items of its own: refused", nestedItems, "Au b du 1°, après le mot : « modifié », insérer le mot : « ensuite ».", nil},
		{"a 2° followed by its a) and b): refused", lower, "Au 2° du I, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"the a of a 2° inside a line: refused", lower, "Au a du 2° du I, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"a 2° inside the I's line", degrees, "Au 2° du I, remplacer le mot : « acte » par le mot : « décret ».", []string{"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° À l'article L. 2, le mot : « décret » est supprimé.", degrees[1]}},
		{"Sénat: Alinéa 1, 2°", degrees, "Alinéa 1, 2°\nRemplacer le mot :\nacte\npar le mot :\ndécret", []string{"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° À l'article L. 2, le mot : « décret » est supprimé.", degrees[1]}},
		{"the 1° inside the I's line, words of the 2°: refused", degrees, "Au 1° du I, remplacer le mot : « acte » par le mot : « décret ».", nil},
	})
	lines := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié :",
		"a) Le mot : « juge » est remplacé par le mot : « préfet » ;",
		"b) Le mot : « acte » est supprimé ;",
	}
	runAmendments(t, []amCase{
		{"the b on its own line, as before", lines, "Au b du 1°, remplacer le mot : « acte » par le mot : « décret ».", []string{lines[0], lines[1], lines[2], "b) Le mot : « décret » est supprimé ;"}},
		{"Sénat: Alinéa 4, b) on its own line", lines, "Alinéa 4, b)\nRemplacer le mot :\nacte\npar le mot :\ndécret", []string{lines[0], lines[1], lines[2], "b) Le mot : « décret » est supprimé ;"}},
	})
}

// TestAmLeft4TheseAlineasAfterSenatLocator: "ces alinéas" ("ces mêmes
// alinéas", "ces deux alinéas") in a later part after the Sénat's locator
// line ("I. – Alinéas 2 et 3" / "Remplacer le mot :" … / "II. – En
// conséquence, compléter ces alinéas …") are the alinéas the part before
// edited, as in the Assemblée's form (TestAmLeft3TheseAlineasLater); the
// same refusals: a range, alinéas deleted, one alinéa, a count not
// theirs. Without a new part, the locator line holds for the line after
// it. Guards: read before this round.
func TestAmLeft4TheseAlineasAfterSenatLocator(t *testing.T) {
	A := amL3A
	sub := "I. – Alinéas 2 et 3\nRemplacer le mot :\nparties\npar le mot :\nintéressés\nII. – En conséquence, "
	done := amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée sans délai.", "Les intéressés peuvent former un recours devant le tribunal administratif sans délai.", 4, 5)
	runAmendments(t, []amCase{
		{"completed", A, sub + "compléter ces alinéas par les mots : « sans délai ».", done},
		{"ces mêmes alinéas, words of them", A, sub + "à ces mêmes alinéas, remplacer le mot : « intéressés » par le mot : « requérants ».", amp3Want(A, 1, "La décision est notifiée aux requérants par lettre recommandée.", "Les requérants peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"ces deux alinéas", A, sub + "supprimer ces deux alinéas.", amp3Want(A, 1, 4, 5)},
		{"ces trois alinéas after two: refused", A, sub + "supprimer ces trois alinéas.", nil},
		{"no parts: the locator line holds", A, "Alinéas 2 et 3\nRemplacer le mot :\nparties\npar le mot :\nintéressés\nEn conséquence, compléter ces alinéas par les mots : « sans délai ».", done},
		{"a range before: refused", A, "I. – Alinéas 2 à 4\nRemplacer le mot :\nle\npar le mot :\nce\nII. – En conséquence, supprimer ces alinéas.", nil},
		{"deleted before: refused", A, "I. – Alinéas 3 et 4\nSupprimer ces alinéas.\nII. – En conséquence, à ces alinéas, remplacer le mot : « recours » par le mot : « appel ».", nil},
		{"one alinéa before: refused", A, "I. – Alinéa 2\nRemplacer le mot :\nparties\npar le mot :\nintéressés\nII. – En conséquence, compléter ces alinéas par les mots : « sans délai ».", nil},
		{"cet alinéa after one", A, "I. – Alinéa 2\nRemplacer le mot :\nparties\npar le mot :\nintéressés\nII. – En conséquence, compléter cet alinéa par les mots : « sans délai ».", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée sans délai.", 3, 4, 5)},
		{"cet alinéa after two: refused", A, sub + "compléter cet alinéa par les mots : « sans délai ».", nil},
	})
}

// TestAmLeft4EndAfterAnchorIndicative: "Après le mot : « A », la fin de
// l'alinéa 3 est ainsi rédigée : « … »" (also "… est supprimée", "la fin
// de la première phrase de l'alinéa 1"), the anchor opening the head in
// a capital, reads as its imperative "Après le mot : « A », rédiger ainsi
// la fin de l'alinéa 3 : …" (it was refused: the anchor was read in lower
// case only, after a place). "la fin de cet alinéa" with no alinéa named
// before stays refused, and so does the end of two alinéas.
func TestAmLeft4EndAfterAnchorIndicative(t *testing.T) {
	A := amL4A
	judge := amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge.", 4, 5)
	runAmendments(t, []amCase{
		{"rewritten", A, "Après le mot : « recours », la fin de l'alinéa 3 est ainsi rédigée : « devant le juge. »", judge},
		{"after words", A, "Après les mots : « un recours », la fin de l'alinéa 3 est ainsi rédigée : « devant le juge. »", judge},
		{"deleted", A, "Après le mot : « recours », la fin de l'alinéa 3 est supprimée.", amp3Want(A, 1, 2, "Les parties peuvent former un recours.", 4, 5)},
		{"of a sentence", A, "Après le mot : « mois », la fin de la première phrase de l'alinéa 1 est ainsi rédigée : « et demi. »", amp3Want(A, "I. – Le juge statue dans un délai d'un mois et demi. Il motive sa décision.", 2, 3, 4, 5)},
		{"the imperative, as before", A, "Après le mot : « recours », rédiger ainsi la fin de l'alinéa 3 : « devant le juge. »", judge},
		{"after the place, as before", A, "À l'alinéa 3, après le mot : « recours », la fin de l'alinéa est ainsi rédigée : « devant le juge. »", judge},
		{"Sénat: after the locator line", A, "Alinéa 3\nAprès le mot : « recours », la fin de cet alinéa est ainsi rédigée : « devant le juge. »", judge},
		{"cet alinéa, none named: refused", A, "Après le mot : « recours », la fin de cet alinéa est ainsi rédigée : « devant le juge. »", nil},
		{"the end of two alinéas: refused", A, "Après le mot : « recours », la fin des alinéas 3 et 4 est ainsi rédigée : « devant le juge. »", nil},
		{"the anchor missing: refused", A, "Après le mot : « appel », la fin de l'alinéa 3 est ainsi rédigée : « devant le juge. »", nil},
	})
}

// TestAmLeft4ProbeForms: forms real amendments use, kept as guards (read
// before this round): a paragraph added, a start or an end rewritten,
// alinéas deleted (a numbered paragraph among them leaves its
// placeholder), words at the start or end, "Substituer", a count held to,
// and the nouns of figures ("la référence", "le montant", "le taux",
// "l'année", "le nombre", "la date"), AN and Sénat.
func TestAmLeft4ProbeForms(t *testing.T) {
	A := amL4A
	fig := func(s string) []string { return amp3Want(A, 1, 2, 3, 4, s) }
	runAmendments(t, []amCase{
		{"completed by a paragraph", A, "Compléter cet article par un paragraphe ainsi rédigé :\n« III. – Le préfet statue. »", amp3Want(A, 1, 2, 3, 4, 5, "III. – Le préfet statue.")},
		{"Sénat: completed by a paragraph", A, "Compléter cet article par un paragraphe ainsi rédigé :\nIII. – Le préfet statue.", amp3Want(A, 1, 2, 3, 4, 5, "III. – Le préfet statue.")},
		{"a paragraph of two alinéas", A, "Compléter cet article par un paragraphe ainsi rédigé :\n« III. – Le préfet statue. »\n« Il motive. »", amp3Want(A, 1, 2, 3, 4, 5, "III. – Le préfet statue.", "Il motive.")},
		{"the start rewritten", A, "Rédiger ainsi le début de l'alinéa 3 : « Les intéressés peuvent (le reste sans changement). »", amp3Want(A, 1, 2, "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"the end, from no word: refused", A, "Rédiger ainsi la fin de l'alinéa 3 : « devant le juge judiciaire. »", nil},
		{"the end, (début sans changement): refused", A, "Rédiger ainsi la fin de l'alinéa 3 : « devant le juge. » (début sans changement)", nil},
		{"the end after a word", A, "Rédiger ainsi la fin de l'alinéa 3 après le mot : « recours » : « devant le juge judiciaire. »", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge judiciaire.", 4, 5)},
		{"alinéas 3 to 5 deleted, the II's placeholder", A, "Supprimer les alinéas 3 à 5.", amp3Want(A, 1, 2, "II. – (Supprimé)")},
		{"Sénat: ces alinéas deleted", A, "Alinéas 3 à 5\nSupprimer ces alinéas.", amp3Want(A, 1, 2, "II. – (Supprimé)")},
		{"at the start, the capital lowered", A, "Au début de l'alinéa 3, insérer les mots : « Dans tous les cas, ».", amp3Want(A, 1, 2, "Dans tous les cas, les parties peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"words at the end deleted", A, "À la fin de l'alinéa 3, supprimer les mots : « devant le tribunal administratif ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours.", 4, 5)},
		{"substituer", A, "À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge judiciaire ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge judiciaire.", 4, 5)},
		{"deux fois, held once: refused", A, "À l'alinéa 2, remplacer le mot : « parties » par le mot : « intéressés » (deux fois).", nil},
		{"deux fois, held twice", A, "Aux alinéas 2 et 3, remplacer (deux fois) le mot : « parties » par le mot : « intéressés ».", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée.", "Les intéressés peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"la référence", A, "À l'alinéa 5, remplacer la référence : « L. 1 » par la référence : « L. 2 ».", fig("Une amende de 100 € au taux de 5 % est due dans les 3 jours, selon l'article L. 2, à compter du 1er janvier 2012.")},
		{"after la référence", A, "À l'alinéa 5, après la référence : « L. 1 », insérer les mots : « du code civil ».", fig("Une amende de 100 € au taux de 5 % est due dans les 3 jours, selon l'article L. 1 du code civil, à compter du 1er janvier 2012.")},
		{"le montant", A, "À l'alinéa 5, remplacer le montant : « 100 € » par le montant : « 150 € ».", fig("Une amende de 150 € au taux de 5 % est due dans les 3 jours, selon l'article L. 1, à compter du 1er janvier 2012.")},
		{"le taux", A, "À l'alinéa 5, remplacer le taux : « 5 % » par le taux : « 6 % ».", fig("Une amende de 100 € au taux de 6 % est due dans les 3 jours, selon l'article L. 1, à compter du 1er janvier 2012.")},
		{"l'année", A, "À l'alinéa 5, remplacer l'année : « 2012 » par l'année : « 2013 ».", fig("Une amende de 100 € au taux de 5 % est due dans les 3 jours, selon l'article L. 1, à compter du 1er janvier 2013.")},
		{"le nombre", A, "À l'alinéa 5, remplacer le nombre : « 3 » par le nombre : « 5 ».", fig("Une amende de 100 € au taux de 5 % est due dans les 5 jours, selon l'article L. 1, à compter du 1er janvier 2012.")},
		{"la date", A, "À l'alinéa 5, remplacer la date : « 1er janvier 2012 » par la date : « 1er juillet 2013 ».", fig("Une amende de 100 € au taux de 5 % est due dans les 3 jours, selon l'article L. 1, à compter du 1er juillet 2013.")},
		{"Sénat: le montant", A, "Alinéa 5\nRemplacer le montant :\n100 €\npar le montant :\n150 €", fig("Une amende de 150 € au taux de 5 % est due dans les 3 jours, selon l'article L. 1, à compter du 1er janvier 2012.")},
		{"Sénat: l'année", A, "Alinéa 5\nRemplacer l'année :\n2012\npar l'année :\n2013", fig("Une amende de 100 € au taux de 5 % est due dans les 3 jours, selon l'article L. 1, à compter du 1er janvier 2013.")},
		{"l'année of the alinéa named only", A, "À l'alinéa 4, remplacer l'année : « 2012 » par l'année : « 2013 ».", amp3Want(A, 1, 2, 3, "II. – Le président du département rend compte au conseil en 2013. Il publie un rapport.", 5)},
	})
}

// TestAmLeft4AnnouncedCountOnce: the count of new alinéas a head
// announces is read by one rule (announcedAlineas) for the amendment's
// head and for a bill's line its new text holds: "un alinéa ainsi
// rédigés" (the participle's agreement aside) announces one — two given
// are refused as after "un alinéa ainsi rédigé" (they both went in: the
// plural participle read as no count); an announcement in the plural
// beside it ("deux phrases et un alinéa") says no count of alinéas. The
// counts of TestAmLeft3AnnouncedAlineas hold.
func TestAmLeft4AnnouncedCountOnce(t *testing.T) {
	A := amL3A
	runAmendments(t, []amCase{
		{"un alinéa ainsi rédigés, one given", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigés :\n« X. »", amp3Want(A, 1, 2, "X.", 3, 4, 5)},
		{"un alinéa ainsi rédigés, two given: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigés :\n« X. »\n« Y. »", nil},
		{"Sénat: un alinéa ainsi rédigées, two given: refused", A, "Après l'alinéa 2\nInsérer un alinéa ainsi rédigées :\nX.\nY.", nil},
		{"un alinéa ainsi rédigé, two given: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« X. »\n« Y. »", nil},
		{"les alinéas suivants, no count", A, "Après l'alinéa 2, insérer les alinéas suivants :\n« X. »\n« Y. »", amp3Want(A, 1, 2, "X.", "Y.", 3, 4, 5)},
		{"a bill's line announcing un alinéa ainsi rédigés, its quotation", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« 1° bis L'article 3 est complété par un alinéa ainsi rédigés :\n« « Le juge statue. » ; »", amp3Want(A, 1, 2, "1° bis L'article 3 est complété par un alinéa ainsi rédigés :", "« Le juge statue. » ;", 3, 4, 5)},
		{"a bill's line announcing un alinéa, two quoted: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« 1° bis L'article 3 est complété par un alinéa ainsi rédigé :\n« « Le juge statue. »\n« « Il motive. » ; »", nil},
	})
	for _, c := range []struct {
		head string
		n    int
	}{
		{"inserer deux alineas ainsi rediges :", 2},
		{"inserer un alinea ainsi redige :", 1},
		{"inserer un alinea ainsi rediges :", 1},
		{"inserer l'alinea suivant :", 1},
		{"inserer les alineas suivants :", 0},
		{"completer cet article par un paragraphe ainsi redige :", 0},
		{"est complete par deux phrases et un alinea ainsi rediges :", 0},
		{"rediger ainsi l'alinea 2 :", 0},
	} {
		if got := announcedAlineas(c.head); got != c.n {
			t.Errorf("announcedAlineas(%q) = %d, want %d", c.head, got, c.n)
		}
	}
}

// TestAmLeft4FromCountingWords: a span bounded "à compter du mot : « A »"
// ("des mots", the Sénat's line "… à compter du mot :" then A) is the
// span "à partir du mot : « A »" names, A included: "Supprimer la fin de
// l'alinéa 3 à compter du mot : « en »" deletes from "en" to the end (it
// deleted "en" alone, "à compter des mots : « en 2012 »" those words
// alone: the bound was not read), "Rédiger ainsi la fin … à compter du
// mot" rewrites it (it was refused), and "Remplacer la fin … à compter du
// mot : « A » par …", refused as with "à partir" (it replaced A alone).
// Inside new text the words are the text's.
func TestAmLeft4FromCountingWords(t *testing.T) {
	A := []string{"Les parties et les tiers.", "Les parties avisent les parties.", "Le juge statue en 2012 sans délai."}
	cut := []string{A[0], A[1], "Le juge statue."}
	runAmendments(t, []amCase{
		{"deleted from the word", A, "Supprimer la fin de l'alinéa 3 à compter du mot : « en ».", cut},
		{"as à partir, as before", A, "Supprimer la fin de l'alinéa 3 à partir du mot : « en ».", cut},
		{"des mots, after the place", A, "À l'alinéa 3, supprimer la fin de l'alinéa à compter des mots : « en 2012 ».", cut},
		{"Sénat: the word on its line", A, "Alinéa 3\nSupprimer la fin de cet alinéa à compter du mot :\nen", cut},
		{"rewritten from the word", A, "Rédiger ainsi la fin de l'alinéa 3 à compter du mot : « en » : « après avis. »", []string{A[0], A[1], "Le juge statue après avis."}},
		{"replaced from the word: refused", A, "Remplacer la fin de l'alinéa 3 à compter du mot : « en » par les mots : « après avis. »", nil},
		{"the word missing: refused", A, "Supprimer la fin de l'alinéa 3 à compter du mot : « après ».", nil},
		{"inside new text, the text's", A, "Après l'alinéa 3, insérer un alinéa ainsi rédigé : « Il statue à compter du mot : « fin ». »", []string{A[0], A[1], A[2], "Il statue à compter du mot : « fin »."}},
	})
}
