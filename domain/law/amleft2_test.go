package law

import "testing"

// Rules of the amendments' language read by am-left2, each on a short
// phrase applied to amL2A; want nil where the engine must refuse.

// amL2A is a short bill article for the tests of amleft2.
var amL2A = []string{
	"Le juge statue dans un délai d'un mois. Il motive sa décision.",
	"La décision est notifiée aux parties par lettre recommandée.",
	"Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence.",
	"Le ministre chargé de l'économie rend compte au Parlement. Il publie un rapport. Le rapport est transmis à la commune.",
	"Un décret en Conseil d'État fixe les modalités d'application du présent article.",
}

// TestAmLeft2SentencesToEnd: "les deuxième à dernière phrases" in an
// amendment, as the bills' side reads it (Scope.SentencesToEnd): that
// sentence and every one after it, deleted or rewritten.
func TestAmLeft2SentencesToEnd(t *testing.T) {
	first3 := "Les parties peuvent former un recours devant le tribunal administratif."
	runAmendments(t, []amCase{
		{"deleted", amL2A, "Supprimer les deuxième à dernière phrases de l'alinéa 3.", amp3Want(amL2A, 1, 2, first3, 4, 5)},
		{"deleted, the place first", amL2A, "À l'alinéa 3, supprimer les deuxième à dernière phrases.", amp3Want(amL2A, 1, 2, first3, 4, 5)},
		{"Sénat: locator line then Supprimer ces phrases", amL2A, "Alinéa 3, deuxième à dernière phrases\n\nSupprimer ces phrases.", amp3Want(amL2A, 1, 2, first3, 4, 5)},
		{"rewritten", amL2A, "Rédiger ainsi les deuxième à dernière phrases de l'alinéa 3 : « Il est suspensif. »", amp3Want(amL2A, 1, 2, first3+" Il est suspensif.", 4, 5)},
		{"from the third", amL2A, "Supprimer les troisième à dernière phrases de l'alinéa 4.", amp3Want(amL2A, 1, 2, 3, "Le ministre chargé de l'économie rend compte au Parlement. Il publie un rapport.", 5)},
		{"from the second of two: the last only", amL2A, "Supprimer les deuxième à dernière phrases de l'alinéa 1.", amp3Want(amL2A, "Le juge statue dans un délai d'un mois.", 2, 3, 4, 5)},
		// Refused: the alinéa has one sentence; from the first (the
		// whole alinéa: kept empty or deleted is not said); to the one
		// before the last; words of those sentences.
		{"an alinéa of one sentence: refused", amL2A, "Supprimer les deuxième à dernière phrases de l'alinéa 2.", nil},
		{"from the first: refused", amL2A, "Supprimer les première à dernière phrases de l'alinéa 3.", nil},
		{"to the one before the last: refused", amL2A, "Supprimer les deuxième à avant-dernière phrases de l'alinéa 3.", nil},
		{"words of those sentences: refused", amL2A, "Aux deuxième à dernière phrases de l'alinéa 3, substituer au mot : « recours » le mot : « pourvoi ».", nil},
		{"sentences added after them: refused", amL2A, "Après les deuxième à dernière phrases de l'alinéa 3, insérer une phrase ainsi rédigée : « Il est motivé. »", nil},
	})
}

