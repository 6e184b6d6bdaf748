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

// TestAmGuideLocatorLineNotRead: the Sénat's locator line in a form the
// grammar does not read — "Alinéa 2 bis", "Alinéa 5, a)" where the
// alinéa holds no a), or "Alinéa 5, b" (an item after the alinéa, no
// parenthesis), "Alinéa unique" —
// refuses the amendment: the line was dropped and every alinéa of the
// article edited, "3, 1" read as alinéas 3 and 1, or the a) dropped; "À
// l'alinéa unique, …" edited every alinéa of an article of several.
// "Alinéa 1er", a list of alinéas and "Alinéa 2, à la fin" stay read,
// and "Alinéa 3, 1°" is read since TestAmLeft4ItemsInsideAnAlinea (the
// item of the alinéa: here the alinéa is the 1°'s line);
// "Alinéa premier" (and "I. – Alinéa premier") is "Alinéa 1er", as "À
// l'alinéa premier, …" is read since TestMetaLexAlineaPremier (it was
// refused with it).
func TestAmGuideLocatorLineNotRead(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "1° Le juge lit le contrat ;", "2° Le greffier note le contrat.", "II. – Le contrat est conservé."}
	replace := "\nRemplacer le mot :\ncontrat\npar le mot :\nbail"
	runAmendments(t, []amCase{
		{"Alinéa premier", A, "Alinéa premier" + replace, []string{"I. – Le maire signe le bail.", A[1], A[2], A[3], A[4]}},
		{"I. – Alinéa premier", A, "I. – Alinéa premier" + replace, []string{"I. – Le maire signe le bail.", A[1], A[2], A[3], A[4]}},
		{"Alinéa premier in new text stays text", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« Alinéa premier »", []string{A[0], A[1], "Alinéa premier", A[2], A[3], A[4]}},
		{"Alinéa 2 bis: refused", A, "Alinéa 2 bis" + replace, nil},
		{"Alinéa 3, 1°: the alinéa is the 1°'s line (TestAmLeft4ItemsInsideAnAlinea)", A, "Alinéa 3, 1°" + replace, []string{A[0], A[1], "1° Le juge lit le bail ;", A[3], A[4]}},
		{"Alinéa 4, 1°: the alinéa is the 2°'s: refused", A, "Alinéa 4, 1°" + replace, nil},
		{"Alinéas 3 et 4, 1°: refused", A, "Alinéas 3 et 4, 1°" + replace, nil},
		{"Alinéa 5, a): refused", A, "Alinéa 5, a)" + replace, nil},
		{"Alinéa 5, b: refused", A, "Alinéa 5, b" + replace, nil},
		{"Alinéa 2, à la fin", A, "Alinéa 2, à la fin\nInsérer les mots :\nsans délai", []string{A[0], "Le préfet date le contrat sans délai.", A[2], A[3], A[4]}},
		{"À l'alinéa 5, a), …: refused", A, "À l'alinéa 5, a), remplacer le mot : « contrat » par le mot : « bail ».", nil},
		{"Alinéa unique: refused", A, "Alinéa unique" + replace, nil},
		{"À l'alinéa unique, …: refused", A, "À l'alinéa unique, remplacer le mot : « contrat » par le mot : « bail ».", nil},
		{"Alinéa 2, à la fin", A, "Alinéa 2, à la fin\nInsérer les mots :\nsans délai", []string{A[0], "Le préfet date le contrat sans délai.", A[2], A[3], A[4]}},
		{"Alinéa 1er", A, "Alinéa 1er" + replace, []string{"I. – Le maire signe le bail.", A[1], A[2], A[3], A[4]}},
		{"Alinéas 3, 4 et 5", A, "Alinéas 3, 4 et 5" + replace, []string{A[0], A[1], "1° Le juge lit le bail ;", "2° Le greffier note le bail.", "II. – Le bail est conservé."}},
	})
}

