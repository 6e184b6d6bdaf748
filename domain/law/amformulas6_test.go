package law

import "testing"

// TestGrammarAmendmentJoined: instructions joined by "et", "puis" or a
// semicolon are read one by one, each in its own place or the first's; a
// head where two verbs are left is refused, never half applied.
func TestGrammarAmendmentJoined(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "Il est rééligible. Il siège au conseil.", "II. - Le conseil se réunit chaque mois.", "III. - Le préfet contrôle les actes."}
	runAmendments(t, []amCase{
		{"supprimer le mot et le mot", bill, "À l'alinéa 1, supprimer le mot : « six » et le mot : « ans ».", []string{"I. - Le maire est élu pour.", bill[1], bill[2], bill[3]}},
		{"two instructions joined by a semicolon, each with its place", bill, "À l'alinéa 1, substituer au mot : « six » le mot : « cinq » ; à l'alinéa 3, substituer au mot : « mois » le mot : « semaine ».", []string{"I. - Le maire est élu pour cinq ans.", bill[1], "II. - Le conseil se réunit chaque semaine.", bill[3]}},
		{"a second verb with its own place after a comma and et: its place, not the first one's", bill, "À l'alinéa 1, substituer au mot : « six » le mot : « cinq », et supprimer l'alinéa 2.", []string{"I. - Le maire est élu pour cinq ans.", bill[2], bill[3]}},
		{"a deletion and a substitution joined by et, the second with its place", bill, "Supprimer les alinéas 2 et 4 et, à l'alinéa 3, substituer au mot : « mois » le mot : « semaine ».", []string{bill[0], "II. - Le conseil se réunit chaque semaine.", "III. - (Supprimé)"}},
		{"two instructions in two paragraphs", bill, "Rédiger ainsi l'alinéa 2 :\n\n« Il est inéligible. »\n\nSupprimer l'alinéa 4.", []string{bill[0], "Il est inéligible.", bill[2], "III. - (Supprimé)"}},
		{"puis joins two instructions", bill, "À l'alinéa 1, remplacer le mot : « six » par le mot : « cinq » puis supprimer l'alinéa 2.", []string{"I. - Le maire est élu pour cinq ans.", bill[2], bill[3]}},
		{"ainsi que joins two replacements", bill, "À l'alinéa 1, remplacer le mot : « six » par le mot : « cinq » ainsi que le mot : « ans » par le mot : « années ».", []string{"I. - Le maire est élu pour cinq années.", bill[1], bill[2], bill[3]}},
	})
}

func TestTwoVerbsLeftRefused(t *testing.T) {
	// "supprimer" is in the quoted words: one verb, applied.
	r := ApplyAmendment(Article{Number: "1", Alineas: []string{"Il faut agir."}}, "À l'alinéa 1, remplacer le mot : « agir » par les mots : « supprimer et agir ».")
	if !r.Applied || r.Article.Alineas[0] != "Il faut supprimer et agir." {
		t.Fatalf("got %+v", r)
	}
	// Two verbs, not joined in a form read: refused.
	r = ApplyAmendment(Article{Number: "1", Alineas: []string{"Il faut agir.", "B."}}, "À l'alinéa 1, remplacer le mot : « agir » par le mot : « voter » en vue de supprimer l'alinéa 2.")
	if r.Applied {
		t.Fatalf("applied: %q", r.Article.Alineas)
	}
}
