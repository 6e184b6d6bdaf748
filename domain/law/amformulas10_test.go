package law

import "testing"

// TestGrammarAmendmentQuotedArticle: amendments to the lines of an
// article a bill article quotes: the quotation stays whole.
func TestGrammarAmendmentQuotedArticle(t *testing.T) {
	bill := []string{"I. – L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe. »", "II. – Le code rural est ainsi modifié."}
	runAmendments(t, []amCase{
		{"Sénat: a word of a quoted article's first line", bill, "Alinéa 2\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\npréfet", []string{bill[0], "« Art. L. 1. – Le préfet agit.", bill[2], bill[3]}},
		{"a word of the quotation's last line", bill, "À l'alinéa 3, substituer au mot : « signe » le mot : « date ».", []string{bill[0], bill[1], "« Il date. »", bill[3]}},
		{"words completing the quotation's last line go inside it", bill, "Compléter l'alinéa 3 par les mots : « et date »", []string{bill[0], bill[1], "« Il signe et date. »", bill[3]}},
		{"a line inserted after the quotation's last: the quotation goes on", bill, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« Il lit. »", []string{bill[0], bill[1], "« Il signe.", "« Il lit. »", bill[3]}},
		{"the quotation's last line deleted: the line before closes it", bill, "Supprimer l'alinéa 3.", []string{bill[0], "« Art. L. 1. – Le maire agit. »", bill[3]}},
	})
}
