package law

import "testing"

// TestAmendmentIndicativeDivision: a division of the amendment's own
// "alinéa N" deleted or rewritten in the indicative ("L'alinéa 3 est
// supprimé.", "Les alinéas 2 et 3 sont supprimés.", "L'alinéa 2 est ainsi
// rédigé :", "À l'alinéa 1, la dernière phrase est supprimée.") reads as
// its imperative (it was refused); without an alinéa by number ("Le
// dernier alinéa est supprimé."), or quoted (new text), it is not.
func TestAmendmentIndicativeDivision(t *testing.T) {
	al := []string{"Le maire agit. Il signe.", "Il vote le budget.", "Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"l'alinéa 3 est supprimé", al, "L'alinéa 3 est supprimé.", []string{al[0], al[1]}},
		{"les alinéas 2 et 3 sont supprimés", al, "Les alinéas 2 et 3 sont supprimés.", []string{al[0]}},
		{"l'alinéa 2 est ainsi rédigé", al, "L'alinéa 2 est ainsi rédigé :\n« Il vote. »", []string{al[0], "Il vote.", al[2]}},
		{"ainsi rédigé, inline", al, "L'alinéa 2 est ainsi rédigé : « Il vote. »", []string{al[0], "Il vote.", al[2]}},
		{"à l'alinéa 1, la dernière phrase est supprimée", al, "À l'alinéa 1, la dernière phrase est supprimée.", []string{"Le maire agit.", al[1], al[2]}},
		{"la dernière phrase de l'alinéa 1 est supprimée", al, "La dernière phrase de l'alinéa 1 est supprimée.", []string{"Le maire agit.", al[1], al[2]}},
		{"a part of a Sénat amendment", al, "I. – Alinéa 2\n\nRemplacer le mot :\n\nbudget\n\npar le mot :\n\nplan\n\nII. – L'alinéa 3 est supprimé.", []string{al[0], "Il vote le plan."}},
		{"no alinéa by number: refused", al, "Le dernier alinéa est supprimé.", nil},
		{"quoted: new text", al, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« L'alinéa 3 est supprimé. »", []string{al[0], al[1], "L'alinéa 3 est supprimé.", al[2]}},
	})
}
