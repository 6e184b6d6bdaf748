package law

import "testing"

// TestAmGuideSubAmendmentNotThisArticle: a sub-amendment edits an
// amendment, never the bill article it is read against on its own. The
// Sénat's head "Amendement n° 10, alinéa 3" (or "Amendement n° 10" on its
// line, the locator line after it), "Compléter cet amendement par …" and
// "À l'alinéa 3 de l'amendement, …" without its number are refused by
// ApplyAmendment (this article's alinéa 3 was edited, or the article
// completed); composed with its amendment (ComposeNumbered) the same
// sub-amendment still edits that amendment, "cet amendement" being it.
func TestAmGuideSubAmendmentNotThisArticle(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "Le juge lit le contrat.", "II. – Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"Amendement n° 10, alinéa 3: refused", A, "Amendement n° 10, alinéa 3\nRemplacer le mot :\nlit\npar le mot :\nsigne", nil},
		{"Amendement n° 10 then Alinéa 3: refused", A, "Amendement n° 10\nAlinéa 3\nRemplacer le mot :\nlit\npar le mot :\nsigne", nil},
		{"Amendement n° 10 / compléter cet amendement: refused", A, "Amendement n° 10\nCompléter cet amendement par un alinéa ainsi rédigé :\n« Le greffier note. »", nil},
		{"compléter cet amendement: refused", A, "Compléter cet amendement par un alinéa ainsi rédigé :\n« Le greffier note. »", nil},
		{"de l'amendement without its number: refused", A, "À l'alinéa 3 de l'amendement, remplacer le mot : « lit » par le mot : « signe ».", nil},
		{"the word quoted is text", A, "Compléter l'alinéa 3 par les mots : « selon cet amendement »", []string{A[0], A[1], "Le juge lit le contrat selon cet amendement.", A[3]}},
		{"an amendment's own alinéa 3 stays read", A, "Alinéa 3\nRemplacer le mot :\nlit\npar le mot :\nsigne", []string{A[0], A[1], "Le juge signe le contrat.", A[3]}},
	})
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »"}
	wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: "Amendement n° 10\nCompléter cet amendement par un alinéa ainsi rédigé :\n« C est lu. »"}, []string{"A est écrit.", "B est signé.", "C est lu."})
}
