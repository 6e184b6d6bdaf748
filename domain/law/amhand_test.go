package law

import "testing"

// TestAnchorOfDeletion: an amendment deleting words bounded by an anchor
// written between the verb and the words ("supprimer, après le mot :
// « A », les mots : « B »") or after the words ("supprimer les mots :
// « B » après le mot : « A »") deletes B alone, the first B after A (the
// last before it with "avant"), as "Après le mot : « A », supprimer les
// mots : « B »" does: the anchor's words were deleted too ("Le juge du
// bailleur"). "remplacer, après le mot : « A », les mots : « B » par …"
// replaces B (it was refused). Whatever the locator's form: "À l'alinéa
// 2, …", "Alinéa 2 : …", "Supprimer, à l'alinéa 2, après …", the Sénat's
// lines.
func TestAnchorOfDeletion(t *testing.T) {
	A := []string{"Le maire signe le bail.", "Le juge vise le bail du bailleur."}
	del := []string{A[0], "Le juge vise du bailleur."}
	runAmendments(t, []amCase{
		{"anchor between commas", A, "À l'alinéa 2, supprimer, après le mot : « vise », les mots : « le bail ».", del},
		{"anchor after the words", A, "À l'alinéa 2, supprimer les mots : « le bail » après le mot : « vise ».", del},
		{"avant", A, "À l'alinéa 2, supprimer, avant le mot : « du », les mots : « le bail ».", del},
		{"an occurrence of the anchor", A, "À l'alinéa 2, supprimer, après la première occurrence du mot : « le », le mot : « bail ».", []string{A[0], "Le juge vise le du bailleur."}},
		{"anchor after, one word", A, "À l'alinéa 2, supprimer le mot : « bail » après le mot : « le ».", []string{A[0], "Le juge vise le du bailleur."}},
		{"Alinéa 2 :", A, "Alinéa 2 : supprimer, après le mot : « vise », les mots : « le bail ».", del},
		{"Alinéa 2 :, anchor after", A, "Alinéa 2 : supprimer les mots : « le bail » après le mot : « vise ».", del},
		{"the locator after the verb", A, "Supprimer, à l'alinéa 2, après le mot : « vise », les mots : « le bail ».", del},
		{"no commas", A, "Alinéa 2, supprimer après le mot : « vise » les mots : « le bail ».", del},
		{"the Sénat's lines", A, "Alinéa 2\nSupprimer, après le mot :\nvise\nles mots :\nle bail", del},
		{"no place: where the anchor is", A, "Supprimer, après le mot : « vise », les mots : « le bail ».", del},
		{"replaced", A, "À l'alinéa 2, remplacer, après le mot : « vise », les mots : « le bail » par les mots : « la note ».", []string{A[0], "Le juge vise la note du bailleur."}},
		{"B not after A: refused", A, "À l'alinéa 2, supprimer, après le mot : « bailleur », les mots : « le bail ».", nil},
	})
}

// TestVerbFirstBarePlace: an amendment whose verb comes first and its
// alinéa or sentence after it without commas, before the words
// ("Supprimer à l'alinéa 2 les mots : « A »", "Remplacer à la première
// phrase de l'alinéa 3 le mot : …") edits that place alone, as "À
// l'alinéa 2, supprimer …" does: the place was dropped and every alinéa
// edited.
func TestVerbFirstBarePlace(t *testing.T) {
	A := []string{"Le maire signe le bail.", "Le juge vise le bail du bailleur.", "Le préfet date l'acte. Il le signe."}
	runAmendments(t, []amCase{
		{"supprimer à l'alinéa 2", A, "Supprimer à l'alinéa 2 les mots : « le bail ».", []string{A[0], "Le juge vise du bailleur.", A[2]}},
		{"dans l'alinéa 2", A, "Supprimer dans l'alinéa 2 les mots : « le bail ».", []string{A[0], "Le juge vise du bailleur.", A[2]}},
		{"remplacer", A, "Remplacer à l'alinéa 2 les mots : « le bail » par les mots : « la note ».", []string{A[0], "Le juge vise la note du bailleur.", A[2]}},
		{"substituer, the new words first", A, "Substituer à l'alinéa 2 les mots : « la note » aux mots : « le bail ».", []string{A[0], "Le juge vise la note du bailleur.", A[2]}},
		{"substituer", A, "Substituer à l'alinéa 2 aux mots : « le bail » les mots : « la note ».", []string{A[0], "Le juge vise la note du bailleur.", A[2]}},
		{"a sentence", A, "Supprimer à la seconde phrase de l'alinéa 3 le mot : « le ».", []string{A[0], A[1], "Le préfet date l'acte. Il signe."}},
		{"two alinéas", A, "Remplacer aux alinéas 1 et 2 le mot : « bail » par le mot : « contrat ».", []string{"Le maire signe le contrat.", "Le juge vise le contrat du bailleur.", A[2]}},
		{"au début", A, "Insérer au début de l'alinéa 2 les mots : « En outre, ».", []string{A[0], "En outre, le juge vise le bail du bailleur.", A[2]}},
	})
}

