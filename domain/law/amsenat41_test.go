package law

import "testing"

// TestAm4SubAmendmentHeaderAlone: the Sénat names the amendment a
// sub-amendment edits alone on the first line, its locator on the next
// ("Amendement 78 rect bis" / "Alinéa 3" / "Compléter cet alinéa …"):
// the sub-amendment edits amendment 78, as "Amendement n° 78 rectifié,
// alinéa 3" does (the header was taken for the instruction's head, the
// locator lost, and the article's last alinéa completed).
func TestAm4SubAmendmentHeaderAlone(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "78", Text: "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n« B est signé. »"}
	sub := Dispositif{Number: "185", Text: "Amendement 78 rect bis\n\nAlinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl est remis."}
	wantSubAmendment(t, a, parent, sub, []string{"A est écrit.", "B est signé. Il est remis."})
}

// TestAm4DemonstrativeWithoutAntecedent: "cet alinéa", "cette phrase"
// with no alinéa or sentence named before them — "Compléter cet alinéa
// par …", "Dans cet alinéa, supprimer …", "Au début de cet alinéa, …" —
// say which one nowhere: refused, as "Supprimer cet alinéa." is (the
// whole article was edited, or its last alinéa completed). Under a
// locator line, or after "À l'alinéa 2,", they are that alinéa; in a
// part after one whose edits were all in one alinéa, that alinéa.
func TestAm4DemonstrativeWithoutAntecedent(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat.", "Il date le contrat."}
	runAmendments(t, []amCase{
		{"compléter cet alinéa", A, "Compléter cet alinéa par les mots : « de vente ».", nil},
		{"dans cet alinéa", A, "Dans cet alinéa, supprimer le mot : « le ».", nil},
		{"au début de cet alinéa", A, "Au début de cet alinéa, insérer les mots : « Puis, ».", nil},
		{"à la fin de cet alinéa", A, "À la fin de cet alinéa, insérer les mots : « de vente ».", nil},
		{"compléter cette phrase", A, "Compléter cette phrase par les mots : « de vente ».", nil},
		{"a part after another's locator: that alinéa (TestAmLeft2ThisAlineaLater)", A, "I. – À l'alinéa 2, substituer au mot : « contrat » le mot : « bail ».\nII. – Compléter cet alinéa par les mots : « de vente ».", []string{A[0], "Il signe le bail de vente.", A[2]}},
		{"under a locator line", A, "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\nde vente", []string{A[0], "Il signe le contrat de vente.", A[2]}},
		{"after its locator", A, "À l'alinéa 2, compléter cet alinéa par les mots : « de vente ».", []string{A[0], "Il signe le contrat de vente.", A[2]}},
	})
}

// TestAm4SenatWordsCountOnTheirLine: the Sénat's unquoted words with
// their rank or count in parentheses on the same line — "contrat
// (deuxième occurrence)", "contrat (deux fois)", "le contrat (deux
// occurrences)" — are the words, ranked or counted (the parenthesis was
// read as part of the words, not found: refused); on its own line the
// rank is read as well.
func TestAm4SenatWordsCountOnTheirLine(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat et le contrat."}
	runAmendments(t, []amCase{
		{"the anchor's rank", A, "Alinéa 2\n\nAprès le mot :\n\ncontrat (deuxième occurrence)\n\ninsérer les mots :\n\nde bail", []string{A[0], "Il signe le contrat et le contrat de bail."}},
		{"the rank on its own line", A, "Alinéa 2\n\nAprès le mot :\n\ncontrat\n\n(deuxième occurrence)\n\ninsérer les mots :\n\nde bail", []string{A[0], "Il signe le contrat et le contrat de bail."}},
		{"the words replaced", A, "Alinéa 2\n\nRemplacer le mot :\n\ncontrat (seconde occurrence)\n\npar le mot :\n\nbail", []string{A[0], "Il signe le contrat et le bail."}},
		{"a count", A, "Alinéa 2\n\nRemplacer le mot :\n\ncontrat (deux fois)\n\npar le mot :\n\nbail", []string{A[0], "Il signe le bail et le bail."}},
		{"a count that is not the text's: refused", A, "Alinéa 2\n\nRemplacer le mot :\n\ncontrat (trois fois)\n\npar le mot :\n\nbail", nil},
	})
}

// TestAm4LocatorEndsAnnouncedText: a locator line — "Alinéa 4", "II. –
// Alinéa 3" — ends the new text a head announces even before the count
// it announced is reached (the author's "par trois alinéas" over two
// lines: the locator was taken for a third alinéa of new text, and the
// next instruction applied to the wrong alinéa). Three announced and two
// given is then refused (am-left3, TestAmLeft3AnnouncedAlineas: the
// count contradicted; they were read as two).
func TestAm4LocatorEndsAnnouncedText(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat.", "Il date le contrat.", "Il remet le contrat."}
	runAmendments(t, []amCase{
		{"a part and its locator", A, "I. – Alinéa 2\n\nRemplacer cet alinéa par trois alinéas ainsi rédigés :\n\nIl signe.\n\nIl relit.\n\nII. – Alinéa 3\n\nSupprimer cet alinéa.", nil},
		{"a locator line", A, "Alinéa 2\n\nRemplacer cet alinéa par trois alinéas ainsi rédigés :\n\nIl signe.\n\nIl relit.\n\nAlinéa 4\n\nSupprimer cet alinéa.", nil},
		{"the count reached", A, "Alinéa 2\n\nRemplacer cet alinéa par deux alinéas ainsi rédigés :\n\nIl signe.\n\nIl relit.\n\nAlinéa 4\n\nSupprimer cet alinéa.", []string{A[0], "Il signe.", "Il relit.", A[2]}},
	})
}