// TestAmGuideParagraphLocatorLine: "Paragraphe II" alone on its line,
// the Sénat's locator line naming a part of the article, is the place of
// the instructions after it, as "Au II" is: "Remplacer le mot : …" edits
// the II only, "Rédiger ainsi ce paragraphe" rewrites it, "Supprimer ce
// paragraphe" deletes it (the line was dropped and every alinéa of the
// article edited); a part the article lacks is refused.
func TestAmGuideParagraphLocatorLine(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "II. – Le contrat est conservé.", "III. – Le juge lit le contrat."}
	replace := "\nRemplacer le mot :\ncontrat\npar le mot :\nbail"
	runAmendments(t, []amCase{
		{"Paragraphe II", A, "Paragraphe II" + replace, []string{A[0], A[1], "II. – Le bail est conservé.", A[3]}},
		{"I. – Paragraphe II, II. – Alinéa 1", A, "I. – Paragraphe II" + replace + "\nII. – Alinéa 1" + replace, []string{"I. – Le maire signe le bail.", A[1], "II. – Le bail est conservé.", A[3]}},
		{"Paragraphe I bis: not in the article", A, "Paragraphe I bis" + replace, nil},
		{"rédiger ainsi ce paragraphe", A, "Paragraphe II\nRédiger ainsi ce paragraphe :\nII. – Le contrat est détruit.", []string{A[0], A[1], "II. – Le contrat est détruit.", A[3]}},
		{"supprimer ce paragraphe", A, "Paragraphe III\nSupprimer ce paragraphe.", []string{A[0], A[1], A[2], "III. – (Supprimé)"}},
	})
}

// TestAmGuideThisAlineaOfAPart: "cet alinéa" under a part or an item
// named as the place ("Au I" / "Supprimer cet alinéa.", "Au I, rédiger
// ainsi cet alinéa :", "Au I, compléter cet alinéa par …", "Au I, après
// cet alinéa, insérer …") is that division only when it is one alinéa;
// a part of several alinéas — its first alinéa, or all of it? — is
// refused (the whole I was deleted, rewritten as one alinéa, or
// completed at its last alinéa). A part of one alinéa, and "ce
// paragraphe", stay read.
func TestAmGuideThisAlineaOfAPart(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "1° Le juge lit le contrat ;", "2° Le greffier note le contrat.", "II. – Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"Au I / supprimer cet alinéa: refused", A, "Au I\nSupprimer cet alinéa.", nil},
		{"Au I, rédiger ainsi cet alinéa: refused", A, "Au I, rédiger ainsi cet alinéa :\n« I. – Le maire lit. »", nil},
		{"Au I, compléter cet alinéa: refused", A, "Au I, compléter cet alinéa par les mots : « sans délai ».", nil},
		{"Au I, après cet alinéa: refused", A, "Au I, après cet alinéa, insérer un alinéa ainsi rédigé :\n« Il lit. »", nil},
		{"Au II / supprimer cet alinéa", A, "Au II\nSupprimer cet alinéa.", []string{A[0], A[1], A[2], "II. – (Supprimé)"}},
		{"Au 1°, compléter cet alinéa", A, "Au 1°, compléter cet alinéa par les mots : « écrit ».", []string{A[0], "1° Le juge lit le contrat écrit ;", A[2], A[3]}},
		{"Au I / rédiger ainsi ce paragraphe", A, "Au I\nRédiger ainsi ce paragraphe :\nI. – Le maire lit.", []string{"I. – Le maire lit.", A[3]}},
		{"Alinéa 1 / supprimer cet alinéa", A, "Alinéa 1\nSupprimer cet alinéa.", []string{"I. – (Supprimé)", A[1], A[2], A[3]}},
	})
}

// TestAmGuideSubAmendmentHeading: a sub-amendment whose dispositif opens
// with its heading — "Sous-amendement à l'amendement n° 10" alone on its
// line (the locator line after it), "Sous-amendement n° 3 à l'amendement
// n° 10, alinéa 3" — edits amendment 10 as "Amendement n° 10, alinéa 3"
// does (it was refused); read against the article alone it is refused,
// never applied to the article's alinéa 3.
func TestAmGuideSubAmendmentHeading(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté.", "C est lu."}}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »"}
	want := []string{"A est écrit.", "B est remis.", "C est lu."}
	for _, sub := range []string{
		"Sous-amendement à l'amendement n° 10\nAlinéa 3\nRemplacer le mot :\nsigné\npar le mot :\nremis",
		"Sous-amendement n° 3 à l'amendement n° 10, alinéa 3\nRemplacer le mot :\nsigné\npar le mot :\nremis",
	} {
		wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: sub}, want)
		if r := ApplyAmendment(Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté.", "C est signé."}}, sub); r.Applied {
			t.Errorf("%q applied to the article: %q", sub, r.Article.Alineas)
		}
	}
}

