package law

import "testing"

// TestGrammarAmendmentRanks: an alinéa of the bill article named by its
// rank ("le deuxième alinéa", "le 9ème alinéa", "au 2e alinéa") is the
// alinéa of that number, as amendments count; an insertion may name its
// verb first without commas.
func TestGrammarAmendmentRanks(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "Il est rééligible. Il siège au conseil.", "II. - Le conseil se réunit chaque mois.", "III. - Le préfet contrôle les actes."}
	ins := []string{bill[0], bill[1], "X.", bill[2], bill[3]}
	runAmendments(t, []amCase{
		{"Insérer après le 2ème alinéa un alinéa (rank in digits, verb first without commas)", bill, "Insérer après le 2ème alinéa un alinéa ainsi rédigé :\n\n« X. »", ins},
		{"Après le deuxième alinéa, insérer: a rank is the alinéa number", bill, "Après le deuxième alinéa, insérer un alinéa ainsi rédigé :\n\n« X. »", ins},
		{"Après le 2e alinéa", bill, "Après le 2e alinéa, insérer un alinéa ainsi rédigé :\n\n« X. »", ins},
		{"Insérer, après l'alinéa 2, un alinéa", bill, "Insérer, après l'alinéa 2, un alinéa ainsi rédigé :\n\n« X. »", ins},
		{"Après l'alinéa 2, insérer", bill, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« X. »", ins},
		{"Au 3ème alinéa, substituer", bill, "Au 3ème alinéa, substituer au mot : « mois » le mot : « semaine ».", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque semaine.", bill[3]}},
		{"Supprimer le 2ème alinéa", bill, "Supprimer le 2ème alinéa.", []string{bill[0], bill[2], bill[3]}},
		{"Insérer après l'alinéa 2 l'alinéa suivant (no commas)", bill, "Insérer après l'alinéa 2 l'alinéa suivant :\n\n« X. »", ins},
		{"Rédiger ainsi le 2ème alinéa", bill, "Rédiger ainsi le 2ème alinéa :\n\n« Il est inéligible. »", []string{bill[0], "Il est inéligible.", bill[2], bill[3]}},
		{"Compléter le 3ème alinéa: that alinéa, never the end of the article", bill, "Compléter le 3ème alinéa par les mots : « en séance publique ».", []string{bill[0], bill[1], "II. - Le conseil se réunit chaque mois en séance publique.", bill[3]}},
	})
}

// TestGrammarAmendmentParts: a numbered part ends where a part of its own
// kind, or of a kind it sits under, begins; a designation not read, or an
// item that does not exist, is refused rather than widened to the article.
func TestGrammarAmendmentParts(t *testing.T) {
	bill := []string{"I. - Le maire est élu.", "1° Il est rééligible ;", "2° Il siège.", "II. - Le conseil se réunit.", "III. - Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"Compléter le dernier alinéa", bill, "Compléter le dernier alinéa par les mots : « tout »", []string{bill[0], bill[1], bill[2], bill[3], "III. - Le préfet contrôle tout."}},
		{"Compléter l'avant-dernier alinéa", bill, "Compléter l'avant-dernier alinéa par les mots : « souvent »", []string{bill[0], bill[1], bill[2], "II. - Le conseil se réunit souvent.", bill[4]}},
		{"Compléter le 2°: the 2° of the I ends where the II begins", bill, "Compléter le 2° par les mots : « seul »", []string{bill[0], bill[1], "2° Il siège seul.", bill[3], bill[4]}},
		{"Compléter le II", bill, "Compléter le II par les mots : « souvent »", []string{bill[0], bill[1], bill[2], "II. - Le conseil se réunit souvent.", bill[4]}},
		{"a rank beyond the article is refused", bill, "Compléter le onzième alinéa par les mots : « souvent »", nil},
		{"Compléter le I par un 3°", bill, "Compléter le I par un 3° ainsi rédigé :\n\n« 3° Il vote. »", []string{bill[0], bill[1], "2° Il siège ;", "3° Il vote.", bill[3], bill[4]}},
		{"Supprimer le 1° du I", bill, "Supprimer le 1° du I.", []string{bill[0], "1° (Supprimé)", bill[2], bill[3], bill[4]}},
		{"Au 2° du I, substituer", bill, "Au 2° du I, substituer au mot : « siège » le mot : « vote ».", []string{bill[0], bill[1], "2° Il vote.", bill[3], bill[4]}},
		{"Compléter le dernier alinéa du I", bill, "Compléter le dernier alinéa du I par les mots : « seul »", []string{bill[0], bill[1], "2° Il siège seul.", bill[3], bill[4]}},
		{"Compléter le quarantième alinéa: a rank not read is refused, never the whole article", bill, "Compléter le quarantième alinéa par les mots : « souvent »", nil},
		{"Au quarantième alinéa: refused", bill, "Au quarantième alinéa, substituer au mot : « siège » le mot : « vote ».", nil},
		{"Au 1° bis du I, when the I has none: refused, never the I", bill, "Au 1° bis du I, substituer au mot : « siège » le mot : « vote ».", nil},
	})
}

// TestItemBounds: an item ends at the next label of its kind or of a kind
// its list sits under; an item named without its part when two parts hold
// one of that label is refused.
func TestItemBounds(t *testing.T) {
	al := []string{"I.-Sont inéligibles :", "1° A ;", "a) x ;", "b) y ;", "2° B.", "II.-En outre :", "1° C ;", "2° D."}
	for _, tc := range []struct {
		path   []Division
		lo, hi int
		err    bool
	}{
		{[]Division{{Item: "I"}, {Item: "2°"}}, 4, 5, false},
		{[]Division{{Item: "I"}, {Item: "1°"}}, 1, 4, false},
		{[]Division{{Item: "II"}, {Item: "1°"}}, 6, 7, false},
		{[]Division{{Item: "1°"}}, 0, 0, true},
		{[]Division{{Item: "a"}}, 2, 3, false},
	} {
		lo, hi, _, err := resolve(al, tc.path)
		if (err != nil) != tc.err || err == nil && (lo != tc.lo || hi != tc.hi) {
			t.Errorf("%+v: got %d %d %v", tc.path, lo, hi, err)
		}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Le 1° du I des articles LO 489 et LO 516 du code électoral est abrogé."}}})
	if len(ins) != 1 || len(ins[0].Edits) != 2 || len(ins[0].Edits[0].Scope.Path) != 2 {
		t.Fatalf("\"du I des articles\": the I is part of the path: %+v", ins)
	}
}
