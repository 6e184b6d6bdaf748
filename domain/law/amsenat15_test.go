package law

import "testing"

// TestAmendmentLocatorLineEndsNewText: a locator line ("2° Première
// phrase", "Seconde phrase") ends the unquoted new text before it — it was
// taken into the new text, and the next instruction read in the place
// before (the sentence just rewritten edited, or the whole alinéa
// deleted: the article emptied).
func TestAmendmentLocatorLineEndsNewText(t *testing.T) {
	al := []string{"Le maire agit. Il signe. Il part.", "Le juge lit."}
	runAmendments(t, []amCase{
		{"rewrite the second, then the first's words", al, "Alinéa 1\n\n1° Seconde phrase\n\nRédiger ainsi cette phrase :\n\nIl paraphe.\n\n2° Première phrase\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\npréfet", []string{"Le préfet agit. Il paraphe. Il part.", al[1]}},
		{"a sentence added, then the first's words", al, "Alinéa 1\n\n1° Après la deuxième phrase, insérer une phrase ainsi rédigée :\n\nIl lit.\n\n2° Première phrase\n\nSupprimer le mot :\n\nmaire", []string{"Le agit. Il signe. Il lit. Il part.", al[1]}},
	})
}

// TestAmendmentSentenceRankMoved: a sentence named by its rank after an
// earlier instruction of the amendment deleted, rewrote or added sentences
// before it in the same alinéa ("1° Après la première phrase, insérer une
// phrase … / 2° Seconde phrase / Supprimer cette phrase") is refused: the
// rank counts on the text as tabled, and the new sentence was deleted
// instead. Ranks before every change stay read.
func TestAmendmentSentenceRankMoved(t *testing.T) {
	al := []string{"Le maire agit. Il signe. Il part."}
	runAmendments(t, []amCase{
		{"a sentence inserted before: refused", al, "Alinéa 1\n\n1° Après la première phrase, insérer une phrase ainsi rédigée :\n\nIl lit.\n\n2° Seconde phrase\n\nSupprimer cette phrase.", nil},
		{"the first rewritten as two: refused", al, "Alinéa 1\n\n1° Première phrase\n\nRédiger ainsi cette phrase :\n\nLe préfet agit. Il lit.\n\n2° Seconde phrase\n\nSupprimer cette phrase.", nil},
		{"the first deleted: refused", al, "I. – À l'alinéa 1, supprimer la première phrase.\n\nII. – En conséquence, à la seconde phrase du même alinéa, remplacer le mot : « signe » par le mot : « date ».", nil},
		{"a rank before the change: read", al, "Alinéa 1\n\n1° Troisième phrase\n\nSupprimer cette phrase.\n\n2° Première phrase\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\npréfet", []string{"Le préfet agit. Il signe."}},
		{"words only, as before", al, "Alinéa 1\n\n1° Première phrase\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\npréfet\n\n2° Seconde phrase\n\nRemplacer le mot :\n\nsigne\n\npar le mot :\n\ndate", []string{"Le préfet agit. Il date. Il part."}},
	})
}
