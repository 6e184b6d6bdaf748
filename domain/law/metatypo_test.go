package law

import "testing"

// Rules found by the metamorphic test (metamorphic_test.go): the same
// instruction written in another typography the texts use.

// TestMetaTypoTightPartNumber: an amendment's next part number written
// tight, as Légifrance prints it ("II.-Après le mot :"), ends the
// unquoted new text of the part before, as "II. - Après le mot :" does
// (it was taken for a line of that new text: the alinéa rewritten with
// the next part's instruction in it, the instruction lost).
func TestMetaTypoTightPartNumber(t *testing.T) {
	A := []string{"Le maire signe le contrat.", "Le préfet date l'acte."}
	want := []string{"Le maire de la commune signe le contrat.", "Le préfet date et classe l'acte."}
	runAmendments(t, []amCase{
		{"spaced", A, "I. - Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII. - Après le mot :\nmaire\ninsérer les mots :\nde la commune", want},
		{"tight", A, "I.-Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII.-Après le mot :\nmaire\ninsérer les mots :\nde la commune", want},
		{"tight, en dash", A, "I.–Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII.–Après le mot :\nmaire\ninsérer les mots :\nde la commune", want},
		{"tight, supprimer", A, "I.-Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII.-Supprimer l'alinéa 1.", []string{"Le préfet date et classe l'acte."}},
		{"tight in the new text: a line of it", A, "I. – Alinéas 1 à 2\nRemplacer ces alinéas par deux alinéas ainsi rédigés :\nI.-Le maire signe le contrat.\nII.-Le préfet peut supprimer l'acte.", []string{"I.-Le maire signe le contrat.", "II.-Le préfet peut supprimer l'acte."}},
	})
}

// TestMetaTypoItalicAfterOpeningMark: a Markdown italic mark just inside
// an opening quotation mark ("\"_Art. 3. –_Le …", the Sénat's italic
// article heading) leaves no space there, after a straight quotation
// mark as after « (the new text read "\" Art. 3. – Le …", a space inside
// the quotation).
func TestMetaTypoItalicAfterOpeningMark(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "II. – Le préfet date l'acte."}
	head := "Compléter cet article par un paragraphe ainsi rédigé :\nIII. – Après l'article 2 du code civil, il est inséré un article 3 ainsi rédigé :\n"
	with := func(q string) []string {
		return append(append([]string(nil), A...), "III. – Après l'article 2 du code civil, il est inséré un article 3 ainsi rédigé :", q)
	}
	runAmendments(t, []amCase{
		{"straight", A, head + "\"_Art. 3. –_Le greffier note.\"", with("\"Art. 3. – Le greffier note.\"")},
		{"curly", A, head + "“_Art. 3. –_Le greffier note.”", with("“Art. 3. – Le greffier note.”")},
		{"guillemets", A, head + "« _Art. 3. –_Le greffier note. »", with("« Art. 3. – Le greffier note. »")},
	})
}
