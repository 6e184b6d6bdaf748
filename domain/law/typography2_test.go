package law

import "testing"

// TestGrammarEnDashBill: a bill and a code printed with en dashes ("I. –
// "): parts found, and new ones written with the bill's own dash.
func TestGrammarEnDashBill(t *testing.T) {
	bill := []string{"I. – Le maire est élu.", "Il est rééligible.", "II. – Le conseil se réunit.", "III. – Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"a bill printed with en dashes: a deleted part keeps its dash", bill, "Supprimer l'alinéa 4.", []string{bill[0], bill[1], bill[2], "III. – (Supprimé)"}},
		{"au II", bill, "Au II, substituer au mot : « réunit » le mot : « rassemble ».", []string{bill[0], bill[1], "II. – Le conseil se rassemble.", bill[3]}},
		{"supprimer le II", bill, "Supprimer le II.", []string{bill[0], bill[1], "II. – (Supprimé)", bill[3]}},
		{"rédiger ainsi le II", bill, "Rédiger ainsi le II :\n\n« II. – Le conseil délibère. »", []string{bill[0], bill[1], "II. – Le conseil délibère.", bill[3]}},
		{"a new part takes the bill's dash", bill, "Après le I, insérer un I bis ainsi rédigé :\n\n« I bis. – Il prête serment. »", []string{bill[0], bill[1], "I bis. – Il prête serment.", bill[2], bill[3]}},
		{"a new last part takes the bill's dash", bill, "Compléter cet article par un IV ainsi rédigé :\n\n« IV. – Le juge tranche. »", append(append([]string{}, bill...), "IV. – Le juge tranche.")},
	})
	I := []string{"I. – Le maire est élu.", "II. – Le conseil se réunit.", "III. – Le préfet contrôle."}
	runGrammar(t, []grammarCase{
		{name: "le II abrogé, en dashes", before: I, text: []string{"Le II de l'article L. 1 du code civil est abrogé."}, want: []string{I[0], "II. – (Abrogé)", I[2]}},
		{name: "au III, en dashes", before: I, text: []string{"Au III de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{I[0], I[1], "III. – Le juge contrôle."}},
	})
}
