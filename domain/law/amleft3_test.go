package law

import (
	"strings"
	"testing"
)

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

// TestAmLeft3DeterminerAfterContraction: new words beginning with a
// determiner put after "du", "des", "au" or "aux" ("le président du
// département", « département » by « la région »: "du la région"; « l'État
// »: "du l'État"; "au conseil", « conseil » by « les assemblées »: "au
// les assemblées") are refused: the contraction holds an article already
// and the law does not say how the words around change (it was applied) —
// in amendments and bills alike. Determiners in capitals (a title), words
// of no determiner ("tout premier"), and a determiner after another word
// stay read; a word for a word beginning with a vowel after "du" was
// refused already (elisionMissing).
func TestAmLeft3DeterminerAfterContraction(t *testing.T) {
	A := amL3A
	runAmendments(t, []amCase{
		{"du la: refused", A, "À l'alinéa 4, substituer au mot : « département » les mots : « la région ».", nil},
		{"du l': refused", A, "À l'alinéa 4, substituer au mot : « département » les mots : « l'État ».", nil},
		{"au les: refused", A, "À l'alinéa 4, substituer au mot : « conseil » les mots : « les assemblées ».", nil},
		{"aux la: refused", A, "À l'alinéa 2, substituer au mot : « parties » les mots : « la partie adverse ».", nil},
		{"du sa: refused", A, "À l'alinéa 4, substituer au mot : « département » les mots : « sa région ».", nil},
		{"du chaque: refused", A, "À l'alinéa 4, substituer au mot : « département » les mots : « chaque région ».", nil},
		{"inserted after du: refused", A, "À l'alinéa 4, après le mot : « du », insérer les mots : « la région et du ».", nil},
		{"the Sénat's: refused", A, "Alinéa 4\nRemplacer le mot :\ndépartement\npar les mots :\nla région", nil},
		{"du + a vowel: refused (elisionMissing)", A, "À l'alinéa 4, substituer au mot : « département » le mot : « établissement ».", nil},
		{"the contraction quoted with the words", A, "À l'alinéa 4, substituer aux mots : « du département » les mots : « de la région ».", amp3Want(A, 1, 2, 3, "Le président de la région rend compte au conseil. Il publie un rapport.", 5)},
		{"a word for a word", A, "À l'alinéa 4, substituer au mot : « département » le mot : « territoire ».", amp3Want(A, 1, 2, 3, "Le président du territoire rend compte au conseil. Il publie un rapport.", 5)},
		{"a title in capitals", A, "À l'alinéa 4, substituer au mot : « département » les mots : « Le Monde ».", amp3Want(A, 1, 2, 3, "Le président du Le Monde rend compte au conseil. Il publie un rapport.", 5)},
		{"tout premier", A, "À l'alinéa 4, substituer au mot : « département » les mots : « tout premier département ».", amp3Want(A, 1, 2, 3, "Le président du tout premier département rend compte au conseil. Il publie un rapport.", 5)},
		{"a determiner after another word", A, "À l'alinéa 4, substituer aux mots : « un rapport » les mots : « le rapport annuel ».", amp3Want(A, 1, 2, 3, "Le président du département rend compte au conseil. Il publie le rapport annuel.", 5)},
		{"aux leurs: refused", A, "À l'alinéa 2, substituer au mot : « parties » les mots : « leurs ayants droit ».", nil},
		{"leurs alone, a pronoun", A, "À l'alinéa 2, substituer au mot : « parties » le mot : « leurs ».", amp3Want(A, 1, "La décision est notifiée aux leurs par lettre recommandée.", 3, 4, 5)},
	})
	runGrammar(t, []grammarCase{
		{name: "a bill's: refused", before: []string{"Le président du département statue."}, text: []string{"À l'article L. 1 du code civil, le mot : « département » est remplacé par les mots : « la région »."}},
		{name: "a bill's, the contraction with the words", before: []string{"Le président du département statue."}, text: []string{"À l'article L. 1 du code civil, les mots : « du département » sont remplacés par les mots : « de la région »."}, want: []string{"Le président de la région statue."}},
	})
}

