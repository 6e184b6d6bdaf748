package law

import "testing"

// TestAmendmentFirstLineIsNewText: a verb that asks for new text ("Insérer
// un alinéa ainsi rédigé :", "Rédiger ainsi cet alinéa :") takes at least
// its first line, even one that reads as an instruction — the Sénat's
// unquoted new item of a bill article that edits a code, "3° À la première
// phrase de l'article L. 3, le mot : « A » est remplacé …", "3° Dans la
// première phrase …", "1° À l'alinéa 2 de l'article L. 1, …" (it was taken
// for the amendment's next instruction and the amendment refused).
func TestAmendmentFirstLineIsNewText(t *testing.T) {
	al := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé."}
	ins := "Après l'alinéa 3\n\nInsérer un alinéa ainsi rédigé :\n\n"
	runAmendments(t, []amCase{
		{"À la première phrase", al, ins + "3° À la première phrase de l'article L. 3, le mot : « maire » est remplacé par le mot : « préfet ».", []string{al[0], al[1], "2° L'article L. 2 est abrogé ;", "3° À la première phrase de l'article L. 3, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{"Dans la première phrase", al, ins + "3° Dans la première phrase du deuxième alinéa de l'article L. 3, le mot : « maire » est supprimé.", []string{al[0], al[1], "2° L'article L. 2 est abrogé ;", "3° Dans la première phrase du deuxième alinéa de l'article L. 3, le mot : « maire » est supprimé."}},
		{"Au début de l'alinéa", al, ins + "3° Au début de l'alinéa unique de l'article L. 3, sont ajoutés les mots : « Sauf urgence, ».", []string{al[0], al[1], "2° L'article L. 2 est abrogé ;", "3° Au début de l'alinéa unique de l'article L. 3, sont ajoutés les mots : « Sauf urgence, »."}},
		{"Rédiger ainsi cet alinéa", al, "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n1° À l'alinéa 2 de l'article L. 1, le mot : « maire » est supprimé ;", []string{al[0], "1° À l'alinéa 2 de l'article L. 1, le mot : « maire » est supprimé ;", al[2]}},
		{"the next instruction after the first line", al, ins + "3° À la première phrase de l'article L. 3, le mot : « maire » est supprimé.\n\nAlinéa 2\n\nSupprimer cet alinéa.", []string{al[0], "1° (Supprimé)", "2° L'article L. 2 est abrogé ;", "3° À la première phrase de l'article L. 3, le mot : « maire » est supprimé."}},
	})
}