// TestAmGuideWholeBillOrSeveralArticles: an instruction whose place is
// the whole bill ("Dans l'ensemble du texte, remplacer …", "dans le
// présent projet de loi", "dans toute la proposition de loi", "…
// remplacer … dans l'ensemble du texte") or several of its articles
// ("Aux articles 1er et 3, …", "Aux articles 1 à 3", "À l'article 1er et
// à l'article 3", "Dans cet article et à l'article 3") edits other
// articles too: refused — it was applied to this article alone and
// counted applied. "Dans l'ensemble de cet article", one article named
// (the one the amendment is on, whatever its number) stay read.
func TestAmGuideWholeBillOrSeveralArticles(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "II. – Le contrat est conservé."}
	all := []string{"I. – Le maire signe le bail.", "Le préfet date le bail.", "II. – Le bail est conservé."}
	r := "remplacer le mot : « contrat » par le mot : « bail »."
	runAmendments(t, []amCase{
		{"dans l'ensemble du texte: refused", A, "Dans l'ensemble du texte, " + r, nil},
		{"dans l'ensemble du projet de loi: refused", A, "Dans l'ensemble du projet de loi, " + r, nil},
		{"dans le présent projet de loi: refused", A, "Dans le présent projet de loi, " + r, nil},
		{"dans toute la proposition de loi: refused", A, "Dans toute la proposition de loi, " + r, nil},
		{"dans l'ensemble des articles: refused", A, "Dans l'ensemble des articles de la proposition de loi, " + r, nil},
		{"after the words: refused", A, "Remplacer le mot : « contrat » par le mot : « bail » dans l'ensemble du texte.", nil},
		{"en conséquence, dans l'ensemble du texte: refused", A, "En conséquence, dans l'ensemble du texte, " + r, nil},
		{"aux articles 1er et 3: refused", A, "Aux articles 1er et 3, " + r, nil},
		{"aux articles 1 à 3: refused", A, "Aux articles 1 à 3, " + r, nil},
		{"à l'article 1er et à l'article 3: refused", A, "À l'article 1er et à l'article 3, " + r, nil},
		{"dans cet article et à l'article 3: refused", A, "Dans cet article et à l'article 3, " + r, nil},
		{"dans l'ensemble de cet article", A, "Dans l'ensemble de cet article, " + r, all},
		{"dans l'ensemble du présent article", A, "Dans l'ensemble du présent article, " + r, all},
		{"one article named", A, "À l'alinéa 2 de l'article 4, " + r, []string{A[0], "Le préfet date le bail.", A[2]}},
	})
}

// TestAmGuidePlaceOutsideTheArticle: a locator line naming a place that is
// no alinéa of the article — "Rapport annexé" (or "Rapport annexé,
// alinéa 2", "Dans le rapport annexé, …"), "Annexe", "Tableau",
// "Intitulé", "Intitulé de l'article", "Titre", "Chapitre", "Exposé des
// motifs" alone on its line — refuses the amendment: the line was
// dropped and the words replaced in every alinéa of the article (or in
// its alinéa 2). "Au tableau de l'alinéa 2", a table an alinéa holds,
// stays that alinéa's.
func TestAmGuidePlaceOutsideTheArticle(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "II. – Le contrat est conservé."}
	replace := "\nRemplacer le mot :\ncontrat\npar le mot :\nbail"
	cases := []amCase{
		{"Dans le rapport annexé: refused", A, "Dans le rapport annexé, remplacer le mot : « contrat » par le mot : « bail ».", nil},
		{"Au tableau de l'alinéa 2", A, "Au tableau de l'alinéa 2, remplacer le mot : « contrat » par le mot : « bail ».", []string{A[0], "Le préfet date le bail.", A[2]}},
	}
	for _, line := range []string{"Rapport annexé", "Rapport annexé, alinéa 2", "Annexe", "Tableau", "Intitulé", "Intitulé de l'article", "Titre", "Chapitre", "Exposé des motifs", "II. – Annexe"} {
		cases = append(cases, amCase{line + ": refused", A, line + replace, nil})
	}
	runAmendments(t, cases)
}

// TestAmGuidePlaceNotRead: words before the verb that no place of the
// article begins with — a locator line the grammar does not know
// ("Programme 101", "Considérant 2", "Objet de la loi") or a place said
// otherwise ("Partout où il figure, remplacer …") — refuse the
// instruction: they were dropped and the words replaced in every alinéa
// of the article. Places read stay read.
func TestAmGuidePlaceNotRead(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "II. – Le contrat est conservé."}
	replace := "\nRemplacer le mot :\ncontrat\npar le mot :\nbail"
	cases := []amCase{
		{"partout où il figure: refused", A, "Partout où il figure, remplacer le mot : « contrat » par le mot : « bail ».", nil},
		{"dans cet article", A, "Dans cet article, remplacer le mot : « contrat » par le mot : « bail ».", []string{"I. – Le maire signe le bail.", "Le préfet date le bail.", "II. – Le bail est conservé."}},
		{"Dernier alinéa", A, "Dernier alinéa" + replace, []string{A[0], A[1], "II. – Le bail est conservé."}},
		{"Alinéa 2", A, "Alinéa 2" + replace, []string{A[0], "Le préfet date le bail.", A[2]}},
	}
	for _, line := range []string{"Programme 101", "Considérant 2", "Objet de la loi"} {
		cases = append(cases, amCase{line + ": refused", A, line + replace, nil})
	}
	runAmendments(t, cases)
}

