package law

import "testing"

// TestGrammarAmendmentCountedAlineas: alinéas counted from the start or
// the end of the article or of a part ("les deux derniers alinéas du I");
// a part named in the locator and a rank in the object ("Au II, supprimer
// le second alinéa") is the rank in that part.
func TestGrammarAmendmentCountedAlineas(t *testing.T) {
	bill := []string{"I. - A.", "B.", "C.", "II. - D.", "E."}
	runAmendments(t, []amCase{
		{"Supprimer les deux derniers alinéas", bill, "Supprimer les deux derniers alinéas.", []string{"I. - A.", "B.", "C.", "II. - (Supprimé)"}},
		{"Supprimer le dernier alinéa", bill, "Supprimer le dernier alinéa.", []string{"I. - A.", "B.", "C.", "II. - D."}},
		{"Supprimer les deux premiers alinéas du II", bill, "Supprimer les deux premiers alinéas du II.", []string{"I. - A.", "B.", "C.", "II. - (Supprimé)"}},
		{"Supprimer les deux premiers alinéas du I", bill, "Supprimer les deux premiers alinéas du I.", []string{"I. - (Supprimé)", "C.", "II. - D.", "E."}},
		{"Supprimer le second alinéa du II", bill, "Supprimer le second alinéa du II.", []string{"I. - A.", "B.", "C.", "II. - D."}},
		{"Rédiger ainsi les deux derniers alinéas", bill, "Rédiger ainsi les deux derniers alinéas :\n\n« II. - X. »", []string{"I. - A.", "B.", "C.", "II. - X."}},
		{"Supprimer les alinéas 2 à 4", bill, "Supprimer les alinéas 2 à 4.", []string{"I. - A.", "E."}},
		{"Supprimer le II", bill, "Supprimer le II.", []string{"I. - A.", "B.", "C.", "II. - (Supprimé)"}},
		{"Au II, supprimer le second alinéa: the II's", bill, "Au II, supprimer le second alinéa.", []string{"I. - A.", "B.", "C.", "II. - D."}},
		{"Supprimer les deux derniers alinéas du I", bill, "Supprimer les deux derniers alinéas du I.", []string{"I. - A.", "II. - D.", "E."}},
		{"alinéas named in a form not read: refused", bill, "Supprimer les alinéas suivants.", nil},
	})
}
