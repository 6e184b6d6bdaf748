package law

import "testing"

// TestProbeAm92AnnouncedSentences: new sentences announced by their count
// ("Compléter l'alinéa 2 par deux phrases ainsi rédigées :", "insérer
// deux phrases ainsi rédigées", the Sénat's "Remplacer cette phrase par
// deux phrases ainsi rédigées :" and its unquoted line) held to the
// sentences given, as the bills' are: another count says two texts —
// refused (one sentence went in for two). As many as announced stay read.
func TestProbeAm92AnnouncedSentences(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge lit. Il signe la note."}
	runAmendments(t, []amCase{
		{"two announced, one given: refused", A, "Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Il dort. »", nil},
		{"inserted: refused", A, "Après la première phrase de l'alinéa 2, insérer deux phrases ainsi rédigées : « Il dort. »", nil},
		{"substituted: refused", A, "À l'alinéa 2, substituer à la seconde phrase les deux phrases suivantes : « Il dort. »", nil},
		{"the Sénat's: refused", A, "Alinéa 2, seconde phrase\nRemplacer cette phrase par deux phrases ainsi rédigées :\nIl dort.", nil},
		{"three announced, two given: refused", A, "Compléter l'alinéa 2 par trois phrases ainsi rédigées : « Il dort. Il rêve. »", nil},
		{"two given", A, "Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Il dort. Il rêve. »", []string{A[0], "Le juge lit. Il signe la note. Il dort. Il rêve."}},
		{"the Sénat's, two given", A, "Alinéa 2, seconde phrase\nRemplacer cette phrase par deux phrases ainsi rédigées :\nIl dort. Il rêve.", []string{A[0], "Le juge lit. Il dort. Il rêve."}},
		{"a scope of two sentences is no count", []string{A[0], "Le juge lit. Il signe. Il date."}, "Rédiger ainsi les deux dernières phrases de l'alinéa 2 : « Il dort. »", []string{A[0], "Le juge lit. Il dort."}},
	})
}
