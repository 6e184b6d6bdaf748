package law

import "testing"

// TestGrammarAmendmentBillParts: amendments on a bill's numbered parts
// ("paragraphes"): added, deleted (the bill keeps "II. – (Supprimé)", as
// the chambers' texts print it), edited and rewritten.
func TestGrammarAmendmentBillParts(t *testing.T) {
	bill := []string{"I. - Le maire agit.", "II. - Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"après l'alinéa 1, insérer un paragraphe ainsi rédigé", bill, "Après l'alinéa 1, insérer un paragraphe ainsi rédigé : « I bis. - Le juge tranche. »", []string{bill[0], "I bis. - Le juge tranche.", bill[1]}},
		{"compléter cet article par un paragraphe ainsi rédigé", bill, "Compléter cet article par un paragraphe ainsi rédigé : « III. - Le juge tranche. »", []string{bill[0], bill[1], "III. - Le juge tranche."}},
		{"supprimer le II: the bill keeps its number, « (Supprimé) »", bill, "Supprimer le II.", []string{bill[0], "II. - (Supprimé)"}},
		{"au II, remplacer", bill, "Au II, remplacer le mot : « préfet » par le mot : « juge ».", []string{bill[0], "II. - Le juge contrôle."}},
		{"rédiger ainsi le II", bill, "Rédiger ainsi le II : « II. - Le juge contrôle. »", []string{bill[0], "II. - Le juge contrôle."}},
	})
}
