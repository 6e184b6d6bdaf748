package law

import "testing"

// TestAm8EndOverAlineas: an alinéa's new end over several alinéas ("Après
// le mot : « signe », rédiger ainsi la fin de cet alinéa :" / "« la note :"
// / "« - le code ;" / "« - le livre. »", the Sénat's lines, "remplacer la
// fin de l'alinéa 2 par deux alinéas …") ends the alinéa with its first
// line, the others new alinéas after it, as the quotation's alinéas say
// (they were joined into the alinéa, "la note : - le code ; - le
// livre."); inside a bill's quotation, the closing mark goes to the last.
// A sentence's end, or the ends of several alinéas, followed by new
// alinéas: where the rest goes is not said — refused.
func TestAm8EndOverAlineas(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note."}
	Q := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le conseil comprend des membres.", "« Il se réunit. » ;", "II. – Le préfet vise."}
	runAmendments(t, []amCase{
		{"quoted", A, "À l'alinéa 2, après le mot : « signe », rédiger ainsi la fin de cet alinéa :\n« la note :\n« - le code ;\n« - le livre. »", []string{A[0], "Le juge lit le livre. Il signe la note :", "- le code ;", "- le livre.", A[2]}},
		{"the Sénat's lines", A, "Alinéa 2\nAprès le mot :\nsigne\nrédiger ainsi la fin de cet alinéa :\nla note :\n- le code ;\n- le livre.", []string{A[0], "Le juge lit le livre. Il signe la note :", "- le code ;", "- le livre.", A[2]}},
		{"from the word", A, "Alinéa 2\nRédiger ainsi la fin de cet alinéa à partir du mot :\nsigne\nvise la note :\n- le code.", []string{A[0], "Le juge lit le livre. Il vise la note :", "- le code.", A[2]}},
		{"the end replaced by two alinéas", A, "Après le mot : « signe », remplacer la fin de l'alinéa 2 par deux alinéas ainsi rédigés :\n« la note :\n« - le code. »", []string{A[0], "Le juge lit le livre. Il signe la note :", "- le code.", A[2]}},
		{"in a bill's quotation", Q, "À l'alinéa 3, après le mot : « se », rédiger ainsi la fin de cet alinéa :\n« réunit :\n« - le lundi ;\n« - le mardi. »", []string{Q[0], Q[1], "« Il se réunit :", "« - le lundi ;", "« - le mardi. » ;", Q[3]}},
		{"one line", A, "À l'alinéa 2, après le mot : « signe », rédiger ainsi la fin de cet alinéa : « le code. »", []string{A[0], "Le juge lit le livre. Il signe le code.", A[2]}},
		{"a sentence's end: refused", A, "À l'alinéa 2, seconde phrase, après le mot : « signe », rédiger ainsi la fin de cette phrase :\n« la note :\n« - le code. »", nil},
		{"the ends of two alinéas: refused", A, "Aux alinéas 2 et 3, après le mot : « note », rédiger ainsi la fin de ces alinéas :\n« :\n« - le code. »", nil},
	})
}

// TestAm8ElisionLeftAlone: a word deleted after an elided word ("l'acte"
// with "supprimer le mot : « acte »": "l' et l' annexe") leaves the elided
// word before no word, and words inserted before a word after an elision
// that begin with a consonant ("avant le mot : « acte », insérer le mot :
// « bel »": "l'bel acte") break it: the law did not say what becomes of
// the elided word — refused, as a word replaced so is
// (TestGrammarBill5ElisionBroken). The elided word deleted with it, or new
// words beginning with a vowel, stay read.
func TestAm8ElisionLeftAlone(t *testing.T) {
	A := []string{"Le maire signe l'acte et l'acte annexe.", "Le juge lit le livre."}
	runAmendments(t, []amCase{
		{"a word deleted after l': refused", A, "À l'alinéa 1, supprimer le mot : « acte ».", nil},
		{"a consonant inserted after l': refused", A, "À l'alinéa 1, avant le mot : « acte », insérer le mot : « bel ».", nil},
		{"the elided word deleted with it", A, "À l'alinéa 1, supprimer les mots : « et l'acte annexe ».", []string{"Le maire signe l'acte.", A[1]}},
		{"a vowel inserted after l'", A, "À l'alinéa 1, avant le mot : « acte », insérer le mot : « ancien ».", []string{"Le maire signe l'ancien acte et l'ancien acte annexe.", A[1]}},
		{"inserted before the elided word", A, "À l'alinéa 1, avant les mots : « l'acte », insérer le mot : « tout ».", []string{"Le maire signe tout l'acte et tout l'acte annexe.", A[1]}},
		{"inserted after the word", A, "À l'alinéa 1, après le mot : « acte », insérer le mot : « public ».", []string{"Le maire signe l'acte public et l'acte public annexe.", A[1]}},
	})
}

