package law

import "testing"

// amL3A is a short bill article for the tests of amleft3.
var amL3A = []string{
	"Le juge statue dans un délai d'un mois. Il motive sa décision.",
	"La décision est notifiée aux parties par lettre recommandée.",
	"Les parties peuvent former un recours devant le tribunal administratif.",
	"Le président du département rend compte au conseil. Il publie un rapport.",
	"Un décret fixe les modalités d'application du présent article.",
}

// TestAmLeft3AnnouncedAlineas: a head announcing a count of new alinéas
// ("insérer deux alinéas ainsi rédigés :", the Sénat's "Remplacer ces
// alinéas par deux alinéas ainsi rédigés :", "un alinéa ainsi rédigé",
// "l'alinéa suivant") followed by another number of alinéas contradicts
// itself: which is the law's is not said — refused (every line given went
// in, whatever the count). The agreement of "rédigé" aside ("deux alinéas
// ainsi rédigé"). A head announcing no count ("Rédiger ainsi les alinéas
// 2 et 3 :", "ces deux alinéas" naming the place) takes what follows. The
// one layout read: a bill's line introducing its own quotation ("1° bis
// L'article 3 est complété par un alinéa ainsi rédigé :" then "« Le juge
// statue. »") counts with it as one alinéa, when it announces as many as
// it quotes (or no count: "est ainsi rédigé :").
func TestAmLeft3AnnouncedAlineas(t *testing.T) {
	A := amL3A
	runAmendments(t, []amCase{
		{"two announced, two quoted", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n« X. »\n« Y. »", amp3Want(A, 1, 2, "X.", "Y.", 3, 4, 5)},
		{"two announced, three quoted: refused", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n« X. »\n« Y. »\n« Z. »", nil},
		{"two announced, one quoted: refused", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n« X. »", nil},
		{"three announced, two quoted: refused", A, "Après l'alinéa 2, insérer trois alinéas ainsi rédigés :\n« X. »\n« Y. »", nil},
		{"one announced, two quoted: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« X. »\n« Y. »", nil},
		{"l'alinéa suivant, two quoted: refused", A, "Après l'alinéa 2, insérer l'alinéa suivant :\n« X. »\n« Y. »", nil},
		{"the plural without a count", A, "Après l'alinéa 2, insérer les alinéas suivants :\n« X. »\n« Y. »\n« Z. »", amp3Want(A, 1, 2, "X.", "Y.", "Z.", 3, 4, 5)},
		{"Sénat: two announced, three lines: refused", A, "Après l'alinéa 2\nInsérer deux alinéas ainsi rédigés :\nX.\nY.\nZ.", nil},
		{"Sénat: two announced, one line: refused", A, "Après l'alinéa 2\nInsérer deux alinéas ainsi rédigés :\nX.", nil},
		{"Sénat: two announced, two lines", A, "Après l'alinéa 2\nInsérer deux alinéas ainsi rédigés :\nX.\nY.", amp3Want(A, 1, 2, "X.", "Y.", 3, 4, 5)},
		{"rewritten, no count announced", A, "Rédiger ainsi les alinéas 2 et 3 :\n« X. »\n« Y. »\n« Z. »", amp3Want(A, 1, "X.", "Y.", "Z.", 4, 5)},
		{"ces deux alinéas names the place", A, "Alinéas 2 et 3\nRédiger ainsi ces deux alinéas :\nX.\nY.\nZ.", amp3Want(A, 1, "X.", "Y.", "Z.", 4, 5)},
		{"ces deux alinéas, the locator naming three: refused", A, "Alinéas 2 à 4\nRédiger ainsi ces deux alinéas :\nX.\nY.", nil},
		{"replaced by two, three given: refused", A, "Remplacer les alinéas 2 et 3 par deux alinéas ainsi rédigés :\n« X. »\n« Y. »\n« Z. »", nil},
		{"Sénat: replaced by two, one given: refused", A, "Alinéas 2 et 3\nRemplacer ces alinéas par deux alinéas ainsi rédigés :\nX.", nil},
		{"completed by two, three given: refused", A, "Compléter cet article par deux alinéas ainsi rédigés :\n« X. »\n« Y. »\n« Z. »", nil},
		{"completed by two, two given", A, "Compléter cet article par deux alinéas ainsi rédigés :\n« X. »\n« Y. »", amp3Want(A, 1, 2, 3, 4, 5, "X.", "Y.")},
		{"two announced, then the next part", A, "I. – Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n« X. »\n« Y. »\nII. – Supprimer l'alinéa 5.", amp3Want(A, 1, 2, "X.", "Y.", 3, 4)},
		{"Sénat: two announced, then a locator", A, "I. – Après l'alinéa 2\nInsérer deux alinéas ainsi rédigés :\nX.\nY.\nII. – Alinéa 5\nSupprimer cet alinéa.", amp3Want(A, 1, 2, "X.", "Y.", 3, 4)},
		{"Sénat: three announced, two given, then a locator: refused", A, "I. – Après l'alinéa 2\nInsérer trois alinéas ainsi rédigés :\nX.\nY.\nII. – Alinéa 5\nSupprimer cet alinéa.", nil},
		{"ainsi rédigé for the plural", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigé :\n« X. »\n« Y. »", amp3Want(A, 1, 2, "X.", "Y.", 3, 4, 5)},
		{"ainsi rédigé for the plural, three given: refused", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigé :\n« X. »\n« Y. »\n« Z. »", nil},
		{"ainsi rédigées, one given: refused", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigées :\n« X. »", nil},
		// The layout: a bill's line and the quotation it introduces.
		{"Sénat: an item introducing its quoted alinéa", A, "Après l'alinéa 2\nInsérer un alinéa ainsi rédigé :\n1° bis L'article 3 est complété par un alinéa ainsi rédigé :\n« Le juge statue. »", amp3Want(A, 1, 2, "1° bis L'article 3 est complété par un alinéa ainsi rédigé :", "« Le juge statue. »", 3, 4, 5)},
		{"quoted: an item introducing its quoted alinéa", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« 1° bis L'article 3 est complété par un alinéa ainsi rédigé :\n« « Le juge statue. » ; »", amp3Want(A, 1, 2, "1° bis L'article 3 est complété par un alinéa ainsi rédigé :", "« Le juge statue. » ;", 3, 4, 5)},
		{"an item introducing a text of no count", A, "Après l'alinéa 2\nInsérer un alinéa ainsi rédigé :\n1° bis L'article 3 est ainsi rédigé :\n« Le juge statue.\n« Il motive. »", amp3Want(A, 1, 2, "1° bis L'article 3 est ainsi rédigé :", "« Le juge statue.", "« Il motive. »", 3, 4, 5)},
		{"an item announcing two, quoting one: refused", A, "Après l'alinéa 2\nInsérer un alinéa ainsi rédigé :\n1° bis L'article 3 est complété par deux alinéas ainsi rédigés :\n« Le juge statue. »", nil},
		{"an item and its quotation, then another line: refused", A, "Après l'alinéa 2\nInsérer un alinéa ainsi rédigé :\n1° bis L'article 3 est complété par un alinéa ainsi rédigé :\n« Le juge statue. »\n1° ter L'article 4 est abrogé.", nil},
	})
}