// TestAmGuideSubAmendmentDeletesAPart: a sub-amendment deleting a part of
// its amendment ("Amendement n° 10" / "Supprimer le II.", or the
// paragraphs of that part, "Amendement n° 10, alinéas 4 et 5" /
// "Supprimer ces alinéas.") removes it from the amendment, which then
// applies without it — the deleted part left "II. – (Supprimé)" in the
// amendment, read as new text and inserted into the article.
func TestAmGuideSubAmendmentDeletesAPart(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté.", "C est lu."}}
	parent := Dispositif{Number: "10", Text: "I. – Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »\nII. – Alinéa 3\nSupprimer cet alinéa."}
	want := []string{"A est écrit.", "B est signé.", "C est lu."}
	for _, sub := range []string{
		"Amendement n° 10\nSupprimer le II.",
		"Amendement n° 10, alinéas 4 et 5\nSupprimer ces alinéas.",
	} {
		wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: sub}, want)
	}
}

// TestAmGuideSubAmendmentAtTheAmendment: "À l'amendement n° 10,
// substituer au mot : « A » le mot : « B »" (or "Dans l'amendement n°
// 10, …"), the amendment named as the whole place, edits that amendment
// as "Amendement n° 10" / "Remplacer le mot : …" does (it was refused);
// read against the article alone it is refused.
func TestAmGuideSubAmendmentAtTheAmendment(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté.", "C est lu."}}
	parent := Dispositif{Number: "10", Text: "À l'alinéa 2, substituer au mot : « daté » le mot : « signé »."}
	want := []string{"A est écrit.", "B est remis.", "C est lu."}
	for _, sub := range []string{
		"À l'amendement n° 10, substituer au mot : « signé » le mot : « remis ».",
		"Dans l'amendement n° 10 rectifié, remplacer le mot : « signé » par le mot : « remis ».",
	} {
		wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: sub}, want)
		if r := ApplyAmendment(Article{Number: "1", Alineas: []string{"A est écrit.", "B est signé."}}, sub); r.Applied {
			t.Errorf("%q applied to the article: %q", sub, r.Article.Alineas)
		}
	}
}

// TestAmGuideEndOfTheSentence: "Après le mot : « A », supprimer la fin de
// la phrase" (or "… de cette phrase", the Sénat's lines, "rédiger ainsi
// la fin de la phrase : « … »") with no sentence named is the end of the
// sentence A is in, the sentences after it kept, as the bills read "la
// fin de la phrase" (the alinéa's end went with them — a wrong
// application — or the rewrite was refused). "… la fin de cet alinéa"
// stays the alinéa's end, and a sentence named before ("Alinéa 2, seconde
// phrase" / "Après le mot : … rédiger ainsi la fin de la phrase") that
// sentence's.
func TestAmGuideEndOfTheSentence(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le préfet date le contrat. Il le remet au juge.", "II. – Le juge lit."}
	runAmendments(t, []amCase{
		{"supprimer la fin de la phrase", A, "À l'alinéa 2, après le mot : « date », supprimer la fin de la phrase.", []string{A[0], "Le préfet date. Il le remet au juge.", A[2]}},
		{"supprimer la fin de cette phrase", A, "À l'alinéa 2, après le mot : « date », supprimer la fin de cette phrase.", []string{A[0], "Le préfet date. Il le remet au juge.", A[2]}},
		{"Sénat lines", A, "Alinéa 2\nAprès le mot :\ndate\nsupprimer la fin de la phrase.", []string{A[0], "Le préfet date. Il le remet au juge.", A[2]}},
		{"rédiger ainsi la fin de la phrase", A, "À l'alinéa 2, après le mot : « date », rédiger ainsi la fin de la phrase : « et signe le bail. »", []string{A[0], "Le préfet date et signe le bail. Il le remet au juge.", A[2]}},
		{"la fin de cet alinéa", A, "À l'alinéa 2, après le mot : « date », supprimer la fin de cet alinéa.", []string{A[0], "Le préfet date.", A[2]}},
		{"a sentence named before", A, "Alinéa 2, seconde phrase\nAprès le mot :\nremet\nrédiger ainsi la fin de la phrase :\nau greffier.", []string{A[0], "Le préfet date le contrat. Il le remet au greffier.", A[2]}},
	})
}