// TestBetweenTwoAlineas: "Entre les alinéas 2 et 3, insérer …" (also
// "Entre l'alinéa 2 et l'alinéa 3") inserts before the second, as bills'
// "Entre le deuxième et le troisième alinéa" do (it was refused); two
// alinéas that do not follow each other stay refused.
func TestBetweenTwoAlineas(t *testing.T) {
	A := []string{"A1.", "A2.", "A3.", "A4."}
	want := []string{"A1.", "A2.", "N1.", "A3.", "A4."}
	runAmendments(t, []amCase{
		{"les alinéas 2 et 3", A, "Entre les alinéas 2 et 3, insérer l'alinéa suivant :\n« N1. »", want},
		{"l'alinéa 2 et l'alinéa 3", A, "Entre l'alinéa 2 et l'alinéa 3, insérer un alinéa ainsi rédigé :\n« N1. »", want},
		{"not next to each other: refused", A, "Entre les alinéas 2 et 4, insérer l'alinéa suivant :\n« N1. »", nil},
	})
}

// TestLetterItemInItsLocator: a letter item named without its
// parenthesis as the verb's object, its item in the locator ("Au 1°,
// supprimer le b"), is the 1°'s b, as "Supprimer le b du 1°" and "Au
// 1°, supprimer le b)" are: the b was dropped and the whole 1° deleted.
func TestLetterItemInItsLocator(t *testing.T) {
	A := []string{"I. – Le juge statue :", "1° Sur le bail ;", "a) Le loyer ;", "b) Les charges ;", "2° Sur la vente."}
	runAmendments(t, []amCase{
		{"supprimer le b", A, "Au 1°, supprimer le b.", []string{A[0], A[1], A[2], "b) (Supprimé)", A[4]}},
		{"supprimer le a, two levels", A, "Au 1° du I, supprimer le a.", []string{A[0], A[1], "a) (Supprimé)", A[3], A[4]}},
		{"rédiger ainsi le b", A, "Au 1°, rédiger ainsi le b :\n« b) Les taxes ; »", []string{A[0], A[1], A[2], "b) Les taxes ;", A[4]}},
		{"a b the 2° does not hold: refused", A, "Au 2°, supprimer le b.", nil},
	})
}

// TestThisAlineaUnnamed: "cet alinéa" with no alinéa named before
// ("Supprimer la dernière phrase de cet alinéa." alone) is refused, as
// "Supprimer cet alinéa." is: the article's last sentence was deleted, as
// if "de cet alinéa" were not said. After its alinéa's line it is read.
func TestThisAlineaUnnamed(t *testing.T) {
	A := []string{"Le juge vise. Il signe.", "Le préfet date. Il publie."}
	runAmendments(t, []amCase{
		{"no alinéa named: refused", A, "Supprimer la dernière phrase de cet alinéa.", nil},
		{"after its alinéa's line", A, "Alinéa 1\nSupprimer la dernière phrase de cet alinéa.", []string{"Le juge vise.", A[1]}},
	})
}
