package law

import "testing"

// TestGrammarAmendmentSameAlineaAfterSeveral: an amendment's "au même
// alinéa" (and "après le même alinéa") after an instruction on several
// alinéas ("Aux alinéas 1 et 2", "Aux alinéas 1 à 2") does not say which:
// refused (the last one, or the whole range, was taken). After one
// alinéa, however many operations, it is that alinéa.
func TestGrammarAmendmentSameAlineaAfterSeveral(t *testing.T) {
	B := []string{"A est écrit vite.", "B est écrit vite.", "C est écrit vite."}
	runAmendments(t, []amCase{
		{"after two alinéas", B, "I. – Aux alinéas 1 et 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", nil},
		{"after a range", B, "I. – Aux alinéas 1 à 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", nil},
		{"après le même alinéa after two alinéas", B, "I. – Aux alinéas 1 et 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, après le même alinéa, insérer un alinéa ainsi rédigé :\n« D est écrit. »", nil},
		{"after one alinéa", B, "I. – À l'alinéa 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", []string{B[0], "B est lu.", B[2]}},
		{"after two operations on one alinéa", B, "I. – À l'alinéa 2, substituer au mot : « écrit » le mot : « lu » et supprimer le mot : « est ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", []string{B[0], "B lu.", B[2]}},
	})
}