// TestAmLeft2Contraction: new words beginning with the article "le" or
// "les" put after "de" or "à" ("chargé de l'économie", « l'économie » by
// « les finances »: "chargé de les finances"; "à la commune", « la
// commune » by « le département »: "à le département") are refused: French
// contracts them (des, du, aux, au) and the law does not say how the words
// around change — in amendments and bills alike. "le", "les" a pronoun
// before an infinitive or "y", "en", "lui", "leur" ("afin de le saisir",
// "de les en informer"), a capital ("de Les Échos"), a contraction quoted
// whole, and "le", "les" after another word, stay read.
func TestAmLeft2Contraction(t *testing.T) {
	A := []string{
		"Le ministre chargé de l'économie rend compte à la commune.",
		"Le préfet peut saisir le juge afin de la saisir.",
		"Il est tenu de l'informer et de la convoquer à compter de 2027.",
		"Le maire transmet le dossier à la région.",
	}
	runAmendments(t, []amCase{
		{"de les: refused", A, "À l'alinéa 1, substituer aux mots : « l'économie » les mots : « les finances ».", nil},
		{"à le: refused", A, "À l'alinéa 1, substituer aux mots : « la commune » les mots : « le département ».", nil},
		{"à les: refused", A, "À l'alinéa 4, substituer aux mots : « la région » les mots : « les services de l'État ».", nil},
		{"de le, a word for words: refused", A, "À l'alinéa 1, substituer au mot : « l'économie » les mots : « le budget ».", nil},
		{"de le then a date: refused", A, "À l'alinéa 3, substituer à l'année : « 2027 » les mots : « le 1er janvier 2028 ».", nil},
		{"inserted before: refused", A, "À l'alinéa 1, avant les mots : « la commune », insérer les mots : « les services de l'État et ».", nil},
		{"the Sénat's: refused", A, "Alinéa 1\n\nRemplacer les mots :\n\nl'économie\n\npar les mots :\n\nles finances", nil},
		{"contracted with the words", A, "À l'alinéa 1, substituer aux mots : « de l'économie » les mots : « des finances ».", amp3Want(A, "Le ministre chargé des finances rend compte à la commune.", 2, 3, 4)},
		{"a pronoun before an infinitive", A, "À l'alinéa 2, substituer aux mots : « la saisir » les mots : « le saisir ».", amp3Want(A, 1, "Le préfet peut saisir le juge afin de le saisir.", 3, 4)},
		{"a pronoun before an infinitive in -re", A, "À l'alinéa 3, substituer aux mots : « l'informer » les mots : « les entendre ».", amp3Want(A, 1, 2, "Il est tenu de les entendre et de la convoquer à compter de 2027.", 4)},
		{"a pronoun before en", A, "À l'alinéa 3, substituer aux mots : « l'informer » les mots : « les en informer ».", amp3Want(A, 1, 2, "Il est tenu de les en informer et de la convoquer à compter de 2027.", 4)},
		{"a capital", A, "À l'alinéa 1, substituer aux mots : « l'économie » les mots : « Les Échos ».", amp3Want(A, "Le ministre chargé de Les Échos rend compte à la commune.", 2, 3, 4)},
		{"le after another word", A, "À l'alinéa 2, substituer aux mots : « le juge » les mots : « le tribunal ».", amp3Want(A, 1, "Le préfet peut saisir le tribunal afin de la saisir.", 3, 4)},
		{"la after de", A, "À l'alinéa 1, substituer aux mots : « l'économie » les mots : « la santé ».", amp3Want(A, "Le ministre chargé de la santé rend compte à la commune.", 2, 3, 4)},
	})
	runGrammar(t, []grammarCase{
		{name: "a bill's: refused", before: []string{"Le ministre chargé de l'économie statue."}, text: []string{"À l'article L. 1 du code civil, les mots : « l'économie » sont remplacés par les mots : « les finances »."}},
		{name: "a bill's, contracted with the words", before: []string{"Le ministre chargé de l'économie statue."}, text: []string{"À l'article L. 1 du code civil, les mots : « de l'économie » sont remplacés par les mots : « des finances »."}, want: []string{"Le ministre chargé des finances statue."}},
	})
}

