package law

import "testing"

// TestAmendmentBillLineInNewText: in unquoted new text (the Sénat's), a
// line that begins as an instruction would ("1° À la première phrase, le
// mot : « A » est remplacé par …") but speaks the bill's indicative, with
// no imperative and no alinéa by number, is a line of the new text — it
// ended the new text, and the amendment was refused. A line with a part
// number ("II. – À la première phrase du II, le mot … est remplacé …" may
// be the amendment's next part) or the amendment's own "alinéa N" still
// ends it.
func TestAmendmentBillLineInNewText(t *testing.T) {
	al := []string{"I. – Le maire agit.", "II. – Le juge statue."}
	runAmendments(t, []amCase{
		{"a paragraph of three lines", al, "Compléter cet article par un paragraphe ainsi rédigé :\n\nIII. – L'article L. 3 est ainsi modifié :\n\n1° À la première phrase, le mot : « maire » est remplacé par le mot : « préfet » ;\n\n2° Le dernier alinéa est supprimé.", []string{al[0], al[1], "III. – L'article L. 3 est ainsi modifié :", "1° À la première phrase, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le dernier alinéa est supprimé."}},
		{"then the amendment's next part", al, "I. – Après l'alinéa 1\n\nInsérer un paragraphe ainsi rédigé :\n\nI bis. – L'article L. 3 est ainsi modifié :\n\n1° À la dernière phrase, le mot : « maire » est supprimé.\n\nII. – Alinéa 2\n\nSupprimer cet alinéa.", []string{al[0], "I bis. – L'article L. 3 est ainsi modifié :", "1° À la dernière phrase, le mot : « maire » est supprimé.", "II. – (Supprimé)"}},
		{"a part number in the indicative ends it: refused", al, "I. – Après l'alinéa 1\n\nInsérer un alinéa ainsi rédigé :\n\nI bis. – Le préfet agit.\n\nII. – À la première phrase du II, le mot : « juge » est remplacé par le mot : « tribunal ».", nil},
	})
}
