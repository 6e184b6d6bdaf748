package law

import "testing"

// TestProbeAm94RestoredInForce: an amendment re-establishing a division
// ("Rétablir le II dans la rédaction suivante", "Rétablir un 2° ainsi
// rédigé", "Rétablir ainsi l'alinéa 3", the Sénat's "Alinéa 3" / "Rétablir
// ce paragraphe …") speaks of a division deleted, which the bill article
// keeps as "II. – (Supprimé)": where one in force stands, the amendment
// and the article disagree — refused, as the bills' "Le 3° est ainsi
// rétabli" is (it was overwritten). The placeholder is re-established;
// "Rétablir cet article" stays the whole article.
func TestProbeAm94RestoredInForce(t *testing.T) {
	A := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 3 est abrogé ;", "II. – Le code de commerce est modifié."}
	D := []string{A[0], A[1], "2° (Supprimé)", "II. – (Supprimé)"}
	II := "II. – Le code rural est modifié."
	runAmendments(t, []amCase{
		{"the II in force: refused", A, "Rétablir le II dans la rédaction suivante : « " + II + " »", nil},
		{"un II: refused", A, "Rétablir un II ainsi rédigé : « " + II + " »", nil},
		{"un 2°: refused", A, "Rétablir un 2° ainsi rédigé : « 2° L'article L. 2 est abrogé. »", nil},
		{"an alinéa: refused", A, "Rétablir ainsi l'alinéa 3 : « 2° L'article L. 2 est abrogé ; »", nil},
		{"the Sénat's: refused", A, "Alinéa 4\nRétablir ce paragraphe dans la rédaction suivante :\n" + II, nil},
		{"the II deleted", D, "Rétablir le II dans la rédaction suivante : « " + II + " »", []string{A[0], A[1], D[2], II}},
		{"un 2° deleted", D, "Rétablir un 2° ainsi rédigé : « 2° L'article L. 2 est abrogé ; »", []string{A[0], A[1], "2° L'article L. 2 est abrogé ;", D[3]}},
		{"the alinéa deleted", D, "Rétablir ainsi l'alinéa 3 : « 2° L'article L. 2 est abrogé ; »", []string{A[0], A[1], "2° L'article L. 2 est abrogé ;", D[3]}},
		{"the Sénat's, deleted", D, "Alinéa 4\nRétablir ce paragraphe dans la rédaction suivante :\n" + II, []string{A[0], A[1], D[2], II}},
		{"rewritten, in force", A, "Rédiger ainsi le II : « " + II + " »", []string{A[0], A[1], A[2], II}},
	})
}
