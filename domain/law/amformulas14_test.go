package law

import "testing"

// TestGrammarAmendmentSenatNamedQuotes: the Sénat's unquoted layout with
// references, amounts and years, and the Assemblée's parts joined by "En
// conséquence".
func TestGrammarAmendmentSenatNamedQuotes(t *testing.T) {
	bill := []string{"I. - Selon l'article L. 2, l'amende est de 100 € au plus.", "Elle est doublée en 2025.", "II. - Le conseil se réunit."}
	runAmendments(t, []amCase{
		{"Sénat: remplacer la référence", bill, "Alinéa 1\n\nRemplacer la référence :\n\nL. 2\n\npar la référence :\n\nL. 3", []string{"I. - Selon l'article L. 3, l'amende est de 100 € au plus.", bill[1], bill[2]}},
		{"Sénat: remplacer le montant", bill, "Alinéa 1\n\nRemplacer le montant :\n\n100 €\n\npar le montant :\n\n200 €", []string{"I. - Selon l'article L. 2, l'amende est de 200 € au plus.", bill[1], bill[2]}},
		{"Sénat: après la référence, insérer les mots", bill, "Alinéa 1\n\nAprès la référence :\n\nL. 2\n\ninsérer les mots :\n\net L. 3", []string{"I. - Selon l'article L. 2 et L. 3, l'amende est de 100 € au plus.", bill[1], bill[2]}},
		{"Sénat: remplacer l'année", bill, "Alinéa 2\n\nRemplacer l'année :\n\n2025\n\npar l'année :\n\n2026", []string{bill[0], "Elle est doublée en 2026.", bill[2]}},
		{"AN: I. – … II. – in one amendment, second part 'En conséquence, …'", bill, "I. – À l'alinéa 1, substituer au montant : « 100 € » le montant : « 150 € ».\n\nII. – En conséquence, à l'alinéa 2, substituer à l'année : « 2025 » l'année : « 2026 ».", []string{"I. - Selon l'article L. 2, l'amende est de 150 € au plus.", "Elle est doublée en 2026.", bill[2]}},
		{"Sénat: rédiger ainsi l'alinéa, unquoted", bill, "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\nElle est triplée en 2026.", []string{bill[0], "Elle est triplée en 2026.", bill[2]}},
		{"Sénat: compléter l'alinéa par une phrase, unquoted", bill, "Alinéa 2\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nElle est affichée.", []string{bill[0], "Elle est doublée en 2025. Elle est affichée.", bill[2]}},
	})
}