// TestAmLeft2JoinedPlaceAnchor: an instruction joined by "et" (", puis")
// with a place and an anchor of its own before its verb ("… et, à la
// dernière phrase, après le mot : « A », insérer …") is the sentence it
// names of the alinéa the first names (it stands for the first's one
// sentence), or its own alinéa when it names one (it was refused: a
// place then an anchor was not read as a joined instruction's). Its
// anchor outside that sentence, or a first place naming two sentences,
// are refused.
func TestAmLeft2JoinedPlaceAnchor(t *testing.T) {
	A := amL2A
	sub := "À la première phrase de l'alinéa 4, substituer au mot : « Parlement » le mot : « Sénat »"
	a4 := "Le ministre chargé de l'économie rend compte au Sénat. Il publie un rapport. Le rapport est transmis sans délai à la commune."
	runAmendments(t, []amCase{
		{"the last sentence of the same alinéa", A, sub + " et, à la dernière phrase, après le mot : « transmis », insérer les mots : « sans délai ».", amp3Want(A, 1, 2, 3, a4, 5)},
		{"puis", A, sub + ", puis, à la dernière phrase, après le mot : « transmis », insérer les mots : « sans délai ».", amp3Want(A, 1, 2, 3, a4, 5)},
		{"the alinéa then the sentence, each an anchor", A, "À l'alinéa 4, à la première phrase, après le mot : « compte », insérer les mots : « chaque année » et, à la dernière phrase, avant les mots : « à la commune », insérer les mots : « sans délai ».", amp3Want(A, 1, 2, 3, "Le ministre chargé de l'économie rend compte chaque année au Parlement. Il publie un rapport. Le rapport est transmis sans délai à la commune.", 5)},
		{"an alinéa of its own", A, sub + " et, à l'alinéa 2, après le mot : « notifiée », insérer les mots : « sans délai ».", amp3Want(A, 1, "La décision est notifiée sans délai aux parties par lettre recommandée.", 3, "Le ministre chargé de l'économie rend compte au Sénat. Il publie un rapport. Le rapport est transmis à la commune.", 5)},
		{"the anchor not in that sentence: refused", A, sub + " et, à la deuxième phrase, après le mot : « transmis », insérer les mots : « sans délai ».", nil},
		{"after a place of two sentences: refused", A, "Aux deuxième et troisième phrases de l'alinéa 4, substituer au mot : « rapport » le mot : « bilan » et, à la dernière phrase, après le mot : « transmis », insérer les mots : « sans délai ».", nil},
	})
}

// TestAmLeft2ThisAlineaLater: "cet alinéa" in a later instruction that
// names no alinéa of its own ("I. – À l'alinéa 2, substituer … II. – En
// conséquence, compléter cet alinéa par …") is the one alinéa the
// instruction before named (it was refused). Refused: that instruction
// named several alinéas, or added alinéas (the new one or the one
// named?), or deleted the alinéa; "cet alinéa" with nothing before.
func TestAmLeft2ThisAlineaLater(t *testing.T) {
	A := amL2A
	sub := "I. – À l'alinéa 2, substituer au mot : « recommandée » le mot : « simple ».\n\nII. – En conséquence, "
	runAmendments(t, []amCase{
		{"completed", A, sub + "compléter cet alinéa par une phrase ainsi rédigée : « Elle est motivée. »", amp3Want(A, 1, "La décision est notifiée aux parties par lettre simple. Elle est motivée.", 3, 4, 5)},
		{"words of it", A, sub + "à cet alinéa, substituer au mot : « parties » le mot : « intéressés ».", amp3Want(A, 1, "La décision est notifiée aux intéressés par lettre simple.", 3, 4, 5)},
		{"a sentence of it", A, "I. – À l'alinéa 3, substituer au mot : « tribunal » le mot : « juge ».\n\nII. – En conséquence, supprimer la dernière phrase de cet alinéa.", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif.", 4, 5)},
		{"after an insertion of words", A, "I. – À l'alinéa 2, après le mot : « notifiée », insérer les mots : « sans délai ».\n\nII. – Compléter cet alinéa par les mots : « ou par voie électronique ».", amp3Want(A, 1, "La décision est notifiée sans délai aux parties par lettre recommandée ou par voie électronique.", 3, 4, 5)},
		{"after two alinéas named: refused", A, "I. – Aux alinéas 2 et 3, substituer au mot : « parties » le mot : « intéressés ».\n\nII. – En conséquence, compléter cet alinéa par les mots : « sans délai ».", nil},
		{"after two instructions on two alinéas: refused", A, "I. – À l'alinéa 2, substituer au mot : « recommandée » le mot : « simple » et, à l'alinéa 3, substituer au mot : « tribunal » le mot : « juge ».\n\nII. – En conséquence, compléter cet alinéa par les mots : « sans délai ».", nil},
		{"after alinéas inserted: refused", A, "I. – Après l'alinéa 2, insérer un alinéa ainsi rédigé : « Elle est motivée. »\n\nII. – En conséquence, compléter cet alinéa par les mots : « et publiée ».", nil},
		{"after the alinéa deleted: refused", A, "I. – Supprimer l'alinéa 2.\n\nII. – En conséquence, compléter cet alinéa par les mots : « sans délai ».", nil},
		{"nothing before: refused", A, "Compléter cet alinéa par les mots : « sans délai ».", nil},
	})
}
