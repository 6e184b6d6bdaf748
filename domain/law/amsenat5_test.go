package law

import "testing"

// TestAmendmentRomanPartBis: a part numbered with a Latin ordinal ("Au I
// bis, …", "Supprimer le I bis", "Rédiger ainsi le I bis :", "Après le I
// bis, insérer …", "les I bis et II") is that part, never the I (the bis
// was dropped: the I was edited, deleted or rewritten).
func TestAmendmentRomanPartBis(t *testing.T) {
	al := []string{"I. – Le maire agit.", "I bis. – Le maire signe.", "II. – Le juge statue."}
	runAmendments(t, []amCase{
		{"au I bis", al, "Au I bis, remplacer le mot : « maire » par le mot : « préfet ».", []string{al[0], "I bis. – Le préfet signe.", al[2]}},
		{"supprimer le I bis", al, "Supprimer le I bis.", []string{al[0], "I bis. – (Supprimé)", al[2]}},
		{"rédiger ainsi le I bis", al, "Rédiger ainsi le I bis :\n« I bis. – Le juge lit. »", []string{al[0], "I bis. – Le juge lit.", al[2]}},
		{"après le I bis", al, "Après le I bis, insérer un I ter ainsi rédigé :\n« I ter. – Le juge lit. »", []string{al[0], al[1], "I ter. – Le juge lit.", al[2]}},
		{"à la fin du I bis", al, "À la fin du I bis, remplacer le mot : « signe » par le mot : « date ».", []string{al[0], "I bis. – Le maire date.", al[2]}},
		{"les I bis et II", al, "Aux I bis et II, remplacer le mot : « Le » par le mot : « Un ».", []string{al[0], "I bis. – Un maire signe.", "II. – Un juge statue."}},
	})
}
