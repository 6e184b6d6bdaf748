package law

import "testing"

// TestAm6StartEndWithoutDivision: "la fin" and "le début" named without
// their division, the place said before ("À l'alinéa 1, rédiger ainsi le
// début : « Le préfet signe … »", "…, après le mot : « A », rédiger
// ainsi la fin : « … »", the Sénat's "Alinéa 1" / "Après le mot :" / …
// / "rédiger ainsi la fin :") are that alinéa's beginning or end — the
// whole alinéa was rewritten as the new beginning ("Le préfet signe
// …"), or as the new end; without the words that bound it, the end
// stays refused.
func TestAm6StartEndWithoutDivision(t *testing.T) {
	A := []string{"Le maire signe le contrat de vente et le juge le lit.", "Le juge tranche le litige."}
	runAmendments(t, []amCase{
		{"le début, the rest unchanged", A, "À l'alinéa 1, rédiger ainsi le début : « Le préfet signe … (le reste sans changement). »", []string{"Le préfet signe le contrat de vente et le juge le lit.", A[1]}},
		{"le début with …", A, "À l'alinéa 1, rédiger ainsi le début : « Le préfet signe le contrat … »", []string{"Le préfet signe le contrat de vente et le juge le lit.", A[1]}},
		{"la fin after a word", A, "À l'alinéa 1, après le mot : « vente », rédiger ainsi la fin : « et le préfet le vise. »", []string{"Le maire signe le contrat de vente et le préfet le vise.", A[1]}},
		{"la fin deleted after a word", A, "À l'alinéa 1, après le mot : « vente », supprimer la fin.", []string{"Le maire signe le contrat de vente.", A[1]}},
		{"Sénat: la fin after a word", A, "Alinéa 1\n\nAprès le mot :\n\nvente\n\nrédiger ainsi la fin :\n\net le préfet le vise.", []string{"Le maire signe le contrat de vente et le préfet le vise.", A[1]}},
		{"la fin without its bound: refused", A, "À l'alinéa 1, rédiger ainsi la fin : « et le préfet le vise. »", nil},
	})
}

// TestAm6BetweenIntroAndText: new alinéas put between a line of the bill
// that introduces quoted text and that text ("Après l'alinéa 1, insérer
// l'alinéa suivant" where the alinéa 1 is "I. – L'article L. 1 est ainsi
// rédigé :", "Avant l'alinéa 2" where the 2 is the quotation's first
// line) are the quoted text's first line or the bill's: not said,
// refused (it went in unquoted, the text cut off from the words that
// announce it). Inside the quotation, after its first line, read.
func TestAm6BetweenIntroAndText(t *testing.T) {
	A := []string{"I. – L'article L. 1 est complété par deux alinéas ainsi rédigés :", "« Le maire signe.", "« Le juge tranche. »", "II. – Le décret est abrogé."}
	B := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire signe. »", "II. – Le décret est abrogé."}
	runAmendments(t, []amCase{
		{"after the introducing line: refused", A, "Après l'alinéa 1, insérer l'alinéa suivant :\n\n« Le préfet vise. »", nil},
		{"before the quotation's first line: refused", A, "Avant l'alinéa 2, insérer l'alinéa suivant :\n\n« Le préfet vise. »", nil},
		{"before a quoted article: refused", B, "Après l'alinéa 1, insérer l'alinéa suivant :\n\n« Le juge statue. »", nil},
		{"inside the quotation", A, "Après l'alinéa 2, insérer l'alinéa suivant :\n\n« Le préfet vise. »", []string{A[0], A[1], "« Le préfet vise.", A[2], A[3]}},
		{"after the quotation", B, "Après l'alinéa 2, insérer l'alinéa suivant :\n\n« I bis. – Le juge statue. »", []string{B[0], B[1], "I bis. – Le juge statue.", B[2]}},
	})
}

// TestAm6PayloadDeletedWhole: the whole quoted text an alinéa of the bill
// introduces deleted, the alinéa left ("Supprimer les alinéas 2 et 3"
// after "… complété par deux alinéas ainsi rédigés :", the Sénat's
// "Alinéa 2" / "Supprimer cet alinéa" under "… par un alinéa ainsi rédigé
// :"): the announcement would stand alone — refused (it was left). A part
// of the text, or the introduction with it, is read.
func TestAm6PayloadDeletedWhole(t *testing.T) {
	A := []string{"I. – L'article L. 1 est complété par deux alinéas ainsi rédigés :", "« Le maire signe.", "« Le juge tranche. »", "II. – Le décret est abrogé."}
	runAmendments(t, []amCase{
		{"the whole text: refused", A, "Supprimer les alinéas 2 et 3.", nil},
		{"Sénat: its only alinéa: refused", []string{"I. – L'article L. 1 est complété par un alinéa ainsi rédigé :", "« Le maire signe. »", A[3]}, "Alinéa 2\n\nSupprimer cet alinéa.", nil},
		{"a part of it", A, "Supprimer l'alinéa 3.", []string{A[0], "« Le maire signe. »", A[3]}},
		{"with its introduction", A, "Supprimer les alinéas 1 à 3.", []string{"I. – (Supprimé)", A[3]}},
	})
}

// TestAm6PayloadCut: a deletion of numbered alinéas that takes a line
// introducing text and only a part of that text ("Supprimer les alinéas
// 2 à 4" where the 2 announces three quoted alinéas, 3 to 5; the 1° "…
// ainsi modifié :" and its a) but not its b)) leaves the rest alone:
// refused (it was left, "« Le préfet vise. »" after "II. – (Supprimé)").
// The line with all its text, or a part of the text alone, is read.
func TestAm6PayloadCut(t *testing.T) {
	A := []string{"I. – Le décret est abrogé.", "II. – L'article L. 1 est complété par trois alinéas ainsi rédigés :", "« Le maire signe.", "« Le juge tranche.", "« Le préfet vise. »", "III. – La loi est abrogée."}
	B := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le mot : « A » est supprimé ;", "b) Le mot : « B » est supprimé ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"the introduction and a part of its text: refused", A, "Supprimer les alinéas 2 à 4.", nil},
		{"an item's first line and its a): refused", B, "Supprimer les alinéas 2 et 3.", nil},
		{"the introduction, its text with it", A, "Supprimer l'alinéa 2.", []string{A[0], "II. – (Supprimé)", A[5]}},
		{"a part of the text alone", A, "Supprimer les alinéas 3 et 4.", []string{A[0], A[1], "« Le préfet vise. »", A[5]}},
	})
}