// TestAm8SentencePeriodKept: words quoted with their sentence's period
// before the next sentence ("supprimer les mots : « le livre. »" on "Le
// juge lit le livre. Il signe.", the Sénat's unquoted "le livre." line,
// "substituer aux mots : « le livre. » les mots : « le code »") leave the
// period to end what is left, as at the alinéa's end (it gave "Le juge lit
// Il signe."). Words deleted across the sentences ("livre. Il") are
// deleted as said.
func TestAm8SentencePeriodKept(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"deleted", A, "À l'alinéa 2, supprimer les mots : « le livre. »", []string{A[0], "Le juge lit. Il signe la note.", A[2]}},
		{"the Sénat's line", A, "Alinéa 2\nSupprimer les mots :\nle livre.", []string{A[0], "Le juge lit. Il signe la note.", A[2]}},
		{"replaced, no period", A, "À l'alinéa 2, substituer aux mots : « le livre. » les mots : « le code »", []string{A[0], "Le juge lit le code. Il signe la note.", A[2]}},
		{"replaced, a period", A, "À l'alinéa 2, substituer aux mots : « le livre. » les mots : « le code. »", []string{A[0], "Le juge lit le code. Il signe la note.", A[2]}},
		{"at the alinéa's end", A, "À l'alinéa 2, supprimer les mots : « la note. »", []string{A[0], "Le juge lit le livre. Il signe.", A[2]}},
		{"across the sentences", A, "À l'alinéa 2, supprimer les mots : « le livre. Il signe »", []string{A[0], "Le juge lit la note.", A[2]}},
	})
}

// TestAm8ClauseMarkOnce: new words ending with the semicolon (colon) the
// text has after the words they replace or follow ("substituer aux mots :
// « l'acte » les mots : « le plan ; »" on "… l'acte ;", the Sénat's
// unquoted "le plan ;" line, "après le mot : « acte », insérer les mots :
// « et le plan ; »") put one mark (it gave "le plan ; ;"); new words
// ending with a mark before another of the text's (« le plan : » before
// ";", « la carte ; » before ".") say two ends: refused.
func TestAm8ClauseMarkOnce(t *testing.T) {
	A := []string{"Le maire signe l'acte et le plan.", "Le préfet vise la note et l'acte ;", "Le juge lit."}
	runAmendments(t, []amCase{
		{"replaced", A, "À l'alinéa 2, substituer aux mots : « l'acte » les mots : « le plan ; ».", []string{A[0], "Le préfet vise la note et le plan ;", A[2]}},
		{"the Sénat's line", A, "Alinéa 2\nRemplacer les mots :\nl'acte\npar les mots :\nle plan ;", []string{A[0], "Le préfet vise la note et le plan ;", A[2]}},
		{"inserted", A, "À l'alinéa 2, après le mot : « acte », insérer les mots : « et le plan ; ».", []string{A[0], "Le préfet vise la note et l'acte et le plan ;", A[2]}},
		{"quoted with the old words", A, "À l'alinéa 2, substituer aux mots : « l'acte ; » les mots : « le plan ; ».", []string{A[0], "Le préfet vise la note et le plan ;", A[2]}},
		{"a colon before the semicolon: refused", A, "À l'alinéa 2, substituer aux mots : « l'acte » les mots : « le plan : ».", nil},
		{"a semicolon before the period: refused", A, "À l'alinéa 1, substituer aux mots : « le plan » les mots : « la carte ; ».", nil},
		{"inserted before the period: refused", A, "À l'alinéa 1, après le mot : « plan », insérer les mots : « et la carte ; ».", nil},
	})
}

// TestAm8EndOverAlineasItemFirst: an alinéa's new end over several
// alinéas whose first line is an item ("Après le mot : « dont », rédiger
// ainsi la fin de cet alinéa :" / "« - trois élus ;" / "« - un juge. »")
// begins an alinéa of its own: how the alinéa before it ends (a colon?) is
// not said — refused (it was joined to the alinéa: "dont - trois élus
// ;"). Found on a Sénat amendment whose adopted text reads "dont :" then
// the items.
func TestAm8EndOverAlineasItemFirst(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le conseil comprend six membres, dont trois élus.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"dashes: refused", A, "À l'alinéa 2, après le mot : « dont », rédiger ainsi la fin de cet alinéa :\n« - trois élus ;\n« - un juge. »", nil},
		{"the Sénat's lines: refused", A, "Alinéa 2\nAprès le mot :\ndont\nrédiger ainsi la fin de cet alinéa :\n« - trois élus ;\n« -un juge.", nil},
		{"numbered items: refused", A, "À l'alinéa 2, après le mot : « dont », rédiger ainsi la fin de cet alinéa :\n« 1° Trois élus ;\n« 2° Un juge. »", nil},
		{"the colon on the first line", A, "À l'alinéa 2, après le mot : « dont », rédiger ainsi la fin de cet alinéa :\n« : \n« - trois élus ;\n« - un juge. »", []string{A[0], "Le conseil comprend six membres, dont :", "- trois élus ;", "- un juge.", A[2]}},
	})
}