// TestAmLeft3ItemsInOneLine: new alinéas written as items ("insérer deux
// alinéas ainsi rédigés :" then "1° bis … ;" and "1° ter … ;") are read
// one alinéa a line, quoted or not; two items in one line ("1° bis … ;
// 1° ter … ;", in one quotation or unquoted, under "deux alinéas" or "un
// alinéa") are refused — the line breaks do not say two alinéas, and one
// alinéa holds one item (the line went in as one alinéa holding both). A
// reference to an item inside the text ("mentionnés au 2° ;") is none.
func TestAmLeft3ItemsInOneLine(t *testing.T) {
	B := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est abrogé ;",
		"2° L'article L. 2 est abrogé ;",
		"3° L'article L. 3 est abrogé.",
	}
	bis, ter := "1° bis L'article L. 1-1 est abrogé ;", "1° ter L'article L. 1-2 est abrogé ;"
	runAmendments(t, []amCase{
		{"two quoted items", B, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n« " + bis + "\n« " + ter + " »", amp3Want(B, 1, 2, bis, ter, 3, 4)},
		{"two unquoted items on their lines", B, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n" + bis + "\n" + ter, amp3Want(B, 1, 2, bis, ter, 3, 4)},
		{"Sénat: two items on their lines", B, "Après l'alinéa 2\nInsérer deux alinéas ainsi rédigés :\n" + bis + "\n" + ter, amp3Want(B, 1, 2, bis, ter, 3, 4)},
		{"two items on the head's line: refused", B, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés : " + bis + " " + ter, nil},
		{"two items in one quotation: refused", B, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés : « " + bis + " " + ter + " »", nil},
		{"Sénat: two items on one line: refused", B, "Après l'alinéa 2\nInsérer deux alinéas ainsi rédigés :\n" + bis + " " + ter, nil},
		{"one alinéa announced, two items in it: refused", B, "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « " + bis + " " + ter + " »", nil},
		{"one alinéa, two items on its line: refused", B, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« " + bis + " " + ter + " »", nil},
		{"lettered items in one line: refused", B, "Rédiger ainsi l'alinéa 3 :\n« 2° L'article L. 2 est ainsi modifié : a) Le mot : « juge » est supprimé ; b) Le mot : « acte » est supprimé ; »", nil},
		{"a reference to an item inside the text", B, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« 1° bis Les personnes mentionnées au 2° ; les agents sont entendus ; »", amp3Want(B, 1, 2, "1° bis Les personnes mentionnées au 2° ; les agents sont entendus ;", 3, 4)},
		{"an item citing another's label in lower case", B, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« 1° bis L'article L. 1-1 est abrogé ; 2° du même article s'entend ainsi ; »", amp3Want(B, 1, 2, "1° bis L'article L. 1-1 est abrogé ; 2° du même article s'entend ainsi ;", 3, 4)},
	})
}

// TestAmLeft3TheseAlineasLater: "ces alinéas" ("ces mêmes alinéas", "ces
// deux alinéas") in a later instruction that names no alinéa of its own
// ("I. – Aux alinéas 2 et 3, substituer … II. – En conséquence,
// compléter ces alinéas par …") are the alinéas the instruction before
// named, each edited there by words, a start or an end, or a sentence (it
// was refused). Refused: that instruction deleted them ("Supprimer les
// alinéas 3 et 4" then "à ces alinéas": gone), inserted alinéas (the new
// ones or those named?), named one alinéa (the plural names several);
// a count not theirs ("ces deux alinéas" after three); nothing before;
// "cet alinéa" after several (TestAmLeft2ThisAlineaLater).
func TestAmLeft3TheseAlineasLater(t *testing.T) {
	A := amL3A
	sub := "I. – Aux alinéas 2 et 3, substituer au mot : « parties » le mot : « intéressés ».\nII. – En conséquence, "
	runAmendments(t, []amCase{
		{"completed", A, sub + "compléter ces alinéas par les mots : « sans délai ».", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre recommandée sans délai.", "Les intéressés peuvent former un recours devant le tribunal administratif sans délai.", 4, 5)},
		{"ces mêmes alinéas, words of them", A, sub + "à ces mêmes alinéas, substituer au mot : « intéressés » le mot : « requérants ».", amp3Want(A, 1, "La décision est notifiée aux requérants par lettre recommandée.", "Les requérants peuvent former un recours devant le tribunal administratif.", 4, 5)},
		{"ces deux alinéas, the count theirs", A, sub + "supprimer ces deux alinéas.", amp3Want(A, 1, 4, 5)},
		{"deleted", A, sub + "supprimer ces alinéas.", amp3Want(A, 1, 4, 5)},
		{"two instructions joined, each an alinéa", A, "I. – À l'alinéa 2, substituer au mot : « recommandée » le mot : « simple » et, à l'alinéa 4, substituer au mot : « conseil » le mot : « Parlement ».\nII. – En conséquence, compléter ces alinéas par les mots : « sans délai ».", amp3Want(A, 1, "La décision est notifiée aux parties par lettre simple sans délai.", 3, "Le président du département rend compte au Parlement. Il publie un rapport sans délai.", 5)},
		{"ces trois alinéas after two: refused", A, sub + "supprimer ces trois alinéas.", nil},
		{"after the alinéas deleted: refused", A, "I. – Supprimer les alinéas 3 et 4.\nII. – En conséquence, à ces alinéas, substituer au mot : « recours » le mot : « appel ».", nil},
		{"after one alinéa: refused", A, "I. – À l'alinéa 2, substituer au mot : « parties » le mot : « intéressés ».\nII. – En conséquence, compléter ces alinéas par les mots : « sans délai ».", nil},
		{"after alinéas inserted: refused", A, "I. – Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n« X. »\n« Y. »\nII. – En conséquence, supprimer ces alinéas.", nil},
		{"nothing before: refused", A, "Compléter ces alinéas par les mots : « sans délai ».", nil},
		{"cet alinéa after two: refused", A, sub + "compléter cet alinéa par les mots : « sans délai ».", nil},
		{"a range before: refused", A, "I. – Aux alinéas 2 à 4, substituer au mot : « le » le mot : « ce ».\nII. – En conséquence, supprimer ces alinéas.", nil},
	})
}

// TestAmLeft3VerbTypos: the participle announcing new text in the wrong
// agreement ("deux alinéas ainsi rédigé", "un alinéa ainsi rédigée",
// "une phrase ainsi rédigés", "rédigées") is read as written right, and
// its count still holds ("deux phrases ainsi rédigé" then one sentence:
// refused — it was added as if announced so); an unknown word ("ainsi
// régiés", "ainsi rédig", "ainsi conçu", "ainsi rédiger") or a verb not in
// the imperative ("Rédigé ainsi l'alinéa 2") is refused, never guessed.
func TestAmLeft3VerbTypos(t *testing.T) {
	A := amL3A
	a2 := "La décision est notifiée aux parties par lettre recommandée. Elle est motivée."
	runAmendments(t, []amCase{
		{"ainsi rédigées for alinéas", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigées :\n« X. »\n« Y. »", amp3Want(A, 1, 2, "X.", "Y.", 3, 4, 5)},
		{"ainsi rédigée for an alinéa", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigée :\n« X. »", amp3Want(A, 1, 2, "X.", 3, 4, 5)},
		{"ainsi rédigés for an alinéa", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigés :\n« X. »", amp3Want(A, 1, 2, "X.", 3, 4, 5)},
		{"Sénat: ainsi redigé, no accent", A, "Après l'alinéa 2\nInsérer un alinéa ainsi redigé :\nX.", amp3Want(A, 1, 2, "X.", 3, 4, 5)},
		{"une phrase ainsi rédigé", A, "Compléter l'alinéa 2 par une phrase ainsi rédigé : « Elle est motivée. »", amp3Want(A, 1, a2, 3, 4, 5)},
		{"une phrase ainsi rédigés", A, "Compléter l'alinéa 2 par une phrase ainsi rédigés : « Elle est motivée. »", amp3Want(A, 1, a2, 3, 4, 5)},
		{"deux phrases ainsi rédigées", A, "Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Elle est motivée. Elle est publiée. »", amp3Want(A, 1, a2+" Elle est publiée.", 3, 4, 5)},
		{"deux phrases ainsi rédigé, one given: refused", A, "Compléter l'alinéa 2 par deux phrases ainsi rédigé : « Elle est motivée. »", nil},
		{"ainsi régiés: refused", A, "Après l'alinéa 2, insérer deux alinéas ainsi régiés :\n« X. »\n« Y. »", nil},
		{"ainsi rédig: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédig :\n« X. »", nil},
		{"ainsi rédiger: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédiger :\n« X. »", nil},
		{"ainsi conçu: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi conçu :\n« X. »", nil},
		{"Rédigé ainsi: refused", A, "Rédigé ainsi l'alinéa 2 :\n« X. »", nil},
	})
}

// TestAmLeft3RestRemarkInText: "(Le reste sans changement)" ("(sans
// modification)") left inside the new text of a whole alinéa, new
// alinéas or new words ("Rédiger ainsi l'alinéa 4 : « Le président de la
// région rend compte au conseil. (Le reste sans changement) »") says the
// rest stays but not where it begins — refused (it went into the article
// as words). A new beginning reads it (TestGrammarAmendmentRestUnchangedStart),
// after the last quotation it changes nothing, and alone after a label
// it is a part's status ("I. – (Sans modification)").
func TestAmLeft3RestRemarkInText(t *testing.T) {
	A := amL3A
	runAmendments(t, []amCase{
		{"in a rewritten alinéa: refused", A, "Rédiger ainsi l'alinéa 4 :\n« Le président de la région rend compte au conseil. (Le reste sans changement) »", nil},
		{"Sénat: in a rewritten alinéa: refused", A, "Alinéa 4\nRédiger ainsi cet alinéa :\nLe président de la région rend compte au conseil. (Le reste sans changement)", nil},
		{"sans modification in new words: refused", A, "À l'alinéa 4, substituer aux mots : « rend compte » les mots : « rend compte chaque année (sans modification) ».", nil},
		{"in an inserted alinéa: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« Elle est motivée. (Le reste sans changement) »", nil},
		{"a new beginning", A, "Rédiger ainsi le début de l'alinéa 4 : « Le président de la région rend (le reste sans changement). »", amp3Want(A, 1, 2, 3, "Le président de la région rend compte au conseil. Il publie un rapport.", 5)},
		{"a part's status, not a remark", []string{"I. – Le juge statue.", "II. – Le juge motive."}, "Rédiger ainsi cet article :\nI. – (Sans modification)\nII. – Le juge tranche.", []string{"I. – Le juge statue.", "II. – Le juge tranche."}},
		{"after the last quotation", A, "Rédiger ainsi l'alinéa 2 : « Elle est motivée. » (le reste sans changement)", amp3Want(A, 1, "Elle est motivée.", 3, 4, 5)},
	})
}

// TestAmLeft3SubAmendmentRestatesCount: a sub-amendment inserting an
// alinéa into an amendment's new text announced by its count ("insérer
// deux alinéas ainsi rédigés :" then two, a sub-amendment adding a
// third) makes the text adopted three alinéas: the count is restated
// (restateCounts) — the count held to (TestAmLeft3AnnouncedAlineas)
// refused the amendment). An amendment whose count was off as tabled is
// held to it as the sub-amendments leave it: made right, read; left off,
// refused.
func TestAmLeft3SubAmendmentRestatesCount(t *testing.T) {
	A := amL3A
	compose := func(amendment, sub string) ([]string, bool) {
		got, rs := ComposeNumbered(Article{Number: "1", Alineas: A}, []Dispositif{{Number: "1", Text: amendment}, {Number: "91", Text: sub}})
		return got.Alineas, rs[0].Applied && rs[1].Applied
	}
	two := "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n« X est notifié. »\n« Y est publié. »"
	got, ok := compose(two, "Sous-amendement n° 91 à l'amendement n° 1\nAprès l'alinéa 3, insérer un alinéa ainsi rédigé :\n« Z est lu. »")
	if want := amp3Want(A, 1, 2, "X est notifié.", "Y est publié.", "Z est lu.", 3, 4, 5); !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("an alinéa inserted: applied %v, got\n%s", ok, strings.Join(got, "\n"))
	}
	got, ok = compose("Après l'alinéa 2\nInsérer trois alinéas ainsi rédigés :\nX est notifié.\nY est publié.\nZ est lu.", "Sous-amendement n° 91 à l'amendement n° 1, alinéa 4\nSupprimer cet alinéa.")
	if want := amp3Want(A, 1, 2, "X est notifié.", "Z est lu.", 3, 4, 5); !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Sénat: an alinéa deleted: applied %v, got\n%s", ok, strings.Join(got, "\n"))
	}
	got, ok = compose(two, "Sous-amendement n° 91 à l'amendement n° 1, alinéa 3\nRemplacer le mot :\npublié\npar le mot :\naffiché")
	if want := amp3Want(A, 1, 2, "X est notifié.", "Y est affiché.", 3, 4, 5); !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("words of it: applied %v, got\n%s", ok, strings.Join(got, "\n"))
	}
	got, ok = compose("Après l'alinéa 2, insérer trois alinéas ainsi rédigés :\n« X est notifié. »\n« Y est publié. »", "Sous-amendement n° 91 à l'amendement n° 1\nAprès l'alinéa 3, insérer un alinéa ainsi rédigé :\n« Z est lu. »")
	if want := amp3Want(A, 1, 2, "X est notifié.", "Y est publié.", "Z est lu.", 3, 4, 5); !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("a count off as tabled, made right: applied %v, got\n%s", ok, strings.Join(got, "\n"))
	}
	if _, ok := compose("Après l'alinéa 2, insérer trois alinéas ainsi rédigés :\n« X est notifié. »", "Sous-amendement n° 91 à l'amendement n° 1, alinéa 2\nRemplacer le mot :\nnotifié\npar le mot :\npublié"); ok {
		t.Errorf("a count off as tabled and left: applied, want refused")
	}
}
