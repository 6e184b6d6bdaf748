package law

import "testing"

// TestProbeAm96LastAsTabled: an alinéa an amendment counts from the end
// of this article ("le dernier alinéa", "l'avant-dernier alinéa", "les
// deux derniers alinéas") is counted on the text as tabled, as its
// numbered alinéas are: after an adopted amendment completed the article,
// "Supprimer le dernier alinéa" deletes the last as tabled (the new one
// went, another amendment's text dropped), and after one deleted the last,
// "Au dernier alinéa, …" is refused (the one before it was edited). "Après
// le dernier alinéa" goes after what earlier amendments added there, as
// "Après l'alinéa N" does.
func TestProbeAm96LastAsTabled(t *testing.T) {
	B := []string{"Le maire signe.", "Le juge lit.", "Le préfet vise."}
	add := "Compléter cet article par un alinéa ainsi rédigé : « Le clerc note. »"
	runProbeAmComposed(t, []probeAmComposeCase{
		{"the last deleted", B, []string{add, "Supprimer le dernier alinéa."}, []string{B[0], B[1], "Le clerc note."}, false},
		{"the last rewritten", B, []string{add, "Rédiger ainsi le dernier alinéa : « Le préfet dort. »"}, []string{B[0], B[1], "Le préfet dort.", "Le clerc note."}, false},
		{"its words", B, []string{add, "Au dernier alinéa, substituer au mot : « vise » le mot : « signe »."}, []string{B[0], B[1], "Le préfet signe.", "Le clerc note."}, false},
		{"the last two deleted", B, []string{add, "Supprimer les deux derniers alinéas."}, []string{B[0], "Le clerc note."}, false},
		{"the one before the last", B, []string{"Après l'alinéa 1, insérer l'alinéa suivant : « Le clerc note. »", "Supprimer l'avant-dernier alinéa."}, []string{B[0], "Le clerc note.", B[2]}, false},
		{"the last deleted before: refused", B, []string{"Supprimer l'alinéa 3.", "Au dernier alinéa, substituer au mot : « lit » le mot : « signe »."}, nil, true},
		{"after the last", B, []string{add, "Après le dernier alinéa, insérer l'alinéa suivant : « Le notaire garde. »"}, []string{B[0], B[1], B[2], "Le clerc note.", "Le notaire garde."}, false},
	})
}
