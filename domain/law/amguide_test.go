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

// TestAmGuideVerbBeforeThisAlinea: under the Sénat's locator line, the
// verb before "cet alinéa" without commas — "Alinéa 3" / "Insérer après
// cet alinéa un alinéa ainsi rédigé :" (and "avant cet alinéa", "après
// ces alinéas", "Alinéa 2, première phrase" / "Insérer après cette
// phrase une phrase …") — reads as "Après cet alinéa, insérer …" (it was
// refused, as "Insérer après l'alinéa 3 …" is read); "cette phrase"
// under a locator that names no sentence stays refused.
func TestAmGuideVerbBeforeThisAlinea(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le préfet date. Il remet.", "Le juge lit.", "II. – Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"après cet alinéa", A, "Alinéa 3\nInsérer après cet alinéa un alinéa ainsi rédigé :\nLe greffier note.", []string{A[0], A[1], A[2], "Le greffier note.", A[3]}},
		{"two alinéas", A, "Alinéa 3\nInsérer après cet alinéa deux alinéas ainsi rédigés :\nLe greffier note.\nLe greffier classe.", []string{A[0], A[1], A[2], "Le greffier note.", "Le greffier classe.", A[3]}},
		{"avant cet alinéa", A, "Alinéa 3\nInsérer avant cet alinéa un alinéa ainsi rédigé :\nLe greffier note.", []string{A[0], A[1], "Le greffier note.", A[2], A[3]}},
		{"après ces alinéas", A, "Alinéas 2 et 3\nInsérer après ces alinéas un alinéa ainsi rédigé :\nLe greffier note.", []string{A[0], A[1], A[2], "Le greffier note.", A[3]}},
		{"après cette phrase", A, "Alinéa 2, première phrase\nInsérer après cette phrase une phrase ainsi rédigée :\nIl signe.", []string{A[0], "Le préfet date. Il signe. Il remet.", A[2], A[3]}},
		{"cette phrase, no sentence named: refused", A, "Alinéa 2\nInsérer après cette phrase une phrase ainsi rédigée :\nIl signe.", nil},
	})
}
