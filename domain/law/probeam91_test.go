package law

import "testing"

// TestProbeAm91AlineasRewrittenTogether: tabled alinéas an adopted
// amendment rewrote together into another number of alinéas ("Alinéas 2
// et 3" / "Remplacer ces alinéas par trois alinéas ainsi rédigés", "par un
// alinéa") are, for the amendments after it, that new text together:
// which of its alinéas is the 3 is not said — "Supprimer l'alinéa 3",
// "À l'alinéa 2, substituer …", "Après l'alinéa 2" are refused (the
// second new alinéa went, the first was edited; retag had numbered the
// first ones 2 and 3). Before the first, after the last, a range over the
// whole run (an amendment rewriting the same alinéas again) or around it
// are said; a range ending inside it is refused. Edited again whole (the
// run rewritten again, a range around it, one of as many alinéas as
// tabled), it falls: tabled on the text replaced (namesRewritten), as in
// ComposeNumbered.
func TestProbeAm91AlineasRewrittenTogether(t *testing.T) {
	B := []string{"Le maire signe.", "Le juge lit.", "Le préfet vise.", "Le greffier note."}
	three := "Alinéas 2 et 3\nRemplacer ces alinéas par trois alinéas ainsi rédigés :\nLe juge dort.\nLe préfet dort.\nLe clerc dort."
	one := "Alinéas 2 et 3\nRemplacer ces alinéas par un alinéa ainsi rédigé :\nLe juge dort."
	runProbeAmComposed(t, []probeAmComposeCase{
		{"the second deleted: refused", B, []string{three, "Supprimer l'alinéa 3."}, nil, true},
		{"the first deleted: refused", B, []string{three, "Supprimer l'alinéa 2."}, nil, true},
		{"into one, the first deleted: refused", B, []string{one, "Supprimer l'alinéa 2."}, nil, true},
		{"words of the second: refused", B, []string{three, "À l'alinéa 3, substituer au mot : « dort » le mot : « veille »."}, nil, true},
		{"after the first: refused", B, []string{one, "Après l'alinéa 2, insérer l'alinéa suivant : « Le notaire lit. »"}, nil, true},
		{"a range ending inside: refused", B, []string{three, "Supprimer les alinéas 1 et 2."}, nil, true},
		{"after the last", B, []string{one, "Après l'alinéa 3, insérer l'alinéa suivant : « Le notaire lit. »"}, []string{B[0], "Le juge dort.", "Le notaire lit.", B[3]}, false},
		{"before the first", B, []string{three, "Avant l'alinéa 2, insérer l'alinéa suivant : « Le notaire lit. »"}, []string{B[0], "Le notaire lit.", "Le juge dort.", "Le préfet dort.", "Le clerc dort.", B[3]}, false},
		{"the same run rewritten again: falls", B, []string{three, "Alinéas 2 et 3\nRemplacer ces alinéas par un alinéa ainsi rédigé :\nLe juge veille."}, nil, true},
		{"a range around it: falls", B, []string{three, "Supprimer les alinéas 2 à 4."}, nil, true},
		{"the alinéa after it", B, []string{three, "Supprimer l'alinéa 4."}, []string{B[0], "Le juge dort.", "Le préfet dort.", "Le clerc dort."}, false},
		{"as many as tabled: falls", B, []string{"Alinéas 2 et 3\nRemplacer ces alinéas par deux alinéas ainsi rédigés :\nLe juge dort.\nLe préfet dort.", "Supprimer l'alinéa 3."}, nil, true},
	})
	// In one amendment too: its alinéas are numbered as tabled.
	runAmendments(t, []amCase{
		{"in one amendment: refused", B, "I. – Rédiger ainsi les alinéas 2 et 3 : « Le juge dort. »\nII. – Supprimer l'alinéa 3.", nil},
	})
}
