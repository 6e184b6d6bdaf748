package law

import "testing"

// TestProbeAm97DeletedDivisionCompleted: a division the bill article keeps
// as deleted ("II. – (Supprimé)", "1° (Supprimé)") has no text to complete:
// "Compléter l'alinéa 2 par les mots : « … »", "Au début de l'alinéa 2,
// insérer …", "Compléter l'alinéa 2 par une phrase …", "Compléter le II
// par un alinéa …" on it are refused (they gave "II. – (Supprimé) et le
// juge", "II. – Le juge (Supprimé)", a deleted II with an alinéa).
// "Rédiger ainsi l'alinéa 2", and a list completed after its last item
// deleted, stay read.
func TestProbeAm97DeletedDivisionCompleted(t *testing.T) {
	A := []string{"I. – Le maire signe l'acte.", "II. – (Supprimé)", "III. – Le préfet vise la note."}
	L := []string{"I. – Le code est ainsi modifié :", "1° L'article 1 est abrogé ;", "2° (Supprimé)", "II. – Le décret est pris."}
	runAmendments(t, []amCase{
		{"words at its end: refused", A, "Compléter l'alinéa 2 par les mots : « et le juge ».", nil},
		{"words at its start: refused", A, "Au début de l'alinéa 2, insérer les mots : « Le juge ».", nil},
		{"a sentence: refused", A, "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il dort. »", nil},
		{"an alinéa: refused", A, "Compléter le II par un alinéa ainsi rédigé : « Le juge dort. »", nil},
		{"an item's words: refused", L, "Compléter l'alinéa 3 par les mots : « et le juge ».", nil},
		{"a part ending with it: refused", L, "Compléter le I par les mots : « et le juge ».", nil},
		{"rewritten", A, "Rédiger ainsi l'alinéa 2 : « II. – Le juge dort. »", []string{A[0], "II. – Le juge dort.", A[2]}},
		{"a list completed after it", L, "Compléter le I par un 3° ainsi rédigé : « 3° L'article 3 est abrogé. »", []string{L[0], L[1], L[2], "3° L'article 3 est abrogé.", L[3]}},
	})
}
