package law

import "testing"

// TestAmendmentLastAlineaMoved: an alinéa counted from the end ("Au
// dernier alinéa", "l'avant-dernier alinéa") after an earlier instruction
// of the amendment added or removed alinéas is refused — it counts on the
// text as tabled, and the alinéa just added was edited. Alinéas counted
// from the start are read on the text as tabled, as before.
func TestAmendmentLastAlineaMoved(t *testing.T) {
	al := []string{"Le maire agit.", "Le maire signe."}
	runAmendments(t, []amCase{
		{"an alinéa added, then the last: refused", al, "I. – Compléter cet article par un alinéa ainsi rédigé :\n« Le maire part. »\nII. – Au dernier alinéa, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"an alinéa deleted, then the last: refused", append(al, "Le maire part."), "I. – Supprimer l'alinéa 3.\nII. – Au dernier alinéa, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"the last alone, as before", al, "Au dernier alinéa, remplacer le mot : « maire » par le mot : « préfet ».", []string{al[0], "Le préfet signe."}},
		{"counted from the start, as before", al, "I. – Après le premier alinéa, insérer un alinéa ainsi rédigé :\n« Le maire lit. »\nII. – Au deuxième alinéa, remplacer le mot : « maire » par le mot : « préfet ».", []string{al[0], "Le maire lit.", "Le préfet signe."}},
	})
}
